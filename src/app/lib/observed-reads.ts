// Build time only (the prerender, through ssr-entry.tsx): never in a client chunk.
import type { ReadObserver } from './bundle-source.ts';

/**
 * What a route's render saw of each bundle file it read, so that the next build can tell without
 * rendering it whether the route would come out the same. The manifest changes with every edition,
 * and nearly every route reads it, but an article's page uses only the site's name from it: keyed by
 * the whole file, every route would be rendered again every day.
 *
 * An observation is a key naming a place in the file's JSON and what was learnt there. Objects are
 * handed to the app behind a proxy down to {@link DEPTH} levels, which notes each property read
 * (its value if a primitive, its kind if an object), each key listing and each `in` test; a value
 * reached at that depth is noted whole and handed over as it is. Replaying the keys on another
 * build's file ({@link observations}) gives the same strings exactly when the render saw the same
 * data: the render is a function of what it saw.
 */
const DEPTH = 3;

type Pointer = readonly string[];

/** `v` the value (or kind) at a pointer, `k` its keys, `h` whether it has a key; `*` the whole file (bytes). */
const keyOf = (kind: 'v' | 'k' | 'h', pointer: Pointer, name?: string) => `${kind}${JSON.stringify(name === undefined ? pointer : [...pointer, name])}`;

export interface ReadRecorder extends ReadObserver {
  /** Observation keys by logical path, sorted. */
  result(): Record<string, string[]>;
}

export function readRecorder(): ReadRecorder {
  const seen = new Map<string, Set<string>>();
  const note = (path: string, key: string) => seen.get(path)!.add(key);
  const view = (path: string, node: object, pointer: Pointer, views: WeakMap<object, object>): object => {
    const kept = views.get(node);
    if (kept) return kept;
    const proxy = new Proxy(node, {
      get(target, name, receiver) {
        if (typeof name === 'symbol') return Reflect.get(target, name, receiver);
        if (!Object.hasOwn(target, name)) {
          // A method (map, toString): only a plain object could ever have a key of that name.
          if (!Array.isArray(target)) note(path, keyOf('h', pointer, name));
          return Reflect.get(target, name, receiver);
        }
        const child = (target as Record<string, unknown>)[name];
        const at = [...pointer, name];
        note(path, keyOf('v', at));
        return child !== null && typeof child === 'object' && at.length < DEPTH ? view(path, child, at, views) : child;
      },
      has(target, name) {
        if (typeof name === 'string') note(path, keyOf('h', pointer, name));
        return Reflect.has(target, name);
      },
      ownKeys(target) {
        note(path, keyOf('k', pointer));
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, name) {
        if (typeof name === 'string') note(path, keyOf('h', pointer, name));
        return Reflect.getOwnPropertyDescriptor(target, name);
      },
    });
    views.set(node, proxy);
    return proxy;
  };
  return {
    touch(path) {
      if (!seen.has(path)) seen.set(path, new Set());
    },
    wrap(path, value) {
      this.touch(path);
      if (value instanceof Uint8Array) {
        note(path, '*');
        return value;
      }
      note(path, keyOf('v', []));
      return value !== null && typeof value === 'object' ? view(path, value, [], new WeakMap()) : value;
    },
    result() {
      return Object.fromEntries([...seen].map(([path, keys]) => [path, [...keys].sort()]));
    },
  };
}

const MISSING = '(missing)';

function at(value: unknown, pointer: Pointer): { found: boolean; node?: unknown } {
  let node = value;
  for (const name of pointer) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, name)) return { found: false };
    node = (node as Record<string, unknown>)[name];
  }
  return { found: true, node };
}

const kindOf = (node: unknown) => (Array.isArray(node) ? '[array]' : '[object]');

/**
 * What the observations `keys` find in a file's content (`undefined`: the file is missing): equal
 * strings for two contents mean a render that saw one would have seen the same in the other.
 */
export function observations(content: unknown, keys: readonly string[]): string[] {
  if (content === undefined) return [MISSING];
  return [
    'present',
    ...keys.map((key) => {
      if (key === '*') return content instanceof Uint8Array ? Array.from(content, (byte) => byte.toString(16).padStart(2, '0')).join('') : JSON.stringify(content);
      const kind = key[0];
      const pointer = JSON.parse(key.slice(1)) as string[];
      if (kind === 'h') {
        const parent = at(content, pointer.slice(0, -1));
        // Own keys only: what a JSON file can change (an inherited method is there in every build).
        return String(parent.found && parent.node !== null && typeof parent.node === 'object' && Object.hasOwn(parent.node, pointer[pointer.length - 1]!));
      }
      const { found, node } = at(content, pointer);
      if (!found) return MISSING;
      if (kind === 'k') return node !== null && typeof node === 'object' ? JSON.stringify(Reflect.ownKeys(node).map(String)) : MISSING;
      if (node === null || typeof node !== 'object' || pointer.length >= DEPTH) return JSON.stringify(node) ?? 'undefined';
      return kindOf(node);
    }),
  ];
}
