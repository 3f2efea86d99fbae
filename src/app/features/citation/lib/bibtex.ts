import type { Citation } from './citation.ts';

/** BibTeX's special characters, escaped so a headline with `%` or `&` stays one field. */
function escape(text: string): string {
  return text.replace(/\\/gu, '\\textbackslash{}').replace(/([{}%&$#_])/gu, '\\$1').replace(/~/gu, '\\textasciitilde{}').replace(/\^/gu, '\\textasciicircum{}');
}

/** An `@article` entry (BibTeX has no newspaper type; `journal` is the paper), keyed by the article's id. */
export function bibtex(citation: Citation): string {
  const fields: [string, string][] = [];
  if (citation.authors.length > 0) fields.push(['author', citation.authors.map(escape).join(' and ')]);
  fields.push(['title', escape(citation.title)]);
  if (citation.newspaper) fields.push(['journal', escape(citation.newspaper)]);
  if (citation.date) {
    fields.push(['date', citation.date], ['year', citation.date.slice(0, 4)], ['month', String(Number(citation.date.slice(5, 7)))]);
  }
  if (citation.page) fields.push(['pages', escape(citation.page)]);
  fields.push(['url', citation.url], ['language', 'chinese']);
  const key = `dubao:${citation.id.replace(/[^A-Za-z0-9_:-]/gu, '')}`;
  return `@article{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}
