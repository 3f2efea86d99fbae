import { describe, expect, it } from 'vitest';
import { standInTagger } from '../entities/fixtures/stand-in-tagger.ts';
import { parsePage } from './page.ts';
import { judgeSubhead } from './subhead.ts';

// PDF-to-Markdown output, the seed's layout: blocks between blank lines, `## ` headlines. Every
// snippet is written for the test.
const parse = (blocks: string[]) => parsePage(blocks.join('\n\n'), 'page.md');

describe('reports of a compilation under one marked headline', () => {
  it('keeps each report’s heading of two blocks and its reporter inside the story, even where the page marks one headline', () => {
    const page = parse([
      '## 岁末走一线 守岁在岗位',
      '除夕之夜，本报记者走进车站、码头和田间，记下坚守岗位的人们。',
      '东岚车站——',
      '站台上的年夜饭',
      '本报记者 陆文清',
      '晚上八点，最后一班列车进站，站台上的值班员才端起饭碗。',
      '“习惯了，车站就是家。”值班员周明华说。',
      '青石码头',
      '灯火通明迎归人',
      '本报记者 林 海',
      '码头上的灯一夜没有熄，渡轮一趟趟把回乡的人送到对岸。',
    ]);
    expect(page.items).toHaveLength(1);
    const [story] = page.items;
    expect(story?.headline).toBe('岁末走一线 守岁在岗位');
    expect(story?.bylines.map((b) => b.name)).toEqual(['陆文清', '林海']);
    expect(story?.body.filter((block) => block.kind === 'subhead').map((block) => block.text)).toEqual(['东岚车站——', '站台上的年夜饭', '青石码头', '灯火通明迎归人']);
  });
});

describe('a short block: section head or a paragraph start the column cut', () => {
  // A stand-in for jieba: `求实` is a word, but the segmentation puts the cut between `需求` and `实际上`.
  const lexicon = standInTagger({ 需求: 'n', 实际上: 'd', 求实: 'v', 服务: 'v', 贴近: 'v', 群众: 'n' });
  const page = [
    '## 社区食堂开进老街',
    '本报南湖5月6日电 （记者陆文清）老街社区食堂6日开业。',
    '服务贴近群众需求',
    '实际上，社区食堂每天供应三百份午餐。',
    '周明华笑着说：“今年',
    '村里的路全修好了。”',
    '（作者为东岚大学教授）',
    '## 河道清淤完工',
    '本报南湖5月6日电 东岚河清淤工程6日完工。',
  ];
  const body = (options: Parameters<typeof parsePage>[2]) =>
    parsePage(page.join('\n\n'), 'page.md', options).items.map((item) => [item.kicker, item.headline, item.body.map((block) => `${block.kind}:${block.text}`)]);
  const expected = [
    [
      undefined,
      '社区食堂开进老街',
      ['paragraph:老街社区食堂6日开业。', 'subhead:服务贴近群众需求', 'paragraph:实际上，社区食堂每天供应三百份午餐。', 'paragraph:周明华笑着说：“今年村里的路全修好了。”', 'paragraph:（作者为东岚大学教授）'],
    ],
    [undefined, '河道清淤完工', ['paragraph:东岚河清淤工程6日完工。']],
  ];

  it('a word across the cut only where the segmentation runs one across; an open quotation and reported speech are a cut; a bracketed note is never an 引题', () => {
    expect(body({ lexicon })).toEqual(expected);
  });

  it('reads the same without a tagger, on punctuation alone', () => {
    expect(body({})).toEqual(expected);
  });
});

describe('a long block that ends without a stop: a deck, or a paragraph the column cut', () => {
  const lexicon = standInTagger({ 我们: 'r', 把: 'p', 在: 'p', 新茶: 'n' });
  const deck = '东岚县把茶园开上山坡，把茶叶卖到北岭，三年里全县茶农的收入翻了一番，茶园面积也扩大到了两万亩';
  const page = [
    '## 小茶叶里的大产业',
    deck,
    '我们走访了县里的五个茶村，听茶农讲这三年的变化。',
    '清明前后是采茶最忙的时候，天不亮茶农就上了山，采下的鲜叶要赶在中午前送进茶厂，摊晾以后再把新茶',
    '在竹匾上摊开，一道道工序都不能马虎。',
  ].join('\n\n');

  it('a deck under the headline stands alone where the next block opens fresh; a cut before 在 is rejoined', () => {
    const [story] = parsePage(page, 'page.md', { lexicon }).items;
    expect(story?.body.map((block) => block.text)).toEqual([
      deck,
      '我们走访了县里的五个茶村，听茶农讲这三年的变化。',
      '清明前后是采茶最忙的时候，天不亮茶农就上了山，采下的鲜叶要赶在中午前送进茶厂，摊晾以后再把新茶在竹匾上摊开，一道道工序都不能马虎。',
    ]);
  });
});

describe('a compound the dictionary lists across the cut, which the segmentation splits', () => {
  it('still says the column cut a word: the block is the start of a paragraph', () => {
    const tagger = standInTagger({ 科技: 'n', 人才: 'n' });
    const lexicon = { ...tagger, has: (word: string) => word === '科技人才' || tagger.has(word) };
    const page = ['## 东岚引才有新招', '本报南湖5月6日电 东岚市6日出台引才新政。', '要加快培养青年科技', '人才，让他们在重点项目上挑大梁。'].join('\n\n');
    const [story] = parsePage(page, 'page.md', { lexicon }).items;
    expect(story?.body).toEqual([
      { kind: 'paragraph', text: '东岚市6日出台引才新政。' },
      { kind: 'paragraph', text: '要加快培养青年科技人才，让他们在重点项目上挑大梁。' },
    ]);
  });
});

describe('a block that ends without a stop, which what closes it shows is whole', () => {
  const opening = '本报南湖5月6日电 东岚县今年改造旧村十个。';
  const body = (blocks: string[]) => parse(['## 东岚旧村换新颜', opening, ...blocks]).items[0]?.body.map((block) => block.text).slice(1);

  it('a dash closing a paragraph leads into the next one; a dash inside an open book title does not', () => {
    expect(body(['东岚县把旧村改造同产业发展、乡村治理、文明建设和生态保护结合起来，一村一策，让旧村焕发新的生机——', '老街村拆掉危房，建起村史馆和茶室，村民在家门口就能上班。'])).toEqual([
      '东岚县把旧村改造同产业发展、乡村治理、文明建设和生态保护结合起来，一村一策，让旧村焕发新的生机——',
      '老街村拆掉危房，建起村史馆和茶室，村民在家门口就能上班。',
    ]);
    expect(body(['村里的老教师周明华写的《山河岁月——', '一个村庄的四十年》一书，日前由东岚出版社出版。'])).toEqual([
      '村里的老教师周明华写的《山河岁月——一个村庄的四十年》一书，日前由东岚出版社出版。',
    ]);
  });

  it('a note in brackets after the last full stop ends the paragraph', () => {
    expect(body(['县长在会上说，要让每个村都留得住乡愁、看得见发展。（讲话摘要见第二版）', '会上，十个村签下了改造协议，工程年底前完工。'])).toEqual([
      '县长在会上说，要让每个村都留得住乡愁、看得见发展。（讲话摘要见第二版）',
      '会上，十个村签下了改造协议，工程年底前完工。',
    ]);
  });

  it('two lines of verse of one length are two paragraphs; a longer clause cut at its comma is one', () => {
    expect(body(['村口老槐树，', '春来又发芽。', '老人们坐在树下，看孩子们放学回家。'])).toEqual(['村口老槐树，', '春来又发芽。', '老人们坐在树下，看孩子们放学回家。']);
    expect(body(['村里决定把老祠堂改成图书室，', '让孩子们放学后有个读书的地方。'])).toEqual(['村里决定把老祠堂改成图书室，让孩子们放学后有个读书的地方。']);
  });
});

describe('a paragraph start the column cut right under a headline or above a caption', () => {
  it('is not a 副题 where it reads as a cut, and a 副题 over a dateline still is', () => {
    const [cut] = parse(['## 东岚茶园迎来采茶季', '清明刚过，茶农周明华和', '妻子一起上山采茶，一直忙到天黑。']).items;
    expect(cut?.subheadlines).toEqual([]);
    expect(cut?.body).toEqual([{ kind: 'paragraph', text: '清明刚过，茶农周明华和妻子一起上山采茶，一直忙到天黑。' }]);
    const [deck] = parse(['## 东岚茶园迎来采茶季', '今年春茶产量预计增长三成', '本报南湖5月6日电 东岚县春茶开采。']).items;
    expect(deck?.subheadlines).toEqual(['今年春茶产量预计增长三成']);
  });

  it('joins a caption’s start with clauses in it to the caption, and keeps a short name above it as the photo’s label', () => {
    const story = ['## 东岚河清淤完工', '本报南湖5月6日电 东岚河清淤工程6日完工。'];
    const cut = parse([...story, '5月6日，东岚县茶农在茶园里采摘', '春茶。 周明华 摄']).items;
    expect(cut.map((item) => [item.kind, item.column, item.caption])).toEqual([
      ['article', undefined, undefined],
      ['photo', undefined, '5月6日，东岚县茶农在茶园里采摘春茶。'],
    ]);
    const labelled = parse([...story, '春到茶乡', '5月6日，东岚县茶农在茶园里采摘春茶。 周明华 摄']).items;
    expect(labelled.map((item) => [item.kind, item.column, item.caption])).toEqual([
      ['article', undefined, undefined],
      ['photo', '春到茶乡', '5月6日，东岚县茶农在茶园里采摘春茶。'],
    ]);
  });
});

describe('a summary deck between a headline and its dateline', () => {
  it('is a 副题 however many full stops it has, since the dateline opens the story’s text', () => {
    const deck = '习近平：双方要深化互利合作。东岚愿同中方加强人文交流。';
    const [story, ...rest] = parse(['## 习近平会见东岚代表团', deck, '本报北京5月6日电 （记者周明华）国家主席习近平6日在人民大会堂会见东岚代表团。']).items;
    expect(rest).toEqual([]);
    expect(story?.subheadlines).toEqual([deck]);
    expect(story?.dateline).toBe('本报北京5月6日电');
    expect(story?.body).toEqual([{ kind: 'paragraph', text: '国家主席习近平6日在人民大会堂会见东岚代表团。' }]);
  });

  it('leaves a section of the story, or a list item, in its body', () => {
    const [story] = parse(['## 东岚三项新举措', '■ 加快建设茶叶交易市场，年底前建成投用。', '本报南湖5月6日电 东岚县6日公布三项新举措。']).items;
    expect(story?.subheadlines).toEqual([]);
  });
});

describe('a short block the section-head judge leaves in doubt', () => {
  const lexicon = standInTagger({ 同时: 'c', 茶园: 'n', 管护: 'vn', 有了: 'v', 新办法: 'n', 春茶: 'n', 品牌: 'n', 打响: 'v', 名气: 'n', 他们: 'r', 统一: 'v', 了: 'ul', 品种: 'n', 科学: 'n', 管理: 'vn' });
  const head = '同时茶园管护有了新办法，春茶品牌打响名气';

  it('is a section head where the text after it starts afresh', () => {
    const judged = judgeSubhead(head, '他们统一了品种，科学管理茶园。', lexicon);
    expect(judged.subhead).toBe(false);
    expect(judged.score).toBeGreaterThan(-1.5);
    const [story] = parsePage(['## 东岚春茶开采', '本报南湖5月6日电 东岚县春茶6日开采。', head, '他们统一了品种，科学管理茶园。'].join('\n\n'), 'page.md', { lexicon }).items;
    expect(story?.body.map((block) => block.kind)).toEqual(['paragraph', 'subhead', 'paragraph']);
  });
});

describe('a paragraph-long 引题 printed as a block of its own above a marked headline', () => {
  it('is the next story’s kicker where it leads into the headline with a dash or a colon', () => {
    const lead = '记者日前走进东岚县的十个村子。老房子有了新用处，村民的日子也有了新盼头——';
    const items = parse(['## 东岚旧村换新颜', '本报南湖5月6日电 东岚县今年改造旧村十个。', lead, '## 老房子里开出了茶室', '本报南湖5月6日电 东岚县老街村的茶室6日开张。']).items;
    expect(items.map((item) => [item.kicker, item.headline, item.body.length])).toEqual([
      [undefined, '东岚旧村换新颜', 1],
      [lead, '老房子里开出了茶室', 1],
    ]);
    const speaker = parse(['## 东岚旧村换新颜', '本报南湖5月6日电 东岚县今年改造旧村十个。', '东岚县县长周明华：', '## 让每个村都留得住乡愁', '本报南湖5月6日电 周明华6日在座谈会上说。']).items;
    expect(speaker[1]?.kicker).toBe('东岚县县长周明华：');
  });

  it('stays in the story above where it ends a sentence', () => {
    const items = parse(['## 东岚旧村换新颜', '本报南湖5月6日电 东岚县今年改造旧村十个。', '村民的日子也有了新盼头。', '## 老房子里开出了茶室', '本报南湖5月6日电 东岚县老街村的茶室6日开张。']).items;
    expect(items.map((item) => [item.kicker, item.body.length])).toEqual([
      [undefined, 2],
      [undefined, 1],
    ]);
  });
});

describe('what starts afresh after a long block without a stop', () => {
  const lexicon = standInTagger({ 东岚县: 'ns', 茶产业: 'n', 作为: 'v', 乡村: 'n', 振兴: 'vn', 的: 'uj', 主导: 'vn', 产业: 'n', 新建: 'v', 茶园: 'n', 带动: 'v', 茶农: 'n', 增收: 'v', 致富: 'v', 建设: 'v', 标准化: 'vn' });
  it('a numbered paragraph opens a paragraph of its own', () => {
    const lead = '东岚县把茶产业作为乡村振兴的主导产业，三年来新建茶园两万亩，带动五千户茶农增收致富';
    const [story] = parsePage(['## 东岚推进茶产业', lead, '一、建设标准化茶园。全县统一品种、统一管理。'].join('\n\n'), 'page.md', { lexicon }).items;
    expect(story?.body.map((block) => block.text)).toEqual([lead, '一、建设标准化茶园。全县统一品种、统一管理。']);
  });
});
