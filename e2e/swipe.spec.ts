import type { CDPSession, Page } from '@playwright/test';
import { frontPage, pages } from './bundle.ts';
import { expect, hydrated, test } from './fixtures.ts';

// The newest edition's pages in reading order: the front page first.
const edition = pages.filter((chunk) => chunk.page.date === frontPage.page.date && chunk.page.publication === frontPage.page.publication);
const [first, second] = edition.map((chunk) => chunk.page.id);

/** One finger across the screen as a phone reports it: touchStart, moves, touchEnd. */
async function stroke(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }, steps = 6): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** A point in the lead story, away from 版面导航's sideways-scrolling row of pages. */
async function inStory(page: Page): Promise<{ x: number; y: number }> {
  const heading = page.locator('main article h2').first();
  await heading.scrollIntoViewIfNeeded();
  const box = (await heading.boundingBox())!;
  return { x: 180, y: box.y + box.height / 2 };
}

test.describe('phones: swipe between 版 and 上一版/下一版 at the thumb', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a swipe left goes to 下一版, right to 上一版; short, steep or two-finger strokes do nothing', async ({ page }) => {
    expect(edition.length, 'the newest edition has several pages').toBeGreaterThan(1);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`page/${first}`);
    await hydrated(page);

    // Nothing before the first page, and a stroke that is mostly vertical or too short is a scroll.
    let at = await inStory(page);
    await stroke(cdp, at, { x: at.x + 150, y: at.y });
    await stroke(cdp, at, { x: at.x - 100, y: at.y + 120 });
    await stroke(cdp, at, { x: at.x - 40, y: at.y });
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`/page/${first}$`, 'u'));

    // Two fingers are a pinch.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at, { x: at.x + 20, y: at.y + 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: at.x - 150, y: at.y }, { x: at.x - 100, y: at.y + 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`/page/${first}$`, 'u'));

    await stroke(cdp, { x: 300, y: at.y }, { x: 120, y: at.y + 15 });
    await expect(page).toHaveURL(new RegExp(`/page/${second}$`, 'u'));
    await expect(page.getByRole('navigation', { name: '版面导航' }).locator('[aria-current="page"]')).toHaveAttribute('href', new RegExp(`/page/${second}$`, 'u'));

    at = await inStory(page);
    await stroke(cdp, { x: 60, y: at.y }, { x: 260, y: at.y - 10 });
    await expect(page).toHaveURL(new RegExp(`/page/${first}$`, 'u'));
  });

  test('selected text is not a swipe', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`page/${first}`);
    await hydrated(page);
    const at = await inStory(page);
    await page.evaluate(() => {
      const heading = document.querySelector('main article h2')!;
      document.getSelection()!.selectAllChildren(heading);
    });
    await stroke(cdp, { x: 300, y: at.y }, { x: 120, y: at.y });
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`/page/${first}$`, 'u'));
  });

  test('上一版 / 下一版 sit in a bar at the bottom that covers none of the page', async ({ page }) => {
    await page.goto(`page/${first}`);
    await hydrated(page);
    const bar = page.getByRole('navigation', { name: '翻版' });
    await expect(bar).toBeVisible();
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(740, 0);
    await expect(bar.getByText('已是第一版')).toBeVisible();
    // At the end of the page the footer ends above the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footer = (await page.locator('footer').boundingBox())!;
    expect(footer.y + footer.height).toBeLessThanOrEqual(box.y + 1);

    await bar.getByRole('link', { name: /^下一版：/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${second}$`, 'u'));
    await expect(bar.getByRole('link', { name: /^上一版：/u })).toBeVisible();
    await bar.getByRole('link', { name: /^上一版：/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${first}$`, 'u'));
  });
});

test('the bottom bar is not shown on a desktop screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`page/${first}`);
  await hydrated(page);
  await expect(page.getByRole('navigation', { name: '版面导航' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '翻版' })).toBeHidden();
});
