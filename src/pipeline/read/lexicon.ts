import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Lexicon, NameKind, TaggedWord } from '../parse/types.ts';

/** Words rarer than this in the dictionary's counts are left out: they join almost any two characters. */
const MIN_FREQUENCY = 5;

/** jieba's tags for names: `nr` a person, `nrfg` a person's full name, `nrt` a transliteration. */
const NAME_TAGS: Readonly<Record<string, NameKind>> = { nr: 'person', nrfg: 'person', nrt: 'foreign' };

let loaded: Promise<Lexicon | undefined> | undefined;

/**
 * Chinese words, for telling a line a print column cut mid-word from a section head: jieba's
 * dictionary (MIT), which the project installs with its development tools. Without it the parser
 * goes on with its other cues, so a build that lacks it still works.
 */
export function loadLexicon(): Promise<Lexicon | undefined> {
  loaded ??= read();
  return loaded;
}

/** A hash of the dictionary the lexicon is read from ('none' without one): the parse depends on it as on its code. */
export async function lexiconVersion(): Promise<string> {
  const bytes = await dictionaryBytes();
  return bytes === undefined ? 'none' : createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

let dictionary: Promise<Buffer | undefined> | undefined;

/** jieba's dictionary file, read once for the word list and for its hash; undefined when it is not installed. */
function dictionaryBytes(): Promise<Buffer | undefined> {
  dictionary ??= (async () => {
    let path: string;
    try {
      path = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
    } catch {
      return undefined;
    }
    return readFile(path).catch(() => undefined);
  })();
  return dictionary;
}

async function read(): Promise<Lexicon | undefined> {
  const bytes = await dictionaryBytes();
  if (bytes === undefined) return undefined;
  const text = bytes.toString('utf8');
  const words = new Set<string>();
  const names = new Map<string, NameKind>();
  for (const line of text.split('\n')) {
    const [word = '', frequency = '0', pos = ''] = line.split(' ');
    const length = [...word].length;
    if (length < 2 || length > 4 || !/^[\u4e00-\u9fff]+$/u.test(word)) continue;
    if (Number(frequency) >= MIN_FREQUENCY) words.add(word);
    // A name is rare in any text but still a name (some full names are counted 3 times): no frequency floor.
    const kind = NAME_TAGS[pos.trim()];
    if (kind) names.set(word, kind);
  }
  const tag = tagger(bytes);
  return { has: (word) => words.has(word), nameKind: (word) => names.get(word), ...(tag && { tag }) };
}

interface JiebaModule {
  Jieba: { withDict(dict: Uint8Array): { tag(text: string, hmm: boolean): TaggedWord[] } };
}

/**
 * jieba's tagger, on the same dictionary, built on first use: most builds tag a few hundred
 * candidate names, and a page's `--explain` none. A build without its native binding goes on without it.
 */
function tagger(dictionary: Uint8Array): ((text: string) => TaggedWord[]) | undefined {
  const require = createRequire(import.meta.url);
  try {
    require.resolve('@node-rs/jieba');
  } catch {
    return undefined;
  }
  let jieba: { tag(text: string, hmm: boolean): TaggedWord[] } | null | undefined;
  return (text) => {
    if (jieba === undefined) {
      try {
        jieba = (require('@node-rs/jieba') as JiebaModule).Jieba.withDict(dictionary);
      } catch {
        jieba = null;
      }
    }
    return jieba ? jieba.tag(text, true) : [];
  };
}
