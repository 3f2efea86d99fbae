import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromSeeds } from './build.ts';
import { EXIT, isUsageError, runCli } from './cli-exit.ts';
import { formatProblem } from './errors.ts';
import { writeBundleAtomically } from './read/write.ts';
import { stableStringify } from './stable-json.ts';

const USAGE = 'usage: npm run compile -- --seeds DIR (--out DIR | --json)';

function options() {
  return parseArgs({
    options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: true,
  }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof options>;
  try {
    values = options();
  } catch (error) {
    if (!isUsageError(error)) throw error;
    console.error(`dubao: ${(error as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (!values.out && !values.json) {
    console.error(USAGE);
    return EXIT.usage;
  }
  const result = await buildFromSeeds(resolve(values.seeds));
  for (const warning of result.warnings) console.error(formatProblem(warning));
  if (values.out) {
    await writeBundleAtomically(resolve(values.out), result.files);
    console.error(`dubao: ${result.corpus.articles.length} articles on ${result.corpus.pages.length} pages written to ${values.out}`);
  }
  // Queued, not necessarily written yet: runCli lets the process end only once the pipe has it all.
  if (values.json) process.stdout.write(`${stableStringify(result.corpus, 2)}\n`);
  return EXIT.ok;
}

runCli(main);
