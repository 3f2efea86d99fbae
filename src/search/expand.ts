/** Pinyin keys shorter than this are too ambiguous to expand (one letter would match half the names). */
export const MIN_PINYIN_KEY = 2;

/** Whether a normalized term could be pinyin (and so is worth looking up). */
export function isPinyinCandidate(term: string): boolean {
  return term.length >= MIN_PINYIN_KEY && /^[a-z]+$/.test(term);
}

/**
 * The alternatives a term stands for: itself, plus the names its pinyin spells, at most
 * `MAX_ALTERNATIVES` so a vague key like `zl` cannot blow up a query.
 */
export const MAX_ALTERNATIVES = 32;
export function expandTerm(term: string, table: Record<string, string[]> | undefined): string[] {
  const names = table && isPinyinCandidate(term) && Object.hasOwn(table, term) ? table[term]! : [];
  return [term, ...names.filter((n) => n !== term)].slice(0, MAX_ALTERNATIVES);
}
