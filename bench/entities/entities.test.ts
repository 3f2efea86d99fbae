// Invented text only: the corpus is test data that never enters the repository.
import { describe, expect, it } from 'vitest';
import type { Output } from './adapter.ts';
import { placeLabels } from './attribute.ts';
import type { GoldArticle, Label, RawArticle } from './load.ts';
import { goldGrid, labelledPages, pageText } from './pages.ts';
import { rolesSatisfy, scoreGold, scoreLabels, seedCheck, SEED_EXPECTED } from './score.ts';
import { excerpt, norm } from './text.ts';

const NB = '\u00a0';
const raw = (id: string, date: string, page: number, body: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  id,
  date,
  page,
  seq: 1,
  kicker: '',
  title: '某地召开座谈会',
  subtitle: '',
  body,
  ...extra,
});
const out = (kind: string, name: string, roles: string[] = [], aliases: string[] = []): Output => ({
  kind,
  name,
  key: norm(name),
  forms: [name, ...aliases].map(norm),
  roles,
});
const label = (fields: Partial<Label> & Pick<Label, 'kind' | 'name' | 'ok'>): Label => ({
  line: 1,
  roles: [],
  context: '',
  fix: null,
  kindFix: null,
  rolesOk: null,
  why: null,
  ...fields,
});

describe('pages', () => {
  it('lays an article out as the seed does: kicker, ## headline, subtitle, paragraphs apart, indent gone, NBSP kept', () => {
    const a = raw('x-1', '2020-03-02', 1, `\u3000\u3000本报讯${NB}${NB}（记者王小明）第一段。\n\u3000\u3000第二段。\n\u3000\u3000\n`, { kicker: '引题——', subtitle: '副题' });
    expect(pageText([a])).toBe(`引题——\n## 某地召开座谈会\n副题\n\n本报讯${NB}${NB}（记者王小明）第一段。\n\n第二段。\n`);
  });

  it('keys only pages that printed a body line, then takes every 7th from index 3', () => {
    const articles = Array.from({ length: 30 }, (_, i) => raw(`a-${i}`, '2020-03-02', i + 1, i === 1 ? '\n' : '\u3000\u3000正文。\n'));
    // page 2 printed nothing, so page 5 is the fourth key
    expect(labelledPages(articles).map((p) => p.page)).toEqual([5, 12, 19, 26]);
  });

  it('moves a gold pick past a short body without moving the grid', () => {
    const long = '长'.repeat(300);
    const articles = Array.from({ length: 400 }, (_, i) => raw(`a-${String(i).padStart(3, '0')}`, '2020-03-02', 1, i === 100 ? '短' : long));
    expect(goldGrid(articles).slice(0, 2)).toEqual(['a-101', 'a-350']);
  });
});

describe('labels', () => {
  const pages = labelledPages(
    Array.from({ length: 11 }, (_, i) => raw(`a-${i}`, '2020-03-02', i + 1, i === 3 ? '\u3000\u3000副市长王小明在某某科技有限公司调研。\n' : i === 10 ? '\u3000\u3000王小明说，另一件事。\n' : '\u3000\u3000正文。\n')),
  );

  it('are placed on the page sharing their context', () => {
    const [placed] = placeLabels([label({ kind: 'person', name: '王小明', ok: true, context: '副市长王小明在某某科技有限公司调研' })], pages);
    expect(placed?.pages).toEqual(['2020-03-02-p04']);
  });

  it('count kept, lost, still there, gone and fixed per kind', () => {
    const labels = [
      label({ kind: 'person', name: '王小明', ok: true, roles: ['副市长'], rolesOk: true }),
      label({ kind: 'enterprise', name: '在某某科技有限公司', ok: false, fix: '某某科技有限公司' }),
      label({ kind: 'enterprise', name: '某某集团', ok: true }),
      label({ kind: 'organization', name: '有关部门', ok: false }),
      label({ kind: 'person', name: '小明在', ok: false, fix: '王小明', kindFix: null }),
    ];
    const placed = labels.map((l) => ({ label: l, pages: ['p'] }));
    const outputs = [out('person', '王小明', ['副市长']), out('enterprise', '在某某科技有限公司'), out('enterprise', '某某科技有限公司'), out('organization', '某某办公室')];
    const { counts, failures } = scoreLabels(placed, () => outputs, ['p']);
    expect(counts.person).toMatchObject({ goodKept: 1, badGone: 1, rolesJudged: 1, rolesOk: 1, fixable: 0, newUnlabelled: 0 });
    expect(counts.enterprise).toMatchObject({ goodKept: 0, goodLost: 1, badStill: 1, fixed: 1, fixable: 1, outputs: 2, newUnlabelled: 0, precision: 0.5 });
    expect(counts.organization).toMatchObject({ badGone: 1, outputs: 1, newUnlabelled: 1 });
    expect(failures.map((f) => `${f.category}|${f.name}`).sort()).toEqual(['bad still there|在某某科技有限公司', 'good lost|某某集团', 'new unlabelled|某某办公室']);
  });

  it('a name printed in another kind is lost from its own, and only the kind_fix kind fixes it', () => {
    const l = label({ kind: 'person', name: '某协会', ok: false, kindFix: 'organization' });
    const { counts } = scoreLabels([{ label: l, pages: ['p'] }], () => [out('organization', '某协会')], ['p']);
    expect(counts.person).toMatchObject({ badGone: 1, badStill: 0 });
    expect(counts.organization).toMatchObject({ fixed: 1, fixable: 1 });
  });

  it('judge roles: a right list must be kept whole, a wrong one must no longer be given whole', () => {
    expect(rolesSatisfy({ roles: ['市长'], rolesOk: true }, ['市长', '主任'])).toBe(true);
    expect(rolesSatisfy({ roles: ['市长'], rolesOk: true }, [])).toBe(false);
    expect(rolesSatisfy({ roles: ['司长'], rolesOk: false }, ['副司长'])).toBe(true);
    expect(rolesSatisfy({ roles: ['书记', '校长'], rolesOk: false }, ['书记', '校长'])).toBe(false);
    expect(rolesSatisfy({ roles: ['书记', '校长'], rolesOk: false }, ['书记'])).toBe(true);
  });

  it('with a baseline, count only the unlabelled names it lacked as new', () => {
    const outputs = [out('person', '李四'), out('person', '张三')];
    const { counts, failures } = scoreLabels([], () => outputs, ['p'], new Set(['person\u0000李四', 'person\u0000赵五']));
    expect(counts.person).toMatchObject({ newUnlabelled: 2, newSinceBaseline: 1, goneSinceBaseline: 1 });
    expect(failures.map((f) => f.name)).toEqual(['张三']);
  });
});

describe('gold', () => {
  const gold: GoldArticle = {
    id: 'g',
    names: { person: ['王小明', '赵云'], enterprise: [], organization: ['某省人民政府', '某省'] },
    aliases: { 某省人民政府: ['某省政府'] },
    nestedOnly: ['某省'],
  };

  it('finds a name through either side’s aliases, flat and nested, and counts outputs matching nothing', () => {
    const outputs = [out('person', '王小明'), out('person', '赵云说'), out('organization', '某地', [], ['某省政府']), out('organization', '有关部门')];
    const { counts, failures } = scoreGold([gold], () => outputs);
    expect(counts.person).toMatchObject({ flat: { found: 1, total: 2 }, outputs: 2, correct: 1 });
    expect(counts.organization).toMatchObject({ flat: { found: 1, total: 1 }, nested: { found: 1, total: 2 }, outputs: 2, correct: 1 });
    expect(failures.filter((f) => f.category === 'gold missed').map((f) => `${f.name}|${f.note ?? ''}`)).toEqual(['赵云|', '某省|nested only']);
  });
});

describe('seed check and excerpts', () => {
  it('wants the expected names exactly', () => {
    const all = [...SEED_EXPECTED.person.map((n) => out('person', n)), ...SEED_EXPECTED.enterprise.map((n) => out('enterprise', n))];
    expect(seedCheck(all).ok).toBe(true);
    expect(seedCheck([...all, out('person', '多余')])).toMatchObject({ ok: false, extra: ['person 多余'] });
  });

  it('finds a name padded with spaces and shows the text around it on one line', () => {
    expect(excerpt(`第一行\n本报记者${NB}${NB}王${NB}${NB}小明报道`, '王小明')).toBe(`第一行 / 本报记者 [王 小明]报道`);
  });
});
