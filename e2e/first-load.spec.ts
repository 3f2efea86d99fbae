import { expect, test } from './fixtures.ts';

test('the page paints before any script is fetched, then the app loads and hydrates', async ({ page }) => {
  await page.goto('./');
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const scripts = resources.filter((entry) => entry.name.endsWith('.js'));
    const stylesheet = resources.find((entry) => entry.name.endsWith('.css'));
    return { paint, firstScript: Math.min(...scripts.map((entry) => entry.startTime)), scripts: scripts.length, stylesheet: stylesheet?.startTime };
  });
  expect(timing.paint, 'a first contentful paint').toBeGreaterThan(0);
  expect(timing.scripts).toBeGreaterThan(1);
  expect(timing.firstScript).toBeGreaterThanOrEqual(timing.paint!);
  expect(timing.stylesheet).toBeLessThan(timing.firstScript);
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
});

test('a page opened in a background tab starts the app without waiting for a paint', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    // A hidden tab runs no animation frames and reports no paint.
    window.requestAnimationFrame = () => 0;
    Object.defineProperty(window, 'PerformanceObserver', { value: undefined });
  });
  await page.goto('./');
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
});
