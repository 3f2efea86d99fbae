import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { paragraphTexts, type Article } from '../src/contract/bundle.ts';
import { createConverter } from '../src/app/features/script/lib/opencc.ts';
import { normalizeText } from '../src/search/normalize.ts';
import { frontArticles } from './bundle.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

// What the reader should show is computed with the app's own converter, from the built bundle.
const tw = createConverter('tw');
const hk = createConverter('hk');
const CONVERTER_CHUNK = /\/assets\/opencc-[^/]*\.js$/u;

/** The first story of the front page whose headline and first paragraph change in 繁體. */
const article = frontArticles.find((candidate) => {
  const first = paragraphTexts(candidate)[0];
  return candidate.kind === 'article' && first && tw(itemTitle(candidate)) !== itemTitle(candidate) && tw(first) !== first;
}) as Article;
const title = zh(itemTitle(article));
const firstParagraph = zh(paragraphTexts(article)[0]!);

/** Picks a 字形 in 阅读设置 and closes the panel again (Esc), as a keyboard reader would. */
async function chooseScript(page: Page, label: string) {
  const settings = page.locator('details', { has: page.locator('summary', { hasText: '阅读设置' }) });
  if (!(await settings.evaluate((element) => (element as HTMLDetailsElement).open))) await settings.locator('summary').click();
  await page.getByRole('group', { name: '字形' }).getByText(label, { exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Every URL the page requests from now on. */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test.describe('字形: 简体 and 繁體', () => {
  test('the default never fetches the converter', async ({ page }) => {
    const urls = requests(page);
    await page.goto(`article/${article.id}`);
    await hydrated(page);
    await page.locator('summary', { hasText: '阅读设置' }).click();
    await expect(page.getByRole('radio', { name: '简体' })).toBeChecked();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: '标题导航' }).getByRole('link').first().click();
    await expect(page.locator('h1')).toHaveCount(1);
    await page.goto('./');
    await hydrated(page);
    expect(urls.some((url) => url.includes('/assets/'))).toBe(true);
    expect(urls.filter((url) => CONVERTER_CHUNK.test(url))).toEqual([]);
    await expect(page.locator('main [lang^="zh-Hant"]')).toHaveCount(0);
  });

  test('繁體（台灣） converts the article and its lists, persists, and 简体 restores the print', async ({ page }) => {
    const urls = requests(page);
    await page.goto(`article/${article.id}`);
    await hydrated(page);
    const headline = page.locator('h1');
    await expect(headline).toHaveText(title);

    await chooseScript(page, '繁體（台灣）');
    await expect(headline).toHaveText(tw(title));
    await expect(headline.locator('[lang="zh-Hant-TW"]')).toHaveText(tw(title));
    const body = page.locator('.reading p').first();
    await expect(body).toHaveText(tw(firstParagraph));
    await expect(body.locator('[lang="zh-Hant-TW"]')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: '标题导航' }).locator('[aria-current="page"] [lang="zh-Hant-TW"]')).toHaveText(tw(title));
    expect(urls.filter((url) => CONVERTER_CHUNK.test(url))).toHaveLength(1);
    // The interface stays 简体.
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('heading')).toHaveText('标题导航');

    // The prerendered page is 简体; after hydration the stored choice converts it again.
    await page.reload();
    await hydrated(page);
    await expect(headline).toHaveText(tw(title));
    await page.locator('summary', { hasText: '阅读设置' }).click();
    await expect(page.getByRole('radio', { name: '繁體（台灣）' })).toBeChecked();

    // The front page's lists too.
    await page.goto('./');
    await hydrated(page);
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link', { name: tw(title) })).toBeVisible();

    await chooseScript(page, '繁體（香港）');
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link', { name: hk(title) })).toBeVisible();
    await expect(page.locator('main [lang="zh-Hant-HK"]').first()).toBeVisible();

    await chooseScript(page, '简体');
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link', { name: title })).toBeVisible();
    await expect(page.locator('main [lang^="zh-Hant"]')).toHaveCount(0);
  });

  test('a word in traditional characters finds the article, marked on the converted text', async ({ page }) => {
    // Two characters of the headline that 繁體 writes differently, and that search folds back.
    const printed = [...itemTitle(article)];
    const word = printed
      .slice(0, -1)
      .map((ch, i) => ch + printed[i + 1]!)
      .find((pair) => /^\p{Script=Han}{2}$/u.test(pair) && tw(pair) !== pair && normalizeText(tw(pair)) === normalizeText(pair));
    expect(word, 'a headline word that changes in 繁體').toBeDefined();
    const traditional = tw(word!);

    await page.addInitScript(() => localStorage.setItem('dubao:reader-settings', JSON.stringify({ script: 'hant-tw' })));
    await page.goto(`search?q=${encodeURIComponent(traditional)}`);
    await hydrated(page);
    const hit = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: tw(title) }) });
    await expect(hit).toHaveCount(1);
    const marks = hit.getByRole('heading').locator('mark');
    expect((await marks.allTextContents()).map(normalizeText)).toContain(normalizeText(word!));

    await hit.getByRole('heading').getByRole('link').click();
    await expect(page.locator('h1')).toHaveText(tw(title));
    await expect(page.locator('h1 mark[data-hit]').first()).toHaveText(/\p{Script=Han}+/u);
    for (const text of await page.locator('h1 mark[data-hit]').allTextContents()) expect(normalizeText(text)).toBe(normalizeText(word!));
  });

  test('no serious or critical axe violation in 繁體, with the settings open', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('dubao:reader-settings', JSON.stringify({ script: 'hant-hk' })));
    await page.goto(`article/${article.id}`);
    await hydrated(page);
    await expect(page.locator('h1')).toHaveText(hk(title));
    await page.locator('summary', { hasText: '阅读设置' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    expect(serious).toEqual([]);
  });
});
