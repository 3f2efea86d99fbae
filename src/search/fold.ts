import { markFinder } from './marks.ts';
import { createNormalizer } from './normalizer.ts';

/**
 * Matching printed forms in printed text (an entity's name in an article): the search's
 * normalization less its traditional -> simplified table, so that every article view need not
 * load the table. A name and the text it is found in come from the same pages, so they share
 * their script; a search, which compares a reader's typing with every page, folds scripts too.
 */
export const printedFormNormalizer = createNormalizer((ch) => ch);
/** Ranges in the printed `text` where any needle (normalized by {@link printedFormNormalizer}) occurs. */
export const findPrintedMarks = markFinder(printedFormNormalizer.normalizeForSearch);
