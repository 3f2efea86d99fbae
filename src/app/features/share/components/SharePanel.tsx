import { useEffect, useId, useMemo, useState } from 'react';
import { qrMatrix, qrPath } from '../lib/qr-matrix.ts';

const QUIET_ZONE = 4;

function QrCode({ url }: { url: string }) {
  const matrix = useMemo(() => qrMatrix(url), [url]);
  const size = matrix.length + 2 * QUIET_ZONE;
  return (
    <svg role="img" aria-label="本文链接的二维码" viewBox={`0 0 ${size} ${size}`} width={size * 4} height={size * 4} shapeRendering="crispEdges" data-qr-url={url}>
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(matrix, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}

/**
 * 分享: the system share sheet where the browser has one (phones), and a QR code of the article's
 * URL drawn here, to open it on another device. Both are client-only: the share sheet is known only
 * in the browser, and the URL needs the reader's location when no site URL is configured.
 */
export function SharePanel({ title, currentUrl }: { title: string; currentUrl: () => string }) {
  const [canShare, setCanShare] = useState(false);
  const [qrUrl, setQrUrl] = useState<string | null>(null);
  const panelId = useId();
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  const share = async () => {
    try {
      await navigator.share({ title, url: currentUrl() });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {canShare && (
          <button type="button" className="btn" onClick={() => void share()}>
            分享
          </button>
        )}
        <button type="button" className="btn" aria-expanded={qrUrl !== null} aria-controls={panelId} onClick={() => setQrUrl(qrUrl ? null : currentUrl())}>
          二维码
        </button>
      </div>
      <div id={panelId} hidden={qrUrl === null} className="grid justify-items-start gap-1">
        {qrUrl && (
          <>
            <QrCode url={qrUrl} />
            <p className="text-sm text-muted">用手机扫码打开本文</p>
          </>
        )}
      </div>
    </div>
  );
}
