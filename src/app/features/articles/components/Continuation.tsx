import { Link } from 'react-router';
import type { ContinuationLink } from '../lib/continuation.ts';

/**
 * `下转第4版 →` closing a first half, `← 上接第1版` opening a second, linked to the other half.
 * Without a page to go to it is the marker as printed: `（下转第9版）`.
 */
export function ContinuationNote({ link, direction }: { link: ContinuationLink; direction: 'on' | 'from' }) {
  return (
    <p className={`continuation ${direction === 'on' ? 'continuation-on' : ''}`}>
      {link.to ? (
        <Link to={link.to} className="underline decoration-rule underline-offset-[0.3em] hover:decoration-accent">
          {direction === 'from' && <span aria-hidden="true">← </span>}
          {link.text}
          {direction === 'on' && <span aria-hidden="true"> →</span>}
        </Link>
      ) : (
        `（${link.text}）`
      )}
    </p>
  );
}

/** The marker as an e-paper sets it beside a story's excerpt: `（下转第4版）`, a link when it can be one. */
export function ContinuationMarker({ link, direction }: { link: ContinuationLink; direction: 'on' | 'from' }) {
  const marker = `（${link.text}）`;
  return (
    <p className={`continuation ${direction === 'on' ? 'continuation-on' : ''} text-sm text-muted`}>
      {link.to ? (
        <Link to={link.to} className="underline decoration-rule underline-offset-[0.3em] hover:text-accent hover:decoration-accent">
          {marker}
        </Link>
      ) : (
        marker
      )}
    </p>
  );
}
