import type { Article, PageFacts } from '../../contract/bundle.ts';
import type { PipelineProblem } from '../errors.ts';
import type { TraceEntry } from './tokens.ts';
import type { Layout, PageShape } from './shape.ts';

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
  /** The page printed only advertising (`广告`). */
  advertisement?: true;
  /** How the page's text was laid out, as read (or as the sidecar forced). */
  shape: PageShape;
  /** What each line was read as: `--explain` prints it. */
  trace: TraceEntry[];
}

/** A word and its part of speech, as jieba tags them (`v` verb, `p` preposition, `ns` place …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Chinese words of two to four characters: what tells a line cut mid-word (`…下午两` / `点半…`) from a section head. */
export interface Lexicon {
  has(word: string): boolean;
  /** Parts of speech of a short text, where a tagger is installed: the entity rules' second opinion on where a name starts. */
  tag?(text: string): readonly TaggedWord[];
  /**
   * How the dictionary lists a word that is a name: `person` (周明远), `foreign` for a transliteration
   * (阿卜杜勒, 瓦拉), else undefined. The person rules' second opinion where a name is also a word (张弛).
   */
  nameKind?(word: string): NameKind | undefined;
}

export type NameKind = 'person' | 'foreign';

export interface ParseOptions {
  /** The layout to read the page in, instead of the one its statistics suggest. */
  layout?: Layout;
  /** Without one, a cut is told from a section head by punctuation and position alone. */
  lexicon?: Lexicon;
}
