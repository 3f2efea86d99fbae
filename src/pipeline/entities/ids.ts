import { pinyin } from 'pinyin-pro';
import type { EntityKind } from '../../contract/bundle.ts';
import { nameKey } from './text.ts';

const MAX_SLUG = 80;

/** FNV-1a over the name's key: a short, stable tag that tells apart names sharing a spelling. */
export function shortHash(name: string): string {
  let hash = 0x811c9dc5;
  for (const unit of nameKey(name)) {
    for (let i = 0; i < unit.length; i++) {
      hash ^= unit.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(36).padStart(7, '0');
}

/** `sheng-lei`: a name in pinyin without tones, readable in a URL; empty when nothing in it can be spelled. Entity and column ids share it. */
export function pinyinSlug(name: string, options: { surname?: boolean } = {}): string {
  const syllables = pinyin(nameKey(name), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
    surname: options.surname ? 'head' : 'off',
  });
  return syllables
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/gu, ''))
    .filter(Boolean)
    .join('-');
}

/** `person-sheng-lei`: readable in a URL, read in pinyin without tones; a person's surname read as a surname (单 → shan). */
function baseId(kind: EntityKind, name: string): string {
  const slug = pinyinSlug(name, { surname: kind === 'person' });
  if (slug === '') return `${kind}-${shortHash(name)}`;
  return slug.length > MAX_SLUG ? `${kind}-${slug.slice(0, MAX_SLUG).replace(/-+$/u, '')}-${shortHash(name)}` : `${kind}-${slug}`;
}

/**
 * Ids for a set of entities, in the same order. Of names that read alike (张伟, 章玮), the first in
 * `entities` keeps the plain id and the others get their own hash appended. The caller lists them
 * by their first mention in print order, so a name's id, its page's URL, never changes when a later
 * edition prints a new name that reads like it.
 */
export function entityIds(entities: readonly { kind: EntityKind; name: string }[]): string[] {
  const firstNameOfBase = new Map<string, string>();
  return entities.map((entity) => {
    const base = baseId(entity.kind, entity.name);
    const key = nameKey(entity.name);
    const first = firstNameOfBase.get(base);
    if (first === undefined) firstNameOfBase.set(base, key);
    return first === undefined || first === key ? base : `${base}-${shortHash(entity.name)}`;
  });
}
