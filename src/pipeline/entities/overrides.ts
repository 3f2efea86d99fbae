/**
 * The editors' override file, `seeds/entities.json` (optional). The rules are right most of the time;
 * this file fixes the rest for a page without touching code. Every name is compared after NFKC, so
 * `(江苏)` and `（江苏）` are the same.
 *
 * ```json
 * {
 *   "aliases": { "中讯": "中讯半导体(江苏)有限公司" },
 *   "corrections": { "恽淇丞": { "roles": ["区委副书记", "区长"] }, "今创集团": { "kind": "enterprise" } },
 *   "ignore": ["高新区"],
 *   "add": [{ "name": "天合光能", "kind": "enterprise" }]
 * }
 * ```
 */
import { z } from 'zod';
import { type Entity, entityKindSchema } from '../../contract/bundle.ts';
import type { PipelineProblem } from '../errors.ts';
import { nameKey } from './text.ts';

const nameSchema = z.string().trim().min(1, 'a name cannot be empty');

const correctionSchema = z
  .strictObject({
    /** Moves the entity to another group (a false person that is really an organization). */
    kind: entityKindSchema.optional(),
    /** Replaces the roles the rules found, in this order; `[]` clears them. */
    roles: z.array(nameSchema).optional(),
    /** Renames it: a name the rules cut wrongly (`盛蕾来` → `盛蕾`); the new name is what is counted in the text. */
    name: nameSchema.optional(),
  })
  .refine((c) => c.kind !== undefined || c.roles !== undefined || c.name !== undefined, {
    message: 'a correction needs at least one of kind, roles, name',
  });

const addSchema = z.strictObject({
  /** The name as printed; every article printing it counts a mention. */
  name: nameSchema,
  kind: entityKindSchema,
  /** Roles to show with it. */
  roles: z.array(nameSchema).optional(),
});

export const entityOverridesSchema = z.strictObject({
  /** Free text for the editors; ignored. */
  $comment: z.string().optional(),
  /**
   * A short or other printed form → the full name of the entity it stands for (an extracted entity or
   * one in `add`). The short form counts as a mention of that entity in every article that prints it,
   * and is listed among its aliases. Use it where the rules cannot tell (two-character short forms,
   * a short form two companies share).
   */
  aliases: z.record(nameSchema, nameSchema).optional(),
  /** An entity's full name as the rules found it → what to change about it. Applied before counting. */
  corrections: z.record(nameSchema, correctionSchema).optional(),
  /** Names that are never an entity of any kind (a false hit); also never resolved as a short form. */
  ignore: z.array(nameSchema).optional(),
  /** Entities the rules miss. Counted wherever the name is printed, in any article. */
  add: z.array(addSchema).optional(),
});
export type EntityOverrides = z.infer<typeof entityOverridesSchema>;

const HINTS: Record<string, string> = {
  aliases: 'aliases maps a printed short form to an entity\'s full name: { "中讯": "中讯半导体(江苏)有限公司" }',
  corrections: 'corrections maps a full name to { kind?, roles?, name? }; kind is person, enterprise, organization or project',
  ignore: 'ignore is a list of names: ["高新区"]',
  add: 'add is a list of { name, kind, roles? }; kind is person, enterprise, organization or project',
};
const TOP_HINT = 'the file holds an object with any of: aliases, corrections, ignore, add';

/** `aliases["中讯"]`, `add[2].kind`: where in the file, the way an editor would find it. */
function where(path: readonly PropertyKey[]): string {
  const keyed = path[0] === 'aliases' || path[0] === 'corrections';
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      if (i === 0) return String(part);
      return i === 1 && keyed ? `[${JSON.stringify(String(part))}]` : `.${String(part)}`;
    })
    .join('');
}

function problem(file: string, at: string, title: string, hint?: string): PipelineProblem {
  return { file, title: at ? `${at}: ${title}` : title, severity: 'error', ...(hint ? { hint } : {}) };
}

/**
 * Validates the parsed override file. `json` undefined means there is no file: no overrides, no
 * problems. On errors the whole file is set aside (an editor's half-applied fix is worse than none).
 */
export function parseEntityOverrides(
  json: unknown,
  file: string,
): { overrides: EntityOverrides; problems: PipelineProblem[] } {
  if (json === undefined) return { overrides: {}, problems: [] };
  const parsed = entityOverridesSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const section = String(issue.path[0] ?? '');
      const title = issue.path.length === 0 && issue.code === 'invalid_type' ? 'the file must hold a JSON object' : issue.message;
      return problem(file, where(issue.path), title, HINTS[section] ?? TOP_HINT);
    });
    return { overrides: {}, problems };
  }
  const overrides = parsed.data;
  const problems = consistencyProblems(overrides, file);
  return problems.length > 0 ? { overrides: {}, problems } : { overrides, problems };
}

function consistencyProblems(overrides: EntityOverrides, file: string): PipelineProblem[] {
  const problems: PipelineProblem[] = [];
  const ignored = new Set((overrides.ignore ?? []).map(nameKey));
  const aliasKeys = new Set(Object.keys(overrides.aliases ?? {}).map(nameKey));
  for (const [alias, target] of Object.entries(overrides.aliases ?? {})) {
    const at = where(['aliases', alias]);
    if (nameKey(alias) === nameKey(target)) {
      problems.push(problem(file, at, `target "${target}" is the alias itself`, 'point the alias at the full name'));
    } else if (aliasKeys.has(nameKey(target))) {
      problems.push(
        problem(file, at, `target "${target}" is not a full name: it is itself an alias`, 'point every alias at the full name'),
      );
    } else if (ignored.has(nameKey(target))) {
      problems.push(problem(file, at, `target "${target}" is listed in ignore`, 'remove it from ignore or drop the alias'));
    } else if (ignored.has(nameKey(alias))) {
      problems.push(problem(file, at, `"${alias}" is also listed in ignore`, 'keep it in one of the two'));
    }
  }
  for (const [name, correction] of Object.entries(overrides.corrections ?? {})) {
    const at = where(['corrections', name]);
    if (ignored.has(nameKey(name))) {
      problems.push(problem(file, at, `"${name}" is also listed in ignore`, 'an ignored name has nothing to correct'));
    } else if (correction.name !== undefined && ignored.has(nameKey(correction.name))) {
      problems.push(problem(file, at, `the new name "${correction.name}" is listed in ignore`));
    }
  }
  const added = new Set<string>();
  (overrides.add ?? []).forEach((entry, index) => {
    const at = where(['add', index]);
    const key = `${entry.kind}:${nameKey(entry.name)}`;
    if (ignored.has(nameKey(entry.name))) {
      problems.push(problem(file, at, `"${entry.name}" is also listed in ignore`, 'keep it in one of the two'));
    } else if (added.has(key)) {
      problems.push(problem(file, at, `"${entry.name}" (${entry.kind}) is added twice`, 'keep one entry'));
    }
    added.add(key);
  });
  return problems;
}

/**
 * Entries that matched nothing in the corpus, as warnings: an alias whose target is no entity, a
 * correction for a name the rules never found. Run after {@link extractEntities}.
 */
export function unusedOverrides(overrides: EntityOverrides, entities: readonly Entity[], file: string): PipelineProblem[] {
  const names = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
  const problems: PipelineProblem[] = [];
  for (const [alias, target] of Object.entries(overrides.aliases ?? {})) {
    if (!names.has(nameKey(target))) {
      problems.push({
        file,
        title: `${where(['aliases', alias])}: target "${target}" is not an entity of any page`,
        hint: 'use the full name exactly as the entity list shows it, or add it under "add"',
        severity: 'warning',
      });
    }
  }
  for (const [name, correction] of Object.entries(overrides.corrections ?? {})) {
    const now = correction.name ?? name;
    if (!names.has(nameKey(now))) {
      problems.push({
        file,
        title: `${where(['corrections', name])}: "${name}" was not found on any page`,
        hint: 'the key is the name as the rules found it',
        severity: 'warning',
      });
    }
  }
  return problems;
}
