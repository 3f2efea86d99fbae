import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedValue } from './stored-value.ts';

function stubStorage(refuse = false) {
  const items = new Map<string, string>();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (refuse) throw new Error('QuotaExceededError');
        items.set(key, value);
      },
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  });
  return items;
}

afterEach(() => vi.unstubAllGlobals());

describe('storedValue', () => {
  const count = () => storedValue('k', (raw) => Number(raw ?? 0), String, 0);

  it('decodes once per stored string, stores updates and tells every listener', () => {
    const items = stubStorage();
    const value = count();
    const heard = vi.fn();
    value.subscribe(heard);
    expect(value.getSnapshot()).toBe(0);
    value.update((n) => n + 2);
    expect(items.get('k')).toBe('2');
    expect(value.getSnapshot()).toBe(2);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(value.getServerSnapshot()).toBe(0);
  });

  it('reads nothing stored as the fallback itself, so a first visit hydrates with no redraw', () => {
    stubStorage();
    const fallback = { items: [] as string[] };
    const value = storedValue('k', (raw) => (raw ? { items: [raw] } : { items: [] }), (v) => v.items.join(), fallback);
    expect(value.getSnapshot()).toBe(fallback);
    expect(value.getSnapshot()).toBe(value.getServerSnapshot());
  });

  it('keeps the value for the visit when the browser refuses to store it', () => {
    stubStorage(true);
    const value = count();
    value.update((n) => n + 5);
    expect(value.getSnapshot()).toBe(5);
  });
});
