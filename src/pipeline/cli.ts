import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromSeeds } from './build.ts';
import { formatProblem, PipelineError } from './errors.ts';
import { writeBundleAtomically } from './read/write.ts';
import { stableStringify } from './stable-json.ts';

const USAGE = 'usage: npm run compile -- --seeds DIR (--out DIR | --json)';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
  });
  if (!values.out && !values.json) {
    console.error(USAGE);
    return 2;
  }
  const result = await buildFromSeeds(resolve(values.seeds));
  for (const warning of result.warnings) console.error(formatProblem(warning));
  if (values.out) {
    await writeBundleAtomically(resolve(values.out), result.files);
    console.error(`dubao: ${result.corpus.articles.length} articles on ${result.corpus.pages.length} pages written to ${values.out}`);
  }
  if (values.json) process.stdout.write(`${stableStringify(result.corpus, 2)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof PipelineError) console.error(error.message);
    else console.error(`dubao: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
