// Invented text only: the corpus is test data that never enters the repository.
import { describe, expect, it } from 'vitest';
import type { NormPage } from './adapter.ts';
import { parseText } from './adapter.ts';
import { CLASSES } from './layouts/common.ts';
import { wrap } from './layouts/columns.ts';
import { plantContinuation } from './layouts/continuation.ts';
import { styledDateline } from './layouts/datelines.ts';
import { LAYOUTS } from './layouts/index.ts';
import { rngFor } from './prng.ts';
import { newSink } from './failures.ts';
import { failedPage, scorePage } from './score.ts';
import { classifyBody, namesOf, truthArticle } from './truth.ts';

const NB = '\u00a0';
const IND = '\u3000\u3000';
const BODY = [
  `${IND}本报北京3月2日电${NB}${NB}（记者王小明、李  华）某市今天召开座谈会，听取各方意见。`,
  `${IND}一、总体要求`,
  `${IND}会议指出，要把各项工作落到实处，确保取得实效。`,
  `${IND}本报记者${NB}${NB}赵${NB}${NB}云${NB}${NB}钱多多`,
  `${IND}会议要求，各部门要加强协作，形成合力，推动工作不断向前发展。`,
  `${IND}图为座谈会现场。`,
  `${IND}孙${NB}${NB}立摄（影像中国）`,
  '',
].join('\n');

const article = (seq: number, title: string, body = BODY) =>
  truthArticle({ id: `rmrb-20200302-01-0${seq}`, date: '2020-03-02', page: 1, seq, kicker: '', title, subtitle: '', body });

describe('truth rules', () => {
  it('joins a padded two-character name and drops role words', () => {
    expect(namesOf(`本报记者${NB}${NB}赵${NB}${NB}云${NB}${NB}钱多多`)).toEqual(['赵云', '钱多多']);
    expect(namesOf('某某某某某某某某')).toBeUndefined();
  });

  it('classifies datelines, heads, bylines, credits and paragraphs', () => {
    const lines = classifyBody(BODY);
    expect(lines.map((l) => l.kind)).toEqual(['paragraph', 'subhead', 'paragraph', 'byline', 'paragraph', 'paragraph', 'credit']);
    expect(lines[0]?.dateline?.prefix).toBe(`本报北京3月2日电${NB}${NB}（记者王小明、李  华）`);
    expect(lines[0]?.names).toEqual(['王小明', '李华']);
    expect(lines[6]?.names).toEqual(['孙立']);
  });

  it('calls a short unpunctuated line a head only when text follows it', () => {
    expect(classifyBody(`${IND}正文第一段。\n${IND}某某街道`).map((l) => l.kind)).toEqual(['paragraph', 'note']);
  });

  it('restyles a dateline from its own parts', () => {
    const d = classifyBody(BODY)[0]?.dateline;
    if (!d) throw new Error('no dateline');
    expect(styledDateline(d, 'bracket').prefix).toBe('【本报北京三月二日电】(记者王小明、李华)');
    expect(styledDateline(d, 'reported').prefix).toBe('本报北京3月2日电记者王小明、李华报道:');
  });
});

describe('layouts', () => {
  const input = (cls: string) => ({ pageId: '2020-03-02-p01', date: '2020-03-02', page: 1, articles: [article(1, '某市召开座谈会'), article(2, '另一条消息')], rng: rngFor('t', cls) });

  it('are deterministic for a seed and place every truth line', () => {
    for (const cls of CLASSES.filter((c) => c !== 'crawler')) {
      const a = LAYOUTS[cls].render(input(cls));
      expect(LAYOUTS[cls].render(input(cls)).text).toBe(a.text);
      for (const printed of a.articles) expect(printed.lines.every((l) => l !== undefined)).toBe(true);
    }
  });

  it('wraps at the measure and never starts a line with a closing mark', () => {
    const { lines } = wrap('一二三四五，六七八九十。', 5);
    expect(lines).toEqual(['一二三四五，', '六七八九十。']);
  });

  it('counts a middle dot a full em, as a Chinese font sets it', () => {
    expect(wrap('甲·乙', 10).lastWidth).toBe(3);
  });

  it('splits a long article over two pages of an edition with markers both ways', () => {
    const long = article(1, '长篇报道', Array.from({ length: 8 }, (_, i) => `${IND}第${i}段正文，内容充实。`).join('\n'));
    const planted = plantContinuation(
      [
        { pageId: 'p1', page: 1, articles: [long] },
        { pageId: 'p2', page: 2, articles: [article(2, '别的消息')] },
      ],
      () => true,
      rngFor('c'),
      1,
    );
    expect(planted.get('p1')?.[0]?.continuedOn).toBe(2);
    expect(planted.get('p2')?.some((a) => a.continuedFrom === 1)).toBe(true);
  });
});

describe('scoring', () => {
  it('gives full marks to a parse that is the truth', () => {
    const gen = LAYOUTS.epaper.render({ pageId: 'x', date: '2020-03-02', page: 1, articles: [article(1, '某市召开座谈会')], rng: rngFor('s') });
    const t = gen.articles[0]?.truth;
    if (!t) throw new Error('no article');
    const dl = t.lines[0]?.dateline;
    const perfect: NormPage = {
      facts: { ...gen.facts },
      advertisement: false,
      items: [
        {
          kind: 'photo',
          kicker: '',
          headline: t.title,
          subheadlines: [],
          column: '',
          dateline: '本报北京3月2日电',
          bylines: t.lines.flatMap((l) => l.names).map((name) => ({ name, role: '记者' })),
          blocks: t.lines
            .filter((l) => l.kind === 'paragraph' || l.kind === 'subhead')
            .map((l) => ({ kind: l.kind === 'subhead' ? 'subhead' : 'paragraph', text: l.dateline ? (dl?.rest ?? '') : l.text, caption: false })),
        },
      ],
    };
    const c = scorePage(gen, perfect);
    for (const m of ['headline.recall', 'headline.precision', 'paragraph.recall', 'paragraph.precision', 'subhead.recall', 'names.recall', 'names.precision', 'facts', 'kept'] as const) {
      expect([m, c.ratios[m].hit]).toEqual([m, c.ratios[m].of]);
    }
  });

  it('counts a page the parser threw on as failed, its truth as missed', () => {
    const gen = LAYOUTS.archive.render({ pageId: 'x', date: '2020-03-02', page: 1, articles: [article(1, '某市召开座谈会')], rng: rngFor('f') });
    const sink = newSink(1);
    const c = failedPage(gen, 'Error: boom', sink);
    expect(c.failed).toBe(1);
    expect(c.ratios['headline.recall']).toEqual({ hit: 0, of: 1 });
    expect(sink.types.get('archive|failed|parser threw')).toBe(1);
  });

  it('runs the real parser through the adapter', () => {
    expect(parseText('', 'empty.txt').ok).toBe(true);
  });
});
