import { describe, expect, test } from 'vitest';
import { startRun, type LiveTrace } from './client';

/** Runs `source` through startRun on the page's thread and resolves with the finished trace. */
function runInPage(source: string): Promise<LiveTrace> {
  return new Promise((resolve) => {
    startRun({
      source,
      profile: '3.12',
      thread: 'page',
      onUpdate: (t) => {
        if (t.status !== 'running') resolve(t);
      },
    });
  });
}

describe('running on the page thread (InPageRunner)', () => {
  test('streams the same trace and result as the worker protocol', async () => {
    const t = await runInPage('a = [1, 2]\nb = a\nprint(len(b), a is b)\n');
    expect(t.status).toBe('done');
    expect(t.thread).toBe('page');
    expect(t.result?.stdout).toBe('2 True\n');
    expect(t.deltas.length).toBeGreaterThanOrEqual(3);
    expect(t.final).not.toBeNull();
    expect(t.runMs).toBeGreaterThanOrEqual(0);
  });

  test('an uncaught exception ends the run with its traceback', async () => {
    const t = await runInPage('x = {}\nx["k"]\n');
    expect(t.result?.outcome).toBe('exception');
    expect(t.result?.stderr).toMatch(/KeyError: 'k'\n$/);
  });

  test('a stopped run reports nothing more', async () => {
    const updates: string[] = [];
    const h = startRun({ source: 'print(1)\n', profile: '3.12', thread: 'page', onUpdate: (t) => updates.push(t.status) });
    h.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(updates).toEqual(['stopped']);
    expect(h.trace.result).toBeNull();
  });
});
