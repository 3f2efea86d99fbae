import type { Corpus } from '../contract/bundle.ts';
import type { Site } from '../contract/site.ts';
import { buildStoredSearchIndex } from '../search/stored.ts';
import { addressBundle } from './bundle/address.ts';
import { packPlan } from './bundle/pack-plan.ts';
import { fileURLToPath } from 'node:url';
import { bundleFiles, compileCorpus } from './compile.ts';
import { PipelineError, type PipelineProblem } from './errors.ts';
import { cachedFinds, cachedPackGzip, cachedParser, cachedSegments } from './incremental.ts';
import { openBuildCache, type CacheStats } from './read/cache.ts';
import { lexiconVersion, loadLexicon } from './read/lexicon.ts';
import { readSeeds } from './read/seeds.ts';
import { dependenciesVersion, sourceVersion } from './read/source-version.ts';
import { resolveSite } from './site.ts';
import { siteFiles } from './syndication/site-files.ts';

/**
 * The versions cache keys carry: a hash of the code each cached step runs (and of the dictionary
 * the parser reads, the zlib that gzips the index, the installed packages and Node), so changing
 * any of it is a miss.
 */
async function cacheVersions(): Promise<{ parse: string; finds: string; index: string; pack: string }> {
  const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  const dependencies = dependenciesVersion(here('../../package-lock.json'));
  const lexicon = await lexiconVersion();
  return {
    parse: `${sourceVersion(here('./parse/page.ts'))}:${lexicon}:${dependencies}`,
    finds: `${sourceVersion(here('./entities/extract.ts'))}:${lexicon}:${dependencies}`,
    index: `${sourceVersion(here('../search/segmented.ts'), here('../search/stored.ts'))}:zlib ${process.versions.zlib}:${dependencies}`,
    pack: `${sourceVersion(here('./bundle/address.ts'))}:zlib ${process.versions.zlib}`,
  };
}

export interface BuildResult {
  corpus: Corpus;
  /** The web bundle by logical path (`manifest.json`, `search/b/0.bin`: paths under the site's `data/` folder). */
  files: Map<string, string | Uint8Array>;
  /** The web bundle as stored on a host: content-addressed names and the entry (contract/deploy.ts). */
  stored: Map<string, string | Uint8Array>;
  /** The site's URL, name, publisher and editors, as the manifest carries them. */
  site: Site;
  /** Files at the site's root: feeds, sitemaps, robots.txt. */
  siteFiles: Map<string, string>;
  /** Warnings only: any error throws. */
  warnings: PipelineProblem[];
  /** What the build cache answered, by namespace (`parse`, `segment`): absent without a cache. */
  cacheStats?: ReadonlyMap<string, CacheStats>;
}

/**
 * Reads the seeds folder and builds the bundle; throws a PipelineError listing every error found.
 * `siteUrl` (`--site`) wins over `site.json`'s URL; `everyRoute` (`--prerender-all`) says the site
 * has a file for every route, so the sitemaps list them all; `packBytes` (`--pack-bytes`) sizes the
 * packs small files are stored in (0: none, a file each); `cache` keeps pages' parses and index
 * segments in a folder from one build to the next (`clean`: none read, all written afresh).
 */
export async function buildFromSeeds(
  seedsDir: string,
  options: { siteUrl?: string; everyRoute?: boolean; packBytes?: number; cache?: { dir: string; clean?: boolean } } = {},
): Promise<BuildResult> {
  const read = await readSeeds(seedsDir);
  const lexicon = await loadLexicon();
  const cache = options.cache && openBuildCache(options.cache.dir, { clean: options.cache.clean });
  const versions = cache && (await cacheVersions());
  const parse = cache && versions ? cachedParser(cache, versions.parse) : undefined;
  const finds = cache && versions ? cachedFinds(cache, versions.finds) : undefined;
  const { corpus, problems } = compileCorpus(read.seeds, read.entityOverrides, lexicon, parse, finds);
  const { site, problems: siteProblems } = resolveSite(read.siteConfig, options.siteUrl, corpus);
  const all = [...read.problems, ...problems, ...siteProblems];
  if (!lexicon) {
    all.push({
      file: seedsDir,
      title: 'the word list is missing, so a column cut and a section head are told apart less well',
      hint: 'install the development dependencies (npm install): the word list comes with @node-rs/jieba',
      severity: 'warning',
    });
  }
  const errors = all.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new PipelineError(errors);
  const segment = cache && versions ? cachedSegments(cache, versions.index) : undefined;
  const files = bundleFiles(corpus, buildStoredSearchIndex(corpus, { segment }), site);
  const stored = addressBundle(files, packPlan(corpus, files, options.packBytes), cache && versions ? cachedPackGzip(cache, versions.pack) : undefined);
  // After every step that reads the cache, so each one's unused entries go.
  if (cache) {
    cache.prune();
    all.push(...cache.warnings);
  }
  return {
    corpus,
    files,
    stored,
    site,
    siteFiles: await siteFiles(corpus, site, { everyRoute: options.everyRoute ?? false }),
    warnings: all.filter((p) => p.severity === 'warning'),
    ...(cache ? { cacheStats: cache.stats } : {}),
  };
}
