import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

// Static imports and re-exports, side-effect imports and dynamic imports, of relative specifiers only
// (spelled out here without quotes: this file is itself read with this pattern).
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/gu;

/**
 * A hash of a module's source and of every module it imports by a relative path, transitively (the
 * folder's tests are not imported, so they do not count). A cache entry keyed by it is stale the
 * moment any of that code changes: there is no version constant to forget to bump.
 */
export function sourceVersion(...entries: string[]): string {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(RELATIVE_IMPORT)) queue.push(resolve(dirname(file), match[1]!));
  }
  // Paths relative to the first entry, so the same code checked out elsewhere (a CI runner) has the same version.
  const root = dirname(resolve(entries[0] ?? '.'));
  const hash = createHash('sha256');
  for (const file of [...seen].sort()) {
    const name = relative(root, file);
    hash.update(`${name.length}:${name}`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * A hash of the installed packages' lock file and of Node's version ('none' without a lock file):
 * what the project's own sources do not show, such as a renderer or a tagger upgraded under them.
 */
export function dependenciesVersion(lockFile: string): string {
  let lock: Buffer;
  try {
    lock = readFileSync(lockFile);
  } catch {
    return `none:${process.version}`;
  }
  return `${createHash('sha256').update(lock).digest('hex').slice(0, 32)}:${process.version}`;
}
