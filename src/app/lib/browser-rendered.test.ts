import { describe, expect, it } from 'vitest';
import { browserRenderedBootScript } from './browser-rendered.ts';

function marks(base: string, pathname: string): boolean {
  const dataset: Record<string, string> = {};
  new Function('location', 'document', browserRenderedBootScript(base))({ pathname }, { documentElement: { dataset } });
  return 'browserRendered' in dataset;
}

describe('browserRenderedBootScript', () => {
  it('marks the routes left to the browser, under the base', () => {
    expect(marks('/dubao/', '/dubao/entity/p-abc')).toBe(true);
    expect(marks('/dubao/', '/dubao/column/c-1')).toBe(true);
    expect(marks('/dubao/', '/dubao/edition/2024-10-31/print')).toBe(true);
    expect(marks('/', '/entity/p-abc')).toBe(true);
  });

  it('leaves prerendered routes and other sites alone', () => {
    expect(marks('/dubao/', '/dubao/article/x--1')).toBe(false);
    expect(marks('/dubao/', '/dubao/')).toBe(false);
    expect(marks('/dubao/', '/entity/p-abc')).toBe(false);
    expect(marks('/dubao/', '/dubao/article/entity/')).toBe(false);
  });
});
