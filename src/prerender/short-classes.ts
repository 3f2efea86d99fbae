import postcss, { type AtRule, type Node, type Rule } from 'postcss';

/**
 * Short names for the stylesheet's utility classes in the prerendered HTML. A page's markup spells
 * its utilities in full (`items-center gap-2 border-b border-rule print:hidden`), and every page
 * repeats them: on a real archive the class attributes were more than a quarter of every HTML file.
 * The stylesheet gets a second selector for each utility rule, with short names (`.flex` becomes
 * `.flex,.Ab`), and the prerendered HTML uses the short ones; the app's code keeps the long names,
 * which the same rules still match. Hydration does not rewrite attributes (Preact leaves them as
 * they are), and an element the app renders again gets the long names, so a page is styled the same
 * whichever names an element carries.
 *
 * Only utilities are shortened (the `utilities` layer): they are presentation only. The components'
 * classes (`.reading`, `.btn`, …) stay as they are, since code and tests may find elements by them.
 */
export interface ShortClasses {
  css: string;
  /** Utility class -> its short name. */
  names: ReadonlyMap<string, string>;
}

const FIRST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REST = `${FIRST}abcdefghijklmnopqrstuvwxyz0123456789`;

/** The n-th short name: an upper-case letter first, which no utility or component class starts with. */
export function shortName(n: number): string {
  let name = FIRST[n % FIRST.length]!;
  let rest = Math.floor(n / FIRST.length);
  while (rest > 0) {
    rest -= 1;
    name += REST[rest % REST.length]!;
    rest = Math.floor(rest / REST.length);
  }
  return name;
}

/**
 * A selector's class names, each with where it is: `.` then an identifier whose characters may be
 * escaped (`.sm\:grid-cols-2`, `.\32xl\:p-4`). Quoted strings (in attribute selectors) are skipped.
 */
const SELECTOR_PART = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\.((?:[\w-]|[^\x00-\x7f]|\\[0-9a-fA-F]{1,6}[ \t\n]?|\\[^\n0-9a-fA-F])+)/gu;

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/gu;
/** Between two elements' parts of a selector (an escaped space is part of a name). */
const COMBINATOR = /(?<!\\)[\s>+~]/u;

function unescape(identifier: string): string {
  return identifier.replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n]?|([^\n]))/gu, (_escape, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : char!,
  );
}

function classesOf(selector: string): string[] {
  return [...selector.matchAll(SELECTOR_PART)].flatMap((match) => (match[1] ? [unescape(match[1])] : []));
}

function withShortNames(selector: string, names: ReadonlyMap<string, string>): string {
  return selector.replace(SELECTOR_PART, (part, identifier: string | undefined) => {
    const short = identifier && names.get(unescape(identifier));
    return short ? `.${short}` : part;
  });
}

const inUtilities = (rule: Rule) => {
  for (let parent: Node | undefined = rule.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule') {
      const atRule = parent as AtRule;
      if (atRule.name === 'layer') return atRule.params.trim() === 'utilities';
    }
  }
  return false;
};

/**
 * The stylesheet with a short-named twin of each utility rule's selector, and the names. Nothing
 * else in it changes, byte for byte. `weight(name)` orders the classes (the heaviest get the
 * shortest names); ties go by name, so the names depend only on the stylesheet and the weights.
 */
export function shortenUtilityClasses(css: string, weight: (name: string) => number = () => 0): ShortClasses {
  const root = postcss.parse(css);
  const utilities = new Set<string>();
  const elsewhere = new Set<string>();
  // Classes of two elements one selector relates (`.group:hover .group-hover\:underline`) keep their
  // names: an element the app renders again gets the long name, and a short-named parent would then
  // match its long-named child in neither selector. (One element's classes change together.)
  const related = new Set<string>();
  root.walkRules((rule) => {
    const into = inUtilities(rule) ? utilities : elsewhere;
    for (const selector of rule.selectors) {
      const classes = classesOf(selector);
      for (const name of classes) into.add(name);
      if (classes.length > 1 && COMBINATOR.test(selector.replace(QUOTED, ''))) for (const name of classes) related.add(name);
    }
  });
  const ordered = [...utilities].filter((name) => !elsewhere.has(name) && !related.has(name)).sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0));
  const names = new Map<string, string>();
  let next = 0;
  for (const name of ordered) {
    let short = shortName(next++);
    while (utilities.has(short) || elsewhere.has(short)) short = shortName(next++);
    names.set(name, short);
  }
  root.walkRules((rule) => {
    if (!inUtilities(rule)) return;
    const twin = withShortNames(rule.selector, names);
    if (twin !== rule.selector) rule.selector = `${rule.selector},${twin}`;
  });
  return { css: root.toString(), names };
}

/**
 * `html`'s tags made compact for the built site: the utilities in class attributes get their short
 * names (only names the stylesheet shortened), and links lose `data-discover`, which react-router
 * writes for the route discovery of its framework mode: this app runs it in data mode, where
 * nothing reads it (and the app's own links do without it). Only tags are touched, never text nor a
 * script's content.
 */
export function compactTags(html: string, names: ReadonlyMap<string, string>): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<[a-zA-Z][^<>]*>/gu, (tag) => {
    if (tag.startsWith('<script')) return tag;
    return tag.replace(/\sdata-discover="true"/u, '').replace(/(\sclass=")([^"]*)"/u, (_attribute, start: string, value: string) => {
      const tokens = value.split(/\s+/u).filter(Boolean);
      return `${start}${tokens.map((token) => names.get(token) ?? token).join(' ')}"`;
    });
  });
}
