/**
 * Archive styles of a dateline, made from the truth's own dateline so the rewritten article says
 * what the original said: `【新华社北京三月二日电】`, `本报某地3月2日电记者某某某报道:`,
 * `据新华社某地3月2日电 (记者某某)`.
 */
import { chineseNumber } from '../text.ts';
import type { Dateline, Reporter, TruthArticle, TruthLine } from '../truth.ts';

export const DATELINE_STYLES = ['bracket', 'reported', 'ju'] as const;
export type DatelineStyle = (typeof DATELINE_STYLES)[number];

/** `记者甲、乙 通讯员丙`: names grouped under the role printed before them. */
function reporterText(reporters: readonly Reporter[]): string {
  const groups: { role: string; names: string[] }[] = [];
  for (const r of reporters) {
    const role = r.role ?? '';
    const last = groups[groups.length - 1];
    if (last && last.role === role) last.names.push(r.name);
    else groups.push({ role, names: [r.name] });
  }
  return groups.map((g) => g.role + g.names.join('、')).join(' ');
}

/** The dateline printed in `style`: its prefix and the separator before the story's text. */
export function styledDateline(d: Dateline, style: DatelineStyle): { prefix: string; gap: string } {
  const when = d.month === undefined ? '' : `${d.month}月${d.day}日`;
  const who = d.reporters.length > 0 ? reporterText(d.reporters) : '';
  if (style === 'bracket') {
    const cnWhen = d.month === undefined ? '' : `${chineseNumber(d.month)}月${chineseNumber(d.day ?? 1)}日`;
    return { prefix: `【${d.agency}${d.place}${cnWhen}${d.mark}】${who ? `(${who})` : ''}`, gap: '' };
  }
  if (style === 'reported') {
    return who ? { prefix: `${d.agency}${d.place}${when}${d.mark}${who}报道:`, gap: '' } : { prefix: `${d.agency}${d.place}${when}${d.mark}`, gap: ' ' };
  }
  // 据 marks a story taken from an agency; the paper's own stories keep their plain form
  const agency = d.agency.startsWith('新华社') ? `据${d.agency}` : d.agency;
  return { prefix: `${agency}${d.place}${when}${d.mark}${who ? ` (${who})` : ''}`, gap: ' ' };
}

/** The article with its opening dateline printed in `style`; the truth follows what is printed. */
export function restyleDateline(a: TruthArticle, style: DatelineStyle): TruthArticle {
  const i = a.lines.findIndex((l) => l.dateline);
  const line = a.lines[i];
  if (!line?.dateline) return a;
  const { prefix, gap } = styledDateline(line.dateline, style);
  const restyled: TruthLine = { ...line, text: prefix + gap + line.dateline.rest, dateline: { ...line.dateline, prefix } };
  return { ...a, lines: a.lines.map((l, j) => (j === i ? restyled : l)) };
}
