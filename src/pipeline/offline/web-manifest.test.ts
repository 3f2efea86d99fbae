import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest.ts';

describe('webManifest', () => {
  it('names the site and keeps the app to the base, with an icon under it', () => {
    const manifest = JSON.parse(webManifest({ name: '武进日报·读报', base: '/dubao/' })) as Record<string, unknown> & { icons: { src: string }[] };
    expect(manifest.name).toBe('武进日报·读报');
    expect(manifest.start_url).toBe('/dubao/');
    expect(manifest.scope).toBe('/dubao/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons[0]!.src).toBe('/dubao/favicon.svg');
  });

  it('adds the final slash to a base without one', () => {
    expect((JSON.parse(webManifest({ name: '读报', base: '/r' })) as { scope: string }).scope).toBe('/r/');
  });
});
