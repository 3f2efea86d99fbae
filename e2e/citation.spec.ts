import { readFileSync } from 'node:fs';
import { frontPage, manifest } from './bundle.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';

const SITE = manifest.site.url!;
// A story with a writer's byline: the reference names its author.
const article = frontPage.articles.find((candidate) => candidate.kind === 'article' && candidate.bylines.some((b) => !/摄/u.test(b.role ?? '')))!;
const title = zh(itemTitle(article));
const url = `${SITE}article/${article.id}`;
const authors = [...new Set(article.bylines.filter((b) => !/^(摄|摄影|图)$/u.test(b.role ?? '')).map((b) => b.name))];
const { page: printed } = frontPage;
const reference = `${authors.slice(0, 3).join(', ')}${authors.length > 3 ? ', 等' : ''}. ${title}[N]. ${printed.publication}, ${printed.date}(${printed.number}).`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('引用 shows and copies a GB/T 7714 reference with the permalink, by keyboard', async ({ page }) => {
  await page.goto(`article/${article.id}`);
  await hydrated(page);
  const cite = page.getByRole('button', { name: '引用', exact: true });
  await expect(cite).toHaveAttribute('aria-expanded', 'false');
  await cite.focus();
  await page.keyboard.press('Enter');
  await expect(cite).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: '引用本文' });
  await expect(panel.locator('[data-citation="gbt7714"]')).toHaveText(reference);
  await expect(panel.getByRole('link', { name: url })).toHaveAttribute('href', url);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: '复制引用' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '引用已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${reference} ${url}`);

  await page.keyboard.press('Escape');
  await expect(cite).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toBeHidden();
});

test('引用 downloads BibTeX and RIS made in the browser', async ({ page }) => {
  await page.goto(`article/${article.id}`);
  await hydrated(page);
  await page.getByRole('button', { name: '引用', exact: true }).click();
  const [bib] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 BibTeX' }).click()]);
  expect(bib.suggestedFilename()).toBe(`${article.id}.bib`);
  const bibtex = readFileSync((await bib.path())!, 'utf8');
  expect(bibtex).toMatch(/^@article\{dubao:/u);
  expect(bibtex).toContain(`author = {${authors.join(' and ')}}`);
  expect(bibtex).toContain(`journal = {${printed.publication}}`);
  expect(bibtex).toContain(`date = {${printed.date}}`);
  expect(bibtex).toContain(`url = {${url}}`);

  const [risFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 RIS' }).click()]);
  expect(risFile.suggestedFilename()).toBe(`${article.id}.ris`);
  const ris = readFileSync((await risFile.path())!, 'utf8').split('\r\n');
  expect(ris[0]).toBe('TY  - NEWS');
  expect(ris).toEqual(expect.arrayContaining([...authors.map((name) => `AU  - ${name}`), `T2  - ${printed.publication}`, `DA  - ${printed.date!.replace(/-/gu, '/')}`, `UR  - ${url}`, 'ER  - ']));
});

test('报告错误 writes to the editors with the title, the permalink and the selected text', async ({ page }) => {
  await page.goto(`article/${article.id}`);
  await hydrated(page);
  const report = page.getByRole('link', { name: '报告错误' });
  const mail = async () => {
    const href = (await report.getAttribute('href'))!;
    expect(href.startsWith(`mailto:${manifest.site.editors}?`)).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/gu, '%2B'));
    return { subject: params.get('subject')!, body: params.get('body')! };
  };
  expect((await mail()).subject).toBe(`报告错误：${title}`);
  expect((await mail()).body).toContain(url);

  // The reader selects part of the first paragraph, then follows the link.
  const paragraph = page.locator('article p').filter({ hasText: zh(article.body[0]!.text).slice(0, 8) }).first();
  const selected = await paragraph.evaluate((element) => {
    const range = document.createRange();
    const text = element.firstChild!;
    range.setStart(text, 0);
    range.setEnd(text, Math.min(10, text.textContent!.length));
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    return range.toString();
  });
  await report.dispatchEvent('pointerdown');
  const { body } = await mail();
  expect(body).toContain(`稿件：${title}`);
  expect(body).toContain(`链接：${url}`);
  expect(body).toContain(selected);
});
