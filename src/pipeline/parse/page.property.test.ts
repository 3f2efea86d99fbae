import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { parsePage } from './page.ts';
import type { ParsedItem } from './types.ts';

// Building blocks of a page, from the rules the parser knows. Words avoid 讯, 电 and 摄 so that
// running text never forms a dateline or credit by chance.
const WORDS = ['会议', '强调', '全区', '上下', '深入', '学习', '贯彻', '产业', '发展', '创新', '企业', '项目', '建设', '推进', '安全', '生产', 'AI', '5G', '100亿元', '“两张清单”', '《办法》'];
const word = fc.constantFrom(...WORDS);
const clause = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(''));
const sentence = fc.array(clause, { minLength: 1, maxLength: 4 }).map((c) => `${c.join(',')}。`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const title = fc.array(word, { minLength: 2, maxLength: 5 }).map((w) => w.join(''));
const name = fc.constantFrom('朱梦琪', '黄雅婷', '韩晖', '徐晶玮', '欧阳晓明', '李明');
// Invisible noise only: it must not change what the page says.
const noise = fc.constantFrom('', '\u200b', '<br/>', '\ufeff', '\u0007');

interface Story {
  blocks: string[];
  sentences: string[];
}

const story: fc.Arbitrary<Story> = fc
  .record({
    marked: fc.boolean(),
    headline: title,
    subheadlines: fc.array(title, { maxLength: 2 }),
    reporter: name,
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
    cutAt: fc.nat(),
  })
  .map(({ marked, headline, subheadlines, reporter, paragraphs, cutAt }) => {
    const body = [...paragraphs];
    // The print column ends somewhere inside one paragraph.
    const victim = cutAt % body.length;
    const text = body[victim] ?? '';
    const at = 1 + (cutAt % Math.max(1, text.length - 2));
    body.splice(victim, 1, text.slice(0, at), text.slice(at));
    const blocks = [marked ? `## ${headline}` : headline, ...(marked && subheadlines.length ? [subheadlines.join('  \n')] : [])];
    blocks.push(`本报讯(记者 ${reporter}) ${body[0] ?? ''}`, ...body.slice(1).filter(Boolean));
    return { blocks, sentences: paragraphs.flatMap((p) => p.split(/(?<=。)/u)) };
  });

// A column label is short (at most 20 characters, MAX_COLUMN_LENGTH): longer lines after a photo are text.
const label = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(''));
const photo: fc.Arbitrary<Story> = fc.record({ caption: paragraph, photographer: name, label: fc.option(label) }).map(({ caption, photographer, label }) => ({
  blocks: [`${caption} ${photographer} 摄`, ...(label ? [label] : [])],
  sentences: caption.split(/(?<=。)/u),
}));

const page = fc.record({ items: fc.array(fc.oneof(story, story, photo), { minLength: 1, maxLength: 5 }), noise, crlf: fc.boolean() });

function render({ items, noise: n, crlf }: { items: Story[]; noise: string; crlf: boolean }): string {
  const text = items.flatMap((item) => item.blocks).join(`\n\n${n}`);
  return crlf ? text.replace(/\n/gu, '\r\n') : text;
}

function itemText(item: ParsedItem): string {
  return [item.column, item.kicker, item.headline, ...item.subheadlines, item.dateline, ...bodyTexts(item), item.caption].join('\n');
}

describe('parsePage on random pages', () => {
  it('never throws, keeps every sentence, and is deterministic', () => {
    fc.assert(
      fc.property(page, (generated) => {
        const text = render(generated);
        const parsed = parsePage(text, 'random.txt');
        const output = parsed.items.map(itemText).join('\n');
        for (const s of generated.items.flatMap((item) => item.sentences)) {
          expect(output).toContain(s);
        }
        expect(parsePage(text, 'random.txt')).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every story and photo, with their bylines', () => {
    fc.assert(
      fc.property(page, (generated) => {
        const parsed = parsePage(render(generated), 'random.txt');
        const expectedKinds = generated.items.map((item) => (item.blocks.some((b) => b.startsWith('本报讯')) ? 'article' : 'photo'));
        expect(parsed.items.map((item) => item.kind)).toEqual(expectedKinds);
        for (const item of parsed.items) expect(item.bylines.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
