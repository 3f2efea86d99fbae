import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Two builds of the site: `dist-e2e` (today) and `dist-e2e-next`, the same seeds and the next
// day's edition (e2e/seeds-next/), as after a redeploy. The static server serves today's HTML and
// assets; these tests decide which build's data files a browser gets, as a CDN or a browser cache
// holding some of yesterday's files and some of today's would.
const OLD = join('dist-e2e', 'data');
const NEW = join('dist-e2e-next', 'data');
const NEXT_HEADLINE = '运河新建码头今日通航';

type Source = (path: string, route: Route) => string | undefined;

/** Serves every `data/` request from the folder `source` picks (undefined: a 404, the file is gone). */
async function serveData(page: Page, source: Source): Promise<void> {
  await page.route('**/dubao/data/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/dubao\/data\//u, '');
    const dir = source(path, route);
    const file = dir === undefined ? undefined : join(dir, path);
    if (file === undefined || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ status: 200, contentType: path.endsWith('.bin') ? 'application/octet-stream' : 'application/json', body: readFileSync(file) });
  });
}

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');

test.describe('a redeploy with the next day’s edition', () => {
  test('yesterday’s cached files beside today’s entry: the results and the article are today’s', async ({ page }) => {
    // Hashed names never collide, so a cache holding both builds' files serves what today's entry names.
    await serveData(page, (path) => (path === 'entry.json' ? NEW : existsSync(join(NEW, path)) ? NEW : OLD));
    await page.goto(`search?q=${encodeURIComponent('码头')}`);
    await expect(results(page)).toHaveCount(1);
    await results(page).first().getByRole('link').first().click();
    await expect(page.locator('h1')).toHaveText(NEXT_HEADLINE);
  });

  test('a stale entry whose files are gone: the app reads the entry afresh and shows today’s results', async ({ page }) => {
    let entries = 0;
    await serveData(page, (path) => {
      if (path !== 'entry.json') return NEW;
      // The first answer is yesterday's entry (a CDN that kept it), the refetch today's.
      return entries++ === 0 ? OLD : NEW;
    });
    await page.goto(`search?q=${encodeURIComponent('码头')}`);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText(NEXT_HEADLINE);
    expect(entries).toBe(2);
  });

  test('deployed while a reader searches: the open index keeps giving one build’s answers, a reload today’s', async ({ page }) => {
    let deployed = false;
    await serveData(page, () => (deployed ? NEW : OLD));
    await page.goto(`search?q=${encodeURIComponent('半导')}`);
    await expect(results(page).first()).toBeVisible();
    deployed = true;
    // The open index was built with yesterday's files; what it still fetches is stored under its content's hash.
    await page.getByRole('searchbox', { name: /搜索/u }).fill('秋收');
    await page.keyboard.press('Enter');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText('秋收工作有序推进');
    await page.goto(`search?q=${encodeURIComponent('码头')}`);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText(NEXT_HEADLINE);
  });
});

test.describe('a redeploy whose files cannot be had', () => {
  test('today’s entry with only yesterday’s files: a clear error, not a wrong page', async ({ page }) => {
    await serveData(page, (path) => (path === 'entry.json' ? NEW : OLD));
    await page.goto('./?from=test');
    await expect(page.getByRole('alert')).toContainText('网站刚刚更新，请刷新页面', { timeout: 15_000 });
  });
});
