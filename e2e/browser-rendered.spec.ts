import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserRenderedRoutes, entities, prerenderedRoutes } from './bundle.ts';
import { expect, test } from './fixtures.ts';

const DIST = process.env.DUBAO_DIST ?? 'dist-e2e';
const person = [...entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;

test('entity, 栏目 and print routes have no file of their own; the rest do', () => {
  expect(browserRenderedRoutes.some((route) => route.startsWith('/entity/'))).toBe(true);
  for (const route of browserRenderedRoutes) expect(() => readFileSync(join(DIST, route, 'index.html')), route).toThrow();
  for (const route of prerenderedRoutes.filter((path) => path !== '/no/such/page')) expect(readFileSync(join(DIST, route, 'index.html'), 'utf8'), route).toContain('<html');
});

test('an entity page served as 404.html is rendered in the browser, never showing 页面未找到', async ({ page }) => {
  // Every frame the page paints, from the first: is the not-found message on screen? (A render-blocking
  // stylesheet holds the frames, so none is looked at before the CSS applies.)
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const look = () => {
      for (const element of document.querySelectorAll('h1')) if (element.checkVisibility()) seen.push(element.textContent ?? '');
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const response = await page.goto(`entity/${person.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText(person.name);
  const headings = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(headings.some((text) => text.includes(person.name))).toBe(true);
  expect(headings.filter((text) => text.includes('页面未找到'))).toEqual([]);
  await expect(page).toHaveTitle(new RegExp(person.name, 'u'));
});

test('an unknown entity still says 页面未找到', async ({ page }) => {
  await page.goto('entity/nobody-here');
  await expect(page.locator('h1')).toHaveText('页面未找到');
});

test('hosts that read _redirects answer those routes with 404.html and status 200', () => {
  const rules = readFileSync(join(DIST, '_redirects'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/'));
  expect(rules).toContain('/dubao/entity/*  /dubao/404.html  200');
  expect(rules).toContain('/dubao/column/*  /dubao/404.html  200');
  expect(rules).toContain('/dubao/edition/*  /dubao/404.html  200');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an entity URL shows the not-found page, not a blank one', async ({ page }) => {
    await page.goto(`entity/${person.id}`);
    await expect(page.locator('h1')).toHaveText('页面未找到');
    await expect(page.getByText('正在打开…')).toBeHidden();
  });
});
