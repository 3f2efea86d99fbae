import type { Citation } from './citation.ts';

/** RIS values are one line each. */
const line = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A RIS record of type `NEWS` (newspaper article), as citation managers import it. */
export function ris(citation: Citation): string {
  const tags: [string, string][] = [['TY', 'NEWS']];
  for (const author of citation.authors) tags.push(['AU', line(author)]);
  tags.push(['TI', line(citation.title)]);
  if (citation.newspaper) tags.push(['T2', line(citation.newspaper)]);
  if (citation.date) tags.push(['PY', citation.date.slice(0, 4)], ['DA', citation.date.replace(/-/gu, '/')]);
  if (citation.page) tags.push(['SP', citation.page]);
  tags.push(['UR', citation.url], ['LA', 'zh-CN'], ['ER', '']);
  return `${tags.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n')}\r\n`;
}
