/** Tables and failure listings for the terminal, and the one JSON object of `--json`. */
import type { ClassName } from './layouts/common.ts';
import type { Failure, FailureSink } from './failures.ts';
import { type Counts, METRICS, type Metric, type Ratio } from './score.ts';

export interface Results {
  seed: string;
  corpus: string;
  classes: Map<ClassName, Counts>;
  /** `class|key=value` → counts of the pages printed in that variant. */
  variants: Map<string, Counts>;
  timing: { totalMs: number; loadMs: number; parseMs: Map<ClassName, number>; generateMs: number; scoreMs: number; slowest: { page: string; ms: number } };
  seedCheck: { items: number; ok: boolean; error?: string };
  sink: FailureSink;
}

const COLUMNS: { head: string; metric?: Metric; value?: (c: Counts) => string }[] = [
  { head: 'pages', value: (c) => String(c.pages) },
  { head: 'failed', value: (c) => String(c.failed) },
  { head: 'head R', metric: 'headline.recall' },
  { head: 'head P', metric: 'headline.precision' },
  { head: 'kick R', metric: 'kicker.recall' },
  { head: 'kick P', metric: 'kicker.precision' },
  { head: 'sub R', metric: 'subtitle.recall' },
  { head: 'sub P', metric: 'subtitle.precision' },
  { head: 'para R', metric: 'paragraph.recall' },
  { head: 'para P', metric: 'paragraph.precision' },
  { head: 'subh R', metric: 'subhead.recall' },
  { head: 'subh P', metric: 'subhead.precision' },
  { head: 'names R', metric: 'names.recall' },
  { head: 'names P', metric: 'names.precision' },
  { head: 'facts', metric: 'facts' },
  { head: 'noise', value: (c) => String(c.noise) },
  { head: 'cont', metric: 'continuations' },
  { head: 'kept', metric: 'kept' },
  { head: 'ads', metric: 'ads' },
  { head: 'amb', value: (c) => (c.ambiguous === 0 ? '' : pct({ hit: c.ambiguous, of: c.ratios['paragraph.recall'].of })) },
];

export const share = (r: Ratio): number | null => (r.of === 0 ? null : r.hit / r.of);
const pct = (r: Ratio) => {
  const s = share(r);
  return s === null ? '—' : (100 * s).toFixed(1);
};

function row(label: string, c: Counts): string {
  const cells = COLUMNS.map((col) => (col.metric ? pct(c.ratios[col.metric]) : (col.value?.(c) ?? '')));
  return `| ${label} | ${cells.join(' | ')} |`;
}

function table(title: string, rows: [string, Counts][]): string[] {
  return [
    `| ${title} | ${COLUMNS.map((c) => c.head).join(' | ')} |`,
    `| --- | ${COLUMNS.map(() => '---:').join(' | ')} |`,
    ...rows.map(([label, c]) => row(label, c)),
  ];
}

const LEGEND = [
  'R/P: recall/precision in %. head: headlines; kick: kickers (引题); sub: subtitles (副题); para: paragraphs with exact',
  'boundaries; subh: 小标题; names: byline names; facts: pages whose printed facts were all read right; noise: navigation or',
  'running-head lines found in parsed text (count, must be 0); cont: continuation markers resolved; kept: Han/Latin/digit',
  'characters of the truth found in the output; ads: ad-only pages flagged with no items; amb: paragraph ends nothing in',
  'the text shows (columns without indent), a ceiling on para R. —: nothing to measure. crawler pages are files (one article each).',
];

export function renderText(r: Results, failures: number): string {
  const out: string[] = [];
  out.push(`# Parser fidelity on ${r.corpus} (seed ${r.seed})`, '');
  out.push(...table('class', [...r.classes]), '');
  out.push(...table('variant', [...r.variants].map(([k, c]) => [k.replace('|', ' · '), c] as [string, Counts])), '');
  out.push(...LEGEND, '');
  out.push(`seed page: ${r.seedCheck.ok ? 'OK' : 'FAIL'}: seeds/000_b8044a892ed5c8e9.txt parses into ${r.seedCheck.items} items (expected 4)${r.seedCheck.error ? `: ${r.seedCheck.error}` : ''}`);
  const t = r.timing;
  const parse = [...t.parseMs].map(([c, ms]) => `${c} ${(ms / 1000).toFixed(1)} s`).join(', ');
  out.push(`time: ${(t.totalMs / 1000).toFixed(1)} s (load ${(t.loadMs / 1000).toFixed(1)} s, generate ${(t.generateMs / 1000).toFixed(1)} s, parse ${parse}, score ${(t.scoreMs / 1000).toFixed(1)} s); slowest parse ${t.slowest.ms.toFixed(0)} ms (${t.slowest.page})`);
  if (failures > 0) out.push('', ...renderFailures(r, failures));
  return out.join('\n');
}

function renderFailures(r: Results, limit: number): string[] {
  const out: string[] = [];
  for (const cls of r.classes.keys()) {
    for (const metric of [...METRICS, 'noise', 'failed'] as const) {
      const types = [...r.sink.types]
        .filter(([k]) => k.startsWith(`${cls}|${metric}|`))
        .map(([k, n]) => [k.split('|')[2] ?? '', n] as const)
        .sort((x, y) => y[1] - x[1]);
      if (types.length === 0) continue;
      const total = types.reduce((s, [, n]) => s + n, 0);
      out.push(`## ${cls} · ${metric}: ${total} failures — ${types.map(([t, n]) => `${t} ${n}`).join(' · ')}`);
      for (const f of (r.sink.examples.get(`${cls}|${metric}`) ?? []).slice(0, limit)) out.push(...renderFailure(f));
      out.push('');
    }
  }
  return out;
}

function renderFailure(f: Failure): string[] {
  return [
    `- ${f.file}${f.line !== undefined ? `:${f.line}` : ''}  [${f.variants}]  ${f.type}`,
    ...(f.truth ? [`    truth : ${f.truth}`] : []),
    ...(f.parsed ? [`    parsed: ${f.parsed}`] : []),
    ...f.context.map((l) => `    ${l}`),
  ];
}

function countsJson(c: Counts) {
  const metrics: Record<string, number | null> = {};
  for (const m of METRICS) metrics[m] = share(c.ratios[m]);
  return { pages: c.pages, failed: c.failed, noise: c.noise, ambiguous: c.ambiguous, metrics, ratios: c.ratios };
}

export function renderJson(r: Results, failures: number): string {
  const types: Record<string, number> = {};
  for (const [k, n] of [...r.sink.types].sort()) types[k] = n;
  return JSON.stringify({
    corpus: r.corpus,
    seed: r.seed,
    classes: Object.fromEntries([...r.classes].map(([k, c]) => [k, countsJson(c)])),
    variants: Object.fromEntries([...r.variants].map(([k, c]) => [k, countsJson(c)])),
    seedPage: r.seedCheck,
    timing: { ...r.timing, parseMs: Object.fromEntries(r.timing.parseMs) },
    failureTypes: types,
    ...(failures > 0 ? { failures: Object.fromEntries([...r.sink.examples].map(([k, v]) => [k, v.slice(0, failures)])) } : {}),
  });
}
