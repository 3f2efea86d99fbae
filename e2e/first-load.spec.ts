import { frontArticles } from './bundle.ts';
import { expect, test } from './fixtures.ts';

test('the page paints before any of the app\'s scripts is fetched (only its small async loader), then the app loads and hydrates', async ({ page }) => {
  await page.goto('./');
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const loader = document.querySelector<HTMLScriptElement>('script[data-modules][src]');
    const scripts = resources.filter((entry) => entry.name.endsWith('.js') && entry.name !== loader?.src);
    const stylesheet = resources.find((entry) => entry.name.endsWith('.css'));
    return {
      paint,
      firstScript: Math.min(...scripts.map((entry) => entry.startTime)),
      scripts: scripts.length,
      stylesheet: stylesheet?.startTime,
      loaderBytes: resources.find((entry) => entry.name === loader?.src)?.decodedBodySize,
      loaderAsync: loader?.async,
    };
  });
  expect(timing.paint, 'a first contentful paint').toBeGreaterThan(0);
  expect(timing.scripts).toBeGreaterThan(1);
  expect(timing.firstScript).toBeGreaterThanOrEqual(timing.paint!);
  expect(timing.stylesheet).toBeLessThan(timing.firstScript);
  // The loader: one small file that holds back no paint (async), named by every page but the search page.
  expect(timing.loaderAsync).toBe(true);
  expect(timing.loaderBytes).toBeGreaterThan(0);
  expect(timing.loaderBytes).toBeLessThan(2048);
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

test('the prerendered page is hydrated where it is, the page first and its regions after it', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = { order: [] as string[], kept: [] as Element[] };
    (window as unknown as { hydration: typeof seen }).hydration = seen;
    // Where each event handler is attached, in the order they are: hydrating a part gives it its handlers.
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      const region = this instanceof Element ? this.closest('#root header, #root .reading, #root main, #root aside, #root footer') : null;
      if (region) seen.order.push(region.classList.contains('reading') ? 'reading' : region.tagName.toLowerCase());
      return add.apply(this, args);
    };
    document.addEventListener('DOMContentLoaded', () => {
      seen.kept = [...document.querySelectorAll('#root header, #root main, #root aside, #root footer, #root .reading, #root h1')];
    });
  });
  await page.goto('./');
  // An article opened as a reader opens it from outside: a full load of its prerendered HTML.
  const articleHref = await page.locator('main a[href*="/article/"]').first().getAttribute('href');
  await page.goto(articleHref!);
  await expect(page.locator('html[data-hydrated]')).toBeAttached();
  const seen = await page.evaluate(() => {
    const { order, kept } = (window as unknown as { hydration: { order: string[]; kept: Element[] } }).hydration;
    return { order: order.filter((region, at) => region !== order[at - 1]), kept: kept.length, stillThere: kept.filter((element) => element.isConnected).length };
  });
  // The markup the browser parsed is the markup the app took over: nothing re-created.
  expect(seen.kept).toBeGreaterThanOrEqual(6);
  expect(seen.stillThere).toBe(seen.kept);
  // In one pass the header would come first (document order). The page's frame and the article's
  // breadcrumb come first, then the header, the article's text and the sidebar, each on its own.
  expect(seen.order.slice(0, 4)).toEqual(['main', 'header', 'reading', 'aside']);
  await expect(page.getByRole('searchbox').first()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  // What the app adds once it runs (the article's buttons, the search hits, their count and page
  // names) goes where room was kept for it: nothing a reader sees moves.
  for (const [route, path] of [
    ['the front page', './'],
    ['an article', `article/${frontArticles[0]!.id}`],
    ['the search page', 'search/?q=%E6%8A%A5'],
  ] as const) {
    test(`${route} does not shift while the app takes over`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      if (path.startsWith('search')) await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible();
      // The count and the page names come after the hits' paint.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    });
  }
});
