import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { paragraphBlocks, type Article, type Corpus, type Entity, type Page } from '../src/contract/bundle.ts';

/** mulberry32: a tiny seeded PRNG, so every run builds the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Vocabulary {
  words: string[];
  /** Cumulative frequencies, for drawing words by how often news text uses them. */
  cumulative: Float64Array;
}

const DICT = fileURLToPath(new URL('../node_modules/@node-rs/jieba/dict.txt', import.meta.url));

export function loadVocabulary(top = 80_000): Vocabulary {
  const entries = readFileSync(DICT, 'utf8')
    .split('\n')
    .map((l) => l.split(' '))
    .filter((p) => p.length >= 2 && /^[\u4e00-\u9fff]+$/.test(p[0]!) && Number(p[1]) > 0)
    .map((p) => ({ w: p[0]!, f: Number(p[1]) }))
    .sort((a, b) => b.f - a.f || (a.w < b.w ? -1 : 1))
    .slice(0, top);
  const cumulative = new Float64Array(entries.length);
  let sum = 0;
  entries.forEach((e, i) => (cumulative[i] = sum += e.f));
  return { words: entries.map((e) => e.w), cumulative };
}

export function drawWord(v: Vocabulary, r: () => number): string {
  const x = r() * v.cumulative[v.cumulative.length - 1]!;
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤盛恽';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉雅婷梦琪晖蕾淇丞承涛鹏举晨阳宇浩然思远子涵欣怡嘉诚俊杰';
const PLACES = ['武进', '常州', '江苏', '湖塘', '牛塘', '洛阳', '雪堰', '前黄', '礼嘉', '横山桥'];
const TRADES = ['半导体', '智能装备', '新能源', '精密机械', '生物医药', '电子科技', '新材料', '汽车部件', '光电', '纺织'];

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/**
 * A deterministic archive of `count` articles of about 1,500 characters: words drawn by
 * frequency, sentences with the half-width punctuation of PDF extraction, bylines, persons and
 * enterprises mentioned like a district daily mentions its officials and firms. Editions run back
 * day by day from 2025-01-01, `pagesPerDay` pages of 6 to 10 articles each.
 */
export function syntheticCorpus(count: number, vocabulary: Vocabulary, seed = 1, pagesPerDay = 4): Corpus {
  const r = rng(seed);
  const persons: Entity[] = [];
  const seenNames = new Set<string>();
  while (persons.length < Math.max(50, Math.min(3000, count / 30))) {
    const name = pick([...SURNAMES], r) + pick([...GIVEN], r) + (r() < 0.6 ? pick([...GIVEN], r) : '');
    if (seenNames.has(name)) continue;
    seenNames.add(name);
    persons.push({ id: `person-${persons.length}`, kind: 'person', name, roles: [], aliases: [], mentions: [] });
  }
  const enterprises: Entity[] = [];
  while (enterprises.length < Math.max(20, Math.min(800, count / 120))) {
    const short = pick(PLACES, r) + drawWord(vocabulary, r).slice(0, 2) + pick(TRADES, r);
    if (seenNames.has(short)) continue;
    seenNames.add(short);
    enterprises.push({
      id: `enterprise-${enterprises.length}`,
      kind: 'enterprise',
      name: `${short}有限公司`,
      roles: [],
      aliases: [short],
      mentions: [],
    });
  }

  const pages: Page[] = [];
  const articles: Article[] = [];
  const start = Date.UTC(2025, 0, 1);
  let page: Page | undefined;
  let day = 0;
  let pageOnDay = 0;
  for (let i = 0; i < count; i++) {
    if (!page || page.articleIds.length >= 6 + Math.floor(r() * 5)) {
      if (pageOnDay >= pagesPerDay) {
        day++;
        pageOnDay = 0;
      }
      pageOnDay++;
      const date = new Date(start - day * 86_400_000).toISOString().slice(0, 10);
      const id = `${String(pages.length).padStart(3, '0')}_${Math.floor(r() * 2 ** 32).toString(16).padStart(8, '0')}${Math.floor(r() * 2 ** 32).toString(16).padStart(8, '0')}`;
      page = { id, source: `${id}.txt`, date, number: pageOnDay, articleIds: [] };
      pages.push(page);
    }
    const id = `${page.id}--${i.toString(36)}`;
    page.articleIds.push(id);
    const mentioned = new Map<Entity, number>();
    const mention = (e: Entity) => {
      mentioned.set(e, (mentioned.get(e) ?? 0) + 1);
      return e.kind === 'enterprise' && r() < 0.5 ? e.aliases[0]! : e.name;
    };
    const cast = [pick(persons, r), pick(persons, r), pick(enterprises, r)];
    const words = (n: number) => {
      let s = '';
      while (s.length < n) s += r() < 0.015 ? mention(pick(cast, r)) : drawWord(vocabulary, r);
      return s;
    };
    const headline = (r() < 0.3 ? mention(cast[0]!) : '') + words(8 + Math.floor(r() * 10));
    const paragraphs: string[] = [];
    let total = 0;
    const target = 1200 + Math.floor(r() * 600);
    while (total < target) {
      let p = '';
      const sentences = 2 + Math.floor(r() * 4);
      for (let s = 0; s < sentences; s++) {
        const clauses = 1 + Math.floor(r() * 3);
        for (let c = 0; c < clauses; c++) p += words(6 + Math.floor(r() * 14)) + (c + 1 < clauses ? ',' : '。');
      }
      paragraphs.push(p);
      total += p.length;
    }
    const byline = pick(persons, r);
    mentioned.set(byline, (mentioned.get(byline) ?? 0) + 1);
    articles.push({
      id,
      pageId: page.id,
      order: page.articleIds.length - 1,
      kind: 'article',
      headline,
      subheadlines: r() < 0.2 ? [words(10)] : [],
      ...(r() < 0.1 ? { column: words(4) } : {}),
      dateline: '本报讯',
      bylines: [{ name: byline.name, role: '记者' }],
      body: paragraphBlocks(paragraphs),
    });
    for (const [e, n] of mentioned) e.mentions.push({ articleId: id, count: n });
  }
  return { pages, articles, entities: [...persons, ...enterprises].filter((e) => e.mentions.length > 0) };
}
