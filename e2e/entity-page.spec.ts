import AxeBuilder from '@axe-core/playwright';
import { normalizeText } from '../src/search/normalize.ts';
import { bodyTexts, paragraphTexts, type BodyBlock } from '../src/contract/bundle.ts';
import { MENTIONS_PER_SCREEN } from '../src/app/features/entities/lib/mention-pages.ts';
import { entities, pages } from './bundle.ts';
import { expect, itemTitle, test, zh } from './fixtures.ts';

const articles = pages.flatMap((chunk) => chunk.articles);
const byName = (name: string) => entities.find((entity) => entity.name === name);
const sheng = byName('盛蕾');
const jiang = byName('蒋鹏举');
const zhongxun = byName('中讯半导体(江苏)有限公司');
const articleOf = (id: string) => articles.find((article) => article.id === id)!;

test.describe('entity page', () => {
  test.beforeEach(() => expect(sheng && jiang && zhongxun, 'the bundle lacks the seed page’s entities').toBeTruthy());

  test('a person: kind, role, every mentioning article with the name marked, and who appears beside her', async ({ page }) => {
    await page.goto(`entity/${sheng!.id}`);
    await expect(page.locator('h1')).toHaveText('盛蕾');
    const main = page.getByRole('main');
    await expect(main).toContainText('人物');
    await expect(main).toContainText('市长');

    const list = page.getByRole('region', { name: /提及盛蕾的稿件/u }).getByRole('listitem');
    // The fixtures name her in more articles than a screenful: the rest come with 显示更多.
    const total = sheng!.mentions.length;
    expect(total, 'e2e/seeds/003_survey.txt names 盛蕾 in twelve articles').toBeGreaterThan(MENTIONS_PER_SCREEN);
    await expect(list).toHaveCount(MENTIONS_PER_SCREEN);
    for (let shown = MENTIONS_PER_SCREEN; shown < total; shown += MENTIONS_PER_SCREEN) {
      await page.getByRole('button', { name: `显示更多（还有${total - shown}篇）` }).click();
      await expect(list).toHaveCount(Math.min(total, shown + MENTIONS_PER_SCREEN));
    }
    await expect(page.getByRole('button', { name: /显示更多/u })).toHaveCount(0);
    for (const [index, mention] of sheng!.mentions.entries()) {
      const item = list.nth(index);
      await expect(item.getByRole('link', { name: zh(itemTitle(articleOf(mention.articleId))) })).toBeVisible();
      // The excerpt marks the mention itself.
      await expect(item.locator('mark').first()).toHaveText('盛蕾');
      await expect(item).toContainText(`提及${mention.count}次`);
    }

    const together = page.getByRole('region', { name: '同现' });
    const link = together.getByRole('link', { name: /蒋鹏举/u });
    await expect(link).toBeVisible();
    const common = jiang!.mentions.filter((m) => sheng!.mentions.some((s) => s.articleId === m.articleId)).length;
    await expect(together.getByRole('listitem').filter({ hasText: '蒋鹏举' })).toContainText(`${common}篇`);
    await link.click();
    await expect(page.locator('h1')).toHaveText('蒋鹏举');
    await expect(page.getByRole('region', { name: '同现' }).getByRole('link', { name: /盛蕾/u })).toBeVisible();
  });

  test('an enterprise printed with half-width brackets lists its article and marks its name', async ({ page }) => {
    await page.goto(`entity/${zhongxun!.id}`);
    await expect(page.locator('h1')).toHaveText(zh(zhongxun!.name));
    await expect(page.getByRole('main')).toContainText('企业');
    const article = articleOf(zhongxun!.mentions[0]!.articleId);
    const item = page.getByRole('region', { name: /提及.*的稿件/u }).getByRole('listitem').first();
    await item.getByRole('link', { name: zh(itemTitle(article)) }).click();
    await expect(page.locator('h1')).toHaveText(zh(itemTitle(article)));
  });

  test('excerpts mark the name in the printed form (full-width brackets on screen)', async ({ page }) => {
    await page.goto(`entity/${zhongxun!.id}`);
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(zh(zhongxun!.name));
  });

  test('passes axe', async ({ page }) => {
    for (const entity of [sheng!, zhongxun!]) {
      await page.goto(`entity/${entity.id}`);
      await expect(page.locator('h1')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('names in the article body', () => {
  test.beforeEach(() => expect(sheng, 'the bundle lacks 盛蕾').toBeTruthy());
  const article = articles
    .filter((candidate) => sheng?.mentions.some((mention) => mention.articleId === candidate.id))
    .sort((a, b) => paragraphTexts(b).filter((p) => p.includes('盛蕾')).length - paragraphTexts(a).filter((p) => p.includes('盛蕾')).length)[0];

  test('link to their entity page once per paragraph, quietly', async ({ page }) => {
    await page.goto(`article/${article!.id}`);
    const paragraphs = page.locator('.reading > p');
    await expect(paragraphs).toHaveCount(paragraphTexts(article!).length + (article!.caption ? 1 : 0));
    const href = new RegExp(`/entity/${sheng!.id}$`, 'u');
    let linked = 0;
    for (const [index, text] of paragraphTexts(article!).entries()) {
      const links = paragraphs.nth(index).locator('a').filter({ hasText: '盛蕾' });
      await expect(links).toHaveCount(text.includes('盛蕾') ? 1 : 0);
      if (text.includes('盛蕾')) {
        await expect(links).toHaveAttribute('href', href);
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(1);
    // Quiet: the name keeps the colour of the text around it.
    const [linkColour, textColour] = await paragraphs
      .filter({ hasText: '盛蕾' })
      .first()
      .evaluate((p) => [getComputedStyle(p.querySelector('a')!).color, getComputedStyle(p).color]);
    expect(linkColour).toBe(textColour);

    await paragraphs.locator('a', { hasText: '盛蕾' }).first().click();
    await expect(page.locator('h1')).toHaveText('盛蕾');
  });
});

test.describe('search hits in the article', () => {
  const term = '半导体';
  const article = articles.find((candidate) => paragraphTexts(candidate).some((p) => p.includes(term)));
  test.beforeEach(() => expect(article, `no article mentions ${term}`).toBeTruthy());
  const expected = article
    ? [article.kicker, article.headline, ...article.subheadlines, ...bodyTexts(article), article.caption]
        .filter((text): text is string => !!text)
        .reduce((sum, text) => sum + text.split(term).length - 1, 0)
    : 0;

  test('are all marked, and the first is scrolled into view and focused', async ({ page }) => {
    await page.goto(`article/${article!.id}?hl=${encodeURIComponent(term)}`);
    const hits = page.locator('article mark[data-hit]');
    await expect(hits).toHaveCount(expected);
    for (const text of await hits.allTextContents()) expect(normalizeText(text)).toBe(term);
    await expect(hits.first()).toBeFocused();
    await expect(hits.first()).toBeInViewport();
    await expect(page.getByRole('main')).toContainText(`共${expected}处`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    await page.getByRole('link', { name: '取消标出' }).click();
    await expect(page.locator('article mark[data-hit]')).toHaveCount(0);
  });

  test('a hit far down the page is scrolled to on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    // A phrase only the last paragraphs hold, so the page must scroll to show it.
    const last = paragraphTexts(article!)[paragraphTexts(article!).length - 1]!;
    const phrase = [...last.matchAll(/\p{Script=Han}{4}/gu)].map((m) => m[0]).find((words) => articleText(article!).indexOf(words) === articleText(article!).lastIndexOf(words));
    expect(phrase, 'no unique phrase in the last paragraph').toBeTruthy();
    await page.goto(`article/${article!.id}?hl=${encodeURIComponent(phrase!)}`);
    const hit = page.locator('article mark[data-hit]');
    await expect(hit).toHaveCount(1);
    await expect(hit).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
});

function articleText(article: { headline: string; subheadlines: string[]; body: BodyBlock[]; caption?: string; kicker?: string }): string {
  return [article.kicker, article.headline, ...article.subheadlines, ...bodyTexts(article), article.caption].join('\n');
}

test('screenshots of an entity page and a highlighted article', async ({ page }) => {
  expect(sheng, 'the bundle lacks 盛蕾').toBeTruthy();
  const article = articleOf(sheng!.mentions[0]!.articleId);
  for (const [viewportName, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const [name, path] of [
      ['entity-person', `entity/${sheng!.id}`],
      ['entity-enterprise', `entity/${zhongxun?.id ?? sheng!.id}`],
      ['article-highlight', `article/${article.id}?hl=${encodeURIComponent('半导体 盛蕾')}`],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await page.screenshot({ path: `test-results/screenshots/${viewportName}-${name}.png`, fullPage: name !== 'article-highlight' });
    }
  }
});
