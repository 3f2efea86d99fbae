import AxeBuilder from '@axe-core/playwright';
import { paragraphTexts } from '../src/contract/bundle.ts';
import { pageLabel, pageNumberLabel } from '../src/app/features/pages/page-label.ts';
import { entities, pages } from './bundle.ts';
import { expect, test, zh } from './fixtures.ts';

// e2e/seeds/004_–007_ (an edition in e-paper text): 小标题, an article printed in two halves, a page of advertising.
const articles = pages.flatMap((chunk) => chunk.articles);
const pageOf = (id: string) => pages.find((chunk) => chunk.page.id === id)!;
const withSubheads = articles.find((article) => article.body.some((block) => block.kind === 'subhead'));
const firstHalf = articles.find((article) => article.continuedOn?.articleId);
const secondHalf = firstHalf && articles.find((article) => article.id === firstHalf.continuedOn!.articleId);
const adPage = pages.find((chunk) => chunk.page.advertisement);
const editionOf = (chunk: (typeof pages)[number]) =>
  pages.filter((other) => other.page.date === chunk.page.date).sort((a, b) => (a.page.number ?? 0) - (b.page.number ?? 0));

test.describe('小标题 (section heads) in an article', () => {
  test.beforeEach(() => expect(withSubheads, 'e2e/seeds/007_subheads.txt gives an article with 小标题').toBeTruthy());

  test('are h2s under the h1 headline, between the paragraphs in print order', async ({ page }) => {
    const article = withSubheads!;
    await page.goto(`article/${article.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh(article.headline));
    const blocks = await page.locator('.reading > *').evaluateAll((elements) => elements.map((element) => [element.tagName, element.textContent]));
    expect(blocks).toEqual(article.body.map((block) => [block.kind === 'subhead' ? 'H2' : 'P', zh(block.text)]));
    for (const block of article.body.filter((candidate) => candidate.kind === 'subhead')) {
      await expect(page.getByRole('heading', { level: 2, name: zh(block.text), exact: true })).toBeVisible();
    }
    // Set as a 数字报 sets a 小标题: bold, not indented like the paragraphs, a little space above.
    const styleOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return { weight: Number(style.fontWeight), indent: parseFloat(style.textIndent), marginTop: parseFloat(style.marginTop), align: style.textAlign };
        });
    const head = await styleOf('.reading > h2');
    const paragraph = await styleOf('.reading > p');
    expect(head.weight).toBeGreaterThanOrEqual(700);
    expect(head.indent).toBe(0);
    expect(head.marginTop).toBeGreaterThan(0);
    expect(head.align).not.toBe('justify');
    expect(paragraph.indent).toBeGreaterThan(0);
    expect(paragraph.weight).toBeLessThan(700);
  });

  test('the page shows the first paragraph as the excerpt, never a 小标题', async ({ page }) => {
    const article = withSubheads!;
    await page.goto(`page/${article.pageId}`);
    const story = page.getByRole('article', { name: zh(article.headline) });
    await expect(story).toContainText(zh(paragraphTexts(article)[0]!));
    for (const block of article.body.filter((candidate) => candidate.kind === 'subhead')) await expect(story).not.toContainText(zh(block.text));
  });

  test('mark search hits and link names inside a 小标题 too', async ({ page }) => {
    const article = withSubheads!;
    const subhead = article.body.find((block) => block.kind === 'subhead' && entities.some((entity) => block.text.includes(entity.name)))!;
    expect(subhead, 'a 小标题 of the fixture names a person').toBeTruthy();
    const person = entities.find((entity) => subhead.text.includes(entity.name))!;
    await page.goto(`article/${article.id}`);
    const heading = page.getByRole('heading', { level: 2, name: zh(subhead.text) });
    await heading.getByRole('link', { name: person.name }).click();
    await expect(page.locator('h1')).toHaveText(person.name);

    // A word of the 小标题 that a paragraph prints too: every place is marked, the head's among them.
    const phrase = (subhead.text.replace(person.name, '').match(/\p{Script=Han}+/gu) ?? []).sort((a, b) => b.length - a.length)[0]!;
    const texts = [article.kicker, article.headline, ...article.subheadlines, ...article.body.map((block) => block.text), article.caption];
    const expected = texts.reduce((sum, text) => sum + (text ?? '').split(phrase).length - 1, 0);
    expect(expected, `${phrase} is printed outside the 小标题 too`).toBeGreaterThan(1);
    await page.goto(`article/${article.id}?hl=${encodeURIComponent(phrase)}`);
    await expect(page.locator('article mark[data-hit]')).toHaveCount(expected);
    await expect(page.getByRole('heading', { level: 2, name: zh(subhead.text) }).locator('mark')).toHaveText(phrase);
    await expect(page.getByRole('main')).toContainText(`共${expected}处`);
  });
});

test.describe('an article printed in two halves', () => {
  test.beforeEach(() => expect(firstHalf && secondHalf, 'e2e/seeds/004_ and 005_ give the two halves of one article, linked').toBeTruthy());

  test('下转 at the end of the first half goes to the second, and 上接 at its start comes back', async ({ page }) => {
    const on = `下转${pageNumberLabel(pageOf(secondHalf!.pageId).page)}`;
    const from = `上接${pageNumberLabel(pageOf(firstHalf!.pageId).page)}`;
    const blocks = page.locator('.reading > *');
    await page.goto(`article/${firstHalf!.id}`);
    // After the last paragraph, where print sets the marker; the marker itself is not in the text.
    await expect(blocks).toHaveText([...paragraphTexts(firstHalf!).map(zh), `${on} →`]);
    await page.getByRole('link', { name: on, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/article/${secondHalf!.id}$`, 'u'));
    await expect(page.locator('h1')).toHaveText(zh(secondHalf!.headline));
    await expect(blocks).toHaveText([`← ${from}`, ...paragraphTexts(secondHalf!).map(zh)]);
    await page.getByRole('link', { name: from, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/article/${firstHalf!.id}$`, 'u'));
    await expect(page.getByRole('link', { name: on, exact: true })).toBeVisible();
  });

  test('the page views mark the story（下转第2版）and（上接第1版）, linked to the other half', async ({ page }) => {
    const on = `（下转${pageNumberLabel(pageOf(secondHalf!.pageId).page)}）`;
    const from = `（上接${pageNumberLabel(pageOf(firstHalf!.pageId).page)}）`;
    await page.goto(`page/${firstHalf!.pageId}`);
    const story = page.getByRole('article', { name: zh(firstHalf!.headline) });
    await story.getByRole('link', { name: on }).click();
    await expect(page).toHaveURL(new RegExp(`/article/${secondHalf!.id}$`, 'u'));

    await page.goto(`page/${secondHalf!.pageId}`);
    await page.getByRole('article', { name: zh(secondHalf!.headline) }).getByRole('link', { name: from }).click();
    await expect(page).toHaveURL(new RegExp(`/article/${firstHalf!.id}$`, 'u'));
    // Articles printed whole carry no marker.
    const whole = articles.find((article) => article.pageId === firstHalf!.pageId && !article.continuedOn && !article.continuedFrom)!;
    await page.goto(`page/${firstHalf!.pageId}`);
    await expect(page.getByRole('article', { name: zh(whole.headline) })).not.toContainText(/下转|上接/u);
  });
});

test.describe('a page of advertising', () => {
  test.beforeEach(() => expect(adPage, 'e2e/seeds/006_ad.txt is a page of advertising').toBeTruthy());

  test('is listed in 版面导航, says what it is, and 上一版/下一版 go on across it', async ({ page }) => {
    const edition = editionOf(adPage!);
    const at = edition.indexOf(adPage!);
    expect(at > 0 && at < edition.length - 1, 'the ad page has a page before and after it').toBe(true);
    expect(adPage!.page.articleIds).toEqual([]);
    await page.goto(`page/${edition[0]!.page.id}`);
    const nav = page.getByRole('navigation', { name: '版面导航' });
    await expect(nav.getByRole('list').getByRole('link')).toHaveText(edition.map((chunk) => zh(pageLabel(chunk.page))));
    await nav.getByRole('link', { name: `第${adPage!.page.number}版 广告`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${adPage!.page.id}$`, 'u'));
    await expect(nav.locator('[aria-current="page"]')).toHaveText(`第${adPage!.page.number}版 广告`);

    const main = page.getByRole('main');
    await expect(main).toContainText('本版为广告版，无文字稿件。');
    await expect(main.getByRole('article')).toHaveCount(0);
    await expect(main).not.toContainText(/加载失败|未找到|没有可显示/u);
    await expect(page.getByRole('navigation', { name: '标题导航' }).getByRole('link')).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(`第${adPage!.page.number}版 广告`, 'u'));

    await nav.getByRole('link', { name: /下一版/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${edition[at + 1]!.page.id}$`, 'u'));
    await nav.getByRole('link', { name: /上一版/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${adPage!.page.id}$`, 'u'));
    await nav.getByRole('link', { name: /上一版/u }).click();
    await expect(page).toHaveURL(new RegExp(`/page/${edition[at - 1]!.page.id}$`, 'u'));
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto(`page/${adPage!.page.id}`);
    await expect(page.locator('h1')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

/** For a look: an article with 小标题, both halves of a continued article and the ad page (test-results/screenshots/). */
test('screenshots of 小标题, continuation links and a page of advertising', async ({ page }) => {
  const shots: [string, string][] = [
    ['article-subheads', `article/${withSubheads!.id}`],
    ['article-first-half', `article/${firstHalf!.id}`],
    ['article-second-half', `article/${secondHalf!.id}`],
    ['page-first-half', `page/${firstHalf!.pageId}`],
    ['page-ad', `page/${adPage!.page.id}`],
  ];
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [name, path] of shots) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.screenshot({ path: `${process.env.DUBAO_SCREENSHOTS ?? 'test-results/screenshots'}/desktop-${name}.png`, fullPage: true });
  }
});

