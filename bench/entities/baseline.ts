/**
 * An earlier run's outputs on the labelled pages, saved so the next run can tell the names a rule
 * change added from the many unlabelled names the rules printed all along. It lists corpus names,
 * so it is written outside the repository only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

const VERSION = 1;

interface BaselineFile {
  version: number;
  /** `[kind, normalized name]`, one per distinct output. */
  outputs: [string, string][];
}

export class BaselineError extends Error {}

/** Refuses a path inside `repo`: the file holds names from the corpus. */
export function checkOutside(path: string, repo: string): void {
  const rel = relative(repo, resolve(path));
  if (!rel.startsWith('..') && !isAbsolute(rel)) throw new BaselineError(`${path} is inside the repository; it would hold corpus names: use a path outside it, e.g. /tmp/entities-baseline.json`);
}

/** `kind\u0000name` pairs, as `scoreLabels` keys its outputs. */
export function saveBaseline(path: string, repo: string, pairs: readonly string[]): void {
  checkOutside(path, repo);
  const outputs = pairs.map((pair) => pair.split('\u0000') as [string, string]);
  writeFileSync(path, `${JSON.stringify({ version: VERSION, outputs } satisfies BaselineFile)}\n`);
}

export function loadBaseline(path: string): Set<string> {
  if (!existsSync(path)) throw new BaselineError(`${path} not found (write one first with --save-baseline ${path})`);
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<BaselineFile>;
  if (file.version !== VERSION || !Array.isArray(file.outputs)) throw new BaselineError(`${path} is not a baseline of this benchmark (version ${VERSION})`);
  return new Set(file.outputs.map(([kind, name]) => `${kind}\u0000${name}`));
}
