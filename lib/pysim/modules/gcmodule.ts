// Models the Python-facing functions of Modules/gcmodule.c (CPython 3.12); the collector itself
// is lib/pysim/gc/gcmodule.ts.
import { CFunctionType, GetSetDescrType, MethodDescrType, MethodWrapperType, PyCFunction, PyGetSetDescr, PyMethodDescr, WrapperDescrType, isStaticTypeStaticMethod } from '../objects/methodobject';
import { _PyType_Lookup } from '../objects/typeobject';
import { PyProperty } from '../objects/funcobject';
import { S } from '../eval/frame';
import { extSlotsOf } from '../objects/extslots';
import { isHeapStructSeqType } from '../objects/structseq';
import { PyObject, PyRaise, Py_DECREF, RT, _PyObject_GC_IS_TRACKED } from '../objects/object';
import { None } from '../objects/singletons';
import { PyBool, PyLong, PyLong_From } from '../objects/longobject';
import { PyUnicode_From, PyUnicode_Intern } from '../objects/unicodeobject';
import { PyTuple_New, isStaticTypeTuple } from '../objects/tupleobject';
import { PyList_New, PyList_Append } from '../objects/listobject';
import { PyDict, PyDict_New, insertdict } from '../objects/dictobject';
import { overflowError, typeError, valueError } from '../objects/exceptions';
import { asIndex, callObject, currentVarargsTuple } from '../abstract';
import { checkArgs, splitKw } from '../objects/typemethods';
import { DEBUG_SAVEALL, GCState, gcCollect, gcFreeze, gcListSize, gcObjects, gcUnfreeze } from '../gc/gcmodule';
import { makeModule } from './moduletools';
import { PyGen } from '../eval/genobject';
import type { PyModule } from '../objects/moduleobject';

function dictOf(entries: [string, PyObject][]): PyDict {
  const d = PyDict_New();
  for (const [k, v] of entries) insertdict(d, PyUnicode_Intern(k), v);
  return d;
}

/** 3.13 regenerated the module's Argument Clinic code: messages name the function as `gc.f()` /
 *  "got an unexpected keyword argument". */
const clinic313 = (): boolean => RT.profile.versionInfo[1] >= 13;

/** METH_NOARGS / METH_O arity: `gc.f() takes no arguments (1 given)`, `… takes no keyword arguments`. */
function fixedArgs(name: string, args: PyObject[], kw: string[] | null, n: 0 | 1): void {
  if (kw && kw.length) throw typeError(`gc.${name}() takes no keyword arguments`);
  checkArgs(`gc.${name}`, args, n, n);
}

/** Argument Clinic's parsing of `f(generation=…)`: at most one argument, only that keyword. */
function optionalGeneration(name: string, args: PyObject[], kw: string[] | null): PyObject | undefined {
  const [pos, kws] = splitKw(args, kw);
  for (const k of kws.keys()) {
    if (k !== 'generation') throw typeError(clinic313() ? `${name}() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (pos.length + kws.size > 1) throw typeError(`${name}() takes at most 1 argument (${pos.length + kws.size} given)`);
  return pos[0] ?? kws.get('generation');
}

/** _PyLong_AsInt after __index__ (Argument Clinic's `int` converter). */
function asCInt(o: PyObject): number {
  const v = asIndex(o);
  if (v > 0x7fffffff || v < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return v;
}

/** PyArg_ParseTuple's "i" format: PyLong_AsLong (a C long is as wide as a pointer: LP64 / ILP32), then the C int range check. */
function asArgInt(o: PyObject): number {
  const v = asIndex(o);
  const bits = 8 * RT.profile.pointerSize - 1;
  if (v > 2 ** bits - 1 || v < -(2 ** bits)) throw overflowError('Python int too large to convert to C long');
  if (v > 0x7fffffff) throw overflowError('signed integer is greater than maximum');
  if (v < -0x80000000) throw overflowError('signed integer is less than minimum');
  return v;
}

/** METH_VARARGS without keywords; 3.13's message names the module. */
function noKwVarargs(name: string, kw: string[] | null): void {
  if (kw && kw.length) throw typeError(`${clinic313() ? 'gc.' : ''}${name}() takes no keyword arguments`);
}

/** The visit order of the type's tp_traverse. heaplab's dict traverse visits every key (heapCheck
 *  names them), but CPython's dict_traverse visits only values of a str-keys table (value, then
 *  key, otherwise); gc.get_referents shows that order. */
function referents(o: PyObject, visit: (c: PyObject) => void): void {
  if (o instanceof PyDict) {
    extSlotsOf(o.ob_type)?.traverse_head?.(o, visit);
    for (let i = 0; i < o.keys.length; i++) {
      const k = o.keys[i];
      if (k === null) continue;
      visit(o.vals[i]!);
      if (!o.unicode) visit(k);
    }
    return;
  }
  if (o instanceof PyGen) {
    genReferents(o, visit);
    return;
  }
  const t = o.ob_type;
  if (t === MethodWrapperType) {
    // wrapper_traverse: the slot wrapper it binds (found as the attribute lookup found it), then self
    const w = o as PyCFunction;
    const d = w.self ? _PyType_Lookup(w.self.ob_type, w.name) : null;
    if (d) visit(d);
    if (w.self) visit(w.self);
    return;
  }
  if (t === CFunctionType && (o as PyCFunction).self === null && (o as PyCFunction).module !== null && !(o as PyCFunction).static) {
    // meth_traverse of a module-level builtin: m_self (its module) and m_module (the module's name);
    // heaplab's builtins are static objects that hold neither
    const name = (o as PyCFunction).module!;
    const mod = S.modules.get(name);
    if (mod) visit(mod);
    const nm = PyUnicode_Intern(name);
    visit(nm);
    Py_DECREF(nm);
    return;
  }
  if (t === MethodDescrType || t === WrapperDescrType || t === GetSetDescrType) {
    // descr_traverse: d_type (heaplab's descriptors of builtin types are static: not traversed)
    visit((o as PyMethodDescr | PyGetSetDescr).owner);
    return;
  }
  t.tp_traverse?.(o, visit);
  if (o instanceof PyProperty && o.name !== null) {
    // property_traverse ends with prop_name, the str __set_name__ gave it (heaplab keeps the text)
    const nm = PyUnicode_Intern(o.name);
    visit(nm);
    Py_DECREF(nm);
  }
}

/**
 * gen_traverse as gc.get_referents sees it: 3.11's gi_code, gi_name and gi_qualname, then, until
 * the frame is cleared, _PyFrame_Traverse's frame object, function, code, locals and value stack
 * (after, on 3.14, the code alone); then gi_exc_state. (The generator's tp_traverse leaves out the code and the names: heaplab's
 * frames and generators hold no counted references to them.)
 */
function genReferents(g: PyGen, visit: (c: PyObject) => void): void {
  const f = g.frame;
  const code = f.code;
  if (RT.profile.versionInfo[1] <= 11) visit(code);
  if (code.co_name) visit(code.co_name);
  if (code.co_qualname) visit(code.co_qualname);
  if (!g.done) {
    if (f.frameObj) visit(f.frameObj);
    if (f.func) visit(f.func);
    visit(code);
    for (const v of f.fast) if (v) visit(v);
    for (const v of f.vs) visit(v);
  } else if (RT.profile.versionInfo[1] >= 14) {
    // 3.14: a cleared frame still holds its code (f_executable)
    visit(code);
  }
  if (g.excState) for (const v of g.excState) visit(v);
}

/** 3.12: a static type's tp_mro / tp_bases tuple is one of the permanent generation's immortal tuples (tracked). */
function isPermanentStaticTuple(o: PyObject): boolean {
  return RT.profile.permanentAtStart > 0 && isStaticTypeTuple(o);
}

/** A method, slot-wrapper or getset descriptor (of a builtin type: heaplab keeps them static). */
function isStaticDescriptor(o: PyObject): boolean {
  const t = o.ob_type;
  return t === MethodDescrType || t === WrapperDescrType || t === GetSetDescrType;
}

/** All objects that refer to `targets` (gc.get_referrers): scans tracked objects. */
function referrers(targets: Set<PyObject>): PyObject[] {
  const out: PyObject[] = [];
  // gc_referrers_for skips the call's own argument tuple
  const own = currentVarargsTuple();
  for (const o of gcObjects(null)) {
    if (o === own) continue;
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
      const g = optionalGeneration('collect', args, kw);
      const gen = g ? asCInt(g) : 2;
      if (gen < 0 || gen > 2) throw valueError('invalid generation');
      const n = gcCollect(gen, st);
      syncGarbage();
      return PyLong_From(n);
    },
    enable: (_s, args, kw) => { fixedArgs('enable', args, kw, 0); RT.gcEnabled = true; return None; },
    disable: (_s, args, kw) => { fixedArgs('disable', args, kw, 0); RT.gcEnabled = false; return None; },
    isenabled: (_s, args, kw) => { fixedArgs('isenabled', args, kw, 0); return PyBool(RT.gcEnabled); },
    get_count: (_s, args, kw) => (fixedArgs('get_count', args, kw, 0), PyTuple_New(RT.gcCount.map((c) => PyLong_From(c)))),
    // 3.14.0-3.14.4 report the old generation's second threshold as 0
    get_threshold: (_s, args, kw) => (fixedArgs('get_threshold', args, kw, 0), PyTuple_New(RT.gcThreshold.map((c, i) => PyLong_From(i === 2 && RT.profile.gcVariant === 'incremental' ? 0 : c)))),
    set_threshold: (_s, args, kw) => {
      if (kw && kw.length) throw typeError('set_threshold() takes no keyword arguments');
      if ((args.length < 1 || args.length > 3) && RT.profile.messages.setThresholdRange) throw typeError('gc.set_threshold requires 1 to 3 arguments');
      if (args.length < 1) throw typeError(`set_threshold() takes at least 1 argument (${args.length} given)`);
      if (args.length > 3) throw typeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
      args.forEach((a, i) => {
        if (!(a instanceof PyLong)) throw typeError(`'${a.ob_type.tp_name}' object cannot be interpreted as an integer`);
        RT.gcThreshold[i] = asArgInt(a);
      });
      return None;
    },
    // builtin functions are static in heaplab (shared, immortal) but tracked in CPython
    // descriptors of builtin types too (static here, gc objects in CPython)
    is_tracked: (_s, args, kw) => (fixedArgs('is_tracked', args, kw, 1), PyBool(_PyObject_GC_IS_TRACKED(args[0]) || args[0].ob_type.name === 'builtin_function_or_method' || isStaticTypeStaticMethod(args[0]) || isHeapStructSeqType(args[0]) || isStaticDescriptor(args[0]) || isPermanentStaticTuple(args[0]))),
    is_finalized: (_s, args, kw) => (fixedArgs('is_finalized', args, kw, 1), PyBool(args[0].finalized)),
    get_referrers: (_s, args, kw) => (noKwVarargs('get_referrers', kw), PyList_New(referrers(new Set(args)).map((o) => { o.ob_refcnt++; return o; }))),
    get_referents: (_s, args, kw) => {
      noKwVarargs('get_referents', kw);
      const out: PyObject[] = [];
      // every object the tp_traverse of each gc-type argument visits (non-gc arguments are skipped)
      for (const a of args) if (a.ob_type.gc || isStaticDescriptor(a)) referents(a, (c) => { c.ob_refcnt++; out.push(c); });
      return PyList_New(out);
    },
    get_objects: (_s, args, kw) => {
      const g = optionalGeneration('get_objects', args, kw);
      // _Py_convert_optional_to_ssize_t; -1 (the default) means every generation
      const gen = g && g !== None ? asIndex(g, `argument should be integer or None, not '${g.ob_type.name}'`) : -1;
      const bits = 8 * RT.profile.pointerSize - 1;
      if (gen > 2 ** bits - 1 || gen < -(2 ** bits)) throw overflowError("cannot fit 'int' into an index-sized integer");
      if (gen >= 3) throw valueError(`generation parameter must be less than the number of available generations (3)`);
      if (gen < -1) throw valueError('generation parameter cannot be negative');
      return PyList_New(gcObjects(gen === -1 ? null : gen).map((o) => { o.ob_refcnt++; return o; }));
    },
    get_stats: (_s, args, kw) => (fixedArgs('get_stats', args, kw, 0), PyList_New(st.stats.map((s) => dictOf([['collections', PyLong_From(s.collections)], ['collected', PyLong_From(s.collected)], ['uncollectable', PyLong_From(s.uncollectable)]])))),
    set_debug: (_s, args, kw) => { fixedArgs('set_debug', args, kw, 1); st.debug = asCInt(args[0]); return None; },
    get_debug: (_s, args, kw) => (fixedArgs('get_debug', args, kw, 0), PyLong_From(st.debug)),
    freeze: (_s, args, kw) => {
      fixedArgs('freeze', args, kw, 0);
      gcFreeze();
      st.permanentExtra += st.unfrozenImmortals;
      st.unfrozenImmortals = 0;
      return None;
    },
    unfreeze: (_s, args, kw) => {
      fixedArgs('unfreeze', args, kw, 0);
      gcUnfreeze();
      st.unfrozenImmortals += st.permanentExtra;
      st.permanentExtra = 0;
      return None;
    },
    get_freeze_count: (_s, args, kw) => (fixedArgs('get_freeze_count', args, kw, 0), PyLong_From(gcListSize(3) + st.permanentExtra)),
    garbage,
    callbacks,
    DEBUG_STATS: PyLong_From(1),
    DEBUG_COLLECTABLE: PyLong_From(2),
    DEBUG_UNCOLLECTABLE: PyLong_From(4),
    DEBUG_SAVEALL: PyLong_From(DEBUG_SAVEALL),
    DEBUG_LEAK: PyLong_From(2 | 4 | DEBUG_SAVEALL),
  });
  // the collector's state owns gc.garbage and gc.callbacks (gcstate->garbage, ->callbacks) until
  // _PyGC_Fini, after every __del__ at exit: the module's attributes are second references
  RT.lazyObjects.set('gc.garbage', garbage);
  RT.lazyObjects.set('gc.callbacks', callbacks);
  return m;
}
