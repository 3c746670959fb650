// Property test for issue 4's collector invariant: random programs build cycles, containers,
// instances with and without __del__ (some resurrecting), weakrefs with callbacks, and call
// gc.collect(0/1/2), gc.disable()/gc.enable() at random points. After every collection (the
// collector's debug hook) and after every run: heapCheck() is clean, no freed object is still
// referenced or tracked, and after a full collection in which no __del__ resurrected anything,
// every tracked object is reachable from the interpreter's roots.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createInterpreter, type SimInterpreter } from '../index';
import { heapCheck, interpreterRoots } from '../heapcheck';
import { PyObject, PyType, RT, gc_tracked_count, isImmortal } from '../objects/object';
import { CollectionReport, gcObjects, setCollectionHook } from './gcmodule';
import type { ProfileName } from '../profiles/types';

const names = ['a', 'b', 'c', 'd', 'e'];
const name = fc.constantFrom(...names);

/** Statements creating weakrefs with callbacks (the prelude imports weakref and defines cb). */
const weakrefStmt: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, name).map(([x, y]) => `${x} = weakref.ref(${y}, cb) if hasattr(${y}, 'nxt') else ${x}`),
  fc.tuple(name, name).map(([x, y]) => `if hasattr(${x}, 'nxt') and hasattr(${y}, 'nxt'): ${x}.w = weakref.ref(${y}, cb)`),
);

/** One statement of a generated program (every name is bound by the prelude). */
const baseStmt: fc.Arbitrary<string> = fc.oneof(
  // containers
  fc.tuple(name, name, name).map(([x, y, z]) => `${x} = [${y}, ${z}]`),
  fc.tuple(name, name).map(([x, y]) => `${x} = {'k': ${y}, 1: [${y}]}`),
  fc.tuple(name, name).map(([x, y]) => `${x} = (${y}, [${y}])`),
  fc.tuple(name, name).map(([x, y]) => `if isinstance(${x}, list): ${x}.append(${y})`),
  fc.tuple(name, name).map(([x, y]) => `if isinstance(${x}, dict): ${x}['v'] = ${y}`),
  fc.tuple(name).map(([x]) => `if isinstance(${x}, list) and ${x}: ${x}.pop()`),
  // instances without and with __del__ (R resurrects itself into `saved`)
  fc.tuple(name, name).map(([x, y]) => `${x} = Node(${y})`),
  fc.tuple(name, name).map(([x, y]) => `${x} = D(${y})`),
  fc.tuple(name, name).map(([x, y]) => `${x} = R(${y})`),
  fc.tuple(name, name).map(([x, y]) => `if hasattr(${x}, 'nxt'): ${x}.nxt = ${y}`),
  // cycles
  fc.tuple(name).map(([x]) => `${x} = []\n${x}.append(${x})`),
  fc.tuple(name, fc.constantFrom('Node', 'D', 'R')).map(([x, k]) => `${x} = ${k}(None)\n${x}.nxt = ${x}`),
  fc.tuple(name, name, fc.constantFrom('Node', 'D', 'R')).map(([x, y, k]) => `${x} = ${k}(None)\n${y} = Node(${x})\n${x}.nxt = ${y}`),
  fc.tuple(name, name).map(([x, y]) => `${x} = {'self': None, 'o': ${y}}\n${x}['self'] = ${x}`),
  fc.tuple(name).map(([x]) => `for i in range(30):\n    ${x} = [${x}, i]\n    ${x}.append(${x})`),
  // unbinding
  fc.tuple(name).map(([x]) => `del ${x}\n${x} = None`),
  fc.constant('saved.clear()'),
  fc.constant('log.clear()'),
  // the collector
  fc.constant('gc.collect()'),
  fc.constantFrom('gc.collect(0)', 'gc.collect(1)', 'gc.collect(2)'),
  fc.constant('gc.disable()'),
  fc.constant('gc.enable()'),
);

const prelude = (t0: number, t1: number, t2: number, weakrefs: boolean) => `import gc${weakrefs ? ', weakref' : ''}
gc.set_threshold(${t0}, ${t1}, ${t2})
log = []
saved = []
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
class D(Node):
    def __del__(self):
        log.append(1)
class R(Node):
    def __del__(self):
        saved.append(self)
def cb(r):
    log.append(r() is None)
a = b = c = d = e = None
`;

/** Every object reachable from the interpreter's roots (tp_traverse edges; static types are leaves, as in heapCheck). */
function reachableFromRoots(sim: SimInterpreter): Set<PyObject> {
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  for (const r of interpreterRoots(sim.interp)) {
    if (!seen.has(r.obj)) {
      seen.add(r.obj);
      stack.push(r.obj);
    }
  }
  while (stack.length) {
    const o = stack.pop()!;
    if (o instanceof PyType && !o.heap) continue;
    o.ob_type.tp_traverse?.(o, (c) => {
      if (!seen.has(c)) {
        seen.add(c);
        stack.push(c);
      }
    });
  }
  return seen;
}

const describeObj = (o: PyObject) => `${o.ob_type.name}@0x${o.addr.toString(16)} refcnt=${o.ob_refcnt}`;

/**
 * The invariants after one collection (or a run); returns the broken ones. `midStatement`: an
 * automatic collection runs while the current instruction may hold results in no named place, so
 * an object may have more references than heapCheck can name, never fewer.
 */
function collectorProblems(sim: SimInterpreter, full: boolean, midStatement = false): string[] {
  const out: string[] = [];
  // the running module frame owns one reference to its globals that interpreterRoots does not name
  const f = sim.interp.st.frame;
  const frameGlobals = f ? '0x' + f.globals.addr.toString(16) : null;
  for (const p of heapCheck(sim.interp)) {
    if (p.kind === 'refcount-mismatch' && p.address === frameGlobals && p.refcount === p.named + 1) continue;
    if (p.kind === 'refcount-mismatch' && midStatement && p.refcount > p.named) continue;
    if (tolerateStrMismatch && p.kind === 'refcount-mismatch' && p.type === 'str') continue;
    out.push(`heapCheck ${p.kind}: ${p.type}@${p.address} refcnt=${p.refcount} named=${p.named} [${p.owners.slice(0, 3).join(', ')}]`);
  }
  // gcObjects reads the active runtime: make it this interpreter's (a no-op inside its collections)
  sim.interp.enter();
  let tracked: PyObject[];
  try {
    tracked = gcObjects(null);
    // the collector's bookkeeping: no collection flag left set, and (generational collectors)
    // every object labelled with the generation whose list holds it, which the fused
    // update/subtract pass relies on to know which objects are being collected
    const generational = sim.interp.profile.gcVariant === 'generational';
    let n = 0;
    RT.gens.forEach((head, g) => {
      for (let o = head.gc_next!; o !== head; o = o.gc_next!) {
        n++;
        if (o.gc_flags !== 0) out.push(`collection flags ${o.gc_flags} left on ${describeObj(o)}`);
        if (generational && o.gc_gen !== g) out.push(`${describeObj(o)} in generation ${g} labelled ${o.gc_gen}`);
      }
    });
    // the incremental collector's heap_size is a count kept by track/untrack
    if (!generational && gc_tracked_count() !== n) out.push(`gc_tracked_count() ${gc_tracked_count()} but ${n} objects in the generation lists`);
  } finally {
    sim.interp.leave();
  }
  for (const o of tracked) if ((o as { dead?: boolean }).dead) out.push(`freed object still tracked: ${describeObj(o)}`);
  if (full) {
    const reach = reachableFromRoots(sim);
    for (const o of tracked) {
      if (!isImmortal(o) && !reach.has(o)) out.push(`unreachable after a full collection: ${describeObj(o)}`);
    }
  }
  return out;
}

/** How many collections the hook checked (module level), skipped (nested frames), checked as full. */
const stats = { checked: 0, skipped: 0, full: 0 };

/** True when only the module's frame (or none) is running. */
function atModuleLevel(sim: SimInterpreter): boolean {
  const f = sim.interp.st.frame;
  return !f || !f.back;
}

/** Runs one generated program, checking after every collection and at the end. */
function checkProgram(profile: ProfileName, src: string): void {
  const sim = createInterpreter({ profile, maxSteps: 50_000 });
  const reports: CollectionReport[] = [];
  const failures: string[] = [];
  setCollectionHook((r) => {
    reports.push(r);
    // heapCheck's roots model a quiescent heap: a collection inside a function, class body,
    // __del__ or callback (their frames hold references heapCheck does not name) is not checked
    if (!atModuleLevel(sim)) {
      stats.skipped++;
      return;
    }
    stats.checked++;
    if (r.manual && r.generation === 2 && r.resurrected === 0) stats.full++;
    // unreachable-after-full is only judged from a quiescent point (gc.collect() at module level):
    // an automatic collection may see a result the current instruction has not stored yet
    const full = r.manual && r.generation === 2 && r.resurrected === 0;
    for (const p of collectorProblems(sim, full, !r.manual)) failures.push(`after gc.collect(${r.generation}) #${reports.length}: ${p}`);
  });
  try {
    const r = sim.run(src);
    if (r.outcome === 'internal-error') failures.push(`internal error: ${r.error?.message}\n${r.error?.stack}`);
    else if (r.outcome !== 'ok' && r.outcome !== 'step-limit') failures.push(`outcome ${r.outcome}: ${r.stderr}`);
    for (const p of collectorProblems(sim, false)) failures.push(`after the run: ${p}`);
    // a final full collection from a quiescent point
    const before = reports.length;
    sim.run('gc.collect()\n');
    if (reports.length === before) failures.push('the final gc.collect() did not reach the collector');
  } finally {
    setCollectionHook(null);
  }
  if (failures.length) throw new Error(`${failures.slice(0, 5).join('\n')}\n--- ${profile} program:\n${src}`);
  sim.finalize();
}

/** A generated program: small thresholds (frequent automatic collections) and 1-16 statements. */
const program = (weakrefs: boolean) =>
  fc.record({
    t0: fc.integer({ min: 2, max: 40 }),
    t1: fc.integer({ min: 1, max: 4 }),
    t2: fc.integer({ min: 1, max: 4 }),
    body: fc.array(weakrefs ? fc.oneof({ arbitrary: baseStmt, weight: 9 }, { arbitrary: weakrefStmt, weight: 2 }) : baseStmt, { minLength: 1, maxLength: 16 }),
  });

// heapCheck itself reports mismatches on 3.11, 3.13 and 3.14 with no collection involved: mortal
// interned strs (dict keys, co_consts) hold more references than it names (e.g. after a bare
// `import weakref`, refcnt = 2 x named). 3.12's interned strs are immortal, so it is unaffected.
// Those profiles ignore str refcount mismatches (a str is never tracked, never part of a cycle)
// and leave weakrefs out of their programs until heapCheck models mortal interned strings.
const profiles: [ProfileName, number, boolean][] = [['3.12', 250, true], ['3.11', 100, false], ['3.13', 100, false], ['3.14', 100, false]];
let tolerateStrMismatch = false;

describe('collector invariants on random programs (issue 4)', () => {
  afterEach(() => {
    setCollectionHook(null);
    tolerateStrMismatch = false;
  });

  for (const [profile, numRuns, weakrefs] of profiles) {
    it(`${profile}: never frees a reachable object, never leaves an unreachable cycle after a full collection`, () => {
      tolerateStrMismatch = profile !== '3.12';
      fc.assert(
        fc.property(program(weakrefs), ({ t0, t1, t2, body }) => {
          checkProgram(profile, prelude(t0, t1, t2, weakrefs) + body.join('\n') + '\n');
          return true;
        }),
        { numRuns, seed: 4 },
      );
      // the property must have looked at many collections, full ones included
      expect(stats.checked).toBeGreaterThan(numRuns);
      expect(stats.full).toBeGreaterThan(numRuns / 2);
      console.log(`${profile}: ${stats.checked} collections checked (${stats.full} full without resurrection), ${stats.skipped} inside nested frames skipped`);
      stats.checked = stats.skipped = stats.full = 0;
    });
  }

  it('the hook sees collections and reports resurrection', () => {
    const seen: CollectionReport[] = [];
    setCollectionHook((r) => seen.push(r));
    const sim = createInterpreter();
    sim.run('import gc\nsaved = []\nclass R:\n    def __del__(self):\n        saved.append(self)\nr = R()\nr.me = r\ndel r\ngc.collect()\ngc.collect(0)\n');
    setCollectionHook(null);
    expect(seen.map((r) => [r.generation, r.resurrected > 0])).toEqual([[2, true], [0, false]]);
  });

  it('the checker reports an unreachable cycle that a collection left behind', () => {
    // no collection has run here: the cycle is garbage the checker must name
    const sim = createInterpreter();
    sim.run('import gc\ngc.disable()\na = []\na.append(a)\ndel a\n');
    expect(collectorProblems(sim, true).some((p) => p.startsWith('unreachable after a full collection: list'))).toBe(true);
    expect(collectorProblems(sim, false)).toEqual([]);
  });
});
