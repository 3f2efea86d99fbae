import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath } from './qr-matrix.ts';

/** The matrix as RGBA pixels, `scale` pixels a module with a 4-module quiet zone: what a camera would see. */
function pixels(matrix: boolean[][], scale = 4) {
  const size = (matrix.length + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) {
          const at = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
          data.fill(0, at, at + 3);
        }
    }),
  );
  return { data, size };
}

describe('qrMatrix', () => {
  it('encodes the article URL so that a QR reader gets it back', () => {
    const url = 'https://news.example/reader/article/000_b8044a892ed5c8e9--4b5d32c3d3';
    const matrix = qrMatrix(url);
    expect(matrix.length % 4).toBe(1); // 21, 25, … modules a side
    const { data, size } = pixels(matrix);
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('draws one square a dark module', () => {
    expect(qrPath([[true, false], [false, true]], 2)).toBe('M2 2h1v1h-1zM3 3h1v1h-1z');
  });
});
