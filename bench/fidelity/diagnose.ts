/**
 * Where a missed text went, or what a stray output is: the failure types `--failures` counts
 * (`merged with next`, `taken as kicker`, `a subhead line` …).
 */
import type { NormItem } from './adapter.ts';
import { ck, excerpt } from './text.ts';
import type { TruthArticle } from './truth.ts';

/** Where a truth paragraph's or subhead's text ended up, as a failure type and the block it is in. */
export function whereTextWent(key: string, items: readonly NormItem[], expected: 'paragraph' | 'subhead'): [string, string] {
  if (key === '') return ['empty', ''];
  let split: string | undefined;
  let altered: string | undefined;
  const head = key.slice(0, 8);
  for (const it of items) {
    for (const b of it.blocks) {
      const k = ck(b.text);
      if (k === key) return [b.kind === expected ? 'duplicate' : `as ${b.kind}`, excerpt(b.text)];
      if (k.includes(key)) {
        const where = k.startsWith(key) ? 'merged with next' : k.endsWith(key) ? 'merged with previous' : 'inside a longer block';
        return [where, excerpt(b.text)];
      }
      if (split === undefined && k.length >= 4 && key.includes(k)) split = excerpt(b.text);
      if (altered === undefined && k.startsWith(head)) altered = excerpt(b.text);
    }
  }
  if (split !== undefined) return ['split', `a piece: ${split}`];
  for (const it of items) {
    for (const [field, value] of [
      ['headline', it.headline],
      ['kicker', it.kicker],
      ['subheadline', it.subheadlines.join('')],
      ['dateline', it.dateline],
      ['column', it.column],
    ] as const) {
      const k = ck(value);
      if (k !== '' && (k.includes(key) || key.includes(k))) return [`in ${field}`, value];
    }
  }
  if (altered !== undefined) return ['altered', altered];
  return ['missing', ''];
}

export function whereHeadlineWent(title: string, items: readonly NormItem[], matched: number | undefined): [string, string] {
  const key = ck(title);
  const item = matched === undefined ? undefined : items[matched];
  if (item) {
    const h = ck(item.headline);
    if (h === '') return ['matched item has no headline', `item at line ${item.line ?? '?'}`];
    if (ck(item.kicker) === key) return ['taken as kicker', `headline ${JSON.stringify(item.headline)}`];
    if (item.subheadlines.some((s) => ck(s) === key)) return ['taken as subheadline', `headline ${JSON.stringify(item.headline)}`];
    if (h.includes(key)) return ['joined with other lines', item.headline];
    if (key.includes(h)) return ['partial', item.headline];
    return ['different headline', item.headline];
  }
  for (const it of items) {
    if (ck(it.kicker) === key) return ['taken as kicker', it.headline];
    if (it.subheadlines.some((s) => ck(s) === key)) return ['taken as subheadline', it.headline];
    if (ck(it.headline).includes(key)) return ['joined with other lines', it.headline];
    if (it.blocks.some((b) => ck(b.text).includes(key))) return ['in body', `item ${JSON.stringify(it.headline)}`];
  }
  return ['missing', ''];
}

export function whatHeadlineIs(headline: string, truth: readonly TruthArticle[], noise: readonly string[]): string {
  const key = ck(headline);
  if (noise.some((n) => ck(n) !== '' && key.includes(ck(n)))) return 'noise';
  for (const t of truth) {
    if (t.ad && ck(t.title) === key) return 'an ad';
    if (ck(t.kicker) === key) return 'a kicker';
    if (ck(t.subtitle) === key || ck(t.subtitle).includes(key)) return 'a subtitle';
    if (ck(t.title).includes(key)) return 'part of a title';
    if (key.includes(ck(t.title)) && t.title !== '') return 'title with more';
    for (const l of t.lines) {
      const k = ck(l.text);
      if (k === key) return `a ${l.kind} line`;
      if (k.includes(key)) return `part of a ${l.kind} line`;
    }
  }
  return 'other';
}

export function whatBlockIs(key: string, truth: readonly TruthArticle[], noise: readonly string[]): [string, string] {
  if (noise.some((n) => ck(n) !== '' && key.includes(ck(n)))) return ['contains noise', ''];
  for (const t of truth) {
    if ([t.title, t.kicker, t.subtitle].some((h) => h !== '' && ck(h) === key)) return ['a heading', key];
    for (const l of t.lines) {
      const k = ck(l.text);
      if (k === key) return [`a ${l.kind} line`, excerpt(l.text)];
    }
  }
  for (const t of truth) {
    for (let i = 0; i < t.lines.length; i++) {
      const k = ck((t.lines[i] as TruthArticle['lines'][number]).text);
      if (key.startsWith(k) && key.length > k.length) return ['runs past a line end', excerpt((t.lines[i] as { text: string }).text)];
      if (k.includes(key)) return ['a piece of a line', excerpt((t.lines[i] as { text: string }).text)];
    }
  }
  return ['other', ''];
}

