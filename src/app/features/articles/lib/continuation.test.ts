import { describe, expect, it } from 'vitest';
import { continuationLinks, type EditionPage } from './continuation.ts';

const pages: EditionPage[] = [
  { id: 'p1', number: 1 },
  { id: 'p2', number: 2 },
  { id: 'p4', number: 4 },
];

describe('continuationLinks', () => {
  it('links to the other half when the pipeline found it', () => {
    expect(continuationLinks({ pageId: 'p1', continuedOn: { page: 4, articleId: 'p4--abc' } }, pages)).toEqual({
      on: { text: '下转第4版', to: '/article/p4--abc' },
    });
    expect(continuationLinks({ pageId: 'p4', continuedFrom: { page: 1, articleId: 'p1--def' } }, pages)).toEqual({
      from: { text: '上接第1版', to: '/article/p1--def' },
    });
  });

  it('links to the page when the other half was not found on it', () => {
    expect(continuationLinks({ pageId: 'p1', continuedOn: { page: 2 } }, pages)).toEqual({ on: { text: '下转第2版', to: '/page/p2' } });
  });

  it('names the page without a link when it is not in the archive', () => {
    expect(continuationLinks({ pageId: 'p1', continuedOn: { page: 9 } }, pages)).toEqual({ on: { text: '下转第9版' } });
  });

  it('gives both on a short second half that goes on again, and nothing on a whole article', () => {
    const links = continuationLinks({ pageId: 'p2', continuedFrom: { page: 1 }, continuedOn: { page: 4 } }, pages);
    expect(links).toEqual({ from: { text: '上接第1版', to: '/page/p1' }, on: { text: '下转第4版', to: '/page/p4' } });
    expect(continuationLinks({ pageId: 'p2' }, pages)).toEqual({});
  });

  it('stays in the section of a paper that numbers its sections apart', () => {
    const sections: EditionPage[] = [
      { id: 'a1', number: 1, section: 'A' },
      { id: 'a4', number: 4, section: 'A' },
      { id: 'b1', number: 1, section: 'B' },
      { id: 'b4', number: 4, section: 'B' },
    ];
    expect(continuationLinks({ pageId: 'b1', continuedOn: { page: 4 } }, sections)).toEqual({ on: { text: '下转第B04版', to: '/page/b4' } });
    // The other half's own page names the section, wherever it is.
    expect(continuationLinks({ pageId: 'b1', continuedOn: { page: 4, articleId: 'a4--x' } }, sections).on?.text).toBe('下转第A04版');
  });
});
