import { frontArticles } from './bundle.ts';
import { expect, test } from './fixtures.ts';

const articlePath = `article/${frontArticles[0]!.id}`;

async function openSettings(page: import('@playwright/test').Page) {
  await page.locator('summary', { hasText: '阅读设置' }).click();
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

test('typeface, measure, letter spacing and the high-contrast theme change the reading text, and persist', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(articlePath);
  const paragraph = page.locator('.reading p').first();
  const style = () =>
    paragraph.evaluate((element) => {
      const computed = getComputedStyle(element);
      const size = parseFloat(computed.fontSize);
      return {
        font: computed.fontFamily,
        tracking: parseFloat(computed.letterSpacing) || 0,
        measure: element.getBoundingClientRect().width / (size + (parseFloat(computed.letterSpacing) || 0)),
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
  const before = await style();
  expect(before.tracking).toBe(0);

  await openSettings(page);
  await page.getByRole('group', { name: '字体' }).getByText('楷体').click();
  await page.getByRole('group', { name: '字距' }).getByText('稍宽').click();
  await page.getByRole('group', { name: '版心宽度' }).getByText('窄', { exact: true }).click();
  await page.getByRole('group', { name: '主题' }).getByText('高对比').click();
  const after = await style();
  expect(after.font).toMatch(/Kai/u);
  expect(after.tracking).toBeGreaterThan(0);
  // Still a whole number of characters a line, however wide the letters are spaced.
  expect(after.measure).toBeCloseTo(28, 0);
  // The theme is applied after the click has been handled: poll rather than read the style of the frame the click landed in.
  await expect.poll(async () => (await style()).background).toBe('rgb(255, 255, 255)');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).color)).toBe('rgb(0, 0, 0)');

  await page.getByRole('group', { name: '字体' }).getByText('宋体').click();
  expect((await style()).font).toMatch(/Song/u);
  await page.getByRole('group', { name: '版心宽度' }).getByText('宽', { exact: true }).click();
  expect((await style()).measure).toBeLessThanOrEqual(40.5);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-typeface', 'song');
  await expect(page.locator('html')).toHaveAttribute('data-tracking', 'loose');
  await expect(page.locator('html')).toHaveAttribute('data-width', 'wide');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
});

test('body paragraphs are set per clreq in CSS, with nothing added to the text', async ({ page }) => {
  await page.goto(articlePath);
  const paragraph = page.locator('.reading p').first();
  const css = await paragraph.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      lineBreak: style.lineBreak,
      textAlign: style.textAlign,
      textWrap: style.getPropertyValue('text-wrap-style') || style.getPropertyValue('text-wrap'),
      autospace: style.getPropertyValue('text-autospace'),
      trim: style.getPropertyValue('text-spacing-trim'),
    };
  });
  expect(css.lineBreak).toBe('strict');
  expect(css.textAlign).toBe('justify');
  expect(css.textWrap).toBe('pretty');
  // Properties this Chromium knows must have the values asked for; older ones simply ignore them.
  if (css.autospace) expect(css.autospace).toBe('normal');
  if (css.trim) expect(css.trim).toBe('normal');
  // Spacing comes from CSS: the DOM text is the article's text, without inserted spaces.
  const text = await paragraph.textContent();
  expect(text).not.toMatch(/[\u2009\u200a\u2005]/u);
});
