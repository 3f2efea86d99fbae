import { describe, expect, it } from 'vitest';
import { swipeOf } from './swipe.ts';

describe('swipeOf', () => {
  it('reads a sideways stroke past the threshold', () => {
    expect(swipeOf({ dx: -80, dy: 10, ms: 200 })).toBe('left');
    expect(swipeOf({ dx: 120, dy: -20, ms: 300 })).toBe('right');
  });

  it('ignores short, steep or slow strokes', () => {
    expect(swipeOf({ dx: -59, dy: 0, ms: 100 })).toBeUndefined();
    expect(swipeOf({ dx: 90, dy: 50, ms: 100 })).toBeUndefined();
    expect(swipeOf({ dx: -200, dy: 0, ms: 1500 })).toBeUndefined();
    expect(swipeOf({ dx: 0, dy: 300, ms: 100 })).toBeUndefined();
  });
});
