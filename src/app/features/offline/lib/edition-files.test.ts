import { describe, expect, it } from 'vitest';
import { editionFiles } from './edition-files.ts';

const summary = (id: string) => ({ id, kind: 'article' as const, kicker: undefined, headline: id, column: undefined, caption: undefined, subheadlines: [] });
const page = (id: string, articles: string[]) => ({ id, articles: articles.map(summary) });

describe('editionFiles', () => {
  it('lists every page and article route of the edition and the files they read', () => {
    const files = editionFiles({
      edition: { id: '2024-10-31' },
      pages: [page('p1', ['p1--a', 'p1--b']), page('p2', ['p2--c'])],
    } as unknown as Parameters<typeof editionFiles>[0]);
    expect(files.routes).toEqual(['/page/p1', '/page/p2', '/article/p1--a', '/article/p1--b', '/article/p2--c']);
    expect(files.data).toEqual([
      'manifest.json',
      'editions/2024-10-31.json',
      'pages/p1.json',
      'pages/p2.json',
    ]);
    expect(files.articleCount).toBe(3);
  });

  it('escapes ids in routes as the route table does', () => {
    const files = editionFiles({ edition: { id: 'undated' }, pages: [page('第 1 版', [])] } as unknown as Parameters<typeof editionFiles>[0]);
    expect(files.routes).toEqual([`/page/${encodeURIComponent('第 1 版')}`]);
  });
});
