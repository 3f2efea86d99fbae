import { describe, expect, it } from 'vitest';
import { explainPage } from './explain.ts';
import { parsePage } from './page.ts';

const explain = (text: string) => explainPage(text, parsePage(text, 'p.txt'), 'p.txt');

describe('explainPage', () => {
  it('names the layout, the facts and the rule that took every line', () => {
    const text = ['上一版 下一版', '江城日报 2019年3月5日 第04版', '新城滨江步道全线贯通', '\u3000\u3000本报南湖3月4日电（记者陆文清）步道4日全线贯通。', '\u3000\u3000亲水平台', '\u3000\u3000沿线设有亲水平台九处。'].join('\n');
    const lines = explain(text).split('\n');
    expect(lines[0]).toMatch(/^p\.txt: read as lines \(/u);
    expect(lines[1]).toBe('page facts: publication 江城日报, date 2019-03-05, number 4');
    // Line rows start with the line's number.
    const ruleOf = (fragment: string) => lines.find((line) => /^\s*\d/u.test(line) && line.includes(fragment))?.trim().split(/\s+/u)[1];
    expect(ruleOf('上一版')).toBe('noise');
    expect(ruleOf('江城日报')).toBe('page-header');
    expect(ruleOf('新城滨江步道')).toBe('headline');
    expect(ruleOf('本报南湖')).toBe('dateline');
    expect(ruleOf('亲水平台九处')).toBe('paragraph');
    expect(lines.find((line) => line.endsWith('亲水平台  (indented like the body)'))).toMatch(/subhead/u);
  });

  it('marks the later lines of a multi-line element and leaves blank lines unnamed', () => {
    const lines = explain('## 题\n\n本报讯 优化产业发\n\n展生态。').split('\n');
    expect(lines.find((line) => line.includes('展生态'))).toMatch(/column-cut/u);
    expect(lines.find((line) => /^\s*2$/u.test(line))).toBeDefined();
  });
});
