import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { manifest, pages } from './bundle.ts';
import { bodyTexts } from '../src/contract/bundle.ts';
import { PAGE_SIZE } from '../src/search/page-size.ts';
import { expect, hydrated, test } from './fixtures.ts';

// What the built site should find, from its own bundle: each article's text and its page's date.
const rows = pages.flatMap((chunk) =>
  chunk.articles.map((a) => ({
    date: chunk.page.date,
    text: [a.headline, a.kicker, ...a.subheadlines, a.column, a.caption, ...a.bylines.map((b) => b.name), ...bodyTexts(a)].join('\n'),
  })),
);
const datesOf = (word: string) => rows.filter((row) => row.text.includes(word)).map((row) => row.date!);
// A word printed on every dated edition of the fixtures, on more than one page of results.
const word = ['区', '工作', '的'].find((w) => new Set(datesOf(w)).size >= 3 && datesOf(w).length > PAGE_SIZE) ?? '区';
const hitDates = datesOf(word).sort();
const newestDate = hitDates[hitDates.length - 1]!;
const oldestDate = hitDates[0]!;
const lastDate = manifest.editions.find((edition) => edition.date)!.date!;

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
const shownDates = (page: Page) => results(page).locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
const sortSelect = (page: Page) => page.getByRole('combobox', { name: '排序' });
const fromField = (page: Page) => page.getByLabel('起始日期');
const toField = (page: Page) => page.getByLabel('截止日期');
const status = (page: Page, total: number) => page.getByRole('status').filter({ hasText: `找到 ${total} 篇` });

test.describe('search you can steer', () => {
  test('sorts by newest and oldest, in the URL, restored on reload and by back', async ({ page }) => {
    expect(new Set(hitDates).size, `“${word}” is printed on several dates`).toBeGreaterThanOrEqual(3);
    await page.goto(`search?q=${encodeURIComponent(word)}`);
    await hydrated(page);
    await expect(results(page)).toHaveCount(PAGE_SIZE);
    await expect(sortSelect(page)).toHaveValue('relevance');

    await sortSelect(page).selectOption({ label: '最新' });
    await expect(page).toHaveURL(/[?&]sort=new(&|$)/u);
    await expect.poll(() => shownDates(page)).toEqual([...hitDates].reverse().slice(0, PAGE_SIZE));

    await sortSelect(page).selectOption({ label: '最早' });
    await expect(page).toHaveURL(/[?&]sort=old(&|$)/u);
    // The oldest hit comes first even where relevance would put it on a later page.
    await expect.poll(() => shownDates(page)).toEqual(hitDates.slice(0, PAGE_SIZE));
    expect((await shownDates(page))[0]).toBe(oldestDate);
    await expect(status(page, hitDates.length)).toBeVisible();

    await page.reload();
    await hydrated(page);
    await expect(sortSelect(page)).toHaveValue('oldest');
    await expect.poll(() => shownDates(page)).toEqual(hitDates.slice(0, PAGE_SIZE));

    // The next page goes on in the same order.
    await page.getByRole('navigation', { name: '搜索结果分页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/sort=old.*p=2|p=2.*sort=old/u);
    await expect.poll(() => shownDates(page)).toEqual(hitDates.slice(PAGE_SIZE, 2 * PAGE_SIZE));

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/[?&]sort=new(&|$)/u);
    await expect(sortSelect(page)).toHaveValue('newest');
    await expect.poll(() => shownDates(page)).toEqual([...hitDates].reverse().slice(0, PAGE_SIZE));
    expect((await shownDates(page))[0]).toBe(newestDate);
  });

  test('a date range narrows the results and their count, bounded by the archive, and says when it is reversed', async ({ page }) => {
    const day = hitDates.find((date) => date !== newestDate && date !== oldestDate) ?? newestDate;
    const onDay = hitDates.filter((date) => date === day).length;
    await page.goto(`search?q=${encodeURIComponent(word)}`);
    await hydrated(page);
    await expect(fromField(page)).toHaveAttribute('min', manifest.firstDate!);
    await expect(fromField(page)).toHaveAttribute('max', lastDate);
    await expect(toField(page)).toHaveAttribute('min', manifest.firstDate!);

    await fromField(page).fill(day);
    await expect(page).toHaveURL(new RegExp(`[?&]from=${day}(&|$)`, 'u'));
    const fromOn = hitDates.filter((date) => date >= day).length;
    await expect(status(page, fromOn)).toBeVisible();
    await toField(page).fill(day);
    await expect(page).toHaveURL(new RegExp(`from=${day}&to=${day}`, 'u'));
    await expect(status(page, onDay)).toBeVisible();
    await expect(results(page)).toHaveCount(onDay);
    expect(new Set(await shownDates(page))).toEqual(new Set([day]));

    await page.reload();
    await hydrated(page);
    await expect(fromField(page)).toHaveValue(day);
    await expect(toField(page)).toHaveValue(day);
    await expect(results(page)).toHaveCount(onDay);

    await page.goto(`search?q=${encodeURIComponent(word)}&from=${newestDate}&to=${oldestDate}`);
    await hydrated(page);
    await expect(page.getByRole('alert')).toContainText('起始日期');
    await expect(page.getByRole('alert')).toContainText('晚于截止日期');
    await expect(results(page)).toHaveCount(0);

    await page.getByRole('button', { name: '不限日期' }).click();
    await expect(page).not.toHaveURL(/from=|to=/u);
    await expect(status(page, hitDates.length)).toBeVisible();
  });

  test('recent searches: newest first, once each, removable, cleared, never an empty query', async ({ page }) => {
    const searchbox = page.getByRole('searchbox', { name: /搜索/u });
    const recent = page.getByRole('list', { name: '最近搜索' });
    await page.goto('search');
    await hydrated(page);
    await expect(recent).toHaveCount(0);
    await page.goto('search?q=');
    await page.goto(`search?q=${encodeURIComponent('盛蕾')}`);
    await hydrated(page);
    await expect(results(page).first()).toBeVisible();
    for (const q of ['半导', '盛蕾', word]) {
      await searchbox.fill(q);
      await searchbox.press('Enter');
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q)}`, 'u'));
      await expect(results(page).first()).toBeVisible();
    }
    expect(await page.evaluate(() => localStorage.getItem('dubao:recent-searches'))).toContain('盛蕾');

    // Emptied on a page of results, the box offers them.
    await searchbox.fill('');
    const offered = page.getByRole('listbox', { name: '最近搜索' }).getByRole('option');
    await expect(offered).toHaveText([word, '盛蕾', '半导']);
    await searchbox.press('ArrowDown');
    await searchbox.press('ArrowDown');
    await searchbox.press('Enter');
    await expect(page).toHaveURL(/q=%E7%9B%9B%E8%95%BE/u);

    await page.goto('search');
    await hydrated(page);
    await expect(recent.getByRole('link')).toHaveText(['盛蕾', word, '半导']);
    await recent.getByRole('button', { name: `删除最近搜索“${word}”` }).click();
    await expect(recent.getByRole('link')).toHaveText(['盛蕾', '半导']);
    await expect(recent.getByRole('button', { name: '删除最近搜索“半导”' })).toBeFocused();
    await page.reload();
    await hydrated(page);
    await expect(recent.getByRole('link')).toHaveText(['盛蕾', '半导']);
    await recent.getByRole('link', { name: '半导' }).click();
    await expect(page).toHaveURL(/q=%E5%8D%8A%E5%AF%BC/u);
    // A search is kept once its hits are on screen (not in the task that draws them): wait for that before leaving.
    await expect(results(page).first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dubao:recent-searches'))).toMatch(/"queries":\["半导"/u);
    await page.goto('search');
    await hydrated(page);
    await expect(recent.getByRole('link')).toHaveText(['半导', '盛蕾']);
    await page.getByRole('button', { name: '清除最近搜索' }).click();
    await expect(recent).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '最近搜索' })).toHaveCount(0);
  });

  test('no serious axe violation with the sort and range controls and recent searches', async ({ page }) => {
    await page.goto(`search?q=${encodeURIComponent(word)}&sort=old&from=${oldestDate}`);
    await expect(results(page).first()).toBeVisible();
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(await serious()).toEqual([]);
    await page.goto('search');
    await expect(page.getByRole('heading', { name: '最近搜索' })).toBeVisible();
    expect(await serious()).toEqual([]);
  });
});
