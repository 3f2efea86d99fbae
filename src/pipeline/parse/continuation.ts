import { readPageNumber } from './headers.ts';

/** `下转`/`转` point on to the rest of the article; `上接`/`紧接`/`接` back to its beginning. */
const ON = new Set(['下转', '转']);
/** `第4版`, `4版`, `二版`, `第二版`, `A3版` (the section letter is not the 版次, and is dropped). */
const PAGE = '(?:第\\s*)?(?:[A-ZＡ-Ｚ]\\s*)?(?<number>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*版';
/**
 * The marker in its brackets. Only these verbs: `（详见第5版）`, `（相关报道见第四版）` and
 * `（讲话全文见第三版）` are cross-references the text prints, and stay in it.
 */
const MARKER = `[（(]\\s*(?<verb>下转|上接|紧接|转|接)\\s*${PAGE}\\s*[）)]`;
const AT_START = new RegExp(`^\\s*${MARKER}`, 'u');
const AT_END = new RegExp(`${MARKER}\\s*$`, 'u');

export interface Continued {
  /** The paragraph without its marker, trimmed; empty when it was only the marker. */
  text: string;
  /** `（下转第4版）`: the article goes on on this page. */
  continuedOn?: number;
  /** `（上接第1版）`: the article began on this page. */
  continuedFrom?: number;
}

/** Records the marker's page; false when it names none (`第0版`), so the text is left as printed. */
function record(match: RegExpExecArray, into: Continued): boolean {
  const { verb = '', number = '' } = match.groups ?? {};
  const page = readPageNumber(number);
  if (page === undefined) return false;
  if (ON.has(verb)) into.continuedOn = page;
  else into.continuedFrom = page;
  return true;
}

/**
 * Takes a continuation marker off the start or end of a paragraph (or a paragraph that is only a
 * marker): the end of an article's first half (`……取得新进展。（下转第4版）`), the start of its second
 * (`（上接第1版）各地……`), or both on a short second half that goes on again. A marker inside the
 * paragraph is text.
 */
export function splitContinuation(text: string): Continued {
  const found: Continued = { text: '' };
  let rest = text;
  const start = AT_START.exec(rest);
  if (start && record(start, found)) rest = rest.slice(start[0].length);
  const end = AT_END.exec(rest);
  if (end && record(end, found)) rest = rest.slice(0, end.index);
  found.text = rest.trim();
  return found;
}
