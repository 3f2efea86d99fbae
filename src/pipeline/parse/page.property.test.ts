import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { displayWidth } from './lines.ts';
import { parsePage } from './page.ts';
import type { ParsedItem } from './types.ts';

// Random pages in every layout dubao reads, built from words written for the test. Words avoid 讯,
// 电 and 摄 so that running text never forms a dateline or credit by chance.
const WORDS = ['会议', '强调', '全区', '上下', '深入', '学习', '贯彻', '产业', '发展', '创新', '企业', '项目', '建设', '推进', '安全', '生产', '园区', '社区', '居民', 'AI', '5G', '100亿元', '“两张清单”', '《办法》'];
const word = fc.constantFrom(...WORDS);
const clause = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(''));
const sentence = fc.array(clause, { minLength: 1, maxLength: 4 }).map((c) => `${c.join('，')}。`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const title = fc.array(word, { minLength: 2, maxLength: 5 }).map((w) => w.join(''));
const name = fc.constantFrom('朱梦琪', '黄雅婷', '韩晖', '徐晶玮', '欧阳晓明', '李明', '陆文清');
const city = fc.constantFrom('南湖', '江口', '北京', '上海');

interface Story {
  kicker?: string;
  headline: string;
  subheadline?: string;
  dateline: string;
  reporter: string;
  /** Body blocks in order; a subhead is marked. */
  body: { subhead: boolean; text: string }[];
}

const story: fc.Arbitrary<Story> = fc
  .record({
    // A kicker is told from a 副题 by its closing dash, a 副题 by its opening one: plain text keeps no sizes.
    kicker: fc.option(title.map((t) => `${t}——`), { nil: undefined }),
    headline: title,
    subheadline: fc.option(title.map((t) => `——${t}`), { nil: undefined }),
    agency: fc.constantFrom('本报', '新华社'),
    city,
    reporter: name,
    // Distinct: an identical paragraph printed twice in a story is dropped as a layout artifact.
    paragraphs: fc.uniqueArray(paragraph, { minLength: 1, maxLength: 4 }),
    subheadAt: fc.option(fc.nat(), { nil: undefined }),
    subhead: fc.constantFrom('一、园区建设提速', '（二）社区服务升级', '■企业创新'),
  })
  .map(({ kicker, headline, subheadline, agency, city: place, reporter, paragraphs, subheadAt, subhead }) => {
    const body = paragraphs.map((text) => ({ subhead: false, text }));
    if (subheadAt !== undefined && body.length > 1) body.splice(1 + (subheadAt % (body.length - 1)), 0, { subhead: true, text: subhead });
    return { kicker, headline, subheadline, dateline: `${agency}${place}3月5日电`, reporter, body };
  });

type Layout = 'markdown' | 'epaper' | 'archive' | 'columns';

interface Page {
  layout: Layout;
  stories: Story[];
  /** Markdown: where print columns cut paragraphs. Columns: the measure and the footer's place. */
  cut: number;
  measure: number;
  crlf: boolean;
  blankBetween: boolean;
}

const page: fc.Arbitrary<Page> = fc.record({
  layout: fc.constantFrom<Layout>('markdown', 'epaper', 'archive', 'columns'),
  stories: fc.array(story, { minLength: 1, maxLength: 4 }),
  cut: fc.nat(),
  measure: fc.integer({ min: 16, max: 30 }),
  crlf: fc.boolean(),
  blankBetween: fc.boolean(),
});

const heading = (s: Story) => [s.kicker, s.headline, s.subheadline].filter((line): line is string => !!line);
const openingText = (s: Story) => `${s.dateline}（记者${s.reporter}）${s.body[0]?.text ?? ''}`;

/** Markdown: a print column cuts some paragraph after its first clause, where the cut piece reads as running text. */
function renderMarkdown(p: Page): string {
  const blocks: string[] = [];
  p.stories.forEach((s, index) => {
    if (s.kicker) blocks.push(s.kicker);
    blocks.push(`## ${s.headline}`);
    if (s.subheadline) blocks.push(s.subheadline);
    s.body.forEach((block, i) => {
      const text = i === 0 ? openingText(s) : block.text;
      const comma = text.indexOf('，');
      if (!block.subhead && (p.cut + index + i) % 3 === 0 && comma > 0 && comma < text.length - 2) {
        blocks.push(text.slice(0, comma + 2), text.slice(comma + 2));
      } else blocks.push(text);
    });
  });
  return blocks.join('\n\n');
}

const NAVIGATION = ['上一版  下一版', '放大 缩小 默认', '标题导航'];

function renderEpaper(p: Page): string {
  const lines = [NAVIGATION[p.cut % 3]!, '江城晨报 2019年3月5日 第04版'];
  for (const s of p.stories) {
    if (p.blankBetween) lines.push('');
    lines.push(...heading(s));
    s.body.forEach((block, i) => lines.push(`\u3000\u3000${i === 0 ? openingText(s) : block.text}`));
  }
  lines.push(NAVIGATION[(p.cut + 1) % 3]!);
  return lines.join('\n');
}

function renderArchive(p: Page): string {
  const lines = ['2019年3月5日江城日报 第4版'];
  for (const s of p.stories) {
    lines.push('第4版(要闻)', ...heading(s));
    s.body.forEach((block, i) => lines.push(` ${i === 0 ? openingText(s) : block.text}`));
  }
  return lines.join('\n');
}

/** Marks print never sets at the start of a line. A pause or stop may hang past the edge; a closing quote or bracket pushes the word before it down. */
const NO_LINE_START = /[，。、；：！？”’）》…]/u;
const HANGS = /[，。、；：！？]/u;

/** Breaks a text into printed lines as a column does: one mark may hang; a second pushes the word before it down. */
function wrap(text: string, measure: number, indent: string): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const ch of text) {
    if (displayWidth(line + ch) <= measure) {
      line += ch;
      continue;
    }
    if (HANGS.test(ch) && displayWidth(line) <= measure && !HANGS.test([...line].at(-1) ?? '')) {
      line += ch;
      continue;
    }
    if (NO_LINE_START.test(ch) && [...line].length > 2) {
      const chars = [...line];
      const pushed = chars.pop()!;
      lines.push(chars.join(''));
      line = pushed + ch;
      continue;
    }
    lines.push(line);
    line = ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** Columns: every paragraph indented two em and wrapped at the measure; a footer lands in some sentence. */
function renderColumns(p: Page): string {
  const lines: string[] = [];
  for (const s of p.stories) {
    if (p.blankBetween) lines.push('');
    lines.push(...heading(s));
    s.body.forEach((block, i) => {
      if (block.subhead) lines.push(block.text);
      else lines.push(...wrap(i === 0 ? openingText(s) : block.text, p.measure, '\u3000\u3000'));
    });
  }
  const at = Math.min(lines.length - 1, 3 + (p.cut % Math.max(1, lines.length - 3)));
  lines.splice(at, 0, '第 3 页', '');
  return lines.join('\n');
}

function render(p: Page): string {
  const text = { markdown: renderMarkdown, epaper: renderEpaper, archive: renderArchive, columns: renderColumns }[p.layout](p);
  return p.crlf ? text.replace(/\n/gu, '\r\n') : text;
}

const compact = (text: string) => text.replace(/\s+/gu, '');

/** Runs the checks on one page, naming the page's text when one fails: the text is what a reader of the failure needs. */
function onPage(text: string, check: () => void) {
  try {
    check();
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- page text ---\n${text}`);
  }
}
function itemText(item: ParsedItem): string {
  return [item.column, item.kicker, item.headline, ...item.subheadlines, item.dateline, ...item.bylines.map((b) => b.name), ...bodyTexts(item), item.caption].join('');
}

/**
 * A page of print columns is told from e-paper text by how its lines share one width, which takes a
 * dozen lines to see; and a heading line that fills the column could as well go on in the next line.
 */
function readable(p: Page, text: string): boolean {
  if (p.layout !== 'columns') return true;
  const headingsFit = p.stories.every((s) => heading(s).every((line) => displayWidth(line) <= p.measure - 4));
  // Where a line that fills the column ends a sentence, the paragraph may end there or go on: print does not say.
  const unambiguous = p.stories.every((s) =>
    s.body.every((block, i) => {
      const lines = wrap(i === 0 ? openingText(s) : block.text, p.measure, '\u3000\u3000');
      return lines.every((line) => !/[。！？”]$/u.test(line) || displayWidth(line) < p.measure - 3);
    }),
  );
  return headingsFit && unambiguous && text.split('\n').filter((line) => line.trim()).length >= 12;
}

describe('parsePage on random pages of every layout', () => {
  it('never throws, keeps every sentence in order, and is deterministic', () => {
    fc.assert(
      fc.property(page, (generated) => {
        const text = render(generated);
        const parsed = parsePage(text, 'random.txt');
        const output = compact(parsed.items.map(itemText).join(''));
        for (const s of generated.stories.flatMap((st) => st.body.flatMap((b) => b.text.split(/(?<=。)/u)))) {
          expect(output).toContain(compact(s));
        }
        expect(parsePage(text, 'random.txt')).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every story with its kicker, headline, 副题, dateline and byline', () => {
    fc.assert(
      fc.property(page, (generated) => {
        const text = render(generated);
        fc.pre(readable(generated, text));
        const parsed = parsePage(text, 'random.txt');
        onPage(text, () => expect(parsed.items.map((item) => [item.kicker, item.headline, item.subheadlines, item.dateline, item.bylines.map((b) => b.name)])).toEqual(
          generated.stories.map((s) => [s.kicker, s.headline, s.subheadline ? [s.subheadline] : [], s.dateline, [s.reporter]]),
        ));
      }),
      { numRuns: 300 },
    );
  });

  it('gives every story its paragraphs and section heads with the boundaries printed', () => {
    fc.assert(
      fc.property(page, (generated) => {
        const text = render(generated);
        fc.pre(readable(generated, text));
        const parsed = parsePage(text, 'random.txt');
        onPage(text, () => expect(parsed.items.map((item) => item.body)).toEqual(
          generated.stories.map((s) => s.body.map((block) => ({ kind: block.subhead ? 'subhead' : 'paragraph', text: block.text }))),
        ));
      }),
      { numRuns: 300 },
    );
  });
});
