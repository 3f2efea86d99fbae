import { useEffect, type RefObject } from 'react';

/** Typing in a field (another input, a textarea, an editable region) keeps its keys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'reset', 'submit', 'range', 'color', 'file'].includes(target.type);
}

/** Whether a key press asks for the search box: `/`, or Ctrl+K (⌘K on a Mac). */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  if (event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** `/` and Ctrl/Cmd+K focus the search box, as on most sites with search, unless the reader is typing elsewhere. */
export function useSearchShortcuts(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !isSearchShortcut(event)) return;
      const box = input.current;
      if (!box || (event.target !== box && isTypingTarget(event.target))) return;
      // In the box itself `/` is a character to type; Ctrl+K would otherwise open the browser's own search.
      if (event.target === box && event.key === '/') return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
