import { allRoutes } from './bundle.ts';
import { expect, test } from './fixtures.ts';

test('no sideways scrolling on a 360px phone, on any route', async ({ page }) => {
  // One visit per route: the time grows with the fixture corpus, not with a slow page.
  test.setTimeout(30_000 + allRoutes.length * 3_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of allRoutes) {
    await page.goto(`.${route}`);
    await expect(page.locator('h1')).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});
