import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBuildCache } from './cache.ts';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dubao-cache-test-'));

describe('build cache', () => {
  it('gives back what was set, by namespace and key, across builds', () => {
    const dir = freshDir();
    const first = openBuildCache(dir);
    expect(first.get('parse', 'k1')).toBeUndefined();
    first.set('parse', 'k1', { items: [{ headline: '示例标题' }], n: 1 });
    const second = openBuildCache(dir);
    expect(second.get('parse', 'k1')).toEqual({ items: [{ headline: '示例标题' }], n: 1 });
    expect(second.get('segment', 'k1')).toBeUndefined();
    expect(Object.fromEntries(second.stats)).toEqual({ parse: { hits: 1, misses: 0, writes: 0 }, segment: { hits: 0, misses: 1, writes: 0 } });
    expect(second.warnings).toEqual([]);
  });

  it('reads nothing when clean, and writes over what was there', () => {
    const dir = freshDir();
    openBuildCache(dir).set('parse', 'k', 1);
    const clean = openBuildCache(dir, { clean: true });
    expect(clean.get('parse', 'k')).toBeUndefined();
    clean.set('parse', 'k', 2);
    expect(openBuildCache(dir).get('parse', 'k')).toBe(2);
  });

  it('takes an unreadable entry for a miss, with a warning naming its file', () => {
    const dir = freshDir();
    const cache = openBuildCache(dir);
    cache.set('parse', 'broken', { a: 1 });
    cache.set('parse', 'edited', { a: 1 });
    cache.set('parse', 'moved', { a: 1 });
    const file = (key: string) => join(dir, 'parse', `${key}.json`);
    writeFileSync(file('broken'), readFileSync(file('broken'), 'utf8').slice(0, 20));
    writeFileSync(file('edited'), readFileSync(file('edited'), 'utf8').replace('"a":1', '"a":2'));
    // An entry's file renamed to another key's name is not that key's value.
    writeFileSync(file('moved'), readFileSync(file('edited'), 'utf8'));
    const next = openBuildCache(dir);
    for (const key of ['broken', 'edited', 'moved']) expect(next.get('parse', key)).toBeUndefined();
    expect(next.warnings.map((w) => w.file)).toEqual([file('broken'), file('edited'), file('moved')]);
    expect(next.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('prunes what this build did not use, in the namespaces it used only', () => {
    const dir = freshDir();
    const first = openBuildCache(dir);
    first.set('parse', 'old', 1);
    first.set('parse', 'kept', 2);
    first.set('route', 'other-step', 3);
    const second = openBuildCache(dir);
    second.get('parse', 'kept');
    second.set('parse', 'new', 4);
    second.prune();
    expect(readdirSync(join(dir, 'parse')).sort()).toEqual(['kept.json', 'new.json']);
    expect(readdirSync(join(dir, 'route'))).toEqual(['other-step.json']);
  });
});
