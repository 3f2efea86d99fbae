/** Name comparison and the excerpts failures are shown with. */
import { compact } from '../fidelity/text.ts';

/** The form ENTITIES.md compares names in: NFKC, every whitespace removed (U+3000 and NBSP too). */
export const norm = compact;

/** A text with its compared form and, per unit of that form, where its character starts in the text. */
interface Folded {
  folded: string;
  starts: number[];
  ends: number[];
}

function fold(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of text) {
    const out = norm(ch);
    for (let k = 0; k < out.length; k++) {
      starts.push(at);
      ends.push(at + ch.length);
    }
    folded += out;
    at += ch.length;
  }
  return { folded, starts, ends };
}

/** Characters shown on each side of a name: about 30 of context in all, enough to see the cut. */
const SIDE = 15;

/** Where `name` is printed in `text`, whatever spaces padded it: `…before[name]after…`; undefined when absent. */
export function excerpt(text: string, name: string): string | undefined {
  const key = norm(name);
  if (key === '') return undefined;
  const f = fold(text);
  const at = f.folded.indexOf(key);
  if (at < 0) return undefined;
  const start = f.starts[at] ?? 0;
  const end = f.ends[at + key.length - 1] ?? text.length;
  const before = [...text.slice(0, start)];
  const after = [...text.slice(end)];
  const show = (s: string) => s.replace(/\n+/gu, ' / ').replace(/[ \t\u00a0\u3000]+/gu, ' ');
  return (
    (before.length > SIDE ? '…' : '') +
    show(before.slice(-SIDE).join('')) +
    `[${show(text.slice(start, end))}]` +
    show(after.slice(0, SIDE).join('')) +
    (after.length > SIDE ? '…' : '')
  );
}
