import { useEffect, useState } from 'react';

/**
 * Whether `ready` has been true through a painted frame (and stays true after): for requests that
 * follow a result on screen and must not hold its paint up. A request started before that paint
 * competes with it for the network and, in a page-load audit, counts as what the paint waited for.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before the paint; the task it queues runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
