import { useScript } from '../lib/script-context.ts';

/**
 * A printed text (a headline, a name, a byline) in the reader's 字形. Converted text is marked with
 * its language, so screen readers, fonts and line breaking treat it as 繁體.
 */
export function Converted({ text }: { text: string }) {
  const { convert, lang } = useScript();
  return convert ? <span lang={lang}>{convert(text)}</span> : text;
}
