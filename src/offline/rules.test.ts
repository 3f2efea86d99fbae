import { describe, expect, it } from 'vitest';
import { DATA_ENTRY, HASHED_DIR } from '../contract/deploy.ts';
import { ENTRY_PATH, HASHED_PREFIX, pageKey, strategyFor } from './rules.ts';

describe('strategyFor', () => {
  it('serves hashed files from the cache first and the entry and HTML from the network first', () => {
    expect(strategyFor('/dubao/data/h/abcdefghijklmnop.json', '/dubao/', false)).toBe('cache-first');
    expect(strategyFor('/dubao/assets/index-x.js', '/dubao/', false)).toBe('cache-first');
    expect(strategyFor('/dubao/data/entry.json', '/dubao/', false)).toBe('network-first');
    expect(strategyFor('/dubao/article/a--b', '/dubao/', true)).toBe('network-first');
    expect(strategyFor('/dubao/favicon.svg', '/dubao/', false)).toBe('network-first');
  });

  it('leaves everything else to the network: feeds, other paths, other sites under the origin', () => {
    expect(strategyFor('/dubao/feeds/all.rss.xml', '/dubao/', false)).toBe('network-only');
    expect(strategyFor('/other/assets/x.js', '/dubao/', false)).toBe('network-only');
  });
});

describe('pageKey', () => {
  it('gives one key for the three spellings of a route', () => {
    for (const path of ['/dubao/article/x', '/dubao/article/x/', '/dubao/article/x/index.html']) expect(pageKey(path, '/dubao/')).toBe('/dubao/article/x');
  });

  it('keys the front page by the base', () => {
    for (const path of ['/dubao/', '/dubao', '/dubao/index.html']) expect(pageKey(path, '/dubao/')).toBe('/dubao/');
    expect(pageKey('/', '/')).toBe('/');
    expect(pageKey('/index.html', '/')).toBe('/');
  });
});

it('names the entry and the hashed files where the deploy contract puts them', () => {
  expect(ENTRY_PATH).toBe(`data/${DATA_ENTRY}`);
  expect(HASHED_PREFIX).toBe(`data/${HASHED_DIR}/`);
});
