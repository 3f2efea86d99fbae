import { Fragment } from 'react';
import { markedSegments } from '../lib/marked-segments.ts';

/** Text with the search hits in `<mark>`, as React elements: whatever the text holds, it is only ever text. */
export function Marked({ text, marks }: { text: string; marks: readonly (readonly [number, number])[] }) {
  return (
    <>
      {markedSegments(text, marks).map((segment, index) =>
        segment.mark ? (
          <mark key={index} className="rounded-sm bg-mark px-0.5 text-ink">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
