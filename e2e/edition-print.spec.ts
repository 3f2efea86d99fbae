import { pageLabel } from '../src/app/features/pages/page-label.ts';
import { manifest, pages } from './bundle.ts';
import { expect, itemTitle, test, zh } from './fixtures.ts';

const edition = manifest.editions[0]!;
const editionPages = pages.filter((chunk) => chunk.page.date === edition.date);

test('打印整期 lists the contents, then every 版 with its articles, each 版 on a new printed page', async ({ page }) => {
  await page.goto(`page/${edition.firstPageId}`);
  await page.getByRole('link', { name: '打印整期' }).click();
  await expect(page).toHaveURL(new RegExp(`edition/${edition.id}/print$`, 'u'));

  const contents = page.getByRole('navigation', { name: '本期目录' });
  const expectedContents = editionPages.flatMap((chunk) => [zh(pageLabel(chunk.page)), ...[...chunk.articles].sort((a, b) => a.order - b.order).map((a) => zh(itemTitle(a)))]);
  await expect(contents.getByRole('link')).toHaveText(expectedContents);

  const sections = page.locator('section.edition-print-page');
  await expect(sections).toHaveCount(editionPages.length);
  for (const [index, chunk] of editionPages.entries()) {
    const section = sections.nth(index);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(zh(pageLabel(chunk.page)));
    const titles = [...chunk.articles].sort((a, b) => a.order - b.order).map((a) => zh(itemTitle(a)));
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(titles);
  }

  // A contents link goes to its article in the same document.
  const first = editionPages[0]!.articles[0]!;
  await contents.getByRole('link', { name: zh(itemTitle(first)), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#article-${first.id}$`, 'u'));

  await page.emulateMedia({ media: 'print' });
  expect(await sections.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakBefore))).toEqual(editionPages.map(() => 'page'));
  await expect(page.getByRole('button', { name: '打印整期' })).toBeHidden();
});

test('the print view is left out of search engines', async ({ page }) => {
  await page.goto(`edition/${edition.id}/print`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
