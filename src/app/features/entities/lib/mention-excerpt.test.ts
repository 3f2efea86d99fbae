import { describe, expect, it } from 'vitest';
import { paragraphBlocks, type Article } from '../../../../contract/bundle.ts';
import { entityHighlight, mentionExcerpt } from './mention-excerpt.ts';

const article = ({ paragraphs = [], ...fields }: Partial<Article> & { paragraphs?: string[] }): Article => ({
  id: 'p--a',
  pageId: 'p',
  order: 0,
  kind: 'article',
  headline: '标题',
  subheadlines: [],
  bylines: [],
  body: paragraphBlocks(paragraphs),
  ...fields,
});

describe('mentionExcerpt', () => {
  const company = { name: '中讯半导体(江苏)有限公司', aliases: ['中讯半导体'] };

  it('finds the first mention in the body whatever bracket width it was printed with', () => {
    const long = `${'前'.repeat(40)}中讯半导体（江苏）有限公司主要从事${'后'.repeat(80)}`;
    const excerpt = mentionExcerpt(article({ paragraphs: ['无关的段落', long] }), company)!;
    expect(excerpt.text).toBe(long);
    const shown = excerpt.text.slice(...excerpt.range);
    expect(shown).toContain('中讯半导体（江苏）有限公司');
    expect(excerpt.range[0]).toBeGreaterThan(0);
    expect(excerpt.range[1]).toBeLessThan(long.length);
  });

  it('prefers the headline, and finds an alias', () => {
    expect(mentionExcerpt(article({ headline: '走访中讯半导体', paragraphs: ['中讯半导体(江苏)有限公司'] }), company)?.text).toBe('走访中讯半导体');
  });

  it('falls back to the bylines, then to the opening of the body', () => {
    const reporter = { name: '黄雅婷', aliases: [] };
    const withByline = article({ dateline: '本报讯', bylines: [{ name: '黄雅婷', role: '记者' }], paragraphs: ['正文'] });
    expect(mentionExcerpt(withByline, reporter)?.text).toBe('本报记者 黄雅婷');
    const nowhere = mentionExcerpt(article({ paragraphs: ['正文第一段'] }), reporter);
    expect(nowhere).toMatchObject({ text: '正文第一段', range: [0, 5], highlight: { terms: [] } });
  });

  it('normalizes the forms to mark: width, case and spaces, not the script', () => {
    expect(entityHighlight(company).terms).toEqual(['中讯半导体(江苏)有限公司', '中讯半导体']);
    expect(entityHighlight({ name: 'ＡＢＣ', aliases: ['abc'] }).terms).toEqual(['abc']);
    expect(entityHighlight({ name: '華為', aliases: [] }).terms).toEqual(['華為']);
  });
});
