import { expect, test } from '@playwright/test';

test.describe('lesson page', () => {
  test('renders the first lesson from MDX: heading, highlighted code, GFM table', async ({ page }) => {
    await page.goto('/lessons/names-and-identity');
    await expect(page).toHaveTitle(/Names, objects and identity/);
    await expect(page.getByRole('heading', { level: 1, name: 'Names, objects and identity' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'The small-integer cache' })).toBeVisible();

    // A code block highlighted at build time: shiki token spans with theme colours.
    const block = page.locator('figure[data-rehype-pretty-code-figure] pre code[data-language="python"]').first();
    await expect(block).toContainText('b.append(4)');
    const colours = await block.locator('span[style*="--shiki-light"]').evaluateAll((spans) =>
      Array.from(new Set(spans.map((s) => getComputedStyle(s).color))),
    );
    expect(colours.length).toBeGreaterThan(1);

    // The GFM table.
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader', { name: 'Operator' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('cell', { name: 'the type’s __eq__ method' }).or(table.getByRole('cell', { name: "the type's __eq__ method" }))).toBeVisible();
  });

  test('course navigation links the index, the lesson and the playground', async ({ page }) => {
    await page.goto('/lessons');
    await page.getByRole('link', { name: 'Names, objects and identity' }).click();
    await expect(page).toHaveURL(/\/lessons\/names-and-identity$/);
    const pager = page.getByRole('navigation', { name: 'Lesson navigation' });
    await expect(pager.getByRole('link', { name: /All lessons/ })).toBeVisible();
    await pager.getByRole('link', { name: /Open the playground/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  });

  test('an unknown lesson is a 404', async ({ page }) => {
    const res = await page.goto('/lessons/no-such-lesson');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/lessons/names-and-identity');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('small screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['/', '/lessons', '/lessons/names-and-identity', '/playground']) {
    test(`${path} fits a 360 px phone without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const toggle = page.getByRole('button', { name: /Colour theme/ });
      const box = await toggle.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(360);
      const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(width);
    });
  }
});
