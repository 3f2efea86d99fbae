import { entities, frontArticles } from './bundle.ts';
import { expect, itemTitle, test, zh } from './fixtures.ts';

const onFrontPage = new Set(frontArticles.map((article) => article.id));
const person = entities
  .filter((entity) => entity.kind === 'person' && entity.mentions.some((mention) => onFrontPage.has(mention.articleId)))
  .sort((a, b) => b.mentions.length - a.mentions.length)[0];

test('sidebar → entity page → article', async ({ page }) => {
  test.skip(!person, 'the bundle has no persons yet');
  await page.goto('./');
  const sidebar = page.getByRole('region', { name: '本版人物与企业' });
  await sidebar.getByRole('link', { name: new RegExp(zh(person!.name), 'u') }).click();
  await expect(page.locator('h1')).toHaveText(zh(person!.name));
  const mentioned = frontArticles.find((article) => article.id === person!.mentions[0]!.articleId)!;
  await page.getByRole('link', { name: zh(itemTitle(mentioned)) }).first().click();
  await expect(page.locator('h1')).toHaveText(zh(itemTitle(mentioned)));
  await expect(page.getByRole('region', { name: '本文人物与企业' })).toContainText(zh(person!.name));
});
