import { paragraphBlocks } from '../contract/bundle-layout.ts';
import type { Article, Corpus } from '../contract/bundle.ts';
import type { IndexOptions } from './segmented.ts';
import { buildStoredSearchIndex } from './stored.ts';
import { openSearchIndex, type OpenOptions, type SearchIndex } from './engine.ts';

/** Builds a corpus's index in memory and opens it through a loader that counts requests. */
export async function openInMemory(
  corpus: Corpus,
  options?: IndexOptions,
  openOptions?: OpenOptions,
): Promise<SearchIndex & { loads: string[] }> {
  const { entry, files } = buildStoredSearchIndex(corpus, options);
  const enc = new TextEncoder();
  const loads: string[] = [];
  const index = await openSearchIndex(async (path) => {
    loads.push(path);
    const f = files.get(path);
    if (f === undefined) throw new Error(`no such file ${path}`);
    return typeof f === 'string' ? enc.encode(f) : f;
  }, entry, openOptions);
  return Object.assign(index, { loads });
}

/** Article ids of matching documents, sorted, for comparing sets with the brute-force oracle. */
export async function matchIds(index: SearchIndex, query: string): Promise<string[]> {
  return (await index.rankedIds(query)).ids.sort();
}

/** A test article; `paragraphs` is shorthand for a body of plain paragraphs. */
export function article(id: string, pageId: string, { paragraphs = [], ...fields }: Partial<Article> & { paragraphs?: string[] }): Article {
  return { id, pageId, order: 0, kind: 'article', headline: '', subheadlines: [], bylines: [], body: paragraphBlocks(paragraphs), ...fields };
}
