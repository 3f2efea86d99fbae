import { frontArticles } from './bundle.ts';
import { expect, test } from './fixtures.ts';

// Screenshots of every kind of route on a desktop and a phone, to look at (test-results/screenshots/).
const lead = frontArticles[0]!;
const photo = frontArticles.find((article) => article.kind === 'photo') ?? lead;
const shots = [
  ['front', './'],
  ['article', `article/${lead.id}`],
  ['photo', `article/${photo.id}`],
  ['not-found', 'no/such/page'],
  ['search', 'search?q=%E7%9B%9B%E8%95%BE'],
] as const;

for (const [viewportName, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 360, height: 740 }],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots ${viewportName} ${theme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      for (const [name, path] of shots) {
        await page.goto(path);
        await expect(page.locator('h1')).toHaveCount(1);
        await page.screenshot({ path: `test-results/screenshots/${viewportName}-${theme}-${name}.png`, fullPage: true });
      }
    });
  }
}
