import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBuildCache } from '../pipeline/read/cache.ts';
import { htmlHash, routeCache, type Observe } from './route-cache.ts';

/** A cached route's HTML if nothing it was rendered from changed, else undefined. */
const htmlOf = async (cache: ReturnType<typeof routeCache>, path: string) => (await cache.lookup(path))?.html();

/** A stand-in for the SSR entry's observe: what the keys find is the file's content, by path. */
const observing = (contents: Record<string, string>): Observe & { calls: number } => {
  const observe = Object.assign(async (path: string, keys: readonly string[]) => {
    observe.calls++;
    return [contents[path] ?? '(missing)', ...keys];
  }, { calls: 0 });
  return observe;
};

describe('route cache', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'dubao-route-cache-'));
  const locations = new Map([['manifest.json', 'h/aaaaaaaaaaaaaaaa.json'], ['pages/p1.json', 'h/bbbbbbbbbbbbbbbb.pack:0+10']]);
  const reads = { 'manifest.json': ['v["site","name"]'], 'pages/p1.json': ['v[]'] };

  it('knows a route by the hash of its HTML, which the page written from it has, and unpacks the HTML only when asked', async () => {
    const cacheDir = dir();
    await routeCache(openBuildCache(cacheDir), 'app1', locations, observing({})).set('/page/p1', reads, '<html>一</html>');
    const hit = await routeCache(openBuildCache(cacheDir), 'app1', locations, observing({})).lookup('/page/p1');
    expect(hit?.sha256).toBe(htmlHash(new TextEncoder().encode('<html>一</html>')));
    expect(hit?.sha256).not.toBe(htmlHash('<html>二</html>'));
    expect(hit?.html()).toBe('<html>一</html>');
  });

  it('gives back the HTML while every file it read is stored where it was, without asking what the render saw', async () => {
    const cacheDir = dir();
    const seen = observing({ 'manifest.json': '示例日报' });
    await routeCache(openBuildCache(cacheDir), 'app1', locations, seen).set('/page/p1', reads, '<html>一</html>');
    const again = observing({});
    expect(await htmlOf(routeCache(openBuildCache(cacheDir), 'app1', locations, again), '/page/p1')).toBe('<html>一</html>');
    expect(again.calls).toBe(0);
  });

  it('asks again of a file stored elsewhere, and renders when what the render saw changed', async () => {
    const cacheDir = dir();
    await routeCache(openBuildCache(cacheDir), 'app1', locations, observing({ 'manifest.json': '示例日报' })).set('/page/p1', reads, '<html>一</html>');
    const moved = new Map([...locations, ['manifest.json', 'h/cccccccccccccccc.json']]);
    expect(await htmlOf(routeCache(openBuildCache(cacheDir), 'app1', moved, observing({ 'manifest.json': '示例日报' })), '/page/p1')).toBe('<html>一</html>');
    expect(await htmlOf(routeCache(openBuildCache(cacheDir), 'app1', moved, observing({ 'manifest.json': '另一份报' })), '/page/p1')).toBeUndefined();
  });

  it('misses when the app or its template changed, or for another path', async () => {
    const cacheDir = dir();
    await routeCache(openBuildCache(cacheDir), 'app1', locations, observing({})).set('/page/p1', reads, '<html>一</html>');
    expect(await htmlOf(routeCache(openBuildCache(cacheDir), 'app2', locations, observing({})), '/page/p1')).toBeUndefined();
    expect(await htmlOf(routeCache(openBuildCache(cacheDir), 'app1', locations, observing({})), '/page/p2')).toBeUndefined();
  });
});
