import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { corpusSchema, manifestSchema } from '../contract/bundle.ts';

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
    manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
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
