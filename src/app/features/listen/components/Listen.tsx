import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import { useReadingKeys } from '../../reading-keys/lib/use-reading-keys.ts';
import type { ListenPlayerProps } from './ListenPlayer.tsx';
import { listenToggles } from './listen-toggles.ts';

// The player and the speech queue load on the first 朗读, not with every article.
const ListenPlayer = lazy(() => import('./ListenPlayer.tsx'));

/**
 * 朗读: a button (and the `n` key) that loads the player and starts reading. An article opened by
 * 朗读 going on from the previous one (`state.listen`) starts reading by itself.
 */
export function Listen(props: Omit<ListenPlayerProps, 'onClose'>) {
  const location = useLocation();
  const [on, setOn] = useState(() => (location.state as { listen?: unknown } | null)?.listen === true);
  useReadingKeys({
    listen: () => {
      if (!on) setOn(true);
      else if (!listenToggles.toggle()) setOn(true);
    },
  });
  if (!on) {
    return (
      <button type="button" className="btn print:hidden" aria-keyshortcuts="n" onClick={() => setOn(true)}>
        <span aria-hidden="true">🔊</span>
        朗读
      </button>
    );
  }
  return (
    <Suspense fallback={<p role="status" className="text-sm text-muted">正在加载朗读…</p>}>
      <ListenPlayer {...props} onClose={() => setOn(false)} />
    </Suspense>
  );
}
