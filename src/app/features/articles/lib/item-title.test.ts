import { describe, expect, it } from 'vitest';
import { itemTitle } from './item-title.ts';

describe('itemTitle', () => {
  it('uses the headline when there is one', () => {
    expect(itemTitle({ kind: 'article', headline: '区政府第34次常务会议召开', column: '要闻' })).toBe('区政府第34次常务会议召开');
  });

  it('names a photo item by its column label, else by the start of its caption', () => {
    expect(itemTitle({ kind: 'photo', headline: '', column: '重点项目进行时', caption: '市重大项目' })).toBe('重点项目进行时');
    const caption = '市重大项目今创新能源项目位于武进国家高新区,计划打造新能源智慧矿山机械项目';
    const title = itemTitle({ kind: 'photo', headline: '', caption });
    expect(title.endsWith('…')).toBe(true);
    expect(caption.startsWith(title.slice(0, -1))).toBe(true);
    expect(itemTitle({ kind: 'photo', headline: '', caption: '短说明' })).toBe('短说明');
    expect(itemTitle({ kind: 'photo', headline: '' })).toBe('图片');
  });
});
