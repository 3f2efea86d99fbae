import { Fragment, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../paths.ts';
import { useScript } from '../../script/lib/script-context.ts';
import { decorateText, type DecorateOptions, type TextSegment } from '../lib/decorate.ts';

/** A search hit; `data-hit` lets the article find the first one to scroll to. */
const MARK_CLASS = 'rounded-sm bg-mark px-px text-ink outline-none';
/**
 * A name in running text: a faint dotted underline says it is a link without pulling the eye
 * (and keeps it distinguishable without colour); hover and focus make it solid.
 */
const LINK_CLASS =
  'underline decoration-muted/50 decoration-dotted decoration-1 underline-offset-[0.3em] hover:decoration-accent hover:decoration-solid focus-visible:decoration-solid';

function Run({ segment }: { segment: TextSegment }) {
  return segment.kind === 'mark' ? (
    <mark data-hit="" className={MARK_CLASS}>
      {segment.text}
    </mark>
  ) : (
    <>{segment.text}</>
  );
}

/** Text with Chinese punctuation, its search hits marked and its entities' first mentions linked, in the reader's 字形. */
export function DecoratedText({ text, links, highlight, range }: { text: string } & Omit<DecorateOptions, 'convert'>) {
  const { convert, lang } = useScript();
  const segments = useMemo(() => decorateText(text, { links, highlight, range, convert }), [text, links, highlight, range, convert]);
  const runs = segments.map((segment, index) =>
    segment.kind === 'entity' ? (
      <Link key={index} to={paths.entity.href(segment.entityId)} className={LINK_CLASS}>
        {segment.children.map((child, at) => (
          <Run key={at} segment={child} />
        ))}
      </Link>
    ) : (
      <Fragment key={index}>
        <Run segment={segment} />
      </Fragment>
    ),
  );
  return lang ? <span lang={lang}>{runs}</span> : runs;
}
