import { describe, expect, it } from 'vitest';
import { pageFactsFrom, parseHeaderLine, readPageNumber, type HeaderLine } from './headers.ts';

// Every line below is invented in the forms real pages and e-paper sites print.

function page(line: string) {
  const header = parseHeaderLine(line);
  return header?.kind === 'page' ? { facts: header.facts, strength: header.strength } : header;
}

describe('readPageNumber', () => {
  it.each([
    ['04', 4],
    ['１２', 12],
    ['二', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ])('reads %s as %i', (text, number) => {
    expect(readPageNumber(text)).toBe(number);
  });

  it.each(['', '0', '00', '十十', '二二', '〇', 'A'])('reads no page number in %j', (text) => {
    expect(readPageNumber(text)).toBeUndefined();
  });
});

describe('parseHeaderLine: mastheads', () => {
  it.each<[string, HeaderLine]>([
    ['人民日报 2021年3月5日 第01版', { kind: 'page', strength: 'masthead', facts: { publication: '人民日报', date: '2021-03-05', number: 1 } }],
    ['人民日报2021年03月05日第01版：要闻', { kind: 'page', strength: 'masthead', facts: { publication: '人民日报', date: '2021-03-05', number: 1, name: '要闻' } }],
    ['2003年7月9日人民日报 第2版', { kind: 'page', strength: 'masthead', facts: { publication: '人民日报', date: '2003-07-09', number: 2 } }],
    ['2024年4月10日 星期三 江南日报 第1版 要闻', { kind: 'page', strength: 'masthead', facts: { publication: '江南日报', date: '2024-04-10', number: 1, name: '要闻' } }],
    ['《光明日报》（2024年11月3日 第 05 版）', { kind: 'page', strength: 'masthead', facts: { publication: '光明日报', date: '2024-11-03', number: 5 } }],
    ['《光明日报》(2024年11月3日 第05版)', { kind: 'page', strength: 'masthead', facts: { publication: '光明日报', date: '2024-11-03', number: 5 } }],
    ['人民日报 | 2021年03月05日 | 第01版', { kind: 'page', strength: 'masthead', facts: { publication: '人民日报', date: '2021-03-05', number: 1 } }],
    ['人民日报 ｜ 2021年03月05日 ｜ 第A01版：要闻', { kind: 'page', strength: 'masthead', facts: { publication: '人民日报', date: '2021-03-05', number: 1, section: 'A', name: '要闻' } }],
  ])('reads %s', (line, expected) => {
    expect(parseHeaderLine(line)).toEqual(expected);
  });

  it('reads a date and a page without a paper, and a paper with a date but no page, as mastheads', () => {
    expect(page('2022年9月1日 第3版')).toEqual({ strength: 'masthead', facts: { date: '2022-09-01', number: 3 } });
    expect(page('江南晚报 2022年9月1日 星期四')).toEqual({ strength: 'masthead', facts: { publication: '江南晚报', date: '2022-09-01' } });
    expect(page('江南日报 第十二版')).toEqual({ strength: 'masthead', facts: { publication: '江南日报', number: 12 } });
  });

  it('reads the weekday, the lunar date and a page name in brackets', () => {
    expect(page('2022年1月28日 星期五 农历辛丑年腊月廿六 江南日报 第2版（综合）')).toEqual({
      strength: 'masthead',
      facts: { publication: '江南日报', date: '2022-01-28', number: 2, name: '综合' },
    });
  });

  it('reads full-width digits, U+3000 and U+00A0 spaces', () => {
    expect(page('人民日报\u3000２０２１年３月５日\u00a0第０１版')).toEqual({
      strength: 'masthead',
      facts: { publication: '人民日报', date: '2021-03-05', number: 1 },
    });
  });

  it('keeps an impossible date out of the facts, and the line a header', () => {
    expect(page('2023年2月30日江南日报 第3版')).toEqual({ strength: 'masthead', facts: { publication: '江南日报', number: 3 } });
    expect(parseHeaderLine('2023年2月30日')).toBeUndefined();
    expect(parseHeaderLine('2023年13月1日 星期一')).toBeUndefined();
  });
});

describe('parseHeaderLine: page lines', () => {
  it.each<[string, Partial<Record<'number' | 'section' | 'name', unknown>>]>([
    ['第A02版:要闻', { number: 2, section: 'A', name: '要闻' }],
    ['第A02版：要闻', { number: 2, section: 'A', name: '要闻' }],
    ['A02版：要闻', { number: 2, section: 'A', name: '要闻' }],
    ['第 B 3 版', { number: 3, section: 'B' }],
    ['第4版(经济)', { number: 4, name: '经济' }],
    ['第4版（经济）', { number: 4, name: '经济' }],
    ['第1版：要闻', { number: 1, name: '要闻' }],
    ['第 2 版', { number: 2 }],
    ['当前版:04版', { number: 4 }],
    ['当前版：04版 要闻', { number: 4, name: '要闻' }],
    ['当前版面：04版：要闻', { number: 4, name: '要闻' }],
    ['04版：要闻', { number: 4, name: '要闻' }],
    ['第04版 国际', { number: 4, name: '国际' }],
    ['第01版 | 要闻', { number: 1, name: '要闻' }],
    ['第十二版', { number: 12 }],
    ['二版', { number: 2 }],
    ['第二十三版：文化·副刊', { number: 23, name: '文化·副刊' }],
    ['版次：A05 版名：经济', { number: 5, section: 'A', name: '经济' }],
  ])('reads %s', (line, facts) => {
    expect(page(line)).toEqual({ strength: 'page', facts });
  });
});

describe('parseHeaderLine: dates and crawl stamps', () => {
  it.each([
    ['2021年3月5日 星期五', '2021-03-05'],
    ['2021年03月05日', '2021-03-05'],
    ['2021年3月5日星期五', '2021-03-05'],
    ['星期五 2021年3月5日', '2021-03-05'],
    ['2021-03-05', '2021-03-05'],
    ['2021/3/5', '2021-03-05'],
    ['日期：2021年3月5日', '2021-03-05'],
  ])('reads %s as a printed date', (line, date) => {
    expect(page(line)).toEqual({ strength: 'date', facts: { date } });
  });

  it.each([
    ['2026-05-14 09:12', '2026-05-14'],
    ['2026-05-14 09:12:47', '2026-05-14'],
    ['2026-05-14T09:12:47+08:00', '2026-05-14'],
    ['2026-05-14T01:12:47.250Z', '2026-05-14'],
    ['抓取时间：2026-05-14', '2026-05-14'],
    ['抓取时间:2026-05-14 09:12', '2026-05-14'],
    ['下载时间 2026年5月14日', '2026-05-14'],
    ['发布时间：2026年5月14日 09:12', '2026-05-14'],
    ['2026年5月14日 09:12', '2026-05-14'],
  ])('reads %s as a crawl date', (line, date) => {
    expect(page(line)).toEqual({ strength: 'crawl', facts: { date } });
  });
});

describe('parseHeaderLine: column labels', () => {
  it('reads 专栏 and 栏目 as printed', () => {
    expect(parseHeaderLine('专栏:一线调查')).toEqual({ kind: 'column', column: '一线调查' });
    expect(parseHeaderLine('栏目：重点项目进行时')).toEqual({ kind: 'column', column: '重点项目进行时' });
  });
});

describe('parseHeaderLine: what is not a header', () => {
  it.each([
    // PDF page counts are noise (noise.ts), not the 版次
    '第 5 页',
    '第5页',
    '第 5 页 共 12 页',
    '- 5 -',
    // cross-references and staff lines printed with a 版
    '（讲话全文见第三版）',
    '（相关报道见第四版）',
    '讲话全文见第三版',
    '本版责编：王某',
    '一版责编：李某',
    '第1版 责编：李某',
    // headlines and sentences that start with a date or a 版
    '第2版面世',
    '第二版面世了',
    '2019年2月1日，国家主席在北京会见来访的外国客人。',
    '2021年3月5日起施行',
    '2021年3月5日人民日报社论',
    '2021年3月5日 晴',
    // the date a speech was given or a document signed, printed under its headline
    '（2021年3月4日）',
    '(2021年3月4日)',
    '3月5日 星期五',
    '2021年3月',
    '09:12',
    '人民日报',
    '要闻',
    '星期五',
    // a date and a page, then running text: too long to be a header
    '2021年3月5日 第1版 本报讯 记者从市政府获悉，全市春耕生产已全面展开，各地抢抓农时。',
    '',
    '   ',
  ])('reads no header in %j', (line) => {
    expect(parseHeaderLine(line)).toBeUndefined();
  });

  it('reads no header where a date or a page is stated twice', () => {
    expect(parseHeaderLine('2021年3月5日 2021年3月6日')).toBeUndefined();
    expect(parseHeaderLine('第1版 第2版')).toBeUndefined();
  });

  it('reads no section before a Chinese numeral', () => {
    expect(parseHeaderLine('第A二版')).toBeUndefined();
  });
});

describe('pageFactsFrom', () => {
  const at = (line: number, text: string) => {
    const header = parseHeaderLine(text);
    if (!header) throw new Error(`not a header: ${text}`);
    return { line, header };
  };

  it('gives nothing for no headers, and ignores column labels', () => {
    expect(pageFactsFrom([])).toEqual({});
    expect(pageFactsFrom([at(1, '专栏:一线调查')])).toEqual({});
  });

  it('takes the printed date over a crawl date, wherever the crawl date is', () => {
    expect(pageFactsFrom([at(1, '2021年3月5日'), at(2, '抓取时间：2026-05-14')])).toEqual({ date: '2021-03-05' });
    expect(pageFactsFrom([at(1, '2026-05-14 09:12'), at(3, '2021年3月5日 星期五')])).toEqual({ date: '2021-03-05' });
  });

  it('takes a crawl date where the page prints none', () => {
    expect(pageFactsFrom([at(1, '第3版：要闻'), at(2, '2026-05-14 09:12')])).toEqual({ date: '2026-05-14', number: 3, name: '要闻' });
  });

  it('takes the later of two equal lines: a site prints today above the paper', () => {
    expect(pageFactsFrom([at(1, '2026年5月14日 星期四'), at(2, '2021年3月5日 星期五')])).toEqual({ date: '2021-03-05' });
  });

  it('takes each fact from the strongest line stating it', () => {
    const facts = pageFactsFrom([
      at(1, '2026年5月14日 星期四'),
      at(2, '江南日报 2021年3月5日 第01版'),
      at(3, '当前版：02版 要闻'),
    ]);
    expect(facts).toEqual({ publication: '江南日报', date: '2021-03-05', number: 1, name: '要闻' });
  });

  it('takes a section only from a line that agrees on the number', () => {
    expect(pageFactsFrom([at(1, '江南日报 2021年3月5日 第2版'), at(2, '第A02版：要闻')])).toEqual({
      publication: '江南日报',
      date: '2021-03-05',
      number: 2,
      section: 'A',
      name: '要闻',
    });
    expect(pageFactsFrom([at(1, '江南日报 2021年3月5日 第2版'), at(2, '第B03版')])).toEqual({
      publication: '江南日报',
      date: '2021-03-05',
      number: 2,
    });
  });

  it('does not depend on the order the headers are given in', () => {
    const headers = [at(3, '2021年3月5日'), at(1, '2026年5月14日')];
    expect(pageFactsFrom(headers)).toEqual({ date: '2021-03-05' });
  });
});

