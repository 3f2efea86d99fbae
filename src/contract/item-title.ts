import type { ArticleSummary } from './bundle.ts';

const CAPTION_PREVIEW = 18;

/**
 * What an item is called in lists (标题导航, breadcrumbs, document titles): its headline;
 * for a photo item without one, its column label, else the start of its caption.
 */
export function itemTitle(item: Pick<ArticleSummary, 'headline' | 'column' | 'caption' | 'kind'>): string {
  if (item.headline) return item.headline;
  if (item.column) return item.column;
  const caption = Array.from(item.caption ?? '');
  if (caption.length === 0) return item.kind === 'photo' ? '图片' : '无标题';
  return caption.length > CAPTION_PREVIEW ? `${caption.slice(0, CAPTION_PREVIEW).join('')}…` : caption.join('');
}
