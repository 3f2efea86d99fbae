import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { ARTICLE_ID_SEPARATOR } from '../contract/bundle.ts';

export function shortHash(text: string, length = 10): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * A page's id from its seed file name: ASCII kept, Chinese spelled in pinyin, anything else dropped.
 * A name that had to change gets a short hash of the original, so two files never share an id.
 */
export function pageIdFromFile(file: string): string {
  const base = file.replace(/\.[^./]+$/u, '').replace(/[\\/]/gu, '_');
  const spelled = pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-');
  const safe = spelled.replace(/[^A-Za-z0-9_-]+/gu, '-').replace(/-{2,}/gu, '-').replace(/^-|-$/gu, '');
  if (safe === base) return safe;
  return `${safe || 'page'}-${shortHash(base, 6)}`;
}

/** An article's id: its page and a hash of its own content, so it survives rebuilds and other pages. */
export function articleId(pageId: string, content: string): string {
  return `${pageId}${ARTICLE_ID_SEPARATOR}${shortHash(content)}`;
}
