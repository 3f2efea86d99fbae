import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SeedInput } from '../compile.ts';
import type { PipelineProblem } from '../errors.ts';
import { decodeSeed } from './decode.ts';

export interface SeedsOnDisk {
  seeds: SeedInput[];
  /** `entities.json` beside the pages: the editors' overrides, parsed but not yet validated. */
  entityOverrides?: { file: string; json: unknown };
  /** `site.json` beside the pages: the site's URL, name, publisher and editors, not yet validated. */
  siteConfig?: { file: string; json: unknown };
  problems: PipelineProblem[];
}

export const ENTITY_OVERRIDES_FILE = 'entities.json';
export const SITE_CONFIG_FILE = 'site.json';

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

async function readJson(path: string, file: string, problems: PipelineProblem[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    problems.push({ file, title: `cannot be read: ${(error as Error).message}`, severity: 'error' });
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const position = /position (\d+)/u.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    problems.push({ file, line, title: `is not valid JSON: ${(error as Error).message}`, hint: 'fix the syntax', severity: 'error' });
    return undefined;
  }
}

/** Reads every `*.txt` page under `dir` (decoded), its `NAME.meta.json` sidecar and the entity overrides. */
export async function readSeeds(dir: string): Promise<SeedsOnDisk> {
  const problems: PipelineProblem[] = [];
  let files: string[];
  try {
    files = await listTextFiles(dir);
  } catch (error) {
    return { seeds: [], problems: [{ file: dir, title: `the seeds folder cannot be read: ${(error as Error).message}`, severity: 'error' }] };
  }
  if (files.length === 0) problems.push({ file: dir, title: 'the seeds folder has no *.txt pages', hint: 'add pages, one *.txt file each', severity: 'error' });
  const seeds: SeedInput[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, file));
    } catch (error) {
      problems.push({ file, title: `cannot be read: ${(error as Error).message}`, severity: 'error' });
      continue;
    }
    const decoded = decodeSeed(bytes, file);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const metaFile = file.replace(/\.txt$/u, '.meta.json');
    const meta = await readJson(join(dir, metaFile), metaFile, problems);
    seeds.push(meta === undefined ? { file, text: decoded.text } : { file, text: decoded.text, meta: { file: metaFile, json: meta } });
  }
  const overrides = await readJson(join(dir, ENTITY_OVERRIDES_FILE), ENTITY_OVERRIDES_FILE, problems);
  const site = await readJson(join(dir, SITE_CONFIG_FILE), SITE_CONFIG_FILE, problems);
  return {
    seeds,
    problems,
    ...(overrides === undefined ? {} : { entityOverrides: { file: ENTITY_OVERRIDES_FILE, json: overrides } }),
    ...(site === undefined ? {} : { siteConfig: { file: SITE_CONFIG_FILE, json: site } }),
  };
}

/** One page file and its sidecar, decoded as the build reads them: for `--explain`. */
export async function readSeedFile(path: string): Promise<{ input?: SeedInput; problems: PipelineProblem[] }> {
  const problems: PipelineProblem[] = [];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { problems: [{ file: path, title: `cannot be read: ${(error as Error).message}`, severity: 'error' }] };
  }
  const decoded = decodeSeed(bytes, path);
  if (!decoded.ok) return { problems: [decoded.problem] };
  const metaFile = path.replace(/\.txt$/u, '.meta.json');
  const meta = metaFile === path ? undefined : await readJson(metaFile, metaFile, problems);
  return { input: meta === undefined ? { file: path, text: decoded.text } : { file: path, text: decoded.text, meta: { file: metaFile, json: meta } }, problems };
}
