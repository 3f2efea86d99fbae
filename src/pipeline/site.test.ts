import { describe, expect, it } from 'vitest';
import { formatProblem } from './errors.ts';
import { resolveSite } from './site.ts';

const pages = { pages: [{ publication: '武进日报' }, { publication: '武进日报' }] } as Parameters<typeof resolveSite>[2];
const file = (json: unknown) => ({ file: 'site.json', json });

describe('resolveSite', () => {
  it('reads the site section, normalizes the URL to end in a slash, and takes the publisher from the pages', () => {
    const { site, problems } = resolveSite(file({ site: { url: 'https://example.org/reader', name: '武进读报', editors: 'editors@example.org' } }), undefined, pages);
    expect(problems).toEqual([]);
    expect(site).toEqual({ url: 'https://example.org/reader/', name: '武进读报', publisher: '武进日报', editors: 'editors@example.org' });
  });

  it('lets --site win over the file, and works with neither', () => {
    expect(resolveSite(file({ site: { url: 'https://old.example/' } }), 'https://new.example/x/', pages).site.url).toBe('https://new.example/x/');
    expect(resolveSite(undefined, undefined, { pages: [] })).toEqual({ site: { name: '读报' }, problems: [] });
  });

  it('names the file and the field of a bad entry', () => {
    const { problems } = resolveSite(file({ site: { url: 'example.org', editors: 'not an address', colour: 'red' } }), undefined, pages);
    const lines = problems.map(formatProblem);
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('site.json: '))).toBe(true);
    expect(lines.join('\n')).toMatch(/site\.url: the site URL must be an absolute http\(s\) URL/u);
    expect(lines.join('\n')).toMatch(/site\.editors: editors must be an e-mail address/u);
    expect(lines.join('\n')).toMatch(/colour/u);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('rejects a file that is not an object, and a bad --site', () => {
    expect(resolveSite(file([1]), undefined, pages).problems.map(formatProblem)[0]).toMatch(/^site\.json: the file must hold a JSON object/u);
    expect(resolveSite(undefined, 'ftp://example.org/', pages).problems.map(formatProblem)[0]).toMatch(/^--site: ftp:\/\/example\.org\/: the site URL must be/u);
  });
});
