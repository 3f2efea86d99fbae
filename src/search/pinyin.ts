// Build time only: the browser reads the finished table and never loads pinyin-pro.
import { pinyin } from 'pinyin-pro';
import type { Entity } from '../contract/bundle.ts';
import { normalizeText } from './normalize.ts';
import { MIN_PINYIN_KEY } from './expand.ts';


function keysOf(name: string, kind: Entity['kind']): string[] {
  const syllables = pinyin(name, {
    toneType: 'none',
    type: 'array',
    nonZh: 'removed',
    // Surname mode reads 单 as shan and 曾 as zeng at the start of a person's name.
    mode: kind === 'person' ? 'surname' : 'normal',
  })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
  if (syllables.length < 2) return [];
  const full = syllables.join('');
  const initials = syllables.map((s) => s[0]).join('');
  return [full, initials].filter((k) => k.length >= MIN_PINYIN_KEY);
}

/**
 * Pinyin key (`shenglei`, `sl`) -> the normalized names and aliases of persons and enterprises it
 * spells, computed once at build time so the browser needs no pinyin dictionary. A Latin query
 * term equal to a key also matches articles containing any of those names.
 */
export function buildPinyinTable(entities: readonly Entity[]): Record<string, string[]> {
  const table = new Map<string, Set<string>>();
  for (const entity of entities) {
    if (entity.kind !== 'person' && entity.kind !== 'enterprise') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const norm = normalizeText(name);
      if (norm.length === 0) continue;
      for (const key of keysOf(name, entity.kind)) {
        let names = table.get(key);
        if (!names) table.set(key, (names = new Set()));
        names.add(norm);
      }
    }
  }
  const out: Record<string, string[]> = {};
  for (const key of [...table.keys()].sort()) out[key] = [...table.get(key)!].sort();
  return out;
}

