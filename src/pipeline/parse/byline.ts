import type { Byline } from '../../contract/bundle.ts';
import { isNameAfterRole, isNameInByline, isPersonName } from './names.ts';

/*
 * Datelines, bylines and credits as Chinese papers print them.
 *
 * A byline names a person and what they did. The role word says both whom they work for and
 * their position (`本报记者`, `新华社记者`, `本报驻巴西记者`); a Byline keeps the two apart:
 * `affiliation` is the newsroom (`本报`, `新华社`, `解放军报`), `role` the rest as printed
 * (`记者`, `驻巴西记者`, `赴柬埔寨特派记者`, `通讯员`), so the posting abroad stays in the role
 * and `affiliation` only ever names an employer.
 *
 * A role printed after a name says what that person did for this item (`贺平摄`, `张云海整理`,
 * `罗一桦文`); it replaces the position in `role` (`摄` is stored as 摄影). The bundle has no field
 * for the position then, and the reader prints such a byline as `本报记者 贺平 摄`, so the
 * affiliation is kept only when the position was a 记者 one: `本报通讯员 李华 摄` becomes `李华`,
 * 摄影, not a 本报记者 it never was.
 *
 * A photo agency printed after a credit (`摄（人民视觉）`, `摄（新华社发）`) is kept as the
 * affiliation too, as printed; the reader tells it from a newsroom by its form.
 *
 * Extraction pads two-character names to the width of three (`贺  平`, U+00A0 in 人民日报's
 * e-paper), so single characters separated by spaces pair into one name; padding spaces never
 * end up in a name.
 */

const HAN = '\\u3400-\\u9fff';

/** Whom a reporter works for, as printed before the role or at the head of a dateline. */
const NEWSROOM = `(?:本报|新华社|中新社|中国新闻社|人民网|新华网|中新网|央视网|央广网|光明网|中国经济网|解放军报|[${HAN}]{2,6}?(?:日报|晚报|时报|晨报|商报|青年报|报社|通讯社|新闻网|电视台))`;

/** Positions printed before a name, longest first so `特约记者` wins over `记者`. */
const POSITIONS = [
  '参与采写记者', '融媒体记者', '全媒体记者', '特约通讯员', '特约撰稿人', '特约评论员', '特约记者', '见习记者', '实习记者',
  '首席记者', '摄影记者', '主任记者', '高级记者', '特派记者', '执笔记者', '参与记者', '采写记者', '记者', '通讯员', '实习生',
  '评论员', '特约撰稿', '撰稿人', '撰稿', '编辑', '摄影', '摄像',
].sort((a, b) => b.length - a.length);

/** `本报记者`, `新华社记者`, `本报驻越南记者`, `综合本报记者` (`综合…报道` says the story was compiled from theirs). */
const PREFIX_ROLE = new RegExp(`^(?:综合)?(${NEWSROOM})?((?:驻|赴)[${HAN}]{1,10}?)?(${POSITIONS.join('|')})`, 'u');

/**
 * Roles printed right after a name, longest first, and the role stored. `报道` (`记者李明报道`) changes nothing.
 * 文, 图, 作, 绘 are also the last character of many names, so they are read apart from these.
 */
const SUFFIX_ROLES: readonly (readonly [string, string | null])[] = [
  ['参与采访整理', '参与采访整理'], ['摄影报道', '摄影'], ['采访整理', '采访整理'], ['参与采写', '参与采写'], ['文并图', '文并图'],
  ['采写', '采写'], ['摄影', '摄影'], ['整理', '整理'], ['编译', '编译'], ['翻译', '翻译'], ['供图', '供图'], ['报道', null], ['摄', '摄影'],
];
const NAME_FINAL_ROLES = new Set(['文', '图', '作', '绘']);
/** `朱梦琪/文`, `文/朱梦琪`. */
const SLASH_ROLES = new Set(['文', '图', '摄', '摄影', '文图', '图文', '视频']);
/** `制图：沈怡宁`, `本版摄影：李帆`, `参与采写：王攀登`; `本版`/`本期` says where the role applies, not who. */
const COLON_ROLE = /^(?:本版|本期|本组|本文)?((?:版式|版面)?设计|(?:资料|采访)?整理|参与采写(?:记者)?|执笔记者|参与记者|采写记者|执笔|[\u3400-\u9fff]{0,2}摄影|摄像|制图|绘图|插图|图表|漫画|统筹|策划|编辑|撰稿|翻译|编译|视频|剪辑)$/u;
/** Roles of a credit (who made the picture), as opposed to who wrote the words. */
const CREDIT_ROLES = new Set(['摄影', '剧照摄影', '摄像', '制图', '绘图', '插图', '图表', '漫画', '设计', '版式设计', '版面设计', '图', '作', '绘', '供图', '视频']);
/** Roles for words and pictures both: a byline and a credit at once. */
const WORDS_AND_PICTURES = new Set(['文并图', '文/图', '图文', '文图']);

/** Photo agencies and sources printed in brackets after a credit: `（人民视觉）`, `（新华社发）`. */
const AGENCY = `(?:人民视觉|影像中国|视觉中国|人民图片|资料照片|资料图片|${NEWSROOM}发)`;
const TRAILING_AGENCY = new RegExp(`\\s*[(（](${AGENCY})[)）]\\s*$`, 'u');

/** What separates two words of a list, strongest kept when several are printed together (`、 `). */
type Separator = 'space' | 'list' | 'group' | 'colon';

interface Position {
  /** As printed, posting included: `记者`, `驻巴西记者`. */
  role: string;
  affiliation?: string;
}

/** One word of a byline list: a role, a name, or both run together (`记者林晓萌`, `贺平摄`). */
interface Word {
  position?: Position;
  /** The position was printed run together with the name (`记者林晓萌`), not set apart from it. */
  glued?: boolean;
  /** The name's characters, still unpaired (`贺`), or '' for a word that is only a role. */
  core: string;
  /** A role printed after the name; null for `报道`, which leaves the position as the role. */
  after?: string | null;
  /** A role that belongs to this name alone (`朱梦琪/文`) and does not reach back to the names before it. */
  own?: boolean;
  /** `制图：` starts names of its own. */
  colon?: string;
  /** The name was printed as two single characters (`贺  平`). */
  padded?: boolean;
  /** The separator printed after the word. */
  sep: Separator;
}

function separatorOf(text: string): Separator {
  if (/[：:]/u.test(text)) return 'colon';
  if (/[，,；;]/u.test(text)) return 'group';
  if (/、/u.test(text)) return 'list';
  return 'space';
}

function positionOf(match: RegExpExecArray): Position {
  const [, affiliation, posting = '', position = ''] = match;
  return affiliation ? { role: posting + position, affiliation } : { role: posting + position };
}

function peelAfter(text: string): { core: string; after?: string | null } {
  for (const [printed, role] of SUFFIX_ROLES) {
    if (text.endsWith(printed)) return { core: text.slice(0, -printed.length), after: role };
  }
  return { core: text };
}

/** Splits a byline list into words with the separator after each: whitespace, 、, ，/；, or a colon. */
function wordsOf(text: string): Word[] | undefined {
  const pieces = text.split(/((?:\s|[、，,；;：:])+)/u);
  const words: Word[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const raw = pieces[i] ?? '';
    const sep = separatorOf(pieces[i + 1] ?? '');
    if (raw === '') continue;
    if (sep === 'colon') {
      const colon = COLON_ROLE.exec(raw);
      if (!colon) return undefined;
      words.push({ core: '', colon: colon[1] ?? raw, sep });
      continue;
    }
    const slash = raw.split(/[/／]/u);
    if (slash.length === 2) {
      const [left = '', right = ''] = slash;
      if (SLASH_ROLES.has(right) && !SLASH_ROLES.has(left)) words.push({ core: left, after: right, own: true, sep });
      else if (SLASH_ROLES.has(left) && !SLASH_ROLES.has(right)) words.push({ core: right, after: left, own: true, sep });
      // `文/图 张三`: the role stands before the names it credits.
      else if (SLASH_ROLES.has(left) && SLASH_ROLES.has(right)) words.push({ core: '', position: { role: `${left}/${right}` }, sep });
      else return undefined;
      continue;
    }
    // `黄子轩 摄影报道`: a role after the names, printed apart (and not the position 摄影 before a name).
    const alone = SUFFIX_ROLES.find(([printed]) => printed === raw);
    if (alone) {
      words.push({ core: '', after: alone[1], sep });
      continue;
    }
    const prefix = PREFIX_ROLE.exec(raw);
    const rest = prefix ? raw.slice(prefix[0].length) : raw;
    const { core, after } = peelAfter(rest);
    // `影像中国供图`, `某某开发公司供图` beside the names: a source, not a person.
    if (after === '供图' && !prefix && !isNameInByline(core)) continue;
    const position = prefix ? { position: positionOf(prefix), glued: core !== '' } : {};
    words.push({ ...position, core, ...(after !== undefined ? { after } : {}), sep });
  }
  return words;
}

const isHanChar = (text: string) => new RegExp(`^[${HAN}]$`, 'u').test(text);

/**
 * Pairs the single characters of padded two-character names: `贺 平摄` → `贺平` + 摄, `丁 宁 赵益民`
 * → 丁宁, 赵益民. A single character left over joins the two characters after it: a name the PDF
 * line broke (`曹` / `思韵`) — unless their last is 文/图 (`李 乔文`: 李乔, credited 文, for
 * padding never splits a three-character name).
 */
function pairPadded(words: Word[]): Word[] | undefined {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    const joinable = next && word.sep === 'space' && !next.position && next.colon === undefined && word.after === undefined;
    if (word.core.length === 1 && isHanChar(word.core) && joinable && next) {
      if (next.core.length === 1) {
        out.push({ ...next, position: word.position, glued: word.glued, core: word.core + next.core, padded: true });
        i++;
        continue;
      }
      if (next.core.length === 2 && next.after === undefined && NAME_FINAL_ROLES.has(next.core[1] ?? '')) {
        out.push({ ...next, position: word.position, glued: word.glued, core: word.core + next.core[0], after: next.core[1] ?? '', padded: true });
        i++;
        continue;
      }
      if (next.core.length === 2 && isPersonName(word.core + next.core)) {
        out.push({ ...next, position: word.position, glued: word.glued, core: word.core + next.core });
        i++;
        continue;
      }
    }
    out.push(word);
  }
  return out.some((w) => w.core.length === 1 && !NAME_FINAL_ROLES.has(w.core)) ? undefined : out;
}

/** `罗一桦文` → 罗一桦, credited 文; a lone `文` after a name is that name's credit. */
function peelNameFinalRoles(words: Word[]): Word[] {
  return words.map((word) => {
    if (word.after !== undefined || word.core.length < 1) return word;
    if (word.core.length === 1 && NAME_FINAL_ROLES.has(word.core) && !word.position) return { ...word, core: '', after: word.core };
    const last = word.core.at(-1) ?? '';
    const stem = word.core.slice(0, -1);
    if (word.core.length === 4 && NAME_FINAL_ROLES.has(last) && !isPersonName(word.core) && isPersonName(stem)) {
      return { ...word, core: stem, after: last };
    }
    return word;
  });
}

/**
 * How sure the print makes it that a name stands here: `none` for a bare name, `glued` for one run
 * together with its role (`记者点评` is a column), `strong` for one set apart as a name.
 */
type Vouch = 'none' | 'glued' | 'strong';

interface Draft {
  name: string;
  position?: Position;
  after?: string | null;
  vouch: Vouch;
}

/** Gives each name the role in force: a position carries on to later names, a role after a name reaches back. */
function assignRoles(words: Word[]): Draft[] | undefined {
  const drafts: Draft[] = [];
  let position: Position | undefined;
  // A colon role (`制图：`) says what the names after it did, whatever position they print (`制图：新华社记者 胥晓岚`).
  let task: string | undefined;
  // Where a role printed after a name stops reaching back: a group separator, a colon role, another such role.
  let reachFrom = 0;
  let pendingBackward: Position | undefined;
  // A position printed as a word of its own (`本报记者  郑海燕`) sets the names after it apart.
  let positionApart = false;
  words.forEach((word, index) => {
    if (word.colon !== undefined) {
      task = word.colon;
      position = undefined;
      reachFrom = drafts.length;
    } else if (word.position && word.core === '' && word.after === undefined) {
      position = word.position;
      positionApart = true;
      // `何一鸣 本报评论员`: a position with no name after it belongs to the names before it.
      const followedByName = words.slice(index + 1).some((w) => w.core !== '' && w.colon === undefined);
      if (!followedByName) pendingBackward = word.position;
    } else {
      if (word.position) {
        position = word.position;
        positionApart = !word.glued;
      }
      if (word.core !== '') {
        const apart = task !== undefined || word.padded === true || (position !== undefined && positionApart);
        const vouch: Vouch = apart ? 'strong' : position ? 'glued' : 'none';
        drafts.push({ name: word.core, position, after: task, vouch });
      }
      if (word.after !== undefined) {
        const from = word.own ? drafts.length - 1 : reachFrom;
        for (let k = Math.max(0, from); k < drafts.length; k++) {
          const draft = drafts[k] as Draft;
          if (draft.after === undefined || k === drafts.length - 1) {
            drafts[k] = { ...draft, after: word.after, vouch: word.after === null ? draft.vouch : 'strong' };
          }
        }
        if (!word.own) reachFrom = drafts.length;
      }
    }
    if (word.sep === 'group' || word.sep === 'colon') reachFrom = drafts.length;
    if (word.sep === 'group') task = undefined;
  });
  if (pendingBackward) {
    const backward = pendingBackward;
    for (let k = 0; k < drafts.length; k++) {
      const draft = drafts[k] as Draft;
      if (!draft.position) drafts[k] = { ...draft, position: backward, vouch: 'strong' };
    }
  }
  return drafts.length > 0 ? drafts : undefined;
}

function toByline(draft: Draft): Byline {
  const { name, position, after } = draft;
  if (after) {
    const keepAffiliation = position?.affiliation && position.role.endsWith('记者');
    return keepAffiliation ? { name, role: after, affiliation: position.affiliation as string } : { name, role: after };
  }
  if (!position) return { name };
  return position.affiliation ? { name, role: position.role, affiliation: position.affiliation } : { name, role: position.role };
}

const NAME_CHECK: Record<Vouch, (text: string) => boolean> = { none: isPersonName, glued: isNameAfterRole, strong: isNameInByline };
const STRONGER: Record<Vouch, Vouch> = { none: 'glued', glued: 'strong', strong: 'strong' };

/**
 * Where a list is printed. In the brackets of a dateline, a closing or a credit only bylines
 * stand, so a name run together with its role is as sure as one set apart (`（记者励文静）`).
 */
type ListPlace = 'line' | 'bracket';

/** Trailing words of compiled reports that name no one: `…和新华社报道`, `…等报道`. */
const ALSO_COMPILED = new RegExp(`(?:等|[和及](?:${NEWSROOM})(?:驻外)?(?:记者)?)(?=(?:采访整理|整理|报道)$)`, 'u');

function readList(text: string, place: ListPlace): Byline[] | undefined {
  let list = text.trim().replace(ALSO_COMPILED, '');
  // `综合王立、曹林报道`: compiled from these reporters' stories.
  if (list.startsWith('综合') && list.endsWith('报道') && !PREFIX_ROLE.test(list)) list = list.slice(2);
  const words = wordsOf(list);
  if (!words || words.length === 0) return undefined;
  const paired = pairPadded(words);
  if (!paired) return undefined;
  const drafts = assignRoles(peelNameFinalRoles(paired));
  if (!drafts) return undefined;
  // Names in a list vouch for each other once one of them needs no vouching (`原立新、马文涛`).
  const listed = drafts.length > 1 && drafts.some((d) => isPersonName(d.name));
  const vouchOf = (d: Draft): Vouch => {
    let vouch = d.vouch;
    if (listed) vouch = STRONGER[vouch];
    if (place === 'bracket' && vouch !== 'none') vouch = 'strong';
    return vouch;
  };
  return drafts.every((d) => NAME_CHECK[vouchOf(d)](d.name)) ? drafts.map(toByline) : undefined;
}

/**
 * Reads a byline list such as `韩晖 记者 黄雅婷`, `记者王强、刘洋`, `朱梦琪/文 徐晶玮/图`,
 * `本报记者  姜  涛`, `本报记者叶传海、通讯员胡艳红整理` or `新华社记者张晓峰，解放军报记者王士杰`.
 * A position applies to the names after it until the next one; a role after a name also to the
 * names before it (`庞立平  黄勇军摄影报道`). Returns undefined unless every word is a role or a
 * name: a bracket holding anything else is body text, not a byline.
 */
export function parseBylineList(text: string): Byline[] | undefined {
  return readList(text, 'line');
}

const DATE = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|\\d{1,2}日|[一二三四五六七八九十廿卅]{1,3}日)';
const PLACES = `[${HAN}]{1,12}?(?:、\\s*[${HAN}]{1,12}?)*`;
/**
 * `本报讯`, `本报南京3月8日讯`, `新华社上海十日电`, `中国经济网北京6月12日讯`, `本报北京、罗马电`.
 * With a date the body may follow without a space (`…6月12日讯北京证券交易所…`); without one,
 * 讯/电 must end the word (`新华社推出纪录电影`, `本报电子版` are running text).
 */
// After a date the body may follow with no gap, but not a word that starts with 电 or 讯 (`3日电话采访`).
const DATELINE_BODY = `${NEWSROOM}(?:${PLACES})?(?:${DATE}[讯电](?![话子视影台报脑力器梯车站网商竞池源价息问])|[讯电](?=$|[^${HAN}]|(?:本报)?(?:记者|通讯员)))`;
const DATELINE = new RegExp(`^(据)?(${DATELINE_BODY})`, 'u');
const BRACKETED_DATELINE = new RegExp(`^【(据?${DATELINE_BODY})】`, 'u');
const BRACKETED = /^\s*[(（]([^()（）]{1,200})[)）]/u;
/** `记者李明报道:` after a dateline: a byline list closed by 报道 and/or a colon. */
const REPORTED_BY = /^\s*([^:：。，,]{2,40}?)(?:报道)?[:：]/u;

export interface DatelineStart {
  dateline: string;
  bylines: Byline[];
  /** The body text after the dateline and its bylines. */
  rest: string;
}

function matchDateline(text: string): { dateline: string; length: number } | undefined {
  const bracketed = BRACKETED_DATELINE.exec(text);
  // A PDF may break a list of places over lines (`本报北京、` / `开罗…电`).
  if (bracketed) return { dateline: (bracketed[1] ?? '').replace(/\s+/gu, ''), length: bracketed[0].length };
  const plain = DATELINE.exec(text);
  if (!plain || (plain[2] ?? '').includes('记者')) return undefined;
  return { dateline: `${plain[1] ?? ''}${plain[2] ?? ''}`.replace(/\s+/gu, ''), length: plain[0].length };
}

/**
 * `本报讯 记者 李明 通讯员 王华 昨天…`: bylines printed without brackets, words up to the first
 * one that is not a role or a name. The list must open with a role word.
 */
function unbracketedBylines(rest: string): { bylines: Byline[]; length: number } | undefined {
  const lead = /^\s*/u.exec(rest)?.[0].length ?? 0;
  if (!PREFIX_ROLE.test(rest.slice(lead))) return undefined;
  const pieces = rest.slice(lead).split(/(\s+)/u);
  for (let words = Math.min(12, Math.ceil(pieces.length / 2)); words >= 1; words--) {
    const list = pieces.slice(0, words * 2 - 1).join('');
    const bylines = parseBylineList(list);
    if (bylines?.every((b) => b.role)) return { bylines, length: lead + list.length };
  }
  return undefined;
}

/**
 * Reads a dateline and the bylines printed with it at the start of a paragraph:
 * `本报杭州3月9日电  （记者林晓萌）`, `据新华社电  （记者周明远）`, `本报讯(韩晖 记者 黄雅婷)`,
 * `本报宁波6月2日电记者江海涛报道:`, `本报讯 记者 李明 通讯员 王华 …`, `【新华社重庆十四日电】`.
 */
export function parseDatelineStart(paragraph: string): DatelineStart | undefined {
  const match = matchDateline(paragraph.replace(/^\s+/u, ''));
  if (!match) return undefined;
  let rest = paragraph.replace(/^\s+/u, '').slice(match.length);
  let bylines: Byline[] = [];

  const inBrackets = BRACKETED.exec(rest);
  const listInBrackets = inBrackets ? readList(inBrackets[1] ?? '', 'bracket') : undefined;
  if (inBrackets && listInBrackets) {
    bylines = listInBrackets;
    rest = rest.slice(inBrackets[0].length);
  } else {
    const reported = REPORTED_BY.exec(rest);
    const list = reported ? parseBylineList(reported[1] ?? '') : undefined;
    const unbracketed = list ? undefined : unbracketedBylines(rest);
    if (reported && list && list.some((b) => b.role)) {
      bylines = list;
      rest = rest.slice(reported[0].length);
    } else if (unbracketed) {
      bylines = unbracketed.bylines;
      rest = rest.slice(unbracketed.length);
    }
  }
  return { dateline: match.dateline, bylines, rest: rest.replace(/^[\s:：]+/u, '') };
}

/**
 * `（记者刘一鸣）10月18日，…`: the bylines bracket opening a paragraph whose dateline was printed
 * as a block of its own (the PDF of an e-paper sets `本报福州10月19日电` on a line above). Every
 * name must carry a role, so a bracketed note opening a paragraph (`（本外币）…`) is left alone.
 */
export function parseBylineStart(paragraph: string): { bylines: Byline[]; rest: string } | undefined {
  const bracket = BRACKETED.exec(paragraph);
  if (!bracket) return undefined;
  const bylines = readList(bracket[1] ?? '', 'bracket');
  const rest = paragraph.slice(bracket[0].length).replace(/^\s+/u, '');
  return bylines?.every((b) => b.role) && rest !== '' ? { bylines, rest } : undefined;
}

/**
 * A block that is only a byline: `本报记者 陈静 王磊`, `本报记者  姜  涛`, `本报驻巴西记者 张远航`,
 * `本报记者 张云海整理`, `朱梦琪/文`, `□张红`, `何一鸣 本报评论员`. A signature naming no person
 * (`本报评论员`) is not one, and a line that is only a photo or graphics credit (`本报记者 贺平摄`)
 * is left to {@link parseCreditLine}.
 */
export function parseBylineLine(text: string): Byline[] | undefined {
  const line = text.trim();
  if ([...line].length > 80) return undefined;
  // □ marks an author in many papers; ■ more often a section head (`■记者手记`), so it vouches only for a padded name.
  const marker = /^([□■])\s*/u.exec(line);
  const list = marker ? line.slice(marker[0].length) : line;
  const bylines = parseBylineList(list);
  if (!bylines) return undefined;
  if (bylines.every((b) => b.role && CREDIT_ROLES.has(b.role))) return undefined;
  if (bylines.every((b) => b.role)) return bylines;
  const vouchedByMarker = marker?.[1] === '□' || (marker?.[1] === '■' && /^[\u3400-\u9fff]\s+[\u3400-\u9fff]$/u.test(list));
  // Bare names on a line could be anything (a list of winners); a byline line names a role.
  return vouchedByMarker && bylines.length === 1 ? bylines : undefined;
}

/** The inside of a closing bracket: `本报布鲁塞尔3月2日电`, `据新华社堪培拉电  记者岳东明、白晓旭`, `本报记者  任飞燕`. */
function parseClosing(inner: string): { dateline?: string; bylines: Byline[] } | undefined {
  const text = inner.trim();
  const match = matchDateline(text);
  if (match) {
    const rest = text.slice(match.length).trim();
    if (rest === '') return { dateline: match.dateline, bylines: [] };
    // `新华社北京3月1日电  新华社记者`: a role with no name adds nothing.
    if (PREFIX_ROLE.exec(rest)?.[0] === rest) return { dateline: match.dateline, bylines: [] };
    const bylines = readList(rest, 'bracket');
    return bylines ? { dateline: match.dateline, bylines } : undefined;
  }
  const bylines = readList(text, 'bracket');
  return bylines ? { bylines } : undefined;
}

/**
 * A paragraph that is only a bracketed closing: `（本报记者  任飞燕）`,
 * `（综合本报记者赵展云、曲哲明、李心怡报道）`, `（本报布鲁塞尔3月2日电）`,
 * `（新华社北京10月19日电  记者赵一凡、安蓓蓓、谢希文）` — also when a PDF broke it over lines and the
 * caller joined them, with spaces, line breaks or nothing. An author's note (`（作者为本报记者）`)
 * is not one.
 */
export function parseClosingLine(text: string): { dateline?: string; bylines: Byline[] } | undefined {
  const bracket = /^[(（]([^()（）]{2,400})[)）]$/u.exec(text.trim());
  return bracket ? parseClosing(bracket[1] ?? '') : undefined;
}

/** An author's note whose last clause names who interviewed or translated (`…，本报驻某地记者某某采访整理`). */
const NOTE = /^[(（](.+)[)）]$/u;
const INTERVIEWED = /(?:整理|编译|翻译)$/u;

/**
 * `（作者为某大学教授，本报记者林海采访整理）`, `（作者工作于某研究所，本报记者周明整理）`,
 * `（原文刊载于某报，本报驻某地记者某某编译）`: a note closing a story that the paper prints as its
 * text (who the author is) and whose last clause credits the paper's reporter. Returns that clause's
 * bylines; the note itself stays in the story.
 */
export function parseNoteBylines(text: string): Byline[] | undefined {
  const inner = NOTE.exec(text.trim())?.[1];
  if (!inner || !INTERVIEWED.test(inner)) return undefined;
  const clause = inner.split(/[，,；;]/u).at(-1)?.trim() ?? '';
  // Only a clause that opens with whom the reporter works for or the role: `本报记者…`, `新华社驻…记者…`.
  if (clause === inner.trim() || !PREFIX_ROLE.test(clause)) return undefined;
  const bylines = readList(clause, 'bracket');
  return bylines?.length && bylines.every((b) => b.role) ? bylines : undefined;
}

/**
 * `……工作。(李华)`, `……。（本报记者 张三）`: a byline in brackets closing an article's last
 * paragraph. A closing that names no one (`（新华社北京3月1日电）`) stays in the text.
 */
export function splitTrailingByline(paragraph: string): { text: string; bylines: Byline[]; dateline?: string } | undefined {
  const match = /[(（]([^()（）]{2,120})[)）]\s*$/u.exec(paragraph);
  if (!match) return undefined;
  const before = paragraph.slice(0, match.index).trimEnd();
  if (!/[。！？!?”]$/u.test(before)) return undefined;
  const closing = parseClosing(match[1] ?? '');
  if (!closing || closing.bylines.length === 0) return undefined;
  return closing.dateline ? { text: before, bylines: closing.bylines, dateline: closing.dateline } : { text: before, bylines: closing.bylines };
}

/** An agency printed after the credit is the affiliation of those it credits who print none of their own. */
function withAgency(bylines: Byline[], agency: string | undefined): Byline[] {
  return agency ? bylines.map((b) => (b.affiliation ? b : { ...b, affiliation: agency })) : bylines;
}

/** A caption's remains that are only a role (`新华社记者`): the block is a credit line, not a caption. */
function isOnlyRole(text: string): boolean {
  return PREFIX_ROLE.exec(text)?.[0] === text;
}

/**
 * `… 徐晶玮 摄`, `…(记者 陈静 摄)`, `…（王小明 摄）`, `… 本报通讯员 李华 摄`, `…作业。新华社记者王建明摄`,
 * `…。罗国强摄（影像中国）`: a photo caption's credit at the end of a block. The role is stored as
 * 摄影 however the paper abbreviated it; a newsroom or an agency printed with it is the affiliation.
 */
export function splitPhotoCredit(text: string): { caption: string; bylines: Byline[] } | undefined {
  const agencyMatch = TRAILING_AGENCY.exec(text);
  const agency = agencyMatch?.[1];
  const body = agencyMatch ? text.slice(0, agencyMatch.index) : text.trimEnd();

  const bracketed = /[(（]([^()（）]{2,40}?)\s*[/／]?\s*摄影?[)）]$/u.exec(body);
  if (bracketed) {
    const caption = body.slice(0, bracketed.index).trimEnd();
    const names = readList(`${bracketed[1] ?? ''}摄`, 'bracket');
    if (caption && names) return { caption, bylines: withAgency(names, agency) };
  }
  const credit = /\s*[/／]?\s*(?:摄影报道|摄影|摄)$/u.exec(body);
  if (!credit) return undefined;
  const head = body.slice(0, credit.index);
  // The credit may follow the caption's last sentence without a space (`…作业。新华社记者王建明摄`).
  const sentenceEnd = Math.max(...[...'。！？”'].map((p) => head.lastIndexOf(p)));
  const pieces = head.slice(sentenceEnd + 1).split(/(\s+)/u);
  const offset = sentenceEnd + 1;
  // The credit is the longest run of trailing words that reads as names and roles (`本报记者  贺  平`).
  for (let words = Math.min(16, Math.ceil(pieces.length / 2)); words >= 1; words--) {
    const cut = pieces.length - (words * 2 - 1);
    if (cut < 0) continue;
    const names = parseBylineList(`${pieces.slice(cut).join('')}摄`);
    const caption = head.slice(0, offset + pieces.slice(0, cut).join('').length).trimEnd();
    if (!names || !caption) continue;
    if (isOnlyRole(caption)) return undefined;
    return { caption, bylines: withAgency(names, agency) };
  }
  return undefined;
}

/** `新华社发`, `人民视觉`, `图片来源：影像中国`, `长江航运公司供图`: a credit naming no person. */
const SOURCE_ONLY = new RegExp(`^(?:${AGENCY}|(?:本版)?图片(?:来源|提供)[：:]\\s*[^\\s]{2,20}|[${HAN}A-Za-z（）()]{2,20}供图)$`, 'u');

/**
 * A line that is only a credit: `新华社记者  方晨摄`, `本报记者  贺  平摄`, `朱  岩  黄子轩摄影报道`,
 * `陈云帆摄（影像中国）`, `新华社发 张三摄`, `本版制图：沈怡宁  黄  涛`, `版式设计：蔡文明`.
 * Returns [] for a credit that names no person (`新华社发`, `图片来源：人民视觉`): the line is a
 * credit all the same, not a caption or body text.
 */
export function parseCreditLine(text: string): Byline[] | undefined {
  let line = text.trim();
  if ([...line].length > 80) return undefined;
  const agencyMatch = TRAILING_AGENCY.exec(line);
  let agency = agencyMatch?.[1];
  if (agencyMatch) line = line.slice(0, agencyMatch.index).trim();
  // `新华社发 张三摄`: the agency first.
  const leading = new RegExp(`^(${AGENCY})\\s+`, 'u').exec(line);
  if (leading && !agency) {
    agency = leading[1];
    line = line.slice(leading[0].length);
  }
  if (line === '' && agency) return [];
  const personSupplier = /^(.+?)供图$/u.exec(line);
  if (SOURCE_ONLY.test(line) && !(personSupplier && isPersonName(personSupplier[1] ?? ''))) return [];
  const bylines = parseBylineList(line);
  if (!bylines || !bylines.some((b) => b.role && (CREDIT_ROLES.has(b.role) || WORDS_AND_PICTURES.has(b.role)))) return undefined;
  return withAgency(bylines, agency);
}
