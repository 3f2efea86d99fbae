import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeCodePointSet } from './code-point-set.ts';
import { normalizeForSearch, normalizeQuery } from './normalize.ts';
import { T2S_FROM } from './t2s-table.ts';
import { T2S_KEYS } from './t2s-keys.ts';

/** A fresh copy of the module, its table not loaded: each test sees the state a page starts in. */
async function freshModule() {
  vi.resetModules();
  return import('./normalize-on-demand.ts');
}

describe('the search normalization with its 繁简 table on demand', () => {
  it('knows exactly the characters the table folds', () => {
    expect(decodeCodePointSet(T2S_KEYS)).toEqual(new Set([...T2S_FROM].map((ch) => ch.codePointAt(0)!)));
  });

  it('says which texts need the table, as the normalizer sees them after NFKC', async () => {
    const { needsFoldingTable } = await freshModule();
    expect(needsFoldingTable('国务院召开常务会议 Report 2024')).toBe(false);
    expect(needsFoldingTable('國務院')).toBe(true);
    // A Kangxi radical and a squared ideograph become traditional characters under NFKC: ⾺ → 馬, 🈚 → 無.
    expect(needsFoldingTable('⾺')).toBe(true);
    expect(needsFoldingTable('🈚')).toBe(true);
    expect(needsFoldingTable('')).toBe(false);
  });

  it('normalizes simplified text without the table, and refuses a traditional character until it has come', async () => {
    const module = await freshModule();
    expect(module.normalizeQuery('国务院 常务').terms).toEqual(['国务院', '常务']);
    expect(module.foldingTableLoaded()).toBe(false);
    expect(() => module.normalizeQuery('國務院')).toThrow(/needs the 繁简 table/u);
    await module.whenNormalizable(['国务院']);
    expect(module.foldingTableLoaded()).toBe(false);
    await module.whenNormalizable(['国务院', '國務院']);
    expect(module.foldingTableLoaded()).toBe(true);
    expect(module.normalizeQuery('國務院').terms).toEqual(['国务院']);
  });

  it('normalizes every text as the build does, once it is normalizable', async () => {
    const module = await freshModule();
    const traditional = [...T2S_FROM.slice(0, 400)];
    const piece = fc.oneof(fc.constantFrom(...traditional), fc.constantFrom('国', '务', '院', 'Ａ', 'b', ' ', '“', '”', '⾺', '🈚', '\u0301'), fc.string({ maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), async (text) => {
        await module.whenNormalizable([text]);
        expect(module.normalizeForSearch(text)).toEqual(normalizeForSearch(text));
        expect(module.normalizeQuery(text)).toEqual(normalizeQuery(text));
      }),
    );
  });
});
