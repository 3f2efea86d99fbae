import { articleFields } from '../src/search/fields.ts';
import type { Corpus } from '../src/contract/bundle.ts';
import { drawWord, rng, type Vocabulary } from './corpus.ts';

/**
 * The fixed query set (same for every candidate and size): common words, longer words,
 * substrings of articles (2-6 characters), person and enterprise names, AND queries, quoted
 * phrases, pinyin, and strings that match nothing.
 */
export function benchQueries(corpus: Corpus, vocabulary: Vocabulary, seed = 7): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  const add = (q: string, until: number) => {
    for (let guard = 0; out.size < until && guard < 10_000; guard++) {
      out.add(q);
      return;
    }
  };
  const wordOf = (len: (n: number) => boolean) => {
    for (;;) {
      const w = drawWord(vocabulary, r);
      if (len(w.length)) return w;
    }
  };
  let n = 0;
  while (out.size < (n += 0, 50)) add(wordOf((l) => l === 2), 50);
  while (out.size < 90) add(wordOf((l) => l >= 3 && l <= 4), 90);
  while (out.size < 150) {
    const a = corpus.articles[Math.floor(r() * corpus.articles.length)]!;
    const fields = articleFields(a);
    const f = fields[Math.floor(r() * fields.length)]!.text;
    const len = 2 + Math.floor(r() * 5);
    const at = Math.floor(r() * Math.max(1, f.length - len));
    const q = f.slice(at, at + len);
    if (!/[,。]/.test(q) && q.length >= 2) add(q, 150);
  }
  const persons = corpus.entities.filter((e) => e.kind === 'person');
  const enterprises = corpus.entities.filter((e) => e.kind === 'enterprise');
  while (out.size < 175) add(persons[Math.floor(r() * persons.length)]!.name, 175);
  while (out.size < 185) add(enterprises[Math.floor(r() * enterprises.length)]!.aliases[0]!, 185);
  while (out.size < 200) add(`${wordOf((l) => l === 2)} ${wordOf((l) => l === 2)}`, 200);
  while (out.size < 210) add(`"${wordOf((l) => l === 2)}${wordOf((l) => l === 2)}"`, 210);
  out.add('shenglei');
  out.add('zl');
  out.add('发展');
  out.add('的');
  out.add('量子纠缠态');
  out.add('<script>alert(1)</script>');
  out.add('.*+?[](){}|\\^$');
  return [...out];
}
