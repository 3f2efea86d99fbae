/**
 * Companies printed without a legal suffix but named by their executives: `椰子传媒董事经理阮文安`,
 * `龙溪烟花总裁李昌明说`, `榕钢总经理肖明湖说`. A 董事长 or 总经理 heads a company, so what stands
 * between the clause start and the title, when it is a name of its own, is one.
 */
import type { NameFind } from './enterprises.ts';
import { APPOSITION_HEADS, FOLLOWERS, SCAN_STOPS } from './lexicon.ts';
import { scanBack } from './scan.ts';
import { isHan } from './text.ts';
import type { Lexicon } from '../parse/types.ts';

/** Titles only a company has, longest first (`行政总裁`, not `总裁` after `…行政`). */
const EXECUTIVE_RE = /(?:副)?(?:首席执行官|执行董事|董事经理|行政总裁|董事长|总经理|总裁)/gu;
const MAX_NAME = 10;
/**
 * Heads of a body, a division or a named company the other rules read (`…局局长`, `华南区副总裁`);
 * a legal suffix anywhere is the suffix rule's name, and what follows it a rank (`…集团专务`, `…集团全球`).
 */
const OTHER_HEADS = /(?:公司|集团|合作社|总厂)|(?:企业|银行|局|部|厅|委|院|校|会|社|所|中心|政府|办|处|站|台|队|组|团|店|厂|行|区)$/u;
/** Words that are someone's own: a place (`越南`, `龙溪`), a person's or a brand's name, or one the dictionary does not know (`榕钢`). */
const OWN_TAGS = /^(?:ns|nr|nrt|nrfg|nz|nt|x)$/u;
/** Verbs, prepositions, conjunctions, adverbs, pronouns: a clause, not a name (`曾任|总经理`). */
const CLAUSE_TAGS = /^(?:v|vd|p|c|d|r)$/u;

/** Every company named right before an executive's title and name. Without a tagger none is taken. */
export function findCompaniesBeforeExecutives(text: string, lexicon?: Lexicon): NameFind[] {
  if (!lexicon?.tag) return [];
  const finds: NameFind[] = [];
  for (const match of text.matchAll(EXECUTIVE_RE)) {
    const after = match.index + match[0].length;
    // `总经理表示`: the title used without a name says nothing of whose it is.
    if (!isHan(text[after]) || FOLLOWERS.startsAt(text, after)) continue;
    const start = scanBack(text, match.index, [SCAN_STOPS, APPOSITION_HEADS], MAX_NAME + 1);
    const name = text.slice(start, match.index);
    // `…总裁兼首席执行官`: the first title of a chain follows the name.
    if (name.length < 2 || name.length > MAX_NAME || OTHER_HEADS.test(name) || lexicon.has(name) || /兼$/u.test(name)) continue;
    const words = lexicon.tag(name);
    if (!words.some(({ word, tag }) => word.length >= 2 && OWN_TAGS.test(tag)) || words.some(({ tag }) => CLAUSE_TAGS.test(tag))) continue;
    finds.push({ start, end: match.index });
  }
  return finds;
}
