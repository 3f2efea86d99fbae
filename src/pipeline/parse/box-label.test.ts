import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { isBoxLabel, opensWithBoxLabel } from './box-label.ts';
import { wrap } from './fixtures/wrap.ts';
import { parsePage } from './page.ts';

describe('a box label', () => {
  it('is a word or two that names no place, body or time', () => {
    expect(['速览', '数读', '来论', '身边事', '新春走基层'].filter(isBoxLabel)).toHaveLength(5);
  });

  it('is no label where it names a place, a body, a time frame or a speaker', () => {
    expect(['南湖省江城', '江城县', '市园林局', '春节期间', '前三季度', '今年起', '市长强调', '步道全线贯通了。', '老街茶馆重新开张了'].filter(isBoxLabel)).toEqual([]);
  });

  it('opens held heading lines only where none of the others carries what only a headline has', () => {
    expect(opensWithBoxLabel(['速览', '老街茶馆重新开张'])).toBe(true);
    expect(opensWithBoxLabel(['速览'])).toBe(false);
    expect(opensWithBoxLabel(['城市观察', '老街茶馆重新开张（城市观察）'])).toBe(false);
    expect(opensWithBoxLabel(['城市观察', '——老街茶馆重新开张'])).toBe(false);
  });
});

describe('in print columns', () => {
  const body = ['老街茶馆修缮一新，昨天重新迎客，几位老茶客一早就来占了靠窗的座位。', '茶馆负责人介绍，修缮保留了原有的木结构，茶具也是从老物件里挑出来的。'].flatMap((p) =>
    wrap(p, 14, '\u3000\u3000', true),
  );

  it('titles a box of briefs by its label; the brief\'s head opens the body', () => {
    const [item] = parsePage(['速览', '老街茶馆重新开张', ...body].join('\n'), 'columns.txt').items;
    expect(item).toMatchObject({ headline: '速览', subheadlines: [] });
    expect(item?.kicker).toBeUndefined();
    expect(item?.body[0]).toEqual({ kind: 'subhead', text: '老街茶馆重新开张' });
  });

  it('keeps a short place name over a headline for its 引题', () => {
    const [item] = parsePage(['江西南湖', '老街茶馆重新开张', ...body].join('\n'), 'columns.txt').items;
    expect(item).toMatchObject({ kicker: '江西南湖', headline: '老街茶馆重新开张' });
    expect(bodyTexts(item!)).toHaveLength(2);
  });

  it('leaves a page of a few short lines, which no measure shows to be columns, to the heading\'s odds', () => {
    const page = parsePage(['春风', '老街茶馆重新开张  老茶客回来了', '', '\u3000\u3000春风吹过老街', '\u3000\u3000茶香飘进小巷'].join('\n'), 'columns.txt');
    expect(page.shape.measureIsFirm).toBe(false);
    expect(page.items[0]?.body[0]?.text).not.toBe('老街茶馆重新开张  老茶客回来了');
  });
});
