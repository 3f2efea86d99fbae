import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../search/index.ts';
import { fromFirstMark, headlineMarks, isCutShort, textExcerpts } from './hit-parts.ts';

const hit: SearchHit = {
  articleId: 'p--a',
  pageId: 'p',
  headline: '推动半导体产业发展',
  title: '推动半导体产业发展',
  score: 1,
  excerpts: [
    { field: 'headline', index: 0, text: '半导体产业发展', start: 2, marks: [[0, 2]] },
    { field: 'body', paragraphIndex: 3, index: 3, text: '发展半导体', start: 40, marks: [[2, 4]] },
    { field: 'byline', index: 0, text: '盛蕾', start: 0, marks: [] },
    { field: 'caption', index: 0, text: '半导体车间', start: 0, marks: [[0, 2]] },
    { field: 'body', paragraphIndex: 5, index: 5, text: '半导', start: 0, marks: [[0, 2]] },
  ],
};

describe('hit parts', () => {
  it('moves headline marks to offsets in the whole headline', () => {
    const [mark] = headlineMarks(hit);
    expect(hit.headline.slice(mark![0], mark![1])).toBe('半导');
  });

  it('shows marked excerpts outside the headline, at most the given number', () => {
    expect(textExcerpts(hit).map((e) => e.field)).toEqual(['body', 'caption']);
    expect(textExcerpts(hit, 5)).toHaveLength(3);
  });
});

describe('isCutShort', () => {
  it('says an excerpt ending mid-sentence was cut, one ending a sentence was not', () => {
    expect(isCutShort('盛蕾对企业坚持深耕细分领域的发')).toBe(true);
    expect(isCutShort('同步加快。')).toBe(false);
    expect(isCutShort('他说：“好。”')).toBe(false);
  });
});

describe('fromFirstMark', () => {
  it('starts a little before the first hit and moves the marks with it', () => {
    const excerpt = { field: 'body' as const, index: 0, text: '一二三四五六七八九十盛蕾出席', start: 0, marks: [[10, 12]] as [number, number][] };
    const preview = fromFirstMark(excerpt, 3);
    expect(preview.text).toBe('八九十盛蕾出席');
    expect(preview.text.slice(...preview.marks[0]!)).toBe('盛蕾');
    expect(preview.cut).toBe(true);
    expect(fromFirstMark({ ...excerpt, marks: [[1, 2]] }, 3).cut).toBe(false);
  });
});
