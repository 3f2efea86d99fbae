import { Fragment } from 'react';
import { useScript } from '../../script/lib/script-context.ts';
import { markedSegments } from '../lib/marked-segments.ts';

/** Text with the search hits in `<mark>`, as React elements, in the reader's 字形: whatever the text holds, it is only ever text. */
export function Marked({ text, marks }: { text: string; marks: readonly (readonly [number, number])[] }) {
  const { convert, lang } = useScript();
  const runs = markedSegments(text, marks, convert).map((segment, index) =>
    segment.mark ? (
      <mark key={index} className="rounded-sm bg-mark px-0.5 text-ink">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
  return lang ? <span lang={lang}>{runs}</span> : runs;
}
