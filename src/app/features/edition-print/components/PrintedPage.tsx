import type { PageChunk } from '../../../../contract/bundle.ts';
import { formatBylines } from '../../articles/lib/byline.ts';
import { itemTitle } from '../../articles/lib/item-title.ts';
import { pageLabel } from '../../pages/page-label.ts';
import { zh } from '../../../lib/zh.ts';
import { Converted } from '../../script/components/Converted.tsx';

/** One 版 of the edition print view; in print it starts a new sheet. */
export function PrintedPage({ chunk }: { chunk: PageChunk }) {
  const { page } = chunk;
  const articles = [...chunk.articles].sort((a, b) => a.order - b.order);
  return (
    <section id={`page-${page.id}`} aria-labelledby={`page-${page.id}-title`} className="edition-print-page grid gap-6 border-t border-rule pt-6">
      <h2 id={`page-${page.id}-title`} className="font-serif text-2xl font-bold">
        {zh(pageLabel(page))}
      </h2>
      {articles.length === 0 && <p className="text-muted">{page.advertisement ? '本版为广告。' : '本版没有可显示的稿件。'}</p>}
      {articles.map((article) => {
        const bylines = formatBylines(article);
        return (
          <article key={article.id} id={`article-${article.id}`} className="grid gap-2">
            {article.column && <p className="text-sm font-semibold text-accent"><Converted text={zh(article.column)} /></p>}
            {article.kicker && <p className="font-serif text-muted"><Converted text={zh(article.kicker)} /></p>}
            <h3 className="headline text-xl"><Converted text={zh(itemTitle(article))} /></h3>
            {article.subheadlines.map((line, index) => (
              <p key={index} className="font-serif text-muted">
                <Converted text={zh(line)} />
              </p>
            ))}
            {bylines && <p className="text-sm text-muted"><Converted text={zh(bylines)} /></p>}
            {article.caption && <p><Converted text={zh(article.caption)} /></p>}
            {article.body.map((block, index) =>
              block.kind === 'subhead' ? (
                <h4 key={index} className="font-serif font-bold">
                  <Converted text={zh(block.text)} />
                </h4>
              ) : (
                <p key={index} className="indent-[2em]">
                  <Converted text={zh(block.text)} />
                </p>
              ),
            )}
          </article>
        );
      })}
    </section>
  );
}
