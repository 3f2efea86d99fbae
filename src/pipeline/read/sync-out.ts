import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * A list the build leaves at the top of the staging folder: files it did not write there because
 * the output folder already holds them with the very bytes it would write (a prerendered route the
 * build cache gave, which an archive has thousands of). They count as produced and unchanged.
 */
export const KEPT_FILES_LIST = '.dubao-kept.json';

export interface SyncReport {
  /** Files new or with other bytes: written. */
  written: number;
  /** Files with the same bytes as before: left as they were, mtime and all. */
  unchanged: number;
  /** Files the build no longer produces: removed. */
  removed: number;
}

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.push(relative(root, path));
    }
  };
  visit(root);
  return out;
}

function sameBytes(a: string, b: string): boolean {
  try {
    if (!lstatSync(b).isFile() || statSync(a).size !== statSync(b).size) return false;
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

/**
 * Makes `to` hold exactly what `from` holds, touching only what differs: a file with the same bytes
 * keeps its mtime, so `aws s3 sync`, `rclone sync` or a host's deploy step upload only what
 * changed; files `from` lacks are removed (with the folders they leave empty). `from` is used up.
 */
export function syncOutput(from: string, to: string): SyncReport {
  const report: SyncReport = { written: 0, unchanged: 0, removed: 0 };
  mkdirSync(to, { recursive: true });
  assertSiteFolder(to);
  const produced = new Set(filesUnder(from));
  const kept = keptFiles(from);
  produced.delete(KEPT_FILES_LIST);
  for (const path of kept) {
    if (lstatSafe(join(to, path))?.isFile() !== true) {
      throw new Error(`${join(to, path)}: the build left this file as it was, but it is gone (removed during the build?); build again`);
    }
  }
  for (const path of produced) {
    const source = join(from, path);
    const target = join(to, path);
    if (sameBytes(source, target)) {
      report.unchanged++;
      continue;
    }
    // Whatever stands in the way: a file where a folder now goes, or a folder where a file does.
    for (let dir = dirname(target); dir !== to && dir.startsWith(to); dir = dirname(dir)) {
      if (lstatSafe(dir)?.isDirectory() === false) rmSync(dir, { force: true });
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    try {
      renameSync(source, target);
    } catch (error) {
      // Another file system (a staging folder elsewhere): copy instead of moving.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(source, target);
    }
    report.written++;
  }
  report.unchanged += kept.size;
  for (const path of filesUnder(to)) {
    if (produced.has(path) || kept.has(path) || isKeptByDeployer(path)) continue;
    rmSync(join(to, path), { force: true });
    report.removed++;
  }
  removeEmptyFolders(to, to);
  rmSync(from, { recursive: true, force: true });
  return report;
}

/** What the build left in the output folder as it was (KEPT_FILES_LIST), by path relative to it. */
function keptFiles(from: string): Set<string> {
  const list = join(from, KEPT_FILES_LIST);
  if (lstatSafe(list) === undefined) return new Set();
  const paths = JSON.parse(readFileSync(list, 'utf8')) as unknown;
  if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split(/[\\/]/u).includes('..'))) {
    throw new Error(`${list}: not a list of relative paths`);
  }
  return new Set(paths as string[]);
}

/**
 * A top-level dot entry is the deployer's, never the build's: the `.git` of a gh-pages checkout built
 * into, a host's `.well-known/`. The build writes none, so it removes none.
 */
function isKeptByDeployer(path: string): boolean {
  return path.startsWith('.');
}

/**
 * The output folder is made to match the build, which removes whatever else it holds: a folder that
 * holds files but no site an earlier build wrote (`--outDir` pointed at the wrong place) is refused,
 * not emptied.
 */
function assertSiteFolder(to: string): void {
  const entries = readdirSync(to).filter((name) => !isKeptByDeployer(name));
  if (entries.length === 0 || entries.includes('index.html') || lstatSafe(join(to, 'data', 'entry.json'))?.isFile()) return;
  throw new Error(
    `${to}: this folder holds files but no site an earlier build wrote (no index.html, no data/entry.json); the build would remove them. Build into an empty folder, or empty this one first`,
  );
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function removeEmptyFolders(dir: string, root: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name), root)) continue;
    empty = false;
  }
  if (empty && dir !== root) rmdirSync(dir);
  return empty;
}

/** A staging folder a failed build leaves. */
export function discardOutput(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
