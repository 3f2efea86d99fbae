import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependenciesVersion, sourceVersion } from './source-version.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-source-version-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const files = {
  'parse/page.ts': "import { rule } from './rule.ts';\nimport type { T } from '../types.ts';\nexport const page = rule;",
  'parse/rule.ts': "export { more } from './more.ts';\nexport const rule = 1;",
  'parse/more.ts': 'export const more = 2;',
  'parse/page.test.ts': "import { page } from './page.ts';",
  'types.ts': 'export type T = 1;',
  'unrelated.ts': 'export const x = 1;',
};

describe('sourceVersion', () => {
  it('changes with any module the entry imports, directly or not, and with nothing else', () => {
    const base = sourceVersion(join(tree(files), 'parse/page.ts'));
    expect(sourceVersion(join(tree(files), 'parse/page.ts'))).toBe(base);
    expect(sourceVersion(join(tree({ ...files, 'parse/more.ts': 'export const more = 3;' }), 'parse/page.ts'))).not.toBe(base);
    expect(sourceVersion(join(tree({ ...files, 'types.ts': 'export type T = 2;' }), 'parse/page.ts'))).not.toBe(base);
    expect(sourceVersion(join(tree({ ...files, 'unrelated.ts': 'export const x = 2;' }), 'parse/page.ts'))).toBe(base);
    expect(sourceVersion(join(tree({ ...files, 'parse/page.test.ts': '// edited' }), 'parse/page.ts'))).toBe(base);
  });

  it('follows dynamic and side-effect imports', () => {
    const dynamic = { 'a.ts': "import './b.ts';\nconst c = import('./c.ts');", 'b.ts': 'b', 'c.ts': 'c' };
    const base = sourceVersion(join(tree(dynamic), 'a.ts'));
    expect(sourceVersion(join(tree({ ...dynamic, 'b.ts': 'b2' }), 'a.ts'))).not.toBe(base);
    expect(sourceVersion(join(tree({ ...dynamic, 'c.ts': 'c2' }), 'a.ts'))).not.toBe(base);
  });
});

describe('dependenciesVersion', () => {
  it('changes with the lock file, and is a version without one', () => {
    const a = join(tree({ 'package-lock.json': '{"packages":{"a":"1.0.0"}}' }), 'package-lock.json');
    const b = join(tree({ 'package-lock.json': '{"packages":{"a":"1.0.1"}}' }), 'package-lock.json');
    expect(dependenciesVersion(a)).toBe(dependenciesVersion(a));
    expect(dependenciesVersion(a)).not.toBe(dependenciesVersion(b));
    expect(dependenciesVersion(join(tree({}), 'package-lock.json'))).toMatch(/^none:/u);
  });
});
