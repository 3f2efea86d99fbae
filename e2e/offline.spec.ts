import { editionIdOf, paragraphTexts } from '../src/contract/bundle.ts';
import { OFFLINE_NOTICE } from '../src/offline/notice.ts';
import { pageLabel } from '../src/app/features/pages/page-label.ts';
import { manifest, pages } from './bundle.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

// The other specs block service workers (playwright.config.ts), so their request routing sees every fetch.
test.use({
  serviceWorkers: 'allow',
  // Offline, the browser logs each request for a file that was not kept (the other edition's), and
  // the network attempt the service worker makes before it answers from the cache.
  allowedConsoleErrors: [/net::ERR_FAILED|net::ERR_INTERNET_DISCONNECTED|status of 503/u],
});

const byEdition = new Map<string, typeof pages>();
for (const chunk of pages) byEdition.set(editionIdOf(chunk.page), [...(byEdition.get(editionIdOf(chunk.page)) ?? []), chunk]);
const [editionId, saved] = [...byEdition].find(([, chunks]) => chunks.length >= 2 && chunks.every((chunk) => chunk.articles.length > 0)) ?? [];
/** Another edition that 往期 lists (the manifest's newest), with an article. */
const other = manifest.editions
  .filter((edition) => edition.id !== editionId)
  .map((edition) => byEdition.get(edition.id) ?? [])
  .find((chunks) => chunks[0]?.articles.length);

test('离线阅读本期 keeps the edition: offline, its articles and pages read, another edition says it is not saved', async ({ page, context }) => {
  if (!saved || !other) throw new Error('the e2e seeds need an edition of two pages with articles and another edition');
  const [first, second] = saved as [(typeof saved)[0], (typeof saved)[0]];
  const article = [...first.articles].sort((a, b) => a.order - b.order)[0]!;
  const elsewhere = other[0]!.articles[0]!;

  await page.goto(`page/${first.page.id}`);
  await hydrated(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.getByRole('button', { name: '离线阅读本期' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText(`已保存 ${saved.flatMap((chunk) => chunk.articles).length} 篇`, { timeout: 30_000 });

  await context.setOffline(true);
  await page.goto(`article/${article.id}`);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: zh(itemTitle(article)) })).toBeVisible();
  const text = paragraphTexts(article)[0];
  if (text) await expect(page.getByText(zh(text).slice(0, 20)).first()).toBeVisible();

  // Another 版 of the same edition, through the app's links (client navigation reads the kept files), then loaded afresh.
  await page.getByRole('navigation', { name: '标题导航' }).waitFor();
  await page.getByRole('link', { name: zh(pageLabel(first.page)), exact: true }).first().click();
  await page.getByRole('navigation', { name: '版面导航' }).getByRole('link', { name: zh(pageLabel(second.page)), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/page/${encodeURIComponent(second.page.id)}$`, 'u'));
  const secondLead = [...second.articles].sort((a, b) => a.order - b.order)[0]!;
  const secondHeading = page.getByRole('main').getByRole('heading', { name: zh(itemTitle(secondLead)), exact: true });
  await expect(secondHeading).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(secondHeading).toBeVisible();

  // Not kept: another edition's 版 opened from 往期 (client navigation), and its article loaded directly.
  const otherFirst = other[0]!.page;
  const pastLink = page.getByRole('navigation', { name: '往期' }).locator(`a[href$="/page/${encodeURIComponent(otherFirst.id)}"]`);
  await pastLink.click();
  await expect(page.getByRole('alert')).toContainText(OFFLINE_NOTICE);
  await page.goto(`article/${elsewhere.id}`);
  await expect(page.getByRole('heading', { name: OFFLINE_NOTICE })).toBeVisible();
  await context.setOffline(false);
});
