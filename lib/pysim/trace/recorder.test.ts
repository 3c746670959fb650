import { describe, expect, test } from 'vitest';
import { run, snapshotAt } from '../index';
import { sameFrames, sameGc, sameObject } from './compare';
import type { HeapObjectSnapshot, Snapshot, Trace } from './types';

function traceOf(src: string): { trace: Trace; stdout: string } {
  const r = run(src, { profile: '3.12', trace: true });
  expect(r.outcome).toBe('ok');
  return { trace: r.trace!, stdout: r.stdout };
}

const snapshots = (t: Trace): Snapshot[] => t.deltas.map((_, k) => snapshotAt(t, k));

describe('trace recorder', () => {
  test('never runs Python code: a bound method of a class with __repr__ adds no steps', () => {
    const src = [
      'import sys',
      'class M:',
      '    def meth(self):',
      '        return self',
      '    def __repr__(self):',
      '        return "M"',
      'm = M()',
      'b = m.meth',
      'w = [b, m]',
      'print(sys.getrefcount(M.__dict__["__repr__"]))',
      '',
    ].join('\n');
    const { trace, stdout } = traceOf(src);
    expect(stdout).toBe(run(src, { profile: '3.12' }).stdout);
    // a step per statement of the module and the class body: M.__repr__ never ran
    for (const s of snapshots(trace)) expect(s.frames.map((f) => f.name)).not.toContain('__repr__');
    expect(trace.deltas.length).toBeLessThanOrEqual(12);
    const last = snapshotAt(trace, trace.deltas.length - 1);
    const method = Object.values(last.objects).find((o) => o.type === 'method')!;
    expect(method.repr).toMatch(/^<bound method M\.meth of <M object at 0x[0-9a-f]+>>$/);
  });

  test('a float revived from the free list shows its new value', () => {
    const { trace } = traceOf('a = 1.5\ndel a\nb = 2.25\nc = b\n');
    const last = snapshotAt(trace, trace.deltas.length - 1);
    const b = last.frames[0].bindings.find((x) => x.label === 'b')!;
    expect(last.objects[b.ref].repr).toBe('2.25');
  });

  test('record equality agrees with comparing the JSON of both records', () => {
    const src = 'import gc\nclass N: pass\nxs = []\nfor i in range(30):\n    n = N()\n    n.me = n\n    xs.append((i, str(i), n))\n    if i % 7 == 0:\n        xs.pop(0)\n        gc.collect()\nprint(len(xs))\n';
    const snaps = snapshots(traceOf(src).trace);
    let compared = 0;
    for (let k = 1; k < snaps.length; k++) {
      const a = snaps[k - 1], b = snaps[k];
      expect(sameFrames(a.frames, b.frames)).toBe(JSON.stringify(a.frames) === JSON.stringify(b.frames));
      expect(sameGc(a.gc, b.gc)).toBe(JSON.stringify(a.gc) === JSON.stringify(b.gc));
      for (const [id, o] of Object.entries(b.objects)) {
        const p: HeapObjectSnapshot | undefined = a.objects[Number(id)];
        if (!p) continue;
        expect(sameObject(p, o)).toBe(JSON.stringify(p) === JSON.stringify(o));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
