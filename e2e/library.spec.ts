import { readFile } from 'node:fs/promises';
import { frontArticles } from './bundle.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

const first = frontArticles[0]!;
const second = frontArticles[1]!;
const titleOf = (article: typeof first) => zh(itemTitle(article));

test('an article read is in the history with its date and marked 已读 in 标题导航', async ({ page }) => {
  await page.goto('./');
  await hydrated(page);
  const nav = page.getByRole('navigation', { name: '标题导航' });
  await expect(nav.locator('[data-read]')).toHaveCount(0);
  await nav.getByRole('link', { name: titleOf(second), exact: true }).click();
  await expect(page.locator('h1')).toHaveText(titleOf(second));
  await page.goto('./');
  await hydrated(page);
  const read = nav.getByRole('link', { name: titleOf(second), exact: true });
  await expect(read).toHaveAttribute('data-read', '');
  await expect(read).toHaveAccessibleDescription('已读');
  // The mark is drawn, not written into the title.
  await expect(read).toHaveText(titleOf(second));
  await expect(nav.locator('[data-read]')).toHaveCount(1);

  await page.getByRole('link', { name: '我的', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('我的');
  const history = page.getByRole('list', { name: '读过的文章' });
  await expect(history.getByRole('link')).toHaveText([titleOf(second)]);
  await expect(history.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/u);
  await expect(history).toContainText(/阅读于 \d{4}年/u);
});

test('a page opened again shows what this browser stored: the bookmark pressed, the article read', async ({ page }) => {
  // The prerendered HTML knows no reader; the app must redraw it from storage once it has taken over.
  await page.goto(`article/${first.id}`);
  await hydrated(page);
  await page.getByRole('button', { name: '收藏' }).click();
  await expect(page.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '收藏' }).click();
  await expect(page.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('./');
  await hydrated(page);
  await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link', { name: titleOf(first), exact: true })).toHaveAttribute('data-read', '');
});

test('bookmarks are listed on 我的 and can be removed there', async ({ page }) => {
  await page.goto(`article/${first.id}`);
  await hydrated(page);
  await page.getByRole('button', { name: '收藏' }).click();
  await page.goto('mine');
  await hydrated(page);
  const bookmarks = page.getByRole('list', { name: '收藏的文章' });
  await expect(bookmarks.getByRole('link')).toHaveText([titleOf(first)]);
  await bookmarks.getByRole('button', { name: new RegExp(`取消收藏.*${titleOf(first)}`, 'u') }).click();
  await expect(page.getByRole('list', { name: '收藏的文章' })).toHaveCount(0);
  await expect(page.getByText('还没有收藏。')).toBeVisible();
});

test('export writes a file that import reads back and merges; a bad file gets a clear error', async ({ page }, testInfo) => {
  await page.goto(`article/${first.id}`);
  await hydrated(page);
  await page.getByRole('button', { name: '收藏' }).click();
  await page.goto('mine');
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出为文件' }).click();
  const file = testInfo.outputPath('library.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; bookmarks: { articleId: string }[] };
  expect(exported).toMatchObject({ format: 'dubao-library', version: 1 });
  expect(exported.bookmarks.map((entry) => entry.articleId)).toEqual([first.id]);

  // A fresh browser (storage cleared) gets everything back from the file.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText('还没有收藏。')).toBeVisible();
  await page.getByLabel('从文件导入').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toHaveText('已导入 1 条收藏、1 条阅读记录。');
  await expect(page.getByRole('list', { name: '收藏的文章' }).getByRole('link')).toHaveText([titleOf(first)]);

  await page.getByLabel('从文件导入').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"bookmarks": [') });
  await expect(page.getByRole('alert')).toHaveText('文件不是有效的 JSON，无法导入。');
  await page.getByLabel('从文件导入').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert')).toHaveText('这不是读报导出的收藏与历史文件，无法导入。');
  // Nothing was lost to the bad files.
  await expect(page.getByRole('list', { name: '收藏的文章' }).getByRole('link')).toHaveText([titleOf(first)]);
});

test('corrupt stored data is ignored, and the prerendered 我的 page is a shell that needs no data', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('dubao:library', '{"version":1,"bookmarks":"oops"'));
  await page.goto('mine');
  await hydrated(page);
  await expect(page.locator('h1')).toHaveText('我的');
  await expect(page.getByText('还没有收藏。')).toBeVisible();
  await expect(page.getByText('需要启用 JavaScript')).toHaveCount(0);
  await page.goto(`article/${first.id}`);
  await hydrated(page);
  await expect(page.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'false');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('我的 is prerendered and says it needs JavaScript', async ({ page }) => {
    await page.goto('mine');
    await expect(page.locator('h1')).toHaveText('我的');
    await expect(page.getByText('需要启用 JavaScript')).toBeVisible();
  });
});
