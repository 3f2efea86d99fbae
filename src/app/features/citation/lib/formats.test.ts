import { describe, expect, it } from 'vitest';
import type { Article, Page } from '../../../../contract/bundle.ts';
import { bibtex } from './bibtex.ts';
import { citationOf, citedAuthors, type Citation } from './citation.ts';
import { gbt7714 } from './gbt7714.ts';
import { ris } from './ris.ts';

// Names and titles made up for these tests.
const base: Citation = { id: 'p1--abc', authors: ['王小明'], title: '新桥开通迎来首批车辆', newspaper: '测试日报', date: '2024-10-31', page: '1', url: 'https://news.example/article/p1--abc' };

describe('gbt7714', () => {
  it('writes 作者. 题名[N]. 报纸名, 日期(版次).', () => {
    expect(gbt7714(base)).toBe('王小明. 新桥开通迎来首批车辆[N]. 测试日报, 2024-10-31(1).');
  });

  it('names three authors, then 等; none when none is printed', () => {
    expect(gbt7714({ ...base, authors: ['甲一', '乙二', '丙三'] })).toBe('甲一, 乙二, 丙三. 新桥开通迎来首批车辆[N]. 测试日报, 2024-10-31(1).');
    expect(gbt7714({ ...base, authors: ['甲一', '乙二', '丙三', '丁四'] })).toMatch(/^甲一, 乙二, 丙三, 等\. /u);
    expect(gbt7714({ ...base, authors: [] })).toBe('新桥开通迎来首批车辆[N]. 测试日报, 2024-10-31(1).');
  });

  it('leaves out what the page does not state', () => {
    const { page: _page, ...noPage } = base;
    expect(gbt7714(noPage)).toBe('王小明. 新桥开通迎来首批车辆[N]. 测试日报, 2024-10-31.');
    const { date: _date, newspaper: _newspaper, ...bare } = base;
    expect(gbt7714(bare)).toBe('王小明. 新桥开通迎来首批车辆[N].');
  });
});

describe('citationOf', () => {
  const article = { id: 'p1--abc', bylines: [{ name: '王小明', role: '记者', affiliation: '本报' }, { name: '李四海', role: '摄' }] } as Article;
  const page = { publication: '测试日报', date: '2024-10-31', number: 2, section: 'A' } as Page;
  it('takes the writers, the paper, the date and the 版次 with its section letter', () => {
    expect(citationOf({ article, page, edition: {}, title: '标题', url: 'u' })).toEqual({ id: 'p1--abc', authors: ['王小明'], title: '标题', newspaper: '测试日报', date: '2024-10-31', page: 'A2', url: 'u' });
  });
  it('names a photo item’s photographer, and a name printed twice once', () => {
    expect(citedAuthors({ bylines: [{ name: '李四海', role: '摄' }] })).toEqual(['李四海']);
    expect(citedAuthors({ bylines: [{ name: '王小明', role: '文' }, { name: '王小明', role: '记者' }] })).toEqual(['王小明']);
  });
});

describe('bibtex', () => {
  it('writes an @article entry, escaping what BibTeX reads as commands', () => {
    const entry = bibtex({ ...base, authors: ['王小明', '李四海'], title: '增长50%与{括号}&符号' });
    expect(entry).toBe(
      [
        '@article{dubao:p1--abc,',
        '  author = {王小明 and 李四海},',
        '  title = {增长50\\%与\\{括号\\}\\&符号},',
        '  journal = {测试日报},',
        '  date = {2024-10-31},',
        '  year = {2024},',
        '  month = {10},',
        '  pages = {1},',
        '  url = {https://news.example/article/p1--abc},',
        '  language = {chinese},',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('ris', () => {
  it('writes a NEWS record, one tag a line, CRLF, ending in ER', () => {
    expect(ris({ ...base, title: '两行\n标题' }).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - 王小明',
      'TI  - 两行 标题',
      'T2  - 测试日报',
      'PY  - 2024',
      'DA  - 2024/10/31',
      'SP  - 1',
      'UR  - https://news.example/article/p1--abc',
      'LA  - zh-CN',
      'ER  - ',
      '',
    ]);
  });
});
