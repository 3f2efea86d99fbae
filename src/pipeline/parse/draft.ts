import type { BodyBlock, Byline } from '../../contract/bundle.ts';
import type { ParsedItem } from './types.ts';

/** An item while the page is read. */
export interface Draft {
  kind: ParsedItem['kind'];
  kicker?: string;
  headline: string;
  subheadlines: string[];
  column?: string;
  dateline?: string;
  bylines: Byline[];
  body: BodyBlock[];
  caption?: string;
  continuedOn?: { page: number };
  continuedFrom?: { page: number };
  line: number;
}

export function newDraft(line: number, kind: Draft['kind'] = 'article'): Draft {
  return { kind, headline: '', subheadlines: [], bylines: [], body: [], line };
}

export const lastParagraph = (draft: Draft | undefined): BodyBlock | undefined => {
  const last = draft?.body.at(-1);
  return last?.kind === 'paragraph' ? last : undefined;
};
