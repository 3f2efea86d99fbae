import type { Article, PageFacts } from '../../contract/bundle.ts';
import type { PipelineProblem } from '../errors.ts';

/** One item of a page as parsed, before the pipeline gives it ids. */
export type ParsedItem = Omit<Article, 'id' | 'pageId' | 'order'> & {
  /** 1-based line of the page text where the item starts. */
  line: number;
};

export interface ParsedPage {
  /** Page facts the text itself states (a header line, an item header); the sidecar overrides them. */
  facts: PageFacts;
  items: ParsedItem[];
  problems: PipelineProblem[];
}
