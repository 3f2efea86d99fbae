// `npm run build -- [--site URL] [--prerender-all] [--pack-bytes N] [--clean] [vite build options]`: vite's CLI
// rejects options it does not know, so these are taken off here and handed to the config (vite.config.ts)
// in DUBAO_SITE_URL, DUBAO_PRERENDER_ALL, DUBAO_PACK_BYTES and DUBAO_CACHE.
//
// vite builds into a staging folder beside the output folder, which is then made to match it file by
// file (src/pipeline/read/sync-out.ts): files whose bytes did not change keep their mtime, so a sync
// to a host uploads only what changed, and a failed build leaves the last good site in place. The
// output folder is named to the build in DUBAO_PREVIOUS_OUT_DIR: a prerendered page already there
// with the same bytes is listed instead of written again (src/prerender/plugin.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { siteUrlSchema } from '../src/contract/site.ts';
import { discardOutput, syncOutput } from '../src/pipeline/read/sync-out.ts';

const args = process.argv.slice(2);
let siteUrl: string | undefined;
let prerenderAll = false;
let packBytes: string | undefined;
let clean = false;
let outDir = 'dist';
const rest: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i]!;
  if (arg === '--site') {
    siteUrl = args[i + 1];
    i += 1;
    if (siteUrl === undefined || siteUrl.startsWith('--')) fail('a URL is missing: npm run build -- --site https://example.org/reader/');
  } else if (arg.startsWith('--site=')) siteUrl = arg.slice('--site='.length);
  else if (arg === '--prerender-all') prerenderAll = true;
  else if (arg === '--clean') clean = true;
  else if (arg === '--outDir' || arg.startsWith('--outDir=')) {
    const value = arg === '--outDir' ? args[(i += 1)] : arg.slice('--outDir='.length);
    if (value === undefined || value.startsWith('--')) fail('--outDir takes a folder, e.g. --outDir dist');
    outDir = value;
  }
  // The staging folder is always emptied, and the output folder always made to match it.
  else if (arg === '--emptyOutDir' || arg.startsWith('--emptyOutDir=')) continue;
  else if (arg === '--pack-bytes' || arg.startsWith('--pack-bytes=')) {
    packBytes = arg === '--pack-bytes' ? args[(i += 1)] : arg.slice('--pack-bytes='.length);
    if (packBytes === undefined || !/^\d+$/u.test(packBytes)) fail('--pack-bytes takes a number of bytes, e.g. --pack-bytes 65536 (0: no packs, a file each)');
  }
  else rest.push(arg);
}

function fail(message: string): never {
  console.error(message.startsWith('--') ? message : `--site: ${message}`);
  process.exit(1);
}

const env = { ...process.env };
if (prerenderAll) env.DUBAO_PRERENDER_ALL = '1';
if (packBytes !== undefined) env.DUBAO_PACK_BYTES = packBytes;
if (clean) env.DUBAO_CACHE = 'clean';
if (siteUrl !== undefined) {
  const parsed = siteUrlSchema.safeParse(siteUrl);
  if (!parsed.success) fail(`${siteUrl}: ${parsed.error.issues[0]?.message ?? 'not a URL'}`);
  env.DUBAO_SITE_URL = parsed.data;
  // The site's path is where it is served: it is the base unless --base says otherwise.
  if (!rest.some((arg) => arg === '--base' || arg.startsWith('--base='))) rest.push('--base', new URL(parsed.data).pathname);
}
const target = resolve(outDir);
const staging = `${target}.staging-${process.pid}`;
// The prerender leaves the output folder's unchanged pages where they are and lists them (sync-out.ts).
env.DUBAO_PREVIOUS_OUT_DIR = target;
const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', staging, '--emptyOutDir', ...rest], { stdio: 'inherit', env });
if (vite.status !== 0) {
  discardOutput(staging);
  process.exit(vite.status ?? 1);
}
let synced: ReturnType<typeof syncOutput>;
try {
  synced = syncOutput(staging, target);
} catch (error) {
  discardOutput(staging);
  console.error(`dubao: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (!rest.some((arg, at) => (arg === '--logLevel' || arg === '-l') && /^(warn|error|silent)$/u.test(rest[at + 1] ?? ''))) {
  console.log(`dubao: ${outDir}: ${synced.written} files written, ${synced.unchanged} unchanged, ${synced.removed} removed`);
}
