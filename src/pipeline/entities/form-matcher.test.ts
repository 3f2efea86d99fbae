import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FormMatcher } from './form-matcher.ts';

function naive(forms: readonly string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  forms.forEach((form, index) => {
    if (form.length === 0) return;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push([index, at]);
  });
  return out;
}

function found(forms: readonly string[], text: string): [number, number][] {
  const out: [number, number][] = [];
  new FormMatcher(forms).scan(text, (index, at) => out.push([index, at]));
  return out;
}

const byPosition = (a: [number, number], b: [number, number]) => a[1] - b[1] || a[0] - b[0];

describe('FormMatcher', () => {
  it('finds nested, overlapping and repeated forms', () => {
    const forms = ['中讯', '中讯半导体', '半导体', '导体', '中讯半导体(江苏)有限公司'];
    const text = '中讯半导体(江苏)有限公司与中讯半导体';
    expect(found(forms, text).sort(byPosition)).toEqual(naive(forms, text).sort(byPosition));
    expect(found(forms, text)).toContainEqual([4, 0]);
  });

  it('finds exactly what indexOf finds, on random forms and texts', () => {
    const unit = fc.constantFrom(...'有限公司中讯半导体aab😀');
    const word = fc.array(unit, { maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(unit, { maxLength: 60 }).map((xs) => xs.join('')), (forms, text) => {
        expect(found(forms, text).sort(byPosition)).toEqual(naive(forms, text).sort(byPosition));
      }),
      { numRuns: 500 },
    );
  });
});
