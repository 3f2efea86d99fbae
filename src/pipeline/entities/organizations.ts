/**
 * Government bodies, institutions and named projects. They are found so they are never mistaken for
 * persons or enterprises, and shown in their own groups.
 */
import type { NameFind } from './enterprises.ts';
import { WordList } from '../lexicon/word-list.ts';
import { PLACES, SCAN_STOPS, SCOPE_WORDS, SOFT_STOPS } from './lexicon.ts';
import { COUNTRIES, INSTITUTION_HEADS, INSTITUTION_KINDS, INTERNATIONAL_BODIES, ORGAN_FUNCTIONS, STATE_PREFIXES } from './organ-lexicon.ts';
import { scanBack } from './scan.ts';
import { alternation, isHan } from './text.ts';

/** A named place and its level: `常州市`, `武进区`; a level alone (`市政府`, `特区政府`) is an ellipsis, not a name. */
const PLACE_LEVEL = /^(?!特区$).{1,}(?:省|市|区|县|镇|乡|州|旗|街道)$/u;
const LEVEL_CHUNK = /^\p{Script=Han}{2,4}(?:省|市|区|县|镇|乡|州|旗|府)/u;
/** After punctuation a place's own name may be longer (`军天湖农场区`). */
const LONG_LEVEL_CHUNK = /^\p{Script=Han}{2,6}(?:省|市|区|县|镇|乡|州|旗|府)/u;

/** Organs named for the level of government they serve: the place must be printed before them. */
const LEVEL_ORGANS = ['人大常委会', '人民政府', '政府', '政协', '人大', '人民法院', '人民检察院', '法院', '检察院', '党委', '党工委', '纪委监委', '纪委', '委'];
/** Organs named for what they do (`教育部`, `扶贫办`); those in {@link BARE_ORGANS} need no place (`公安部`, `海关总署`). */
const FUNCTION_ORGANS = ['办公厅', '办公室', '总署', '总局', '分局', '局', '厅', '部', '署', '办', '委', '中心', '司'];
const BARE_ORGANS = new Set(['部', '总局', '总署', '署']);

/** Bodies known by one fixed name. */
const FIXED_ORGANS = ['党中央', '中共中央政治局常委会', '中共中央政治局', '中共中央书记处', '中央政治局常委会', '中央政治局', '中共中央', '国务院', '中国人民解放军', '中国人民武装警察部队', '全国人民代表大会常务委员会', '全国人民代表大会', '全国人大常委会', '全国人大', '全国政协', '中央军委', '中央纪委', '新华社', ...INTERNATIONAL_BODIES];

/** Cores that make an organ's suffix a common noun (`相关部门`, `各级各部门`). */
const GENERIC_ORGAN_CORES = new WordList([
  '各', '各级', '各级各', '相关', '有关', '职能', '主管', '行业', '监管', '政府', '上级', '其他', '业务', '责任', '执法',
  '专门', '工作', '联合', '领导', '协调', '议事', '多个', '若干', '地方', '基层', '属地', '部分', '所有', '全部',
]);

const HEADS = [...new Set([...LEVEL_ORGANS, ...FUNCTION_ORGANS, ...INSTITUTION_HEADS, ...FIXED_ORGANS])];
/** What makes a head a word of its own instead (`部门`, `局长`, `办法`, `委托`, `中心城区`). */
const NOT_A_HEAD = /^(?:司[机长令法仪]|部[门署分队长位件]|局[长面势限部]|厅长|署[长名]|办[理法公事好成]|委[员托屈派]|中心[城区])/u;
const HEAD_RE = new RegExp(alternation(HEADS), 'gu');
const HEAD_WORDS = new WordList(HEADS);
/** Which rule reads a head: looked up for every head the scan meets. */
const HEAD_KINDS = {
  fixed: new Set(FIXED_ORGANS),
  institution: new Set(INSTITUTION_HEADS),
  level: new Set(LEVEL_ORGANS),
  function: new Set(FUNCTION_ORGANS),
};
const FUNCTIONS = new WordList(ORGAN_FUNCTIONS);
/** A 中心 is a body only for what a body does (`疾控中心`); a `金融中心` or `会展中心` is a city's role or a venue. */
const CENTER_FUNCTIONS = new WordList(['研究', '疾控', '疾病预防控制', '服务', '政务服务', '便民服务', '传承', '合作', '交流', '培训', '指挥', '监测', '救助', '调度', '急救', '检测', '信息', '卫生服务', '发展', '孵化']);
/** Words that open a government's name: a country, a province or city, the state's prefixes. */
const NAME_OPENERS = new WordList([...PLACES.list(), ...COUNTRIES, ...STATE_PREFIXES.filter((p) => p.length > 1 && p !== '特区' && p !== '自治区'), ...INTERNATIONAL_BODIES]);
const KIND_WORDS = [...INSTITUTION_KINDS, ...SCOPE_WORDS, ...COUNTRIES].sort((a, b) => b.length - a.length);
// A ministry's institute's lab is printed whole: `中国社会科学院财经战略研究院互联网经济研究室`.
const MAX_CORE = 30;

/** A count makes what follows a kind of group (`派出9个指导组`, `两所大学`); the name, if any, is after it. */
const COUNT = /[\d一二三四五六七八九十百千几数多两]+(?:余|多)?[个家所支级名]/gu;
const INSTITUTION_DETERMINERS = ['该', '本', '这所', '那所', '一所', '这家', '那家', '一家', '其', '此', '这个', '那个', '我们', '你们', '他们', '我', '各'];

/** The start of the organ's function words ending at `end`, joined by 和 or 、 (`新闻、宣传和广播服务`); undefined when none ends there. */
function functionsStart(text: string, end: number, functions: WordList): number | undefined {
  let start: number | undefined;
  for (let at = end; ; ) {
    let length = 0;
    for (let l = Math.min(6, at); l >= 2; l--) if (functions.has(text.slice(at - l, at))) { length = l; break; }
    if (length === 0) return start;
    start = at - length;
    at = start;
    if (/[和、与]/u.test(text[at - 1] ?? '') && at - 1 > 0) at--;
    else return start;
  }
}

/** Where a body's name opens: the first country, province, city or prefix of the state in `[from, to)`. */
function openerAt(text: string, from: number, to: number): number | undefined {
  for (let at = from; at < to; at++) if (NAME_OPENERS.startsAt(text, at)) return at;
  return undefined;
}

/**
 * Where a body's name starts, scanned back from its head: at the first word that opens a name (a
 * country, a province, `国家`) and all after it; else at a place and its level where the clause
 * starts (`海西州委`, `甘烹碧府…学校`), so a verb before the name is never swallowed.
 */
function namedStart(text: string, clauseStart: number, headAt: number, units: ReadonlyMap<number, number>): number | undefined {
  const opener = openerAt(text, clauseStart, headAt);
  if (opener !== undefined) return opener;
  // `教育部留学服务中心`, `水利部河湖管理司`: a unit is named by the body it belongs to.
  for (let end = clauseStart + 1; end <= headAt; end++) {
    const unit = units.get(end);
    if (unit !== undefined && unit >= clauseStart) return unit;
  }
  // `由洛阳市政府`, `据怀化市委`: a preposition before the place is not part of it.
  if (SOFT_STOPS.has(text[clauseStart] ?? '') && LEVEL_CHUNK.test(text.slice(clauseStart + 1, headAt))) return clauseStart + 1;
  const afterPunctuation = clauseStart === 0 || !isHan(text[clauseStart - 1]);
  return (afterPunctuation ? LONG_LEVEL_CHUNK : LEVEL_CHUNK).test(text.slice(clauseStart, headAt)) ? clauseStart : undefined;
}

/** A determiner or a pronoun before the name makes the body one of a kind (`当地…委员会`, `个别学校`). */
const NOT_NAMED = /^(?:级|同级|本级|上级|下级|当地|本地|该|这|那|其|此|各|某|每|个别|更多|整个|所有|部分|任何|一些|有的|公共|隔离)|[你我他她它们]/u;

function stripCounts(text: string, start: number, end: number, determiners: readonly string[]): number {
  for (const count of text.slice(start, end).matchAll(COUNT)) start = start + count.index + count[0].length;
  for (const word of determiners) if (text.startsWith(word, start) && start + word.length < end) start += word.length;
  return start;
}

/** Whether a core only says what kind of institution it is (`三甲`, `全国各`), with no name of its own. */
function isKindOnly(core: string, commonHead: boolean): boolean {
  let rest = core;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    // `美国大学` is a kind; `中国工程院`, `中国国际法学会` are one body each.
    for (const word of commonHead ? KIND_WORDS : INSTITUTION_KINDS) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  return rest.length === 0 || /^[省市区县镇乡州]$/u.test(rest);
}

function levelOrgan(text: string, clauseStart: number, head: string, headAt: number, unitEndsAt: ReadonlyMap<number, number>): number | undefined {
  // `委` alone is only a level's party committee (`湖南省委`); `党委` also a unit's (`…局党委`).
  if (head === '委' && !/[省市区县州]$/u.test(text.slice(clauseStart, headAt))) return undefined;
  if ((head === '党委' || head === '党工委') && unitEndsAt.has(headAt)) return unitEndsAt.get(headAt);
  const start = namedStart(text, clauseStart, headAt, unitEndsAt);
  if (start === undefined) return undefined;
  const core = text.slice(start, headAt);
  if (!PLACE_LEVEL.test(core) && !(NAME_OPENERS.has(core) && head !== '委')) return undefined;
  // `京沪两市政府`: several bodies counted together are none of them.
  if (/[两三几多数各]$/u.test(core.slice(0, -1)) && /(?:省|市|区|县)$/u.test(core)) return undefined;
  return start;
}

/** Where the clause a name ending at `end` sits in starts: after a verb or preposition, counts stripped. */
function clauseStartBefore(text: string, end: number, soft: boolean): number {
  const stops = soft ? [CLAUSE_STOPS, ORGAN_STOPS, SOFT_STOPS] : [CLAUSE_STOPS, ORGAN_STOPS];
  return stripCounts(text, scanBack(text, end, stops, MAX_CORE), end, []);
}

function functionOrgan(text: string, head: string, headAt: number, units: ReadonlyMap<number, number>): number | undefined {
  const clauseStart = clauseStartBefore(text, headAt, false);
  // `武汉市公安局硚口区分局`: a branch is named by its district.
  if (head === '分局' && /[区县市]$/u.test(text.slice(clauseStart, headAt))) return namedStart(text, clauseStart, headAt, units);
  const functions = functionsStart(text, headAt, head === '中心' ? CENTER_FUNCTIONS : FUNCTIONS);
  if (functions === undefined) {
    // An office is a body where a government or a place names it (`国务院侨务办公室`); else it is a room.
    if ((head === '办公室' || head === '办公厅') && /(?:省|市|区|县|州|国务院|中央|政府|党委)/u.test(text.slice(clauseStart, headAt))) return clauseStart;
    return undefined;
  }
  // The functions themselves may be clause words (`组织`, `服务`): the clause is scanned from before them.
  const functionsClause = clauseStartBefore(text, functions, false);
  let start = namedStart(text, functionsClause, functions, units);
  // `国家密码管理部门和海关总署`: the place opens this organ's name only if no conjunction comes between.
  if (start !== undefined) {
    const conjunction = Math.max(...[...'和与及、'].map((c) => text.lastIndexOf(c, functions - 1)));
    if (conjunction >= start) start = namedStart(text, conjunction + 1, functions, units);
  }
  if (start !== undefined) return start;
  // `教育部`, `海关总署`: a ministry of the state needs no place.
  return BARE_ORGANS.has(head) && headAt - functions >= 2 ? functions : undefined;
}

/** Heads that are also common nouns (`去医院`, `读大学`, `学会了`): the name must open with a place. */
const COMMON_HEADS = new Set(['大学', '学院', '中学', '小学', '学校', '幼儿园', '医院', '卫生院', '派出所', '工作室', '党校', '俱乐部', '学会', '剧院', '工会', '议会', '国会']);
const PARTIES = new Set(['共产党', '劳动党', '民主党', '国民党', '人民党', '工党']);

function institution(text: string, clauseStart: number, softStart: number, head: string, headAt: number, units: ReadonlyMap<number, number>): number | undefined {
  if (PARTIES.has(head)) {
    // `中国共产党`, `英国共产党`; `共产党员`, `民主党派` are members and kinds.
    const start = openerAt(text, clauseStart, headAt);
    return start !== undefined && NAME_OPENERS.has(text.slice(start, headAt)) && !/^[员派]/u.test(text.slice(headAt + head.length)) ? start : undefined;
  }
  if (head === '学会' && text[headAt + 2] === '了') return undefined;
  let start = namedStart(text, clauseStart, headAt, units);
  // `中南国家双边委员会`: a short name of its own before `国家` is still the name's.
  if (start !== undefined && !COMMON_HEADS.has(head) && start > softStart && start - softStart <= 2) start = softStart;
  // `复旦大学`, `康奈尔大学`: a short name of its own right after punctuation.
  if (start === undefined && COMMON_HEADS.has(head)) {
    const core = text.slice(softStart, headAt);
    const afterPunctuation = softStart === 0 || !/[\p{Script=Han}]/u.test(text[softStart - 1] ?? '');
    start = afterPunctuation && core.length >= 2 && core.length <= 4 && !/^[当但就也还都最更再又才已曾正]/u.test(core) ? softStart : undefined;
  }
  start ??= COMMON_HEADS.has(head) ? undefined : stripCounts(text, softStart, headAt, INSTITUTION_DETERMINERS);
  if (start === undefined) return undefined;
  const core = text.slice(start, headAt);
  if (core.length < 2 || isKindOnly(core, COMMON_HEADS.has(head)) || /^\d/u.test(core) || /[和与及或]$/u.test(core) || GENERIC_ORGAN_CORES.has(core)) return undefined;
  return start;
}

/** Words that end the clause before a body's name: a meeting is not part of the body (`…会议湖南代表团`), nor a former post (`时任`). */
const ORGAN_STOPS = new WordList(['时任', '原任', '曾任', '担任', '身为', '就读', '毕业于', '建立', '组建', '筹建']);
/** The clause stops, but for words printed inside bodies' names (`全国人民代表大会`, `全面依法治国委员会`). */
const CLAUSE_STOPS = new WordList(SCAN_STOPS.list().filter((word) => word !== '代表' && word !== '依法'));
/** Kinds that make a place's institutions a class, not one (`皮山县乡镇派出所`, `武汉市定点医院`). */
const CLASS_ENDINGS = /(?:乡镇|基层|定点|各级|县级|市级|省级|区级|部分|相关|有关|所属|下属|各)$/u;

/**
 * Government bodies and institutions: a head (`…部`, `…政府`, `…大学`) and the name before it,
 * opening with a place, a country or the state (`湖南省工业和信息化厅`), or a name of its own before
 * an institution's head (`…金银潭医院`).
 */
export function findOrganizations(text: string): NameFind[] {
  const finds: NameFind[] = [];
  const unitEndsAt = new Map<number, number>();
  for (const match of text.matchAll(HEAD_RE)) {
    const head = match[0];
    const end = match.index + head.length;
    if ((head.length === 1 || head === '中心') && NOT_A_HEAD.test(text.slice(match.index, end + 2))) continue;
    if (HEAD_KINDS.fixed.has(head)) {
      finds.push({ start: match.index, end });
      unitEndsAt.set(end, match.index);
      continue;
    }
    const clauseStart = clauseStartBefore(text, match.index, false);
    const softStart = clauseStartBefore(text, match.index, true);
    let start: number | undefined;
    if (HEAD_KINDS.institution.has(head)) start = institution(text, clauseStart, softStart, head, match.index, unitEndsAt);
    else {
      if (HEAD_KINDS.level.has(head)) start = levelOrgan(text, clauseStart, head, match.index, unitEndsAt);
      if (start === undefined && HEAD_KINDS.function.has(head)) start = functionOrgan(text, head, match.index, unitEndsAt);
    }
    if (start === undefined) continue;
    // `美国诺瓦东南大学和康奈尔大学`: a name never runs on over another body and a conjunction.
    for (let at = start + 1; at < match.index; at++) if (/[和与及、]/u.test(text[at] ?? '') && (unitEndsAt.has(at) || HEAD_WORDS.endsAt(text, at))) start = at + 1;
    const core = text.slice(start, match.index);
    if (core.length === 0 && !BARE_ORGANS.has(head)) continue;
    if (NOT_NAMED.test(core) || CLASS_ENDINGS.test(core)) continue;
    // `《国家科学院学报》`: a title that opens with a body's name names a publication, not the body.
    if (text[start - 1] === '《') continue;
    // `乌兰县委县政府`: two bodies run together; the first is named in full.
    if (head === '政府' && /委(?:省|市|区|县|州)$/u.test(text.slice(start, match.index))) {
      if (unitEndsAt.get(match.index - 1) !== start) finds.push({ start, end: match.index - 1 });
      continue;
    }
    finds.push({ start, end });
    unitEndsAt.set(end, start);
  }
  return finds;
}

const PROJECT_STOPS = new WordList(['项目']);
/**
 * A named project is printed in apposition after a classifier (`市重大项目今创新能源项目`); a
 * `…项目` anywhere else is usually a description (`新能源储能项目`), not a name.
 */
const PROJECT_CLASSIFIER = /(?:重大|重点|签约|开工|竣工|在建|新建|招引|产业|实事)项目$/u;

export function findProjects(text: string): NameFind[] {
  const finds: NameFind[] = [];
  for (const match of text.matchAll(/项目/gu)) {
    const start = scanBack(text, match.index, [SCAN_STOPS, SOFT_STOPS, PROJECT_STOPS], MAX_CORE);
    if (match.index - start < 2 || !PROJECT_CLASSIFIER.test(text.slice(0, start))) continue;
    finds.push({ start, end: match.index + match[0].length });
  }
  return finds;
}
