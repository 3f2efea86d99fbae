/**
 * The figures as a Markdown table or one JSON object (neither holds any corpus text, so either can
 * be kept), and the failure examples, which quote the corpus and so only ever go to the terminal.
 */
import { type Kind, KINDS } from './load.ts';
import type { Category, Failure, GoldCounts, LabelCounts, SeedCheck } from './score.ts';

export interface Results {
  corpus: string;
  /** The baseline file new and gone names were counted against. */
  baseline?: string;
  labels: Record<Kind, LabelCounts>;
  gold: Record<Kind, GoldCounts>;
  seed: SeedCheck;
  selection: {
    labelledPages: number;
    labels: number;
    /** Labels whose context fits several labelled pages equally: scored on all of them. */
    ambiguousLabels: number;
    /** Labels found on none of the labelled pages: scored as not output. */
    unplacedLabels: number;
    goldArticles: number;
    /** The gold file's ids are the ones ENTITIES.md's rule picks. */
    goldIdsMatchRule: boolean;
  };
  /** Files only: a problem's title may quote the page, and these figures hold no corpus text. */
  pipeline: { errorFiles: string[]; pagesWithoutItems: string[] };
  timing: { totalMs: number; loadMs: number; labelledMs: number; goldMs: number; seedMs: number };
}

const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)} %`);
const frac = (a: number, b: number) => (b === 0 ? '—' : `${a}/${b}`);
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function renderTable(r: Results): string {
  const head = ['kind', 'precision on labels', 'good kept', 'good lost', 'bad gone', 'bad still there', 'fixed', 'new unlabelled', 'roles ok', 'gold recall flat', 'gold recall nested', 'gold precision'];
  const rows = KINDS.map((kind) => {
    const l = r.labels[kind];
    const g = r.gold[kind];
    return [
      kind,
      pct(l.precision),
      String(l.goodKept),
      String(l.goodLost),
      String(l.badGone),
      String(l.badStill),
      frac(l.fixed, l.fixable),
      `${l.newUnlabelled} of ${l.outputs}${r.baseline ? ` (+${l.newSinceBaseline} −${l.goneSinceBaseline} since baseline)` : ''}`,
      kind === 'person' ? `${frac(l.rolesOk, l.rolesJudged)} (${pct(l.rolesOk / l.rolesJudged)})` : '—',
      `${pct(g.flat.recall)} (${frac(g.flat.found, g.flat.total)})`,
      `${pct(g.nested.recall)} (${frac(g.nested.found, g.nested.total)})`,
      `${pct(g.precision)} (${frac(g.correct, g.outputs)})`,
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const s = r.selection;
  const seed = r.seed.ok
    ? 'seed 000_b8044a892ed5c8e9: OK (its 9 persons and 3 enterprises, no more)'
    : `seed 000_b8044a892ed5c8e9: FAIL (${[r.seed.missing.length > 0 ? `missing ${r.seed.missing.join(', ')}` : '', r.seed.extra.length > 0 ? `extra ${r.seed.extra.join(', ')}` : ''].filter(Boolean).join('; ')})`;
  const notes = [
    `${s.labelledPages} labelled pages, ${s.labels} labels (${s.ambiguousLabels} on pages its context cannot tell apart, ${s.unplacedLabels} on none); ${s.goldArticles} gold articles${s.goldIdsMatchRule ? '' : ' (NOT the ids ENTITIES.md’s rule picks)'}`,
    ...(r.pipeline.errorFiles.length > 0 ? [`pipeline errors on ${r.pipeline.errorFiles.length} pages (listed on stderr): ${r.pipeline.errorFiles.join(', ')}`] : []),
    ...(r.pipeline.pagesWithoutItems.length > 0 ? [`pages the parser made no item of: ${r.pipeline.pagesWithoutItems.join(', ')}`] : []),
    seed,
    `run time ${sec(r.timing.totalMs)} (corpus ${sec(r.timing.loadMs)}, pipeline on labelled pages ${sec(r.timing.labelledMs)}, on gold articles ${sec(r.timing.goldMs)}, on the seed ${sec(r.timing.seedMs)})`,
  ];
  return [line(head), line(head.map(() => '---')), ...rows.map(line), '', ...notes].join('\n');
}

export const LEGEND = [
  'good kept / good lost: labels judged ok still output on their page with their kind / not (gone or another kind);',
  'bad gone / bad still there: labels judged wrong no longer output there / still output (any kind but kind_fix);',
  'fixed: corrections (fix span, kind_fix) now output on their page, of all, in the row of the corrected kind, each once, none itself labelled;',
  'precision on labels = (good kept + fixed) / (good kept + fixed + bad still there);',
  'new unlabelled: distinct names of that kind on the labelled pages that no label judged, of all it prints there (the labels are a',
  '  sample, so most were printed all along: --save-baseline FILE then --baseline FILE counts the names added and gone since);',
  'roles ok: labelled-ok persons still output whose roles satisfy the label (roles_ok true: all kept; false: the list no longer whole);',
  'gold recall: gold names (flat: without nested_only) found by name or alias among the outputs of their kind in their article;',
  'gold precision: outputs of that kind in the gold articles matching a gold name or alias of that kind.',
].join('\n');

export function renderJson(r: Results): string {
  return JSON.stringify(r, (_key, value: unknown) => (typeof value === 'number' && Number.isNaN(value) ? null : value), 2);
}

/** Where a failure's name is printed: the corpus article and an excerpt around it. */
export type Locate = (where: readonly string[], name: string) => { articleId: string; excerpt: string } | undefined;

/** Failures spread over the list rather than its first N, so the examples come from many pages. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

function pagesNote(f: Failure): string {
  if (f.where.length <= 1) return '';
  return f.category === 'new unlabelled' ? `  (on ${f.where.length} pages)` : `  (${f.where.length} pages fit its context)`;
}

export function renderExamples(failures: readonly Failure[], n: number, locate: Locate, only: { kinds: readonly Kind[]; categories: readonly Category[] }): string {
  const out: string[] = [];
  for (const category of only.categories) {
    for (const kind of only.kinds) {
      const all = failures.filter((f) => f.category === category && f.kind === kind).sort((a, b) => (a.where[0] ?? '').localeCompare(b.where[0] ?? '') || a.name.localeCompare(b.name));
      if (all.length === 0) {
        // an empty category is news too, but roles are judged for persons only
        if (category !== 'roles wrong' || kind === 'person') out.push('', `${category} — ${kind}: 0`);
        continue;
      }
      out.push('', `${category} — ${kind}: ${all.length}${all.length > n ? ` (${n} shown)` : ''}`);
      for (const f of spread(all, n)) {
        const at = locate(f.where, f.name);
        const where = at ? at.articleId : `${f.where.join(' | ') || '(no page)'}`;
        const text = at ? at.excerpt : f.context ? `(label context) ${f.context.replace(/\s+/gu, ' ').slice(0, 40)}` : '(not found in the text)';
        out.push(`  ${where}  ${f.name}  ${text}${f.note ? `  — ${f.note}` : ''}${pagesNote(f)}`);
      }
    }
  }
  return out.join('\n');
}
