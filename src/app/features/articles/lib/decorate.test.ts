import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChinesePunctuation } from '../../../lib/punctuation.ts';
import { createConverter } from '../../script/lib/opencc.ts';
import { decorateText, printedFormsHighlight, segmentsText, type LinkTarget, type Segment } from './decorate.ts';
import { searchHighlight } from './highlight.ts';

const sheng: LinkTarget = { entityId: 'sheng', forms: ['盛蕾'] };
const zhongxun: LinkTarget = { entityId: 'zx', forms: ['中讯半导体(江苏)有限公司', '中讯半导体'] };
// A search's terms, as an article opened from a hit marks them.
const terms = (q: string) => searchHighlight(q);

/** The segments as a compact string: [entity:…] for links, <…> for marks. */
function show(segments: readonly Segment[]): string {
  const inner = (s: { kind: string; text: string }) => (s.kind === 'mark' ? `<${s.text}>` : s.text);
  return segments.map((s) => (s.kind === 'entity' ? `[${s.entityId}:${s.children.map(inner).join('')}]` : inner(s))).join('');
}

describe('decorateText', () => {
  it('gives the text as one plain segment when there is nothing to decorate', () => {
    expect(decorateText('市长来我区调研')).toEqual([{ kind: 'plain', text: '市长来我区调研' }]);
    expect(decorateText('')).toEqual([]);
  });

  it('links only the first mention of each entity in the text', () => {
    const segments = decorateText('市长盛蕾来我区。盛蕾强调,盛蕾指出', { links: [sheng] });
    expect(show(segments)).toBe('市长[sheng:盛蕾]来我区。盛蕾强调，盛蕾指出');
    expect(segments.filter((s) => s.kind === 'entity')).toHaveLength(1);
  });

  it('matches a name printed with other bracket widths and links its alias too', () => {
    expect(show(decorateText('走访中讯半导体（江苏）有限公司', { links: [zhongxun] }))).toBe('走访[zx:中讯半导体（江苏）有限公司]');
    expect(show(decorateText('中讯半导体主要从事', { links: [zhongxun] }))).toBe('[zx:中讯半导体]主要从事');
  });

  it('prefers the longer form where two start together and never overlaps links', () => {
    const short: LinkTarget = { entityId: 'short', forms: ['中讯'] };
    expect(show(decorateText('中讯半导体(江苏)有限公司与中讯合作', { links: [short, zhongxun] }))).toBe(
      '[zx:中讯半导体（江苏）有限公司]与[short:中讯]合作',
    );
  });

  it('marks every occurrence of every term, and hits inside a link stay inside it', () => {
    const segments = decorateText('中讯半导体(江苏)有限公司是半导体企业', { links: [zhongxun], highlight: terms('半导体 江苏') });
    expect(show(segments)).toBe('[zx:中讯<半导体>（<江苏>）有限公司]是<半导体>企业');
  });

  it('matches terms in the normalized form: full width, case and traditional characters', () => {
    expect(show(decorateText('ＡＢＣ公司與abc', { highlight: terms('abc') }))).toBe('<ＡＢＣ>公司與<abc>');
    expect(show(decorateText('半導體', { highlight: terms('半导体') }))).toBe('<半導體>');
  });

  it('links and marks printed forms without the search\'s script folding, which stays out of the article view', () => {
    expect(show(decorateText('ＡＢＣ公司與abc', { highlight: printedFormsHighlight(['abc']) }))).toBe('<ＡＢＣ>公司與<abc>');
    expect(show(decorateText('半導體', { highlight: printedFormsHighlight(['半导体']) }))).toBe('半導體');
    expect(show(decorateText('盛蕾(市长)', { links: [{ entityId: 'sheng', forms: ['盛 蕾'] }] }))).toBe('[sheng:盛蕾]（市长）');
  });

  it('keeps Latin and numeric punctuation half width and converts Chinese context around links', () => {
    expect(show(decorateText('盛蕾(市长)于10:30到达,共1,000人', { links: [sheng] }))).toBe('[sheng:盛蕾]（市长）于10:30到达，共1,000人');
  });

  it('cuts to a range without losing the marks inside it', () => {
    const text = '一二三四五盛蕾六七八九十';
    expect(show(decorateText(text, { highlight: terms('盛蕾'), range: [3, 9] }))).toBe('四五<盛蕾>六七');
    expect(show(decorateText(text, { highlight: terms('盛蕾'), range: [6, 9] }))).toBe('<蕾>六七');
  });

  it('shows exactly the display text of the whole string, whatever is linked or marked', () => {
    const alphabet = fc.constantFrom(...'盛蕾中讯半导体(江苏)有限公司,:;?!()ab1 0（）、。'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')), fc.array(fc.constantFrom('盛蕾', '半导体', '(', 'a', '江苏'), { maxLength: 3 }), (text, query) => {
        const display = toChinesePunctuation(text);
        // The conversion is char for char: the offsets of the printed text are those of the displayed one.
        expect(display.length).toBe(text.length);
        const segments = decorateText(text, { links: [sheng, zhongxun], highlight: terms(query.join(' ')) });
        expect(segmentsText(segments)).toBe(display);
        const linked = segments.flatMap((s) => (s.kind === 'entity' ? [s.entityId] : []));
        expect(new Set(linked).size).toBe(linked.length);
      }),
    );
  });

  describe('in 繁體', () => {
    const tw = createConverter('tw');

    it('marks what a query in either script finds, on the converted characters', () => {
      for (const query of ['头发', '頭髮', '髮']) {
        const segments = decorateText('市长剪了头发,去了理发店', { highlight: terms(query), convert: tw });
        expect(segmentsText(segments)).toBe('市長剪了頭髮，去了理髮店');
      }
      expect(show(decorateText('市长剪了头发,去了理发店', { highlight: terms('髮'), convert: tw }))).toBe('市長剪了頭<髮>，去了理<髮>店');
    });

    it('links an entity in converted text where it was printed', () => {
      expect(show(decorateText('市长盛蕾来我区调研', { links: [sheng], convert: tw }))).toBe('市長[sheng:盛蕾]來我區調研');
    });
  });
});
