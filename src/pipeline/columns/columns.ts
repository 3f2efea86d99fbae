import type { Article, ColumnRef } from '../../contract/bundle.ts';
import { pinyinSlug, shortHash } from '../entities/ids.ts';
import { nameKey } from '../entities/text.ts';
import { columnTagOf } from './column-tag.ts';

const MAX_SLUG = 60;

/** What makes two printed labels one column: `重点项目 进行时` and `重点项目进行时`, `小康·路上` and `小康路上` alike. */
function columnKey(label: string): string {
  return nameKey(label).replace(/[·・•‧]/gu, '');
}

/**
 * A printed 栏目 label gets a page only when it reads as one: Chinese characters (a space or a
 * middle dot between them), at most 12. A credit or a note the parser took for a label
 * (`数据来源：…`, `（作者单位：…）`) has punctuation and stays a plain label.
 */
const PRINTED_LABEL = /^\p{Script=Han}[\p{Script=Han}\s·]{1,11}$/u;

/**
 * Ids for column labels (by key): the pinyin of the label; labels that read alike (`时评`, `诗评`)
 * each get a hash of their own key, so an id depends only on which labels exist, never on order.
 */
function columnIds(keys: readonly string[]): Map<string, string> {
  const bases = new Map(keys.map((key) => {
    const slug = pinyinSlug(key);
    return [key, slug === '' ? `column-${shortHash(key)}` : slug.length > MAX_SLUG ? `${slug.slice(0, MAX_SLUG).replace(/-+$/u, '')}-${shortHash(key)}` : slug];
  }));
  const keysOf = new Map<string, number>();
  for (const base of bases.values()) keysOf.set(base, (keysOf.get(base) ?? 0) + 1);
  return new Map([...bases].map(([key, base]) => [key, (keysOf.get(base) ?? 0) > 1 ? `${base}-${shortHash(key)}` : base]));
}

/**
 * Each article with its headline's column tag (`columnTag`) and the columns it is listed under
 * (`columns`: its printed 栏目 label first, then the tag when it names another). A column is
 * shown under the label it was first printed with in the given order.
 */
export function withColumns(articles: readonly Article[]): Article[] {
  const tagged = articles.map((article) => {
    const columnTag = article.headline ? columnTagOf(article.headline) : undefined;
    return columnTag ? { ...article, columnTag } : article;
  });
  const labels = new Map<string, string>();
  const labelsOf = (article: Article) => [article.column && PRINTED_LABEL.test(article.column) ? article.column : undefined, article.columnTag];
  for (const article of tagged) {
    for (const label of labelsOf(article)) {
      if (label && !labels.has(columnKey(label))) labels.set(columnKey(label), label);
    }
  }
  const ids = columnIds([...labels.keys()]);
  return tagged.map((article) => {
    const keys = [...new Set(labelsOf(article).filter((label): label is string => !!label).map(columnKey))];
    if (keys.length === 0) return article;
    const columns: ColumnRef[] = keys.map((key) => ({ id: ids.get(key)!, label: labels.get(key)! }));
    return { ...article, columns };
  });
}
