import { describe, expect, it } from 'vitest';
import {
  decodeRecentSearches,
  encodeRecentSearches,
  RECENT_SEARCHES_LIMIT,
  withoutRecent,
  withRecent,
} from './recent-searches.ts';

describe('recent searches', () => {
  it('puts the newest first, once, and keeps at most ten', () => {
    let list: string[] = [];
    for (const q of ['半导体', '盛蕾', ' 半导体 ', '新质  生产力']) list = withRecent(list, q);
    expect(list).toEqual(['新质 生产力', '半导体', '盛蕾']);
    for (let i = 0; i < 15; i++) list = withRecent(list, `词${i}`);
    expect(list).toHaveLength(RECENT_SEARCHES_LIMIT);
    expect(list[0]).toBe('词14');
  });

  it('never keeps an empty query', () => {
    expect(withRecent(['a'], '   ')).toEqual(['a']);
    expect(withRecent([], '')).toEqual([]);
  });

  it('removes one query', () => {
    expect(withoutRecent(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('round-trips, and ignores what it did not write', () => {
    expect(decodeRecentSearches(encodeRecentSearches(['半导体', '盛蕾']))).toEqual(['半导体', '盛蕾']);
    for (const raw of [null, '', 'nonsense', '[]', '{"version":2,"queries":["a"]}', '{"version":1}']) expect(decodeRecentSearches(raw)).toEqual([]);
    expect(decodeRecentSearches('{"version":1,"queries":["a",3,"","a","b"]}')).toEqual(['a', 'b']);
  });
});
