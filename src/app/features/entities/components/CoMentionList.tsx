import { Link } from 'react-router';
import type { CoMention, Entity } from '../../../../contract/bundle.ts';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { Converted } from '../../script/components/Converted.tsx';

/** 同现: who and which companies share articles with the entity, with the number of articles in common. */
export function CoMentionList({ entity, coMentions }: { entity: Entity; coMentions: readonly CoMention[] }) {
  return (
    <section aria-labelledby="co-mentions">
      <h2 id="co-mentions" className="mb-3 border-b border-rule pb-1.5 font-serif text-lg font-bold">
        同现
      </h2>
      {coMentions.length === 0 ? (
        <p className="text-sm text-muted">没有与<Converted text={zh(entity.name)} />同时出现的人物或企业。</p>
      ) : (
        <ul className="grid gap-1.5">
          {coMentions.map(({ count, ...other }) => (
            <li key={other.id} className="flex items-baseline justify-between gap-3 text-[0.9375rem]">
              <Link to={paths.entity.href(other.id)} className="min-w-0 underline decoration-rule hover:decoration-accent">
                {other.kind === 'person' && other.roles.length > 0 && (
                  <span className="text-muted">
                    <Converted text={other.roles.join('、')} />{' '}
                  </span>
                )}
                <Converted text={zh(other.name)} />
              </Link>
              <span className="shrink-0 text-sm text-muted" title={`共同出现在${count}篇稿件中`}>
                {count}篇
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
