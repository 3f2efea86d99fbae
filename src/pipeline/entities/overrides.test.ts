import { describe, expect, it } from 'vitest';
import type { Entity } from '../../contract/bundle.ts';
import { formatProblem } from '../errors.ts';
import { parseEntityOverrides, unusedOverrides } from './overrides.ts';

const FILE = 'entities.json';
const titles = (json: unknown) => parseEntityOverrides(json, FILE).problems.map(formatProblem);

describe('parseEntityOverrides', () => {
  it('accepts a full file and keeps its entries', () => {
    const json = {
      $comment: 'fixes for the October pages',
      aliases: { 中讯: '中讯半导体(江苏)有限公司' },
      corrections: { 恽淇丞: { roles: ['区长'] }, 今创: { kind: 'enterprise', name: '今创集团' } },
      ignore: ['高新区'],
      add: [{ name: '天合光能', kind: 'enterprise' }],
    };
    const { overrides, problems } = parseEntityOverrides(json, FILE);
    expect(problems).toEqual([]);
    expect(overrides.aliases).toEqual({ 中讯: '中讯半导体(江苏)有限公司' });
    expect(overrides.corrections?.['今创']).toEqual({ kind: 'enterprise', name: '今创集团' });
    expect(overrides.add).toEqual([{ name: '天合光能', kind: 'enterprise' }]);
  });

  it('treats a missing file as no overrides', () => {
    expect(parseEntityOverrides(undefined, FILE)).toEqual({ overrides: {}, problems: [] });
  });

  it('names the file and the entry of each problem', () => {
    const problems = titles({
      aliases: { 中讯: 3 },
      corrections: { 盛蕾: {}, 王立: { kind: 'company' } },
      add: [{ name: ' ', kind: 'person' }],
      extra: true,
    });
    expect(problems).toHaveLength(5);
    expect(problems.every((p) => p.startsWith('entities.json: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('entities.json: aliases["中讯"]: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('entities.json: corrections["盛蕾"]: a correction needs'))).toBe(true);
    expect(problems.some((p) => p.startsWith('entities.json: corrections["王立"].kind: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('entities.json: add[0].name: a name cannot be empty'))).toBe(true);
    expect(problems.some((p) => p.includes('"extra"'))).toBe(true);
  });

  it('rejects a file that is not an object', () => {
    expect(titles([1, 2])).toEqual([expect.stringContaining('entities.json: the file must hold a JSON object')]);
  });

  it('rejects entries that contradict each other, and sets the file aside', () => {
    expect(titles({ aliases: { 中讯: '中讯半导体', 中讯半导体: '中讯半导体(江苏)有限公司' } })).toEqual([
      expect.stringContaining('aliases["中讯"]: target "中讯半导体" is not a full name: it is itself an alias'),
    ]);
    expect(titles({ ignore: ['高新区'], aliases: { 高新: '高新区' } })).toEqual([
      expect.stringContaining('aliases["高新"]: target "高新区" is listed in ignore'),
    ]);
    expect(titles({ add: [{ name: 'A公司', kind: 'enterprise' }, { name: 'A公司', kind: 'enterprise' }] })).toEqual([
      expect.stringContaining('add[1]: "A公司" (enterprise) is added twice'),
    ]);
    const bad = parseEntityOverrides({ ignore: ['X'], corrections: { X: { kind: 'person' } } }, FILE);
    expect(bad.problems.map((p) => p.severity)).toEqual(['error']);
    expect(bad.overrides).toEqual({});
  });

  it('compares names after NFKC, so either bracket width is the same name', () => {
    expect(titles({ ignore: ['毫厘科技（常州）有限公司'], aliases: { 毫厘: '毫厘科技(常州)有限公司' } })).toHaveLength(1);
  });
});

describe('unusedOverrides', () => {
  const entity: Entity = { id: 'person-sheng-lei', kind: 'person', name: '盛蕾', roles: [], aliases: [], mentions: [] };

  it('warns of aliases and corrections that match no entity', () => {
    const problems = unusedOverrides(
      { aliases: { 中讯: '中讯半导体(江苏)有限公司', 盛市长: '盛蕾' }, corrections: { 盛蕾: { roles: ['市长'] }, 无名: { kind: 'person' } } },
      [entity],
      FILE,
    );
    expect(problems.map((p) => [p.severity, p.title])).toEqual([
      ['warning', 'aliases["中讯"]: target "中讯半导体(江苏)有限公司" is not an entity of any page'],
      ['warning', 'corrections["无名"]: "无名" was not found on any page'],
    ]);
  });
});
