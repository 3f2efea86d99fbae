import { test as base, expect } from '@playwright/test';

/**
 * Every spec fails on a console error or an uncaught exception: hydration mismatches,
 * CSP violations and failed requests all show up there.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /**
   * `page.goto` and `page.reload` return once the app has taken over the prerendered page. The page reads before
   * that (its scripts load after the first paint), but a click on a link then is a plain navigation
   * to the static file, not the app's, and a key press does nothing yet.
   */
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const untilHydrated = async (response: import('@playwright/test').Response | null) => {
        if (response && /text\/html/u.test(response.headers()['content-type'] ?? '') && (await page.locator('script[data-modules]').count()) > 0) await hydrated(page);
        return response;
      };
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => untilHydrated(await goto(url, options));
      page.reload = async (options) => untilHydrated(await reload(options));
    }
    await use(page);
  },
  /** Console errors a test causes on purpose (a failing request it set up). */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // A 404 for an unknown id is what those tests ask for; the browser logs the failed resource.
        const text = message.text();
        if (message.type() === 'error' && !/status of 404/u.test(text) && !allowedConsoleErrors.some((allowed) => allowed.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Chinese punctuation as the reader displays it (the app's own function is what the unit tests cover). */
export { toChinesePunctuation as zh } from '../src/app/lib/punctuation.ts';
export { itemTitle } from '../src/app/features/articles/lib/item-title.ts';

/** Waits until the app has hydrated the prerendered page, so its buttons and forms respond. */
export async function hydrated(page: import('@playwright/test').Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
