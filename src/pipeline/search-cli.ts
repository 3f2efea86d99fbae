import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_DIR } from '../contract/bundle.ts';
import { openSearchIndex } from '../search/engine.ts';
import { buildFromSeeds } from './build.ts';
import { EXIT, readCommandLine, runCli } from './cli-exit.ts';

const USAGE = 'usage: npm run -s search -- --seeds DIR [--json] [--limit N] QUERY';

function commandLine() {
  return parseArgs({
    options: { seeds: { type: 'string', default: 'seeds' }, json: { type: 'boolean', default: false }, limit: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
}

/** The site's own search engine, run in Node over the bundle built from a seeds folder. */
async function main(): Promise<number> {
  const parsed = readCommandLine(commandLine, USAGE);
  if (!parsed) return EXIT.usage;
  const { values, positionals } = parsed;
  const query = positionals.join(' ');
  if (!query.trim()) {
    console.error(USAGE);
    return EXIT.usage;
  }
  const { files } = await buildFromSeeds(resolve(values.seeds));
  const encoder = new TextEncoder();
  const load = async (path: string) => {
    const file = files.get(`${SEARCH_DIR}${path}`);
    if (file === undefined) throw new Error(`the search index has no file ${path}`);
    return typeof file === 'string' ? encoder.encode(file) : file;
  };
  const manifest = JSON.parse(String(files.get('manifest.json'))) as { searchIndex?: string };
  if (!manifest.searchIndex) throw new Error('the bundle has no search index');
  const index = await openSearchIndex(load, manifest.searchIndex.slice(SEARCH_DIR.length));
  const limit = Math.max(1, Number(values.limit) || Number.MAX_SAFE_INTEGER);
  const { total, ids: shown } = await index.rankedIds(query, limit);
  // Queued, not necessarily written yet: runCli lets the process end only once the pipe has it all.
  if (values.json) process.stdout.write(`${JSON.stringify(shown)}\n`);
  else {
    console.log(`${total} articles contain "${query}"`);
    for (const id of shown) console.log(id);
  }
  return EXIT.ok;
}

runCli(main);
