import type { Corpus } from '../contract/bundle.ts';
import { expandTerm } from './expand.ts';
import { articleFields } from './fields.ts';
import { normalizeQuery, normalizeText } from './normalize.ts';
import { buildPinyinTable } from './pinyin.ts';

interface Prepared {
  ids: string[];
  /** Each article's normalized fields, kept apart so no match spans two fields. */
  fields: string[][];
  pinyin: Record<string, string[]>;
}

const prepared = new WeakMap<Corpus, Prepared>();

function prepare(corpus: Corpus): Prepared {
  let p = prepared.get(corpus);
  if (!p) {
    p = {
      ids: corpus.articles.map((a) => a.id),
      fields: corpus.articles.map((a) => articleFields(a).map((f) => normalizeText(f.text))),
      pinyin: buildPinyinTable(corpus.entities),
    };
    prepared.set(corpus, p);
  }
  return p;
}

/**
 * The oracle: ids (in corpus order) of the articles containing every term of `query`, by
 * `includes` over each normalized field. Same normalization and pinyin expansion as the index,
 * none of its machinery.
 */
export function bruteForceSearch(corpus: Corpus, query: string): string[] {
  const p = prepare(corpus);
  const alternatives = normalizeQuery(query).terms.map((t) => expandTerm(t, p.pinyin));
  if (alternatives.length === 0) return [];
  const out: string[] = [];
  p.fields.forEach((fields, i) => {
    const all = alternatives.every((alts) => alts.some((a) => fields.some((f) => f.includes(a))));
    if (all) out.push(p.ids[i]!);
  });
  return out;
}
