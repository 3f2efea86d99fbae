import { lazy, Suspense, useEffect, useId, useState } from 'react';

const QrCode = lazy(() => import('./QrCode.tsx'));

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
            <Suspense fallback={<p className="text-sm text-muted">正在生成二维码…</p>}>
              <QrCode url={qrUrl} />
            </Suspense>
            <p className="text-sm text-muted">用手机扫码打开本文</p>
          </>
        )}
      </div>
    </div>
  );
}
