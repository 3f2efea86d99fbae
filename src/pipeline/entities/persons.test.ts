import { describe, expect, it } from 'vitest';
import { findPersons, isPersonName } from './persons.ts';
import { foldText } from './text.ts';
import type { Lexicon, NameKind, TaggedWord } from '../parse/types.ts';

/** `[name, roles]` for each anchored mention, the way an editor would read it. */
function persons(printed: string): [string, string[]][] {
  const { folded } = foldText(printed);
  return findPersons(folded).map((f) => [folded.slice(f.start, f.end), f.roles]);
}

describe('a role before a name', () => {
  it('stops a name where the sentence goes on', () => {
    expect(persons('10月30日,市长王立来我区调研')).toEqual([['王立', ['市长']]]);
    expect(persons('副市长李建国,市政府秘书长陈一鸣参加调研。')).toEqual([
      ['李建国', ['副市长']],
      ['陈一鸣', ['市政府秘书长']],
    ]);
  });

  it('reads a chain of roles joined by 、 as one person\'s roles', () => {
    expect(persons('县委副书记、县长赵平安主持会议。')).toEqual([['赵平安', ['县委副书记', '县长']]]);
    expect(persons('区委常委、常务副区长孙晓峰出席')).toEqual([['孙晓峰', ['区委常委', '常务副区长']]]);
  });

  it('gives a role to every name listed after it with 、, and stops the list at a word that is no name', () => {
    expect(persons('副市长王立、李强出席活动。')).toEqual([
      ['王立', ['副市长']],
      ['李强', ['副市长']],
    ]);
    expect(persons('副区长王立、李强、孙晓峰等参加')).toEqual([
      ['王立', ['副区长']],
      ['李强', ['副区长']],
      ['孙晓峰', ['副区长']],
    ]);
    expect(persons('副市长王立、区委副书记、区长恽淇丞参加')).toEqual([
      ['王立', ['副市长']],
      ['恽淇丞', ['区委副书记', '区长']],
    ]);
    expect(persons('市长王立、各部门负责人参加')).toEqual([['王立', ['市长']]]);
    // Groups listed after an official are no persons, though they start with a surname character.
    for (const text of ['副市长王立、高校和企业代表参加', '市长王立、高校等单位负责人出席', '区委书记王立、华侨代表等参加', '区长王立、文化界代表参加座谈']) {
      expect(persons(text), text).toEqual([['王立', [text.slice(0, text.indexOf('王立'))]]]);
    }
  });

  it('reads 总书记 and 委员长 before a name as its role, and 更 after a name as the sentence going on', () => {
    expect(persons('英国共产党总书记罗伯特·格兰特说')).toEqual([['罗伯特·格兰特', ['总书记']]]);
    expect(persons('人大常委会副委员长金明哲,')).toEqual([['金明哲', ['副委员长']]]);
    expect(persons('联会副会长杨莉珍更点出了')).toEqual([['杨莉珍', ['副会长']]]);
  });

  it('keeps 原, 前 and 副 with the role, and leaves a bare level to the place before it', () => {
    expect(persons('发改委高技术司副司长孙立介绍')).toEqual([['孙立', ['副司长']]]);
    expect(persons('对外友好协会原会长陈明苏,')).toEqual([['陈明苏', ['原会长']]]);
    expect(persons('吴山区副区长汤立明介绍')).toEqual([['汤立明', ['副区长']]]);
    expect(persons('龙口镇镇长胡立说')).toEqual([['胡立', ['镇长']]]);
    expect(persons('驻村第一书记许长锋说')).toEqual([['许长锋', ['村第一书记']]]);
  });

  it('keeps the place and organ a role is printed with', () => {
    expect(persons('常州市委书记陈金虎,村党总支书记徐建华介绍')).toEqual([
      ['陈金虎', ['常州市委书记']],
      ['徐建华', ['村党总支书记']],
    ]);
    expect(persons('区委书记、武进国家高新区党工委书记周伟主持会议')).toEqual([
      ['周伟', ['区委书记', '武进国家高新区党工委书记']],
    ]);
    expect(persons('陪同常州市委书记陈金虎')).toEqual([['陈金虎', ['常州市委书记']]]);
  });

  it('matches full-width and half-width punctuation alike', () => {
    expect(persons('副市长李建国，市政府秘书长陈一鸣参加')).toEqual(persons('副市长李建国,市政府秘书长陈一鸣参加'));
  });

  it('finds no name where a role is used alone or with a common word', () => {
    expect(persons('书记强调,要抓好落实。市长表示支持。')).toEqual([]);
    expect(persons('城市长远发展')).toEqual([]);
    expect(persons('记者从市发改委获悉')).toEqual([]);
  });

  it('does not read 书记 inside 总书记, nor 常委 inside 常委会, as a role before a name', () => {
    expect(persons('贯彻总书记对民政工作的指示,区委常委会会议召开')).toEqual([]);
  });

  it('gives a credit role to each name after it', () => {
    expect(persons('记者 黄雅婷 朱梦琪)')).toEqual([
      ['黄雅婷', ['记者']],
      ['朱梦琪', ['记者']],
    ]);
  });

  it('needs a surname: a role before a non-name finds nothing', () => {
    expect(persons('主任委员会议')).toEqual([]);
    expect(persons('董事长期以来')).toEqual([]);
  });
});

describe('a title after a name', () => {
  it('takes 总书记 as the role and 同志 as a marker only', () => {
    expect(persons('学习贯彻习近平总书记重要讲话')).toEqual([['习近平', ['总书记']]]);
    expect(persons('会见了王明同志')).toEqual([['王明', []]]);
  });

  it('does not take common words before 同志 for names', () => {
    expect(persons('全体同志要提高认识,广大党员同志')).toEqual([]);
  });
});

describe('compound surnames', () => {
  it('keeps both characters of the surname with one or two given characters', () => {
    expect(persons('副县长欧阳修文,主任司马光来到')).toEqual([
      ['欧阳修文', ['副县长']],
      ['司马光', ['主任']],
    ]);
    expect(persons('看望诸葛亮同志')).toEqual([['诸葛亮', []]]);
  });

  it('judges names by surname and length', () => {
    expect(isPersonName('欧阳修文')).toBe(true);
    expect(isPersonName('盛蕾')).toBe(true);
    expect(isPersonName('恽淇丞')).toBe(true);
    expect(isPersonName('扩大')).toBe(false);
    expect(isPersonName('王')).toBe(false);
    expect(isPersonName('王大明白')).toBe(false);
  });
});

describe('bylines and credits left in the text', () => {
  it('reads `X/文` and `图/X`', () => {
    expect(persons('朱梦琪/文 图/徐晶玮')).toEqual([
      ['朱梦琪', ['文']],
      ['徐晶玮', ['图']],
    ]);
  });

  it('reads a photo credit at the end of a caption as 摄影', () => {
    expect(persons('一期新建厂房已投产。 徐晶玮 摄')).toEqual([['徐晶玮', ['摄影']]]);
    expect(persons('厂房已投产。(记者 陈静 摄)')).toEqual([['陈静', ['记者']], ['陈静', ['摄影']]]);
  });

  it('reads a dateline credit: a role covers the names after it', () => {
    expect(persons('本报讯(韩晖 记者 黄雅婷) 半导体')).toContainEqual(['韩晖', []]);
    expect(persons('本报讯(韩晖 记者 黄雅婷) 半导体')).toContainEqual(['黄雅婷', ['记者']]);
  });

  it('ignores brackets that are not credits', () => {
    expect(persons('本报讯(扩大会议) 会议召开')).toEqual([]);
  });
});

describe('transliterated names', () => {
  it('takes a name printed with interpuncts whole, and stops at the verb after it', () => {
    expect(findPersons('副总理兼商业部长朱林·拉萨那威西对即将开幕的博览会表示期待').map((p) => p.end - p.start)).toEqual([8]);
  });
});

describe('names a dictionary closes', () => {
  // A handful of words stands in for jieba's dictionary: the rule asks only whether a word starts or runs across a place.
  const lexicon = new Set(['连连', '有意', '热情', '显得', '抑制', '时代', '权利', '毕业', '乡村', '民宿', '充满', '慈爱', '评价', '通过', '视频']);
  const withWords = (printed: string): [string, string[]][] => {
    const { folded } = foldText(printed);
    return findPersons(folded, lexicon).map((f) => [folded.slice(f.start, f.end), f.roles]);
  };

  it('takes a name after a description where a word follows it, with no role to list', () => {
    expect(withWords('村民赵海连连点头')).toEqual([['赵海', []]]);
    expect(withWords('村医叶红梅热情地拉着她的手')).toEqual([['叶红梅', []]]);
    expect(withWords('驻村第一书记许长锋有意带他走访')).toEqual([['许长锋', ['村第一书记']]]);
  });

  it('does not read a word after a description as a name, nor a description inside a word', () => {
    expect(withWords('学生时代的回忆')).toEqual([]);
    expect(withWords('保障市民权利')).toEqual([]);
    expect(withWords('发展乡村民宿产业')).toEqual([]);
  });

  it('reads a transliterated name after a role or description whole, and ends a long last part at the first word', () => {
    expect(withWords('外长阿卜杜拉·卡里姆说')).toEqual([['阿卜杜拉·卡里姆', ['外长']]]);
    expect(withWords('同事艾力·买买提充满慈爱地笑了')).toEqual([['艾力·买买提', []]]);
  });

  it('without a dictionary keeps to punctuation and familiar verbs', () => {
    expect(persons('村民赵海连连点头')).toEqual([]);
    expect(persons('村民赵海说')).toEqual([['赵海', []]]);
  });
});

describe('transliterated names without interpuncts', () => {
  const lexicon = new Set(['特别', '采访', '群众', '致辞']);
  const withWords = (printed: string) => {
    const { folded } = foldText(printed);
    return findPersons(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('takes the sounds after a role up to a verb that follows names', () => {
    expect(withWords('旅游局局长素帕猜表示,游客增多')).toEqual(['素帕猜']);
    expect(withWords('观众帕妮说,舞蹈很美')).toEqual(['帕妮']);
  });

  it('never takes words, pronouns or function characters for sounds', () => {
    expect(withWords('各级干部特别是领导干部表示')).toEqual([]);
    expect(withWords('主任接受采访时表示,老支书跟我说')).toEqual([]);
    expect(withWords('基层干部群众表示支持')).toEqual([]);
  });
});

describe('names the dictionary lists as names', () => {
  // jieba lists full names (`nr`) and transliterations (`nrt`); a few stand in for its dictionary here.
  const names: Record<string, NameKind> = { 周明远: 'person', 高峰: 'person', 阿卜杜勒: 'foreign', 瓦拉: 'foreign' };
  const words = new Set(['周明远', '高峰', '阿卜杜勒', '瓦拉', '论坛', '共同', '充满']);
  const lexicon: Lexicon = { has: (word) => words.has(word), nameKind: (word) => names[word] };
  const withNames = (printed: string) => {
    const { folded } = foldText(printed);
    return findPersons(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('takes a full name after a description though it is also a word', () => {
    expect(withNames('宇航员周明远给出了答案')).toEqual(['周明远']);
    // Two characters the dictionary lists as a name are too often a word (高峰, 康复).
    expect(withNames('举办青年高峰论坛')).toEqual([]);
  });

  it('reads a transliteration whose first part is a listed name', () => {
    expect(withNames('外长阿卜杜勒·萨米尔说')).toEqual(['阿卜杜勒·萨米尔']);
    expect(withNames('负责人瓦拉猜说,门票免费')).toEqual(['瓦拉猜']);
  });

  it('reads a first part whose sounds open with a listed name of any kind, or hold a familiar verb', () => {
    const more: Lexicon = { has: (word) => word === '阿卜杜' || words.has(word), nameKind: (word) => (word === '阿卜杜' ? 'person' : names[word]) };
    const { folded } = foldText('外长阿卜杜拉·萨米尔说');
    expect(findPersons(folded, more).map((f) => folded.slice(f.start, f.end))).toEqual(['阿卜杜拉·萨米尔']);
    expect(withNames('同事阿布来西·艾买提充满慈爱')).toEqual(['阿布来西·艾买提']);
  });

  it('takes sounds that open with a surname when they run longer than a Chinese name', () => {
    expect(withNames('俱乐部成员莫拉维茨基认为')).toEqual(['莫拉维茨基']);
  });

  it('ends a transliteration where a word runs out of its last part', () => {
    expect(withNames('经济部长阿卜杜勒·奈罗共同为中心揭牌')).toEqual(['阿卜杜勒·奈罗']);
  });
});

describe('a given name that is also a word', () => {
  const words = new Set(['美军', '顺利', '把握', '村村', '心愿']);
  // The tagger reads 严 and 钱 as surnames of their own before a word, 应 as a verb.
  const tags: Record<string, TaggedWord[]> = {
    严美军养了2: [{ word: '严', tag: 'nr' }, { word: '美军', tag: 'j' }],
    钱顺利的心愿: [{ word: '钱', tag: 'nr' }, { word: '顺利', tag: 'ad' }],
    应把握方向: [{ word: '应', tag: 'v' }, { word: '把握', tag: 'v' }],
  };
  const lexicon: Lexicon = { has: (word) => words.has(word), tag: (text) => tags[text] ?? [] };
  const withTags = (printed: string) => {
    const { folded } = foldText(printed);
    return findPersons(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('is a name where the tagger reads the character before it as a surname', () => {
    expect(withTags('村民严美军养了20年猪')).toEqual(['严美军']);
    expect(withTags('学者应把握方向')).toEqual([]);
  });

  it('follows a village whose name ends in the level the description starts with', () => {
    expect(withTags('黄石村村民钱顺利的心愿')).toEqual(['钱顺利']);
  });
});

describe('signature lines', () => {
  it('reads a name set off by several spaces, and a padded name the parser ran into the next paragraph', () => {
    expect(persons('共和国主席  周明远    ')).toEqual([['周明远', ['主席']]]);
    expect(persons('研究所研究员 贺 勇党的领导是根本')).toEqual([['贺 勇', ['研究员']]]);
    expect(persons('研究所研究员 贺  勇')).toEqual([['贺  勇', ['研究员']]]);
  });
});

describe('names introduced by what they are called, an age or an origin', () => {
  const words = new Set(['看到', '记者', '代表', '叫停']);
  const tags: Record<string, TaggedWord[]> = { 陈子宇看到记者: [{ word: '陈子宇', tag: 'nr' }, { word: '看到', tag: 'v' }] };
  const lexicon: Lexicon = { has: (word) => words.has(word), tag: (text) => tags[text] ?? [{ word: text, tag: 'x' }] };
  const introduced = (printed: string) => {
    const { folded } = foldText(printed);
    return findPersons(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('takes the name after 叫, 岁的 or 来自…的 where punctuation or a familiar verb closes it', () => {
    expect(introduced('姑娘说她叫孟兰兰,在县城工作')).toEqual(['孟兰兰']);
    expect(introduced('23岁的温宇兮,去年毕业')).toEqual(['温宇兮']);
    expect(introduced('来自广西桂林的潘明宇和工友一起')).toEqual(['潘明宇']);
  });

  it('wants punctuation after 叫, and no word, no thing named after 也叫', () => {
    expect(introduced('他们叫停了工程')).toEqual([]);
    expect(introduced('醒狮也叫北狮,是一种民俗')).toEqual([]);
    expect(introduced('来自各地的代表,共商大计')).toEqual([]);
  });

  it('does not end a name on the complement of a verb it would end with', () => {
    expect(introduced('32岁的陈子宇看到记者')).toEqual([]);
  });
});

describe('names joined to a described one', () => {
  it('share its description where punctuation or a familiar verb closes each', () => {
    expect(persons('保安肖华明和王临江从手中接过')).toEqual([
      ['肖华明', []],
      ['王临江', []],
    ]);
  });
});

describe('a name before a title, and the word before it', () => {
  const words = new Set(['学习', '担任', '主席', '实周', '周明远']);
  const lexicon: Lexicon = { has: (word) => words.has(word), nameKind: (word) => (word === '周明远' ? 'person' : undefined) };
  const before = (printed: string) => {
    const { folded } = foldText(printed);
    return findPersons(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('never starts where a word runs across the start, unless the dictionary lists the name', () => {
    expect(before('大家学习习主席讲话')).toEqual([]);
    expect(before('自担任军委主席以来')).toEqual([]);
    expect(before('学深悟透做实周明远总书记的指示')).toEqual(['周明远']);
  });
});

describe('what a name is not', () => {
  const words = new Set(['马克', '主义', '顾问', '郑重', '宣布', '终于', '迈尔']);
  const names: Record<string, NameKind> = { 马克思: 'foreign', 顾问团: 'person', 迈尔: 'foreign' };
  const tags: Record<string, TaggedWord[]> = { 李甜终于忙完: [{ word: '李甜', tag: 'nr' }, { word: '终于', tag: 'd' }, { word: '忙完', tag: 'v' }] };
  const lexicon: Lexicon = { has: (word) => words.has(word), nameKind: (word) => names[word], tag: (text) => tags[text] ?? [{ word: text, tag: 'x' }] };
  const found = (printed: string) => {
    const { folded } = foldText(printed);
    return findPersons(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('is no word derived from a name, nor a listed name that opens with a word', () => {
    expect(found('青年马克思主义学者')).toEqual([]);
    expect(found('请来了专家顾问团。')).toEqual([]);
  });

  it('reads 总书记 after a name as its title, not as a role for the word after it', () => {
    expect(found('周明远总书记郑重宣布')).toEqual(['周明远']);
  });

  it('ends a name before 于 that completes a word with its last character', () => {
    expect(found('抢修队成员李甜终于忙完了')).toEqual(['李甜']);
  });
});
