import { describe, expect, it } from 'vitest';
import { compactTags, shortenUtilityClasses, shortName } from './short-classes.ts';

// The shape Tailwind gives a stylesheet: layers, utilities with variants, media queries and :where().
const CSS = [
  '@layer base{a{color:blue}}',
  '@layer components{.reading p{text-indent:2em}.btn{padding:1px}}',
  '@layer utilities{',
  '.flex{display:flex}',
  '.items-center{align-items:center}',
  '.gap-2{gap:.5rem}',
  '.hover\\:underline:hover{text-decoration:underline}',
  '.aria-\\[current\\=page\\]\\:font-bold[aria-current=page]{font-weight:700}',
  '.space-y-2>:not(:last-child){margin-bottom:.5rem}',
  '.btn-like:where(.flex){color:red}',
  '@media (min-width:40rem){.sm\\:grid-cols-2{grid-template-columns:repeat(2,minmax(0,1fr))}}',
  '@media print{.print\\:hidden{display:none}}',
  '.btn.gap-2{gap:1rem}',
  ':is(:where(.group):hover .group-hover\\:underline){text-decoration:underline}',
  '.bg-mark,.bg-mark\\/40{background:yellow}',
  '.\\32xl\\:p-4{padding:1rem}',
  '[data-x="a.b"] .flex{color:red}',
  '}',
].join('');

describe('short names', () => {
  it('are distinct, start with an upper-case letter and grow slowly', () => {
    const names = Array.from({ length: 5000 }, (_, n) => shortName(n));
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[A-Z][A-Za-z0-9]*$/u.test(name))).toBe(true);
    expect(names.slice(0, 26).every((name) => name.length === 1)).toBe(true);
    expect(names[4999]!.length).toBe(3);
    expect(names.slice(26, 26 * 63).every((name) => name.length === 2)).toBe(true);
  });
});

describe('shortenUtilityClasses', () => {
  const { css, names } = shortenUtilityClasses(CSS, (name) => (name === 'gap-2' ? 10 : 0));

  it('names every utility and no component class', () => {
    expect([...names.keys()].sort()).toEqual(
      ['2xl:p-4', 'aria-[current=page]:font-bold', 'bg-mark', 'bg-mark/40', 'btn-like', 'flex', 'gap-2', 'hover:underline', 'items-center', 'print:hidden', 'sm:grid-cols-2', 'space-y-2'].sort(),
    );
    expect(names.has('btn')).toBe(false);
    expect(names.has('reading')).toBe(false);
    // Named together with another class in one selector: left as they are.
    expect(names.has('group')).toBe(false);
    expect(names.has('group-hover:underline')).toBe(false);
    // The heaviest gets the first name; the rest follow by name.
    expect(names.get('gap-2')).toBe('A');
    expect(names.get('2xl:p-4')).toBe('B');
    expect(names.get('aria-[current=page]:font-bold')).toBe('C');
    expect(names.get('bg-mark')).toBe('D');
  });

  it('keeps every long selector and adds its short twin, with variants, media queries and nested selectors', () => {
    const flex = names.get('flex')!;
    const hover = names.get('hover:underline')!;
    const aria = names.get('aria-[current=page]:font-bold')!;
    const space = names.get('space-y-2')!;
    const sm = names.get('sm:grid-cols-2')!;
    const print = names.get('print:hidden')!;
    const btnLike = names.get('btn-like')!;
    const gap = names.get('gap-2')!;
    expect(css).toContain(`.flex,.${flex}{display:flex}`);
    expect(css).toContain(`.hover\\:underline:hover,.${hover}:hover{`);
    expect(css).toContain(`.${aria}[aria-current=page]{`);
    expect(css).toContain(`.space-y-2>:not(:last-child),.${space}>:not(:last-child){`);
    expect(css).toContain(`@media (min-width:40rem){.sm\\:grid-cols-2,.${sm}{`);
    expect(css).toContain(`@media print{.print\\:hidden,.${print}{display:none}}`);
    expect(css).toContain(`.\\32xl\\:p-4,.${names.get('2xl:p-4')}{`);
    // A dot inside a quoted attribute value is not a class.
    expect(css).toContain(`[data-x="a.b"] .flex,[data-x="a.b"] .${flex}{`);
    expect(css).toContain(`.btn-like:where(.flex),.${btnLike}:where(.${flex}){`);
    // A component class next to a utility keeps its name in the twin.
    expect(css).toContain(`.btn.gap-2,.btn.${gap}{`);
    expect(css).toContain(`.bg-mark,.bg-mark\\/40,.D,.${names.get('bg-mark/40')}{`);
    expect(css).toContain(':is(:where(.group):hover .group-hover\\:underline){');
    // Nothing but the twins changed: take them out and it is the stylesheet it was.
    const twins = new RegExp(`,[^,{}]*\\.(?:${[...names.values()].join('|')})(?![\\w-])[^,{}]*(?=[,{])`, 'gu');
    expect(css.replace(twins, '')).toBe(CSS);
  });

  it('gives the same names for the same stylesheet', () => {
    expect([...shortenUtilityClasses(CSS, (name) => (name === 'gap-2' ? 10 : 0)).names]).toEqual([...names]);
  });
});

describe('compactTags', () => {
  const names = new Map([
    ['flex', 'A'],
    ['items-center', 'B'],
    ['print:hidden', 'C'],
  ]);

  it('renames the utilities in class attributes and leaves other classes as they are', () => {
    const html = '<div class="flex items-center reading"><p class="print:hidden">x</p><span id="flex" class="">y</span></div>';
    expect(compactTags(html, names)).toBe('<div class="A B reading"><p class="C">x</p><span id="flex" class="">y</span></div>');
  });

  it('never touches text or a script, even where they spell a class attribute', () => {
    const html = '<p class="flex">本报讯 class="flex" 不是属性</p><script type="application/ld+json">{"x":"<b class=\\"flex\\">"}</script><pre>&lt;i class="flex"&gt;</pre>';
    expect(compactTags(html, names)).toBe(
      '<p class="A">本报讯 class="flex" 不是属性</p><script type="application/ld+json">{"x":"<b class=\\"flex\\">"}</script><pre>&lt;i class="flex"&gt;</pre>',
    );
  });

  it('drops the data-discover react-router writes on links, in tags only', () => {
    const html = '<a href="/x" data-discover="true" class="flex">看 data-discover="true"</a>';
    expect(compactTags(html, names)).toBe('<a href="/x" class="A">看 data-discover="true"</a>');
  });

  it('reads a class attribute after other attributes, and in a tag the app wrote on several lines', () => {
    const html = '<a href="/x" aria-current="page"\n  class="flex\n print:hidden">x</a>';
    expect(compactTags(html, names)).toBe('<a href="/x" aria-current="page"\n  class="A C">x</a>');
  });
});
