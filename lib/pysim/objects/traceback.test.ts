// Traceback and frame objects (traceback.ts, frameobject.ts): who holds what, and that the heap
// stays consistent around them. The figures CPython prints are checked by the fidelity corpus
// (test/cases/traceback-objects); these tests pin the structure behind them.
import { describe, expect, it } from 'vitest';
import { createInterpreter, run } from '../index';
import { PyTraceBack, tracebackEntries } from './traceback';
import { PyFrameObject } from './frameobject';
import type { PyBaseException } from './exceptions';

const saved = `
def f():
    x = [1]
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e, x
err, lst = f()
`;

describe('traceback objects', () => {
  it('chains outermost first, one entry per frame, each over a frame object', () => {
    const sim = createInterpreter({ profile: '3.12' });
    sim.run(`
def inner():
    raise KeyError(1)
def outer():
    inner()
try:
    outer()
except KeyError as e:
    err = e
`);
    const e = sim.lookup('err') as PyBaseException;
    const tb = e.traceback!;
    expect(tb).toBeInstanceOf(PyTraceBack);
    expect(tracebackEntries(tb).map((t) => t.name)).toEqual(['inner', 'outer', '<module>']);
    expect(tb.tb_frame).toBeInstanceOf(PyFrameObject);
    // every frame has finished (sim.run ends the module code too): each frame object took over
    // its frame's data (take_ownership) and is tracked; the module's keeps the globals as f_locals
    for (let t: PyTraceBack | null = tb; t; t = t.tb_next) {
      expect(t.tb_frame.frame).toBeNull();
      expect(t.tb_frame.gc_next).not.toBeNull();
    }
    expect(tb.tb_frame.locals).toBe(tb.tb_frame.globals);
    expect(tb.tb_next!.tb_frame.f_back).toBe(tb.tb_frame);
    expect(sim.heapCheck()).toEqual([]);
  });

  it('a finished frame object holds its locals until the exception goes', () => {
    const sim = createInterpreter({ profile: '3.12' });
    sim.run(saved);
    const lst = sim.lookup('lst')!;
    // the global and the frame object's slot
    expect(sim.refcount(lst)).toBe(2);
    sim.run('err.__traceback__ = None');
    expect(sim.refcount(lst)).toBe(1);
    expect(sim.heapCheck()).toEqual([]);
  });

  it('keeps the heap consistent on every profile', () => {
    for (const profile of ['3.11', '3.12', '3.13', '3.14'] as const) {
      const sim = createInterpreter({ profile });
      sim.run(saved + 'loc = err.__traceback__.tb_frame.f_locals\nimport sys\nfr = sys._getframe()\n');
      expect(sim.heapCheck()).toEqual([]);
    }
  });

  it('leaves the printed traceback of an uncaught exception as it was', () => {
    const r = run('def f():\n    raise ValueError("v")\nf()\n', { filename: 'm.py' });
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "m.py", line 3, in <module>\n    f()\n  File "m.py", line 2, in f\n    raise ValueError("v")\nValueError: v\n');
  });
});
