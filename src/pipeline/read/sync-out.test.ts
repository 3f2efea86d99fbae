import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_FILES_LIST, syncOutput } from './sync-out.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-sync-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('syncOutput', () => {
  it('writes what differs, leaves what is the same (mtime and all), removes what is gone', () => {
    const out = folder({ 'index.html': 'same', 'page/a/index.html': 'old', 'page/gone/index.html': 'x', 'data/h/old.json': '{}' });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(out, 'index.html'), past, past);
    const staging = folder({ 'index.html': 'same', 'page/a/index.html': 'new', 'data/h/new.json': '[]' });
    expect(syncOutput(staging, out)).toEqual({ written: 2, unchanged: 1, removed: 2 });
    expect(statSync(join(out, 'index.html')).mtime).toEqual(past);
    expect(readFileSync(join(out, 'page/a/index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, 'data/h/new.json'), 'utf8')).toBe('[]');
    expect(existsSync(join(out, 'page/gone'))).toBe(false);
    expect(existsSync(join(out, 'data/h/old.json'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });

  it('counts the files the build listed as kept as produced, leaving them as they are', () => {
    const out = folder({ 'index.html': 'front', 'article/a/index.html': 'kept', 'article/b/index.html': 'gone now' });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(out, 'article/a/index.html'), past, past);
    const staging = folder({ 'index.html': 'front, new', [KEPT_FILES_LIST]: JSON.stringify(['article/a/index.html']) });
    expect(syncOutput(staging, out)).toEqual({ written: 1, unchanged: 1, removed: 1 });
    expect(readFileSync(join(out, 'article/a/index.html'), 'utf8')).toBe('kept');
    expect(statSync(join(out, 'article/a/index.html')).mtime).toEqual(past);
    expect(existsSync(join(out, 'article/b'))).toBe(false);
    // The list itself is the build's note to this step, not a file of the site.
    expect(existsSync(join(out, KEPT_FILES_LIST))).toBe(false);
  });

  it('fails, naming the file, when a file listed as kept is gone, and when the list is not one', () => {
    const out = folder({ 'index.html': 'front' });
    expect(() => syncOutput(folder({ 'index.html': 'front', [KEPT_FILES_LIST]: JSON.stringify(['article/a/index.html']) }), out)).toThrow(/article\/a\/index\.html: .*gone/u);
    expect(() => syncOutput(folder({ [KEPT_FILES_LIST]: JSON.stringify(['../outside']) }), out)).toThrow(/not a list of relative paths/u);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('front');
  });

  it('replaces a file where a folder now goes, and a folder where a file does', () => {
    const out = folder({ 'index.html': 'x', a: 'file', 'b/c': 'in a folder' });
    const staging = folder({ 'a/inside': 'now a folder', b: 'now a file' });
    syncOutput(staging, out);
    expect(readFileSync(join(out, 'a/inside'), 'utf8')).toBe('now a folder');
    expect(readFileSync(join(out, 'b'), 'utf8')).toBe('now a file');
  });

  it('refuses a folder that holds files but no site, and removes nothing from it', () => {
    const out = folder({ 'notes.txt': 'mine', 'src/app.ts': 'code' });
    const staging = folder({ 'index.html': 'x' });
    expect(() => syncOutput(staging, out)).toThrow(/no site an earlier build wrote/u);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });

  it('leaves the deployer\'s dot entries: a gh-pages checkout keeps its .git', () => {
    const out = folder({ '.git/HEAD': 'ref: refs/heads/gh-pages', '.nojekyll': '', 'index.html': 'old', 'old.html': 'gone' });
    expect(syncOutput(folder({ 'index.html': 'new' }), out)).toEqual({ written: 1, unchanged: 0, removed: 1 });
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages');
    expect(existsSync(join(out, '.nojekyll'))).toBe(true);
    expect(existsSync(join(out, 'old.html'))).toBe(false);
  });

  it('fills an output folder that does not exist yet', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dubao-sync-test-')), 'dist');
    expect(syncOutput(folder({ 'index.html': 'x' }), out)).toEqual({ written: 1, unchanged: 0, removed: 0 });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('x');
  });
});
