import { describe, expect, it } from 'vitest';
import { splitContinuation } from './continuation.ts';

// Invented paragraphs with the markers papers print where an article jumps to another page.

describe('splitContinuation: 下转 at the end of a first half', () => {
  it.each([
    ['（下转第4版）', 4],
    ['(下转第4版)', 4],
    ['（下转二版）', 2],
    ['(下转二版)', 2],
    ['（下转第二版）', 2],
    ['（下转第十二版）', 12],
    ['（转第4版）', 4],
    ['（转4版）', 4],
    ['（下转A3版）', 3],
    ['（下转第A03版）', 3],
    ['（ 下转 第 4 版 ）', 4],
    ['（下转第４版）', 4],
  ])('reads %s', (marker, page) => {
    expect(splitContinuation(`全市重点项目建设取得新进展。${marker}`)).toEqual({ text: '全市重点项目建设取得新进展。', continuedOn: page });
  });

  it('reads a marker after a space, and one glued to a cut sentence', () => {
    expect(splitContinuation('各地加快推进春耕备耕。 （下转第3版）')).toEqual({ text: '各地加快推进春耕备耕。', continuedOn: 3 });
    expect(splitContinuation('这条新修的公路让村民（下转第3版）')).toEqual({ text: '这条新修的公路让村民', continuedOn: 3 });
  });
});

describe('splitContinuation: 上接 at the start of a second half', () => {
  it.each([
    ['（上接第1版）', 1],
    ['(上接一版)', 1],
    ['（上接第一版）', 1],
    ['（紧接第1版）', 1],
    ['(接第1版)', 1],
    ['（接一版）', 1],
    ['（上接A1版）', 1],
    ['（ 上接 第 1 版 ）', 1],
  ])('reads %s', (marker, page) => {
    expect(splitContinuation(`${marker}各地纷纷出台配套措施。`)).toEqual({ text: '各地纷纷出台配套措施。', continuedFrom: page });
  });

  it('keeps the paragraph indent out of the text', () => {
    expect(splitContinuation('\u3000\u3000（上接第1版）各地纷纷出台配套措施。')).toEqual({ text: '各地纷纷出台配套措施。', continuedFrom: 1 });
  });
});

describe('splitContinuation: a marker on a line of its own', () => {
  it('gives empty text', () => {
    expect(splitContinuation('（下转第4版）')).toEqual({ text: '', continuedOn: 4 });
    expect(splitContinuation('  (上接第1版)  ')).toEqual({ text: '', continuedFrom: 1 });
  });

  it('reads both markers of a short second half that goes on again', () => {
    expect(splitContinuation('（上接第1版）会议还研究了其他事项。（下转第5版）')).toEqual({
      text: '会议还研究了其他事项。',
      continuedFrom: 1,
      continuedOn: 5,
    });
    expect(splitContinuation('（上接第1版）（下转第5版）')).toEqual({ text: '', continuedFrom: 1, continuedOn: 5 });
  });
});

describe('splitContinuation: what is not a marker', () => {
  it.each([
    '会议强调，要坚持稳中求进。（讲话全文见第三版）',
    '市长出席开幕式并致辞。（相关报道见第四版）',
    '（详见第5版）',
    '（讲话全文见第三版）',
    '全年计划投资120亿元（转第4版附表）的项目全部开工。',
    '要把好事办好（下转第4版）的经验推广开来。',
    '本版责编：王某',
    '（转载）',
    '（接上页）',
    '（下转第0版）',
    '（下转第4页）',
    '下转第4版',
    '2019年2月1日，国家主席在北京会见来访的外国客人。',
    '第2版面世',
    '',
  ])('leaves %j as printed (trimmed)', (text) => {
    expect(splitContinuation(text)).toEqual({ text: text.trim() });
  });
});
