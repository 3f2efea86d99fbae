import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writePage } from '../pipeline/fixtures/made-up-pages.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;


async function build(seeds: string, outDir: string, env: Record<string, string>): Promise<string> {
  // Not vitest's NODE_ENV=test, which would build React's development files.
  const { NODE_ENV: _test, ...inherited } = process.env;
  const { stdout } = await run('npx', ['tsx', 'scripts/build.ts', '--site', 'https://example.org/reader/', '--outDir', outDir], {
    cwd: root,
    env: { ...inherited, DUBAO_SEEDS: seeds, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

function tree(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), { bytes: readFileSync(path).toString('base64'), mtimeMs: statSync(path).mtimeMs });
  }
  return out;
}

const bytesOf = (files: Map<string, { bytes: string }>) => new Map([...files].map(([path, file]) => [path, file.bytes]));

describe('npm run build with its cache', () => {
  it('writes the same site as a clean build, touching only the files that changed', { timeout: 300_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'dubao-incremental-site-'));
    const seeds = join(work, 'seeds');
    const cache = { DUBAO_CACHE_DIR: join(work, 'cache') };
    const site = join(work, 'site');
    await run('mkdir', [seeds]);
    writePage(seeds, '2024-03-01', 1, ['道路改造', '老旧小区']);
    writePage(seeds, '2024-03-01', 2, ['垃圾分类']);
    writePage(seeds, '2024-03-02', 1, ['公园绿化', '道路改造']);
    await build(seeds, site, cache);
    const before = tree(site);

    writePage(seeds, '2024-03-03', 1, ['垃圾分类', '社区食堂']);
    const log = await build(seeds, site, cache);
    const after = tree(site);
    await build(seeds, join(work, 'clean'), { DUBAO_CACHE: 'off' });
    expect(bytesOf(after)).toEqual(bytesOf(tree(join(work, 'clean'))));

    // Only the new page was parsed, and routes whose data did not change were not rendered again.
    expect(log).toMatch(/dubao: parsed 1 of 4 pages/u);
    expect(log).toMatch(/\d+ unchanged from the build cache, \d+ of them left in the output folder as they were/u);
    // A file with the same bytes as before was not written again; one no longer built is gone.
    let kept = 0;
    for (const [path, file] of after) {
      const old = before.get(path);
      if (old?.bytes !== file.bytes) continue;
      expect(file.mtimeMs, path).toBe(old.mtimeMs);
      kept++;
    }
    expect(kept).toBeGreaterThan(0);
    expect([...before.keys()].some((path) => !after.has(path))).toBe(true);
  });
});
