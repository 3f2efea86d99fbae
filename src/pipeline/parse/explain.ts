import type { ParsedPage } from './types.ts';

const RULE_WIDTH = 18;
const TEXT_WIDTH = 60;

function clip(text: string): string {
  const chars = [...text];
  return chars.length > TEXT_WIDTH ? `${chars.slice(0, TEXT_WIDTH - 1).join('')}…` : text;
}

/**
 * Every line of a page beside the rule that took it: what an editor reads when a page comes out
 * wrong (`npm run -s compile -- --explain FILE`). A rule that took several lines is named on the
 * first and marked `│` on the rest; blank lines are left unnamed.
 */
export function explainPage(text: string, page: ParsedPage, file: string): string {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const byLine = new Map<number, { rule: string; note?: string; first: boolean }>();
  for (const entry of page.trace) {
    for (let line = entry.line; line <= entry.lastLine; line++) {
      if (!byLine.has(line) || line === entry.line) byLine.set(line, { rule: entry.rule, note: entry.note, first: line === entry.line });
    }
  }
  const facts = Object.entries(page.facts)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
  const out = [
    `${file}: read as ${page.shape.layout} (${page.shape.evidence})`,
    `page facts: ${facts || 'none printed'}${page.advertisement ? '; an advertising page' : ''}`,
    `items: ${page.items.length}, of them ${page.items.filter((item) => item.headline).length} with a headline`,
    '',
  ];
  const numberWidth = String(lines.length).length;
  lines.forEach((raw, index) => {
    const no = index + 1;
    const taken = byLine.get(no);
    const shown = raw.trim() === '' ? '' : clip(raw.replace(/\s+$/u, ''));
    const rule = taken ? (taken.first ? taken.rule : '│') : raw.trim() === '' ? '' : '?';
    const note = taken?.first && taken.note ? `  (${taken.note})` : '';
    out.push(`${String(no).padStart(numberWidth)}  ${rule.padEnd(RULE_WIDTH)}${shown}${note}`.trimEnd());
  });
  return `${out.join('\n')}\n`;
}
