import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { displayWidth } from './lines.ts';
import { standInTagger } from '../entities/fixtures/stand-in-tagger.ts';
import { wrap } from './fixtures/wrap.ts';
import { parsePage } from './page.ts';

// pdftotext of print columns: one printed line per line. The snippets are written for the test and
// wrapped here as a column would wrap them.
const parse = (text: string) => parsePage(text, 'columns.txt');


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

  it('ends a long 引题 that asks and leads into its headline with a dash, however many lines it takes', () => {
    // Each line full at 12 em: the dash ends a line that fills the measure, and a question stands above it.
    const lines = ['南湖市民最关心的是什么？', '记者连续三天走访沿江社区', '来到滨江步道建设工地——'];
    const kicker = lines.join('');
    const text = [...lines, ...wrap('滨江步道成了居民的后花园', 12), ...PARAGRAPHS.flatMap((p) => wrap(p, 12, '\u3000\u3000'))].join('\n');
    const [item] = parse(text).items;
    expect(item?.kicker).toBe(kicker);
    expect(item?.headline).toBe('滨江步道成了居民的后花园');
  });

  it('reads `广告` over a story’s heading as the label of the ad before it, not as the story’s headline', () => {
    const text = ['广告', '新城滨江步道全线贯通', ...PARAGRAPHS.flatMap((p) => wrap(p, 16, '\u3000\u3000'))].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => [item.kicker ?? '', item.headline])).toEqual([['', '新城滨江步道全线贯通']]);
  });

  it('goes on past a line a few em short that ends on a comma: no paragraph ends there', () => {
    // The figure and the quotation set in half-width and ambiguous-width marks leave the line short.
    const lines = ['　　本报南湖3月4日电（记者陆文清）步道沿线的', '12个社区投入1.5亿元改造“口袋公园”等，', '明年春天以前全部完工，市民可以就近休闲。'];
    const text = ['新城滨江步道全线贯通', '', ...lines, ...PARAGRAPHS.flatMap((p) => wrap(p, 22, '\u3000\u3000'))].join('\n');
    const [item] = parse(text).items;
    expect(bodyTexts(item!)).toEqual(['步道沿线的12个社区投入1.5亿元改造“口袋公园”等，明年春天以前全部完工，市民可以就近休闲。', ...PARAGRAPHS]);
  });

  it('goes on past a line left short where a character was brought down with the closing mark after it', () => {
    // 单 cannot end the line without its closing quote, which no line may start with: both go down,
    // and the line stops an em and a half short beside the half-width letter it opens with.
    const pushed = ['　　本报南湖3月4日电（记者陆文清）步道沿线的', 'G段的十二个社区已经完成改造，列入“两张清', '单”的项目还有八个，明年春天以前全部完工。'];
    const text = ['新城滨江步道全线贯通', '', ...pushed, ...PARAGRAPHS.flatMap((p) => wrap(p, 22, '\u3000\u3000'))].join('\n');
    const [item] = parse(text).items;
    expect(bodyTexts(item!)).toEqual(['步道沿线的G段的十二个社区已经完成改造，列入“两张清单”的项目还有八个，明年春天以前全部完工。', ...PARAGRAPHS]);
  });

  it('ends a paragraph at its short last line when nothing is indented', () => {
    const text = ['新城滨江步道全线贯通', '新华社记者', ...PARAGRAPHS.flatMap((p) => wrap(p, 15))].join('\n');
    const [item] = parse(text).items;
    expect(item).toMatchObject({ headline: '新城滨江步道全线贯通', dateline: '新华社记者' });
    expect(bodyTexts(item!)).toEqual(PARAGRAPHS);
  });

  it('takes a running footer out of the sentence it fell into, and a wrapped headline back together', () => {
    // the headline wraps at the column's measure, 16 em, as the text does
    const lines = PARAGRAPHS.flatMap((p) => wrap(p, 16, '', true));
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

describe('pdftotext without -layout: indents dropped, their room kept', () => {
  /** A paragraph wrapped with its two-em indent, printed without the indent's whitespace. */
  const dropped = (text: string, measure: number) => wrap(text, measure, '\u3000\u3000', true).map((line, i) => (i === 0 ? line.replace(/^\u3000+/u, '') : line));

  const MORE = [
    '沿江的老码头改成了市民广场，周末常有乐队在这里演出，引来许多年轻人前来打卡拍照。',
    '附近居民说，过去江边堆满杂物，如今绿树成荫，晚饭后沿着步道走上一圈成了不少家庭的习惯。',
  ];

  it('starts a paragraph at a first line two em short, even after a full last line', () => {
    // 15 em: the first paragraph fills its last line, its full stop hanging past the edge, so only the next first line shows the end.
    const full = '经过两年建设，新城滨江步道全线贯通，沿岸十二个社区的居民从此可以沿江步行到达市中心公园。';
    expect(displayWidth(dropped(full, 15).at(-1)!)).toBe(16);
    const paragraphs = [full, ...PARAGRAPHS.slice(1), ...MORE];
    const page = parse(['新城滨江步道全线贯通', ...paragraphs.flatMap((p) => dropped(p, 15))].join('\n'));
    expect(page.shape.dropsIndents).toBe(true);
    expect(bodyTexts(page.items[0]!)).toEqual(paragraphs);
  });

  /** `text` laid out `measure` em wide with its indent dropped, between other paragraphs: its first line is `firstLine`, and it comes out whole. */
  const expectWholeAfterDroppedIndents = (text: string, measure: number, firstLine: string) => {
    expect(dropped(text, measure)[0]).toBe(firstLine);
    const paragraphs = [...PARAGRAPHS.slice(0, 2), text, ...MORE];
    const page = parse(['新城滨江步道全线贯通', ...paragraphs.flatMap((p) => dropped(p, measure))].join('\n'));
    expect(page.shape.dropsIndents).toBe(true);
    expect(bodyTexts(page.items[0]!)).toEqual(paragraphs);
  };

  it('goes on past a first line that closes a bracket: a note inside the sentence, not a column’s tag', () => {
    expectWholeAfterDroppedIndents('南湖城投集团（南湖）有限公司今年完成了十二个社区的改造，居民们都说好。', 12, '南湖城投集团（南湖）');
  });

  it('ends a wrapped headline at a last line two em short where a dateline follows it', () => {
    // 12 em: the headline's second line stops where a dropped indent would leave a first line.
    const headline = ['滨江新城十二个社区的居民', '盼来的滨江步道全线通'];
    expect(headline.map(displayWidth)).toEqual([12, 10]);
    const text = [
      ...PARAGRAPHS.flatMap((p) => dropped(p, 12)),
      ...headline,
      ...dropped(`本报南湖3月4日电（记者陆文清）${MORE[0]}`, 12),
      ...dropped(MORE[1]!, 12),
    ].join('\n');
    const page = parse(text);
    expect(page.shape.dropsIndents).toBe(true);
    expect(page.items.at(-1)?.headline).toBe(headline.join(''));
  });

  it('goes on from a first line that ends a sentence two em short into a full line', () => {
    // 12 em: the first line ends its sentence where the dropped indent left it, two em short
    expectWholeAfterDroppedIndents('江畔灯会昨晚正式开幕。灯会持续到元宵节，共设十二个展区，展出彩灯三百余组。', 12, '江畔灯会昨晚正式开幕。');
  });

  it('goes on from a first line with digits in it that ends a sentence three and a half em short', () => {
    // 16 em: the digits leave half an em more free, and the full stop sits inside the room
    expectWholeAfterDroppedIndents('今年全市新建口袋公园136个。这些公园大多建在老旧小区旁边，居民步行五分钟就能到达，深受老人和孩子欢迎。', 16, '今年全市新建口袋公园136个。');
  });

  it('opens a paragraph at a first line with digits in it that stops at a comma three and a half em short', () => {
    expectWholeAfterDroppedIndents('去年全市新建口袋公园136个，这些公园大多建在老旧小区旁边，居民步行五分钟就能到达。', 16, '去年全市新建口袋公园136个，');
  });

  it('does not take a line that goes on with a quotation for a new paragraph', () => {
    const text = '市园林部门介绍，步道沿线还将种植乡土树种。“明年春天就能形成连续的林荫带。”他说，市民可以沿江散步了。';
    const paragraphs = [...PARAGRAPHS.slice(0, 2), text, ...MORE];
    const page = parse(['新城滨江步道全线贯通', ...paragraphs.flatMap((p) => dropped(p, 12))].join('\n'));
    expect(bodyTexts(page.items[0]!)).toEqual(paragraphs);
  });

  it('ends a story at its closing note in brackets, which shows no indent: the line after it heads the next story', () => {
    const note = '（作者为南湖大学城市规划系教授）';
    const text = [
      '新城滨江步道全线贯通',
      ...[...PARAGRAPHS, ...MORE].flatMap((p) => dropped(p, 16)),
      note,
      '老街茶馆重新开张',
      ...dropped('老街茶馆修缮一新，昨天重新迎客，几位老茶客一早就来占了靠窗的座位，说还是老味道。', 16),
    ].join('\n');
    const page = parse(text);
    expect(page.shape.dropsIndents).toBe(true);
    expect(page.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '老街茶馆重新开张']);
    expect(bodyTexts(page.items[0]!).at(-1)).toBe(note);
  });

  it('ends a story at a closing note that wraps over lines, set flush left: the lines after it head the next story', () => {
    const note = '（作者为南湖市委党校（南湖行政学院）城市治理研究中心研究员）';
    const text = [
      '新城滨江步道全线贯通',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => dropped(p, 16)),
      '步道连起十二个社区',
      ...[...PARAGRAPHS.slice(2), ...MORE].flatMap((p) => dropped(p, 16)),
      ...wrap(note, 16),
      '留住老城的烟火气',
      '老街茶馆重新开张',
      ...dropped('老街茶馆修缮一新，昨天重新迎客，几位老茶客一早就来占了靠窗的座位，说还是老味道。', 16),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '老街茶馆重新开张']);
    expect(bodyTexts(page.items[0]!).at(-1)).toBe(note);
  });

  it('ends a story where it is sent on to another page: the line after the marker heads the next story', () => {
    const text = [
      '新城滨江步道全线贯通',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => dropped(p, 16)),
      '步道连起十二个社区',
      ...[...PARAGRAPHS.slice(2), ...MORE].flatMap((p) => dropped(p, 16)),
      '（下转第三版）',
      '老街茶馆重新开张',
      ...dropped('老街茶馆修缮一新，昨天重新迎客，几位老茶客一早就来占了靠窗的座位，说还是老味道。', 16),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '老街茶馆重新开张']);
    expect(page.items[0]?.continuedOn).toEqual({ page: 3 });
  });

  it('keeps a short bracketed head inside the story: it numbers a part, it closes nothing', () => {
    const text = ['新城滨江步道全线贯通', ...[...PARAGRAPHS, ...MORE].flatMap((p) => dropped(p, 16)), '（二）', ...dropped(PARAGRAPHS[0]!, 16)].join('\n');
    const page = parse(text);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.body.find((block) => block.text === '（二）')?.kind).toBe('subhead');
  });
});

describe('lines that end on a full stop', () => {
  it('never takes a flush-left line ending on a full stop for a heading line', () => {
    const text = [
      '园区建设提速',
      '\u3000\u3000新华社南湖3月5日电（记者陆文清）',
      '园区建设提速。',
      '第 3 页',
      '',
      '社区服务升级——',
      '居民满意度提高',
      '\u3000\u3000本报南湖3月5日电（记者李明）社',
      ...wrap('区服务中心本月启用，居民办事更方便了，大家都说方便多了。服务中心还开设了夜间窗口。', 18),
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.kicker, item.headline])).toEqual([[undefined, '园区建设提速'], ['社区服务升级——', '居民满意度提高']]);
    expect(bodyTexts(items[0]!)).toEqual(['园区建设提速。']);
  });
});

describe('the column measure', () => {
  // A quotation closes at the edge with both its marks hanging: a line a whole em past the rest.
  const quoted = ['　　“步道修到了家门口，', '晚饭后一家人都来走一走。”'];
  const page = (caption: string[]) =>
    ['新城滨江步道全线贯通', ...caption, ...quoted, ...[...PARAGRAPHS, ...PARAGRAPHS].flatMap((p) => wrap(p, 12, '\u3000\u3000', true))].join('\n');

  it('counts the full lines whose last mark fills the edge, even beside a line far wider than the column', () => {
    // a caption set across two columns; the lines that end on a mark inside the measure reach an em less
    expect(parse(page(['老码头改成市民广场（摄影：陆文清）'])).shape.fullWidth).toBe(12);
  });

  it('is the same without the wide line', () => {
    expect(parse(page([])).shape.fullWidth).toBe(12);
  });
});

describe('lines short of the measure', () => {
  it('ends a heading line a few em short instead of running it into the next heading', () => {
    // 12 em: the kicker's second line stops two em short; nothing on the next line explains the room.
    const text = ['滨江新城建设者春节不停工，', '奋战在工地一线的人们', '新城步道全线贯通', ...PARAGRAPHS.flatMap((p) => wrap(p, 12, '\u3000\u3000'))].join('\n');
    const [item] = parse(text).items;
    expect(item).toMatchObject({ kicker: '滨江新城建设者春节不停工，奋战在工地一线的人们', headline: '新城步道全线贯通' });
    expect(bodyTexts(item!)).toEqual(PARAGRAPHS);
  });

  it('ends a heading line that stops an em short on a character: nothing was pushed down to the next line', () => {
    // 12 em: the 引题 reaches 11, the headline under it opens with a plain character.
    const text = ['沿江十二个社区居民盼来', '新城步道全线贯通', ...PARAGRAPHS.flatMap((p) => wrap(p, 12, '\u3000\u3000', true))].join('\n');
    expect(parse(text).items[0]).toMatchObject({ kicker: '沿江十二个社区居民盼来', headline: '新城步道全线贯通' });
  });

  it('goes on past a heading line an em short that broke at a phrase gap: the space took the room', () => {
    const text = ['沿江十二个社区居民盼来 ', '新城步道全线贯通', ...PARAGRAPHS.flatMap((p) => wrap(p, 12, '\u3000\u3000', true))].join('\n');
    const [item] = parse(text).items;
    expect(item?.headline).toBe('沿江十二个社区居民盼来新城步道全线贯通');
    expect(item?.kicker).toBeUndefined();
  });

  it('goes on past a heading line an em short where the next line opens with a quotation the typesetter pushed down', () => {
    const text = ['沿江十二个社区居民盼来', '“家门口的步道”全线贯通', ...PARAGRAPHS.flatMap((p) => wrap(p, 12, '\u3000\u3000', true))].join('\n');
    expect(parse(text).items[0]).toMatchObject({ headline: '沿江十二个社区居民盼来“家门口的步道”全线贯通' });
  });

  it('on a page that indents, goes on into a line that opens with a quotation after a full stop', () => {
    const text = '步道全长十八公里，沿线设有驿站六座了。“以后散步方便多了。”家住江边的周明华说。';
    const lines = wrap(text, 10, '\u3000\u3000', true);
    expect(lines).toContain('“以后散步方便多了。”');
    const page = parse(['新城滨江步道全线贯通', ...lines, ...PARAGRAPHS.flatMap((p) => wrap(p, 10, '\u3000\u3000', true))].join('\n'));
    expect(bodyTexts(page.items[0]!)).toEqual([text, ...PARAGRAPHS]);
  });
});

describe('where heading lines wrap like the text', () => {
  const body = PARAGRAPHS.flatMap((p) => wrap(p, 12, '\u3000\u3000', true));

  it('ends a 引题 at its closing dash and a headline at its column tag, even at the full measure', () => {
    // 12 em: the kicker's second line and the headline's last line both fill the measure.
    const text = ['滨江新城十二个社区的居民', '盼来的步道今天贯通——', '新城沿江步道（城市观察）', '——沿江十八公里见闻', ...body].join('\n');
    const [item] = parse(text).items;
    expect(item).toMatchObject({ kicker: '滨江新城十二个社区的居民盼来的步道今天贯通——', headline: '新城沿江步道（城市观察）', subheadlines: ['——沿江十八公里见闻'] });
    expect(bodyTexts(item!)).toEqual(PARAGRAPHS);
  });

  it('closes a headline with its column tag printed on the line under it', () => {
    const text = ['老街为啥又热闹了？', '（城市漫笔）', ...body].join('\n');
    expect(parse(text).items[0]).toMatchObject({ headline: '老街为啥又热闹了？（城市漫笔）', subheadlines: [] });
  });

  it('does not take a note in brackets under a headline for its tag', () => {
    const text = ['老街为啥又热闹了？', '（2019年3月5日）', ...body].join('\n');
    expect(parse(text).items[0]?.headline).toBe('老街为啥又热闹了？');
  });

  it('does not end a headline at a dash inside its column tag, whose bracket is still open', () => {
    const headline = ['茶园连成片日子更红火（乡', '村振兴路上的东岚故事——', '来自一线的报道）'];
    const text = ['南湖县东岚村——', ...headline, ...body].join('\n');
    expect(parse(text).items[0]).toMatchObject({ kicker: '南湖县东岚村——', headline: headline.join(''), subheadlines: [] });
  });

  it('still ends a 引题 at its dash where no bracket is open', () => {
    const text = ['南湖县东岚村的茶农们说——', '茶园连成片日子更红火', ...body].join('\n');
    expect(parse(text).items[0]).toMatchObject({ kicker: '南湖县东岚村的茶农们说——', headline: '茶园连成片日子更红火' });
  });

  it('starts the body under a citation line, whatever the heading line above it fills', () => {
    // Nothing is indented: without the citation, the full heading line would run on into the text.
    const text = ['沿江步道全线贯通城区', '《江城日报》（2019年3月5日 第 03 版）', ...PARAGRAPHS.flatMap((p) => wrap(p, 10, '', true))].join('\n');
    const [item] = parse(text).items;
    expect(item?.headline).toBe('沿江步道全线贯通城区');
    expect(bodyTexts(item!)).toEqual(PARAGRAPHS);
  });

  it('starts a heading a citation stands under after the last full stop, though the paragraph above filled the column', () => {
    const cite = '《江城日报》（2019年3月5日 第 03 版）';
    const body = (p: string) => wrap(p, 12, '\u3000\u3000', true);
    // the paragraph's last line reaches the edge (its full stop hangs), so the heading line runs on from it
    const text = ['新城图书馆扩建完工', cite, ...body(PARAGRAPHS[0]!), '\u3000\u3000新城图书馆今年新增藏', '书两万册，少儿读物占三成。', '沿江新区十二所学校今天同', '时开学', cite, ...body(PARAGRAPHS[1]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新城图书馆扩建完工', '沿江新区十二所学校今天同时开学']);
    expect(bodyTexts(items[0]!).at(-1)).toBe('新城图书馆今年新增藏书两万册，少儿读物占三成。');
  });

  it('starts such a heading after a closing note in brackets as after a full stop', () => {
    const cite = '《江城日报》（2019年3月5日 第 03 版）';
    const body = (p: string) => wrap(p, 24, '\u3000\u3000', true);
    // 24 em: the note is too long for a column tag, and it fills the line as the paragraph above does
    const text = ['新城图书馆扩建完工', cite, ...body(PARAGRAPHS[0]!), '　　新城图书馆今年新增藏书两万册，少儿读物占三成', '成人读物占七成，馆藏总量已达到五十万册以上了呢。', '（本文由江城日报记者林远舟、苏晴川、陆文清采写）', '沿江新区十二所中小学校今天同时开学共迎来了七千', '名新生', cite, ...body(PARAGRAPHS[1]!)].join('\n');
    expect(parse(text).items.map((item) => item.headline)).toEqual(['新城图书馆扩建完工', '沿江新区十二所中小学校今天同时开学共迎来了七千名新生']);
  });

  it('where paragraphs are indented, takes the unpunctuated lines that end a paragraph after its full stop for the heading of what follows', () => {
    const body = (p: string) => wrap(p, 12, '\u3000\u3000', true);
    const text = ['新城图书馆扩建完工', ...body(PARAGRAPHS[0]!), '\u3000\u3000新城图书馆今年新增藏', '书两万册，少儿读物占三成。', '沿江新区十二所学校今天同', '时开学', ...body(`本报江城3月4日电 ${PARAGRAPHS[1]!}`)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新城图书馆扩建完工', '沿江新区十二所学校今天同时开学']);
    expect(bodyTexts(items[0]!).at(-1)).toBe('新城图书馆今年新增藏书两万册，少儿读物占三成。');
  });

  it('where paragraphs are indented, takes lines ending bare after a full stop for a heading, though no paragraph opens under them', () => {
    const body = (p: string) => wrap(p, 12, '\u3000\u3000', true);
    // the paragraph's last sentence ends at the edge, so the headline runs on from it; a byline follows, flush left
    const text = ['新城图书馆扩建完工', ...body(PARAGRAPHS[0]!), '\u3000\u3000新城图书馆今年新增藏', '书两万册，少儿读物占三成。', '沿江新区十二所学校今天同', '时开学', '本报记者 苏晴川', ...body(PARAGRAPHS[1]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新城图书馆扩建完工', '沿江新区十二所学校今天同时开学']);
    expect(items[1]?.bylines.map((byline) => byline.name)).toEqual(['苏晴川']);
    expect(bodyTexts(items[0]!).at(-1)).toBe('新城图书馆今年新增藏书两万册，少儿读物占三成。');
  });

  it('reads a heading whose last line is a bracketed tag, right before a paragraph', () => {
    const body = (p: string) => wrap(p, 12, '\u3000\u3000', true);
    const text = ['沿江新区十二所学校今天同', '（江城观察）', ...body(PARAGRAPHS[0]!)].join('\n');
    expect(parse(text).items[0]?.headline).toBe('沿江新区十二所学校今天同（江城观察）');
  });

  it('over a citation, ends a 引题 at its speaker verb, even at the full measure', () => {
    const cite = '《江城日报》（2019年3月5日 第 03 版）';
    const text = ['市长在全市教育大会上强调', '办好每一所家门口的学校', cite, ...PARAGRAPHS.flatMap((p) => wrap(p, 12, '', true))].join('\n');
    expect(parse(text).items[0]).toMatchObject({ kicker: '市长在全市教育大会上强调', headline: '办好每一所家门口的学校' });
  });

  it('takes the one heading line that carries a column tag for the headline, a long deck under it', () => {
    const text = ['步道贯通之后（城市观察）', '沿江十八公里', ...wrap('一条步道串起十二个社区的日常生活', 12), ...body].join('\n');
    expect(parse(text).items[0]).toMatchObject({ headline: '步道贯通之后（城市观察）' });
  });

  it('takes a box label or a figure held under the heading for the body\'s first section head, never the headline', () => {
    const box = parse(['沿江步道贯通', '核心阅读', ...body].join('\n')).items[0];
    expect(box).toMatchObject({ headline: '沿江步道贯通', subheadlines: [] });
    expect(box?.body[0]).toEqual({ kind: 'subhead', text: '核心阅读' });
    const figure = parse(['沿江步道贯通', '18公里', ...body].join('\n')).items[0];
    expect(figure).toMatchObject({ headline: '沿江步道贯通', subheadlines: [] });
    expect(figure?.body[0]).toEqual({ kind: 'subhead', text: '18公里' });
  });

  it('on a page that indents, ends a flush-left 引题 at its speaker verb, even at the full measure', () => {
    const text = ['市长在全市教育大会上强调', '办好每一所家门口的学校', ...body].join('\n');
    expect(parse(text).items[0]).toMatchObject({ kicker: '市长在全市教育大会上强调', headline: '办好每一所家门口的学校' });
  });

  it('where indents were dropped, keeps a heading line two em short apart from the line under it', () => {
    const dropped = (text: string) => wrap(text, 12, '\u3000\u3000', true).map((line, i) => (i === 0 ? line.replace(/^\u3000+/u, '') : line));
    const more = ['沿江的老码头改成了市民广场，周末常有乐队在这里演出，引来许多年轻人。', '附近居民说，过去江边堆满杂物，如今绿树成荫，晚饭后散步成了习惯。'];
    const text = ['新城滨江步道全线贯', '沿线十二个社区受益', ...[...PARAGRAPHS, ...more].flatMap(dropped)].join('\n');
    const page = parse(text);
    expect(page.shape.dropsIndents).toBe(true);
    expect(page.items[0]).toMatchObject({ kicker: '新城滨江步道全线贯', headline: '沿线十二个社区受益' });
  });
});

describe('lines under a headline that carries its column\'s tag', () => {
  const body = PARAGRAPHS.flatMap((p) => wrap(p, 14, '\u3000\u3000', true));

  it('open the body: the commentary\'s lead, set bold without its full stop, is a paragraph, a phrase its section head', () => {
    const lead = wrap('老街的记忆不该只留在照片里，修缮要让老茶馆继续有人坐、有人聊', 14, '', true);
    const [led] = parse(['老茶馆的新客人（城市漫笔）', ...lead, ...body].join('\n')).items;
    expect(led).toMatchObject({ headline: '老茶馆的新客人（城市漫笔）', subheadlines: [] });
    expect(led?.body[0]).toEqual({ kind: 'paragraph', text: '老街的记忆不该只留在照片里，修缮要让老茶馆继续有人坐、有人聊' });
    const [headed] = parse(['老茶馆的新客人（城市漫笔）', '老街有了新去处', ...body].join('\n')).items;
    expect(headed?.subheadlines).toEqual([]);
    expect(headed?.body[0]).toEqual({ kind: 'subhead', text: '老街有了新去处' });
  });

  it('keep a 副题 that opens with a dash, and a line under a headline without a tag', () => {
    const [dashed] = parse(['老茶馆的新客人（城市漫笔）', '——记老街茶馆的掌柜', ...body].join('\n')).items;
    expect(dashed?.subheadlines).toEqual(['——记老街茶馆的掌柜']);
    const [plain] = parse(['老街茶馆重新开张', '周明华出席开张仪式', ...body].join('\n')).items;
    expect(plain).toMatchObject({ headline: '老街茶馆重新开张', subheadlines: ['周明华出席开张仪式'] });
  });
});

describe('stories set apart by blank lines', () => {
  it('does not let a note held before the gap take the next story\'s headline into the story above', () => {
    const body = (p: string) => wrap(p, 12, '\u3000\u3000', true);
    const text = [
      '新城步道全线贯通',
      ...body(PARAGRAPHS[0]!),
      ...body(PARAGRAPHS[1]!),
      '（文中受访者均为化名）',
      '',
      '江畔灯会开幕',
      ...body(PARAGRAPHS[2]!),
      ...body('本届冰雪节以冰雪之冠为主题，园区里的冰雕吸引了众多游客驻足拍照。'),
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新城步道全线贯通', '江畔灯会开幕']);
  });
});

describe('reports of a compilation: a section head and its reporter inside one story', () => {
  const body = (p: string) => wrap(p, 12, '\u3000\u3000', true);
  const REPORT = ['沿江夜市人气旺', '本报记者 林远舟', ...body(PARAGRAPHS[2]!)];

  it('keeps them in the story where blank lines set stories apart and none stands before them', () => {
    const text = ['新春走乡村', '', ...body(PARAGRAPHS[0]!), ...REPORT, '', '江畔灯会开幕', '本报记者 苏晴川', ...body(PARAGRAPHS[1]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新春走乡村', '江畔灯会开幕']);
    expect(items[0]?.body).toContainEqual({ kind: 'subhead', text: '沿江夜市人气旺' });
    expect(items[0]?.bylines.map((byline) => byline.name)).toEqual(['林远舟']);
  });

  it('keeps them in the story where the page cites the paper under every story and not under them', () => {
    const cite = '《江城日报》（2019年3月5日 第 03 版）';
    // the citation stands under a story's byline, as a PDF of the e-paper prints it
    const text = ['新春走乡村', cite, ...body(PARAGRAPHS[0]!), ...REPORT, '江畔灯会开幕', '本报记者 苏晴川', cite, ...body(PARAGRAPHS[1]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新春走乡村', '江畔灯会开幕']);
    expect(items[0]?.body).toContainEqual({ kind: 'subhead', text: '沿江夜市人气旺' });
    expect(items[1]?.bylines.map((byline) => byline.name)).toEqual(['苏晴川']);
  });

  it('reads a short line right under the citation as the body\'s section head, never a 副题', () => {
    const cite = '《江城日报》（2019年3月5日 第 03 版）';
    const text = ['新春走乡村', cite, '沿江夜市人气旺', ...body(PARAGRAPHS[0]!), '江畔灯会开幕', cite, '灯会的第一夜', '本报记者 苏晴川', ...body(PARAGRAPHS[1]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新春走乡村', '江畔灯会开幕']);
    expect(items.map((item) => item.subheadlines)).toEqual([[], []]);
    expect(items[0]?.body[0]).toEqual({ kind: 'subhead', text: '沿江夜市人气旺' });
    expect(items[1]?.body[0]).toEqual({ kind: 'subhead', text: '灯会的第一夜' });
    expect(items[1]?.bylines.map((byline) => byline.name)).toEqual(['苏晴川']);
  });

  it('reads a short line over a dateline under the citation as a report of the open story, not a new story', () => {
    const cite = '《江城日报》（2019年3月5日 第 03 版）';
    const text = ['城建快讯', cite, '沿江步道全线贯通', ...body(`本报电 ${PARAGRAPHS[0]!}`), '新城图书馆扩建完工', ...body(`本报电 ${PARAGRAPHS[1]!}`), '江畔灯会开幕', cite, ...body(PARAGRAPHS[2]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['城建快讯', '江畔灯会开幕']);
    expect(items[0]?.body.filter((block) => block.kind === 'subhead').map((block) => block.text)).toEqual(['沿江步道全线贯通', '新城图书馆扩建完工']);
  });

  it('where the page cites the paper under every story, takes held lines with no citation under them for the story\'s own', () => {
    const cite = '《江城日报》（2019年3月5日 第 03 版）';
    // a section head closing with a dash looks like a 引题; no citation follows it
    const text = ['新春走乡村', cite, ...body(PARAGRAPHS[0]!), '灯火更旺了——', '夜市人气旺', ...body(PARAGRAPHS[2]!), '江畔灯会开幕', cite, ...body(PARAGRAPHS[1]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新春走乡村', '江畔灯会开幕']);
    expect(items[0]?.body.filter((block) => block.kind === 'subhead').map((block) => block.text)).toEqual(['灯火更旺了——', '夜市人气旺']);
  });

  it('does not start a story at a section head a repeated masthead fell under', () => {
    const text = ['人民晚报 2019年3月5日 第03版', '新春走乡村', ...body(PARAGRAPHS[0]!), '夜市人气旺', '人民晚报 2019年3月5日 第03版', ...body(PARAGRAPHS[2]!)].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.headline)).toEqual(['新春走乡村']);
    expect(items[0]?.body).toContainEqual({ kind: 'subhead', text: '夜市人气旺' });
  });
});

describe('a very long page', () => {
  it('reads 150,000 lines without running out of call stack', () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => (i % 5 === 4 ? '设有亲水平台九处。' : '经过两年建设新城滨江步道'));
    const page = parse(['新城滨江步道全线贯通', ...lines].join('\n'));
    expect(page.items.length).toBeGreaterThan(0);
  });
});

describe('a short flush-left line inside a story: section head or text', () => {
  it('is a section head where no word runs across into the next line, even if the dictionary has a word there', () => {
    // A stand-in for jieba: `求实` is a word, but the segmentation puts the cut between `需求` and `实际上`.
    const lexicon = standInTagger({ 需求: 'n', 实际上: 'd', 求实: 'v', 服务: 'v', 贴近: 'v', 群众: 'n' });
    const text = [
      '社区食堂开进老街',
      '',
      ...wrap('本报南湖5月6日电（记者陆文清）老街社区食堂六日开业，附近的老人不用再为一日三餐发愁了。', 16, '\u3000\u3000'),
      ...wrap('食堂由街道和一家餐饮企业合办，每天中午供应三种套餐，老人凭卡就餐还能享受优惠。', 16, '\u3000\u3000'),
      '服务贴近群众需求',
      ...wrap('实际上，社区食堂每天供应三百份午餐，其中一百份送到行动不便的老人家里。', 16, '\u3000\u3000'),
      ...wrap('街道还准备在另外两个社区开设同样的食堂，让更多老人吃上热乎饭。', 16, '\u3000\u3000'),
    ].join('\n');
    const [item] = parsePage(text, 'columns.txt', { lexicon }).items;
    expect(item?.body.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'subhead', 'paragraph', 'paragraph']);
    expect(item?.body[2]?.text).toBe('服务贴近群众需求');
  });
});

describe('a credit that fills the column', () => {
  it('ends its element: the next story’s headline is not joined to it', () => {
    const text = [
      '新城滨江步道全线贯通',
      '',
      ...wrap('本报南湖3月4日电（记者陆文清）经过两年建设，新城滨江步道四日全线贯通，沿岸十二个社区的居民从此可以沿江步行到市中心的公园。', 10, '\u3000\u3000'),
      ...wrap('步道全长十八公里，设有亲水平台九处、驿站六座，夜间照明覆盖全线，成为市民休闲健身的好去处。', 10, '\u3000\u3000'),
      '新华社记者  周明华摄',
      '候鸟创新高',
      ...wrap('本报南湖3月4日电今冬湖区观测到候鸟四十余万只，比去年多了三万只，其中两种是第一次在湖区观测到。', 10, '\u3000\u3000'),
      ...wrap('观测站已连续工作十年，记录了湖区候鸟种类和数量的变化。', 10, '\u3000\u3000'),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => [item.headline, item.bylines.map((b) => b.name)])).toEqual([
      ['新城滨江步道全线贯通', ['陆文清', '周明华']],
      ['候鸟创新高', []],
    ]);
  });
});

describe('a paragraph that runs to the column’s edge without a stop', () => {
  it('is a deck where the next paragraph opens fresh (with a tagger): the indented line is not joined to it', () => {
    const lexicon = standInTagger({ 我们: 'r', 在: 'p' });
    const deck = '东岚县把茶园开上山坡，把茶叶卖到北岭，三年里全县茶农的收入翻了一番，茶园面积扩大到了两万多亩';
    const text = [
      '小茶叶里的大产业',
      '',
      ...wrap(deck, 16, '\u3000\u3000'),
      ...wrap('我们走访了县里的五个茶村，听茶农讲这三年的变化，也看了他们新建的茶厂。', 16, '\u3000\u3000'),
      ...wrap('清明前后是采茶最忙的时候，天不亮茶农就上了山，采下的鲜叶要赶在中午前送进茶厂。', 16, '\u3000\u3000'),
    ].join('\n');
    const [item] = parsePage(text, 'columns.txt', { lexicon }).items;
    expect(item?.body.map((block) => block.text)).toEqual([
      deck,
      '我们走访了县里的五个茶村，听茶农讲这三年的变化，也看了他们新建的茶厂。',
      '清明前后是采茶最忙的时候，天不亮茶农就上了山，采下的鲜叶要赶在中午前送进茶厂。',
    ]);
  });
});

describe('a dateline line that fills the column and ends with its bylines’ bracket', () => {
  it('goes on into the next line: a closing bracket there is no column tag closing a headline', () => {
    // 18 em: the dateline and its bracket fill the first line exactly.
    const text = [
      '湖区候鸟数量创新高',
      '\u3000\u3000新华社南湖3月5日电（记者周明远）',
      '保护湖区湿地，人人有责，专家一致强调',
      '要把候鸟栖息地保护好。今冬湖区观测到',
      '候鸟四十余万只。',
      '\u3000\u3000观测站已连续工作十年，记录了湖区候',
      '鸟种类和数量的变化。',
    ].join('\n');
    // With a tagger the next line alone would read as a section head (it opens on a verb): it must not stand alone.
    const [item] = parsePage(text, 'columns.txt', { lexicon: standInTagger({ 保护: 'v' }) }).items;
    expect(item).toMatchObject({ headline: '湖区候鸟数量创新高', dateline: '新华社南湖3月5日电' });
    expect(item?.body).toEqual([
      { kind: 'paragraph', text: '保护湖区湿地，人人有责，专家一致强调要把候鸟栖息地保护好。今冬湖区观测到候鸟四十余万只。' },
      { kind: 'paragraph', text: '观测站已连续工作十年，记录了湖区候鸟种类和数量的变化。' },
    ]);
  });
});

describe('a flush-left line closed by a dash between two paragraphs', () => {
  // No blank line anywhere: nothing but the lines themselves shows where a story starts.
  it('leads into the text under it: a section head of the story, not the 引题 of a new one', () => {
    const lead = '从江边到山脚，步道串起了十二个社区——';
    const text = [
      '新城滨江步道全线贯通',
      ...wrap(`本报南湖3月4日电（记者陆文清）${PARAGRAPHS[0]}`, 16, '\u3000\u3000'),
      ...wrap(lead, 16),
      ...PARAGRAPHS.slice(1).flatMap((p) => wrap(p, 16, '\u3000\u3000')),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通']);
    expect(page.items[0]?.body.map((block) => block.kind)).toEqual(['paragraph', 'subhead', 'paragraph', 'paragraph']);
    expect(page.items[0]?.body[1]?.text).toBe(lead);
  });

  it('still opens a new story where a headline follows the dash', () => {
    const text = [
      '新城滨江步道全线贯通',
      ...wrap(`本报南湖3月4日电（记者陆文清）${PARAGRAPHS[0]}`, 16, '\u3000\u3000'),
      '老街改造见新貌——',
      '旧巷子里开出新茶馆',
      ...wrap(`本报南湖3月4日电（记者周明华）${PARAGRAPHS[2]}`, 16, '\u3000\u3000'),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => [item.kicker, item.headline])).toEqual([
      [undefined, '新城滨江步道全线贯通'],
      ['老街改造见新貌——', '旧巷子里开出新茶馆'],
    ]);
  });

  it('takes a short line after a news report’s paragraphs for the next story’s headline', () => {
    // A report that opens with its dateline runs a few paragraphs without section heads.
    const text = [
      '新城滨江步道全线贯通',
      ...wrap(`本报南湖3月4日电（记者陆文清）${PARAGRAPHS[0]}`, 16, '\u3000\u3000'),
      ...wrap(PARAGRAPHS[1]!, 16, '\u3000\u3000'),
      '老街茶馆重新开张',
      ...wrap(PARAGRAPHS[2]!, 16, '\u3000\u3000'),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '老街茶馆重新开张']);
    expect(bodyTexts(page.items[1]!)).toEqual([PARAGRAPHS[2]]);
  });

  it('keeps a line that opens with a dash after a paragraph in the story: it signs the quotation above', () => {
    const text = [
      '新城滨江步道全线贯通',
      ...wrap(`本报南湖3月4日电（记者陆文清）${PARAGRAPHS[0]}`, 16, '\u3000\u3000'),
      ...wrap('“让每个社区都有一条通向江边的路。”', 16, '\u3000\u3000'),
      '——周明华',
      ...PARAGRAPHS.slice(1).flatMap((p) => wrap(p, 16, '\u3000\u3000')),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通']);
  });

  it('ends a story at an indented note in brackets: the line after it heads the next story', () => {
    const text = [
      '新城滨江步道全线贯通',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => wrap(p, 16, '\u3000\u3000')),
      '\u3000\u3000（作者为南湖市园林局局长）',
      '老街茶馆重新开张',
      ...wrap(PARAGRAPHS[2]!, 16, '\u3000\u3000'),
    ].join('\n');
    const page = parse(text);
    expect(page.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '老街茶馆重新开张']);
    expect(page.items[0]?.body.at(-1)).toEqual({ kind: 'paragraph', text: '（作者为南湖市园林局局长）' });
  });

  it('opens a story at a photo report’s label, and at heading lines over a summary box', () => {
    const story = ['新城滨江步道全线贯通', ...PARAGRAPHS.slice(0, 2).flatMap((p) => wrap(p, 16, '\u3000\u3000'))];
    const photos = parse([...story, '图片报道', ...wrap(PARAGRAPHS[2]!, 16, '\u3000\u3000')].join('\n'));
    expect(photos.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '图片报道']);
    const boxed = parse([...story, '老街茶馆重新开张', '核心阅读', ...wrap(PARAGRAPHS[2]!, 16, '\u3000\u3000')].join('\n'));
    expect(boxed.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '老街茶馆重新开张']);
    expect(boxed.items[1]?.body[0]).toEqual({ kind: 'subhead', text: '核心阅读' });
  });

  it('takes a flush-left line between indented paragraphs for a section head, whatever text follows it', () => {
    // The next paragraph opens on a date, as a cut paragraph's rest might; it is indented, so nothing was cut.
    const text = [
      '新城滨江步道全线贯通',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => wrap(p, 16, '\u3000\u3000')),
      '我们的家门口变美了',
      ...wrap('15日，居民们在步道旁种下了第一批树苗，大家都说以后散步方便多了。', 16, '\u3000\u3000'),
    ].join('\n');
    const [item] = parse(text).items;
    expect(item?.body.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'subhead', 'paragraph']);
    expect(item?.body[2]?.text).toBe('我们的家门口变美了');
  });

  it('splits a photo off the story above it: a flush-left title and a short caption closed by a photo credit', () => {
    const story = ['新城滨江步道全线贯通', ...PARAGRAPHS.slice(0, 2).flatMap((p) => wrap(p, 16, '\u3000\u3000'))];
    const caption = wrap('图为3月3日，居民们在江边步道上晨练。', 16, '\u3000\u3000');
    const page = parse([...story, '江畔晨光', ...caption, '陆文清摄（影像中国）'].join('\n'));
    expect(page.items.map((item) => [item.kind, item.headline])).toEqual([
      ['article', '新城滨江步道全线贯通'],
      ['photo', '江畔晨光'],
    ]);
    expect(page.items[1]?.caption).toBe('图为3月3日，居民们在江边步道上晨练。');
    expect(page.items[1]?.bylines.map((byline) => byline.name)).toEqual(['陆文清']);
    expect(bodyTexts(page.items[0]!)).toEqual(PARAGRAPHS.slice(0, 2));
    // A page's layout credit closes the story; the head above it is the story's last section.
    const laidOut = parse([...story, '江畔晨光', ...caption, '版式设计：陆文清'].join('\n'));
    expect(laidOut.items.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通']);
    expect(laidOut.items[0]?.body.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'subhead', 'paragraph']);
  });

  describe('a heading part that fills its last line exactly', () => {
    // The column's measure is the heading line's own width, so nothing in the layout shows where it ended.
    const page = (heading: string[], measure: number) =>
      parse([...heading, ...wrap(`本报南湖3月4日电（记者陆文清）${PARAGRAPHS[0]}`, measure, '\u3000\u3000'), ...PARAGRAPHS.slice(1).flatMap((p) => wrap(p, measure, '\u3000\u3000'))].join('\n'));

    it('ends at the event it reports: the line under it is the next part', () => {
      const headline = '南湖市滨江步道推进会召开';
      const [item] = page([headline, '周明华出席并讲话'], displayWidth(headline)).items;
      expect(item).toMatchObject({ headline, subheadlines: ['周明华出席并讲话'] });
    });

    it('goes on where the verb takes the next line as its object', () => {
      const upper = '周明华与陆文清共同主持召开';
      const [item] = page([upper, '滨江步道建设推进会议'], displayWidth(upper)).items;
      expect(item?.headline).toBe('周明华与陆文清共同主持召开滨江步道建设推进会议');
    });

    it('ends a long 引题 of clauses over a headline that carries its column’s tag', () => {
      const kicker = '经过两年建设，滨江步道全线贯通';
      const [item] = page([kicker, '江边有了回家路（城市新貌）'], displayWidth(kicker)).items;
      expect(item).toMatchObject({ kicker, headline: '江边有了回家路（城市新貌）' });
    });

    it('ends before a summary box’s label and a date in brackets, each on a line of its own', () => {
      const headline = '新城滨江步道四日全线贯通';
      const boxed = page([headline, '核心阅读'], displayWidth(headline)).items[0];
      expect(boxed?.headline).toBe(headline);
      expect(boxed?.body[0]).toEqual({ kind: 'subhead', text: '核心阅读' });
      const speech = '在滨江步道通车仪式上的讲话';
      expect(page([speech, '（2019年3月4日）'], displayWidth(speech)).items[0]).toMatchObject({ headline: speech, subheadlines: ['（2019年3月4日）'] });
    });
  });

  it('keeps a head tagged with a box’s label in the story it closes; a column’s tag opens a story', () => {
    const story = ['新城滨江步道全线贯通', ...PARAGRAPHS.slice(0, 2).flatMap((p) => wrap(p, 16, '\u3000\u3000'))];
    const after = (head: string) => parse([...story, head, ...wrap(PARAGRAPHS[2]!, 16, '\u3000\u3000')].join('\n')).items;
    const boxed = after('步道要修好更要管好（记者手记）');
    expect(boxed.map((item) => item.headline)).toEqual(['新城滨江步道全线贯通']);
    expect(boxed[0]?.body[2]).toEqual({ kind: 'subhead', text: '步道要修好更要管好（记者手记）' });
    expect(after('步道要修好更要管好（城市观察）').map((item) => item.headline)).toEqual(['新城滨江步道全线贯通', '步道要修好更要管好（城市观察）']);
  });

  it('opens a 副题 at its dash under a headline of any length, and under one that exclaims', () => {
    const body = (measure: number) => [...wrap(`本报南湖3月4日电（记者陆文清）${PARAGRAPHS[0]}`, measure, '\u3000\u3000'), ...wrap(PARAGRAPHS[1]!, measure, '\u3000\u3000')];
    // Four full lines at 10 em: the tagged headline fills its last line.
    const long = '滨江步道全线贯通连起沿岸十二个社区的家门口（在新时代的征程上——城市新貌新篇章）';
    expect(displayWidth(long)).toBe(40);
    const deck = '——南湖市建设滨江步道纪实';
    const [tagged] = parse([...wrap(long, 10), ...wrap(deck, 10), ...body(10)].join('\n')).items;
    expect(tagged).toMatchObject({ headline: long, subheadlines: [deck] });
    const exclaims = '首破万亿元！步道客流亮眼';
    const [item] = parse([exclaims, ...wrap('——春节假期南湖市旅游接待人次创新高', 12), ...body(displayWidth(exclaims))].join('\n')).items;
    expect(item).toMatchObject({ headline: exclaims, subheadlines: ['——春节假期南湖市旅游接待人次创新高'] });
  });

  it('titles a compilation by its first line once a second report shows it is one: the lines under it head its first report', () => {
    const indented = (p: string) => wrap(p, 16, '\u3000\u3000');
    const text = [
      '新春走基层 江城年味浓',
      '滨江步道上的年味',
      '本报记者  陆文清',
      ...indented(PARAGRAPHS[0]!),
      '江畔茶馆人气旺',
      '本报记者  周明华',
      ...indented(PARAGRAPHS[1]!),
      '',
      '老街茶馆重新开张',
      ...indented(PARAGRAPHS[2]!),
    ].join('\n');
    const [compilation, next] = parse(text).items;
    expect(compilation).toMatchObject({ headline: '新春走基层 江城年味浓', subheadlines: [] });
    expect(compilation?.kicker).toBeUndefined();
    expect(compilation?.body.map((block) => block.kind === 'subhead' ? block.text : 'paragraph')).toEqual(['滨江步道上的年味', 'paragraph', '江畔茶馆人气旺', 'paragraph']);
    expect(compilation?.bylines.map((byline) => byline.name)).toEqual(['陆文清', '周明华']);
    expect(next?.headline).toBe('老街茶馆重新开张');
  });

  it('reads a box of briefs under its label to its end: a brief’s closing note does not close the box', () => {
    const indented = (p: string) => wrap(p, 16, '\u3000\u3000');
    const text = [
      '速览',
      '滨江步道夜间照明开通',
      ...indented(PARAGRAPHS[0]!),
      '（据新华社南湖电 记者陆文清）',
      '老街茶馆重新开张',
      ...indented(PARAGRAPHS[1]!),
      '（据新华社南湖电 记者周明华）',
    ].join('\n');
    const [box, ...rest] = parse(text).items;
    expect(rest).toEqual([]);
    expect(box?.headline).toBe('速览');
    expect(box?.body.filter((block) => block.kind === 'subhead').map((block) => block.text)).toEqual(['滨江步道夜间照明开通', '老街茶馆重新开张']);
  });

  it('goes on past an indented first line that closes a bracket at the edge: a note inside the sentence', () => {
    const note = '南湖城投集团（南湖）有限公司今年完成了十二个社区的改造，居民们都说好。';
    expect(wrap(note, 12, '\u3000\u3000')[0]).toBe('\u3000\u3000南湖城投集团（南湖）');
    const paragraphs = [PARAGRAPHS[0]!, note, PARAGRAPHS[1]!];
    const [item] = parse(['新城滨江步道全线贯通', ...paragraphs.flatMap((p) => wrap(p, 12, '\u3000\u3000'))].join('\n')).items;
    expect(bodyTexts(item!)).toEqual(paragraphs);
  });

  it('reads every line under a headline that carries its column’s tag as the commentary’s lead, however many there are', () => {
    const lead = ['修一条步道并不算难', '难的是把步道管好', '让居民走得舒心', '让游客愿意留下来', '这考验城市的治理'];
    const text = ['步道要修好更要管好（城市观察）', ...lead, ...PARAGRAPHS.flatMap((p) => wrap(p, 16, '\u3000\u3000'))].join('\n');
    const [item, ...rest] = parse(text).items;
    expect(rest).toEqual([]);
    expect(item?.headline).toBe('步道要修好更要管好（城市观察）');
    expect(item?.kicker).toBeUndefined();
    expect(item?.body.slice(0, 5).map((block) => block.text)).toEqual(lead);
  });

  it('opens a compilation’s body at a piece’s title over its writer signed by country, not its heading', () => {
    const text = ['江城百姓说变化', '家门口的步道修通了', '（英国）约翰·史密斯', ...PARAGRAPHS.flatMap((p) => wrap(p, 16, '\u3000\u3000'))].join('\n');
    const [item] = parse(text).items;
    expect(item).toMatchObject({ headline: '江城百姓说变化', subheadlines: [] });
    expect(item?.body.slice(0, 2)).toEqual([
      { kind: 'subhead', text: '家门口的步道修通了' },
      { kind: 'subhead', text: '（英国）约翰·史密斯' },
    ]);
  });

  it('leaves a dash and a name (——编  者) with the note it signs, never as the next heading’s 引题', () => {
    const indented = (p: string) => wrap(p, 16, '\u3000\u3000');
    const text = ['新城滨江步道全线贯通', ...indented(PARAGRAPHS[0]!), '——编  者', '滨江步道上的年味', '本报记者  陆文清', ...indented(PARAGRAPHS[1]!)].join('\n');
    const [note, story] = parse(text).items;
    expect(note?.body.at(-1)).toEqual({ kind: 'paragraph', text: '——编  者' });
    expect(story?.headline).toBe('滨江步道上的年味');
    expect(story?.kicker).toBeUndefined();
  });

  it('goes on past a heading line that broke at a gap between two phrases, the gap’s room left at its end', () => {
    const body = (measure: number) => [...wrap(`本报南湖3月4日电（记者陆文清）${PARAGRAPHS[0]}`, measure, '\u3000\u3000'), ...wrap(PARAGRAPHS[1]!, measure, '\u3000\u3000')];
    // Four spaces take two em: with them the first line fills its 12 em.
    const spaced = wrap('建设幸福美好滨江新城    开创美好生活', 12);
    expect(spaced[0]).toBe('建设幸福美好滨江新城    ');
    const [item] = parse([...spaced, ...body(12)].join('\n')).items;
    expect(item?.kicker).toBeUndefined();
    expect(item?.headline.replace(/\s/gu, '')).toBe('建设幸福美好滨江新城开创美好生活');
    // An ideographic space inside a tag: the line stops an em short of 12 on a character, yet the tag goes on.
    const tagged = wrap('滨江步道通车（越是节日\u3000越要服务好）', 12);
    expect(tagged[0]).toBe('滨江步道通车（越是节日\u3000');
    const [tag] = parse([...tagged, ...body(12)].join('\n')).items;
    expect(tag?.subheadlines).toEqual([]);
    expect(tag?.headline.replace(/\s/gu, '')).toBe('滨江步道通车（越是节日越要服务好）');
  });
});
