/**
 * Which page each label was made on. The labels do not say; their context (the text around one
 * mention) does: of the labelled pages printing the name, the one sharing most of the context.
 */
import type { Label } from './load.ts';
import { type BenchPage, printedText } from './pages.ts';
import { norm } from './text.ts';

export interface PlacedLabel {
  label: Label;
  /** Keys of the pages it may be on: one, or several when the context cannot tell them apart. */
  pages: string[];
}

/** Long enough that a shared run of characters is not chance, short enough to fit between field breaks. */
const GRAM = 6;

function grams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + GRAM <= chars.length; i++) out.add(chars.slice(i, i + GRAM).join(''));
  return out;
}

// `(not in text: A,B)`: the labeller's tool found no mention to quote and listed names printed with it instead.
const NOT_IN_TEXT = /^\(not in text:(.*)\)$/su;

export function placeLabels(labels: readonly Label[], pages: readonly BenchPage[]): PlacedLabel[] {
  const texts = pages.map((p) => ({ key: p.key, text: norm(p.articles.map(printedText).join('\n')) }));
  return labels.map((label) => {
    const name = norm(label.name);
    const printing = texts.filter((t) => t.text.includes(name));
    const candidates = printing.length > 0 ? printing : texts;
    const hint = NOT_IN_TEXT.exec(label.context);
    const score = hint
      ? (text: string) => (hint[1] ?? '').split(/[,，、]/u).map(norm).filter((n) => n !== '' && text.includes(n)).length
      : (() => {
          const context = [...grams(norm(label.context))];
          return (text: string) => context.filter((g) => text.includes(g)).length;
        })();
    const scored = candidates.map((t) => ({ key: t.key, score: score(t.text) }));
    const best = Math.max(0, ...scored.map((s) => s.score));
    // no page printing the name and none sharing its context: the label is on none of these pages
    if (printing.length === 0 && best === 0) return { label, pages: [] };
    return { label, pages: scored.filter((s) => s.score === best).map((s) => s.key) };
  });
}
