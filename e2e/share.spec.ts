import jsQR from 'jsqr';
import { frontPage, manifest } from './bundle.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

const article = frontPage.articles.find((candidate) => candidate.kind === 'article')!;
const url = `${manifest.site.url}article/${article.id}`;

test('二维码 draws the article URL as a QR code in the page, which a QR reader decodes', async ({ page }) => {
  test.setTimeout(60_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`article/${article.id}`);
  await hydrated(page);
  const toggle = page.getByRole('button', { name: '二维码' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const qr = page.getByRole('img', { name: '本文链接的二维码' });
  await expect(qr).toBeVisible();
  // Rasterize the SVG as a camera would see it, and read it back in Node.
  const image = await qr.evaluate(async (svg) => {
    const modules = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const size = modules * 6;
    const img = new Image(size, size);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, size, size);
    const { data } = context.getImageData(0, 0, size, size);
    // One character a pixel, dark or light: small enough to hand to Node.
    let bits = '';
    for (let at = 0; at < data.length; at += 4) bits += data[at]! < 128 ? '1' : '0';
    return { size, bits };
  });
  const rgba = new Uint8ClampedArray(image.size * image.size * 4).fill(255);
  for (let at = 0; at < image.bits.length; at += 1) if (image.bits[at] === '1') rgba.fill(0, at * 4, at * 4 + 3);
  expect(jsQR(rgba, image.size, image.size)?.data).toBe(url);
  // Drawn here: nothing was fetched from anywhere else.
  expect(requests.filter((request) => !request.startsWith('http://127.0.0.1'))).toEqual([]);
  // 复制链接 is still there.
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
});

test('分享 opens the system share sheet where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { __shared: ShareData[] }).__shared = calls;
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (calls.push(data), Promise.resolve()), configurable: true });
  });
  await page.goto(`article/${article.id}`);
  await hydrated(page);
  await page.getByRole('button', { name: '分享', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([{ title: zh(itemTitle(article)), url }]);
});

test('without a share sheet there is no 分享 button', async ({ page }) => {
  await page.goto(`article/${article.id}`);
  await hydrated(page);
  await expect(page.getByRole('button', { name: '二维码' })).toBeVisible();
  expect(await page.evaluate(() => typeof navigator.share)).not.toBe('function');
  await expect(page.getByRole('button', { name: '分享', exact: true })).toHaveCount(0);
});
