import { frontArticles, frontPage, manifest, pages } from './bundle.ts';
import type { Page } from '@playwright/test';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

const first = frontArticles[0]!;
const second = frontArticles[1]!;
const edition = manifest.editions[0]!;
const editionPages = pages.filter((chunk) => (chunk.page.date ?? 'undated') === edition.id).sort((a, b) => (a.page.number ?? 0) - (b.page.number ?? 0));
const secondPage = editionPages[1]!;

// Each view takes its keys once it is on screen: the next key waits for the view the last one opened.
const onArticle = async (page: Page, article: typeof first) => {
  await expect(page).toHaveURL(new RegExp(`/article/${article.id}$`, 'u'));
  await expect(page.locator('h1')).toHaveText(zh(itemTitle(article)));
};
const onPage = async (page: Page, pageId: string) => {
  await expect(page).toHaveURL(new RegExp(`/page/${pageId}$`, 'u'));
  await expect(page.getByRole('region', { name: '本版人物与企业' })).toBeVisible();
};

test('j and k go to the next and previous article, ] and [ to the next and previous 版', async ({ page }) => {
  await page.goto(`article/${first.id}`);
  await hydrated(page);
  await onArticle(page, first);
  await page.keyboard.press('j');
  await onArticle(page, second);
  await page.keyboard.press('k');
  await onArticle(page, first);
  await page.keyboard.press(']');
  await onPage(page, secondPage.page.id);
  await page.keyboard.press('[');
  await onPage(page, frontPage.page.id);
  // On a page, j and k walk through 标题导航; Enter opens the article.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/article/${second.id}$`, 'u'));
});

test('s bookmarks the article and s again takes the bookmark away', async ({ page }) => {
  await page.goto(`article/${first.id}`);
  await hydrated(page);
  const button = page.getByRole('button', { name: /收藏/u });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('s');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toHaveText(/已收藏/u);
  await page.keyboard.press('s');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('no key fires while typing in a field or with a modifier', async ({ page }) => {
  await page.goto(`article/${first.id}`);
  await hydrated(page);
  const box = page.getByRole('searchbox', { name: /搜索/u });
  await box.click();
  await page.keyboard.type('js[]n?');
  await expect(box).toHaveValue('js[]n?');
  await expect(page).toHaveURL(new RegExp(`/article/${first.id}$`, 'u'));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.locator('h1').click();
  await page.keyboard.press('Alt+j');
  await page.keyboard.press('Control+s');
  await expect(page).toHaveURL(new RegExp(`/article/${first.id}$`, 'u'));
  await expect(page.getByRole('button', { name: /收藏/u })).toHaveAttribute('aria-pressed', 'false');
});

test('? opens the list of keys as a modal dialog that Esc closes', async ({ page }) => {
  await page.goto('./');
  await hydrated(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(dialog).toBeVisible();
  for (const key of ['j', 'k', '[', ']', 's', 'n', '?']) await expect(dialog.getByRole('rowheader', { name: key, exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Also from the footer, by keyboard.
  await page.getByRole('button', { name: '键盘快捷键' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '键盘快捷键' })).toBeFocused();
});
