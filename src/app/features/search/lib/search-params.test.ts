import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSearchParams, rangeIsReversed, searchHref, toggleFilter, wellFormed } from './search-params.ts';

const parse = (href: string) => parseSearchParams(new URL(href, 'http://x.invalid').searchParams);

describe('search URL state', () => {
  it('reads the query, repeated filters and the results page', () => {
    const state = parse('/search?q=%20半导%20&date=2024-10-31&date=2024-10-30&page=p1&entity=person-a&p=3');
    expect(state).toEqual({ q: '半导', dates: ['2024-10-31', '2024-10-30'], pageIds: ['p1'], entityIds: ['person-a'], sort: 'relevance', page: 3 });
  });

  it('ignores a nonsense results page and duplicate or empty filters', () => {
    const state = parse('/search?q=a&p=-4&date=&date=x&date=x');
    expect(state.page).toBe(1);
    expect(state.dates).toEqual(['x']);
    expect(parse('/search?p=abc').page).toBe(1);
  });

  it('round-trips any state through its URL', () => {
    const value = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        value,
        fc.uniqueArray(value, { maxLength: 3 }),
        fc.constantFrom('relevance', 'newest', 'oldest' as const),
        fc.option(fc.constantFrom('2019-02-01', '2024-10-31'), { nil: undefined }),
        fc.integer({ min: 1, max: 50 }),
        (q, dates, sort, from, page) => {
          const state = { q: q.trim(), dates, pageIds: [], entityIds: [], sort, ...(from ? { from, to: '2024-10-31' } : {}), page };
          expect(parse(searchHref(state))).toEqual(state);
        },
      ),
    );
  });

  it('reads the order and the date range, and ignores what is neither', () => {
    const state = parse('/search?q=a&sort=old&from=2019-02-01&to=2019-02-28');
    expect([state.sort, state.from, state.to]).toEqual(['oldest', '2019-02-01', '2019-02-28']);
    expect(parse('/search?q=a&sort=new').sort).toBe('newest');
    const odd = parse('/search?q=a&sort=random&from=yesterday&to=2019-2-1');
    expect([odd.sort, odd.from, odd.to]).toEqual(['relevance', undefined, undefined]);
    expect(searchHref({ q: 'a', sort: 'relevance' })).toBe('/search?q=a');
    expect(searchHref({ q: 'a', sort: 'newest', to: '2019-02-28', page: 2 })).toBe('/search?q=a&sort=new&to=2019-02-28&p=2');
    expect(rangeIsReversed({ from: '2019-03-01', to: '2019-02-28' })).toBe(true);
    expect(rangeIsReversed({ from: '2019-02-28', to: '2019-02-28' })).toBe(false);
    expect(rangeIsReversed({ from: '2019-03-01' })).toBe(false);
  });

  it('never throws on lone surrogates, and replaces them', () => {
    expect(wellFormed('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
    expect(wellFormed('😀')).toBe('😀');
    expect(() => searchHref({ q: '\uD800<script>' })).not.toThrow();
  });

  it('toggles a filter value and goes back to the first page of results', () => {
    const state = parse('/search?q=a&date=d1&p=4');
    const off = toggleFilter(state, 'dates', 'd1');
    expect(off.dates).toEqual([]);
    expect(off.page).toBe(1);
    expect(toggleFilter(off, 'dates', 'd2').dates).toEqual(['d2']);
    expect(searchHref(toggleFilter(state, 'entityIds', 'e1'))).toBe('/search?q=a&date=d1&entity=e1');
  });
});
