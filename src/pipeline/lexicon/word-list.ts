/** A set of words that can also say whether one of them ends or starts at a place in a text. */
export class WordList {
  readonly words: ReadonlySet<string>;
  private readonly max: number;
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.max = longest(this.words);
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
  /** Whether a word of the list ends at `end` in `text`. */
  endsAt(text: string, end: number): boolean {
    return endsWithAny(text, end, this.words, this.max);
  }
  /** Whether a word of the list starts at `start` in `text`. */
  startsAt(text: string, start: number): boolean {
    return startsWithAny(text, start, this.words, this.max);
  }
  list(): string[] {
    return [...this.words];
  }
}

/** Whether one of `words` ends exactly at `end` in `text`. */
function endsWithAny(text: string, end: number, words: ReadonlySet<string>, maxLength: number): boolean {
  for (let length = Math.min(maxLength, end); length >= 1; length--) {
    if (words.has(text.slice(end - length, end))) return true;
  }
  return false;
}

/** Whether one of `words` starts exactly at `start` in `text`. */
function startsWithAny(text: string, start: number, words: ReadonlySet<string>, maxLength: number): boolean {
  for (let length = Math.min(maxLength, text.length - start); length >= 1; length--) {
    if (words.has(text.slice(start, start + length))) return true;
  }
  return false;
}

function longest(words: Iterable<string>): number {
  let max = 0;
  for (const w of words) max = Math.max(max, w.length);
  return max;
}
