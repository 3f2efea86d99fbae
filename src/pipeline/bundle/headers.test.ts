import { describe, expect, it } from 'vitest';
import { cacheHeadersFile, redirectsFile } from './headers.ts';

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
    expect(found.get('/dubao/entity/*')).toMatch(/max-age=0/u);
    expect(found.get('/dubao/calendar/*')).toMatch(/max-age=0/u);
    expect(rules(cacheHeadersFile('/')).get('/data/h/*')).toBe('public, max-age=31536000, immutable');
  });

  it('has no catch-all rule, whose values a host would join to the others', () => {
    expect([...rules(cacheHeadersFile('/')).keys()].some((path) => path === '/*')).toBe(false);
  });
});

describe('_redirects', () => {
  it('answers the routes left to the browser with 404.html and status 200, under the base', () => {
    const lines = redirectsFile('/dubao/').split('\n').filter((line) => line.startsWith('/'));
    expect(lines).toContain('/dubao/entity/*  /dubao/404.html  200');
    expect(lines).toContain('/dubao/column/*  /dubao/404.html  200');
    expect(lines.every((line) => /^\/dubao\/\S+\*\s+\/dubao\/404\.html\s+200$/u.test(line))).toBe(true);
  });
});
