/**
 * A column tag printed with a headline: `（人民时评）` closing it or opening it. The tag is only
 * what a 栏目 name looks like: 2 to 8 Chinese characters in full-width brackets, which may be
 * joined by a middle dot (`（暖相册·春运故事）`); with a digit, a space, a half-width bracket or
 * punctuation inside it is something else (`（上接第1版）`, `（记者 王明）`, `（上）`), and so is a date.
 */
const LABEL = String.raw`\p{Script=Han}+(?:·\p{Script=Han}+)*`;
const CLOSING = new RegExp(String.raw`^(?<rest>.+?)（(?<label>${LABEL})）$`, 'u');
const OPENING = new RegExp(String.raw`^（(?<label>${LABEL})）(?<rest>.+)$`, 'u');
const MIN_LENGTH = 2;
const MAX_LENGTH = 8;
/** `二〇二四年十月`, `十月三十日`: a date deck printed in brackets, not a column. */
const DATE = /^[〇零一二三四五六七八九十百]+(?:年|月|日)/u;
/** Parts of a series (`（上篇）`, `（之一）`, `（续完）`): the headline's own, not a column. */
const SERIES_PART = /^(?:[上中下][篇集]|之[一二三四五六七八九十]+|续完?|完|连载)$/u;

function isLabel(label: string): boolean {
  const length = [...label.replaceAll('·', '')].length;
  return length >= MIN_LENGTH && length <= MAX_LENGTH && !DATE.test(label) && !SERIES_PART.test(label);
}

/** The column tag of a headline, without its brackets, or undefined; a headline that is only a tag has none. */
export function columnTagOf(headline: string): string | undefined {
  const text = headline.trim();
  for (const rule of [CLOSING, OPENING]) {
    const match = rule.exec(text);
    const label = match?.groups?.label;
    // What remains must be a headline of its own, not another bracketed note.
    if (label && isLabel(label) && /\p{Script=Han}|\p{L}|\p{N}/u.test(match.groups?.rest ?? '')) return label;
  }
  return undefined;
}
