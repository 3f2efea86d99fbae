/**
 * The codec of the index's binary files (`.bin`): gzip, so hosts that compress only text types
 * still send them small, decoded by the browser's own `DecompressionStream` (Chromium, Firefox,
 * Safari; Node 18+ has it too), so the app ships no inflater. One codec for every `.bin` file: the
 * build compresses with Node's zlib (stored.ts: a stream per small file would cost milliseconds
 * each, and an archive has hundreds of thousands), the engine decodes here.
 */
async function through(data: Uint8Array, stream: DecompressionStream): Promise<Uint8Array> {
  const response = new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Throws a clear error naming `path` when the bytes are not gzip (a host that rewrote the file).
 * The app's packs of data files (src/contract/deploy-layout.ts) are gzip too and decoded here.
 */
export async function gunzipBytes(data: Uint8Array, path: string): Promise<Uint8Array> {
  if (data[0] !== 0x1f || data[1] !== 0x8b) throw new Error(`data file ${path} is not gzip-compressed`);
  try {
    return await through(data, new DecompressionStream('gzip'));
  } catch {
    throw new Error(`data file ${path} is damaged (gzip data does not decode)`);
  }
}

/** Whether an index file is stored gzip-compressed: every binary file, never the JSON ones. */
export const isCompressed = (path: string) => path.endsWith('.bin');

/** The index's files as stored: binary files compressed with `gzip` (the build's zlib), JSON as it is (every host compresses JSON). */
export function compressIndexFiles(
  files: ReadonlyMap<string, Uint8Array | string>,
  gzip: (data: Uint8Array) => Uint8Array,
): Map<string, Uint8Array | string> {
  const out = new Map<string, Uint8Array | string>();
  for (const [path, data] of files) out.set(path, isCompressed(path) && typeof data !== 'string' ? gzip(data) : data);
  return out;
}
