import { describe, expect, it } from 'vitest';
import { opensHeadingPart, standsAlone } from './heading-part.ts';

// Heading lines of a column that filled their line exactly: upper is what the lines hold so far,
// lower the lines the element would run on into. Snippets written for the test.
describe('opensHeadingPart', () => {
  it('ends a part on the event it reports or on who spoke', () => {
    expect(opensHeadingPart('南湖市滨江步道推进会召开', '周明华出席并讲话')).toBe(true);
    expect(opensHeadingPart('周明华在滨江步道调研时强调', '把惠民工程办成民心工程')).toBe(true);
  });

  it('goes on where the verb takes the next line as its object, or an anniversary runs on', () => {
    expect(opensHeadingPart('周明华与陆文清共同主持召开', '滨江步道建设推进会议')).toBe(false);
    expect(opensHeadingPart('庆祝南湖市建市成立', '70周年大会隆重举行')).toBe(false);
  });

  it('ends a long 引题 of clauses over a headline that carries its column’s tag', () => {
    expect(opensHeadingPart('经过两年建设，滨江步道全线贯通', '江边有了回家路（城市新貌）')).toBe(true);
    // Or of no clause but a long line's length.
    expect(opensHeadingPart('南湖市以三年时间建成贯通全城的滨江步道', '江边有了回家路（城市新貌）')).toBe(true);
    expect(opensHeadingPart('南湖市建成滨江步道', '江边有了回家路（城市新貌）')).toBe(false);
    // The tagged headline may have clauses of its own.
    expect(opensHeadingPart('经过两年建设，滨江步道全线贯通', '江边，有了回家路（城市新貌）')).toBe(true);
    // A series numbers its parts inside the tag: it is a column's all the same.
    expect(opensHeadingPart('经过两年建设，滨江步道全线贯通', '江边有了回家路（城市新貌·滨江③）')).toBe(true);
    // The tag's headline starts mid-phrase: `…走进` / `千家万户（…）` wraps on.
    expect(opensHeadingPart('滨江步道，换个方式走进', '千家（城市新貌）')).toBe(false);
  });

  it('ends a part before a 主题 of two phrases of one length, unless the line above broke at a gap', () => {
    expect(opensHeadingPart('南湖市三年治水工作成效显著', '清淤疏浚河道 重现绿水青山（城市新貌）')).toBe(true);
    expect(opensHeadingPart('南湖市三年治水工作成效显著', '清淤疏浚河道 重现绿水青山', undefined, true)).toBe(false);
    // A wrapped remainder leaves its first phrase a fragment of another length.
    expect(opensHeadingPart('南湖市三年治水工作成效显著清淤', '疏浚河道 重现绿水青山')).toBe(false);
  });

  it('never ends a part at an open bracket or clause, a dash, or before a short remainder', () => {
    expect(opensHeadingPart('南湖市滨江步道推进会（', '第二次会议）召开了')).toBe(false);
    expect(opensHeadingPart('——南湖市滨江步道推进会召开', '周明华出席并讲话')).toBe(false);
    expect(opensHeadingPart('南湖市滨江步道推进会召开', '讲话')).toBe(false);
  });
});

describe('standsAlone', () => {
  it('knows a summary box’s label and a date or number in brackets', () => {
    expect(standsAlone('核心阅读')).toBe(true);
    expect(standsAlone('（2019年3月4日）')).toBe(true);
    expect(standsAlone('（第一号）')).toBe(true);
    expect(standsAlone('（城市新貌）')).toBe(false);
    expect(standsAlone('阅读')).toBe(false);
  });
});
