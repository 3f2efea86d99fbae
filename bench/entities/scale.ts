/**
 * `npm run -s bench:entities:scale -- --corpus ../shared/corpora/rmrb [--top N]`
 *
 * The entity rules at archive scale: every article of the corpus laid out on its printed page
 * (seed format, with a sidecar for its date and page), compiled as one archive. Reports how many
 * entities each kind has, how many only one article mentions, and the time and memory it took.
 * `--top N` lists, on stderr only (the names quote the corpus), each kind's first N entities in
 * the order the sidebar and entity pages show them: by articles mentioning, then mentions.
 */
import { join } from 'node:path';
import { compileCorpus, type SeedInput } from '../../src/pipeline/compile.ts';
import { loadLexicon } from '../../src/pipeline/read/lexicon.ts';
import type { Entity } from '../../src/contract/bundle.ts';
import { groupPages, loadArticles } from '../fidelity/load.ts';
import { pageText } from './pages.ts';

const KINDS = ['person', 'enterprise', 'organization', 'project'] as const;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const corpus = option('corpus');
if (!corpus) {
  console.error('usage: npm run -s bench:entities:scale -- --corpus DIR [--top N]   (DIR holds articles.jsonl.gz)');
  process.exit(2);
}
const top = Number(option('top') ?? 0);

const articles = loadArticles(join(corpus, 'articles.jsonl.gz'));
const seeds: SeedInput[] = groupPages(articles).map((page) => ({
  file: `${page.id}.txt`,
  text: pageText(page.articles),
  meta: { file: `${page.id}.meta.json`, json: { publication: '人民日报', date: page.date, page: page.page } },
}));

const lexicon = await loadLexicon();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { corpus: compiled } = compileCorpus(seeds, undefined, lexicon);
const seconds = (performance.now() - t0) / 1000;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

const mentions = (e: Entity) => e.mentions.reduce((sum, m) => sum + m.count, 0);
const rows = KINDS.map((kind) => {
  const ofKind = compiled.entities.filter((e) => e.kind === kind);
  const single = ofKind.filter((e) => e.mentions.length === 1).length;
  const withRoles = ofKind.filter((e) => e.roles.length > 0).length;
  return { kind, count: ofKind.length, single, atLeast5: ofKind.filter((e) => e.mentions.length >= 5).length, withRoles };
});

console.log(`${compiled.articles.length} articles on ${compiled.pages.length} pages, ${compiled.entities.length} entities; compiled in ${seconds.toFixed(1)} s, heap +${heapMb.toFixed(0)} MB`);
console.log('');
console.log('| kind | entities | per 1,000 articles | in one article only | in ≥ 5 articles | with roles |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const per = ((r.count / compiled.articles.length) * 1000).toFixed(0);
  const pct = (n: number) => (r.count === 0 ? '—' : `${((n / r.count) * 100).toFixed(0)} %`);
  console.log(`| ${r.kind} | ${r.count} | ${per} | ${r.single} (${pct(r.single)}) | ${r.atLeast5} | ${r.withRoles} (${pct(r.withRoles)}) |`);
}

if (top > 0) {
  // extractEntities already sorts as the sidebar does; the names quote the corpus, so they go to stderr.
  for (const kind of KINDS) {
    console.error(`\n${kind}:`);
    for (const e of compiled.entities.filter((x) => x.kind === kind).slice(0, top)) {
      console.error(`  ${e.name}  ${e.mentions.length} articles, ${mentions(e)} mentions  ${e.roles.slice(0, 3).join('、')}`);
    }
  }
}
