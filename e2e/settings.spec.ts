import { frontArticles } from './bundle.ts';
import { expect, test } from './fixtures.ts';

const articlePath = `article/${frontArticles[0]!.id}`;

async function openSettings(page: import('@playwright/test').Page) {
  await page.getByLabel('阅读设置').click();
}

test('reader settings persist across a reload', async ({ page }) => {
  await page.goto(articlePath);
  const paragraph = page.locator('.reading p').first();
  const sizeBefore = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

  await openSettings(page);
  await page.getByRole('group', { name: '字号' }).getByText('特大').click();
  await page.getByRole('group', { name: '主题' }).getByText('护眼').click();
  await page.getByRole('group', { name: '行距' }).getByText('宽松').click();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-font-size', 'xl');
  await expect(html).toHaveAttribute('data-theme', 'sepia');
  await expect(html).toHaveAttribute('data-leading', 'loose');
  const sizeAfter = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(sizeAfter).toBeGreaterThan(sizeBefore);

  await page.reload();
  await expect(html).toHaveAttribute('data-font-size', 'xl');
  await expect(html).toHaveAttribute('data-theme', 'sepia');
  await expect(html).toHaveAttribute('data-leading', 'loose');
  expect(await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBe(sizeAfter);
  const lineHeight = await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight) / parseFloat(getComputedStyle(element).fontSize));
  expect(lineHeight).toBeCloseTo(2.1, 1);
  await openSettings(page);
  await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '护眼' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '宽松' })).toBeChecked();
});

test('the default theme follows the system', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const dark = await background();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(dark).not.toBe(light);
  // An explicit choice wins over the system.
  await openSettings(page);
  await page.getByRole('group', { name: '主题' }).getByText('深色').click();
  expect(await background()).toBe(dark);
});

test('reading typography: indented paragraphs, about 1.8 line height, a comfortable measure', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(articlePath);
  const metrics = await page.locator('.reading p').first().evaluate((element) => {
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    return { indent: parseFloat(style.textIndent) / size, leading: parseFloat(style.lineHeight) / size, measure: element.getBoundingClientRect().width / size };
  });
  expect(metrics.indent).toBeCloseTo(2, 1);
  expect(metrics.leading).toBeCloseTo(1.8, 1);
  expect(metrics.measure).toBeGreaterThanOrEqual(34);
  expect(metrics.measure).toBeLessThanOrEqual(40);
});
