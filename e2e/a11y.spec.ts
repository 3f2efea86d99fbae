import AxeBuilder from '@axe-core/playwright';
import { allRoutes } from './bundle.ts';
import { expect, test } from './fixtures.ts';

// The search page with results, filters and marks, besides its empty prerendered shell in allRoutes.
const SEARCH_WITH_RESULTS = `/search?q=${encodeURIComponent('半导')}`;

for (const theme of ['light', 'dark', 'sepia', 'contrast'] as const) {
  test(`no serious or critical axe violation on any route, ${theme} theme`, async ({ page }) => {
    test.setTimeout(30_000 + allRoutes.length * 15_000);
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
    if (theme === 'sepia' || theme === 'contrast') await page.addInitScript((stored) => localStorage.setItem('dubao:reader-settings', JSON.stringify({ theme: stored })), theme);
    for (const route of [...allRoutes, SEARCH_WITH_RESULTS]) {
      await page.goto(`.${route}`);
      await expect(page.locator('h1')).toHaveCount(1);
      if (route === SEARCH_WITH_RESULTS) await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious, `${route} (${theme})`).toEqual([]);
    }
  });
}

test('landmarks, one h1 and a skip link on the front page and an article', async ({ page }) => {
  for (const route of allRoutes.slice(0, 3)) {
    await page.goto(`.${route}`);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  }
});
