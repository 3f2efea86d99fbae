/**
 * Persons, enterprises, organizations and projects of a set of articles, with the roles printed
 * beside them and how often each article mentions them.
 *
 * 1. Rules anchor names per article: persons after roles, before titles and in credits, plus
 *    bylines; companies by legal suffix; government bodies by organ; projects by classifier.
 * 2. The editors' overrides correct, ignore, add and alias.
 * 3. Mentions are counted in each article's text, longest name first so a short form inside a
 *    full name is not counted twice. A person or body counts only in the articles that anchor it
 *    (a bare 2-character name elsewhere is too easily someone else); a company's full name and its
 *    unambiguous short forms (`中讯半导体`), editors' aliases and added names count everywhere.
 */
import { type Article, type Entity, type EntityKind, bodyTexts, entityKindSchema } from '../../contract/bundle.ts';
import { companyShortForms, findEnterprises } from './enterprises.ts';
import { findCompaniesBeforeExecutives } from './executives.ts';
import { entityIds } from './ids.ts';
import { findOrganizations, findProjects } from './organizations.ts';
import type { EntityOverrides } from './overrides.ts';
import { findPersons } from './persons.ts';
import { findTradeNames } from './trade-names.ts';
import { type FoldedText, foldText, nameKey, printedSlice } from './text.ts';
import { FormMatcher } from './form-matcher.ts';
import type { Lexicon } from '../parse/types.ts';

interface Find {
  start: number;
  end: number;
  roles?: string[];
}

const DETECTORS: readonly { kind: EntityKind; find: (folded: string, lexicon?: Lexicon) => Find[] }[] = [
  { kind: 'person', find: findPersons },
  { kind: 'enterprise', find: findEnterprises },
  { kind: 'enterprise', find: findCompaniesBeforeExecutives },
  { kind: 'enterprise', find: findTradeNames },
  { kind: 'organization', find: findOrganizations },
  { kind: 'project', find: findProjects },
];

interface Draft {
  kind: EntityKind;
  key: string;
  /** As printed where first found. */
  name: string;
  roles: string[];
  /** The roles printed beside it in each article, in first-seen order. */
  rolesIn: Map<string, string[]>;
  anchoredIn: Set<string>;
  /** Counted in every article that prints it, not just where a rule anchored it. */
  everywhere: boolean;
  /** Folded form → printed form, for the short forms that matched in each article, in the order counted. */
  aliasesIn: Map<string, Map<string, string>>;
  counts: Map<string, number>;
  fixedRoles?: string[];
  /** The roles an editor's `add` gives it: printed nowhere in particular, so true of every mention. */
  addedRoles: string[];
  /** Names the editors corrected away (a misprint, a wrong cut): still counted as printed forms of this one. */
  formerNames: Set<string>;
  /** The name as printed padded with spaces (`张 禹`), counted as the name itself. */
  paddedForms: Set<string>;
}

interface Pattern {
  form: string;
  draft: Draft;
  isAlias: boolean;
  /** The draft's place in the registry (aliases after every draft), then the form's among its own. */
  order: number;
  sub: number;
}

// Each field is folded once and read twice: by the rules, then by the counting.
const foldedFields = new WeakMap<Article, FoldedText[]>();
function textFields(article: Article): FoldedText[] {
  let fields = foldedFields.get(article);
  if (!fields) {
    fields = printedFields(article).map(foldText);
    foldedFields.set(article, fields);
  }
  return fields;
}

/** The article's texts the rules read, in the order they read them (what a cached find is keyed on). */
export function printedFields(article: Article): string[] {
  return [
    article.kicker,
    article.headline,
    ...article.subheadlines,
    article.column,
    article.dateline,
    ...bodyTexts(article),
    article.caption,
  ].filter((field): field is string => field !== undefined && field !== '');
}

const draftId = (kind: EntityKind, key: string) => `${kind}\u0000${key}`;

class Registry {
  readonly drafts = new Map<string, Draft>();
  private readonly ignore: Set<string>;
  private readonly corrections: Map<string, NonNullable<EntityOverrides['corrections']>[string]>;

  constructor(overrides: EntityOverrides) {
    this.ignore = new Set((overrides.ignore ?? []).map(nameKey));
    this.corrections = new Map(Object.entries(overrides.corrections ?? {}).map(([name, fix]) => [nameKey(name), fix]));
  }

  /** What a find becomes after the editors' corrections; undefined when they ignore the name. */
  resolve(kind: EntityKind, printed: string): { kind: EntityKind; key: string; printed: string } | undefined {
    let key = nameKey(printed);
    if (this.ignore.has(key)) return undefined;
    const fix = this.corrections.get(key);
    if (fix?.name !== undefined) {
      printed = fix.name;
      key = nameKey(fix.name);
    }
    if (fix?.kind !== undefined) kind = fix.kind;
    return this.ignore.has(key) ? undefined : { kind, key, printed };
  }

  /** Records a find; returns its draft, or undefined when the editors ignore the name. */
  add(kind: EntityKind, printed: string, roles: readonly string[], articleId?: string): Draft | undefined {
    const resolved = this.resolve(kind, printed);
    if (!resolved) return undefined;
    const id = draftId(resolved.kind, resolved.key);
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = {
        kind: resolved.kind,
        key: resolved.key,
        name: resolved.printed,
        roles: [],
        rolesIn: new Map(),
        anchoredIn: new Set(),
        everywhere: false,
        aliasesIn: new Map(),
        addedRoles: [],
        counts: new Map(),
        formerNames: new Set(),
        paddedForms: new Set(),
      };
      const fixedRoles = this.corrections.get(resolved.key)?.roles ?? this.corrections.get(nameKey(printed))?.roles;
      if (fixedRoles !== undefined) draft.fixedRoles = fixedRoles;
      this.drafts.set(id, draft);
    }
    if (nameKey(printed) !== resolved.key) draft.formerNames.add(nameKey(printed));
    for (const role of roles) if (!draft.roles.includes(role)) draft.roles.push(role);
    if (articleId !== undefined) {
      draft.anchoredIn.add(articleId);
      addRoles(draft.rolesIn, articleId, roles);
    }
    return draft;
  }

  isIgnored(form: string): boolean {
    return this.ignore.has(nameKey(form));
  }

  byKey(key: string): Draft | undefined {
    for (const kind of entityKindSchema.options) {
      const draft = this.drafts.get(draftId(kind, key));
      if (draft) return draft;
    }
    return undefined;
  }
}

/** A name a rule found in an article: as printed, with the roles beside it; `padded`, for a name printed padded with spaces (`张 禹`), its folded form. */
export interface ArticleFind {
  kind: EntityKind;
  printed: string;
  roles: string[];
  padded?: string;
}

/** Where the rules' finds come from: {@link findsIn}, or the build cache's copy of what it gave (incremental.ts). */
export type FindsSource = (article: Article, lexicon?: Lexicon) => ArticleFind[];

/**
 * What the rules find in one article's text, field by field and rule by rule: a function of its
 * text and the word list alone, so a build keeps it from one run to the next (the rules are most
 * of the time finding entities takes, and an archive's articles do not change).
 */
export function findsIn(article: Article, lexicon?: Lexicon): ArticleFind[] {
  const finds: ArticleFind[] = [];
  for (const text of textFields(article)) {
    for (const { kind, find } of DETECTORS) {
      for (const hit of find(text.folded, lexicon)) {
        const printed = printedSlice(text, hit.start, hit.end);
        // `张 禹`: a name padded to the width of a longer one is the name without its padding.
        const padded = kind === 'person' && /\s/u.test(printed);
        finds.push({ kind, printed, roles: hit.roles ?? [], ...(padded ? { padded: text.folded.slice(hit.start, hit.end) } : {}) });
      }
    }
  }
  return finds;
}

function anchor(articles: readonly Article[], registry: Registry, finds: FindsSource, lexicon?: Lexicon): void {
  for (const article of articles) {
    for (const find of finds(article, lexicon)) {
      const draft = registry.add(find.kind, find.padded !== undefined ? find.printed.replace(/\s+/gu, '') : find.printed, find.roles, article.id);
      if (find.padded !== undefined) draft?.paddedForms.add(find.padded);
    }
    for (const byline of article.bylines) {
      registry.add('person', byline.name, byline.role ? [byline.role] : [], article.id);
    }
  }
}

function addRoles(rolesIn: Map<string, string[]>, articleId: string, roles: readonly string[]): void {
  if (roles.length === 0) return;
  const list = rolesIn.get(articleId) ?? [];
  for (const role of roles) if (!list.includes(role)) list.push(role);
  rolesIn.set(articleId, list);
}

/** What one article prints of a draft: its roles there (the editors' fixed or added ones first) and its short forms there. */
function mentionIn(draft: Draft, articleId: string, count: number): Entity['mentions'][number] {
  const roles = draft.fixedRoles ?? [...new Set([...draft.addedRoles, ...(draft.rolesIn.get(articleId) ?? [])])];
  const aliases = [...(draft.aliasesIn.get(articleId)?.values() ?? [])];
  return { articleId, count, ...(roles.length > 0 ? { roles } : {}), ...(aliases.length > 0 ? { aliases } : {}) };
}

/** Each short form as first printed in the articles counted (they were counted in article order). */
function firstPrintedForms(draft: Draft): string[] {
  const printed = new Map<string, string>();
  for (const forms of draft.aliasesIn.values()) for (const [form, as] of forms) if (!printed.has(form)) printed.set(form, as);
  return [...printed.values()];
}

/** Editors' aliases fold any entity already found under the short name into the target. */
function applyAliases(overrides: EntityOverrides, registry: Registry): Map<string, Draft> {
  const aliases = new Map<string, Draft>();
  for (const [alias, target] of Object.entries(overrides.aliases ?? {})) {
    const draft = registry.byKey(nameKey(target));
    if (!draft) continue;
    const aliasKey = nameKey(alias);
    for (const kind of entityKindSchema.options) {
      const merged = registry.drafts.get(draftId(kind, aliasKey));
      if (!merged || merged === draft) continue;
      for (const role of merged.roles) if (!draft.roles.includes(role)) draft.roles.push(role);
      for (const articleId of merged.anchoredIn) draft.anchoredIn.add(articleId);
      for (const [articleId, roles] of merged.rolesIn) addRoles(draft.rolesIn, articleId, roles);
      for (const role of merged.addedRoles) if (!draft.addedRoles.includes(role)) draft.addedRoles.push(role);
      registry.drafts.delete(draftId(kind, aliasKey));
    }
    aliases.set(aliasKey, draft);
  }
  return aliases;
}

/** Short forms that name exactly one company and are not themselves an entity's name or ignored. */
function shortForms(registry: Registry, lexicon?: Lexicon): Map<string, Draft> {
  const claims = new Map<string, Set<Draft>>();
  for (const draft of registry.drafts.values()) {
    if (draft.kind !== 'enterprise') continue;
    for (const form of companyShortForms(draft.key, lexicon)) {
      const owners = claims.get(form) ?? new Set<Draft>();
      owners.add(draft);
      claims.set(form, owners);
    }
  }
  const names = new Set([...registry.drafts.values()].map((d) => d.key));
  const forms = new Map<string, Draft>();
  for (const [form, owners] of claims) {
    const [only] = owners;
    if (owners.size === 1 && only && !names.has(form) && !registry.isIgnored(form)) forms.set(form, only);
  }
  return forms;
}

/**
 * Counts the printed forms of the drafts in each article. Longer forms claim their text first
 * (then by form, names before aliases, then registry order), and a form never counts inside
 * text a longer one claimed. Enterprises and drafts counted everywhere are looked for in every
 * article with one automaton built once; a person or body only in the articles that anchor it.
 */
class FormCounter {
  private readonly everywhere: Pattern[] = [];
  private readonly anchored = new Map<string, Pattern[]>();
  private readonly matcher: FormMatcher;

  constructor(registry: Registry, aliasForms: Map<string, Draft>) {
    let order = 0;
    for (const draft of registry.drafts.values()) {
      const own = [
        { form: draft.key, draft, isAlias: false, order, sub: 0 },
        ...[...draft.formerNames].map((form, i) => ({ form, draft, isAlias: true, order, sub: i + 1 })),
        ...[...draft.paddedForms].map((form, i) => ({ form, draft, isAlias: false, order, sub: draft.formerNames.size + i + 1 })),
      ];
      order++;
      if (draft.everywhere || draft.kind === 'enterprise') this.everywhere.push(...own);
      else {
        for (const articleId of draft.anchoredIn) {
          const patterns = this.anchored.get(articleId);
          if (patterns) patterns.push(...own);
          else this.anchored.set(articleId, [...own]);
        }
      }
    }
    for (const [form, draft] of aliasForms) this.everywhere.push({ form, draft, isAlias: true, order: order++, sub: 0 });
    this.matcher = new FormMatcher(this.everywhere.map((p) => p.form));
  }

  count(article: Article): void {
    const local = this.anchored.get(article.id) ?? [];
    for (const text of textFields(article)) {
      const hits: { pattern: Pattern; at: number }[] = [];
      this.matcher.scan(text.folded, (index, at) => hits.push({ pattern: this.everywhere[index]!, at }));
      for (const pattern of local) {
        for (let at = text.folded.indexOf(pattern.form); at >= 0; at = text.folded.indexOf(pattern.form, at + 1)) hits.push({ pattern, at });
      }
      hits.sort((a, b) => comparePatterns(a.pattern, b.pattern) || a.at - b.at);
      const taken = new Uint8Array(text.folded.length);
      // Where a body's or a company's name claimed the text, where that name starts.
      const bodyStart = new Int32Array(text.folded.length).fill(-1);
      const claimant: (Draft | undefined)[] = [];
      for (const { pattern, at } of hits) {
        const { form, draft, isAlias } = pattern;
        if (taken.subarray(at, at + form.length).some((t) => t === 1)) {
          // `北京市公安局|公安交通管理局`, `中国航空工业集团|贵州…公司`: a body or a group whose own name
          // opens another's longer name is mentioned too; a short form inside its own full name is not.
          const opensAnother = bodyStart.subarray(at, at + form.length).every((start) => start === at) && claimant[at] !== draft;
          if (isAlias || (draft.kind !== 'organization' && draft.kind !== 'enterprise') || !opensAnother) continue;
          draft.counts.set(article.id, (draft.counts.get(article.id) ?? 0) + 1);
          continue;
        }
        taken.fill(1, at, at + form.length);
        if (draft.kind === 'organization' || draft.kind === 'enterprise') {
          bodyStart.fill(at, at, at + form.length);
          claimant[at] = draft;
        }
        draft.counts.set(article.id, (draft.counts.get(article.id) ?? 0) + 1);
        if (isAlias) {
          const inArticle = draft.aliasesIn.get(article.id) ?? new Map<string, string>();
          if (!inArticle.has(form)) inArticle.set(form, printedSlice(text, at, at + form.length));
          draft.aliasesIn.set(article.id, inArticle);
        }
      }
    }
  }
}

function comparePatterns(a: Pattern, b: Pattern): number {
  return (
    b.form.length - a.form.length ||
    (a.form < b.form ? -1 : a.form > b.form ? 1 : 0) ||
    (a.isAlias ? 1 : 0) - (b.isAlias ? 1 : 0) ||
    a.order - b.order ||
    a.sub - b.sub
  );
}

function totalCount(entity: Entity): number {
  return entity.mentions.reduce((sum, m) => sum + m.count, 0);
}

/**
 * The entities of `articles`, sorted by kind (person, enterprise, organization, project), then by
 * the number of articles mentioning them, then by total mentions (both most first), then by id.
 * An entity no article's text or bylines mention (an `add` never printed) is left out.
 */
/** `lexicon`, when given, closes names no punctuation or familiar verb closes (`村民赵虎连连说`). */
export function extractEntities(articles: Article[], overrides: EntityOverrides = {}, lexicon?: Lexicon, finds: FindsSource = findsIn): Entity[] {
  const registry = new Registry(overrides);
  anchor(articles, registry, finds, lexicon);
  for (const entry of overrides.add ?? []) {
    const draft = registry.add(entry.kind, entry.name, entry.roles ?? []);
    if (!draft) continue;
    draft.everywhere = true;
    for (const role of entry.roles ?? []) if (!draft.addedRoles.includes(role)) draft.addedRoles.push(role);
  }
  const editorAliases = applyAliases(overrides, registry);
  const aliasForms = new Map([...shortForms(registry, lexicon), ...editorAliases]);
  for (const form of registry.drafts.keys()) aliasForms.delete(form.slice(form.indexOf('\u0000') + 1));

  const counter = new FormCounter(registry, aliasForms);
  for (const article of articles) {
    counter.count(article);
    for (const byline of article.bylines) {
      const resolved = registry.resolve('person', byline.name);
      const draft = resolved && (registry.drafts.get(draftId(resolved.kind, resolved.key)) ?? editorAliases.get(resolved.key));
      if (draft) draft.counts.set(article.id, (draft.counts.get(article.id) ?? 0) + 1);
    }
  }

  const drafts = [...registry.drafts.values()].filter((d) => d.counts.size > 0);
  const articleOrder = new Map(articles.map((article, i) => [article.id, i]));
  // Ids are given in order of first mention, so a name keeps its id when a later edition prints a homophone.
  const firstMention = new Map(drafts.map((draft) => [draft, [...draft.counts.keys()].reduce((first, id) => Math.min(first, articleOrder.get(id) ?? Infinity), Infinity)]));
  const byFirstMention = [...drafts].sort((a, b) => firstMention.get(a)! - firstMention.get(b)!);
  const idOf = new Map(entityIds(byFirstMention).map((id, i) => [byFirstMention[i]!, id]));
  const ids = drafts.map((draft) => idOf.get(draft)!);
  const entities: Entity[] = drafts.map((draft, i) => ({
    id: ids[i] ?? '',
    kind: draft.kind,
    name: draft.name,
    roles: draft.fixedRoles ?? draft.roles,
    aliases: firstPrintedForms(draft),
    // Article order, without scanning every article for every entity.
    mentions: [...draft.counts].sort(([a], [b]) => articleOrder.get(a)! - articleOrder.get(b)!).map(([articleId, count]) => mentionIn(draft, articleId, count)),
  }));
  const kindOrder = entityKindSchema.options;
  return entities.sort(
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      b.mentions.length - a.mentions.length ||
      totalCount(b) - totalCount(a) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
