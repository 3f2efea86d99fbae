import { entities, frontArticles } from './bundle.ts';
import { paragraphTexts } from '../src/contract/bundle.ts';
import { expect, itemTitle, test, zh } from './fixtures.ts';

const onFrontPage = new Set(frontArticles.map((article) => article.id));
const person = entities
  .filter((entity) => entity.kind === 'person' && entity.mentions.some((mention) => onFrontPage.has(mention.articleId)))
  .sort((a, b) => b.mentions.length - a.mentions.length)[0];

test('sidebar → entity page → article', async ({ page }) => {
  expect(person, 'the bundle has no persons yet').toBeTruthy();
  await page.goto('./');
  const sidebar = page.getByRole('region', { name: '本版人物与企业' });
  await sidebar.getByRole('link', { name: new RegExp(zh(person!.name), 'u') }).click();
  await expect(page.locator('h1')).toHaveText(zh(person!.name));
  const mentioned = frontArticles.find((article) => article.id === person!.mentions[0]!.articleId)!;
  await page.getByRole('link', { name: zh(itemTitle(mentioned)) }).first().click();
  await expect(page.locator('h1')).toHaveText(zh(itemTitle(mentioned)));
  await expect(page.getByRole('region', { name: '本文人物与企业' })).toContainText(zh(person!.name));
  // And back: the name in the body links to the entity page.
  if (paragraphTexts(mentioned).some((paragraph) => paragraph.includes(person!.name))) {
    await page.locator('.reading').getByRole('link', { name: zh(person!.name), exact: true }).first().click();
    await expect(page.locator('h1')).toHaveText(zh(person!.name));
  }
});

test('the article sidebar lists only the entities of that article, organizations folded', async ({ page }) => {
  const article = frontArticles.find((candidate) => entities.some((entity) => entity.kind === 'organization' && entity.mentions.some((m) => m.articleId === candidate.id)));
  expect(article, 'no article mentions an organization').toBeTruthy();
  await page.goto(`article/${article!.id}`);
  const sidebar = page.getByRole('region', { name: '本文人物与企业' });
  const own = entities.filter((entity) => entity.mentions.some((m) => m.articleId === article!.id));
  await expect(sidebar.getByRole('link')).toHaveCount(own.filter((entity) => entity.kind === 'person' || entity.kind === 'enterprise').length);
  const folded = sidebar.locator('details').filter({ hasText: '机构' });
  await expect(folded).toHaveCount(1);
  await folded.locator('summary').click();
  await expect(sidebar.getByRole('link')).toHaveCount(own.length - own.filter((entity) => entity.kind === 'project').length);
});
