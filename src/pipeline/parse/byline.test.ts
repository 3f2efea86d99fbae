import { describe, expect, it } from 'vitest';
import {
  parseBylineLine,
  parseBylineList,
  parseBylineStart,
  parseClosingLine,
  parseCreditLine,
  parseDatelineStart,
  parseNoteBylines,
  splitPhotoCredit,
  splitTrailingByline,
} from './byline.ts';

describe('parseDatelineStart', () => {
  it('reads 本报讯 with a bracketed byline list, a name without a role first', () => {
    expect(parseDatelineStart('本报讯(韩晖 记者 黄雅婷) 半导体产业是关键力量。')).toEqual({
      dateline: '本报讯',
      bylines: [{ name: '韩晖' }, { name: '黄雅婷', role: '记者' }],
      rest: '半导体产业是关键力量。',
    });
  });

  it('reads full-width brackets', () => {
    expect(parseDatelineStart('本报讯（记者 朱梦琪）昨天，会议召开。')?.bylines).toEqual([{ name: '朱梦琪', role: '记者' }]);
  });

  it('reads a place and date, and 记者李明报道: with a space', () => {
    expect(parseDatelineStart('本报南京3月8日讯 记者李明报道:全省春耕开始。')).toEqual({
      dateline: '本报南京3月8日讯',
      bylines: [{ name: '李明', role: '记者' }],
      rest: '全省春耕开始。',
    });
  });

  it('reads 电 and a byline glued to the dateline', () => {
    expect(parseDatelineStart('本报苏州6月2日电记者张华报道:园区开放。')).toEqual({
      dateline: '本报苏州6月2日电',
      bylines: [{ name: '张华', role: '记者' }],
      rest: '园区开放。',
    });
  });

  it('reads 据新华社 with several reporters after one role', () => {
    expect(parseDatelineStart('据新华社北京3月5日电(记者王强、刘洋)十四届全国人大开幕。')).toEqual({
      dateline: '据新华社北京3月5日电',
      bylines: [
        { name: '王强', role: '记者' },
        { name: '刘洋', role: '记者' },
      ],
      rest: '十四届全国人大开幕。',
    });
  });

  it('reads 【新华社上海十日电】', () => {
    expect(parseDatelineStart('【新华社上海十日电】浦江两岸灯火通明。')).toEqual({
      dateline: '新华社上海十日电',
      bylines: [],
      rest: '浦江两岸灯火通明。',
    });
  });

  it('keeps a bracket that is not a byline in the body', () => {
    expect(parseDatelineStart('本报讯(扩大会议) 昨天召开。')).toEqual({ dateline: '本报讯', bylines: [], rest: '(扩大会议) 昨天召开。' });
  });

  it('is not fooled by 本报记者 or running text', () => {
    expect(parseDatelineStart('本报记者 陈静 王磊')).toBeUndefined();
    expect(parseDatelineStart('半导体产业是关键力量。')).toBeUndefined();
  });
});

describe('bylines', () => {
  it('reads roles and names, the role carrying over to later names', () => {
    expect(parseBylineList('通讯员 张华 记者 李明 王磊')).toEqual([
      { name: '张华', role: '通讯员' },
      { name: '李明', role: '记者' },
      { name: '王磊', role: '记者' },
    ]);
  });

  it('reads X/文 and 文/X', () => {
    expect(parseBylineList('朱梦琪/文 徐晶玮/图')).toEqual([
      { name: '朱梦琪', role: '文' },
      { name: '徐晶玮', role: '图' },
    ]);
    expect(parseBylineList('文/朱梦琪')).toEqual([{ name: '朱梦琪', role: '文' }]);
  });

  it('reads compound surnames and rejects words that are not names', () => {
    expect(parseBylineList('记者 欧阳晓明')).toEqual([{ name: '欧阳晓明', role: '记者' }]);
    expect(parseBylineList('试行')).toBeUndefined();
    expect(parseBylineList('扩大')).toBeUndefined();
  });

  it('reads a byline on its own line, 本报 moved from the role to the affiliation', () => {
    expect(parseBylineLine('本报记者 陈静 王磊')).toEqual([
      { name: '陈静', role: '记者', affiliation: '本报' },
      { name: '王磊', role: '记者', affiliation: '本报' },
    ]);
    expect(parseBylineLine('朱梦琪/文')).toEqual([{ name: '朱梦琪', role: '文' }]);
    // Bare names on a line are not a byline: nothing says who they are.
    expect(parseBylineLine('张华 李明')).toBeUndefined();
  });

  it('splits a trailing (李华) from an article’s last paragraph', () => {
    expect(splitTrailingByline('会议还研究了其他事项。(李华)')).toEqual({ text: '会议还研究了其他事项。', bylines: [{ name: '李华' }] });
    expect(splitTrailingByline('审议了《管理办法(试行)》')).toBeUndefined();
  });
});

describe('splitPhotoCredit', () => {
  it('splits `… 徐晶玮 摄` into caption and photographer', () => {
    expect(splitPhotoCredit('一期新建厂房已投产。 徐晶玮 摄')).toEqual({
      caption: '一期新建厂房已投产。',
      bylines: [{ name: '徐晶玮', role: '摄影' }],
    });
  });

  it('reads bracketed credits, roles and several photographers', () => {
    expect(splitPhotoCredit('孩子们在田间劳作。(记者 陈静 摄)')?.bylines).toEqual([{ name: '陈静', role: '摄影' }]);
    expect(splitPhotoCredit('航拍新城。 本报记者 王磊 李明 摄')?.bylines).toEqual([
      { name: '王磊', role: '摄影', affiliation: '本报' },
      { name: '李明', role: '摄影', affiliation: '本报' },
    ]);
  });

  it('leaves text that merely ends in 摄 alone', () => {
    expect(splitPhotoCredit('这张照片由无人机拍摄')).toBeUndefined();
    expect(splitPhotoCredit('徐晶玮 摄')).toBeUndefined();
  });
});

// The snippets below are written for these tests in the forms real pages print (人民日报's e-paper
// pads with U+00A0, a PDF breaks lines); every name, place and date in them is invented.
const NB = '\u00a0';

describe('parseDatelineStart: the forms papers print', () => {
  it('reads 本报…电 with the byline bracket after two NBSP, one NBSP, a space or an ideographic space', () => {
    for (const gap of [`${NB}${NB}`, NB, ' ', '\u3000', '']) {
      expect(parseDatelineStart(`本报杭州3月9日电${gap}（记者林晓萌）今年以来，全省新开工项目增多。`), JSON.stringify(gap)).toEqual({
        dateline: '本报杭州3月9日电',
        bylines: [{ name: '林晓萌', role: '记者' }],
        rest: '今年以来，全省新开工项目增多。',
      });
    }
  });

  it('strips the paragraph indent the e-paper prints before a dateline', () => {
    expect(parseDatelineStart(`\u3000\u3000本报南宁2月3日电${NB}${NB}（记者韦志成）春运首日。`)?.dateline).toBe('本报南宁2月3日电');
  });

  it('reads 新华社 and 据新华社 datelines, with and without place and date', () => {
    expect(parseDatelineStart(`新华社成都5月4日电${NB}${NB}国务院近日印发通知。`)).toEqual({
      dateline: '新华社成都5月4日电',
      bylines: [],
      rest: '国务院近日印发通知。',
    });
    expect(parseDatelineStart('新华社成都5月4日电（记者张云飞、李海波）大熊猫基地迎来新生命。')?.bylines).toEqual([
      { name: '张云飞', role: '记者' },
      { name: '李海波', role: '记者' },
    ]);
    expect(parseDatelineStart(`据新华社电${NB}${NB}（记者周明远）秋收时节。`)).toMatchObject({ dateline: '据新华社电', rest: '秋收时节。' });
    expect(parseDatelineStart('据新华社维也纳8月18日电 (记者陈晓峰)会议开幕。')).toMatchObject({
      dateline: '据新华社维也纳8月18日电',
      bylines: [{ name: '陈晓峰', role: '记者' }],
    });
    expect(parseDatelineStart(`据新华社北京电${NB}${NB}（罗明光、杨晓）截至年底。`)?.bylines).toEqual([{ name: '罗明光' }, { name: '杨晓' }]);
    expect(parseDatelineStart('【新华社重庆十四日电】山城雾散。')).toEqual({ dateline: '新华社重庆十四日电', bylines: [], rest: '山城雾散。' });
  });

  it('reads a country before the city, a year in the date, and places listed with 、', () => {
    expect(parseDatelineStart(`本报南非开普敦3月5日电${NB}${NB}（记者李明轩）活动举行。`)?.dateline).toBe('本报南非开普敦3月5日电');
    expect(parseDatelineStart(`新华社北京2018年12月31日电${NB}${NB}公报发布。`)?.dateline).toBe('新华社北京2018年12月31日电');
    expect(parseDatelineStart(`本报东京、首尔电${NB}记者刘一帆、王海川报道：两地举行活动。`)).toEqual({
      dateline: '本报东京、首尔电',
      bylines: [
        { name: '刘一帆', role: '记者' },
        { name: '王海川', role: '记者' },
      ],
      rest: '两地举行活动。',
    });
  });

  it('reads the datelines of other newsrooms, the body glued on when a date ends the dateline', () => {
    expect(parseDatelineStart('中国经济网北京6月12日讯 A股三大指数高开。')).toMatchObject({ dateline: '中国经济网北京6月12日讯', rest: 'A股三大指数高开。' });
    expect(parseDatelineStart('中国经济网北京6月12日讯北京证券交易所发布公告。')).toMatchObject({
      dateline: '中国经济网北京6月12日讯',
      rest: '北京证券交易所发布公告。',
    });
    expect(parseDatelineStart('中新网上海6月12日电(记者 王一凡)展会开幕。')?.bylines).toEqual([{ name: '王一凡', role: '记者' }]);
    expect(parseDatelineStart('人民网北京3月2日电 据悉，会议召开。')).toMatchObject({ dateline: '人民网北京3月2日电', rest: '据悉，会议召开。' });
    expect(parseDatelineStart('科技日报兰州6月11日电 （记者颉志强 通讯员余若凡）研究取得进展。')?.bylines).toEqual([
      { name: '颉志强', role: '记者' },
      { name: '余若凡', role: '通讯员' },
    ]);
  });

  it('reads bylines printed without brackets, up to the first word that is not a name', () => {
    expect(parseDatelineStart('本报讯 记者 李明 通讯员 王华 昨天，会议召开。')).toEqual({
      dateline: '本报讯',
      bylines: [
        { name: '李明', role: '记者' },
        { name: '王华', role: '通讯员' },
      ],
      rest: '昨天，会议召开。',
    });
  });

  it('reads names in the bracket that the surname list lacks when a role or another name vouches for them', () => {
    expect(parseDatelineStart('本报上海2月20日电（记者励文静）外资持续看好。')?.bylines).toEqual([{ name: '励文静', role: '记者' }]);
    expect(parseDatelineStart('本报西宁2月13日电（原立新、马文涛）列车安全运行。')?.bylines).toEqual([{ name: '原立新' }, { name: '马文涛' }]);
    expect(parseDatelineStart('新华社北京1月1日电（记者张力、人民网记者毛小雷）活动举行。')?.bylines).toEqual([
      { name: '张力', role: '记者' },
      { name: '毛小雷', role: '记者', affiliation: '人民网' },
    ]);
  });

  it('leaves running text that starts like a dateline alone', () => {
    expect(parseDatelineStart('新华社推出纪录电影《山河》，讲述三代人的故事。')).toBeUndefined();
    expect(parseDatelineStart('人民日报社新媒体中心利用电子屏幕播放短片。')).toBeUndefined();
    expect(parseDatelineStart('本报电子版今日上线。')).toBeUndefined();
    expect(parseDatelineStart('本报电话：0519-86000000')).toBeUndefined();
    expect(parseDatelineStart('中国电信今年加快5G建设。')).toBeUndefined();
    expect(parseDatelineStart('据新华社报道，会议召开。')).toBeUndefined();
  });

  it('keeps 记者 that begins the body in the body', () => {
    expect(parseDatelineStart(`本报电${NB}${NB}记者从市交通局获悉：春运开始。`)).toEqual({
      dateline: '本报电',
      bylines: [],
      rest: '记者从市交通局获悉：春运开始。',
    });
  });
});

describe('parseBylineList: roles, affiliations and padding', () => {
  it('keeps whom a reporter works for apart from the position, the posting abroad in the role', () => {
    expect(parseBylineList('新华社记者 王立新')).toEqual([{ name: '王立新', role: '记者', affiliation: '新华社' }]);
    expect(parseBylineList(`本报驻巴西记者${NB}张远航`)).toEqual([{ name: '张远航', role: '驻巴西记者', affiliation: '本报' }]);
    expect(parseBylineList(`本报赴柬埔寨特派记者${NB}丁${NB}宁${NB}赵益民`)).toEqual([
      { name: '丁宁', role: '赴柬埔寨特派记者', affiliation: '本报' },
      { name: '赵益民', role: '赴柬埔寨特派记者', affiliation: '本报' },
    ]);
    expect(parseBylineList('本报特约记者 周立')).toEqual([{ name: '周立', role: '特约记者', affiliation: '本报' }]);
    expect(parseBylineList('新华社记者张晓峰、朱基明，解放军报记者王士杰、柳青')).toEqual([
      { name: '张晓峰', role: '记者', affiliation: '新华社' },
      { name: '朱基明', role: '记者', affiliation: '新华社' },
      { name: '王士杰', role: '记者', affiliation: '解放军报' },
      { name: '柳青', role: '记者', affiliation: '解放军报' },
    ]);
    expect(parseBylineList('见习记者 韩冰 实习生 刘思远 融媒体记者 马骁')).toEqual([
      { name: '韩冰', role: '见习记者' },
      { name: '刘思远', role: '实习生' },
      { name: '马骁', role: '融媒体记者' },
    ]);
  });

  it('pairs the padded characters of two-character names, never keeping the padding', () => {
    expect(parseBylineList(`本报记者${NB}${NB}姜${NB}${NB}涛`)).toEqual([{ name: '姜涛', role: '记者', affiliation: '本报' }]);
    expect(parseBylineList(`本报记者 刘晓瑶 常 青 余建国`)?.map((b) => b.name)).toEqual(['刘晓瑶', '常青', '余建国']);
    expect(parseBylineList(`本报记者${NB}扎${NB}西`)).toEqual([{ name: '扎西', role: '记者', affiliation: '本报' }]);
  });

  it('reads ambiguous runs of single characters by how padding works', () => {
    // Padding never splits a three-character name, so `李 乔文` is 李乔, credited 文.
    expect(parseBylineList(`本报记者${NB}孟${NB}佳${NB}李${NB}乔文`)).toEqual([
      { name: '孟佳', role: '文', affiliation: '本报' },
      { name: '李乔', role: '文', affiliation: '本报' },
    ]);
    // A lone 文 after a padded character is the name's second character, after a whole name its credit.
    expect(parseBylineList(`李${NB}文`)).toEqual([{ name: '李文' }]);
    expect(parseBylineList('王晓丹 文')).toEqual([{ name: '王晓丹', role: '文' }]);
    // A single character before two others is a name a PDF line broke (`曹` / `思韵`).
    expect(parseBylineList('记者李昕、曹\n\n思韵、郑向')?.map((b) => b.name)).toEqual(['李昕', '曹思韵', '郑向']);
    // A character left with no partner is not a name.
    expect(parseBylineList(`本报记者${NB}王${NB}丹${NB}李`)).toBeUndefined();
  });

  it('gives a role printed after a name to the names before it', () => {
    expect(parseBylineList('本报记者 张云海整理')).toEqual([{ name: '张云海', role: '整理', affiliation: '本报' }]);
    expect(parseBylineList('本报记者叶传海、通讯员胡艳红整理')).toEqual([
      { name: '叶传海', role: '整理', affiliation: '本报' },
      { name: '胡艳红', role: '整理' },
    ]);
    expect(parseBylineList(`庞立平${NB}${NB}黄勇军摄影报道`)).toEqual([
      { name: '庞立平', role: '摄影' },
      { name: '黄勇军', role: '摄影' },
    ]);
    expect(parseBylineList(`本报记者${NB}${NB}罗一桦文${NB}${NB}陈北川摄`)).toEqual([
      { name: '罗一桦', role: '文', affiliation: '本报' },
      { name: '陈北川', role: '摄影', affiliation: '本报' },
    ]);
    // `，` ends the reach: only those after it 参与采写.
    expect(parseBylineList('记者殷小宇、林蕊，郭雨晴、郑美参与采写')).toEqual([
      { name: '殷小宇', role: '记者' },
      { name: '林蕊', role: '记者' },
      { name: '郭雨晴', role: '参与采写' },
      { name: '郑美', role: '参与采写' },
    ]);
  });

  it('reads a role printed after the names it belongs to', () => {
    expect(parseBylineList(`何一鸣${NB}本报评论员`)).toEqual([{ name: '何一鸣', role: '评论员', affiliation: '本报' }]);
  });

  it('reads colon roles, which say what the names did whatever position they print', () => {
    expect(parseBylineList(`本版制图：沈怡宁${NB}${NB}黄${NB}${NB}涛`)).toEqual([
      { name: '沈怡宁', role: '制图' },
      { name: '黄涛', role: '制图' },
    ]);
    expect(parseBylineList('本期统筹：许 言 制图：郭 阳')).toEqual([
      { name: '许言', role: '统筹' },
      { name: '郭阳', role: '制图' },
    ]);
    expect(parseBylineList('制图：新华社记者 胥晓岚')).toEqual([{ name: '胥晓岚', role: '制图', affiliation: '新华社' }]);
    expect(parseBylineList('记者刘欣、安蓓蓓  参与采写：王攀登、郭新')).toEqual([
      { name: '刘欣', role: '记者' },
      { name: '安蓓蓓', role: '记者' },
      { name: '王攀登', role: '参与采写' },
      { name: '郭新', role: '参与采写' },
    ]);
    expect(parseBylineList('作者单位：市社科院')).toBeUndefined();
  });

  it('reads 文/图 before the names it credits', () => {
    expect(parseBylineList('文/图 赵一鸣')).toEqual([{ name: '赵一鸣', role: '文/图' }]);
  });
});

describe('parseBylineLine: a block that is only a byline', () => {
  it('reads the forms of a byline line', () => {
    expect(parseBylineLine(`本报记者${NB}${NB}钱晓彬${NB}${NB}宋浩然`)?.map((b) => b.name)).toEqual(['钱晓彬', '宋浩然']);
    expect(parseBylineLine('本报记者\u3000郑海燕')).toEqual([{ name: '郑海燕', role: '记者', affiliation: '本报' }]);
    expect(parseBylineLine(`人民网记者${NB}${NB}闫${NB}${NB}明${NB}${NB}本报记者${NB}${NB}姚雪梅`)).toEqual([
      { name: '闫明', role: '记者', affiliation: '人民网' },
      { name: '姚雪梅', role: '记者', affiliation: '本报' },
    ]);
    expect(parseBylineLine('张三/文 李四/图')).toEqual([
      { name: '张三', role: '文' },
      { name: '李四', role: '图' },
    ]);
    expect(parseBylineLine('综合本报记者王立、曹林、史自明报道')?.map((b) => [b.name, b.role, b.affiliation])).toEqual([
      ['王立', '记者', '本报'],
      ['曹林', '记者', '本报'],
      ['史自明', '记者', '本报'],
    ]);
  });

  it('reads a line a PDF broke at every name, once the caller joined its pieces', () => {
    expect(parseBylineLine('本报记者\n\n程\n\n亮\n\n潘俊杰')).toEqual([
      { name: '程亮', role: '记者', affiliation: '本报' },
      { name: '潘俊杰', role: '记者', affiliation: '本报' },
    ]);
  });

  it('reads an author after □, and after ■ only when padding marks the name', () => {
    expect(parseBylineLine('□张红')).toEqual([{ name: '张红' }]);
    expect(parseBylineLine('□本报记者 张红')).toEqual([{ name: '张红', role: '记者', affiliation: '本报' }]);
    expect(parseBylineLine('■ 李 文')).toEqual([{ name: '李文' }]);
    expect(parseBylineLine('■史料')).toBeUndefined();
    expect(parseBylineLine('■小贴士')).toBeUndefined();
  });

  it('leaves signatures, bare pen names, columns and credits to other rules', () => {
    // A signature naming no person, and a pen name printed without a role.
    expect(parseBylineLine('本报评论员')).toBeUndefined();
    expect(parseBylineLine('任仲平')).toBeUndefined();
    expect(parseBylineLine('新华社记者')).toBeUndefined();
    for (const column of ['记者点评', '【记者观察】', '记者留言板', '■记者手记']) expect(parseBylineLine(column), column).toBeUndefined();
    // Only a photo credit: see parseCreditLine.
    expect(parseBylineLine(`本报记者${NB}${NB}贺${NB}${NB}平摄`)).toBeUndefined();
    expect(parseBylineLine('记者之家今天正式启用')).toBeUndefined();
  });
});

describe('parseCreditLine: a line that is only a credit', () => {
  it('reads a newsroom photographer, padded or not, the affiliation kept', () => {
    expect(parseCreditLine(`新华社记者${NB}${NB}方晨摄${NB}`)).toEqual([{ name: '方晨', role: '摄影', affiliation: '新华社' }]);
    expect(parseCreditLine(`本报记者${NB}${NB}贺${NB}${NB}平摄`)).toEqual([{ name: '贺平', role: '摄影', affiliation: '本报' }]);
    expect(parseCreditLine('新华社记者 肖一鸣摄')).toEqual([{ name: '肖一鸣', role: '摄影', affiliation: '新华社' }]);
    expect(parseCreditLine('新华社记者\n\n卢晓光摄')).toEqual([{ name: '卢晓光', role: '摄影', affiliation: '新华社' }]);
  });

  it('reads several photographers of a 摄影报道', () => {
    expect(parseCreditLine(`朱${NB}${NB}岩${NB}${NB}黄子轩摄影报道${NB}${NB}`)).toEqual([
      { name: '朱岩', role: '摄影' },
      { name: '黄子轩', role: '摄影' },
    ]);
    expect(parseCreditLine(`本报记者${NB}谷雨田${NB}陈小舟摄影报道`)).toEqual([
      { name: '谷雨田', role: '摄影', affiliation: '本报' },
      { name: '陈小舟', role: '摄影', affiliation: '本报' },
    ]);
    expect(parseCreditLine(`阿尔曼${NB}${NB}李${NB}${NB}飞${NB}${NB}${NB}摄影报道`)?.map((b) => b.name)).toEqual(['阿尔曼', '李飞']);
  });

  it('keeps the agency printed after the credit as the affiliation', () => {
    expect(parseCreditLine('陈云帆摄（影像中国）')).toEqual([{ name: '陈云帆', role: '摄影', affiliation: '影像中国' }]);
    expect(parseCreditLine(`王海鹏摄（人民视觉）${NB}`)).toEqual([{ name: '王海鹏', role: '摄影', affiliation: '人民视觉' }]);
    expect(parseCreditLine(`计海明摄${NB}（影像中国）`)).toEqual([{ name: '计海明', role: '摄影', affiliation: '影像中国' }]);
    expect(parseCreditLine('新华社发 张晓东摄')).toEqual([{ name: '张晓东', role: '摄影', affiliation: '新华社发' }]);
    expect(parseCreditLine('朱慧明作（新华社发）')).toEqual([{ name: '朱慧明', role: '作', affiliation: '新华社发' }]);
  });

  it('reads graphics credits with a colon role', () => {
    expect(parseCreditLine(`本版制图：沈怡宁${NB}${NB}黄${NB}${NB}涛`)).toEqual([
      { name: '沈怡宁', role: '制图' },
      { name: '黄涛', role: '制图' },
    ]);
    expect(parseCreditLine(`本版摄影：李${NB}帆${NB}翁启航`)?.map((b) => [b.name, b.role])).toEqual([
      ['李帆', '摄影'],
      ['翁启航', '摄影'],
    ]);
    expect(parseCreditLine('版式设计：蔡文明')).toEqual([{ name: '蔡文明', role: '版式设计' }]);
    expect(parseCreditLine(`本版摄影：史嘉明${NB}${NB}版式设计：沈怡宁`)).toEqual([
      { name: '史嘉明', role: '摄影' },
      { name: '沈怡宁', role: '版式设计' },
    ]);
  });

  it('drops the affiliation of a photographer whose position was not 记者, which the reader could not print', () => {
    expect(parseCreditLine('本报通讯员 李华摄')).toEqual([{ name: '李华', role: '摄影' }]);
  });

  it('returns [] for a credit that names no person', () => {
    for (const line of ['新华社发', `新华社发${NB}`, '人民视觉', '影像中国', '图片来源：人民视觉', '长江航运公司供图', '资料照片']) {
      expect(parseCreditLine(line), line).toEqual([]);
    }
    expect(parseCreditLine('王小明供图')).toEqual([{ name: '王小明', role: '供图' }]);
  });

  it('is not fooled by text that ends in 摄 or 发, or by a byline', () => {
    expect(parseCreditLine('这张照片由无人机拍摄')).toBeUndefined();
    expect(parseCreditLine('摄影展今日开幕')).toBeUndefined();
    expect(parseCreditLine('国务院印发')).toBeUndefined();
    expect(parseCreditLine('新华社发布')).toBeUndefined();
    expect(parseCreditLine('本报记者 陈静 王磊')).toBeUndefined();
  });
});

describe('splitPhotoCredit: more forms of a caption ending in its credit', () => {
  it('reads a newsroom and a padded name after the caption', () => {
    expect(splitPhotoCredit(`工人在车间作业。${NB}\u3000\u3000本报记者${NB}${NB}贺${NB}${NB}平摄`)).toEqual({
      caption: '工人在车间作业。',
      bylines: [{ name: '贺平', role: '摄影', affiliation: '本报' }],
    });
  });

  it('reads a credit glued to the caption’s last sentence, and an agency after it', () => {
    expect(splitPhotoCredit('工人在车间作业。新华社记者王建明摄')).toEqual({
      caption: '工人在车间作业。',
      bylines: [{ name: '王建明', role: '摄影', affiliation: '新华社' }],
    });
    expect(splitPhotoCredit('村民在田间劳作。罗国强摄（影像中国）')).toEqual({
      caption: '村民在田间劳作。',
      bylines: [{ name: '罗国强', role: '摄影', affiliation: '影像中国' }],
    });
  });

  it('reads （王小明 摄） and a 通讯员, whose position it cannot keep', () => {
    expect(splitPhotoCredit('孩子们在操场上。（王小明 摄）')?.bylines).toEqual([{ name: '王小明', role: '摄影' }]);
    expect(splitPhotoCredit('新城全景。 本报通讯员 李华 摄')?.bylines).toEqual([{ name: '李华', role: '摄影' }]);
  });

  it('leaves a line that is only a credit to parseCreditLine', () => {
    expect(splitPhotoCredit('新华社记者 方晨摄')).toBeUndefined();
  });
});

describe('parseClosingLine: a paragraph that is only a bracketed closing', () => {
  it('reads bylines, compiled reports and a closing dateline', () => {
    expect(parseClosingLine(`（本报记者${NB}${NB}任飞燕）`)).toEqual({ bylines: [{ name: '任飞燕', role: '记者', affiliation: '本报' }] });
    expect(parseClosingLine('（综合本报记者赵展云、曲哲明、李心怡报道）')).toEqual({
      bylines: [
        { name: '赵展云', role: '记者', affiliation: '本报' },
        { name: '曲哲明', role: '记者', affiliation: '本报' },
        { name: '李心怡', role: '记者', affiliation: '本报' },
      ],
    });
    expect(parseClosingLine('（综合本报记者王可、曹玲和新华社报道）')?.bylines.map((b) => b.name)).toEqual(['王可', '曹玲']);
    expect(parseClosingLine('（本报布鲁塞尔3月2日电）')).toEqual({ dateline: '本报布鲁塞尔3月2日电', bylines: [] });
    expect(parseClosingLine('（本报内罗毕电）')).toEqual({ dateline: '本报内罗毕电', bylines: [] });
    expect(parseClosingLine(`（据新华社堪培拉电${NB}${NB}记者岳东明、白晓旭）`)).toEqual({
      dateline: '据新华社堪培拉电',
      bylines: [
        { name: '岳东明', role: '记者' },
        { name: '白晓旭', role: '记者' },
      ],
    });
    expect(parseClosingLine('（本报记者程远航、范昊然参与采写）')?.bylines.map((b) => b.role)).toEqual(['参与采写', '参与采写']);
    expect(parseClosingLine('（执笔：王 朋）')).toEqual({ bylines: [{ name: '王朋', role: '执笔' }] });
    expect(parseClosingLine('（周晓亚）')).toEqual({ bylines: [{ name: '周晓亚' }] });
  });

  it('reads a closing a PDF broke over lines, joined by the caller with line breaks, spaces or nothing', () => {
    const expected = {
      dateline: '新华社北京10月19日电',
      bylines: ['赵一凡', '安蓓蓓', '谢希文', '王雨晨'].map((name) => ({ name, role: '记者' })),
    };
    expect(parseClosingLine('（新华社北京10月19日电\n\n记者赵一凡、安蓓蓓、谢希文、\n\n王雨晨）')).toEqual(expected);
    expect(parseClosingLine('（新华社北京10月19日电 记者赵一凡、安蓓蓓、谢希文、 王雨晨）')).toEqual(expected);
    expect(parseClosingLine(`（新华社北京10月19日电${NB}${NB}记者赵一凡、安蓓蓓、谢希文、王雨晨）`)).toEqual(expected);
    expect(parseClosingLine('（本报北京、里约热内卢、\n开罗10月19日电\n\n记者李欣然、曹\n\n思韵）')).toEqual({
      dateline: '本报北京、里约热内卢、开罗10月19日电',
      bylines: [
        { name: '李欣然', role: '记者' },
        { name: '曹思韵', role: '记者' },
      ],
    });
  });

  it('is not fooled by notes in brackets', () => {
    for (const note of ['（作者为本报记者）', '（相关报道见第四版）', '（记者手记）', '（试行）', '（节选）', '（讲话全文另发）', '（本专栏今日暂停）']) {
      expect(parseClosingLine(note), note).toBeUndefined();
    }
    expect(parseClosingLine('会议召开。（李华）')).toBeUndefined();
  });
});

describe('splitTrailingByline: more closings at a paragraph’s end', () => {
  it('reads a role and a dateline in the closing bracket', () => {
    expect(splitTrailingByline('工作有序推进。（本报记者 张一帆）')).toEqual({
      text: '工作有序推进。',
      bylines: [{ name: '张一帆', role: '记者', affiliation: '本报' }],
    });
    expect(splitTrailingByline('会议闭幕。（新华社北京2月24日电 记者李明）')).toEqual({
      text: '会议闭幕。',
      bylines: [{ name: '李明', role: '记者' }],
      dateline: '新华社北京2月24日电',
    });
  });

  it('keeps notes and closings that name no one in the text', () => {
    for (const paragraph of ['会议闭幕。（新华社北京2月24日电）', '任务完成。（相关报道见第四版）', '团结奋斗。（讲话全文另发）', '路要一步一步走。（节选）']) {
      expect(splitTrailingByline(paragraph), paragraph).toBeUndefined();
    }
  });
});

describe('parseBylineStart: a paragraph opening with its bylines, the dateline printed above it', () => {
  it('reads the bracket and gives the rest', () => {
    expect(parseBylineStart('（记者刘一鸣）10月18日，论坛在福州举行。')).toEqual({
      bylines: [{ name: '刘一鸣', role: '记者' }],
      rest: '10月18日，论坛在福州举行。',
    });
    expect(parseBylineStart('\u3000\u3000（人民网记者李唯新）发布会举行。')?.bylines).toEqual([{ name: '李唯新', role: '记者', affiliation: '人民网' }]);
  });

  it('leaves brackets without a role, and closings with nothing after them', () => {
    expect(parseBylineStart('（本外币）贷款余额增长。')).toBeUndefined();
    expect(parseBylineStart('（李华）会议召开。')).toBeUndefined();
    expect(parseBylineStart('（记者手记）走进村里。')).toBeUndefined();
    expect(parseBylineStart('（本报记者 张一帆整理）')).toBeUndefined();
  });
});

describe('an author’s note naming the reporter who took it down', () => {
  it('reads the reporter of the last clause: 采访整理, 整理, 编译, a posting abroad, two names', () => {
    expect(parseNoteBylines('（作者为东岚茶叶合作社理事长，本报驻北岭记者林海采访整理）')).toEqual([{ name: '林海', role: '采访整理', affiliation: '本报' }]);
    expect(parseNoteBylines('（作者工作于东岚天文台，本报记者周明华整理）')).toEqual([{ name: '周明华', role: '整理', affiliation: '本报' }]);
    expect(parseNoteBylines('（原文刊载于北岭《晨报》，原题为《东岚的春天》，本报驻北岭记者陆文清编译）')?.map((b) => b.name)).toEqual(['陆文清']);
    expect(parseNoteBylines('(作者为东岚大学教授,本报记者林海、周明华采访整理)')?.map((b) => b.name)).toEqual(['林海', '周明华']);
  });

  it('leaves a note naming no reporter, and a closing that is only a byline (parseClosingLine reads it)', () => {
    expect(parseNoteBylines('（作者为东岚大学教授）')).toBeUndefined();
    expect(parseNoteBylines('（作者为东岚大学教授，曾任校长）')).toBeUndefined();
    expect(parseNoteBylines('（本报记者 林海整理）')).toBeUndefined();
  });
});
