// memoryview and its managed buffer (memoryobject.ts): who holds what. The figures CPython prints
// (refcounts, gc counts, sizes, messages) are checked by the fidelity corpus
// (test/cases/memoryview); these tests pin the structure behind them.
import { describe, expect, it } from 'vitest';
import { createInterpreter, run } from '../index';
import { ManagedBufferType, PyManagedBuffer, PyMemoryView } from './memoryobject';
import type { PyBytes } from './bytesobject';

describe('memoryview', () => {
  it('shares one managed buffer between a view, its slices and memoryview(m); only the managed buffer holds the exporter', () => {
    const sim = createInterpreter({ profile: '3.12' });
    sim.run(`
b = bytearray(b'abcdef')
m = memoryview(b)
s = m[::2]
t = memoryview(m)
`);
    const b = sim.lookup('b') as PyBytes;
    const m = sim.lookup('m') as PyMemoryView;
    const s = sim.lookup('s') as PyMemoryView;
    const t = sim.lookup('t') as PyMemoryView;
    expect(m.mbuf).toBeInstanceOf(PyManagedBuffer);
    expect(s.mbuf).toBe(m.mbuf);
    expect(t.mbuf).toBe(m.mbuf);
    const mbuf = m.mbuf!;
    expect(mbuf.ob_type).toBe(ManagedBufferType);
    // three views registered, each holding one reference; the master buffer holds the bytearray
    expect(mbuf.exports).toBe(3);
    expect(mbuf.ob_refcnt).toBe(3);
    expect(mbuf.master!.obj).toBe(b);
    expect(b.exports).toBe(1);
    // the global binding and the managed buffer's master
    expect(b.ob_refcnt).toBe(2);
    expect(sim.heapCheck()).toEqual([]);
  });

  it('releases the exporter when the last view is released, keeping the managed buffer until the views go', () => {
    const sim = createInterpreter({ profile: '3.13' });
    sim.run(`
b = bytearray(b'abc')
m = memoryview(b)
s = m[1:]
m.release()
`);
    const b = sim.lookup('b') as PyBytes;
    const s = sim.lookup('s') as PyMemoryView;
    const mbuf = s.mbuf!;
    expect(mbuf.released).toBe(false);
    expect(b.exports).toBe(1);
    sim.run('s.release()');
    expect(mbuf.released).toBe(true);
    expect(mbuf.master!.obj).toBeNull();
    expect(b.exports).toBe(0);
    expect(b.ob_refcnt).toBe(1);
    expect(sim.heapCheck()).toEqual([]);
  });

  it('names the references of views and managed buffers for the heap checker on every profile', () => {
    for (const profile of ['3.11', '3.12', '3.13', '3.14'] as const) {
      const sim = createInterpreter({ profile });
      sim.run(`
import array
a = array.array('i', [1, 2, 3])
views = [memoryview(a), memoryview(a)[1:], memoryview(b'xy').toreadonly(), memoryview(bytearray(3)).cast('c')]
class C: pass
c = C(); c.v = memoryview(bytearray(1)); c.c = c
del c
`);
      expect(sim.heapCheck()).toEqual([]);
    }
  });

  it('frees a cycle through a view with the collector', () => {
    const r = run(`
import gc
class C: pass
c = C()
c.view = memoryview(bytearray(8))
c.me = c
del c
print(gc.collect())
`, { profile: '3.12' });
    // the instance, the view and its managed buffer (a bytearray is no gc object)
    expect(r.stdout).toBe('3\n');
  });
});
