import type { PipelineProblem } from '../errors.ts';
import { HAN } from './join.ts';
import { ADVERTISEMENT } from './classify.ts';
import { cleanPageText } from './clean.ts';
import { groupElements } from './elements.ts';
import { takeFurniture } from './furniture.ts';
import { readLines } from './lines.ts';
import { PageReader } from './reader.ts';
import type { Token } from './tokens.ts';
import { finishItem } from './repair.ts';
import { measureShape } from './shape.ts';
import type { ParsedItem, ParsedPage, ParseOptions } from './types.ts';


/** Page text (decoded) in, the page's items in print order out. Pure and deterministic. */
export function parsePage(text: string, file: string, options: ParseOptions = {}): ParsedPage {
  const lines = readLines(cleanPageText(text));
  const chinese = lines.some((line) => HAN.test(line.text));
  const furniture = takeFurniture(lines, (content) => measureShape(content, options.layout).layout);
  const shape = measureShape(furniture.content, options.layout);
  const elements = groupElements(furniture.content, shape, chinese, options.lexicon);
  const tokens: Token[] = [
    ...elements.map((element) => ({ type: 'element' as const, element, at: element.line })),
    ...furniture.markers.map((marker) => ({ type: 'marker' as const, marker, at: marker.line })),
  ]
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...token }) => token as Token);
  const reader = new PageReader(shape, chinese, options.lexicon);
  const items = reader.read(tokens).map(finishItem);
  const advertisement = items.length === 0 && lines.some((line) => ADVERTISEMENT.test(line.text));
  const trace = [...furniture.trace, ...reader.trace].sort((a, b) => a.line - b.line);
  return {
    facts: furniture.facts,
    items,
    problems: problemsOf(items, file, advertisement),
    ...(advertisement ? { advertisement: true as const } : {}),
    shape,
    trace,
  };
}

function problemsOf(items: readonly ParsedItem[], file: string, advertisement: boolean): PipelineProblem[] {
  const problems: PipelineProblem[] = [];
  if (items.length === 0 && !advertisement) {
    problems.push({ file, title: 'the page has no text', hint: 'it is skipped; remove the file or fill it', severity: 'warning' });
  }
  for (const item of items) {
    if (item.kind === 'article' && item.headline === '') {
      problems.push({
        file,
        line: item.line,
        title: 'an item has no headline',
        hint: 'mark its headline with "## " or put it right before the dateline; `npm run -s compile -- --explain FILE` shows how each line was read',
        severity: 'warning',
      });
    }
  }
  return problems;
}
