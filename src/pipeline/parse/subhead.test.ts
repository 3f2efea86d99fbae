import { describe, expect, it } from 'vitest';
import { standInTagger } from '../entities/fixtures/stand-in-tagger.ts';
import { judgeSubhead } from './subhead.ts';

// Short blocks written for the test, each followed by the text printed after it.
describe('judgeSubhead with a tagger', () => {
  const lexicon = standInTagger({
    东岚县: 'ns', 今年: 't', 新建: 'v', 茶园: 'n', 万亩: 'm', 全部: 'm', 通过: 'p', 有机: 'n', 认证: 'vn',
    村里: 's', 决定: 'v', 把: 'p', 修路: 'v', 作为: 'v', 的: 'uj', 头等: 'b', 大事: 'n', 年底: 't', 前: 'f', 完工: 'v',
    目前: 't', 全村: 'n', 已: 'd', 修好: 'v', 三条: 'm', 路: 'n',
  });

  it('reads a figure cut from its unit as a paragraph start, not a head', () => {
    const cut = judgeSubhead('东岚县今年新建茶园3', '万亩茶园全部通过了有机认证。', lexicon);
    expect(cut.cues).toContain('a number runs on into its unit');
    expect(cut.subhead).toBe(false);
    const head = judgeSubhead('东岚县今年新建茶园3', '东岚县今年新建茶园全部通过了有机认证。', lexicon);
    expect(head.cues).not.toContain('a number runs on into its unit');
  });

  it('takes a first clause of two characters for the rest of a cut clause, but not an adverbial of time', () => {
    expect(judgeSubhead('村里决定把修路作为今年的头等', '大事，年底前全部完工。', lexicon).cues).toContain('next text opens on a fragment of a clause');
    expect(judgeSubhead('村里决定把修路作为今年的头等', '目前，全村已修好三条路。', lexicon).cues).not.toContain('next text opens on a fragment of a clause');
  });

  it('notes a single character on either side of the cut, where the segmentation found no word', () => {
    const cues = judgeSubhead('村里决定把修路作为今年的头等大事', '全村已修好三条路。', lexicon).cues;
    expect(cues).not.toContain('a single character before the cut');
    expect(judgeSubhead('东岚县今年新建茶园3', '万亩茶园全部通过了有机认证。', lexicon).cues).toContain('a single character before the cut');
  });
});

describe('judgeSubhead without a tagger', () => {
  it('keeps to the cues of punctuation and the word list', () => {
    const judged = judgeSubhead('东岚县今年新建茶园3', '万亩茶园全部通过了有机认证。');
    expect(judged.cues).not.toContain('a number runs on into its unit');
    expect(judgeSubhead('要大力弘扬科学精神、创新', '精神，着力强化教育。').subhead).toBe(false);
  });
});
