// `npm run -s bench:deploy -- --corpus PATH [--editions 20] [--json] [--keep]`: what a static deploy
// of real editions costs, and what adding the next day's edition changes. Lays the corpus's first
// N editions out as seed pages (Markdown, the seed's layout) in a temporary folder outside the
// repository, runs the full site build (pipeline, client, prerender) with a build cache of its own,
// adds edition N+1 and builds again into the same folder, as a deployer's daily build does (warm),
// then once more with --clean into a fresh folder; it compares the trees file by file: which files'
// bytes differ, which were written on disk (their mtime moved), and whether warm equals clean.
// The corpus is copyrighted test data: it is read by path and only written to the temporary
// folder, which is removed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { groupPages, loadArticles, type CorpusPage } from './fidelity/load.ts';
import { benchArgs } from './cli-args.ts';

const repo = new URL('..', import.meta.url).pathname;

/** One printed page as a seed: a header line, then per article its kicker, `## ` headline, subtitle and paragraphs. */
function seedText(page: CorpusPage): string {
  const [y, m, d] = page.date.split('-');
  const blocks = [`人民日报 ${y}年${Number(m)}月${Number(d)}日 第${String(page.page).padStart(2, '0')}版`];
  for (const a of page.articles) {
    if (a.kicker.trim()) blocks.push(a.kicker.trim());
    blocks.push(`## ${a.title.trim() || '图片报道'}`);
    if (a.subtitle.trim()) blocks.push(a.subtitle.trim());
    for (const p of a.body.split('\n')) if (p.trim()) blocks.push(p.replace(/^[\u3000 ]+/u, '').trim());
  }
  return `${blocks.join('\n\n')}\n`;
}

function writeEdition(dir: string, pages: readonly CorpusPage[]): number {
  let bytes = 0;
  for (const page of pages) {
    const text = seedText(page);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${page.id}.txt`), text);
    writeFileSync(join(dir, `${page.id}.meta.json`), JSON.stringify({ publication: '人民日报', date: page.date, page: page.page, layout: 'markdown' }));
  }
  return bytes;
}

/** The build's own options, handed to `npm run build` (scripts/build.ts) as a deployer would. */
interface BuildOptions {
  site?: string;
  prerenderAll: boolean;
  packBytes?: string;
}

/**
 * CPU seconds this process's finished children used (Linux: /proc/self/stat, in clock ticks of
 * 1/100 s): a build's own work, which a loaded machine does not inflate as it does wall time.
 * Undefined elsewhere.
 */
function childrenCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** CPU seconds of each build, in build order (undefined where /proc is not there). */
const cpuOf: (number | undefined)[] = [];

function build(seeds: string, outDir: string, cacheDir: string, options: BuildOptions & { clean?: boolean }): number {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const args = ['tsx', 'scripts/build.ts', '--outDir', outDir, '--logLevel', 'warn'];
  if (options.clean) args.push('--clean');
  if (options.site) args.push('--site', options.site);
  if (options.prerenderAll) args.push('--prerender-all');
  if (options.packBytes !== undefined) args.push('--pack-bytes', options.packBytes);
  const run = spawnSync('npx', args, {
    cwd: repo,
    env: { ...process.env, DUBAO_SEEDS: seeds, DUBAO_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench:deploy: the build into ${outDir} failed (exit ${run.status})`);
  const cpuAfter = childrenCpuSeconds();
  cpuOf.push(cpuBefore === undefined || cpuAfter === undefined ? undefined : +(cpuAfter - cpuBefore).toFixed(1));
  return performance.now() - started;
}

interface Tree {
  files: Map<string, { bytes: number; hash: string; mtimeMs: number }>;
  bytes: number;
  largest: { path: string; bytes: number };
}

function walk(root: string): Tree {
  const files = new Map<string, { bytes: number; hash: string; mtimeMs: number }>();
  let bytes = 0;
  let largest = { path: '', bytes: 0 };
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        visit(path);
        continue;
      }
      const data = readFileSync(path);
      const rel = relative(root, path);
      files.set(rel, { bytes: data.length, hash: createHash('sha1').update(data).digest('hex'), mtimeMs: statSync(path).mtimeMs });
      bytes += data.length;
      if (data.length > largest.bytes) largest = { path: rel, bytes: data.length };
    }
  };
  visit(root);
  return { files, bytes, largest };
}

const articlesOf = (site: string) => readdirSync(join(site, 'article')).length;

/** What a built file is, for the table of where the bytes are and what the next edition changes. */
function kindOf(path: string): string {
  if (path.startsWith('article/')) return 'article HTML';
  if (path.startsWith('page/')) return 'page HTML';
  if (path.endsWith('.html')) return 'other HTML';
  if (path.startsWith('data/h/')) return `data .${path.slice(path.lastIndexOf('.') + 1)}`;
  if (path.startsWith('assets/')) return 'assets';
  if (path.startsWith('feeds/')) return 'feeds';
  return 'other';
}

interface KindRow {
  kind: string;
  files: number;
  bytes: number;
  changedFiles: number;
  changedBytes: number;
  /** Written on disk by the warm build (mtime moved): at most the changed ones, if it writes only what changed. */
  writtenFiles: number;
}

function byKind(a: Tree, b: Tree): KindRow[] {
  const rows = new Map<string, KindRow>();
  for (const [path, file] of b.files) {
    const kind = kindOf(path);
    let row = rows.get(kind);
    if (!row) rows.set(kind, (row = { kind, files: 0, bytes: 0, changedFiles: 0, changedBytes: 0, writtenFiles: 0 }));
    row.files++;
    row.bytes += file.bytes;
    const before = a.files.get(path);
    if (before?.hash !== file.hash) {
      row.changedFiles++;
      row.changedBytes += file.bytes;
    }
    if (before?.mtimeMs !== file.mtimeMs) row.writtenFiles++;
  }
  return [...rows.values()].sort((x, y) => y.bytes - x.bytes);
}

async function main(): Promise<void> {
  const usage = 'usage: npm run -s bench:deploy -- --corpus PATH/articles.jsonl.gz [--editions 20] [--site URL] [--prerender-all] [--pack-bytes N] [--json] [--keep]';
  const values = benchArgs(
    {
      corpus: { type: 'string' },
      editions: { type: 'string', default: '20' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      site: { type: 'string' },
      'prerender-all': { type: 'boolean', default: false },
      'pack-bytes': { type: 'string' },
    },
    usage,
  );
  if (!values.corpus) throw new Error(usage);
  const buildOptions: BuildOptions = { site: values.site, prerenderAll: values['prerender-all'], packBytes: values['pack-bytes'] };
  const editions = Number(values.editions);
  const pages = groupPages(loadArticles(values.corpus));
  const dates = [...new Set(pages.map((p) => p.date))].sort().slice(0, editions + 1);
  if (dates.length <= editions) throw new Error(`bench:deploy: the corpus has ${dates.length} editions, fewer than ${editions + 1}`);

  const work = mkdtempSync(join(tmpdir(), 'dubao-bench-deploy-'));
  try {
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    const cacheDir = join(work, 'cache');
    const textBytes = writeEdition(seeds, pages.filter((p) => dates.slice(0, editions).includes(p.date)));
    const site = join(work, 'site');
    const firstMs = build(seeds, site, cacheDir, buildOptions);
    const a = walk(site);
    const articles = articlesOf(site);
    const newTextBytes = writeEdition(seeds, pages.filter((p) => p.date === dates[editions]));
    const nextMs = build(seeds, site, cacheDir, buildOptions);
    const b = walk(site);
    const siteClean = join(work, 'site-clean');
    const nextCleanMs = build(seeds, siteClean, cacheDir, { ...buildOptions, clean: true });
    const clean = walk(siteClean);
    const warmEqualsClean = clean.files.size === b.files.size && [...clean.files].every(([path, file]) => b.files.get(path)?.hash === file.hash);

    let changedFiles = 0;
    let changedBytes = 0;
    let writtenFiles = 0;
    let writtenBytes = 0;
    for (const [path, file] of b.files) {
      const before = a.files.get(path);
      if (before?.mtimeMs !== file.mtimeMs) {
        writtenFiles++;
        writtenBytes += file.bytes;
      }
      if (before?.hash === file.hash) continue;
      changedFiles++;
      changedBytes += file.bytes;
    }
    const removedFiles = [...a.files.keys()].filter((path) => !b.files.has(path)).length;
    const mb = (n: number) => +(n / 2 ** 20).toFixed(2);
    const result = {
      editions,
      articles,
      textMB: mb(textBytes),
      siteMB: mb(a.bytes),
      siteOverText: +(a.bytes / textBytes).toFixed(2),
      files: a.files.size,
      filesPerArticle: +(a.files.size / articles).toFixed(2),
      largestFile: `${a.largest.path} (${mb(a.largest.bytes)} MB)`,
      buildS: +(firstMs / 1000).toFixed(1),
      nextBuildS: +(nextMs / 1000).toFixed(1),
      nextCleanBuildS: +(nextCleanMs / 1000).toFixed(1),
      nextWarmOverClean: +(nextMs / nextCleanMs).toFixed(2),
      /** CPU seconds of the three builds (first, next with the cache, next with --clean). */
      cpuS: cpuOf,
      nextWrittenFiles: writtenFiles,
      nextWrittenMB: mb(writtenBytes),
      warmEqualsClean,
      newTextMB: mb(newTextBytes),
      nextChangedFiles: changedFiles,
      nextFiles: b.files.size,
      nextChangedMB: mb(changedBytes),
      nextRemovedFiles: removedFiles,
      changeBudgetMB: mb(5 * newTextBytes + 2 * 2 ** 20),
      kinds: byKind(a, b).map((row) => ({ ...row, bytes: mb(row.bytes), changedBytes: mb(row.changedBytes) })),
    };
    if (values.json) console.log(JSON.stringify(result));
    else {
      console.log('| measure | value | goal |');
      console.log('| --- | --- | --- |');
      console.log(`| editions / articles | ${editions} / ${articles} | |`);
      console.log(`| text | ${result.textMB} MB | |`);
      console.log(`| site | ${result.siteMB} MB = ${result.siteOverText} × text | ≤ 4 × text |`);
      console.log(`| files | ${result.files} = ${result.filesPerArticle} per article | ≤ 1.5 per article |`);
      console.log(`| largest file | ${result.largestFile} | ≤ 25 MiB |`);
      const cpu = (at: number) => (cpuOf[at] === undefined ? '' : `, ${cpuOf[at]} s CPU`);
      const cpuRatio = cpuOf[1] !== undefined && cpuOf[2] ? ` (CPU ${(cpuOf[1] / cpuOf[2]).toFixed(2)})` : '';
      console.log(`| build (empty cache) | ${result.buildS} s${cpu(0)} | |`);
      console.log(`| next edition: build with the cache / --clean | ${result.nextBuildS} s${cpu(1)} / ${result.nextCleanBuildS} s${cpu(2)} = ${result.nextWarmOverClean}${cpuRatio} | ≤ 0.2 or ≤ 20 s |`);
      console.log(`| next edition: cached build equals clean build | ${warmEqualsClean ? 'yes, byte for byte' : 'NO'} | yes |`);
      console.log(`| next edition: new text | ${result.newTextMB} MB | |`);
      console.log(`| next edition: files new or changed | ${changedFiles} of ${b.files.size} (${removedFiles} removed) | |`);
      console.log(`| next edition: files written on disk (mtime moved) | ${writtenFiles} (${result.nextWrittenMB} MB) | = files new or changed |`);
      console.log(`| next edition: bytes new or changed | ${result.nextChangedMB} MB | ≤ 5 × new text + 2 MB = ${result.changeBudgetMB} MB |`);
      console.log('\n| after the next edition | files | MB | new or changed files | new or changed MB | written on disk |');
      console.log('| --- | --- | --- | --- | --- | --- |');
      for (const row of result.kinds) console.log(`| ${row.kind} | ${row.files} | ${row.bytes} | ${row.changedFiles} | ${row.changedBytes} | ${row.writtenFiles} |`);
    }
    if (values.keep) console.error(`bench:deploy: kept ${work}`);
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
