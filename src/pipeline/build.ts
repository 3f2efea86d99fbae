import type { Corpus } from '../contract/bundle.ts';
import type { Site } from '../contract/site.ts';
import { buildStoredSearchIndex } from '../search/stored.ts';
import { addressBundle } from './bundle/address.ts';
import { packPlan } from './bundle/pack-plan.ts';
import { bundleFiles, compileCorpus } from './compile.ts';
import { PipelineError, type PipelineProblem } from './errors.ts';
import { loadLexicon } from './read/lexicon.ts';
import { readSeeds } from './read/seeds.ts';
import { resolveSite } from './site.ts';
import { siteFiles } from './syndication/site-files.ts';

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
}

/**
 * Reads the seeds folder and builds the bundle; throws a PipelineError listing every error found.
 * `siteUrl` (`--site`) wins over `site.json`'s URL; `everyRoute` (`--prerender-all`) says the site
 * has a file for every route, so the sitemaps list them all; `packBytes` (`--pack-bytes`) sizes the
 * packs small files are stored in (0: none, a file each).
 */
export async function buildFromSeeds(seedsDir: string, options: { siteUrl?: string; everyRoute?: boolean; packBytes?: number } = {}): Promise<BuildResult> {
  const read = await readSeeds(seedsDir);
  const lexicon = await loadLexicon();
  const { corpus, problems } = compileCorpus(read.seeds, read.entityOverrides, lexicon);
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
  const files = bundleFiles(corpus, buildStoredSearchIndex(corpus), site);
  return {
    corpus,
    files,
    stored: addressBundle(files, packPlan(corpus, files, options.packBytes)),
    site,
    siteFiles: await siteFiles(corpus, site, { everyRoute: options.everyRoute ?? false }),
    warnings: all.filter((p) => p.severity === 'warning'),
  };
}
