import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile.ts';
import { readSeeds } from './seeds.ts';

const SEED = '000_b8044a892ed5c8e9.txt';
const original = readFileSync(new URL(`../../../seeds/${SEED}`, import.meta.url), 'utf8');

function folderWith(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-read-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

/** The articles of a folder's only page, without what names the file. */
async function articlesOf(dir: string) {
  const read = await readSeeds(dir);
  expect(read.problems).toEqual([]);
  return compileCorpus(read.seeds).corpus.articles.map(({ id: _id, pageId: _pageId, ...article }) => article);
}

describe('readSeeds', () => {
  it('gives the same articles from every accepted encoding and line end', async () => {
    const expected = await articlesOf(folderWith({ [SEED]: original }));
    const crlf = original.replace(/\n/gu, '\r\n');
    const variants: Record<string, Uint8Array> = {
      'utf8-bom': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]),
      'utf16le-bom': iconv.encode(original, 'utf-16le', { addBOM: true }),
      'utf16be-bom': iconv.encode(original, 'utf-16be', { addBOM: true }),
      gb18030: iconv.encode(original, 'gb18030'),
      gbk: iconv.encode(original, 'gbk'),
      crlf: Buffer.from(crlf),
      cr: Buffer.from(original.replace(/\n/gu, '\r')),
      'gb18030-crlf': iconv.encode(crlf, 'gb18030'),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      expect(await articlesOf(folderWith({ [`${name}.txt`]: bytes })), name).toEqual(expected);
    }
  });

  it('reports a binary file by name instead of throwing', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const read = await readSeeds(folderWith({ [SEED]: original, 'scan.txt': png }));
    expect(read.seeds.map((s) => s.file)).toEqual([SEED]);
    expect(read.problems).toEqual([expect.objectContaining({ file: 'scan.txt', severity: 'error', title: expect.stringMatching(/not a text file/u) })]);
  });

  it('reads a sidecar and the entity overrides, and names a broken one with its line', async () => {
    const read = await readSeeds(
      folderWith({ [SEED]: original, [SEED.replace('.txt', '.meta.json')]: '{"page": 1}', 'entities.json': '{\n"ignore": ["x"],\n}' }),
    );
    expect(read.seeds[0]?.meta).toEqual({ file: '000_b8044a892ed5c8e9.meta.json', json: { page: 1 } });
    expect(read.problems).toEqual([expect.objectContaining({ file: 'entities.json', line: 3, severity: 'error' })]);
  });

  it('says so when the folder is missing or has no pages', async () => {
    expect((await readSeeds('/no/such/folder')).problems[0]?.title).toMatch(/cannot be read/u);
    expect((await readSeeds(folderWith({ 'notes.md': '#' }))).problems[0]?.title).toMatch(/no \*\.txt pages/u);
  });
});
