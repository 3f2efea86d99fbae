import { bundlePaths, editionIdOf, pageIdOfArticle, SEARCH_DIR, type Corpus } from '../../contract/bundle.ts';
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

/** How much larger than its aim a run of entities may grow before it is cut where no member marks a cut. */
const RUN_CAP = 4;

/**
 * Entity files in runs that a new edition mostly leaves alone, as packs of about `targetBytes`:
 * - by how many editions mention them (1, 2–3, 4–7, …): the few mentioned nearly every day, whose
 *   files a new edition rewrites anyway, are packed with each other, not spread over every pack;
 * - within that, by the edition that first mentioned them, then by path: a new edition's new names
 *   land at the end, in packs of their own, and names printed together are packed (and gzip) together;
 * - cut after each member whose path hashes to 0 among as many values as a run should hold members
 *   (content-defined, as rsync cuts: a file that grows or moves changes its own run, not every run
 *   after it), or where a run would pass {@link RUN_CAP} × `targetBytes`.
 * The group name holds the run's first path, so a run's name is as stable as its members.
 */
function entityRuns(corpus: Corpus, editionOfPage: ReadonlyMap<string, string>, sizeOf: (path: string) => number, targetBytes: number): Map<string, string> {
  const members = corpus.entities.map((entity) => {
    const editions = new Set<string>();
    for (const { articleId } of entity.mentions) {
      const edition = editionOfPage.get(pageIdOfArticle(articleId) ?? '');
      if (edition !== undefined) editions.add(edition);
    }
    const first = [...editions].sort()[0] ?? '';
    const path = bundlePaths.entity(entity.id);
    return { path, bytes: sizeOf(path), tier: Math.floor(Math.log2(Math.max(1, editions.size))), first };
  });
  members.sort((a, b) => a.tier - b.tier || (a.first < b.first ? -1 : a.first > b.first ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const averageBytes = members.reduce((sum, member) => sum + member.bytes, 0) / Math.max(1, members.length);
  const perRun = 2 ** Math.max(0, Math.round(Math.log2(targetBytes / Math.max(1, averageBytes))));
  const groupOf = new Map<string, string>();
  let group = '';
  let bytes = 0;
  let tier = -1;
  for (const member of members) {
    if (group === '' || member.tier !== tier || bytes + member.bytes > RUN_CAP * targetBytes) {
      group = `entities:${member.tier}:${member.path}`;
      bytes = 0;
      tier = member.tier;
    }
    groupOf.set(member.path, group);
    bytes += member.bytes;
    if (shardOf(member.path, perRun) === 0) group = '';
  }
  return groupOf;
}

/** Base-36 and decimal names in numeric order (`9` before `10`), as the search names its documents. */
const numericOrder = (name: string) => `${String(name.length).padStart(4, '0')}${name}`;

/**
 * Which logical files are packed together (pack groups, address.ts), so a site holds about a file per
 * article:
 * - an edition's own file and its pages (each with its articles), in page order: what the front page,
 *   a 版 and an article read, and a new edition adds packs of its own without touching older ones;
 * - entities in runs a new edition mostly leaves alone ({@link entityRuns});
 * - 栏目 by a hash of their path into groups of about `targetBytes`;
 * - the search index's files, by folder in name order, into ranged packs of up to
 *   {@link RANGED_PACK_BYTES}: a query reads each of its files alone with a range request.
 * The manifest, the years and the index's entry are stored alone. `targetBytes` 0 packs nothing.
 */
export function packPlan(corpus: Corpus, files: ReadonlyMap<string, string | Uint8Array>, targetBytes = DEFAULT_PACK_BYTES): PackPlan | undefined {
  if (targetBytes <= 0) return undefined;
  const editionOfPage = new Map(corpus.pages.map((page) => [page.id, editionIdOf(page)]));
  const sizeOf = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.byteLength(data) : data.length);
  let columnBytes = 0;
  for (const [path, data] of files) if (path.startsWith('columns/')) columnBytes += sizeOf(data);
  const entityGroup = entityRuns(corpus, editionOfPage, (path) => sizeOf(files.get(path) ?? ''), targetBytes);
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
    const entityGroupOf = entityGroup.get(path);
    if (entityGroupOf !== undefined) return slot(entityGroupOf, path, RUN_CAP * targetBytes);
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
