import { describe, expect, it } from 'vitest';
import { READING_KEYS, readingActionOf, type KeyPress } from './reading-keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}) =>
  readingActionOf({ key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, defaultPrevented: false, inField: false, ...extra });

describe('readingActionOf', () => {
  it('maps each reading key to its action', () => {
    expect(press('j')).toBe('next-article');
    expect(press('k')).toBe('previous-article');
    expect(press('[')).toBe('previous-page');
    expect(press(']')).toBe('next-page');
    expect(press('s')).toBe('bookmark');
    expect(press('n')).toBe('listen');
    // `?` is Shift+/ on most keyboards: Shift alone does not stop a key.
    expect(press('?')).toBe('help');
    expect(press('x')).toBeUndefined();
    expect(press('J')).toBeUndefined();
  });

  it('leaves keys with Ctrl, ⌘ or Alt, during composition, or already handled to others', () => {
    expect(press('j', { ctrlKey: true })).toBeUndefined();
    expect(press('s', { metaKey: true })).toBeUndefined();
    expect(press('[', { altKey: true })).toBeUndefined();
    expect(press('n', { isComposing: true })).toBeUndefined();
    expect(press('j', { defaultPrevented: true })).toBeUndefined();
  });

  it('never fires while typing in a field', () => {
    for (const key of ['j', 'k', '[', ']', 's', 'n', '?']) expect(press(key, { inField: true })).toBeUndefined();
  });

  it('lists every key once', () => {
    expect(new Set(READING_KEYS.map((entry) => entry.key)).size).toBe(READING_KEYS.length);
  });
});
