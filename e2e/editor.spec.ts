import { expect, test } from '@playwright/test';

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
