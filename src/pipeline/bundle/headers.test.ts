import { describe, expect, it } from 'vitest';
import { cacheHeadersFile } from './headers.ts';

/** The rules as a host reads them: path pattern → its Cache-Control. */
function rules(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) path = line;
    const header = /^\s+Cache-Control: (.+)$/u.exec(line);
    if (header) out.set(path, header[1]!);
  }
  return out;
}

describe('_headers', () => {
  it('caches hashed data and assets for a year, and revalidates the entry and the HTML, under the base', () => {
    const found = rules(cacheHeadersFile('/dubao/'));
    expect(found.get('/dubao/data/h/*')).toBe('public, max-age=31536000, immutable');
    expect(found.get('/dubao/assets/*')).toBe('public, max-age=31536000, immutable');
    expect(found.get('/dubao/data/entry.json')).toMatch(/max-age=0/u);
    expect(found.get('/dubao/article/*')).toMatch(/max-age=0/u);
    expect(found.get('/dubao/')).toMatch(/max-age=0/u);
    expect(found.get('/dubao/sw.js')).toMatch(/max-age=0/u);
    expect(found.get('/dubao/manifest.webmanifest')).toMatch(/max-age=0/u);
    expect(rules(cacheHeadersFile('/')).get('/data/h/*')).toBe('public, max-age=31536000, immutable');
  });

  it('has no catch-all rule, whose values a host would join to the others', () => {
    expect([...rules(cacheHeadersFile('/')).keys()].some((path) => path === '/*')).toBe(false);
  });
});
