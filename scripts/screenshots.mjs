// Screenshots of the playground in light and dark mode (docs/playground-light.png and
// docs/playground-dark.png), taken in the system Chromium against the production build.
// Usage: node scripts/screenshots.mjs   (build first with `npx next build` when out/ is missing)
import { chromium } from '@playwright/test';
import { serve } from './serve-static.mjs';

const PORT = Number(process.env.SHOTS_PORT ?? 4187);
const BASE = `http://127.0.0.1:${PORT}`;
const PROGRAM = `import gc
class Node: pass
a = Node()
b = Node()
a.partner = b
b.partner = a
names = ["ada", "grace"]
alias = names
del a, b
found = gc.collect()
print(found, alias is names)
`;

const { server } = await serve('out', { port: PORT, host: '127.0.0.1' });
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
    await page.goto(`${BASE}/playground#v=3.12&code=${Buffer.from(PROGRAM).toString('base64url')}`);
    await page.locator('[data-editor-state="ready"] .monaco-editor').waitFor();
    await page.getByRole('button', { name: 'Run' }).click();
    await page.locator('[data-run-status="done"]').waitFor({ timeout: 60_000 });
    // The step after `del a, b`: the cycle is unreachable and waiting for the collector.
    await page.getByTestId('timeline').focus();
    const target = Number(process.env.SHOT_STEP ?? 10);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.activeElement?.blur?.());
    await page.waitForTimeout(400);
    const box = await page.locator('section[data-run-status]').boundingBox();
    await page.screenshot({ path: `docs/playground-${scheme}.png`, fullPage: true, clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 } });
    await page.close();
  }
  await browser.close();
  console.log('wrote docs/playground-light.png and docs/playground-dark.png');
} finally {
  server.close();
}
