import { COMPOUND_SURNAMES, SURNAMES } from '../lexicon/surnames.ts';

/**
 * Whether a short string can be a Chinese personal name as printed in a byline or credit.
 * Bylines are the one place a name stands alone with no context, so a surname list guards
 * against bracketed words such as `(试行)` or `(扩大)` being read as names.
 */

const CJK = /^[\u3400-\u9fff]+$/u;

export function isPersonName(text: string): boolean {
  if (text.includes('·')) return /^[\u3400-\u9fff]{1,6}(·[\u3400-\u9fff]{1,6})+$/u.test(text);
  if (!CJK.test(text)) return false;
  const length = [...text].length;
  const compound = COMPOUND_SURNAMES.startsAt(text, 0);
  if (compound) return length >= 3 && length <= 4;
  return length >= 2 && length <= 3 && SURNAMES.has(text[0] ?? '');
}
