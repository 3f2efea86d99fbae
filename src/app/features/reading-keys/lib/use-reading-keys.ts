import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../search/lib/use-search-shortcuts.ts';
import { readingActionOf, type ReadingAction } from './reading-keys.ts';

export type ReadingKeyHandlers = Partial<Record<ReadingAction, () => void>>;

/** Runs the handler of each reading key a route offers; keys it does not handle stay the browser's. */
export function useReadingKeys(handlers: ReadingKeyHandlers): void {
  // The latest handlers, without re-subscribing on every render.
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Behind an open modal (the list of keys) the page takes no keys.
      if (document.querySelector('dialog[open]')) return;
      const action = readingActionOf({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, isComposing: event.isComposing, defaultPrevented: event.defaultPrevented, inField: isTypingTarget(event.target) });
      const handler = action && current.current[action];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
