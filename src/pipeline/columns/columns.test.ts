import { describe, expect, it } from 'vitest';
import { bundlePaths, columnChunkSchema, editionChunkSchema, paragraphBlocks, type Article } from '../../contract/bundle.ts';
import { bundleFiles, compileCorpus, type SeedInput } from '../compile.ts';
import { withColumns } from './columns.ts';

const item = (id: string, fields: Partial<Article>): Article => ({
  id,
  pageId: 'p',
  order: 0,
  kind: 'article',
  headline: '',
  subheadlines: [],
  bylines: [],
  body: paragraphBlocks(['正文。']),
  ...fields,
});

describe('withColumns', () => {
  it('lists an item under its printed column and its headline tag, keeping the headline as printed', () => {
    const [labelled, tagged, both, plain] = withColumns([
      item('a', { column: '重点项目 进行时', headline: '新厂房封顶' }),
      item('b', { headline: '让老街巷亮起来（街巷漫笔）' }),
      item('c', { column: '街巷漫笔', headline: '（街巷漫笔）河边的早市' }),
      item('d', { headline: '秋收有序推进' }),
    ]);
    expect(labelled?.columns).toEqual([{ id: 'zhong-dian-xiang-mu-jin-xing-shi', label: '重点项目 进行时' }]);
    expect(tagged).toMatchObject({ headline: '让老街巷亮起来（街巷漫笔）', columnTag: '街巷漫笔', columns: [{ id: 'jie-xiang-man-bi', label: '街巷漫笔' }] });
    expect(both?.columns).toEqual([{ id: 'jie-xiang-man-bi', label: '街巷漫笔' }]);
    expect(plain).not.toHaveProperty('columns');
    expect(plain).not.toHaveProperty('columnTag');
  });

  it('takes a middle dot or a space for the same column, and no page for a credit read as a label', () => {
    const [dotted, plain, credit] = withColumns([
      item('a', { headline: '甲（暖灯·年味）' }),
      item('b', { headline: '乙（暖灯年味）' }),
      item('c', { kind: 'photo', column: '数据来源：本报记者', headline: '' }),
    ]);
    expect(dotted?.columns).toEqual(plain?.columns);
    expect(dotted?.columns).toEqual([{ id: 'nuan-deng-nian-wei', label: '暖灯·年味' }]);
    expect(credit).toMatchObject({ column: '数据来源：本报记者' });
    expect(credit).not.toHaveProperty('columns');
  });

  it('gives labels that read alike ids of their own, whatever their order', () => {
    const ids = (articles: Article[]) => Object.fromEntries(withColumns(articles).map((article) => [article.columnTag, article.columns?.[0]?.id]));
    const one = ids([item('a', { headline: '甲（时评）' }), item('b', { headline: '乙（诗评）' })]);
    const other = ids([item('b', { headline: '乙（诗评）' }), item('a', { headline: '甲（时评）' })]);
    expect(one).toEqual(other);
    expect(one['时评']).not.toBe(one['诗评']);
    expect(one['时评']).toMatch(/^shi-ping-[0-9a-z]+$/u);
  });
});

describe('column files', () => {
  const page = (file: string, date: string, headline: string): SeedInput => ({
    file,
    text: `## ${headline}\n\n本报讯(记者 李明) 一段为测试写的正文。`,
    meta: { file: file.replace('.txt', '.meta.json'), json: { date, publication: '武进日报', page: 2, pageName: '综合' } },
  });
  const { corpus } = compileCorpus([page('a.txt', '2024-05-01', '早市的烟火气（街巷漫笔）'), page('b.txt', '2024-05-03', '（街巷漫笔）老井边的茶摊'), page('c.txt', '2024-05-02', '秋收有序推进')]);
  const files = bundleFiles(corpus);

  it('writes one file per column, its items newest first with date and 版', () => {
    const chunk = columnChunkSchema.parse(JSON.parse(String(files.get(bundlePaths.column('jie-xiang-man-bi')))));
    expect(chunk.column).toEqual({ id: 'jie-xiang-man-bi', label: '街巷漫笔' });
    expect(chunk.items.map(({ headline, date, number, pageName }) => ({ headline, date, number, pageName }))).toEqual([
      { headline: '（街巷漫笔）老井边的茶摊', date: '2024-05-03', number: 2, pageName: '综合' },
      { headline: '早市的烟火气（街巷漫笔）', date: '2024-05-01', number: 2, pageName: '综合' },
    ]);
    expect([...files.keys()].filter((path) => path.startsWith('columns/'))).toEqual([bundlePaths.column('jie-xiang-man-bi')]);
  });

  it('names each edition its 上一期 and 下一期', () => {
    const edition = (id: string) => editionChunkSchema.parse(JSON.parse(String(files.get(bundlePaths.edition(id)))));
    expect(edition('2024-05-03')).toMatchObject({ previous: { id: '2024-05-02', firstPageId: 'c' } });
    expect(edition('2024-05-03').next).toBeUndefined();
    expect(edition('2024-05-02')).toMatchObject({ previous: { id: '2024-05-01' }, next: { id: '2024-05-03', date: '2024-05-03', firstPageId: 'b' } });
    expect(edition('2024-05-01').previous).toBeUndefined();
  });
});
