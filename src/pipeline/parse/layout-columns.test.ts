import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { displayWidth } from './lines.ts';
import { parsePage } from './page.ts';

// pdftotext of print columns: one printed line per line. The snippets are written for the test and
// wrapped here as a column would wrap them.
const parse = (text: string) => parsePage(text, 'columns.txt');

/** Breaks a text into printed lines of at most `measure` em, as a column does. */
function wrap(text: string, measure: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const ch of text) {
    if (displayWidth(line + ch) > measure) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

const PARAGRAPHS = [
  '经过两年建设，新城滨江步道四日全线贯通，沿岸十二个社区的居民从此可以沿江步行到市中心的公园。',
  '步道全长十八公里，设有亲水平台九处、驿站六座，夜间照明覆盖全线，成为市民休闲健身的好去处了。',
  '市园林部门介绍，步道沿线还将种植乡土树种三千余株，明年春天可以形成连续的林荫带。',
];

describe('pdftotext of print columns', () => {
  it('rejoins each paragraph from its lines when paragraphs are indented', () => {
    const text = [
      '新城滨江步道全线贯通',
      '',
      ...wrap('本报南湖3月4日电（记者陆文清）', 16),
      ...PARAGRAPHS.flatMap((p) => wrap(p, 16, '\u3000\u3000')),
    ].join('\n');
    const page = parse(text);
    expect(page.shape.layout).toBe('columns');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.headline).toBe('新城滨江步道全线贯通');
    expect(bodyTexts(page.items[0]!)).toEqual(PARAGRAPHS);
  });

  it('ends a paragraph at its short last line when nothing is indented', () => {
    const text = ['新城滨江步道全线贯通', '新华社记者', ...PARAGRAPHS.flatMap((p) => wrap(p, 15))].join('\n');
    const [item] = parse(text).items;
    expect(item).toMatchObject({ headline: '新城滨江步道全线贯通', dateline: '新华社记者' });
    expect(bodyTexts(item!)).toEqual(PARAGRAPHS);
  });

  it('takes a running footer out of the sentence it fell into, and a wrapped headline back together', () => {
    const lines = PARAGRAPHS.flatMap((p) => wrap(p, 15));
    const text = ['新城滨江步道全线贯通沿岸十二个社', '区', '', ...lines.slice(0, 5), '第 5 页', '', ...lines.slice(5)].join('\n');
    const [item] = parse(text).items;
    expect(item?.headline).toBe('新城滨江步道全线贯通沿岸十二个社区');
    expect(bodyTexts(item!)).toEqual(PARAGRAPHS);
  });

  it('drops a running head repeated inside a sentence and keeps the first as the page facts', () => {
    const lines = PARAGRAPHS.flatMap((p) => wrap(p, 15, '\u3000\u3000'));
    const text = ['江城日报 2019年3月5日 第03版', '新城滨江步道全线贯通', ...lines.slice(0, 4), '江城日报 2019年3月5日 第03版', ...lines.slice(4)].join('\n');
    const page = parse(text);
    expect(page.facts).toEqual({ publication: '江城日报', date: '2019-03-05', number: 3 });
    expect(bodyTexts(page.items[0]!)).toEqual(PARAGRAPHS);
  });

  it('ends a paragraph at a full line that ends a sentence only when the next line opens like a paragraph', () => {
    // 15 em: the first paragraph fills its last line exactly.
    const full = '经过两年建设，新城滨江步道全线贯通，沿岸十二个社区的居民从此可以沿江步行到达市中心的公园。';
    expect(displayWidth(full) % 15).toBe(0);
    const quoted = ['新城滨江步道全线贯通', ...wrap(full, 15), ...wrap('“以后散步方便多了。”家住江边的周明华说。', 15)].join('\n');
    expect(bodyTexts(parse(quoted).items[0]!)).toHaveLength(2);
    const plain = ['新城滨江步道全线贯通', ...wrap(full, 15), ...wrap('以后散步方便多了，家住江边的周明华说。', 15)].join('\n');
    expect(bodyTexts(parse(plain).items[0]!)).toHaveLength(1);
  });

  it('does not start a story at a wrapped line that begins with an agency quoted mid-sentence', () => {
    const text = ['新城滨江步道全线贯通', ...wrap('沿线居民说，步道建成后据外媒援引新华社3日电的报道称，这一工程已成为城市更新的样板之一。', 18, '\u3000\u3000'), ...PARAGRAPHS.flatMap((p) => wrap(p, 18, '\u3000\u3000'))].join('\n');
    expect(text).toMatch(/\n新华社3日电/u);
    const items = parse(text).items;
    expect(items).toHaveLength(1);
    expect(items[0]?.dateline).toBeUndefined();
  });

  it('reads a closing byline broken over blank lines', () => {
    const text = [...PARAGRAPHS.flatMap((p) => wrap(p, 15)), '（新华社南湖3月4日电', '', '记者陆文清、', '', '周明华）'].join('\n');
    const [item] = parse(`新城滨江步道全线贯通\n${text}`).items;
    expect(item?.bylines.map((b) => b.name)).toEqual(['陆文清', '周明华']);
    expect(bodyTexts(item!)).toEqual(PARAGRAPHS);
  });
});

describe('a very long page', () => {
  it('reads 150,000 lines without running out of call stack', () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => (i % 5 === 4 ? '设有亲水平台九处。' : '经过两年建设新城滨江步道'));
    const page = parse(['新城滨江步道全线贯通', ...lines].join('\n'));
    expect(page.items.length).toBeGreaterThan(0);
  });
});
