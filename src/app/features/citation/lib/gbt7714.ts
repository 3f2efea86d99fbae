import type { Citation } from './citation.ts';

/** GB/T 7714 names at most three authors, then `等`. */
const MAX_AUTHORS = 3;

/**
 * A GB/T 7714-2015 reference to a newspaper article (文献类型 [N]):
 * `作者. 题名[N]. 报纸名, 日期(版次).`, e.g. `朱梦琪. 区政府第34次常务会议召开[N]. 武进日报, 2024-10-31(1).`
 * Parts the page does not state are left out, never guessed.
 */
export function gbt7714(citation: Citation): string {
  const parts: string[] = [];
  const { authors } = citation;
  if (authors.length > 0) parts.push(`${authors.slice(0, MAX_AUTHORS).join(', ')}${authors.length > MAX_AUTHORS ? ', 等' : ''}. `);
  parts.push(`${citation.title}[N]. `);
  const where = [citation.newspaper, citation.date ? `${citation.date}${citation.page ? `(${citation.page})` : ''}` : undefined].filter(Boolean).join(', ');
  if (where) parts.push(`${where}.`);
  return parts.join('').trim();
}
