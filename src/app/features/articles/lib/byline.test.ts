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
