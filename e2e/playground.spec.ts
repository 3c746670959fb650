import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { run, snapshotAt } from '../lib/pysim';
import type { Trace } from '../lib/pysim/trace/types';

// The playground against the simulator itself: the page runs lib/pysim in a Web Worker, and the
// test runs the same program with run() in Node and compares the rendered heap with its trace.

const PROGRAM = `import gc
class Node: pass
a = Node()
b = Node()
a.other = b
b.other = a
x = [1, 2, 3]
y = x
del a, b
n = gc.collect()
t = [x]
del t
print(n, len(y))
`;

function expected(): Trace {
  const r = run(PROGRAM, { profile: '3.12', trace: true });
  expect(r.outcome).toBe('ok');
  return r.trace!;
}

async function typeProgram(page: Page, src: string) {
  const editor = page.locator('[data-editor-state="ready"] .monaco-editor');
  await expect(editor).toBeVisible();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(src);
  await expect.poll(async () => (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ').trim()).toBe(src.trim());
}

/** Moves the timeline to `step` (0-based) with the keyboard. */
async function goTo(page: Page, step: number) {
  const tl = page.getByTestId('timeline');
  await tl.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < step; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-pos')).toContainText(`step ${step + 1} /`);
}

test.describe('playground', () => {
  test('runs a typed program and shows the heap the simulator computes', async ({ page }) => {
    const trace = expected();
    await page.goto('/playground');
    await typeProgram(page, PROGRAM);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.locator('[data-run-status="done"]')).toBeVisible();
    await expect(page.getByTestId('stdout')).toHaveText('2 3');
    // One step per line event, plus the playground's end-of-module step.
    await expect(page.getByTestId('step-pos')).toContainText(`/ ${trace.deltas.length + 1}`);

    // The step just before `del a, b` runs: both names bound, the list held by x and y.
    const lineOf = (text: string) => PROGRAM.split('\n').indexOf(text) + 1;
    const k = trace.deltas.findIndex((d) => d.line === lineOf('del a, b'));
    expect(k).toBeGreaterThan(0);
    await goTo(page, k);
    const snap = snapshotAt(trace, k);
    const globals = snap.frames[0].bindings;
    const xId = globals.find((b) => b.label === 'x')!.ref;
    const list = snap.objects[xId];
    expect(list.type).toBe('list');
    const heap = page.getByTestId('heap-view');
    const box = heap.locator(`[data-obj-id="${xId}"]`);
    await expect(box).toHaveAttribute('data-type', 'list');
    await expect(box).toHaveAttribute('data-refcount', String(list.refcount));
    await expect(box).toHaveAttribute('data-address', list.address);
    await expect(heap.locator('[data-binding="y"]')).toHaveAttribute('data-ref', String(xId));
    // The refcount badge names its holders on focus.
    const badge = box.getByRole('button', { name: new RegExp(`refcount ${list.refcount}`) });
    await badge.focus();
    const tip = box.getByRole('tooltip');
    await expect(tip).toBeVisible();
    for (const r of list.referrers) await expect(tip).toContainText(r);
    // Every shown Node object and its address match the simulator; arrows: one per drawn binding or reference.
    for (const name of ['a', 'b']) {
      const id = globals.find((b) => b.label === name)!.ref;
      await expect(heap.locator(`[data-obj-id="${id}"]`)).toHaveAttribute('data-address', snap.objects[id].address);
    }
    expect(await heap.locator('svg path[marker-end]').count()).toBeGreaterThanOrEqual(globals.length + 2);
    // The words for the step that ran `y = x`.
    await expect(page.getByTestId('events-panel')).toContainText(`list #${xId} refcount ${snapshotAt(trace, k - 1).objects[xId].refcount} → ${list.refcount}`);

    // After `del a, b`: the cycle is still alive but unreachable, marked before the collector runs.
    await goTo(page, k + 1);
    const nodes = globals.filter((b) => b.label === 'a' || b.label === 'b').map((b) => b.ref);
    for (const id of nodes) await expect(heap.locator(`[data-obj-id="${id}"]`)).toHaveAttribute('data-status', 'unreachable');

    // After gc.collect(): the collection is listed with what the simulator found, and its passes are shown.
    const stop = trace.events.find((e) => e.type === 'gc-stop')!;
    expect(stop.type === 'gc-stop' && stop.collected).toBe(2);
    await goTo(page, stop.step);
    const panel = page.getByTestId('collector-panel');
    await expect(panel.locator(`[data-gc-step="${stop.step}"]`)).toContainText('gen 2, 2 collected');
    await expect(page.getByTestId('gc-passes')).toBeVisible();
    const rec = trace.collections!.find((c) => c.step === stop.step)!;
    for (const id of rec.unreachable.filter((u) => nodes.includes(u))) {
      await expect(heap.locator(`[data-obj-id="${id}"] [data-gc-refs]`)).toHaveAttribute('data-gc-refs', '0');
    }
    await panel.getByRole('radio', { name: /delete_garbage/ }).check();
    for (const id of nodes) {
      const ghost = heap.locator(`[data-obj-id="${id}"]`);
      await expect(ghost).toHaveAttribute('data-status', 'freed');
      await expect(ghost).toContainText('collected by the gc');
    }

    // `del t` frees the one-item list: a freed ghost with the cause the trace gives.
    const free = trace.events.find((e) => e.type === 'free' && e.typeName === 'list' && e.step > stop.step)!;
    expect(free.type).toBe('free');
    await goTo(page, free.step);
    const freed = heap.locator(`[data-obj-id="${free.type === 'free' ? free.obj : 0}"]`);
    await expect(freed).toHaveAttribute('data-status', 'freed');
    await expect(freed).toContainText(free.type === 'free' && free.cause === 'freelist' ? 'free list' : 'refcount reached zero');

    // The memory panel has the list's block, linked to the object.
    const mem = page.getByTestId('memory-panel');
    const block = mem.locator(`[data-owner="${xId}"]`);
    await expect(block).toHaveCount(1);
    await expect(block).toHaveAttribute('aria-label', new RegExp(`list #${xId} at ${list.address}, getsizeof ${list.size}`));

    // The heap as a table for screen readers.
    await page.getByRole('radio', { name: 'Table' }).check();
    await expect(page.getByTestId('heap-table').locator(`tr[data-obj-id="${xId}"]`)).toContainText(list.address);
  });

  test('a runaway loop is stopped and keeps its partial trace', async ({ page }) => {
    const src = 'while True:\n    x = []\n';
    await page.goto(`/playground#v=3.12&code=${Buffer.from(src).toString('base64url')}`);
    await expect(page.locator('[data-editor-state="ready"]')).toBeVisible();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('run-status')).toContainText(/Running… [1-9]/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('[data-run-status="stopped"]')).toBeVisible();
    await expect(page.getByTestId('run-status')).toContainText('Stopped by you');
    const pos = await page.getByTestId('step-pos').innerText();
    const m = /step (\d+) \/ (\d+)/.exec(pos)!;
    expect(Number(m[2])).toBeGreaterThan(10);
    expect(Number(m[1])).toBe(Number(m[2]));
    await expect(page.getByTestId('heap-view').locator('[data-binding="x"]')).toBeVisible();
    // The page stayed responsive: stepping still works.
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect(page.getByTestId('step-pos')).toContainText(`step ${Number(m[2]) - 1} /`);
  });

  test("recursion past what the browser's stack holds says so", async ({ page }) => {
    const src = 'import sys\nsys.setrecursionlimit(100000)\nn = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\nexcept RecursionError:\n    print(n)\n';
    await page.goto(`/playground#v=3.12&code=${Buffer.from(src).toString('base64url')}`);
    await expect(page.locator('[data-editor-state="ready"]')).toBeVisible();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.locator('[data-run-status="done"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('run-status')).toContainText("the browser's stack ran out before CPython's recursion limit");
    // it was run again on the page's own thread, whose stack is deeper than the worker's
    await expect(page.locator('[data-run-thread="page"]')).toBeVisible();
    const depth = Number(await page.getByTestId('stdout').innerText());
    test.info().annotations.push({ type: "nested Python calls the page's thread held", description: String(depth) });
    expect(depth).toBeGreaterThan(1000);
  });

  test("recursion to CPython's default limit gives CPython's depth in the browser", async ({ page }) => {
    // CPython 3.12 prints 999 and 900 (recorded from the native interpreter): the worker's stack
    // runs out first, and the run is repeated on the page's thread
    const src = 'n = 0\ndef f():\n    global n\n    n += 1\n    f()\ntry:\n    f()\nexcept RecursionError:\n    print(n)\ndef g(k):\n    if k == 0:\n        return 0\n    return g(k - 1) + 1\nprint(g(900))\n';
    await page.goto(`/playground#v=3.12&code=${Buffer.from(src).toString('base64url')}`);
    await expect(page.locator('[data-editor-state="ready"]')).toBeVisible();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.locator('[data-run-status="done"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('stdout')).toHaveText('999\n900');
    await expect(page.locator('[data-run-thread="page"]')).toBeVisible();
    const ms = await page.locator('[data-run-thread="page"]').getAttribute('data-run-ms');
    test.info().annotations.push({ type: "the run again on the page's thread (ms)", description: String(ms) });
    await expect(page.getByTestId('run-status')).not.toContainText('stack ran out');
  });

  test("recursion within the browser's stack has no stack note", async ({ page }) => {
    const src = 'def g(k):\n    if k == 0:\n        return 0\n    return g(k - 1) + 1\nprint(g(300))\n';
    await page.goto(`/playground#v=3.12&code=${Buffer.from(src).toString('base64url')}`);
    await expect(page.locator('[data-editor-state="ready"]')).toBeVisible();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('stdout')).toHaveText('300');
    await expect(page.getByTestId('run-status')).not.toContainText('stack ran out');
    await expect(page.locator('[data-run-thread="worker"]')).toBeVisible();
  });

  test('the URL hash carries the program and profile', async ({ page }) => {
    const src = 'x = 257\ny = x\nprint(x is y)\n';
    await page.goto(`/playground#v=3.11&code=${Buffer.from(src).toString('base64url')}`);
    await expect(page.getByLabel('CPython version')).toHaveValue('3.11');
    await expect(page.locator('[data-editor-state="ready"] .view-lines')).toContainText('print(x is y)');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('stdout')).toHaveText('True');
  });

  test('a large container is summarised and expands on request', async ({ page }) => {
    const src = 'big = list(range(300, 310))\nprint(len(big))\n';
    await page.goto(`/playground#v=3.12&code=${Buffer.from(src).toString('base64url')}`);
    await expect(page.locator('[data-editor-state="ready"]')).toBeVisible();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('stdout')).toHaveText('10');
    await page.getByRole('button', { name: 'Last step' }).click();
    const box = page.getByTestId('heap-view').locator('[data-type="list"]');
    await expect(box.locator('li')).toHaveCount(4);
    const more = box.getByRole('button', { name: '+7 more' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(box.locator('li')).toHaveCount(11);
    await expect(box.getByRole('button', { name: 'show less' })).toHaveAttribute('aria-expanded', 'true');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the playground after a run has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/playground#v=3.12&code=${Buffer.from(PROGRAM).toString('base64url')}`);
      await expect(page.locator('[data-editor-state="ready"] .monaco-editor')).toBeVisible();
      await page.getByRole('button', { name: 'Run' }).click();
      await expect(page.locator('[data-run-status="done"]')).toBeVisible();
      await goTo(page, 10);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const summary = results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
      expect(summary).toEqual([]);
    });
  }
});
