import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pages, searchFiles, storedPath } from './bundle.ts';
import { bodyTexts } from '../src/contract/bundle.ts';
import { PAGE_SIZE } from '../src/search/page-size.ts';
import { expect, hydrated, test } from './fixtures.ts';

// What the built site should find, read from its own bundle: the articles whose text holds a word.
const articles = pages.flatMap((chunk) => chunk.articles);
const textOf = (article: (typeof articles)[number]) =>
  [article.headline, article.kicker, ...article.subheadlines, article.column, article.caption, ...article.bylines.map((b) => b.name), ...bodyTexts(article)].join('\n');
const containing = (word: string) => articles.filter((article) => textOf(article).includes(word));

const searchbox = (page: Page) => page.getByRole('searchbox', { name: /搜索/u });
const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');

test.describe('search', () => {
  test('suggestions while typing, Enter for all results, open one at the hit, back restores the search', async ({ page }) => {
    const expected = containing('半导');
    expect(expected.length).toBeGreaterThan(1);
    await page.goto('./');
    await hydrated(page);
    await searchbox(page).click();
    await searchbox(page).pressSequentially('半导');
    const listbox = page.getByRole('listbox', { name: '搜索建议' });
    await expect(listbox.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
    await expect(listbox.getByRole('option', { name: new RegExp(`查看全部 ${expected.length} 条结果`, 'u') })).toBeVisible();

    // ↓ picks the first suggestion, Esc closes the list and keeps the text.
    await page.keyboard.press('ArrowDown');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expect(searchbox(page)).toHaveAttribute('aria-activedescendant', /suggestions-0$/u);
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(searchbox(page)).toHaveValue('半导');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=%E5%8D%8A%E5%AF%BC$/u);
    await expect(page).toHaveTitle('搜索：半导 - 读报');
    await expect(page.getByRole('status').filter({ hasText: `找到 ${expected.length} 篇` })).toBeVisible();
    await expect(results(page)).toHaveCount(expected.length);
    const marks = page.getByRole('list', { name: '搜索结果' }).locator('mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(expected.length);
    for (const text of await marks.allTextContents()) expect(text).toBe('半导');

    const first = results(page).first().getByRole('heading').getByRole('link');
    const headline = (await first.textContent()) ?? '';
    await first.click();
    await expect(page).toHaveURL(/\/article\/[^?]+\?hl=/u);
    await expect(page.locator('h1')).toHaveText(headline);
    await expect(page.locator('main mark[data-hit]').first()).toHaveText('半导');

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=/u);
    await expect(searchbox(page)).toHaveValue('半导');
    await expect(results(page)).toHaveCount(expected.length);
  });

  test('a reporter\'s name found in a byline is marked there when the article opens from the hit', async ({ page }) => {
    // An article whose byline names someone its other texts never print: the search finds it by the byline alone.
    const article = articles.find((a) => a.bylines.some((b) => !textOf({ ...a, bylines: [] }).includes(b.name)));
    expect(article).toBeDefined();
    const name = article!.bylines.find((b) => !textOf({ ...article!, bylines: [] }).includes(b.name))!.name;
    await page.goto(`article/${article!.id}?hl=${encodeURIComponent(name)}`);
    await hydrated(page);
    await expect(page.getByText('本文中没有找到')).toHaveCount(0);
    await expect(page.locator('article header mark[data-hit]').filter({ hasText: name })).toBeVisible();
  });

  test('a suggestion opens its article with the keyboard', async ({ page }) => {
    await page.goto('./');
    // Typed before hydration, the text would be in the prerendered box but not yet in the app's state.
    await hydrated(page);
    await searchbox(page).fill('盛蕾');
    const options = page.getByRole('listbox', { name: '搜索建议' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    const headline = (await options.first().locator('span').first().textContent()) ?? '';
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/article\/.+\?hl=%E7%9B%9B%E8%95%BE/u);
    await expect(page.locator('h1')).toHaveText(headline);
  });

  test('a reload of /search?q= searches from the URL (the static host serves search/index.html)', async ({ page }) => {
    const total = containing('盛蕾').length;
    expect(total, 'the fixtures name 盛蕾 on more than one page of results').toBeGreaterThan(PAGE_SIZE);
    const response = await page.goto('search?q=%E7%9B%9B%E8%95%BE');
    expect(response?.status()).toBe(200);
    await expect(results(page)).toHaveCount(PAGE_SIZE);
    await page.reload();
    await expect(searchbox(page)).toHaveValue('盛蕾');
    await expect(results(page)).toHaveCount(PAGE_SIZE);
    await expect(results(page).first().locator('mark').first()).toHaveText('盛蕾');
    await expect(page.getByRole('status').filter({ hasText: `找到 ${total} 篇` })).toBeVisible();
    // The rest are on the next page, which lives in the URL too.
    await page.getByRole('navigation', { name: '搜索结果分页' }).getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/[?&]p=2/u);
    await expect(results(page)).toHaveCount(total - PAGE_SIZE);
  });

  test('a search URL opened from outside is drawn once, with its hits, over the prerendered search page', async ({ page }) => {
    await page.addInitScript(() => {
      const seen = { searching: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.body?.textContent?.includes('正在搜索…')) seen.searching = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto('search?q=%E7%9B%9B%E8%95%BE');
    await expect(results(page)).toHaveCount(PAGE_SIZE);
    // The app waited for the hits before drawing (its first load only), so no "searching" state came between.
    expect(await page.evaluate(() => (window as unknown as { seen: { searching: boolean } }).seen.searching)).toBe(false);
    // Later searches are navigations, which show their state at once.
    await searchbox(page).fill('武进');
    await searchbox(page).press('Enter');
    await expect(page).toHaveURL(/q=%E6%AD%A6%E8%BF%9B/u);
    await expect(results(page).first()).toBeVisible();
  });

  test('pinyin finds a person, traditional characters find simplified text', async ({ page }) => {
    await page.goto('search?q=shenglei');
    await expect(results(page).first()).toBeVisible();
    const headlines = await results(page).getByRole('heading').allTextContents();
    const withName = containing('盛蕾').map((article) => article.headline);
    expect(headlines.some((headline) => withName.some((name) => headline.includes(name.slice(0, 6))))).toBe(true);

    await page.goto(`search?q=${encodeURIComponent('發展')}`);
    await expect(results(page)).toHaveCount(Math.min(20, containing('发展').length));
    await expect(results(page).locator('mark').first()).toHaveText('发展');
  });

  test('a filter chip narrows the results and lives in the URL', async ({ page }) => {
    const all = containing('半导');
    await page.goto(`search?q=${encodeURIComponent('半导')}`);
    await expect(results(page)).toHaveCount(all.length);
    const dates = page.getByRole('group', { name: '日期' });
    const chips = dates.getByRole('button');
    // The filter counts load after the hits.
    await expect.poll(() => chips.count()).toBeGreaterThan(1);
    const dateChips = await chips.count();
    const chip = chips.last();
    const count = Number((await chip.locator('span').textContent()) ?? 'NaN');
    expect(count).toBeLessThan(all.length);
    await chip.click();
    await expect(page).toHaveURL(/&date=\d{4}-\d{2}-\d{2}/u);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(results(page)).toHaveCount(count);
    // The other dates keep their counts, so a second one can be added.
    await expect(chips).toHaveCount(dateChips);
    await page.goBack();
    await expect(results(page)).toHaveCount(all.length);
  });

  test('hostile queries: no script runs, nothing crashes', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    for (const query of ['<script>alert(1)</script>', '.*+?^${}()|[]\\', '😀半导', 'x'.repeat(10_000)]) {
      await page.goto('./');
      await hydrated(page);
      await searchbox(page).fill(query);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/search\?q=/u);
      await expect(page.locator('h1')).toHaveText('搜索');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByText(/没有找到包含|找到 \d+ 篇/u).first()).toBeVisible();
    }
    // A lone surrogate in the URL.
    await page.goto('search?q=%ED%A0%80abc');
    await expect(page.getByText(/没有找到包含/u)).toBeVisible();
    expect(dialogs).toBe(0);
  });

  test('/ and Ctrl+K focus the search box, but not while typing in another field', async ({ page }) => {
    await page.goto('./');
    await hydrated(page);
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(searchbox(page)).toBeFocused();
    await expect(searchbox(page)).toHaveValue('');
    await searchbox(page).blur();
    await page.keyboard.press('Control+k');
    await expect(searchbox(page)).toBeFocused();
    // In the box itself, / is a character.
    await page.keyboard.press('/');
    await expect(searchbox(page)).toHaveValue('/');
  });

  test('the front page fetches nothing of the index until the search box is focused', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (searchFiles.has(new URL(request.url()).pathname.replace(/^.*\/data\//u, ''))) fetched.push(request.url());
    });
    await page.goto('./');
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await searchbox(page).focus();
    await expect.poll(() => fetched.some((url) => url.endsWith(`/data/${storedPath('search/index.json')}`))).toBe(true);
  });

  test('empty state with examples to try', async ({ page }) => {
    await page.goto('search');
    await expect(page.getByRole('link', { name: 'shenglei' })).toBeVisible();
    await page.getByRole('link', { name: '盛蕾' }).click();
    await expect(page).toHaveURL(/\/search\?q=%E7%9B%9B%E8%95%BE$/u);
    await expect(results(page).first()).toBeVisible();
  });

  test('no serious axe violation with results and open suggestions', async ({ page }) => {
    await page.goto(`search?q=${encodeURIComponent('半导')}`);
    await expect(results(page).first()).toBeVisible();
    await searchbox(page).fill('盛蕾');
    await expect(page.getByRole('listbox', { name: '搜索建议' }).getByRole('option').first()).toBeVisible();
    const violations = (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
  });
});

test.describe('search without its index', () => {
  test.use({ allowedConsoleErrors: [/ERR_FAILED/u] });
  test('an error with retry when the index cannot be fetched', async ({ page }) => {
    let fail = true;
    await page.route(`**/data/${storedPath('search/index.json')}`, (route) => (fail ? route.abort() : route.continue()));
    await page.goto('search?q=%E5%8D%8A%E5%AF%BC');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('载入失败', { timeout: 15_000 });
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(results(page).first()).toBeVisible();
  });

});
