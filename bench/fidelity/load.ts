/** Reads the corpus by path at run time (it is copyrighted test data and never copied into the repository). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One line of `articles.jsonl.gz`, as the crawler wrote it. */
export interface RawArticle {
  id: string;
  date: string;
  page: number;
  seq: number;
  kicker: string;
  title: string;
  subtitle: string;
  body: string;
}

/** One printed page (版) of one edition: its articles in print order. */
export interface CorpusPage {
  /** `2019-02-01-p04` */
  id: string;
  date: string;
  page: number;
  articles: RawArticle[];
}

export function loadArticles(path: string): RawArticle[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const out: RawArticle[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as Partial<RawArticle>;
    out.push({
      id: String(o.id),
      date: String(o.date),
      page: Number(o.page),
      seq: Number(o.seq),
      kicker: o.kicker ?? '',
      title: o.title ?? '',
      subtitle: o.subtitle ?? '',
      body: o.body ?? '',
    });
  }
  return out;
}

export function groupPages(articles: readonly RawArticle[]): CorpusPage[] {
  const byKey = new Map<string, CorpusPage>();
  for (const a of articles) {
    const id = `${a.date}-p${String(a.page).padStart(2, '0')}`;
    let page = byKey.get(id);
    if (!page) byKey.set(id, (page = { id, date: a.date, page: a.page, articles: [] }));
    page.articles.push(a);
  }
  for (const page of byKey.values()) page.articles.sort((x, y) => x.seq - y.seq);
  return [...byKey.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** A crawler file as found, beside the corpus: `YYYYMMDD-PP-NN.txt` is article `rmrb-YYYYMMDD-PP-NN`. */
export interface FoundFile {
  file: string;
  articleId: string;
  bytes: Buffer;
}

export function loadFoundFiles(corpusPath: string): FoundFile[] {
  const dir = join(dirname(corpusPath), 'articles_as_found');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{8}-\d{2}-\d{2}\.txt$/u.test(f))
    .sort()
    .map((f) => ({ file: f, articleId: `rmrb-${basename(f, '.txt')}`, bytes: readFileSync(join(dir, f)) }));
}
