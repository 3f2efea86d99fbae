import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { corpusSchema, manifestSchema } from '../contract/bundle.ts';
import { DATA_ENTRY, dataEntrySchema, shardOfPath } from '../contract/deploy.ts';
import { decodeFileMapShard } from './bundle/address.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const SEED = '000_b8044a892ed5c8e9.txt';

async function compile(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/pipeline/cli.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Runs `npx tsx CLI ...args | READER` in bash, so the CLI's stdout is a real pipe(2) with its 64 KiB
 * buffer, as under `| jq`. (A child_process 'pipe' is a socketpair with a bigger buffer: it cut the
 * old CLI off at 219,264 bytes instead of 65,536.) `pipefail` makes the exit code the CLI's own.
 */
function throughPipe(reader: string, cli: string, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', `"$@" | ${reader}`, 'bash', 'npx', 'tsx', cli, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const BIG_PAGES = 120;
const BIG_ARTICLES_PER_PAGE = 30;
const PLACES = ['湖塘', '牛塘', '洛阳', '雪堰', '前黄', '礼嘉', '遥观', '横林'];
let bigSeeds: string | undefined;

/** 120 pages of 30 short articles each, every one about a 社区: its JSON is megabytes, its ids 160 KB. */
function bigSeedsDir(): string {
  if (bigSeeds) return bigSeeds;
  const dir = mkdtempSync(join(tmpdir(), 'dubao-big-seeds-'));
  for (let page = 1; page <= BIG_PAGES; page++) {
    const articles: string[] = [];
    for (let n = 1; n <= BIG_ARTICLES_PER_PAGE; n++) {
      const place = PLACES[(page + n) % PLACES.length];
      articles.push(
        `## ${place}社区第${page}期便民服务第${n}号`,
        `本报讯(记者 李明) ${place}社区今年新建便民服务点${n}处,居民办理社保、缴纳水电费不出小区就能完成。`,
        `社区工作人员介绍,服务点设有便民窗口和阅览室,第${page}期起周末还组织志愿者开展义诊和理发活动。`,
      );
    }
    // Long ASCII names make long page ids, so the search CLI's list of article ids is well over 64 KB too.
    writeFileSync(join(dir, `wujin-ribao-2024-10-31-page-${String(page).padStart(3, '0')}.txt`), `${articles.join('\n\n')}\n`);
  }
  bigSeeds = dir;
  return dir;
}

function seedsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-seeds-'));
  copyFileSync(join(root, 'seeds', SEED), join(dir, SEED));
  return dir;
}

describe('npm run compile', () => {
  it('prints the whole corpus as one JSON object, byte-identical from run to run', async () => {
    const dir = seedsDir();
    const first = await compile('--seeds', dir, '--json');
    const again = await compile('--seeds', dir, '--json');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(again.stdout);
    const corpus = corpusSchema.parse(JSON.parse(first.stdout));
    expect(corpus.pages).toEqual([expect.objectContaining({ id: '000_b8044a892ed5c8e9', source: SEED })]);
    expect(corpus.articles).toHaveLength(4);
  }, 30_000);

  it('writes byte-identical bundles from the same seeds, and exits 0 with a warning for an empty page', async () => {
    const dir = seedsDir();
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    const outs = [0, 1].map(() => join(mkdtempSync(join(tmpdir(), 'dubao-out-')), 'data'));
    for (const out of outs) {
      const run = await compile('--seeds', dir, '--out', out);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^empty\.txt: warning: the page has no text/mu);
    }
    const [first = '', second = ''] = outs;
    const files = readdirSync(first, { recursive: true, encoding: 'utf8' }).sort();
    expect(files.length).toBeGreaterThan(4);
    expect(readdirSync(second, { recursive: true, encoding: 'utf8' }).sort()).toEqual(files);
    for (const file of files.filter((f) => f.includes('.'))) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  }, 60_000);

  it('writes the web bundle, and a bad sidecar stops it with file: message and no stack, leaving earlier output', async () => {
    const dir = seedsDir();
    const out = join(mkdtempSync(join(tmpdir(), 'dubao-out-')), 'data');
    expect((await compile('--seeds', dir, '--out', out)).code).toBe(0);
    // Stored by content hash: the entry names the file map's shards, which name the manifest's file.
    const readJson = (path: string): unknown => JSON.parse(readFileSync(join(out, path), 'utf8'));
    const entry = dataEntrySchema.parse(readJson(DATA_ENTRY));
    const shard = decodeFileMapShard(readFileSync(join(out, entry.shards[shardOfPath('manifest.json', entry.shards.length)]!)));
    manifestSchema.parse(readJson(shard.files['manifest.json']!));
    const before = readdirSync(out, { recursive: true }).sort();

    writeFileSync(join(dir, SEED.replace('.txt', '.meta.json')), '{"date": "2024-13-01",\n "page": 0}');
    const failed = await compile('--seeds', dir, '--out', out);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^000_b8044a892ed5c8e9\.meta\.json: date: /mu);
    expect(failed.stderr).toMatch(/^000_b8044a892ed5c8e9\.meta\.json: page: /mu);
    expect(failed.stderr).not.toMatch(/\n\s+at /u);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(before);

    writeFileSync(join(dir, SEED.replace('.txt', '.meta.json')), '{"date": "2024-10-31",\n "page": 1,,}');
    const syntax = await compile('--seeds', dir, '--json');
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/^000_b8044a892ed5c8e9\.meta\.json:2: is not valid JSON/mu);
  }, 30_000);
});

describe('output through a pipe', () => {
  const STACK = /\n\s+at /u;

  it('compile --json delivers megabytes of JSON whole and exits 0', async () => {
    const { code, stdout, stderr } = await throughPipe('cat', 'src/pipeline/cli.ts', '--seeds', bigSeedsDir(), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(1024 * 1024);
    expect(stdout.endsWith('}\n')).toBe(true);
    const corpus = JSON.parse(stdout) as { pages: unknown[]; articles: unknown[] };
    expect(corpus.pages).toHaveLength(BIG_PAGES);
    expect(corpus.articles).toHaveLength(BIG_PAGES * BIG_ARTICLES_PER_PAGE);
  }, 60_000);

  it('search --json delivers every matching id and exits 0', async () => {
    const { code, stdout, stderr } = await throughPipe('cat', 'src/pipeline/search-cli.ts', '--seeds', bigSeedsDir(), '--json', '社区');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(128 * 1024);
    const ids = JSON.parse(stdout) as string[];
    expect(ids).toHaveLength(BIG_PAGES * BIG_ARTICLES_PER_PAGE);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('wujin-ribao-2024-10-31-page-'))).toBe(true);
  }, 60_000);

  it('a reader that stops early (| head -c 100) ends both tools quietly, with no EPIPE stack trace', async () => {
    for (const [cli, ...args] of [
      ['src/pipeline/cli.ts', '--seeds', bigSeedsDir(), '--json'],
      ['src/pipeline/search-cli.ts', '--seeds', bigSeedsDir(), '--json', '社区'],
    ] as const) {
      const { code, stdout, stderr } = await throughPipe('head -c 100', cli, ...args);
      expect(Buffer.byteLength(stdout), cli).toBe(100);
      expect(stderr, cli).not.toMatch(/EPIPE/u);
      expect(stderr, cli).not.toMatch(STACK);
      expect(code, cli).toBe(0);
    }
  }, 60_000);

  it('still exits 1 on a pipeline error and 2 on a bad command line, with no stack', async () => {
    const missing = join(tmpdir(), 'dubao-no-such-seeds-folder');
    const failed = await throughPipe('cat', 'src/pipeline/cli.ts', '--seeds', missing, '--json');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/the seeds folder cannot be read/u);
    expect(failed.stderr).not.toMatch(STACK);

    const cases = [
      ['src/pipeline/cli.ts', '--seeds', missing, '--no-such-option'],
      ['src/pipeline/cli.ts', '--seeds', missing],
      ['src/pipeline/search-cli.ts', '--seeds', missing, '--no-such-option', '社区'],
      ['src/pipeline/search-cli.ts', '--seeds', missing, '--json'],
    ] as const;
    for (const [cli, ...args] of cases) {
      const usage = await throughPipe('cat', cli, ...args);
      expect(usage.code, args.join(' ')).toBe(2);
      expect(usage.stdout, args.join(' ')).toBe('');
      expect(usage.stderr, args.join(' ')).toMatch(/^usage: npm run/mu);
      expect(usage.stderr, args.join(' ')).not.toMatch(STACK);
    }
  }, 60_000);
});
