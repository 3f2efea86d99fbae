import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { parsePage } from './page.ts';

// Lines shaped like furniture that are not: each must stay the page's text. Invented snippets.
const parse = (text: string) => parsePage(text, 'page.txt');

describe('furniture and what only looks like it', () => {
  it('keeps a paper and date quoted inside an article as text, and the page its own date', () => {
    const page = parse(['人民日报 2024年3月5日 第05版', '', '## 重温一篇老社论', '', '本报北京3月4日电 编者按：今天重读一篇社论。', '', '《人民日报》2019年2月1日', '', '社论正文第一段写道，春天来了。'].join('\n'));
    expect(page.facts).toEqual({ publication: '人民日报', date: '2024-03-05', number: 5 });
    expect(page.items).toHaveLength(1);
    expect(bodyTexts(page.items[0]!).join('')).toContain('《人民日报》2019年2月1日');
  });

  it('reads a repeated item header as one, and it fills only what the page header left open', () => {
    const page = parse(['2001年6月3日江城日报 第2版', '第2版(要闻)', '甲标题', ' 甲文。', '第2版(要闻)', '乙标题', ' 乙文。'].join('\n'));
    expect(page.facts).toEqual({ date: '2001-06-03', publication: '江城日报', number: 2, name: '要闻' });
    expect(page.items.map((item) => item.headline)).toEqual(['甲标题', '乙标题']);
  });

  it('takes a citation line out of a page too short to be read as columns, and keeps its facts', () => {
    const page = parse(['湖畔初雪', '《江城日报》（2024年1月8日 第 05 版）', '清晨，湖畔迎来今冬首场降雪，游人踏雪赏景。', '王小明 摄'].join('\n'));
    expect(page.facts).toEqual({ publication: '江城日报', date: '2024-01-08', number: 5 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'photo', headline: '湖畔初雪', caption: '清晨，湖畔迎来今冬首场降雪，游人踏雪赏景。' });
  });

  it('keeps a page reference inside a sentence, outside a PDF of print columns', () => {
    const [item] = parse('## 题\n\n本报讯 该公司年报第 12 页显示，营收增长两成。').items;
    expect(bodyTexts(item!)).toEqual(['该公司年报第 12 页显示，营收增长两成。']);
  });

  it('does not join a headline to its body across a removed footer', () => {
    const [item] = parse('## 城市更新行动全面提速推进工作\n\n第 5 页\n\n本报北京3月4日电 （记者李明）城市更新行动提速。').items;
    expect(item).toMatchObject({ headline: '城市更新行动全面提速推进工作', dateline: '本报北京3月4日电' });
    expect(bodyTexts(item!)).toEqual(['城市更新行动提速。']);
  });
});
