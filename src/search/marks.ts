const MARK = /\p{M}/u;

/** End (exclusive) in `text` of the character (with its combining marks) starting at `at`. */
function charEnd(text: string, at: number): number {
  let end = at + 1;
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && end < text.length) {
    const low = text.charCodeAt(end);
    if (low >= 0xdc00 && low <= 0xdfff) end++;
  }
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    const ch = String.fromCodePoint(cp);
    if (!MARK.test(ch)) break;
    end += ch.length;
  }
  return end;
}

/** Ranges in the printed `text` where any needle (normalized the same way) occurs, merged and sorted. */
export type MarkFinder = (text: string, needles: readonly string[]) => [number, number][];

/** Finds needles in printed text through a normalization: the search's, or the printed-form fold (fold.ts). */
export function markFinder(normalize: (text: string) => { norm: string; map: number[] }): MarkFinder {
  // A text is searched for one needle after another (each entity's forms in a paragraph, as the
  // article view links first mentions): it is normalized once, not once a needle.
  let lastText: string | undefined;
  let last: { norm: string; map: number[] } | undefined;
  return (text, needles) => {
    if (text !== lastText || !last) {
      last = normalize(text);
      lastText = text;
    }
    const { norm, map } = last;
    const ranges: [number, number][] = [];
    for (const needle of needles) {
      if (needle.length === 0) continue;
      for (let i = norm.indexOf(needle); i >= 0; i = norm.indexOf(needle, i + 1)) {
        ranges.push([map[i]!, charEnd(text, map[i + needle.length - 1]!)]);
        if (ranges.length > 1000) break;
      }
    }
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  };
}
