import { describe, expect, it } from 'vitest';
import { decodeListen, DEFAULT_LISTEN, encodeListen, POSITION_LIMIT, withPosition } from './listen-store.ts';

describe('listen store', () => {
  it('round-trips and falls back per field', () => {
    const prefs = { rate: 1.5, continueToNext: true, positions: { a: 3 } };
    expect(decodeListen(encodeListen(prefs))).toEqual(prefs);
    expect(decodeListen(JSON.stringify({ version: 1, rate: 9, continueToNext: 'yes', positions: { a: -1 } }))).toEqual(DEFAULT_LISTEN);
    for (const raw of [null, '{', '[]', JSON.stringify({ version: 2, rate: 1 })]) expect(decodeListen(raw)).toEqual(DEFAULT_LISTEN);
  });

  it('remembers, moves and forgets a position, keeping the newest', () => {
    let prefs = withPosition(DEFAULT_LISTEN, 'a', 2);
    prefs = withPosition(prefs, 'b', 1);
    prefs = withPosition(prefs, 'a', 4);
    expect(Object.entries(prefs.positions)).toEqual([
      ['b', 1],
      ['a', 4],
    ]);
    expect(withPosition(prefs, 'a', undefined).positions).toEqual({ b: 1 });
    for (let index = 0; index < POSITION_LIMIT + 5; index++) prefs = withPosition(prefs, `x${index}`, 1);
    expect(Object.keys(prefs.positions)).toHaveLength(POSITION_LIMIT);
    expect(prefs.positions.a).toBeUndefined();
  });
});
