import { describe, expect, it } from 'vitest';
import { parseBylineLine, parseBylineList, parseDatelineStart, splitPhotoCredit, splitTrailingByline } from './byline.ts';

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

  it('reads a byline on its own line, 本报 dropped from the role', () => {
    expect(parseBylineLine('本报记者 陈静 王磊')).toEqual([
      { name: '陈静', role: '记者' },
      { name: '王磊', role: '记者' },
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
      { name: '王磊', role: '摄影' },
      { name: '李明', role: '摄影' },
    ]);
  });

  it('leaves text that merely ends in 摄 alone', () => {
    expect(splitPhotoCredit('这张照片由无人机拍摄')).toBeUndefined();
    expect(splitPhotoCredit('徐晶玮 摄')).toBeUndefined();
  });
});
