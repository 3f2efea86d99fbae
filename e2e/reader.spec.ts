import { frontArticles, frontPage, manifest, pages, storedBodyWith, storedPath } from './bundle.ts';
import { paragraphTexts } from '../src/contract/bundle.ts';
import { pageLabel } from '../src/app/features/pages/page-label.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

const titles = frontArticles.map((article) => zh(itemTitle(article)));
const lead = frontArticles[0]!;
const second = frontArticles[1]!;
const articlePath = (id: string) => `article/${id}`;

test.describe('front page', () => {
  test('shows every item of the page, in print order, with the photo item as a captioned card', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('h1')).toHaveCount(1);
    const nav = page.getByRole('navigation', { name: '标题导航' });
    await expect(nav.getByRole('link')).toHaveText(titles);
    // Every item also has its story or photo card in the page body.
    for (const title of titles) await expect(page.getByRole('main').getByRole('heading', { name: title, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: zh(lead.headline) })).toBeVisible();
    for (const line of lead.subheadlines) await expect(page.getByText(zh(line), { exact: true }).first()).toBeVisible();

    const photo = frontArticles.find((article) => article.kind === 'photo');
    if (photo?.caption) {
      const card = page.locator('figure').filter({ hasText: zh(photo.caption).slice(0, 12) });
      await expect(card).toBeVisible();
      await expect(card).toContainText(`${photo.bylines[0]?.name} 摄`);
    }
    await expect(page.locator('img')).toHaveCount(0);
  });

  test('the first screen embeds no data and fetches only hashed files and the entry, never the search index', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const at = request.url().indexOf('/data/');
      if (at >= 0) fetched.push(request.url().slice(at + '/data/'.length));
    });
    await page.goto('./');
    // Data shared by many pages would change every HTML file at each new edition: the page names only itself.
    expect(await page.locator('#dubao-state').textContent()).toBe('{"path":"/"}');
    await expect(page.getByRole('region', { name: '本版人物与企业' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(fetched).toContain('entry.json');
    expect(fetched).toContain(storedPath('manifest.json'));
    expect(fetched.filter((path) => path !== 'entry.json' && !/^h\/[\w-]{16}\.(json|pack)$/u.test(path))).toEqual([]);
    expect(fetched).not.toContain(storedPath('search/index.json'));
  });

  test('the masthead invents no date when the pages state none', async ({ page }) => {
    await page.goto('./');
    const masthead = page.locator('h1');
    if (frontPage.page.publication) await expect(masthead).toHaveText(frontPage.page.publication);
    else await expect(masthead).toHaveText('读报');
    if (!frontPage.page.date) await expect(page.getByRole('main')).not.toContainText(/\d{4}年\d{1,2}月\d{1,2}日/u);
  });

  test('shows Chinese punctuation in Chinese text', async ({ page }) => {
    await page.goto('./');
    const withHalfWidth = frontArticles.find((article) => /[,(]/u.test(article.headline + (paragraphTexts(article)[0] ?? '')));
    expect(!withHalfWidth, 'no half-width punctuation in this bundle').toBe(false);
    await expect(page.getByRole('main')).toContainText(zh(paragraphTexts(withHalfWidth!)[0]!).slice(0, 40));
    await expect(page.getByRole('heading', { name: '区委常委会（扩大）会议召开' }).first()).toBeVisible();
  });
});

test.describe('pages and editions', () => {
  const edition = manifest.editions[0]!;
  const editionPages = pages.filter((chunk) => (chunk.page.date ?? 'undated') === edition.id).sort((a, b) => (a.page.number ?? 0) - (b.page.number ?? 0));

  test('版面导航 and 上一版/下一版 when the edition has several pages', async ({ page }) => {
    expect(editionPages.length < 2, 'the newest edition has one page').toBe(false);
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: '版面导航' });
    await expect(nav.getByRole('list').getByRole('link')).toHaveText(editionPages.map((chunk) => zh(pageLabel(chunk.page))));
    await nav.getByRole('link', { name: /下一版/u }).click();
    const second = editionPages[1]!;
    await expect(page).toHaveURL(new RegExp(`/page/${second.page.id}$`, 'u'));
    await expect(nav.locator('[aria-current="page"]')).toHaveText(zh(pageLabel(second.page)));
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link')).toHaveCount(second.articles.length);
    await nav.getByRole('link', { name: /上一版/u }).click();
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link')).toHaveText(titles);
  });

  test('往期 lists the dated editions and opens one', async ({ page }) => {
    const dated = manifest.editions.filter((candidate) => candidate.date);
    expect(dated.length < 2, 'fewer than two dated editions').toBe(false);
    await page.goto('./');
    await hydrated(page);
    const list = page.getByRole('navigation', { name: '往期' });
    await expect(list.getByRole('listitem')).toHaveCount(dated.length);
    await list.getByRole('listitem').nth(1).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/page/${dated[1]!.firstPageId}$`, 'u'));
    await expect(list.locator('[aria-current="page"]')).toHaveCount(1);
  });

  test('往期 opens any day by date, and says when a day has no paper', async ({ page }) => {
    const dated = manifest.editions.filter((candidate) => candidate.date);
    const oldest = dated[dated.length - 1]!;
    await page.goto('./');
    // The date form is the app's once hydrated; before that the browser would submit it itself.
    await hydrated(page);
    const list = page.getByRole('navigation', { name: '往期' });
    const date = list.getByLabel('按日期查看');
    await expect(date).toHaveAttribute('min', manifest.firstDate!);
    await expect(date).toHaveAttribute('max', dated[0]!.date!);
    await date.fill(oldest.date!);
    await list.getByRole('button', { name: '查看' }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${oldest.firstPageId}$`, 'u'));
    // The fixtures skip 2024-10-29 (e2e/seeds/002_older.meta.json is dated the 28th).
    await list.getByLabel('按日期查看').fill('2024-10-29');
    await list.getByRole('button', { name: '查看' }).click();
    await expect(list.getByRole('status')).toHaveText('2024年10月29日没有报纸。');
    await expect(page).toHaveURL(new RegExp(`/page/${oldest.firstPageId}$`, 'u'));
  });
});

test.describe('article view', () => {
  test('click through to an article and back', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: '标题导航' }).getByRole('link', { name: titles[1]! }).click();
    await expect(page).toHaveURL(new RegExp(`/dubao/${articlePath(second.id)}$`, 'u'));
    await expect(page.locator('h1')).toHaveText(titles[1]!);
    await expect(page).toHaveTitle(`${titles[1]} - 读报`);
    for (const paragraph of paragraphTexts(second)) await expect(page.getByText(zh(paragraph), { exact: true })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/dubao\/?$/u);
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link')).toHaveCount(titles.length);
  });

  test('shows kicker, headline, subheadlines, dateline and bylines as print does', async ({ page }) => {
    await page.goto(articlePath(lead.id));
    await expect(page.locator('h1')).toHaveText(zh(lead.headline));
    for (const line of lead.subheadlines) await expect(page.getByText(zh(line), { exact: true })).toBeVisible();
    const header = page.locator('article header');
    if (lead.dateline) await expect(header).toContainText(lead.dateline);
    for (const byline of lead.bylines) {
      await expect(header).toContainText(byline.role === '记者' && lead.dateline?.startsWith('本报') ? `本报记者 ${byline.name}` : byline.name);
    }
    const crumbs = page.getByRole('navigation', { name: '当前位置' });
    await expect(crumbs.getByRole('listitem')).toHaveCount(3);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(zh(lead.headline));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`^${zh(paragraphTexts(lead)[0]!).slice(0, 20)}`, 'u'));
  });

  test('a deep link reloads on the static host', async ({ page }) => {
    const response = await page.goto(articlePath(second.id));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(titles[1]!);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(titles[1]!);
    await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
  });

  test('the prerendered article is readable without JavaScript', async ({ browser, page: withApp }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articlePath(lead.id));
    await expect(page.locator('h1')).toHaveText(zh(lead.headline));
    await expect(page.getByText(zh(paragraphTexts(lead).at(-1)!), { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${zh(lead.headline)} - 读报`);
    // What works without the app is there; the buttons that need it are not, so none does nothing.
    await expect(page.getByRole('link', { name: /返回本版/u })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '搜索稿件' })).toBeVisible();
    for (const name of ['收藏', '复制链接', '打印', '二维码', '引用', '键盘快捷键']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('listbox')).toHaveCount(0);
    const pagerTop = async (of: typeof page) => (await of.getByRole('navigation', { name: '上一篇和下一篇' }).boundingBox())!.y;
    const prerenderedTop = await pagerTop(page);
    await context.close();

    // The app draws them where room was kept: what follows them does not move.
    await withApp.goto(articlePath(lead.id));
    await expect(withApp.getByRole('button', { name: '二维码' })).toBeVisible();
    await expect(withApp.getByRole('button', { name: '复制链接' })).toBeVisible();
    await expect(withApp.getByRole('combobox')).toHaveCount(1);
    expect(await pagerTop(withApp)).toBe(prerenderedTop);
  });

  test('previous and next article, with links and with the arrow keys', async ({ page }) => {
    await page.goto(articlePath(lead.id));
    const pager = page.getByRole('navigation', { name: '上一篇和下一篇' });
    await expect(pager.getByRole('link')).toHaveCount(1);
    await pager.getByRole('link', { name: /下一篇/u }).click();
    await expect(page.locator('h1')).toHaveText(titles[1]!);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('h1')).toHaveText(titles[2]!);
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('h1')).toHaveText(titles[1]!);
    await pager.getByRole('link', { name: /上一篇/u }).click();
    await expect(page.locator('h1')).toHaveText(titles[0]!);
    // Arrow keys while typing in the search box move the caret, not the page.
    await page.getByRole('searchbox', { name: '搜索稿件' }).fill('盛蕾');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('h1')).toHaveText(titles[0]!);
    await page.goto(articlePath(frontArticles.at(-1)!.id));
    await expect(pager.getByText('已是本版最后一篇')).toBeVisible();
  });

  test('back to the page, and copy link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(articlePath(second.id));
    await hydrated(page);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.getByRole('link', { name: '返回本版' }).click();
    await expect(page).toHaveURL(new RegExp(`/dubao/page/${frontPage.page.id}$`, 'u'));
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link')).toHaveText(titles);
  });

  test('prints just the article', async ({ page }) => {
    await page.goto(articlePath(lead.id));
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [page.getByRole('banner'), page.getByRole('contentinfo'), page.getByRole('complementary'), page.getByRole('button', { name: '复制链接' })]) {
      await expect(hidden).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByText(zh(paragraphTexts(lead)[0]!), { exact: true })).toBeVisible();
  });
});

test.describe('not found and errors', () => {
  test.use({ allowedConsoleErrors: [/status of 500/u] });

  test('an unknown path shows the not-found page with status 404', async ({ page }) => {
    const response = await page.goto('no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('页面未找到');
    await expect(page).toHaveTitle('页面未找到 - 读报');
    await page.getByRole('link', { name: '回到首页' }).click();
    await expect(page.getByRole('navigation', { name: '标题导航' })).toBeVisible();
  });

  test('an unknown article id and an unknown page id show the not-found page', async ({ page }) => {
    for (const path of [articlePath(`${frontPage.page.id}--0000000000`), articlePath('nosuchpage--0000000000'), 'article/plainid', `page/nosuchpage`, 'entity/nobody']) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toHaveText('页面未找到');
    }
  });

  test('a bundle that cannot be fetched shows an error with retry', async ({ page }) => {
    let fail = true;
    await page.route(`**/data/${storedPath(`pages/${lead.pageId}.json`)}`, (route) => (fail ? route.fulfill({ status: 500, body: 'broken' }) : route.fallback()));
    // A query string makes the browser render this URL itself instead of hydrating the prerendered page.
    await page.goto(`${articlePath(lead.id)}?from=test`);
    await expect(page.locator('h1')).toHaveText('内容加载失败', { timeout: 15_000 });
    fail = false;
    await page.getByRole('button', { name: '重试' }).click();
    await expect(page.locator('h1')).toHaveText(zh(lead.headline));
  });

  test('a bundle file that fails validation shows the error state', async ({ page }) => {
    await page.route(`**/data/${storedPath(`pages/${lead.pageId}.json`)}`, (route) => route.fulfill({ status: 200, body: storedBodyWith(`pages/${lead.pageId}.json`, '{"version":1,"page":{}}') }));
    await page.goto(`${articlePath(lead.id)}?from=test`);
    await expect(page.locator('h1')).toHaveText('内容加载失败', { timeout: 15_000 });
    await expect(page.getByRole('alert')).toContainText('数据格式不符合约定');
  });
});
