/**
 * `epaper`: the e-paper's pages copied article by article from a browser. A header in one of the
 * site's forms, the site's navigation pasted in with the text, and per article the kicker,
 * headline and subtitle lines, then one paragraph a line, indented.
 *
 * Variants: `header` masthead (`人民日报 2019年2月1日 第01版`), section (`第A02版:要闻` and a date
 * line) or current (`当前版:04版`); `indent` ideographic (U+3000 U+3000, as the site prints), spaces4
 * or spaces2; `separator` blank (a blank line between articles) or none.
 */
import { dateParts, pad2, weekday } from '../text.ts';
import type { Rng } from '../prng.ts';
import {
  ArticleRecorder,
  type GeneratedPage,
  type Layout,
  type PageInput,
  PageText,
  type PlantedContinuation,
  type PrintedArticle,
  type PrintedFacts,
  bodyUnits,
  masthead,
  pageName,
  recordUnit,
} from './common.ts';

const NAVIGATION = ['上一版 下一版', '放大 缩小 默认', '标题导航', '返回首页 | 版面概览', '上一期 下一期 | 往期回顾'];
const BROWSER_WARNINGS = ['您的浏览器版本过低，请升级后访问本站', '本站推荐使用 Chrome 或 Edge 浏览器，分辨率 1920×1080'];
const INDENTS = { ideographic: '\u3000\u3000', spaces4: '    ', spaces2: '  ' } as const;

/** When the page was copied: a date that is not the paper's, which a parser must not take for it. */
function crawlDate(rng: Rng): { date: string; line: string } {
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const date = `2026-${pad2(m)}-${pad2(d)}`;
  const line = rng.chance(0.5) ? `2026年${pad2(m)}月${pad2(d)}日 ${weekday(date)}` : `${date} ${pad2(rng.int(6, 23))}:${pad2(rng.int(0, 59))}`;
  return { date, line };
}

export const epaper: Layout = {
  cls: 'epaper',
  render({ pageId, date, page, articles, rng }: PageInput): GeneratedPage {
    const variants = {
      header: rng.pick(['masthead', 'section', 'current']),
      indent: rng.pick(['ideographic', 'spaces4', 'spaces2'] as const),
      separator: rng.pick(['blank', 'none']),
    };
    const indent = INDENTS[variants.indent];
    const out = new PageText();
    const noise: string[] = [];
    const say = (line: string) => {
      noise.push(line);
      out.push(line);
    };
    // the copy's own date sits above the paper's; the current-page form prints no paper date to prefer
    const crawl = variants.header === 'current' ? undefined : crawlDate(rng);
    if (crawl) say(crawl.line);
    if (rng.chance(0.5)) say(rng.pick(BROWSER_WARNINGS));
    for (const nav of NAVIGATION) if (rng.chance(0.4)) say(nav);

    const facts: PrintedFacts = {};
    const { y, m, d } = dateParts(date);
    if (variants.header === 'masthead') {
      out.push(masthead(date, page));
      Object.assign(facts, { publication: '人民日报', date, number: page });
    } else if (variants.header === 'section') {
      const name = pageName(page, rng);
      out.push(`第A${pad2(page)}版:${name}`);
      out.push(`${y}年${pad2(m)}月${pad2(d)}日 ${weekday(date)}`);
      Object.assign(facts, { section: 'A', number: page, name, date });
    } else {
      out.push(`当前版:${pad2(page)}版`);
      facts.number = page;
    }

    const printed: PrintedArticle[] = [];
    const continuations: PlantedContinuation[] = [];
    for (const a of articles) {
      if (variants.separator === 'blank') out.separate();
      if (rng.chance(0.15)) say(rng.pick(NAVIGATION));
      const rec = new ArticleRecorder(out, a);
      for (const head of [a.kicker, a.title, a.subtitle]) if (head) out.push(head);
      for (const u of bodyUnits(a, rng)) recordUnit(rec, u, out.push(indent + u.text), continuations, printed.length);
      printed.push(rec.done());
    }
    if (variants.separator === 'blank') out.separate();
    for (const nav of NAVIGATION) if (rng.chance(0.3)) say(nav);
    return {
      cls: 'epaper',
      pageId,
      file: `${pageId}.txt`,
      variants,
      text: out.join(),
      articles: printed,
      facts,
      decoys: crawl ? { date: crawl.date } : {},
      noise,
      continuations,
      ambiguous: new Set(),
    };
  },
};
