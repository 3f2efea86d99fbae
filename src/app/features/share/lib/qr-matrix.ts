import qrcode from 'qrcode-generator';

/**
 * The QR code of a text as rows of dark (true) and light modules, computed here: no image service
 * ever sees what the reader shares. Level M survives a little smudge on a printed or filmed screen.
 */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** An SVG path of the dark modules, one unit square each, offset by the quiet zone `margin`. */
export function qrPath(matrix: readonly (readonly boolean[])[], margin: number): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + margin} ${y + margin}h1v1h-1z`);
    });
  });
  return parts.join('');
}
