import { bundlePaths, editionIdOf, SEARCH_DIR, type Corpus } from '../../contract/bundle.ts';
import { ENTRY_FILE } from '../../search/format.ts';
import { shardOf } from '../../contract/deploy.ts';
import type { PackPlan, PackSlot } from './address.ts';

/**
 * About this many bytes (before gzip) a pack holds by default: an article view fetches its edition's
 * pack of about 20 KB gzip (its page, its articles and the page's neighbours), and an entity page
 * one of a few dozen entities.
 */
export const DEFAULT_PACK_BYTES = 64 * 1024;

/** A ranged pack's size at most: well under the 25 MiB a file some hosts take. */
export const RANGED_PACK_BYTES = 8 * 1024 * 1024;

/** Logical files of a kind, by file name: the id between the folder and `.json`. */
const idIn = (path: string, folder: string) => (path.startsWith(folder) && path.endsWith('.json') ? path.slice(folder.length, -'.json'.length) : undefined);

/** A power of two of groups holding about `target` bytes each: a file's group changes only when the total doubles. */
function groupCount(totalBytes: number, target: number): number {
  let count = 1;
  while (count * target < totalBytes) count *= 2;
  return count;
}

/** Base-36 and decimal names in numeric order (`9` before `10`), as the search names its documents. */
const numericOrder = (name: string) => `${String(name.length).padStart(4, '0')}${name}`;

/**
 * Which logical files are packed together (pack groups, address.ts), so a site holds about a file per
 * article:
 * - an edition's own file and its pages (each with its articles), in page order: what the front page,
 *   a 版 and an article read, and a new edition adds packs of its own without touching older ones;
 * - entities and 栏目 by a hash of their path into groups of about `targetBytes`;
 * - the search index's files, by folder in name order, into ranged packs of up to
 *   {@link RANGED_PACK_BYTES}: a query reads each of its files alone with a range request.
 * The manifest, the years and the index's entry are stored alone. `targetBytes` 0 packs nothing.
 */
export function packPlan(corpus: Corpus, files: ReadonlyMap<string, string | Uint8Array>, targetBytes = DEFAULT_PACK_BYTES): PackPlan | undefined {
  if (targetBytes <= 0) return undefined;
  const editionOfPage = new Map(corpus.pages.map((page) => [page.id, editionIdOf(page)]));
  const sizeOf = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.byteLength(data) : data.length);
  let entityBytes = 0;
  let columnBytes = 0;
  for (const [path, data] of files) {
    if (path.startsWith('entities/')) entityBytes += sizeOf(data);
    else if (path.startsWith('columns/')) columnBytes += sizeOf(data);
  }
  const entityGroups = groupCount(entityBytes, targetBytes);
  const columnGroups = groupCount(columnBytes, targetBytes);
  const slot = (group: string, order: string, target = targetBytes): PackSlot => ({ group, order, targetBytes: target });

  return (path) => {
    const edition = idIn(path, 'editions/');
    if (edition !== undefined && path === bundlePaths.edition(edition)) return slot(`edition:${edition}`, '');
    const pageId = idIn(path, 'pages/');
    if (pageId !== undefined) {
      const of = editionOfPage.get(pageId);
      return of === undefined ? undefined : slot(`edition:${of}`, pageId);
    }
    if (idIn(path, 'entities/') !== undefined) return slot(`entities:${shardOf(path, entityGroups)}`, path);
    if (idIn(path, 'columns/') !== undefined) return slot(`columns:${shardOf(path, columnGroups)}`, path);
    // The index: every file but its entry, in ranged packs by folder (a segment's buckets, its postings,
    // its fragments), each member fetched alone by an HTTP range request.
    if (path.startsWith(SEARCH_DIR) && path !== `${SEARCH_DIR}${ENTRY_FILE}`) {
      const folder = path.slice(0, path.lastIndexOf('/'));
      const name = path.slice(folder.length + 1).replace(/\.[a-z]+$/u, '');
      return { group: `search:${folder}`, order: numericOrder(name), targetBytes: RANGED_PACK_BYTES, ranged: true };
    }
    return undefined;
  };
}
