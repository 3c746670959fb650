import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

test.describe('playground editor', () => {
  test('renders a working Monaco editor: typed text reads back', async ({ page }) => {
    await page.goto('/playground');
    const frame = page.locator('[data-editor-state="ready"]');
    await expect(frame).toBeVisible();
    const editor = frame.locator('.monaco-editor');
    await expect(editor).toBeVisible();

    // Python highlighting: the starter's keywords and strings are coloured tokens.
    await expect(editor.locator('.view-lines')).toContainText('b.append(4)');
    const tokenClasses = await editor.locator('.view-lines span span').evaluateAll((spans) =>
      Array.from(new Set(spans.map((s) => s.className))),
    );
    expect(tokenClasses.length).toBeGreaterThan(2);

    // Replace the program and read it back from the rendered lines.
    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('x = 257\ny = x\nprint(x is y)');
    // Monaco renders lines on animation frames: poll until the view has caught up.
    const lines = editor.locator('.view-lines');
    await expect
      .poll(async () => (await lines.innerText()).replace(/\u00a0/g, ' '))
      .toBe('x = 257\ny = x\nprint(x is y)');
    // The React state followed the edits (line counter is driven by onChange).
    await expect(page.getByText('3 lines')).toBeVisible();
  });

  test('the exported HTML shows the code in a static fallback before Monaco loads', async ({ request }) => {
    const res = await request.get('/playground');
    expect(res.ok()).toBeTruthy();
    const html = await res.text();
    expect(html).toContain('data-editor-state="loading"');
    expect(html).toContain('b.append(4)');
  });
});

/**
 * Holds back the Monaco chunk (the only script over 1 MB) until `release` is called, so a test
 * can work with the plain editor the page shows before Monaco takes over.
 */
/** Monaco's chunk: the one JS chunk over 1 MB that is Monaco's (the simulator's worker chunk is about 1 MB too). */
function isMonacoChunk(body: Buffer): boolean {
  return body.length > 1_000_000 && body.includes('monaco');
}

async function holdMonaco(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const res = await route.fetch();
    const body = await res.body();
    if (isMonacoChunk(body)) await gate;
    await route.fulfill({ response: res, body });
  });
  return release;
}

test.describe('plain editor before Monaco', () => {
  test('typing before Monaco is ready is kept, with the caret and the focus, when Monaco takes over', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const release = await holdMonaco(page);
    // 'commit': the load event may wait for the held-back chunk (it is preloaded)
    await page.goto('/playground', { waitUntil: 'commit' });
    const plain = page.locator('[data-editor-state="plain"]').getByRole('textbox', { name: 'Python program' });
    await expect(plain).toBeEditable();
    await expect(page.locator('.monaco-editor')).toHaveCount(0);

    await plain.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nq = [1]');
    // The page's state follows the plain editor (the line counter is driven by onChange).
    await expect(page.getByText('12 lines')).toBeVisible();
    // Select "[1]" backwards (caret before "["), then let Monaco in.
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    release();

    const ready = page.locator('[data-editor-state="ready"]');
    await expect(ready.locator('.monaco-editor')).toBeVisible();
    await expect(page.getByTestId('plain-editor')).toHaveCount(0);
    // Focus moved into Monaco and the selection came along: typing replaces "[1]".
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
    await page.keyboard.type('(2,)');
    const lines = ready.locator('.view-lines');
    await expect.poll(async () => (await lines.innerText()).replace(/\u00a0/g, ' ')).toContain('q = (2,)');
    await expect(page.getByText('12 lines')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('Ctrl+Enter in the plain editor runs the program', async ({ page }) => {
    const release = await holdMonaco(page);
    // 'commit': the load event may wait for the held-back chunk (it is preloaded)
    await page.goto('/playground', { waitUntil: 'commit' });
    const plain = page.locator('[data-editor-state="plain"]').getByRole('textbox', { name: 'Python program' });
    await expect(plain).toBeEditable();
    await plain.fill('x = 257\nprint(x is x)\n');
    await plain.press('ControlOrMeta+Enter');
    await expect(page.getByTestId('stdout')).toHaveText('True');
    release();
    await expect(page.locator('[data-editor-state="ready"] .view-lines')).toContainText('print(x is x)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the plain editor has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const release = await holdMonaco(page);
      await page.goto('/playground', { waitUntil: 'commit' });
      await expect(page.locator('[data-editor-state="plain"] [data-testid="plain-editor"]')).toBeEditable();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      release();
    });
  }

  test('when Monaco cannot load, the plain editor stays usable', async ({ page }) => {
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      const res = await route.fetch();
      const body = await res.body();
      if (isMonacoChunk(body)) await route.abort();
      else await route.fulfill({ response: res, body });
    });
    await page.goto('/playground');
    const plain = page.locator('[data-editor-state="plain"]').getByRole('textbox', { name: 'Python program' });
    await expect(plain).toBeEditable();
    // Give the failed import time to settle, then the plain editor must still be there and work.
    await page.waitForTimeout(1500);
    await plain.fill('print(1 + 1)\n');
    await plain.press('ControlOrMeta+Enter');
    await expect(page.getByTestId('stdout')).toHaveText('2');
    await expect(page.locator('[data-editor-state="plain"]')).toBeVisible();
  });

  test('the exported HTML preloads the Monaco chunk and holds a read-only textarea', async ({ request }) => {
    const html = await (await request.get('/playground')).text();
    expect(html).toMatch(/<textarea[^>]*readOnly=""[^>]*data-testid="plain-editor"|<textarea[^>]*data-testid="plain-editor"[^>]*readOnly=""/i);
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+\.js)" as="script"\/>/g)].map((m) => m[1]);
    const bodies = await Promise.all(preloads.map(async (href) => (await request.get(href)).body()));
    // One of them is Monaco itself (well over 1 MB).
    expect(bodies.some(isMonacoChunk)).toBe(true);
  });
});
