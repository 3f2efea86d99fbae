import { calendarMonths, datedEditions, manifest } from './bundle.ts';
import { expect, hydrated, test } from './fixtures.ts';

const monthName = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`;
const dayName = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`;
const grid = (page: import('@playwright/test').Page, month: string) => page.getByRole('table', { name: new RegExp(`^${monthName(month)}`, 'u') });
const newest = datedEditions[0]!;
const oldest = datedEditions[datedEditions.length - 1]!;

test('the e2e editions span more than one month', () => {
  expect(calendarMonths.length).toBeGreaterThan(1);
});

test.describe('往期 calendar without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('下一期 leads on to the next edition through the edition\'s own page, and says so on the newest', async ({ page }) => {
    const previous = datedEditions[1]!;
    await page.goto(`page/${previous.firstPageId}`);
    const pager = page.getByRole('navigation', { name: '上一期与下一期' });
    // The 版's HTML links a page of the edition's own, so adding an edition leaves it as it was.
    await expect(pager.getByRole('link', { name: /^下一期/u })).toHaveAttribute('href', `/dubao/next/${previous.id}`);
    await pager.getByRole('link', { name: /^下一期/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${newest.firstPageId}$`, 'u'));
    await pager.getByRole('link', { name: /^下一期/u }).click();
    await expect(page).toHaveURL(new RegExp(`/next/${newest.id}$`, 'u'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${dayName(newest.date!)}是最新一期`);
    await page.getByRole('link', { name: `返回${dayName(newest.date!)}` }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${newest.firstPageId}$`, 'u'));
  });

  test('each month marks exactly the days with an edition, each a link to its front page', async ({ page }) => {
    for (const month of calendarMonths) {
      await page.goto(`calendar/${month}`);
      const table = grid(page, month);
      await expect(table.getByRole('columnheader')).toHaveText(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);
      const editions = datedEditions.filter((edition) => edition.date!.startsWith(month)).reverse();
      const links = table.getByRole('link');
      await expect(links).toHaveCount(editions.length);
      for (const [index, edition] of editions.entries()) {
        await expect(links.nth(index)).toHaveAccessibleName(new RegExp(`^${dayName(edition.date!)}`, 'u'));
        await expect(links.nth(index)).toHaveAttribute('href', `/dubao/page/${edition.firstPageId}`);
      }
    }
  });

  test('/calendar is the newest month, and a day opens that edition', async ({ page }) => {
    await page.goto('calendar');
    await expect(page.locator('h1')).toHaveText('往期');
    await grid(page, newest.date!.slice(0, 7)).getByRole('link', { name: new RegExp(`^${dayName(newest.date!)}`, 'u') }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${newest.firstPageId}$`, 'u'));
    await expect(page.getByRole('main')).toContainText(dayName(newest.date!));
  });

  test('steps month by month and year by year, and not past the archive', async ({ page }) => {
    const [first, second] = calendarMonths as [string, string];
    await page.goto(`calendar/${second}`);
    const steps = page.getByRole('navigation', { name: '翻看月份' });
    await steps.getByRole('link', { name: /^上一月/u }).click();
    await expect(page).toHaveURL(new RegExp(`/calendar/${first}$`, 'u'));
    await expect(grid(page, first)).toBeVisible();
    // The archive starts here: no earlier month or year to step to.
    await expect(steps.getByRole('link', { name: /^上一月/u })).toHaveCount(0);
    await expect(steps.getByText('上一月')).toBeVisible();
    await expect(steps.getByRole('link', { name: /^上一年/u })).toHaveCount(0);
    await steps.getByRole('link', { name: /^下一月/u }).click();
    await expect(page).toHaveURL(new RegExp(`/calendar/${second}$`, 'u'));
    const last = calendarMonths[calendarMonths.length - 1]!;
    await page.goto(`calendar/${last}`);
    await expect(steps.getByRole('link', { name: /^下一月/u })).toHaveCount(0);
    // The year's months: those of the archive are links, the current one marked.
    const months = page.getByRole('navigation', { name: `${last.slice(0, 4)}年各月` });
    await expect(months.locator('[aria-current="page"]')).toHaveText(`${Number(last.slice(5))}月`);
    await expect(months.getByRole('link')).toHaveCount(calendarMonths.filter((month) => month.startsWith(last.slice(0, 4))).length);
    await expect(page.getByRole('navigation', { name: '年份' }).getByRole('link')).toHaveCount(manifest.years.length);
  });

  test('a month outside the archive is not found', async ({ page }) => {
    const response = await page.goto('calendar/1999-01');
    expect(response?.status()).toBe(404);
  });

  test('上一期 / 下一期 step between editions, and the 往期 list leads to the calendar', async ({ page }) => {
    await page.goto('./');
    const pager = page.getByRole('navigation', { name: '上一期与下一期' });
    // On the newest edition it leads to the page saying so (see above).
    await expect(pager.getByRole('link', { name: /^下一期/u })).toHaveAttribute('href', `/dubao/next/${newest.id}`);
    const previous = datedEditions[1]!;
    await pager.getByRole('link', { name: /^上一期/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${previous.firstPageId}$`, 'u'));
    await pager.getByRole('link', { name: /^下一期/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${newest.firstPageId}$`, 'u'));
    await page.goto(`page/${oldest.firstPageId}`);
    await expect(pager.getByRole('link', { name: /^上一期/u })).toHaveCount(0);
    // Without the app's script the date form would only reload this page; the calendar is offered instead.
    const list = page.getByRole('navigation', { name: '往期' });
    await expect(list.getByLabel('按日期查看')).toHaveCount(0);
    await list.getByRole('link', { name: '往期日历' }).click();
    await expect(page).toHaveURL(new RegExp(`/calendar/${oldest.date!.slice(0, 7)}$`, 'u'));
    await expect(grid(page, oldest.date!.slice(0, 7))).toBeVisible();
  });
});

test('with JavaScript the calendar steps in the app and opens an edition', async ({ page }) => {
  const [first, second] = calendarMonths as [string, string];
  await page.goto(`calendar/${second}`);
  await hydrated(page);
  await page.getByRole('navigation', { name: '翻看月份' }).getByRole('link', { name: /^上一月/u }).click();
  await expect(grid(page, first)).toBeVisible();
  await expect(page).toHaveTitle(`往期 ${monthName(first)} - 读报`);
  const edition = datedEditions.filter((candidate) => candidate.date!.startsWith(first)).at(-1)!;
  await grid(page, first).getByRole('link', { name: new RegExp(`^${dayName(edition.date!)}`, 'u') }).click();
  await expect(page).toHaveURL(new RegExp(`/page/${edition.firstPageId}$`, 'u'));
});

test('with JavaScript 下一期 links the next edition itself, with its date, and is gone on the newest', async ({ page }) => {
  const previous = datedEditions[1]!;
  await page.goto(`page/${previous.firstPageId}`);
  await hydrated(page);
  const pager = page.getByRole('navigation', { name: '上一期与下一期' });
  await expect(pager.getByRole('link', { name: /^下一期/u })).toHaveAttribute('href', `/dubao/page/${newest.firstPageId}`);
  await expect(pager.getByRole('link', { name: /^下一期/u })).toHaveAccessibleName(`下一期：${dayName(newest.date!)}`);
  await pager.getByRole('link', { name: /^下一期/u }).click();
  await expect(page).toHaveURL(new RegExp(`/page/${newest.firstPageId}$`, 'u'));
  await expect(pager.getByRole('link', { name: /^下一期/u })).toHaveCount(0);
});
