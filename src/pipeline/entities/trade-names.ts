/**
 * Companies printed by their short name, a name of their own and a trade (`湘潭纸业`, `华岳钢铁`,
 * `南宁地铁`), with no legal suffix: the way a paper names a company it has already introduced, or
 * one every reader knows. The trade alone is an industry (`我国钢铁出口`, `钢铁行业`), so the name
 * is taken only where the tagger reads a word of its own before the trade (a place, a brand, a word
 * it does not know) and the pair stands alone: a clause starts before it, and punctuation, 的 or a
 * verb follows it (`湘潭纸业|上缴税收`, not `南宁地铁|建设总部`).
 */
import type { NameFind } from './enterprises.ts';
import { SCAN_STOPS } from './lexicon.ts';
import type { Lexicon, TaggedWord } from '../parse/types.ts';

/** Trades a company's short name ends in and that no verb takes as its object (`投身实业`, `兴办实业`: 实业 is left out). */
const TRADE_NAMES = new Set(['纸业', '药业', '乳业', '酒业', '矿业', '置业', '钢铁', '重工', '电器', '电气', '传媒', '地铁', '控股']);
/** A word of its own: a place, or a brand or coinage the dictionary does not count as a word (`华岳`, not `投身` or `星河`). */
function isOwn({ word, tag }: TaggedWord, lexicon: Lexicon): boolean {
  return word.length >= 2 && (tag === 'ns' || ((tag === 'nz' || tag === 'x') && !lexicon.has(word)));
}
const VERB_TAGS = /^(?:v|vd)$/u;
const CLAUSE_END = /^[\s，。、；：！？,.;:!?“”"（）()《》—…]/u;

const TRADE_RE = new RegExp([...TRADE_NAMES].join('|'), 'gu');
/** How far before a trade the tagger reads: a short name is a word or two. */
const WINDOW = 8;

/** Every company short name in one folded text. Without a tagger none is taken; only the text around a trade is tagged. */
export function findTradeNames(text: string, lexicon?: Lexicon): NameFind[] {
  if (!lexicon?.tag) return [];
  const finds: NameFind[] = [];
  for (const match of text.matchAll(TRADE_RE)) {
    const from = Math.max(0, match.index - WINDOW);
    const words = lexicon.tag(text.slice(from, match.index + match[0].length + 4));
    let at = from;
    for (let i = 0; i + 1 < words.length && at < match.index; at += words[i]!.word.length, i++) {
      const own = words[i]!;
      const trade = words[i + 1]!;
      if (at + own.word.length !== match.index || trade.word !== match[0] || !isOwn(own, lexicon)) continue;
      // `《星河重工》`: a title, not a company.
      if (text[at - 1] === '《') continue;
      const next = words[i + 2];
      const end = match.index + match[0].length;
      const opens = at === 0 || CLAUSE_END.test(text[at - 1] ?? '') || text[at - 1] === '的' || SCAN_STOPS.endsAt(text, at);
      const closes = end === text.length || CLAUSE_END.test(next?.word ?? '') || next?.word === '的' || VERB_TAGS.test(next?.tag ?? '');
      if (opens && closes) finds.push({ start: at, end });
    }
  }
  return finds;
}
