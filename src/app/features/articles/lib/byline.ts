import type { Article, Byline } from '../../../../contract/bundle.ts';

const PHOTO_ROLES = new Set(['摄', '摄影']);
const AFTER_NAME_ROLES = new Set(['文', '图', '图文']);

/**
 * A byline as a newspaper prints it: `本报记者 黄雅婷` for the paper's own reporter,
 * `韩晖` without a role, `徐晶玮 摄` for a photographer, `朱梦琪 文` for a writer's credit.
 */
export function formatByline(byline: Byline, dateline?: string): string {
  const { name, role, affiliation = '' } = byline;
  if (!role) return affiliation ? `${affiliation} ${name}` : name;
  if (PHOTO_ROLES.has(role)) return affiliation ? `${affiliation}记者 ${name} 摄` : `${name} 摄`;
  if (AFTER_NAME_ROLES.has(role)) return `${name} ${role}`;
  if (!affiliation && role === '记者' && dateline?.startsWith('本报')) return `本报记者 ${name}`;
  return `${affiliation}${role} ${name}`;
}

/** All bylines of an item, in printed order, separated as print does with a wide space. */
export function formatBylines(article: Pick<Article, 'bylines' | 'dateline'>): string {
  return article.bylines.map((byline) => formatByline(byline, article.dateline)).join('\u3000');
}
