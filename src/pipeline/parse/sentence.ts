/** Closing quotes and brackets that may follow a sentence's final mark (`……。”`). */
const CLOSERS = /[”’」』》〉)）\]】"'】]+$/u;
/** Marks after which a paragraph may end: the print column did not cut it. */
const SENTENCE_END = /[。！？!?…；;:：.]$/u;

/**
 * A note in brackets after a sentence's final mark (`…发展。（讲话全文见第二版）`): an aside on the
 * sentence before it, never the start of the next; a numbered item (`。（一）`) opens one instead.
 */
const NOTE_AFTER_STOP = /[。！？!?][\s\u3000]*[（(][^（）()]{3,30}[）)]$/u;

/** Whether a paragraph ends a sentence; one that does not was cut where a print column ended. */
export function endsSentence(text: string): boolean {
  // Only the end matters, and a rejoined paragraph can be long: test its last characters.
  const trimmed = text.slice(-16).trimEnd();
  if (SENTENCE_END.test(trimmed)) return true;
  if (NOTE_AFTER_STOP.test(text.slice(-40).trimEnd())) return true;
  const withoutClosers = trimmed.replace(CLOSERS, '');
  return withoutClosers !== trimmed && SENTENCE_END.test(withoutClosers);
}

/** Any punctuation a headline never ends with, and marks that only running text contains. */
const TRAILING_PUNCTUATION = /[，,、；;：:。！？!?….]$/u;
const SENTENCE_MARK_INSIDE = /[。！？!?]/u;

/** Longest line a headline, kicker, subheadline or column label is printed in. */
export const MAX_TITLE_LINE = 40;
const MAX_TITLE_LINES = 3;

/** A short block without sentence punctuation: a headline, kicker, subheadline, label, or a cut fragment. */
export function isTitleLike(lines: readonly string[]): boolean {
  if (lines.length === 0 || lines.length > MAX_TITLE_LINES) return false;
  return lines.every(
    (line) =>
      [...line].length <= MAX_TITLE_LINE && !TRAILING_PUNCTUATION.test(line) && !SENTENCE_MARK_INSIDE.test(line),
  );
}
