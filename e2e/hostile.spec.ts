import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRoutes, pages, prerenderedRoutes } from './bundle.ts';
import { expect, test } from './fixtures.ts';

// e2e/seeds/001_hostile.txt prints markup a PDF extraction or an old web page leaves in the text.
const hostile = pages.flatMap((chunk) => chunk.articles).find((article) => article.headline.includes('<script>'));

test('a page with markup in its text shows the markup as text and runs nothing', async ({ page }) => {
  expect(hostile, 'the e2e build includes the hostile fixture page').toBeDefined();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`article/${hostile!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert(1)</script>');
  const article = page.locator('main');
  await expect(article).toContainText('<img src=x onerror=alert(1)>');
  await expect(article).toContainText('<b>不是粗体</b>');
  expect(await article.locator('img, script, b').count()).toBe(0);
  await page.goto(`page/${hostile!.pageId}`);
  await expect(page.locator('main')).toContainText('<script>alert(1)</script>');
  expect(dialogs).toEqual([]);
});

test('every built HTML page carries a CSP that allows only the site itself', () => {
  const root = process.env.DUBAO_DIST ?? 'dist-e2e';
  const htmlFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(htmlFiles.length).toBeGreaterThanOrEqual(prerenderedRoutes.length - 1);
  for (const file of htmlFiles) {
    const html = readFileSync(join(root, file), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)?.[1] ?? '';
    expect(csp, file).toContain("default-src 'self'");
    expect(csp, file).not.toMatch(/unsafe-inline|unsafe-eval|https?:/u);
    // Scripts are the site's own files or hashed; the data travels as non-executed JSON.
    for (const script of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/gu)) {
      const attributes = script[1] ?? '';
      if (attributes.includes('application/json')) continue;
      expect(csp, `${file}: an inline script needs its hash in the CSP`).toMatch(/'sha256-/u);
    }
  }
});

test('no CSP violation on any route', async ({ page }) => {
  // One visit per route: the time grows with the fixture corpus, not with a slow page.
  test.setTimeout(30_000 + allRoutes.length * 3_000);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const route of allRoutes) {
    await page.goto(route.replace(/^\//u, ''));
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
    expect(violations, route).toEqual([]);
  }
});
