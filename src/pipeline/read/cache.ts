import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineProblem } from '../errors.ts';

/**
 * Bumped when what an entry file holds changes shape (not when the pipeline changes: entries are
 * keyed by a hash of the code that made them, see source-version.ts).
 */
const CACHE_FORMAT = 1;

/** Where `npm run build` keeps its cache unless `DUBAO_CACHE_DIR` says otherwise (gitignored). */
export const DEFAULT_CACHE_DIR = '.dubao-cache';

/** A cache key from all a value is computed from: each part length-prefixed, so no two lists of parts collide. */
export function cacheKey(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex').slice(0, 40);
}

/**
 * The build cache: JSON values by namespace and key, one file each, so a build reads only the
 * entries it asks for. A key is a hash of everything the value was computed from; an entry whose
 * file cannot be read, parsed or checked is a miss with a warning, never a failed build.
 */
export interface BuildCache {
  get<T>(namespace: string, key: string): T | undefined;
  /** `value` must be JSON (no undefined at the top, no Maps or typed arrays): what get returns is its JSON round trip. */
  set(namespace: string, key: string, value: unknown): void;
  /** Removes the entries of the namespaces this build used that it neither read nor wrote, so the folder holds one build's worth. */
  prune(): void;
  /** Entries that were there but unreadable, each naming its file. */
  readonly warnings: PipelineProblem[];
  /** Per namespace: entries found, not found (or unusable), and written. */
  readonly stats: Map<string, CacheStats>;
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
}

interface EntryFile {
  format: number;
  key: string;
  /** sha256 of `value` as written: a truncated or edited file is told from a good one. */
  check: string;
  value: unknown;
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

/** What precedes the value in an entry file: the fields before it are short and hold no such text. */
const VALUE_FIELD = ',"value":';

/**
 * The cache in `dir`. `clean` (`npm run build -- --clean`): every get is a miss, so every value is
 * computed afresh and written over what was there.
 */
export function openBuildCache(dir: string, options: { clean?: boolean } = {}): BuildCache {
  const used = new Map<string, Set<string>>();
  const warnings: PipelineProblem[] = [];
  const stats = new Map<string, CacheStats>();
  const statsOf = (namespace: string) => {
    let entry = stats.get(namespace);
    if (!entry) stats.set(namespace, (entry = { hits: 0, misses: 0, writes: 0 }));
    return entry;
  };
  const fileOf = (namespace: string, key: string) => join(dir, namespace, `${key}.json`);
  const touch = (namespace: string, key: string) => {
    let keys = used.get(namespace);
    if (!keys) used.set(namespace, (keys = new Set()));
    keys.add(key);
  };

  return {
    warnings,
    stats,
    get<T>(namespace: string, key: string): T | undefined {
      touch(namespace, key);
      const counts = statsOf(namespace);
      if (options.clean) {
        counts.misses++;
        return undefined;
      }
      const file = fileOf(namespace, key);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        counts.misses++;
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(unusable(file, (error as Error).message));
        return undefined;
      }
      try {
        // The value's JSON is checked as it stands in the file (set writes it last), then parsed once.
        const at = text.indexOf(VALUE_FIELD);
        if (at < 0 || !text.endsWith('}')) throw new Error('it is cut short');
        const value = text.slice(at + VALUE_FIELD.length, -1);
        const head = JSON.parse(`${text.slice(0, at)}}`) as Omit<EntryFile, 'value'>;
        if (head.format !== CACHE_FORMAT || head.key !== key || head.check !== checksum(value)) throw new Error('its check does not match its content');
        counts.hits++;
        return JSON.parse(value) as T;
      } catch (error) {
        counts.misses++;
        warnings.push(unusable(file, (error as Error).message));
        return undefined;
      }
    },
    set(namespace: string, key: string, value: unknown): void {
      touch(namespace, key);
      const file = fileOf(namespace, key);
      const text = JSON.stringify(value);
      const entry = `{"format":${CACHE_FORMAT},"key":${JSON.stringify(key)},"check":"${checksum(text)}"${VALUE_FIELD}${text}}`;
      try {
        mkdirSync(join(dir, namespace), { recursive: true });
        // Written beside and renamed in: a build stopped mid-write, or another build at the same time, leaves no half entry.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, entry);
        renameSync(temporary, file);
        statsOf(namespace).writes++;
      } catch (error) {
        warnings.push({ file, title: `cannot be written to the build cache: ${(error as Error).message}`, hint: 'the build goes on without caching it', severity: 'warning' });
      }
    },
    prune(): void {
      // Only the namespaces this build used: another step's entries (the prerender's) are its own to prune.
      for (const [namespace, keys] of used) {
        let names: string[];
        try {
          names = readdirSync(join(dir, namespace));
        } catch {
          continue;
        }
        for (const name of names) if (!keys.has(name.replace(/\.json$/u, ''))) rmSync(join(dir, namespace, name), { force: true, recursive: true });
      }
    },
  };
}

function unusable(file: string, reason: string): PipelineProblem {
  return { file, title: `is not a usable build cache entry (${reason}): ignored, its value computed again`, hint: 'nothing to do; npm run build -- --clean rewrites the whole cache', severity: 'warning' };
}
