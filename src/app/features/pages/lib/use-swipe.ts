import { useEffect, useRef, type RefObject } from 'react';
import { isTypingTarget } from '../../search/lib/use-search-shortcuts.ts';
import { swipeOf, type SwipeDirection } from './swipe.ts';

/** Whether the stroke began on something that scrolls sideways itself (版面导航's row of pages). */
function inSidewaysScroller(target: EventTarget | null, root: HTMLElement): boolean {
  for (let node = target instanceof Element ? target : null; node && node !== root; node = node.parentElement) {
    if (node.scrollWidth > node.clientWidth && /auto|scroll/u.test(getComputedStyle(node).overflowX)) return true;
  }
  return false;
}

/** Text the reader is selecting (a long press, then dragging the handles) is not a swipe. */
function selecting(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * Calls `on.left` or `on.right` when one finger swipes across `ref`'s element. Touch events, not
 * pointer events: once the browser takes a stroke for scrolling it cancels the pointer, while
 * touches are still reported. Listeners are passive, so scrolling never waits for them. Not taken:
 * two fingers (a pinch), a zoomed-in page (the finger pans it), strokes that start in a field
 * or a sideways-scrolling list, and strokes that select text.
 */
export function useSwipe(ref: RefObject<HTMLElement | null>, on: Partial<Record<SwipeDirection, () => void>>): void {
  const current = useRef(on);
  current.current = on;
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let start: { x: number; y: number; t: number } | undefined;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      const zoomed = (window.visualViewport?.scale ?? 1) > 1.01;
      start =
        event.touches.length === 1 && touch && !zoomed && !isTypingTarget(event.target) && !inSidewaysScroller(event.target, root)
          ? { x: touch.clientX, y: touch.clientY, t: event.timeStamp }
          : undefined;
    };
    const onMove = (event: TouchEvent) => {
      if (event.touches.length > 1) start = undefined;
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      const from = start;
      start = undefined;
      if (!from || !touch || event.touches.length > 0 || selecting()) return;
      const direction = swipeOf({ dx: touch.clientX - from.x, dy: touch.clientY - from.y, ms: event.timeStamp - from.t });
      if (direction) current.current[direction]?.();
    };
    const onCancel = () => {
      start = undefined;
    };
    const options = { passive: true };
    root.addEventListener('touchstart', onStart, options);
    root.addEventListener('touchmove', onMove, options);
    root.addEventListener('touchend', onEnd, options);
    root.addEventListener('touchcancel', onCancel, options);
    return () => {
      root.removeEventListener('touchstart', onStart);
      root.removeEventListener('touchmove', onMove);
      root.removeEventListener('touchend', onEnd);
      root.removeEventListener('touchcancel', onCancel);
    };
  }, [ref]);
}
