/**
 * Scores one parsed page against the truth its generator printed. Counts are kept as
 * numerator/denominator pairs so classes and variants add up exactly; failures are described
 * (what the truth was, where its text went) so the parser's engineer can see what broke.
 */
import type { NormItem, NormPage } from './adapter.ts';
import { whatBlockIs, whatHeadlineIs, whereHeadlineWent, whereTextWent } from './diagnose.ts';
import { type Failure, type FailureSink, contextLines, variantsText } from './failures.ts';
import type { GeneratedPage, PrintedFacts } from './layouts/common.ts';
import { itemTexts, matchArticles } from './match.ts';
import { ck, compact, countChars, excerpt, forgetCompacted } from './text.ts';
import type { TruthArticle } from './truth.ts';

export interface Ratio {
  hit: number;
  of: number;
}

export const METRICS = [
  'headline.recall',
  'headline.precision',
  'kicker.recall',
  'kicker.precision',
  'subtitle.recall',
  'subtitle.precision',
  'paragraph.recall',
  'paragraph.precision',
  'subhead.recall',
  'subhead.precision',
  'names.recall',
  'names.precision',
  'facts',
  'continuations',
  'kept',
  'ads',
] as const;
export type Metric = (typeof METRICS)[number];

export interface Counts {
  pages: number;
  failed: number;
  /** Navigation or running-head lines found inside parsed text (must be 0). */
  noise: number;
  /** Truth paragraphs whose end nothing in the text shows (columns without indent). */
  ambiguous: number;
  ratios: Record<Metric, Ratio>;
}

export function emptyCounts(): Counts {
  const ratios = {} as Record<Metric, Ratio>;
  for (const m of METRICS) ratios[m] = { hit: 0, of: 0 };
  return { pages: 0, failed: 0, noise: 0, ambiguous: 0, ratios };
}

export function addCounts(into: Counts, c: Counts): void {
  into.pages += c.pages;
  into.failed += c.failed;
  into.noise += c.noise;
  into.ambiguous += c.ambiguous;
  for (const m of METRICS) {
    into.ratios[m].hit += c.ratios[m].hit;
    into.ratios[m].of += c.ratios[m].of;
  }
}

/** Everything scoring one page needs, built once. */
class PageScorer {
  readonly counts = emptyCounts();
  private readonly lines: string[];
  private readonly truthArticles: TruthArticle[];
  private readonly matchOf: (number | undefined)[];
  private readonly examplesHere = new Map<string, number>();

  constructor(
    private readonly gen: GeneratedPage,
    private readonly parsed: NormPage,
    private readonly sink: FailureSink | undefined,
  ) {
    this.lines = sink && sink.limit > 0 ? gen.text.split(/\r?\n/u) : [];
    this.truthArticles = gen.articles.map((a) => a.truth);
    this.matchOf = matchArticles(gen.articles, parsed.items);
  }

  /** Records a failure; `find` is parsed text to look up in the page, so the example points at it. */
  fail(metric: Failure['metric'], type: string, truth: string, parsed: string, line?: number, find?: string): void {
    if (!this.sink) return;
    const key = `${metric}|${type}`;
    this.sink.types.set(`${this.gen.cls}|${key}`, (this.sink.types.get(`${this.gen.cls}|${key}`) ?? 0) + 1);
    if (this.sink.limit <= 0) return;
    const bucket = `${this.gen.cls}|${metric}`;
    const list = this.sink.examples.get(bucket) ?? [];
    const here = this.examplesHere.get(bucket) ?? 0;
    if (list.length >= this.sink.limit || here >= this.sink.perPage) return;
    this.examplesHere.set(bucket, here + 1);
    if (find !== undefined) line = this.locate(find) ?? line;
    list.push({
      metric,
      type,
      cls: this.gen.cls,
      variants: variantsText(this.gen),
      pageId: this.gen.pageId,
      file: this.gen.file,
      ...(line !== undefined ? { line } : {}),
      truth,
      parsed,
      context: contextLines(this.lines, line),
    });
    this.sink.examples.set(bucket, list);
  }

  /** The line where `text` starts in the generated page (its opening may wrap onto the next line). */
  private locate(text: string): number | undefined {
    const head = compact(text).slice(0, 8);
    if (head === '') return undefined;
    for (let i = 0; i < this.lines.length; i++) {
      if (compact((this.lines[i] ?? '') + (this.lines[i + 1] ?? '')).includes(head) && !compact(this.lines[i + 1] ?? '').includes(head)) return i + 1;
    }
    return undefined;
  }

  private ratio(m: Metric, hit: boolean): void {
    this.counts.ratios[m].of++;
    if (hit) this.counts.ratios[m].hit++;
  }

  run(): Counts {
    this.counts.pages = 1;
    this.headlines();
    this.kickersAndSubtitles();
    this.paragraphs();
    this.subheads();
    this.names();
    this.facts();
    this.noise();
    this.continuations();
    this.kept();
    this.ads();
    return this.counts;
  }

  private headlines(): void {
    const items = this.parsed.items;
    const used = new Set<number>();
    const pool = new Map<string, number[]>();
    items.forEach((it, i) => {
      const key = ck(it.headline);
      if (key !== '') pushTo(pool, key, i);
    });
    this.gen.articles.forEach((a, ai) => {
      const t = a.truth;
      if (t.ad || t.title === '') return;
      const key = ck(t.title);
      const i = (pool.get(key) ?? []).find((j) => !used.has(j));
      if (i !== undefined) used.add(i);
      this.ratio('headline.recall', i !== undefined);
      if (i === undefined) {
        const [type, got] = whereHeadlineWent(t.title, items, this.matchOf[ai]);
        this.fail('headline.recall', type, t.title, got, a.span.start);
      }
    });
    items.forEach((it, i) => {
      if (ck(it.headline) === '') return;
      this.ratio('headline.precision', used.has(i));
      if (!used.has(i)) this.fail('headline.precision', whatHeadlineIs(it.headline, this.truthArticles, this.gen.noise), '', it.headline, it.line, it.headline);
    });
  }

  private kickersAndSubtitles(): void {
    const items = this.parsed.items;
    const matchedTruth = new Map<number, TruthArticle>();
    this.matchOf.forEach((i, ai) => {
      if (i !== undefined) matchedTruth.set(i, this.gen.articles[ai]?.truth as TruthArticle);
    });
    this.gen.articles.forEach((a, ai) => {
      const t = a.truth;
      if (t.ad) return;
      const item = this.matchOf[ai] === undefined ? undefined : items[this.matchOf[ai] as number];
      if (t.kicker) {
        const ok = item !== undefined && ck(item.kicker) === ck(t.kicker);
        this.ratio('kicker.recall', ok);
        if (!ok) this.fail('kicker.recall', item ? (item.kicker ? 'different kicker' : 'no kicker') : 'article not matched', t.kicker, item ? `kicker ${JSON.stringify(item.kicker)} headline ${JSON.stringify(item.headline)}` : '', a.span.start);
      }
      if (t.subtitle) {
        const got = item ? item.subheadlines.join('') : '';
        const ok = item !== undefined && ck(got) === ck(t.subtitle);
        this.ratio('subtitle.recall', ok);
        if (!ok) this.fail('subtitle.recall', item ? (got ? 'different subheadlines' : 'no subheadlines') : 'article not matched', t.subtitle, item ? `subheadlines ${JSON.stringify(item.subheadlines)}` : '', a.span.start);
      }
    });
    items.forEach((it, i) => {
      const t = matchedTruth.get(i);
      if (it.kicker) {
        const ok = t !== undefined && ck(it.kicker) === ck(t.kicker);
        this.ratio('kicker.precision', ok);
        if (!ok) this.fail('kicker.precision', t ? (t.kicker ? 'different kicker' : 'truth has none') : 'item not matched', t?.kicker ?? '', it.kicker, it.line, it.kicker);
      }
      if (it.subheadlines.length > 0) {
        const ok = t !== undefined && ck(it.subheadlines.join('')) === ck(t.subtitle);
        this.ratio('subtitle.precision', ok);
        if (!ok) this.fail('subtitle.precision', t ? (t.subtitle ? 'different subtitle' : 'truth has none') : 'item not matched', t?.subtitle ?? '', it.subheadlines.join(' / '), it.line, it.subheadlines[0]);
      }
    });
  }

  /** Parsed blocks of one kind, flattened with their item. */
  private blocks(kind: 'paragraph' | 'subhead'): { key: string; text: string; item: NormItem; used: boolean }[] {
    return this.parsed.items.flatMap((item) =>
      item.blocks.filter((b) => b.kind === kind).map((b) => ({ key: ck(b.text), text: b.text, item, used: false })),
    );
  }

  private neutralKeys(): Set<string> {
    const keys = new Set<string>();
    for (const t of this.truthArticles) for (const l of t.lines) if (l.kind === 'note') keys.add(ck(l.text));
    return keys;
  }

  private paragraphs(): void {
    const blocks = this.blocks('paragraph');
    const byKey = new Map<string, number[]>();
    blocks.forEach((b, i) => pushTo(byKey, b.key, i));
    this.gen.articles.forEach((a, ai) => {
      a.truth.lines.forEach((l, li) => {
        if (l.kind !== 'paragraph' || a.truth.ad) return;
        const key = ck(l.text);
        if (this.gen.ambiguous.has(`${ai}:${li}`)) this.counts.ambiguous++;
        let hit = (byKey.get(key) ?? []).find((i) => !blocks[i]?.used);
        if (hit === undefined && l.dateline) {
          // the parser took the dateline (and perhaps its bylines) off the paragraph: what it removed
          // opens with the item's dateline, or is exactly the printed dateline (a second story's)
          const printed = ck(l.dateline.prefix).replace(OPENING_BRACKETS, '');
          hit = blocks.findIndex((b) => {
            if (b.used || b.key === '' || !key.endsWith(b.key)) return false;
            const removed = key.slice(0, key.length - b.key.length).replace(OPENING_BRACKETS, '');
            const dateline = ck(b.item.dateline).replace(OPENING_BRACKETS, '');
            return (dateline !== '' && removed.startsWith(dateline)) || removed === printed;
          });
          if (hit < 0) hit = undefined;
        }
        if (hit !== undefined) (blocks[hit] as { used: boolean }).used = true;
        this.ratio('paragraph.recall', hit !== undefined);
        if (hit === undefined) {
          const [type, got] = whereTextWent(key, this.parsed.items, 'paragraph');
          const amb = this.gen.ambiguous.has(`${ai}:${li}`) ? ' (ambiguous end)' : '';
          this.fail('paragraph.recall', type + amb, excerpt(l.text), got, a.lines[li]?.start);
        }
      });
    });
    const neutral = this.neutralKeys();
    for (const b of blocks) {
      if (!b.used && neutral.has(b.key)) continue;
      this.ratio('paragraph.precision', b.used);
      if (!b.used) {
        const [type, truth] = whatBlockIs(b.key, this.truthArticles, this.gen.noise);
        this.fail('paragraph.precision', type, truth, excerpt(b.text), b.item.line, b.text);
      }
    }
  }

  private subheads(): void {
    const blocks = this.blocks('subhead');
    const byKey = new Map<string, number[]>();
    blocks.forEach((b, i) => pushTo(byKey, b.key, i));
    this.gen.articles.forEach((a) => {
      a.truth.lines.forEach((l, li) => {
        if (l.kind !== 'subhead') return;
        const hit = (byKey.get(ck(l.text)) ?? []).find((i) => !blocks[i]?.used);
        if (hit !== undefined) (blocks[hit] as { used: boolean }).used = true;
        this.ratio('subhead.recall', hit !== undefined);
        if (hit === undefined) {
          const [type, got] = whereTextWent(ck(l.text), this.parsed.items, 'subhead');
          this.fail('subhead.recall', type, l.text, got, a.lines[li]?.start);
        }
      });
    });
    const neutral = this.neutralKeys();
    for (const b of blocks) {
      if (!b.used && neutral.has(b.key)) continue;
      this.ratio('subhead.precision', b.used);
      if (!b.used) {
        const [type, truth] = whatBlockIs(b.key, this.truthArticles, this.gen.noise);
        this.fail('subhead.precision', type, truth, excerpt(b.text), b.item.line, b.text);
      }
    }
  }

  private names(): void {
    const parsed = new Map<string, number>();
    for (const it of this.parsed.items) for (const b of it.bylines) {
      const key = ck(b.name);
      if (key) parsed.set(key, (parsed.get(key) ?? 0) + 1);
    }
    const remaining = new Map(parsed);
    const truth = new Map<string, number>();
    for (const a of this.gen.articles) {
      if (a.truth.ad) continue;
      a.truth.lines.forEach((l, li) => {
        for (const name of l.names) {
          const key = ck(name);
          truth.set(key, (truth.get(key) ?? 0) + 1);
          const left = remaining.get(key) ?? 0;
          if (left > 0) remaining.set(key, left - 1);
          this.ratio('names.recall', left > 0);
          if (left <= 0) this.fail('names.recall', `from a ${l.dateline ? 'dateline' : l.kind} line`, `${name}  (in: ${excerpt(l.text, 30, 6)})`, '', a.lines[li]?.start);
        }
      });
    }
    for (const [key, n] of parsed) {
      const ok = Math.min(n, truth.get(key) ?? 0);
      for (let k = 0; k < n; k++) {
        this.ratio('names.precision', k < ok);
        if (k >= ok) {
          const item = this.parsed.items.find((it) => it.bylines.some((b) => ck(b.name) === key));
          this.fail('names.precision', /[^\p{Script=Han}·]/u.test(key) || [...key].length > 4 ? 'not a name' : 'name not in truth', '', key, item?.line, key);
        }
      }
    }
  }

  private facts(): void {
    const printed = this.gen.facts;
    const keys = Object.keys(printed) as (keyof PrintedFacts)[];
    const decoys = Object.entries(this.gen.decoys) as [keyof PrintedFacts, unknown][];
    if (keys.length === 0 && decoys.length === 0) return;
    const got = this.parsed.facts;
    const wrong = keys.filter((k) => got[k] !== printed[k]);
    // a value read from the page's noise (the crawl date) is wrong even where the page printed none
    const fooled = decoys.filter(([k, v]) => printed[k] === undefined && got[k] === v).map(([k]) => k);
    const ok = wrong.length === 0 && fooled.length === 0;
    this.ratio('facts', ok);
    if (!ok) {
      const why = (k: keyof PrintedFacts) => (got[k] === undefined ? `${k} missing` : got[k] === this.gen.decoys[k] ? `${k} from noise` : `${k} wrong`);
      const type = [...wrong.map(why), ...fooled.map((k) => `${k} from noise`)].join(', ');
      this.fail('facts', type, JSON.stringify(printed), JSON.stringify(got), 1);
    }
  }

  private noise(): void {
    const keys = [...new Set(this.gen.noise.map(compact).filter((k) => k !== ''))];
    if (keys.length === 0) return;
    for (const it of this.parsed.items) {
      for (const text of itemTexts(it)) {
        const c = ck(text);
        for (const k of keys) {
          if (!c.includes(k)) continue;
          this.counts.noise++;
          const at = this.lines.findIndex((l) => ck(l) === k);
          this.fail('noise', 'navigation in text', k, excerpt(text), at >= 0 ? at + 1 : it.line);
        }
      }
    }
  }

  private continuations(): void {
    const items = this.parsed.items;
    const allText = items.flatMap((it) => itemTexts(it).map(compact));
    for (const c of this.gen.continuations) {
      const matched = this.matchOf[c.article];
      const candidates = matched === undefined ? items : [items[matched] as NormItem];
      const reported = candidates.some((it) => (c.dir === 'on' ? it.continuedOn : it.continuedFrom) === c.page);
      const core = ck(c.marker).replace(/^[(（]|[)）]$/gu, '');
      const left = allText.some((t) => t.includes(core));
      const ok = reported && !left;
      this.ratio('continuations', ok);
      if (!ok) {
        const item = matched === undefined ? undefined : items[matched];
        const what = item ? `continuedOn ${item.continuedOn ?? '—'} continuedFrom ${item.continuedFrom ?? '—'}` : 'article not matched';
        this.fail('continuations', [reported ? '' : 'page not reported', left ? 'marker left in text' : ''].filter(Boolean).join(', '), `${c.marker} → page ${c.page}`, what, c.line);
      }
    }
  }

  private kept(): void {
    const truth = new Map<number, number>();
    const add = (map: Map<number, number>, text: string) => countChars(text, map);
    for (const t of this.truthArticles) {
      if (t.ad) continue;
      for (const h of [t.kicker, t.title, t.subtitle, t.column ?? '']) add(truth, h);
      for (const l of t.lines) if (l.kind !== 'byline' && l.kind !== 'credit') add(truth, l.text);
    }
    const out = new Map<number, number>();
    for (const it of this.parsed.items) {
      for (const text of itemTexts(it)) add(out, text);
      for (const b of it.bylines) add(out, b.name + b.role);
    }
    let kept = 0;
    let total = 0;
    for (const [ch, n] of truth) {
      total += n;
      kept += Math.min(n, out.get(ch) ?? 0);
    }
    this.counts.ratios.kept.hit += kept;
    this.counts.ratios.kept.of += total;
    if (total > 0 && kept / total < 0.99) {
      const outText = ck(this.parsed.items.flatMap(itemTexts).join(''));
      const dropped = this.gen.articles.flatMap((a) =>
        a.truth.lines
          .map((l, li) => ({ l, line: a.lines[li]?.start }))
          .filter(({ l }) => l.kind !== 'byline' && l.kind !== 'credit' && !outText.includes(middle(ck(l.text)))),
      );
      const first = dropped[0];
      this.fail('kept', 'characters lost', `${total - kept} of ${total} characters; ${dropped.length} lines not found`, first ? `first lost line: ${excerpt(first.l.text)}` : '', first?.line);
    }
  }

  private ads(): void {
    const adOnly = this.truthArticles.length > 0 && this.truthArticles.every((t) => t.ad);
    if (!adOnly) return;
    const ok = this.parsed.advertisement && this.parsed.items.length === 0;
    this.ratio('ads', ok);
    if (!ok) this.fail('ads', this.parsed.advertisement ? 'items on an ad page' : 'not flagged', 'an ad-only page', `advertisement ${this.parsed.advertisement}, ${this.parsed.items.length} items`, 1);
  }
}

/** An archive dateline's bracket is the parser's to keep or drop: `【新华社…电】`. */
const OPENING_BRACKETS = /^[【\[(]+/u;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A sample from the middle of a line: found in the output unless the line was lost. */
const middle = (key: string) => (key.length <= 12 ? key : key.slice(Math.floor(key.length / 2) - 6, Math.floor(key.length / 2) + 6));

export function scorePage(gen: GeneratedPage, parsed: NormPage, sink?: FailureSink): Counts {
  forgetCompacted();
  return new PageScorer(gen, parsed, sink).run();
}

/** A page the parser threw on: counted, reported, and its truth counted as missed. */
export function failedPage(gen: GeneratedPage, error: string, sink?: FailureSink): Counts {
  const counts = new PageScorer(gen, { facts: {}, items: [], advertisement: false }, undefined).run();
  counts.failed = 1;
  if (sink) {
    const scorer = new PageScorer(gen, { facts: {}, items: [], advertisement: false }, sink);
    scorer.fail('failed', 'parser threw', '', error, 1);
  }
  return counts;
}
