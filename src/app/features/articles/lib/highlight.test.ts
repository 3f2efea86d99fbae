import { describe, expect, it } from 'vitest';
import { paragraphBlocks, type Article } from '../../../../contract/bundle.ts';
import { countHits, searchHighlight } from './highlight.ts';

const article: Article = {
  id: 'p--a',
  pageId: 'p',
  order: 0,
  kind: 'article',
  headline: '半导体产业',
  subheadlines: ['化合物半导体'],
  bylines: [{ name: '半导体', role: '记者' }],
  body: paragraphBlocks(['中讯半导体（江苏）有限公司', '无关']),
  caption: '半导体车间',
};

describe('searchHighlight', () => {
  it('splits on spaces and normalizes like the search, keeping the words as typed', () => {
    expect(searchHighlight(' 半導體  ABC ')).toMatchObject({ terms: ['半导体', 'abc'], words: ['半導體', 'ABC'] });
    expect(searchHighlight('"江苏 有限"').terms).toEqual(['江苏有限']);
    expect(searchHighlight(null).terms).toEqual([]);
  });
});

describe('countHits', () => {
  it('counts the marked places in every text the search finds hits in, the bylines too', () => {
    expect(countHits(article, searchHighlight('半导体'))).toBe(5);
    expect(countHits(article, searchHighlight('半导体 无关'))).toBe(6);
    // Touching hits are one marked place.
    expect(countHits(article, searchHighlight('半导体 (江苏)'))).toBe(5);
    expect(countHits(article, searchHighlight(''))).toBe(0);
  });
});
