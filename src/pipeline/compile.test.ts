import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleChunkOf, articleChunkSchema, bundlePaths, editionChunkSchema, MANIFEST_EDITIONS, manifestSchema, pageChunkSchema, pageIdOfArticle, yearChunkSchema } from '../contract/bundle.ts';
import { bundleFiles, compileCorpus, type SeedInput } from './compile.ts';

const seedText = readFileSync(new URL('../../seeds/000_b8044a892ed5c8e9.txt', import.meta.url), 'utf8');
const seed: SeedInput = { file: '000_b8044a892ed5c8e9.txt', text: seedText };
const other = (file: string, headline: string, meta?: unknown): SeedInput => ({
  file,
  text: `## ${headline}\n\n本报讯(记者 李明) ${headline}的正文。`,
  ...(meta === undefined ? {} : { meta: { file: file.replace('.txt', '.meta.json'), json: meta } }),
});

describe('compileCorpus', () => {
  it('gives article ids that survive other pages being added or removed', () => {
    const alone = compileCorpus([seed]).corpus;
    const withOthers = compileCorpus([other('aaa.txt', '甲'), seed, other('zzz.txt', '乙')]).corpus;
    const ids = (corpus: typeof alone) => corpus.articles.filter((a) => a.pageId === '000_b8044a892ed5c8e9').map((a) => a.id);
    expect(ids(withOthers)).toEqual(ids(alone));
    expect(new Set(ids(alone)).size).toBe(4);
    for (const id of ids(alone)) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/u);
      expect(pageIdOfArticle(id)).toBe('000_b8044a892ed5c8e9');
    }
  });

  it('is deterministic: the same seeds in any order give the same corpus', () => {
    const a = JSON.stringify(compileCorpus([seed, other('b.txt', '乙')]));
    const b = JSON.stringify(compileCorpus([other('b.txt', '乙'), seed]));
    expect(a).toBe(b);
  });

  it('takes page facts from the sidecar over the text, and orders pages newest first', () => {
    const { corpus, problems } = compileCorpus([
      { file: 'p1.txt', text: '2023年3月8日新华日报 第3版\n\n## 甲\n\n正文。', meta: { file: 'p1.meta.json', json: { pageName: '要闻', page: 1 } } },
      other('p2.txt', '乙', { date: '2024-01-02', publication: '武进日报', page: 2, pageName: '综合' }),
    ]);
    expect(problems).toEqual([]);
    expect(corpus.pages.map(({ id, date, number, name, publication }) => ({ id, date, number, name, publication }))).toEqual([
      { id: 'p2', date: '2024-01-02', number: 2, name: '综合', publication: '武进日报' },
      { id: 'p1', date: '2023-03-08', number: 1, name: '要闻', publication: '新华日报' },
    ]);
  });

  it('reports an invalid sidecar with its file name', () => {
    const { problems } = compileCorpus([other('p.txt', '甲', { date: '2023-02-30', page: 'one', extra: 1 })]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      ['p.meta.json', 'error'],
      ['p.meta.json', 'error'],
      ['p.meta.json', 'error'],
    ]);
    expect(problems.map((p) => p.title).join(' ')).toMatch(/date.*page.*extra|date|page/u);
  });

  it('skips an empty page with a warning', () => {
    const { corpus, problems } = compileCorpus([{ file: 'empty.txt', text: '\n\n' }, seed]);
    expect(corpus.pages.map((p) => p.source)).toEqual([seed.file]);
    expect(problems).toEqual([expect.objectContaining({ file: 'empty.txt', severity: 'warning' })]);
  });
});

describe('bundleFiles', () => {
  it('writes a small manifest, an edition chunk and a page chunk, all valid against the contract', () => {
    const { corpus } = compileCorpus([seed, other('b.txt', '乙', { date: '2024-10-31', page: 2 })]);
    const files = bundleFiles(corpus);
    const manifest = manifestSchema.parse(JSON.parse(String(files.get(bundlePaths.manifest))));
    expect(manifest.editions.map((e) => [e.id, e.pageCount, e.articleCount])).toEqual([
      ['2024-10-31', 1, 1],
      ['undated', 1, 4],
    ]);
    const edition = editionChunkSchema.parse(JSON.parse(String(files.get(bundlePaths.edition('undated')))));
    expect(edition.pages[0]?.articles.map((a) => a.headline)).toEqual(corpus.articles.filter((a) => a.pageId === '000_b8044a892ed5c8e9').map((a) => a.headline));
    const chunk = pageChunkSchema.parse(JSON.parse(String(files.get(bundlePaths.page('000_b8044a892ed5c8e9')))));
    expect(chunk.articles).toHaveLength(4);
    expect(String(files.get(bundlePaths.manifest))).not.toContain('paragraphs');
  });

  it('gives each article, cut from its page’s file, the entities it mentions and no one else’s', () => {
    const { corpus } = compileCorpus([seed]);
    const files = bundleFiles(corpus);
    expect([...files.keys()].some((path) => path.startsWith('articles/'))).toBe(false);
    for (const article of corpus.articles) {
      const page = pageChunkSchema.parse(JSON.parse(String(files.get(bundlePaths.page(article.pageId)))));
      const chunk = articleChunkSchema.parse(articleChunkOf(page, article.id));
      expect(chunk.article).toEqual(article);
      expect(chunk.page.id).toBe(article.pageId);
      const mentioning = corpus.entities.filter((entity) => entity.mentions.some((m) => m.articleId === article.id));
      expect(chunk.entities.map((entity) => entity.id).sort()).toEqual(mentioning.map((entity) => entity.id).sort());
      // In name order, as the contract says, so the sidebar needs no collator.
      const names = chunk.entities.map((entity) => entity.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
      for (const entity of chunk.entities) expect(entity.mentions.map((m) => m.articleId)).toEqual([article.id]);
    }
  });

  it('leaves an older page\'s file byte for byte when a later edition prints a new role, a short form or a homophone', () => {
    const dayOne: SeedInput = {
      file: 'd1.txt',
      text: '## 甲\n\n本报讯（记者 李明）副市长张伟来到毫厘科技（常州）有限公司调研。',
      meta: { file: 'd1.meta.json', json: { date: '2024-10-30', page: 1 } },
    };
    const dayTwo: SeedInput = {
      file: 'd2.txt',
      text: '## 乙\n\n本报讯（通讯员 李明）市长张伟走访毫厘科技。副市长章玮出席。',
      meta: { file: 'd2.meta.json', json: { date: '2024-10-31', page: 1 } },
    };
    const before = bundleFiles(compileCorpus([dayOne]).corpus);
    const { corpus } = compileCorpus([dayOne, dayTwo]);
    const after = bundleFiles(corpus);
    expect(after.get(bundlePaths.page('d1'))).toBe(before.get(bundlePaths.page('d1')));
    // What changed is in the later page's file and in the entity's own, which holds the whole archive.
    const liMing = corpus.entities.find((entity) => entity.name === '李明')!;
    expect(liMing.roles).toEqual(['记者', '通讯员']);
    const pageTwo = pageChunkSchema.parse(JSON.parse(String(after.get(bundlePaths.page('d2')))));
    expect(pageTwo.entities.find((entity) => entity.id === liMing.id)?.roles).toEqual(['通讯员']);
    expect(pageTwo.entities.find((entity) => entity.name === '章玮')?.id).not.toBe(corpus.entities.find((entity) => entity.name === '张伟')?.id);
    const company = pageTwo.entities.find((entity) => entity.kind === 'enterprise');
    expect(company?.aliases).toEqual(['毫厘科技']);
    const entityFile = JSON.parse(String(after.get(bundlePaths.entity(liMing.id))));
    expect(entityFile.entity.roles).toEqual(['记者', '通讯员']);
    expect(entityFile.entity.mentions.every((mention: object) => !('roles' in mention))).toBe(true);
  });

  it('keeps the manifest the same size however many days the archive holds: years are counted, listed in their own files', () => {
    const day = (i: number) => new Date(Date.UTC(2024, 11, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const seeds = Array.from({ length: 45 }, (_, i) => other(`d${i}.txt`, `第${i}天`, { date: day(i) }));
    const { corpus } = compileCorpus([...seeds, other('undated.txt', '无日期')]);
    const files = bundleFiles(corpus);
    const manifest = manifestSchema.parse(JSON.parse(String(files.get(bundlePaths.manifest))));
    expect(manifest.editions.map((e) => e.id)).toEqual(Array.from({ length: MANIFEST_EDITIONS }, (_, i) => day(44 - i)));
    expect(manifest.editionCount).toBe(46);
    expect(manifest.years).toEqual([
      { year: '2025', editionCount: 14 },
      { year: '2024', editionCount: 31 },
    ]);
    expect(manifest.firstDate).toBe('2024-12-01');
    expect(manifest.hasUndated).toBe(true);
    const listed = manifest.years.flatMap(({ year }) => yearChunkSchema.parse(JSON.parse(String(files.get(bundlePaths.year(year))))).editions.map((e) => e.id));
    expect(listed).toEqual(Array.from({ length: 45 }, (_, i) => day(44 - i)));
  });
});

describe('entities of the seed page, through the real parser', () => {
  const { corpus } = compileCorpus([seed]);
  const of = (kind: string) =>
    corpus.entities
      .filter((e) => e.kind === kind)
      .map((e) => [e.name, e.roles, e.mentions.length])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it('finds exactly the nine persons with their printed roles', () => {
    expect(of('person')).toEqual(
      [
        ['盛蕾', ['市长'], 1],
        ['蒋鹏举', ['副市长'], 1],
        ['周承涛', ['市政府秘书长'], 1],
        ['恽淇丞', ['区委副书记', '区长'], 3],
        ['习近平', ['总书记'], 1],
        ['韩晖', [], 1],
        ['黄雅婷', ['记者'], 1],
        ['朱梦琪', ['记者'], 2],
        ['徐晶玮', ['摄影'], 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('finds exactly the three enterprises by their full printed names', () => {
    expect(of('enterprise').map(([name]) => name)).toEqual(
      ['中讯半导体(江苏)有限公司', '毫厘科技(常州)有限公司', '江苏昂宝力德宝微电子有限公司'].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('applies the editors’ override file and reports a bad one by file and entry', () => {
    const corrected = compileCorpus([seed], { file: 'entities.json', json: { ignore: ['韩晖'], corrections: { 徐晶玮: { roles: ['摄影记者'] } } } });
    expect(corrected.corpus.entities.find((e) => e.name === '韩晖')).toBeUndefined();
    expect(corrected.corpus.entities.find((e) => e.name === '徐晶玮')?.roles).toEqual(['摄影记者']);
    const bad = compileCorpus([seed], { file: 'entities.json', json: { aliases: { 中讯: 42 } } });
    expect(bad.problems).toEqual([expect.objectContaining({ file: 'entities.json', severity: 'error' })]);
    expect(bad.problems[0]?.title).toContain('中讯');
  });
});

describe('pages printed in halves and advertising pages', () => {
  const page = (file: string, number: number, text: string): SeedInput => ({
    file,
    text,
    meta: { file: file.replace('.txt', '.meta.json'), json: { date: '2024-11-01', page: number, publication: '江城日报' } },
  });

  it('links the two halves of an article to each other, and keeps an advertising page without articles', () => {
    const { corpus, problems } = compileCorpus([
      page('p1.txt', 1, '## 滨江步道全线贯通\n\n本报讯(记者 李明) 经过两年建设，步道全线贯通。（下转第2版）'),
      page('p2.txt', 2, '## 滨江步道全线贯通\n\n（上接第1版）步道全长十八公里。'),
      page('p3.txt', 3, '广告'),
    ]);
    expect(problems).toEqual([]);
    const [first, second] = corpus.articles;
    expect(first?.continuedOn).toEqual({ page: 2, articleId: second?.id });
    expect(second?.continuedFrom).toEqual({ page: 1, articleId: first?.id });
    expect(first?.body.map((block) => block.text)).toEqual(['经过两年建设，步道全线贯通。']);
    const ad = corpus.pages.find((p) => p.source === 'p3.txt');
    expect(ad).toMatchObject({ advertisement: true, articleIds: [], number: 3 });
  });

  it('links halves only within one paper, and each half once', () => {
    const of = (file: string, paper: string, number: number, text: string): SeedInput => ({
      file,
      text,
      meta: { file: file.replace('.txt', '.meta.json'), json: { date: '2024-11-01', page: number, publication: paper } },
    });
    const { corpus } = compileCorpus([
      of('a1.txt', '江城日报', 1, '## 甲文\n\n本报讯 甲的开头。（下转第4版）'),
      of('a4.txt', '江城日报', 4, '## 甲文\n\n（上接第1版）甲的结尾。'),
      of('b1.txt', '湖滨晚报', 1, '## 乙文\n\n本报讯 乙的开头。（下转第4版）'),
      of('b4.txt', '湖滨晚报', 4, '## 乙文\n\n（上接第1版）乙的结尾。'),
    ]);
    const bySource = (source: string) => corpus.articles.find((a) => a.pageId === corpus.pages.find((p) => p.source === source)?.id)!;
    expect(bySource('a1.txt').continuedOn?.articleId).toBe(bySource('a4.txt').id);
    expect(bySource('b1.txt').continuedOn?.articleId).toBe(bySource('b4.txt').id);
    expect(bySource('b4.txt').continuedFrom?.articleId).toBe(bySource('b1.txt').id);
  });

  it('leaves a marker unlinked when the other page is not in the bundle', () => {
    const { corpus } = compileCorpus([page('p1.txt', 1, '## 滨江步道全线贯通\n\n本报讯 步道全线贯通。（下转第9版）')]);
    expect(corpus.articles[0]?.continuedOn).toEqual({ page: 9 });
  });
});
