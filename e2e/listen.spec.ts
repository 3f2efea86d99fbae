import type { Page } from '@playwright/test';
import { frontArticles } from './bundle.ts';
import { expect, hydrated, itemTitle, test, zh } from './fixtures.ts';
import { installSpeechStub, ZH_VOICE } from './speech-stub.ts';

// The lead story: a headline and several paragraphs; and the story after it on the same page.
const article = frontArticles.find((candidate) => candidate.kind === 'article' && candidate.body.length >= 3)!;
const next = frontArticles[frontArticles.indexOf(article) + 1]!;
const texts = [zh(itemTitle(article)), ...article.body.map((block) => zh(block.text))];

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string }[] } }).__speech.spoken.map((item) => item.text));
const endCurrent = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { end(): void } }).__speech.end());
const marked = (page: Page) => page.locator('[data-speaking]');

test.describe('朗读 with a Chinese voice', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installSpeechStub, { voices: [{ lang: 'en-US', name: 'English' }, ZH_VOICE] });
  });

  test('reads the headline, then each paragraph; the mark follows the end of each utterance', async ({ page }) => {
    await page.goto(`article/${article.id}`);
    await hydrated(page);
    await page.getByRole('button', { name: '朗读' }).click();
    const player = page.getByRole('region', { name: '朗读' });
    await expect(player.getByRole('status')).toHaveText('正在朗读：标题');
    await expect.poll(() => spoken(page)).toEqual([texts[0]]);
    await expect(marked(page)).toHaveText(texts[0]!);
    for (let index = 1; index < texts.length; index++) {
      await endCurrent(page);
      await expect(marked(page)).toHaveText(texts[index]!);
      await expect(marked(page)).toBeInViewport();
    }
    expect(await spoken(page)).toEqual(texts);
    await endCurrent(page);
    await expect(player.getByRole('status')).toHaveText('本篇已读完');
    await expect(marked(page)).toHaveCount(0);
  });

  test('pause and resume, ← → skip a paragraph, the rate applies, and the place is remembered', async ({ page }) => {
    await page.goto(`article/${article.id}`);
    await hydrated(page);
    await page.keyboard.press('n');
    const player = page.getByRole('region', { name: '朗读' });
    await expect(marked(page)).toHaveText(texts[0]!);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(marked(page)).toHaveText(texts[2]!);
    await page.keyboard.press('ArrowLeft');
    await expect(marked(page)).toHaveText(texts[1]!);
    // Still on this article: the pager's ← did not take the key.
    await expect(page).toHaveURL(new RegExp(`/article/${article.id}$`, 'u'));
    await page.keyboard.press('n');
    await expect(player.getByRole('status')).toHaveText(/已暂停/u);
    await player.getByRole('button', { name: '继续' }).click();
    await expect(player.getByRole('status')).toHaveText(/正在朗读：第 1 段/u);
    await player.getByLabel('语速').selectOption('1.5');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __speech: { spoken: { rate: number; lang: string }[] } }).__speech.spoken.at(-1))).toEqual({ text: texts[1], rate: 1.5, lang: 'zh-CN' });
    await endCurrent(page);
    await expect(marked(page)).toHaveText(texts[2]!);

    // Back later: reading starts where it stopped, at the remembered rate.
    await page.reload();
    await page.getByRole('button', { name: '朗读' }).click();
    await expect(marked(page)).toHaveText(texts[2]!);
    await expect(page.getByRole('region', { name: '朗读' }).getByLabel('语速')).toHaveValue('1.5');
  });

  test('goes on with the next article of the 版 when asked to', async ({ page }) => {
    await page.goto(`article/${article.id}`);
    await hydrated(page);
    await page.getByRole('button', { name: '朗读' }).click();
    await page.getByRole('region', { name: '朗读' }).getByRole('checkbox', { name: '读完接着读本版下一篇' }).check();
    for (let index = 1; index < texts.length; index++) await endCurrent(page);
    await expect(marked(page)).toHaveText(texts.at(-1)!);
    await endCurrent(page);
    await expect(page).toHaveURL(new RegExp(`/article/${next.id}$`, 'u'));
    await expect(marked(page)).toHaveText(zh(itemTitle(next)));
    await expect.poll(async () => (await spoken(page)).at(-1)).toBe(zh(itemTitle(next)));
  });

  test('the player is loaded only when asked for', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`article/${article.id}`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((url) => /ListenPlayer/u.test(url))).toEqual([]);
    await page.getByRole('button', { name: '朗读' }).click();
    await expect(page.getByRole('region', { name: '朗读' })).toBeVisible();
    expect(scripts.filter((url) => /ListenPlayer/u.test(url))).toHaveLength(1);
  });
});

test('says so when there is no Chinese voice', async ({ page }) => {
  await page.addInitScript(installSpeechStub, { voices: [{ lang: 'en-US', name: 'English' }] });
  await page.goto(`article/${article.id}`);
  await hydrated(page);
  await page.getByRole('button', { name: '朗读' }).click();
  await expect(page.getByRole('alert')).toContainText('没有可用的中文（zh-CN）语音');
  expect(await spoken(page)).toEqual([]);
});
