import { describe, expect, it } from 'vitest';
import { compressIndexFiles, gunzipBytes } from './gzip.ts';
import { gzipIndexFile } from './stored.ts';

describe('the .bin codec (gzip: zlib in the build, DecompressionStream in the engine)', () => {
  it('round-trips bytes, empty and large', async () => {
    for (const data of [new Uint8Array(0), Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251)]) {
      expect(await gunzipBytes(gzipIndexFile(data), 'b/0.bin')).toEqual(data);
    }
  });

  it('is deterministic, so the same index gives the same file names', () => {
    const data = new TextEncoder().encode('半导体半导体半导体');
    expect(gzipIndexFile(data)).toEqual(gzipIndexFile(data));
  });

  it('compresses only binary files', () => {
    const files = compressIndexFiles(new Map<string, string | Uint8Array>([['b/0.bin', new Uint8Array(64)], ['index.json', '{}']]), gzipIndexFile);
    expect((files.get('b/0.bin') as Uint8Array)[0]).toBe(0x1f);
    expect(files.get('index.json')).toBe('{}');
  });

  it('names the file when the bytes are not gzip', async () => {
    await expect(gunzipBytes(new Uint8Array([1, 2, 3]), 'g/x.bin')).rejects.toThrow('g/x.bin is not gzip-compressed');
    await expect(gunzipBytes(new Uint8Array([0x1f, 0x8b, 3, 4]), 'g/x.bin')).rejects.toThrow('g/x.bin is damaged');
  });
});
