import type { Corpus } from '../contract/bundle.ts';
import { buildStoredSearchIndex } from '../search/stored.ts';
import { addressBundle } from './bundle/address.ts';
import { bundleFiles, compileCorpus } from './compile.ts';
import { PipelineError, type PipelineProblem } from './errors.ts';
import { loadLexicon } from './read/lexicon.ts';
import { readSeeds } from './read/seeds.ts';

export interface BuildResult {
  corpus: Corpus;
  /** The web bundle by logical path (`manifest.json`, `search/b/0.bin`: paths under the site's `data/` folder). */
  files: Map<string, string | Uint8Array>;
  /** The web bundle as stored on a host: content-addressed names and the entry (contract/deploy.ts). */
  stored: Map<string, string | Uint8Array>;
  /** Warnings only: any error throws. */
  warnings: PipelineProblem[];
}

/** Reads the seeds folder and builds the bundle; throws a PipelineError listing every error found. */
export async function buildFromSeeds(seedsDir: string): Promise<BuildResult> {
  const read = await readSeeds(seedsDir);
  const lexicon = await loadLexicon();
  const { corpus, problems } = compileCorpus(read.seeds, read.entityOverrides, lexicon);
  const all = [...read.problems, ...problems];
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
  const files = bundleFiles(corpus, buildStoredSearchIndex(corpus));
  return { corpus, files, stored: addressBundle(files), warnings: all.filter((p) => p.severity === 'warning') };
}
