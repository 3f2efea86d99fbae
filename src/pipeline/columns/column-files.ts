import { BUNDLE_VERSION, columnChunkSchema, type ColumnChunk, type ColumnItem, type Corpus } from '../../contract/bundle.ts';

/** Each column's file: every item listed under it, in the corpus's reading order (newest edition first). */
export function columnChunks(corpus: Corpus): ColumnChunk[] {
  const pages = new Map(corpus.pages.map((page) => [page.id, page]));
  const columns = new Map<string, { label: string; items: ColumnItem[] }>();
  for (const article of corpus.articles) {
    const page = pages.get(article.pageId);
    for (const ref of article.columns ?? []) {
      const column = columns.get(ref.id) ?? { label: ref.label, items: [] };
      const { id, kind, kicker, headline, column: label, caption } = article;
      column.items.push({ id, kind, kicker, headline, column: label, caption, pageId: article.pageId, date: page?.date, number: page?.number, section: page?.section, pageName: page?.name });
      columns.set(ref.id, column);
    }
  }
  return [...columns].map(([id, { label, items }]) => columnChunkSchema.parse({ version: BUNDLE_VERSION, column: { id, label }, items }));
}
