import { columns, pages } from './bundle.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

const articles = pages.flatMap((chunk) => chunk.articles);
// The fixtures print one column across two days as a tag closing one headline and opening another.
const tagged = columns.find((chunk) => chunk.items.length > 1 && chunk.items.every((item) => articles.find((article) => article.id === item.id)?.columnTag));

test('the fixtures have a headline column tag on two days', () => {
  expect(tagged, 'a column of headline tags').toBeDefined();
  expect(new Set(tagged!.items.map((item) => item.date)).size).toBeGreaterThan(1);
});

test('a column page lists its items newest first, with date and 版, each linked', async ({ page }) => {
  const { column, items } = tagged!;
  await page.goto(`column/${column.id}`);
  await expect(page.locator('h1')).toHaveText(column.label);
  const list = page.getByRole('region', { name: /本栏目稿件/u }).getByRole('listitem');
  await expect(list).toHaveCount(items.length);
  const dates = items.map((item) => item.date!);
  expect([...dates].sort().reverse()).toEqual(dates);
  for (const [index, item] of items.entries()) {
    const [year, month, day] = item.date!.split('-').map(Number);
    await expect(list.nth(index)).toContainText(`${year}年${month}月${day}日 · 第${item.number}版`);
    await expect(list.nth(index).getByRole('link')).toHaveAttribute('href', `/dubao/article/${item.id}`);
  }
});

// Articles are prerendered; column pages are rendered in the browser.
test.describe('栏目 links without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an item links its column, and the headline keeps its tag as printed', async ({ page }) => {
    for (const chunk of columns) {
      const article = articles.find((candidate) => candidate.id === chunk.items[0]!.id)!;
      await page.goto(`article/${article.id}`);
      if (article.columnTag) await expect(page.locator('h1')).toHaveText(zh(article.headline));
      const link = page.getByRole('main').getByRole('link', { name: new RegExp(`^${chunk.column.label}`, 'u') }).first();
      await expect(link).toHaveAttribute('href', `/dubao/column/${chunk.column.id}`);
    }
  });
});

test('a page links an item’s 栏目 to the column page, in the app', async ({ page }) => {
  const { column, items } = tagged!;
  await page.goto(`page/${items[0]!.pageId}`);
  await hydrated(page);
  await page.getByRole('main').getByRole('link', { name: new RegExp(`^${column.label}`, 'u') }).first().click();
  await expect(page).toHaveURL(new RegExp(`/column/${column.id}$`, 'u'));
  for (const item of items) await expect(page.getByRole('link', { name: zh(itemTitle(item)) })).toBeVisible();
});
