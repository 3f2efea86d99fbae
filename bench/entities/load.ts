/**
 * Reads the corpus folder by path at run time: the articles, the precision labels and the recall
 * gold (ENTITIES.md beside them). The corpus is copyrighted test data and never enters the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RawArticle, loadArticles } from '../fidelity/load.ts';

export type { RawArticle };

/** The kinds the labels and the gold judge; the pipeline's `project` is not judged. */
export const KINDS = ['person', 'enterprise', 'organization'] as const;
export type Kind = (typeof KINDS)[number];

/** One line of `entity-labels.jsonl`: an entity the rules found when it was labelled, and the verdict. */
export interface Label {
  /** Its line in the file, 1-based, so a failure can be looked up. */
  line: number;
  kind: Kind;
  name: string;
  /** The roles the rules gave it then (persons). */
  roles: string[];
  /** About 60 characters around a mention, or `(not in text: …)` when the labeller's tool found none. */
  context: string;
  ok: boolean;
  /** The correct span when one lies inside or around the extracted one. */
  fix: string | null;
  /** The correct kind when the name (or its fix) is right but the kind was wrong. */
  kindFix: Kind | null;
  /** Persons: whether the listed roles were right; null for other kinds. */
  rolesOk: boolean | null;
  why: string | null;
}

/** One line of `entity-gold.jsonl`: every person, enterprise and organization of one article. */
export interface GoldArticle {
  id: string;
  names: Record<Kind, string[]>;
  /** Gold name → other printed forms of the same entity in the article. */
  aliases: Record<string, string[]>;
  /** Parents printed only inside another gold name: left out of the flat score. */
  nestedOnly: string[];
}

export interface Corpus {
  articles: RawArticle[];
  labels: Label[];
  gold: GoldArticle[];
}

class CorpusError extends Error {}
export { CorpusError };

const isKind = (x: unknown): x is Kind => typeof x === 'string' && (KINDS as readonly string[]).includes(x);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
const stringOrNull = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);

function jsonLines(path: string): { line: number; value: Record<string, unknown> }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => {
      try {
        return { line, value: JSON.parse(text) as Record<string, unknown> };
      } catch {
        throw new CorpusError(`${path}:${line}: not JSON`);
      }
    });
}

export function loadLabels(path: string): Label[] {
  return jsonLines(path).map(({ line, value: v }) => {
    if (!isKind(v.kind) || typeof v.name !== 'string' || typeof v.ok !== 'boolean') throw new CorpusError(`${path}:${line}: needs kind, name and ok`);
    return {
      line,
      kind: v.kind,
      name: v.name,
      roles: strings(v.roles),
      context: typeof v.context === 'string' ? v.context : '',
      ok: v.ok,
      fix: stringOrNull(v.fix),
      kindFix: isKind(v.kind_fix) ? v.kind_fix : null,
      rolesOk: typeof v.roles_ok === 'boolean' ? v.roles_ok : null,
      why: stringOrNull(v.why),
    };
  });
}

export function loadGold(path: string): GoldArticle[] {
  return jsonLines(path).map(({ line, value: v }) => {
    if (typeof v.id !== 'string') throw new CorpusError(`${path}:${line}: needs an id`);
    const aliases: Record<string, string[]> = {};
    for (const [name, forms] of Object.entries((v.aliases ?? {}) as Record<string, unknown>)) aliases[name] = strings(forms);
    return {
      id: v.id,
      names: { person: strings(v.persons), enterprise: strings(v.enterprises), organization: strings(v.organizations) },
      aliases,
      nestedOnly: strings(v.nested_only),
    };
  });
}

/** The three files of the corpus folder (`../shared/corpora/rmrb`). */
export function loadCorpus(dir: string): Corpus {
  const paths = { articles: join(dir, 'articles.jsonl.gz'), labels: join(dir, 'entity-labels.jsonl'), gold: join(dir, 'entity-gold.jsonl') };
  for (const path of Object.values(paths)) if (!existsSync(path)) throw new CorpusError(`${path} not found (--corpus names the folder holding articles.jsonl.gz and the entity files)`);
  return { articles: loadArticles(paths.articles), labels: loadLabels(paths.labels), gold: loadGold(paths.gold) };
}
