import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures.ts';

const PROPERTIES = ['display', 'margin', 'padding', 'font-size', 'font-weight', 'font-family', 'color', 'background-color', 'text-decoration-line', 'gap', 'grid-template-columns', 'border-bottom-width', 'position'];

/** Each element of the article: its tag, its class attribute and the styles it gets. */
async function styled(page: Page) {
  return page.evaluate((properties) => {
    // What the app draws only once it runs ([data-app-only]) is left out of the comparison: the prerendered page has none of it.
    return [...document.querySelectorAll('#root main article *:not([data-app-only] *)')].map((element) => {
      const style = getComputedStyle(element);
      return { tag: element.tagName, className: element.getAttribute('class') ?? '', style: properties.map((property) => style.getPropertyValue(property)).join(' | ') };
    });
  }, PROPERTIES);
}

test('a prerendered page names its utilities shortly and is styled exactly as the app draws it', async ({ browser, page }) => {
  await page.goto('./');
  await hydrated(page);
  const link = page.locator('main a[href*="/article/"]').first();
  const href = (await link.getAttribute('href'))!;
  // Drawn by the app: a client-side navigation renders the article with the class names the code spells.
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`, 'u'));
  await expect(page.locator('#root main h1')).toBeVisible();
  const drawn = await styled(page);

  // The same article as the prerendered HTML, without the app.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: page.url() });
  const prerendered = await context.newPage();
  await prerendered.goto(href);
  const printed = await styled(prerendered);
  await context.close();

  expect(printed.length).toBeGreaterThan(20);
  expect(printed.map((element) => element.tag)).toEqual(drawn.map((element) => element.tag));
  // Shorter in the HTML: the utilities' short names.
  const bytes = (elements: typeof printed) => elements.reduce((sum, element) => sum + element.className.length, 0);
  expect(bytes(printed)).toBeLessThan(bytes(drawn) * 0.6);
  expect(printed.some((element) => /\bitems-center\b/u.test(element.className))).toBe(false);
  expect(drawn.some((element) => /\bitems-center\b/u.test(element.className))).toBe(true);
  // And element by element the same styles.
  for (const [at, element] of printed.entries()) expect(element.style, `${element.tag} #${at} (${element.className} / ${drawn[at]!.className})`).toBe(drawn[at]!.style);
});
