import type { PipelineProblem } from '../errors.ts';
import { splitBlocks } from './blocks.ts';
import { cleanPageText } from './clean.ts';
import { finishItem } from './repair.ts';
import { segmentBlocks } from './segment.ts';
import type { ParsedPage } from './types.ts';

/** Page text (decoded) in, the page's items in print order out. Pure and deterministic. */
export function parsePage(text: string, file: string): ParsedPage {
  const problems: PipelineProblem[] = [];
  const { items, facts } = segmentBlocks(splitBlocks(cleanPageText(text)));
  const finished = items.map(finishItem);
  if (finished.length === 0) {
    problems.push({ file, title: 'the page has no text', hint: 'it is skipped; remove the file or fill it', severity: 'warning' });
  }
  for (const item of finished) {
    if (item.kind === 'article' && item.headline === '') {
      problems.push({
        file,
        line: item.line,
        title: 'an item has no headline',
        hint: 'mark its headline with "## " or put it right before the dateline',
        severity: 'warning',
      });
    }
  }
  return { facts, items: finished, problems };
}
