import { expect, test, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Records every request that leaves this machine and every console error or page error. */
function watch(page: Page) {
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!LOCAL_HOSTS.has(url.hostname)) external.push(req.url());
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { external, errors };
}

test('lesson and editor pages make no external requests and log no errors', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/lessons/names-and-identity');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');

  await page.goto('/playground');
  await expect(page.locator('[data-editor-state="ready"] .monaco-editor')).toBeVisible();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.type('z = 1\n');
  await page.waitForLoadState('networkidle');

  expect(seen.external, 'requests to non-local hosts').toEqual([]);
  expect(seen.errors, 'console errors').toEqual([]);
});
