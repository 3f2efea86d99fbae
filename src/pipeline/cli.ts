import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFromSeeds } from './build.ts';
import { EXIT, readCommandLine, runCli } from './cli-exit.ts';
import { explainSeed } from './compile.ts';
import { formatProblem, PipelineError } from './errors.ts';
import { loadLexicon } from './read/lexicon.ts';
import { readSeedFile } from './read/seeds.ts';
import { writeBundleAtomically } from './read/write.ts';
import { stableStringify } from './stable-json.ts';

const USAGE = 'usage: npm run compile -- --seeds DIR (--out DIR | --json) | --explain FILE';

function options() {
  return parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      explain: { type: 'string' },
    },
    strict: true,
  }).values;
}

async function main(): Promise<number> {
  const values = readCommandLine(options, USAGE);
  if (!values) return EXIT.usage;
  if (values.explain) return explain(values.explain);
  if (!values.out && !values.json) {
    console.error(USAGE);
    return EXIT.usage;
  }
  const result = await buildFromSeeds(resolve(values.seeds));
  for (const warning of result.warnings) console.error(formatProblem(warning));
  if (values.out) {
    await writeBundleAtomically(resolve(values.out), result.stored);
    console.error(`dubao: ${result.corpus.articles.length} articles on ${result.corpus.pages.length} pages written to ${values.out}`);
  }
  // Queued, not necessarily written yet: runCli lets the process end only once the pipe has it all.
  if (values.json) process.stdout.write(`${stableStringify(result.corpus, 2)}\n`);
  return EXIT.ok;
}

runCli(main);

/** Prints every line of one page with the rule that took it. */
async function explain(path: string): Promise<number> {
  const { input, problems } = await readSeedFile(resolve(path));
  if (!input) throw new PipelineError(problems);
  const explained = explainSeed({ ...input, file: path }, await loadLexicon());
  for (const problem of [...problems, ...explained.problems]) console.error(formatProblem(problem));
  process.stdout.write(explained.report);
  return explained.problems.some((p) => p.severity === 'error') ? EXIT.error : EXIT.ok;
}
