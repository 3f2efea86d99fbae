import { useMemo } from 'react';
import { qrMatrix, qrPath } from '../lib/qr-matrix.ts';

const QUIET_ZONE = 4;

/** The QR code of `url` as SVG; its own chunk, so the encoder loads only when a reader asks for a code. */
export default function QrCode({ url }: { url: string }) {
  const matrix = useMemo(() => qrMatrix(url), [url]);
  const size = matrix.length + 2 * QUIET_ZONE;
  return (
    <svg role="img" aria-label="本文链接的二维码" viewBox={`0 0 ${size} ${size}`} width={size * 4} height={size * 4} shapeRendering="crispEdges" data-qr-url={url}>
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(matrix, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}
