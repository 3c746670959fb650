// The playground's UI figures (issue 5), measured in the system Chromium against the production
// build (out/) served locally: time to an interactive editor, step re-render time on a
// 10 000-step trace with 200 live objects (performance measures 'heaplab-step' that the page
// records around each step: median and p95), and the page's JS heap after a 100 000-step run.
// Usage: node scripts/bench-ui.mjs   (build first with `npx next build` when out/ is missing)
import { existsSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { serve } from './serve-static.mjs';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4188);
const BASE = `http://127.0.0.1:${PORT}`;

if (!existsSync('out/playground.html') && !existsSync('out/playground/index.html')) {
  console.log('bench-ui: out/ has no playground; build first with `npx next build`. Skipped.');
} else {
  const { server } = await serve('out', { port: PORT, host: '127.0.0.1' });
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    });
    const b64 = (s) => Buffer.from(s).toString('base64url');
    const open = async (code) => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${BASE}/playground#v=3.12&code=${b64(code)}`);
      await page.locator('[data-editor-state="ready"] .monaco-editor').waitFor();
      return page;
    };
    const runToEnd = async (page) => {
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Run' }).click();
      await page.locator('[data-run-status]:not([data-run-status="running"]):not([data-run-status="idle"])').waitFor({ timeout: 120_000 });
      return Date.now() - t0;
    };
    const pct = (xs, p) => {
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
    };

    // 1. Interactive: navigation start → Monaco mounted and accepting input (median of 3 cold loads).
    const ttis = [];
    for (let i = 0; i < 3; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${BASE}/playground`);
      await page.locator('[data-editor-state="ready"] .monaco-editor textarea').waitFor();
      ttis.push(await page.evaluate(() => performance.now()));
      await ctx.close();
    }

    // 2. Stepping a 10 000-step trace with 200 live objects.
    const STEP_PROGRAM = `objs = [[i] for i in range(200)]
k = 0
while k < 5000:
    a = objs[k % 200]
    k += 1
`;
    const page = await open(STEP_PROGRAM);
    const runMs = await runToEnd(page);
    const info = await page.evaluate(() => ({
      pos: document.querySelector('[data-testid="step-pos"]')?.textContent ?? '',
      boxes: document.querySelectorAll('[data-testid="heap-view"] [data-obj-id]').length,
      arrows: document.querySelectorAll('[data-testid="heap-view"] svg path[marker-end]').length,
    }));
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    for (let i = 0; i < 5000; i += 50) await page.keyboard.press('PageDown'); // warm up, spread over the trace
    await page.evaluate(() => performance.clearMeasures('heaplab-step'));
    for (let i = 0; i < 300; i++) await page.keyboard.press(i % 3 === 2 ? 'ArrowLeft' : 'ArrowRight');
    const steps = await page.evaluate(() => performance.getEntriesByName('heaplab-step').map((e) => e.duration));
    const boxesAfter = await page.locator('[data-testid="heap-view"] [data-obj-id]').count();
    await page.close();

    // 3. Memory after a 100 000-step run (stepped to the end), JS heap after a forced GC.
    const BIG = `i = 0
while i < 100000:
    i += 1
`;
    const page2 = await open(BIG);
    const bigMs = await runToEnd(page2);
    const bigPos = await page2.getByTestId('step-pos').innerText();
    await page2.getByTestId('timeline').focus();
    await page2.keyboard.press('End');
    const cdp = await page2.context().newCDPSession(page2);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics').catch(async () => {
      await cdp.send('Performance.enable');
      return cdp.send('Performance.getMetrics');
    });
    let used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (!used) {
      await cdp.send('Performance.enable');
      used = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    }
    await page2.close();
    await browser.close();

    const f = (n) => n.toFixed(1);
    console.log(`\nPlayground UI (Chromium, production build, local server; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores)`);
    console.log(`  interactive editor:        ${f(pct(ttis, 50))} ms median of ${ttis.length} cold loads (${ttis.map(f).join(', ')})   target < 1500 ms`);
    console.log(`  step re-render (10k steps): median ${f(pct(steps, 50))} ms, p95 ${f(pct(steps, 95))} ms over ${steps.length} steps   target < 16 ms`);
    console.log(`      trace: ${info.pos.trim()}, ${info.boxes} objects and ${info.arrows} arrows drawn at the first step (${boxesAfter} later), run + stream ${runMs} ms`);
    console.log(`  JS heap after 100k steps:  ${f(used / 1024 / 1024)} MB (${bigPos.trim()}, run + stream ${bigMs} ms)   target < 200 MB`);
  } finally {
    server.close();
  }
}
