/**
 * Pure scoring: the pipeline's outputs against the precision labels, the recall gold and the seed
 * page. Failures are returned as data (where, kind, name, why) for the report to excerpt.
 */
import type { Output } from './adapter.ts';
import type { PlacedLabel } from './attribute.ts';
import { type GoldArticle, KINDS, type Kind, type Label } from './load.ts';
import { norm } from './text.ts';

export type Category = 'bad still there' | 'good lost' | 'roles wrong' | 'new unlabelled' | 'gold missed' | 'gold false positive';
export const CATEGORIES: readonly Category[] = ['bad still there', 'good lost', 'roles wrong', 'new unlabelled', 'gold missed', 'gold false positive'];

export interface Failure {
  category: Category;
  kind: Kind;
  /** Page keys (labelled pages) or the gold article's id: where to look. */
  where: string[];
  name: string;
  /** What the output or the label says beyond the name (its roles, the labeller's reason, another kind). */
  note?: string;
  /** The label's own context, shown when the name cannot be found in the text. */
  context?: string;
}

export interface LabelCounts {
  labels: number;
  /** `ok`, still output with its kind on its page. */
  goodKept: number;
  /** `ok`, no longer output with its kind there (gone, or output as another kind). */
  goodLost: number;
  /** Not `ok`, no longer output there. */
  badGone: number;
  /** Not `ok`, still output there (any kind but the one `kind_fix` names). */
  badStill: number;
  /** Corrections (`fix` or `kind_fix`) of this kind now output on their page: distinct, and none that is itself labelled. */
  fixed: number;
  /** Corrections of this kind, counted the same way. */
  fixable: number;
  /** (good kept + fixed) / (good kept + fixed + bad still there). */
  precision: number;
  /** Distinct names of this kind output on the labelled pages. */
  outputs: number;
  /** Of those, names no label judged in this kind. */
  newUnlabelled: number;
  /** Of the unlabelled names, those the baseline run did not print (0 without a baseline). */
  newSinceBaseline: number;
  /** Names of this kind the baseline run printed and this one does not (0 without a baseline). */
  goneSinceBaseline: number;
  /** `ok` persons still output, with `roles_ok` judged. */
  rolesJudged: number;
  /** Of those, the output's roles satisfy the label. */
  rolesOk: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

function emptyLabelCounts(): LabelCounts {
  return { labels: 0, goodKept: 0, goodLost: 0, badGone: 0, badStill: 0, fixed: 0, fixable: 0, precision: Number.NaN, outputs: 0, newUnlabelled: 0, newSinceBaseline: 0, goneSinceBaseline: 0, rolesJudged: 0, rolesOk: 0 };
}

/** The (kind, name) pairs a label passed judgement on: the name as found and its correction. */
function judged(label: Label): string[] {
  const pairs = [`${label.kind}\u0000${norm(label.name)}`];
  if (label.fix !== null || label.kindFix !== null) pairs.push(`${label.kindFix ?? label.kind}\u0000${norm(label.fix ?? label.name)}`);
  return pairs;
}

/**
 * Whether a person's roles now satisfy its label. `roles_ok: true`: every labelled role is still
 * given (new roles nobody judged are not held against it). `roles_ok: false`: the label rejects
 * the list without saying which role is wrong (a 副 dropped, a mis-cut, two people of one name
 * merged), so the list must no longer be given whole: a single wrong role gone, or a merge undone.
 */
export function rolesSatisfy(label: Pick<Label, 'roles' | 'rolesOk'>, roles: readonly string[]): boolean {
  const kept = label.roles.every((role) => roles.includes(role));
  return label.rolesOk === true ? kept : !kept;
}

/**
 * Precision on the labels, per kind. `baseline` is an earlier run's outputs on the same pages
 * (`kind\u0000name` pairs): the labels are a sample, so most unlabelled names were printed all
 * along, and only a baseline tells the ones a rule change added.
 */
export function scoreLabels(placed: readonly PlacedLabel[], outputsOn: (pageKey: string) => readonly Output[], pageKeys: readonly string[], baseline?: ReadonlySet<string>) {
  const counts = Object.fromEntries(KINDS.map((k) => [k, emptyLabelCounts()])) as Record<Kind, LabelCounts>;
  const failures: Failure[] = [];
  const labelledNames = new Set(placed.map(({ label }) => `${label.kind}\u0000${norm(label.name)}`));
  const fixes = new Map<string, { label: Label; outs: Output[] }>();
  for (const { label, pages } of placed) {
    const c = counts[label.kind];
    c.labels++;
    const outs = pages.flatMap(outputsOn);
    const named = outs.filter((o) => o.key === norm(label.name));
    const asKind = named.find((o) => o.kind === label.kind);
    const otherKinds = [...new Set(named.filter((o) => o.kind !== label.kind).map((o) => o.kind))];
    if (label.ok) {
      if (asKind) c.goodKept++;
      else {
        c.goodLost++;
        const note = otherKinds.length > 0 ? `now output as ${otherKinds.join(', ')}` : undefined;
        failures.push({ category: 'good lost', kind: label.kind, where: pages, name: label.name, context: label.context, ...(note ? { note } : {}) });
      }
      if (label.kind === 'person' && asKind && label.rolesOk !== null) {
        c.rolesJudged++;
        if (rolesSatisfy(label, asKind.roles)) c.rolesOk++;
        else {
          const said = label.rolesOk ? 'judged right, not all kept' : `judged wrong, still all given${label.why ? `: ${label.why}` : ''}`;
          failures.push({ category: 'roles wrong', kind: 'person', where: pages, name: label.name, note: `output roles ${fmtRoles(asKind.roles)}; labelled ${fmtRoles(label.roles)} ${said}` });
        }
      }
    } else {
      // the correction may keep the name and change only the kind: output in that kind is the fix, not the error
      const sameNameFix = label.kindFix !== null && (label.fix === null || norm(label.fix) === norm(label.name));
      const still = named.filter((o) => !(sameNameFix && o.kind === label.kindFix));
      if (still.length > 0) {
        c.badStill++;
        const kinds = [...new Set(still.map((o) => o.kind))].filter((k) => k !== label.kind);
        const note = [label.why, kinds.length > 0 ? `now output as ${kinds.join(', ')}` : ''].filter(Boolean).join('; ');
        failures.push({ category: 'bad still there', kind: label.kind, where: pages, name: label.name, context: label.context, ...(note ? { note } : {}) });
      } else c.badGone++;
      if (label.fix !== null || label.kindFix !== null) fixes.set(`${label.kindFix ?? label.kind}\u0000${norm(label.fix ?? label.name)}`, { label, outs });
    }
  }
  // A correction counts once however many wrong spans it corrects, and not at all when it is itself
  // a labelled name: that one is already counted as kept or lost.
  for (const [pair, { label, outs }] of fixes) {
    if (labelledNames.has(pair)) continue;
    const fixKind = label.kindFix ?? label.kind;
    const fixKey = norm(label.fix ?? label.name);
    counts[fixKind].fixable++;
    if (outs.some((o) => o.kind === fixKind && o.key === fixKey)) counts[fixKind].fixed++;
  }

  // A name judged anywhere is judged: the labels are entities of the whole set of pages, each quoted once.
  const covered = new Set(placed.flatMap(({ label }) => judged(label)));
  const seen = new Map<string, { output: Output; pages: string[] }>();
  for (const key of pageKeys) {
    for (const o of outputsOn(key)) {
      if (!isKind(o.kind)) continue;
      const id = `${o.kind}\u0000${o.key}`;
      const entry = seen.get(id);
      if (entry) entry.pages.push(key);
      else seen.set(id, { output: o, pages: [key] });
    }
  }
  for (const [id, { output, pages }] of seen) {
    const kind = output.kind as Kind;
    counts[kind].outputs++;
    if (covered.has(id)) continue;
    counts[kind].newUnlabelled++;
    const sinceBaseline = baseline !== undefined && !baseline.has(id);
    if (sinceBaseline) counts[kind].newSinceBaseline++;
    // with a baseline, only the names it did not have are worth reading
    if (baseline !== undefined && !sinceBaseline) continue;
    failures.push({ category: 'new unlabelled', kind, where: pages, name: output.name, ...(kind === 'person' && output.roles.length > 0 ? { note: `roles ${fmtRoles(output.roles)}` } : {}) });
  }
  for (const id of baseline ?? []) {
    const kind = id.slice(0, id.indexOf('\u0000'));
    if (isKind(kind) && !seen.has(id)) counts[kind].goneSinceBaseline++;
  }
  for (const c of Object.values(counts)) c.precision = ratio(c.goodKept + c.fixed, c.goodKept + c.fixed + c.badStill);
  return { counts, failures, outputs: [...seen.keys()] };
}

function fmtRoles(roles: readonly string[]): string {
  return roles.length === 0 ? '(none)' : roles.join('、');
}

export interface GoldCounts {
  /** Gold names without the `nested_only` ones, and how many were found. */
  flat: { found: number; total: number; recall: number };
  /** Every gold name. */
  nested: { found: number; total: number; recall: number };
  /** Distinct outputs of this kind in the gold articles, and how many match a gold name or alias of this kind. */
  outputs: number;
  correct: number;
  precision: number;
}

/**
 * Recall and precision on the gold articles. A gold name is found when an output of its kind
 * mentioned in that article has, as its name or one of its aliases, the gold name or one of its
 * aliases. Precision counts every gold name, nested ones too, as correct.
 */
export function scoreGold(gold: readonly GoldArticle[], outputsOf: (articleId: string) => readonly Output[]) {
  const counts = Object.fromEntries(
    KINDS.map((k) => [k, { flat: { found: 0, total: 0, recall: Number.NaN }, nested: { found: 0, total: 0, recall: Number.NaN }, outputs: 0, correct: 0, precision: Number.NaN }]),
  ) as Record<Kind, GoldCounts>;
  const failures: Failure[] = [];
  for (const g of gold) {
    const outs = outputsOf(g.id);
    const nestedOnly = new Set(g.nestedOnly.map(norm));
    const aliasesOf = new Map(Object.entries(g.aliases).map(([name, forms]) => [norm(name), forms.map(norm)]));
    const formsOf = (name: string) => [norm(name), ...(aliasesOf.get(norm(name)) ?? [])];
    const goldForms = (kind: Kind) => new Set(g.names[kind].flatMap(formsOf));
    for (const kind of KINDS) {
      const c = counts[kind];
      const ofKind = outs.filter((o) => o.kind === kind);
      for (const name of [...new Set(g.names[kind])]) {
        const forms = formsOf(name);
        const found = ofKind.some((o) => o.forms.some((f) => forms.includes(f)));
        const nested = nestedOnly.has(norm(name));
        c.nested.total++;
        if (!nested) c.flat.total++;
        if (found) {
          c.nested.found++;
          if (!nested) c.flat.found++;
          continue;
        }
        const elsewhere = [...new Set(outs.filter((o) => o.kind !== kind && o.forms.some((f) => forms.includes(f))).map((o) => o.kind))];
        const note = [nested ? 'nested only' : '', elsewhere.length > 0 ? `output as ${elsewhere.join(', ')}` : ''].filter(Boolean).join('; ');
        failures.push({ category: 'gold missed', kind, where: [g.id], name, ...(note ? { note } : {}) });
      }
      const forms = goldForms(kind);
      for (const o of new Map(ofKind.map((o) => [o.key, o])).values()) {
        c.outputs++;
        if (o.forms.some((f) => forms.has(f))) c.correct++;
        else {
          const other = KINDS.filter((k) => k !== kind && o.forms.some((f) => goldForms(k).has(f)));
          failures.push({ category: 'gold false positive', kind, where: [g.id], name: o.name, ...(other.length > 0 ? { note: `gold has it as ${other.join(', ')}` } : {}) });
        }
      }
    }
  }
  for (const c of Object.values(counts)) {
    c.flat.recall = ratio(c.flat.found, c.flat.total);
    c.nested.recall = ratio(c.nested.found, c.nested.total);
    c.precision = ratio(c.correct, c.outputs);
  }
  return { counts, failures };
}

/** The names src/pipeline/entities/seed.test.ts expects of the seed page (the repository's own page, not corpus text). */
export const SEED_EXPECTED = {
  person: ['盛蕾', '蒋鹏举', '周承涛', '恽淇丞', '习近平', '韩晖', '黄雅婷', '朱梦琪', '徐晶玮'],
  enterprise: ['中讯半导体(江苏)有限公司', '毫厘科技(常州)有限公司', '江苏昂宝力德宝微电子有限公司'],
} as const;

export interface SeedCheck {
  ok: boolean;
  /** Per kind checked: expected names not output, and output names not expected. */
  missing: string[];
  extra: string[];
}

/** The seed page, run through the whole pipeline from its text, gives exactly the persons and enterprises its test expects. */
export function seedCheck(outputs: readonly Output[]): SeedCheck {
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [kind, names] of Object.entries(SEED_EXPECTED)) {
    const got = new Set(outputs.filter((o) => o.kind === kind).map((o) => o.key));
    const want = new Set(names.map(norm));
    missing.push(...[...want].filter((n) => !got.has(n)).map((n) => `${kind} ${n}`));
    extra.push(...[...got].filter((n) => !want.has(n)).map((n) => `${kind} ${n}`));
  }
  return { ok: missing.length === 0 && extra.length === 0, missing, extra };
}
