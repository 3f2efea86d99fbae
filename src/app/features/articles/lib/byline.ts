import type { Article, Byline } from '../../../../contract/bundle.ts';

const PHOTO_ROLES = new Set(['摄', '摄影']);
/** What a person did for this item, printed after the name: `张云海 整理`, `朱梦琪 文`. */
const AFTER_NAME_ROLES = new Set(['文', '图', '图文', '文图', '文并图', '作', '绘', '整理', '采访整理', '参与采访整理', '采写', '参与采写', '编译', '翻译', '供图']);
/** Credits printed as a heading before the names: `制图：沈怡宁`, `版式设计：蔡文明`. */
const COLON_ROLES = new Set(['制图', '绘图', '插图', '图表', '漫画', '设计', '版式设计', '版面设计', '统筹', '策划', '执笔', '执笔记者', '参与记者', '采写记者', '资料整理', '剧照摄影', '视频', '剪辑']);

/**
 * Whether an affiliation is a newsroom whose staff sign as its 记者 (`本报`, `新华社`, `解放军报`,
 * `人民网`), printed before the name; otherwise it is a photo agency or source printed after the
 * credit in brackets (`人民视觉`, `影像中国`, `新华社发`).
 */
function isNewsroom(affiliation: string): boolean {
  return /(?:本报|社|报|网|台)$/u.test(affiliation);
}

/** A byline as print sets it around the name: `本报记者 ` before, ` 摄（影像中国）` after. */
function bylineParts(byline: Byline, dateline?: string): { before: string; after: string } {
  const { role, affiliation } = byline;
  const newsroom = affiliation && isNewsroom(affiliation) ? affiliation : undefined;
  const agency = affiliation && !newsroom ? `（${affiliation}）` : '';
  if (!role) return { before: newsroom ? `${newsroom} ` : '', after: agency };
  // A role after the name replaced the position, which the parser keeps only for a newsroom's 记者.
  const staff = newsroom ? `${newsroom}记者 ` : '';
  if (PHOTO_ROLES.has(role)) return { before: staff, after: ` 摄${agency}` };
  if (AFTER_NAME_ROLES.has(role)) return { before: staff, after: ` ${role}${agency}` };
  if (COLON_ROLES.has(role)) return { before: `${role}：${staff}`, after: agency };
  // The paper's own reporter from before bundles carried an affiliation: `本报讯(记者 朱梦琪)`.
  if (!affiliation && role === '记者' && dateline?.startsWith('本报')) return { before: '本报记者 ', after: '' };
  return { before: `${newsroom ?? ''}${role} `, after: agency };
}

/**
 * A byline as a newspaper prints it: `本报记者 黄雅婷` for the paper's own reporter,
 * `新华社记者 方晨 摄` and `陈云帆 摄（影像中国）` for photographers, `韩晖` without a role,
 * `朱梦琪 文`, `制图：沈怡宁`. Padding the print put inside a name is never in the name.
 */
export function formatByline(byline: Byline, dateline?: string): string {
  const { before, after } = bylineParts(byline, dateline);
  return `${before}${byline.name}${after}`;
}

/**
 * All bylines of an item, in printed order. Names sharing a role are printed under it once, as
 * print does (`本报记者 钱晓彬 宋浩然`, `朱岩 黄子轩 摄`); different roles are set apart with a wide space.
 */
export function formatBylines(article: Pick<Article, 'bylines' | 'dateline'>): string {
  const groups: { before: string; after: string; names: string[] }[] = [];
  for (const byline of article.bylines) {
    const parts = bylineParts(byline, article.dateline);
    const last = groups.at(-1);
    if (last && last.before === parts.before && last.after === parts.after) last.names.push(byline.name);
    else groups.push({ ...parts, names: [byline.name] });
  }
  return groups.map((group) => `${group.before}${group.names.join(' ')}${group.after}`).join('\u3000');
}
