import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../contract/bundle.ts';

const corpus: Corpus = {
  pages: [
    { id: 'p1', source: 'p1.txt', date: '2024-05-01', articleIds: ['p1--a', 'p1--b'] },
    { id: 'p2', source: 'p2.txt', date: '2024-05-02', articleIds: ['p2--a'] },
  ],
  articles: [],
  entities: [],
};

/** The engine and its on-demand normalizer as a page starts them: the 繁简 table not loaded. */
async function freshEngine(options?: { verifyAtOnceBytes?: number; rareBigramDf?: number }) {
  vi.resetModules();
  const { article, openInMemory } = await import('./testing.ts');
  const folding = await import('./normalize-on-demand.ts');
  const articles = [
    article('p1--a', 'p1', { headline: '国务院召开常务会议', paragraphs: ['会议研究部署当前工作。'] }),
    article('p1--b', 'p1', { headline: '簡訊', paragraphs: ['國務院發布新規，區委會議隨後召開。'] }),
    article('p2--a', 'p2', { headline: '区委会议召开', paragraphs: ['区委会议听取汇报。'] }),
  ];
  const index = await openInMemory({ ...corpus, articles }, { rareBigramDf: options?.rareBigramDf ?? 2 }, { verifyAtOnceBytes: options?.verifyAtOnceBytes ?? 0 });
  return { index, folding };
}

describe('the engine with its 繁简 table on demand', () => {
  it('answers a simplified query over simplified hits without the table', async () => {
    const { index, folding } = await freshEngine();
    const found = await index.search('常务会议');
    expect(found.hits.map((hit) => hit.articleId)).toEqual(['p1--a']);
    expect(found.hits[0]!.excerpts[0]!.marks).toEqual([[5, 9]]);
    expect(folding.foldingTableLoaded()).toBe(false);
  });

  it('loads the table for a hit printed in traditional characters, and marks it there', async () => {
    const { index, folding } = await freshEngine();
    const found = await index.search('国务院');
    expect(found.hits.map((hit) => hit.articleId).sort()).toEqual(['p1--a', 'p1--b']);
    const traditional = found.hits.find((hit) => hit.articleId === 'p1--b')!;
    expect(traditional.excerpts.map((excerpt) => excerpt.text.slice(excerpt.marks[0]![0], excerpt.marks[0]![1]))).toEqual(['國務院']);
    expect(folding.foldingTableLoaded()).toBe(true);
  });

  it('loads the table for a traditional query, and finds the simplified and the traditional printings alike', async () => {
    for (const rareBigramDf of [0, 2]) {
      const { index } = await freshEngine({ rareBigramDf });
      expect((await index.rankedIds('區委會議')).ids.sort()).toEqual(['p1--b', 'p2--a']);
      expect((await index.count('区委会议')).total).toBe(2);
    }
  });
});
