import { describe, expect, it } from 'vitest';
import { formatByline, formatBylines } from './byline.ts';

describe('formatByline', () => {
  it('writes the paper’s own reporter as 本报记者', () => {
    expect(formatByline({ name: '黄雅婷', role: '记者' }, '本报讯')).toBe('本报记者 黄雅婷');
    expect(formatByline({ name: '王强', role: '记者' }, '据新华社北京3月5日电')).toBe('记者 王强');
    expect(formatByline({ name: '王强', role: '记者' })).toBe('记者 王强');
  });

  it('puts photo and text credits after the name', () => {
    expect(formatByline({ name: '徐晶玮', role: '摄影' })).toBe('徐晶玮 摄');
    expect(formatByline({ name: '徐晶玮', role: '摄' })).toBe('徐晶玮 摄');
    expect(formatByline({ name: '朱梦琪', role: '文' })).toBe('朱梦琪 文');
  });

  it('prints a name without a role as it is, and other roles before the name', () => {
    expect(formatByline({ name: '韩晖' }, '本报讯')).toBe('韩晖');
    expect(formatByline({ name: '李华', role: '通讯员' }, '本报讯')).toBe('通讯员 李华');
  });
});

describe('formatBylines', () => {
  it('joins the bylines in printed order', () => {
    const bylines = [{ name: '韩晖' }, { name: '黄雅婷', role: '记者' }];
    expect(formatBylines({ bylines, dateline: '本报讯' })).toBe('韩晖\u3000本报记者 黄雅婷');
    expect(formatBylines({ bylines: [] })).toBe('');
  });
});

describe('formatByline: as print sets each byline', () => {
  it('puts the newsroom and the position before the name', () => {
    expect(formatByline({ name: '贺平', role: '记者', affiliation: '本报' })).toBe('本报记者 贺平');
    expect(formatByline({ name: '王立新', role: '记者', affiliation: '新华社' })).toBe('新华社记者 王立新');
    expect(formatByline({ name: '张远航', role: '驻巴西记者', affiliation: '本报' })).toBe('本报驻巴西记者 张远航');
    expect(formatByline({ name: '王士杰', role: '记者', affiliation: '解放军报' })).toBe('解放军报记者 王士杰');
  });

  it('prints a photographer’s newsroom before the name and an agency after the credit', () => {
    expect(formatByline({ name: '方晨', role: '摄影', affiliation: '新华社' })).toBe('新华社记者 方晨 摄');
    expect(formatByline({ name: '陈云帆', role: '摄影', affiliation: '影像中国' })).toBe('陈云帆 摄（影像中国）');
    expect(formatByline({ name: '张晓东', role: '摄影', affiliation: '新华社发' })).toBe('张晓东 摄（新华社发）');
    expect(formatByline({ name: '朱慧明', role: '作', affiliation: '新华社发' })).toBe('朱慧明 作（新华社发）');
  });

  it('prints what a person did after the name, and graphics credits with a colon', () => {
    expect(formatByline({ name: '张云海', role: '整理', affiliation: '本报' })).toBe('本报记者 张云海 整理');
    expect(formatByline({ name: '胡艳红', role: '整理' })).toBe('胡艳红 整理');
    expect(formatByline({ name: '沈怡宁', role: '制图' })).toBe('制图：沈怡宁');
    expect(formatByline({ name: '胥晓岚', role: '制图', affiliation: '新华社' })).toBe('制图：新华社记者 胥晓岚');
    expect(formatByline({ name: '赵一鸣', role: '文/图' })).toBe('文/图 赵一鸣');
  });
});

describe('formatBylines: names sharing a role under it once', () => {
  it('groups consecutive names of one role, as print does', () => {
    const reporters = [
      { name: '钱晓彬', role: '记者', affiliation: '本报' },
      { name: '宋浩然', role: '记者', affiliation: '本报' },
    ];
    expect(formatBylines({ bylines: reporters })).toBe('本报记者 钱晓彬 宋浩然');
    const photographers = [
      { name: '朱岩', role: '摄影' },
      { name: '黄子轩', role: '摄影' },
    ];
    expect(formatBylines({ bylines: photographers })).toBe('朱岩 黄子轩 摄');
    expect(formatBylines({ bylines: [...photographers.map((b) => ({ ...b, affiliation: '人民视觉' }))] })).toBe('朱岩 黄子轩 摄（人民视觉）');
  });

  it('sets different roles apart with a wide space', () => {
    const bylines = [
      { name: '罗一桦', role: '文', affiliation: '本报' },
      { name: '陈北川', role: '摄影', affiliation: '本报' },
    ];
    expect(formatBylines({ bylines })).toBe('本报记者 罗一桦 文\u3000本报记者 陈北川 摄');
    const mixed = [
      { name: '张晓峰', role: '记者', affiliation: '新华社' },
      { name: '王士杰', role: '记者', affiliation: '解放军报' },
      { name: '柳青', role: '记者', affiliation: '解放军报' },
    ];
    expect(formatBylines({ bylines: mixed })).toBe('新华社记者 张晓峰\u3000解放军报记者 王士杰 柳青');
  });
});
