// Models the Python-facing functions of Modules/gcmodule.c (CPython 3.12); the collector itself
// is lib/pysim/gc/gcmodule.ts.
import { PyObject, PyRaise, Py_DECREF, RT, _PyObject_GC_IS_TRACKED } from '../objects/object';
import { None } from '../objects/singletons';
import { PyBool, PyLong, PyLong_From } from '../objects/longobject';
import { PyUnicode_From, PyUnicode_Intern } from '../objects/unicodeobject';
import { PyTuple_New } from '../objects/tupleobject';
import { PyList, PyList_New, PyList_Append } from '../objects/listobject';
import { PyDict, PyDict_New, insertdict } from '../objects/dictobject';
import { typeError, valueError } from '../objects/exceptions';
import { asIndex, callObject } from '../abstract';
import { splitKw } from '../objects/typemethods';
import { DEBUG_SAVEALL, GCState, gcCollect, gcFreeze, gcListSize, gcObjects, gcUnfreeze } from '../gc/gcmodule';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';

function dictOf(entries: [string, PyObject][]): PyDict {
  const d = PyDict_New();
  for (const [k, v] of entries) insertdict(d, PyUnicode_Intern(k), v);
  return d;
}

/** All objects that refer to `targets` (gc.get_referrers): scans tracked objects. */
function referrers(targets: Set<PyObject>): PyObject[] {
  const out: PyObject[] = [];
  for (const o of gcObjects(null)) {
    let hit = false;
    o.ob_type.tp_traverse?.(o, (c) => {
      if (targets.has(c)) hit = true;
    });
    if (hit) out.push(o);
  }
  return out;
}

/** Creates the gc module bound to the interpreter's collector state. */
export function makeGcModule(st: GCState): PyModule {
  const garbage = PyList_New([]);
  const callbacks = PyList_New([]);
  st.callbacks = () => callbacks.items.slice();
  st.invokeCallback = (cb, phase, info) => {
    const ph = PyUnicode_From(phase);
    const d = dictOf([['generation', PyLong_From(info.generation)], ['collected', PyLong_From(info.collected)], ['uncollectable', PyLong_From(info.uncollectable)]]);
    try {
      Py_DECREF(callObject(cb, [ph, d], null));
    } catch (e) {
      if (e instanceof PyRaise) RT.writeUnraisable(e.exc, cb);
      else throw e;
    } finally {
      Py_DECREF(ph);
      Py_DECREF(d);
    }
  };
  const syncGarbage = () => {
    while (st.garbage.length) {
      const o = st.garbage.shift()!;
      PyList_Append(garbage, o);
      Py_DECREF(o);
    }
  };
  const m = makeModule('gc', {
    collect: (_s, args, kw) => {
      const [pos, kws] = splitKw(args, kw);
      const g = pos[0] ?? kws.get('generation');
      const gen = g ? asIndex(g) : 2;
      if (gen < 0 || gen > 2) throw valueError('invalid generation');
      const n = gcCollect(gen, st);
      syncGarbage();
      return PyLong_From(n);
    },
    enable: () => { RT.gcEnabled = true; return None; },
    disable: () => { RT.gcEnabled = false; return None; },
    isenabled: () => PyBool(RT.gcEnabled),
    get_count: () => PyTuple_New(RT.gcCount.map((c) => PyLong_From(c))),
    // 3.14.0-3.14.4 report the old generation's second threshold as 0
    get_threshold: () => PyTuple_New(RT.gcThreshold.map((c, i) => PyLong_From(i === 2 && RT.profile.gcVariant === 'incremental' ? 0 : c))),
    set_threshold: (_s, args, kw) => {
      if (kw && kw.length) throw typeError('set_threshold() takes no keyword arguments');
      if ((args.length < 1 || args.length > 3) && RT.profile.messages.setThresholdRange) throw typeError('gc.set_threshold requires 1 to 3 arguments');
      if (args.length < 1) throw typeError(`set_threshold() takes at least 1 argument (${args.length} given)`);
      if (args.length > 3) throw typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
      args.forEach((a, i) => {
        if (!(a instanceof PyLong)) throw typeError(`'${a.ob_type.name}' object cannot be interpreted as an integer`);
        RT.gcThreshold[i] = Number(a.v);
      });
      return None;
    },
    // builtin functions are static in heaplab (shared, immortal) but tracked in CPython
    is_tracked: (_s, args) => PyBool(_PyObject_GC_IS_TRACKED(args[0]) || args[0].ob_type.name === 'builtin_function_or_method'),
    is_finalized: (_s, args) => PyBool(args[0].finalized),
    get_referrers: (_s, args) => PyList_New(referrers(new Set(args)).map((o) => { o.ob_refcnt++; return o; })),
    get_referents: (_s, args) => {
      const out: PyObject[] = [];
      for (const a of args) a.ob_type.tp_traverse?.(a, (c) => { if (c.ob_type.gc) { c.ob_refcnt++; out.push(c); } });
      return PyList_New(out);
    },
    get_objects: (_s, args, kw) => {
      const [pos, kws] = splitKw(args, kw);
      const g = pos[0] ?? kws.get('generation');
      const gen = g && g !== None ? asIndex(g) : null;
      if (gen !== null && (gen < 0 || gen > 2)) throw valueError(`generation parameter must be less than the number of available generations (3)`);
      return PyList_New(gcObjects(gen).map((o) => { o.ob_refcnt++; return o; }));
    },
    get_stats: () => PyList_New(st.stats.map((s) => dictOf([['collections', PyLong_From(s.collections)], ['collected', PyLong_From(s.collected)], ['uncollectable', PyLong_From(s.uncollectable)]]))),
    set_debug: (_s, args) => { st.debug = asIndex(args[0]); return None; },
    get_debug: () => PyLong_From(st.debug),
    freeze: () => { gcFreeze(); return None; },
    unfreeze: () => { gcUnfreeze(); st.permanentExtra = 0; return None; },
    get_freeze_count: () => PyLong_From(gcListSize(3) + st.permanentExtra),
    garbage,
    callbacks,
    DEBUG_STATS: PyLong_From(1),
    DEBUG_COLLECTABLE: PyLong_From(2),
    DEBUG_UNCOLLECTABLE: PyLong_From(4),
    DEBUG_SAVEALL: PyLong_From(DEBUG_SAVEALL),
    DEBUG_LEAK: PyLong_From(2 | 4 | DEBUG_SAVEALL),
  });
  Py_DECREF(garbage);
  Py_DECREF(callbacks);
  return m;
}
void (null as unknown as PyList);
