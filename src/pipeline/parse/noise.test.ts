import { describe, expect, it } from 'vitest';
import { findRunningFooter, isNoiseLine } from './noise.ts';

// Furniture in the forms e-paper sites and PDF extraction print; the near-misses are invented headlines and sentences.

describe('isNoiseLine: site navigation', () => {
  it.each([
    '上一版 下一版',
    '上一版  下一版  >>',
    '<<上一版',
    '下一版>>',
    '◀ 上一版 | 下一版 ▶',
    '放大 缩小 默认',
    '标题导航',
    '版面导航',
    '版面导航：',
    '版面概览',
    '返回首页 | 版面概览',
    '返回目录',
    '上一期 下一期',
    '上一篇 下一篇',
    '往期回顾',
    '本版新闻',
    'PDF下载',
    'pdf下载',
    '下载PDF',
    '【打印本页】【关闭窗口】',
    '打印本页 关闭窗口',
    '[打印] [关闭]',
    '返回顶部',
    '设为首页 | 加入收藏 | 联系我们',
  ])('%j is navigation', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    // headlines and sentences made of the same words
    '上一版的故事',
    '放大招',
    '放大',
    '首页',
    '联系我们',
    '返回',
    '下一版本将更新',
    '缩小城乡差距',
    '返回家乡创业的年轻人',
    '标题导航之外的新闻',
    '我们下载PDF文件后发现了问题。',
  ])('%j is not navigation', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe('isNoiseLine: other furniture', () => {
  it.each([
    '【字号 大 中 小】',
    '字号：大 中 小',
    '【字体：大 中 小】',
    '分享到：',
    '分享到：微信 微博 QQ空间',
    '分享至:',
    '您的浏览器不支持视频播放',
    '您的浏览器版本过低，请升级后访问。',
    '浏览器版本过低',
    '推荐使用IE9及以上版本浏览器',
    '请使用IE8以上浏览器',
    '建议使用Chrome浏览器访问本站',
    '本站推荐使用 Firefox 或 Edge 浏览器，分辨率 1440×900',
    '最佳分辨率 1280*1024',
    '（点击图片查看大图）',
    '点击放大',
    '第 5 页',
    '第5页',
    '第 5 页 共 228 页',
    '第5页/共12页',
    '- 5 -',
    '— 12 —',
    'Page 5 of 12',
    '人民网版权所有，未经书面授权禁止使用',
    '江南日报社版权所有',
    '版权所有：江南日报社',
    '版权所有 © 江南日报社',
    'Copyright © 1997-2021 by www.example.com.cn all rights reserved',
    'Copyright 2021',
    '© 2021 江南日报',
    '京ICP备12345678号-1',
    '苏ICP备 12345678号 | 苏公网安备 32000000000001号',
    '增值电信业务经营许可证 ICP证000000号',
  ])('%j is furniture', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    '',
    '   ',
    '本版责编：王某',
    '（讲话全文见第三版）',
    '第2版面世',
    '2019年2月1日，国家主席在北京会见来访的外国客人。',
    '分享到朋友圈的照片引发热议',
    '分享经验',
    '“版权所有”不是挡箭牌',
    '他是这些作品的版权所有者。',
    '版权所有人应当及时维权。',
    '浏览器市场竞争激烈',
    '请使用文明用语',
    '请使用正版浏览器',
    '出版社版权所有的图书不得随意翻印。',
    '点击量破亿',
    '报告第5页写道，全年增长明显。',
    '第5页的内容有误',
    '1-2月，全市工业增加值增长5%。',
    '— 记者手记 —',
  ])('%j is not furniture', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });

  it('lets a long line that mentions furniture words be text', () => {
    const sentence = `据介绍，该平台版权所有者可以在线登记作品，${'相关流程已经全面简化，'.repeat(12)}。`;
    expect(sentence.length).toBeGreaterThan(120);
    expect(isNoiseLine(`人民网版权所有${sentence}`)).toBe(false);
  });
});

describe('findRunningFooter', () => {
  it('finds a footer joined into a sentence, with the spaces around it', () => {
    const line = '全国上下勠力同心，向着第二个百年 第 5 页 奋斗目标进军。';
    const footer = findRunningFooter(line);
    expect(footer).toBeDefined();
    const { start, end } = footer!;
    expect(line.slice(start, end)).toBe(' 第 5 页 ');
    expect(line.slice(0, start) + line.slice(end)).toBe('全国上下勠力同心，向着第二个百年奋斗目标进军。');
  });

  it('finds a footer glued to the text on both sides', () => {
    const line = '乘势而上开启第 12 页新征程';
    const { start, end } = findRunningFooter(line)!;
    expect(line.slice(0, start) + line.slice(end)).toBe('乘势而上开启新征程');
  });

  it('finds a footer that counts the pages', () => {
    const line = '发展取得新成就 第 3 页 共 9 页 各地持续发力';
    const { start, end } = findRunningFooter(line)!;
    expect(line.slice(0, start) + line.slice(end)).toBe('发展取得新成就各地持续发力');
  });

  it('finds the first of two', () => {
    expect(findRunningFooter('甲 第 1 页 乙 第 2 页 丙')).toEqual({ start: 1, end: 8 });
  });

  it('gives the whole line for a line that is only a footer', () => {
    expect(findRunningFooter('第 5 页')).toEqual({ start: 0, end: 5 });
    expect(findRunningFooter('   第5页  ')).toEqual({ start: 0, end: 8 });
    expect(findRunningFooter('- 7 -')).toEqual({ start: 0, end: 5 });
  });

  it.each([
    '报告第5页写道，全年增长明显。',
    '详见第 5 页',
    '（见 第 5 页）',
    '第5版',
    '第 5 版',
    '全市第 5 名',
    '本书共 300 页',
    '',
  ])('finds no footer in %j', (line) => {
    expect(findRunningFooter(line)).toBeUndefined();
  });
});
