import { describe, expect, it } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, parseSettings, SETTINGS_BOOT_SCRIPT, SETTINGS_STORAGE_KEY, type ReaderSettings } from './settings.ts';

type Root = { dataset: Record<string, string | undefined> };

function fakeRoot(): Root {
  return { dataset: {} };
}

function runBootScript(stored: string | null): Root['dataset'] {
  const root = fakeRoot();
  const localStorage = { getItem: (key: string) => (key === SETTINGS_STORAGE_KEY ? stored : null) };
  new Function('localStorage', 'document', SETTINGS_BOOT_SCRIPT)(localStorage, { documentElement: root });
  return root.dataset;
}

describe('parseSettings', () => {
  it('reads stored settings and falls back per field', () => {
    expect(parseSettings(JSON.stringify({ fontSize: 'xl', theme: 'sepia', leading: 'loose' }))).toEqual({ ...DEFAULT_SETTINGS, fontSize: 'xl', theme: 'sepia', leading: 'loose' });
    expect(parseSettings(JSON.stringify({ width: 'wide', typeface: 'kai', tracking: 'looser', theme: 'contrast' }))).toEqual({
      ...DEFAULT_SETTINGS,
      width: 'wide',
      typeface: 'kai',
      tracking: 'looser',
      theme: 'contrast',
    });
    expect(parseSettings(JSON.stringify({ typeface: 'comic-sans', width: 99 }))).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ fontSize: 'huge', theme: 'dark' }))).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(parseSettings(JSON.stringify({ script: 'hant-hk' }))).toEqual({ ...DEFAULT_SETTINGS, script: 'hant-hk' });
    expect(parseSettings(JSON.stringify({ script: 'zh-TW' }))).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('SETTINGS_BOOT_SCRIPT', () => {
  it('sets the same attributes as applySettings', () => {
    const settings: ReaderSettings = { fontSize: 'lg', theme: 'contrast', leading: 'compact', width: 'narrow', typeface: 'song', tracking: 'loose', script: 'hant-tw' };
    const root = fakeRoot();
    applySettings(settings, root);
    expect({ ...runBootScript(JSON.stringify(settings)) }).toEqual({ ...root.dataset });
  });

  it('ignores unknown values and broken storage', () => {
    expect({ ...runBootScript(JSON.stringify({ theme: '"><script>', fontSize: 'xl' })) }).toEqual({ fontSize: 'xl' });
    expect({ ...runBootScript('{') }).toEqual({});
    expect({ ...runBootScript(null) }).toEqual({});
  });
});
