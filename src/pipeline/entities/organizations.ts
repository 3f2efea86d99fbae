/**
 * Government bodies and named projects. They are found so they are never mistaken for persons or
 * enterprises, and shown in their own groups.
 */
import type { NameFind } from './enterprises.ts';
import { WordList } from '../lexicon/word-list.ts';
import { ROLE_TITLES, SCAN_STOPS, SOFT_STOPS } from './lexicon.ts';
import { scanBack } from './scan.ts';
import { alternation } from './text.ts';

/** A named place and its level: `常州市`, `武进区`; a level alone (`市政府`, `特区政府`) is an ellipsis, not a name. */
const PLACE_LEVEL = /^(?!特区$).{1,}(?:省|市|区|县|镇|乡|州|旗|街道)$/u;

/** What the name before each organ's suffix must look like. */
const ORGAN_SUFFIXES: readonly { suffix: string; core: RegExp }[] = [
  ...['人大常委会', '人民政府', '政府', '政协', '人大', '人民法院', '人民检察院', '公安局', '公安分局'].map((suffix) => ({
    suffix,
    core: PLACE_LEVEL,
  })),
  { suffix: '常委会', core: /委$/u },
  ...['管委会', '督察组', '巡查组', '巡视组', '检查组', '工作组', '调研组', '考察组', '督导组', '指导组'].map((suffix) => ({
    suffix,
    core: /^.+$/u,
  })),
  // `交管部门`, `有关部门`: 部门 names a function of government, not a body.
  { suffix: '委员会', core: /^.{2,}$/u },
  // An office is a body where a government or a place names it (`国务院侨务办公室`); else it is a room.
  { suffix: '办公室', core: /(?:省|市|区|县|州|国务院|中央|政府|党委)/u },
];

/** Bodies known by one fixed name. */
const FIXED_ORGANS = ['党中央', '中共中央', '国务院', '全国人大常委会', '全国人大', '全国政协', '中央军委', '中央纪委', '新华社'];

/** Cores that make an organ's suffix a common noun (`相关部门`, `各级各部门`). */
const GENERIC_ORGAN_CORES = new WordList([
  '各', '各级', '各级各', '相关', '有关', '职能', '主管', '行业', '监管', '政府', '上级', '其他', '业务', '责任', '执法',
  '专门', '工作', '联合', '领导', '协调', '议事', '多个', '若干', '地方', '基层', '属地', '部分', '所有', '全部',
]);

const ORGAN_RE = new RegExp(alternation([...ORGAN_SUFFIXES.map((s) => s.suffix), ...FIXED_ORGANS]), 'gu');
const ROLE_WORDS = new WordList(ROLE_TITLES);
const MAX_CORE = 16;

export function findOrganizations(text: string): NameFind[] {
  const finds: NameFind[] = [];
  for (const match of text.matchAll(ORGAN_RE)) {
    const end = match.index + match[0].length;
    // `市政府秘书长`: the organ qualifies a role here; the person is the subject, not the body.
    if (ROLE_WORDS.startsAt(text, end)) continue;
    if (FIXED_ORGANS.includes(match[0])) {
      finds.push({ start: match.index, end });
      continue;
    }
    const spec = ORGAN_SUFFIXES.find((s) => s.suffix === match[0]);
    let start = scanBack(text, match.index, [SCAN_STOPS, SOFT_STOPS], MAX_CORE);
    // `派出9个指导组`: a count makes what follows a kind of group; the name, if any, is after it.
    for (const count of text.slice(start, match.index).matchAll(/[\d一二三四五六七八九十百千几数多两]+余?个/gu)) start = start + count.index + count[0].length;
    const core = text.slice(start, match.index);
    if (!spec || !spec.core.test(core) || GENERIC_ORGAN_CORES.has(core) || /^\d/u.test(core)) continue;
    // `京沪两市政府`: several bodies counted together are none of them.
    if (/[两三几多数各]$/u.test(core.slice(0, -1)) && /(?:省|市|区|县)$/u.test(core)) continue;
    // `乌兰县委县政府`: two bodies run together; the first is named in full.
    const pair = /委(?:省|市|区|县|州)$/u.exec(core);
    if (pair && match[0] === '政府') {
      finds.push({ start, end: match.index - 1 });
      continue;
    }
    finds.push({ start, end });
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
