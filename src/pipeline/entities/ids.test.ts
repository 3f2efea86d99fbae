import { describe, expect, it } from 'vitest';
import { idSchema } from '../../contract/bundle.ts';
import { entityIds, shortHash } from './ids.ts';

describe('entityIds', () => {
  it('reads a person\'s surname as a surname', () => {
    expect(entityIds([{ kind: 'person', name: '单雄' }])).toEqual(['person-shan-xiong']);
    expect(entityIds([{ kind: 'person', name: '吕平' }])).toEqual(['person-lv-ping']);
  });

  it('keeps Latin letters and digits and drops punctuation', () => {
    expect(entityIds([{ kind: 'enterprise', name: 'TCL科技(惠州)有限公司' }])).toEqual(['enterprise-tcl-ke-ji-hui-zhou-you-xian-gong-si']);
    expect(entityIds([{ kind: 'organization', name: '省第3安全生产巡查组' }])[0]).toBe('organization-sheng-di-3-an-quan-sheng-chan-xun-cha-zu');
  });

  it('caps very long names with a hash and stays URL-safe', () => {
    const [id = ''] = entityIds([{ kind: 'enterprise', name: '中华人民共和国江苏省常州市武进区国家高新技术产业开发区某某某某新材料科技股份有限公司' }]);
    expect(id.length).toBeLessThan(110);
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it('gives the same name in either bracket width the same id', () => {
    const [a, b] = entityIds([
      { kind: 'enterprise', name: '毫厘科技(常州)有限公司' },
      { kind: 'enterprise', name: '毫厘科技（常州）有限公司' },
    ]);
    expect(a).toBe(b);
    expect(shortHash('毫厘科技(常州)有限公司')).toBe(shortHash('毫厘科技（常州）有限公司'));
  });

  it('separates kinds sharing a name', () => {
    const [person, organization] = entityIds([
      { kind: 'person', name: '高新' },
      { kind: 'organization', name: '高新' },
    ]);
    expect(person).not.toBe(organization);
  });

  it('keeps the first name\'s id when a later one reads alike, and tells the later one apart', () => {
    const [before] = entityIds([{ kind: 'person', name: '刘奇' }]);
    const [first, later] = entityIds([
      { kind: 'person', name: '刘奇' },
      { kind: 'person', name: '刘琦' },
    ]);
    expect(first).toBe(before);
    expect(first).toBe('person-liu-qi');
    expect(later).toBe(`person-liu-qi-${shortHash('刘琦')}`);
    expect(entityIds([{ kind: 'person', name: '刘琦' }, { kind: 'person', name: '刘奇' }])).toEqual(['person-liu-qi', `person-liu-qi-${shortHash('刘奇')}`]);
  });
});
