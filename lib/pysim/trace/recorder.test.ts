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

  test('shows a weak proxy as one, and a generic alias or union by its repr unless it could run Python code', () => {
    const src = [
      'import weakref',
      'class R:',
      '    def __repr__(self):',
      '        return "R!"',
      'r = R()',
      'p = weakref.proxy(r)',
      'a = dict[str, list[int]]',
      'u = int | None',
      'odd = list[r]',
      'done = True',
      '',
    ].join('\n');
    const { trace } = traceOf(src);
    const last = snapshotAt(trace, trace.deltas.length - 1);
    const bound = (label: string) => last.objects[last.frames[0].bindings.find((x) => x.label === label)!.ref];
    expect(bound('p').repr).toMatch(/^<weakproxy at 0x[0-9a-f]+; to 'R' at 0x[0-9a-f]+>$/);
    expect(bound('a').repr).toBe('dict[str, list[int]]');
    expect(bound('u').repr).toBe('int | None');
    // R.__repr__ would run for list[r]: the recorder shows the type instead
    expect(bound('odd').repr).toMatch(/^<GenericAlias object at 0x[0-9a-f]+>$/);
    for (const snap of snapshots(trace)) expect(snap.frames.map((f) => f.name)).not.toContain('__repr__');
  });

  test("steps over the library modules' own lines: import weakref is one step", () => {
    const { trace } = traceOf('import weakref\nclass C: pass\nc = C()\nr = weakref.ref(c)\n');
    // one step per line of the program (the class body's line included), none inside weakref.py
    expect(trace.deltas.length).toBeLessThanOrEqual(6);
    for (const snap of snapshots(trace)) expect(snap.line).toBeLessThanOrEqual(4);
  });

  test('a match statement steps the lines CPython traces: case patterns, sub-patterns, stores, guard', () => {
    const src = [
      'def run(v):', '    match v:', '        case [', '            1,', '            x,', '        ] if (', '            x > 0', '        ):',
      '            return 1', '        case _:', '            return 2', 'run([1, 2])', 'run([1, -2])',
    ].join('\n') + '\n';
    // sys.settrace's line events in `run`, recorded from CPython 3.12.1 and 3.11.7 (3.11 stores
    // the captures at the last sub-pattern's line, 3.12 at the case pattern's)
    const expected: Record<string, number[]> = { '3.12': [2, 3, 4, 3, 7, 9, 2, 3, 4, 3, 7, 10, 11], '3.11': [2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 7, 10, 11] };
    for (const profile of ['3.12', '3.11'] as const) {
      const r = run(src, { profile, trace: true });
      expect(r.outcome).toBe('ok');
      const lines = snapshots(r.trace!).filter((s) => s.frames[s.frames.length - 1].name === 'run').map((s) => s.line);
      expect(lines).toEqual(expected[profile]);
    }
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
