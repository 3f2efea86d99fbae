import type { Page, PageFacts } from '../../../contract/bundle.ts';

/**
 * The 版次 as the paper prints it: `第3版`, or `第A02版` for a paper that numbers each section
 * apart (its pages are printed in two digits after the letter). Undefined when no number is known.
 */
export function pageNumberLabel(page: Pick<PageFacts, 'number' | 'section'>): string | undefined {
  if (page.number === undefined) return undefined;
  return page.section ? `第${page.section}${String(page.number).padStart(2, '0')}版` : `第${page.number}版`;
}

/**
 * `第1版 要闻`, `第A02版 要闻`, `第3版`, `要闻`, `第16版 广告` for a page of advertising that names
 * no 版名, or `本版` when the page states neither number nor name.
 */
export function pageLabel(page: Pick<Page, 'number' | 'section' | 'name' | 'advertisement'>): string {
  const name = page.name ?? (page.advertisement ? '广告' : undefined);
  const parts = [pageNumberLabel(page), name].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '本版';
}
