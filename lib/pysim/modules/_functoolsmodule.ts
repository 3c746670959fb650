// Models Modules/_functoolsmodule.c (CPython 3.11-3.14): reduce, partial (with the flattening of
// nested partials and, 3.14, Placeholder), cmp_to_key's KeyWrapper objects and the _functools
// module. The lru_cache wrapper type is in _functoolsmodule_lru.ts; Lib/functools.py itself runs
// from functools_py.ts.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, RT, TypeType, VisitProc, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels, IMMORTAL_REFCNT } from '../objects/object';
import { None } from '../objects/singletons';
import { PyLong_From } from '../objects/longobject';
import { PyTuple, PyTuple_New, EmptyTuple, _PyTuple_FromArray } from '../objects/tupleobject';
import { PyDict, PyDict_Copy, PyDict_New, PyDict_SetItem, dictItems } from '../objects/dictobject';
import { PyStr } from '../objects/unicodeobject';
import { defGetSet, defMethod } from '../objects/methodobject';
import { PyRaise } from '../objects/object';
import { NotImplementedErrorType, TypeErrorType, attributeError, pyErr, typeError } from '../objects/exceptions';
import { PyMethod_New } from '../objects/funcobject';
import { PyCallable_Check, PyObject_GetIter, PyObject_Repr, PyObject_RichCompare, callObject, iterNext } from '../abstract';
import { SIZEOF_VOID_P } from '../objects/layout';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';
import { LruCacheType } from './_functoolsmodule_lru';
import { PyObject_Call, lacksVectorcall, makeTpCall } from '../objects/call_args';

/** The minor version of the running profile. */
function minor(): number {
  return RT.profile.versionInfo[1];
}

/** A NotImplementedError saying what heaplab does not simulate. */
function notImplemented(msg: string): PyRaise {
  return pyErr(NotImplementedErrorType, msg);
}

/** A new reference to `o`. */
function ref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

// ----------------------------------------------------------------------------- Placeholder

/** functools._PlaceholderType (3.14): the type of the Placeholder singleton. */
export const PlaceholderType = new PyType(TypeType, '_PlaceholderType', ObjectType, 'functools');
PlaceholderType.tpName = 'functools._PlaceholderType';
PlaceholderType.baseType = false;
PlaceholderType.tp_repr = () => 'Placeholder';
/** functools.Placeholder (3.14): marks a positional argument of a partial left for the call. */
export const Placeholder = new PyObject(PlaceholderType);
Placeholder.ob_refcnt = IMMORTAL_REFCNT;
staticAddr(Placeholder, 16);
staticAddr(PlaceholderType, 912);
PlaceholderType.tp_new = (_t, args, kw) => {
  if (args.length || (kw && kw.length)) throw typeError('_PlaceholderType takes no arguments');
  return Placeholder;
};

// --------------------------------------------------------------------------------- partial

/** A functools.partial: fn, args (a tuple), kw (a dict), dict (its __dict__, made when first needed). */
export class PyPartial extends PyObject {
  declare fn: PyObject;
  declare args: PyTuple;
  declare kw: PyDict;
  declare dict: PyDict | null;
  /** 3.14: how many of `args` are Placeholder (phcount). */
  declare phcount: number;
  constructor(type: PyType, fn: PyObject, args: PyTuple, kw: PyDict) {
    super(type);
    this.fn = fn;
    this.args = args;
    this.kw = kw;
    this.dict = null;
    this.phcount = 0;
  }
}

/** functools.partial (gc, with __dict__ and weak references). */
export const PartialType = new PyType(TypeType, 'partial', ObjectType, 'functools');
PartialType.tpName = 'functools.partial';
PartialType.gc = true;
PartialType.hasDict = true;
PartialType.weakrefable = true;
/** sizeof(partialobject) with its PyGC_Head: 10 words (fn, args, kw, dict, weakreflist, vectorcall); 12 on 3.14 (placeholder_count, …). */
PartialType.tp_getsizeof = () => (minor() >= 14 ? 12 : 10) * SIZEOF_VOID_P();
PartialType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const p = o as PyPartial;
  const lab = traverseLabels.on;
  visit(p.fn, lab ? 'fn' : '');
  visit(p.args, lab ? 'args' : '');
  if (p.kw) visit(p.kw, lab ? 'kw' : '');
  if (p.dict) visit(p.dict, lab ? '__dict__' : '');
};
/** partial_clear: fn, args, kw and __dict__ released (a cleared partial is never called again). */
function partialClear(o: PyObject): void {
  const p = o as PyPartial;
  const fields: (PyObject | null)[] = [p.fn, p.args, p.kw, p.dict];
  p.fn = None;
  p.args = EmptyTuple;
  p.kw = null as unknown as PyDict;
  p.dict = null;
  if (fields[0] === None) fields[0] = null;
  if (fields[1] === EmptyTuple) fields[1] = null;
  for (const x of fields) if (x) Py_DECREF(x);
}
PartialType.tp_clear = partialClear;
PartialType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  partialClear(o);
  PyObject_Free(o);
};
staticAddr(PartialType, 912);

/** partial_new: `partial(func, /, *args, **keywords)`, flattening a partial given as func. */
PartialType.tp_new = (t, args, kwnames) => makeTpCall(args, kwnames, ({ args: argtuple, kwargs }) => {
  if (t !== PartialType) throw typeError('heaplab does not simulate subclasses of functools.partial');
  const all = argtuple.items;
  if (all.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = all[0];
  let pargs: PyTuple | null = null, pkw: PyDict | null = null;
  // a partial (with no __dict__) as func: its function, arguments and keywords are taken over
  if (func instanceof PyPartial && func.ob_type === PartialType && func.dict === null) {
    pargs = func.args;
    pkw = func.kw;
    func = func.fn;
  }
  if (!PyCallable_Check(func)) throw typeError('the first argument must be callable');
  if (minor() >= 14 && all.length > 1 && all[all.length - 1] === Placeholder) throw typeError('trailing Placeholders are not allowed');
  // type->tp_alloc: the object first (tracked), then its fields
  const p = new PyPartial(PartialType, ref(func), EmptyTuple, null as unknown as PyDict);
  PyObject_Init(p, PartialType.tp_getsizeof!(p));
  _PyObject_GC_TRACK(p);
  try {
    // nargs = PyTuple_GetSlice(args, 1, PY_SSIZE_T_MAX)
    const extra = all.slice(1);
    const nargs = extra.length ? _PyTuple_FromArray(extra.map(ref)) : EmptyTuple;
    if (pargs === null) p.args = nargs;
    else if (minor() >= 14 && pargs.items.includes(Placeholder)) {
      // 3.14: the new positional arguments fill the old partial's placeholders first
      const rest = extra.slice();
      const merged = pargs.items.map((x) => (x === Placeholder && rest.length ? ref(rest.shift()!) : ref(x)));
      merged.push(...rest.map(ref));
      p.args = PyTuple_New(merged);
      if (nargs !== EmptyTuple) Py_DECREF(nargs);
    } else if (nargs === EmptyTuple) {
      // PySequence_Concat (tupleconcat): an empty side gives the other tuple itself
      p.args = ref(pargs);
    } else if (pargs.items.length === 0) p.args = nargs;
    else {
      p.args = PyTuple_New([...pargs.items, ...nargs.items].map(ref));
      Py_DECREF(nargs);
    }
    if (minor() >= 14) p.phcount = p.args.items.filter((x) => x === Placeholder).length;
    if (pkw === null || pkw.used === 0) {
      // the call's keywords dict is taken over (only _PyObject_MakeTpCall holds it), else a new one
      p.kw = kwargs === null ? PyDict_New() : ref(kwargs);
    } else {
      p.kw = PyDict_Copy(pkw, true);
      if (kwargs !== null) for (const [k, v] of dictItems(kwargs)) PyDict_SetItem(p.kw, k, v);
    }
  } catch (e) {
    Py_DECREF(p);
    throw e;
  }
  return p;
});

/**
 * partial_vectorcall: the stored arguments, then the call's, passed on as they are while the
 * partial has no keywords; with keywords, partial_vectorcall_fallback goes through
 * _PyObject_MakeTpCall to partial_call, which joins the argument tuples (PySequence_Concat) and
 * merges the keywords into a copy of the partial's, then PyObject_Call.
 */
PartialType.tp_call = (self, args, kwnames) => {
  const p = self as PyPartial;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (p.phcount) {
    if (npos < p.phcount) throw typeError(`missing positional arguments in 'partial' call; expected at least ${p.phcount}, got ${npos}`);
    let j = 0;
    const pos = p.args.items.map((x) => (x === Placeholder ? args[j++] : x));
    pos.push(...args.slice(j));
    if (p.kw.used === 0 && !lacksVectorcall(p.fn)) return callObject(p.fn, pos, kwnames);
    return makeTpCall(pos, kwnames, ({ args: tup, kwargs }) => partial_call(p, tup, kwargs, true));
  }
  // partial_setvectorcall: no vectorcall when the function has none
  if (p.kw.used === 0 && !lacksVectorcall(p.fn)) return callObject(p.fn, [...p.args.items, ...args], kwnames);
  return makeTpCall(args, kwnames, ({ args: tup, kwargs }) => partial_call(p, tup, kwargs, false));
};

/** partial_call(pto, args, kwargs); `filled`: the placeholders were filled into `args` already. */
function partial_call(p: PyPartial, args: PyTuple, kwargs: PyDict | null, filled: boolean): PyObject {
  let args2: PyTuple;
  if (filled || p.args.items.length === 0) args2 = ref(args);
  else if (args.items.length === 0) args2 = ref(p.args);
  else args2 = PyTuple_New([...p.args.items, ...args.items].map(ref));
  let kwargs2: PyDict | null;
  if (p.kw.used === 0) kwargs2 = kwargs ? ref(kwargs) : null;
  else {
    kwargs2 = PyDict_Copy(p.kw, true);
    if (kwargs !== null) for (const [k, v] of dictItems(kwargs)) PyDict_SetItem(kwargs2, k, v);
  }
  try {
    return PyObject_Call(p.fn, args2, kwargs2);
  } finally {
    Py_DECREF(args2);
    if (kwargs2) Py_DECREF(kwargs2);
  }
}

/** partial_repr: `functools.partial(<fn repr>, arg, …, key=value, …)`. */
PartialType.tp_repr = (o) => {
  const p = o as PyPartial;
  const parts = [PyObject_Repr(p.fn), ...p.args.items.map((x) => PyObject_Repr(x))];
  for (const [k, v] of dictItems(p.kw)) parts.push(`${(k as PyStr).v}=${PyObject_Repr(v)}`);
  return `functools.partial(${parts.join(', ')})`;
};
/**
 * partial_descr_get: 3.14 binds a partial found on a class like a method; 3.13 warns that it will
 * (a FutureWarning heaplab does not print, so it says so instead); 3.11/3.12 return the partial.
 */
PartialType.tp_descr_get = (self, obj) => {
  if (obj === null || obj === None || minor() <= 12) return ref(self);
  if (minor() === 13) throw notImplemented('heaplab does not simulate the FutureWarning of a functools.partial used as a method (3.13) yet');
  return PyMethod_New(self, obj);
};
// partial_memberlist: func, args and keywords are read-only
defGetSet(PartialType, 'func', (o) => ref((o as PyPartial).fn));
defGetSet(PartialType, 'args', (o) => ref((o as PyPartial).args));
defGetSet(PartialType, 'keywords', (o) => ref((o as PyPartial).kw));
defMethod(PartialType, '__reduce__', () => {
  throw typeError('heaplab does not simulate pickling or copying functools.partial objects yet');
});

// ------------------------------------------------------------------------------ cmp_to_key

/** A functools.KeyWrapper: cmp and the wrapped object (null for the key function itself). */
export class PyKeyWrapper extends PyObject {
  declare cmp: PyObject;
  declare object: PyObject | null;
  constructor(cmp: PyObject, object: PyObject | null) {
    super(KeyWrapperType);
    this.cmp = cmp;
    this.object = object;
  }
}

/** functools.KeyWrapper (keyobject): what cmp_to_key returns, and what calling that returns. */
export const KeyWrapperType = new PyType(TypeType, 'KeyWrapper', ObjectType, 'functools');
KeyWrapperType.tpName = 'functools.KeyWrapper';
KeyWrapperType.gc = true;
KeyWrapperType.baseType = false;
KeyWrapperType.tp_getsizeof = () => 6 * SIZEOF_VOID_P();
KeyWrapperType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const k = o as PyKeyWrapper;
  visit(k.cmp, traverseLabels.on ? 'cmp' : '');
  if (k.object) visit(k.object, traverseLabels.on ? 'object' : '');
};
/** keyobject_clear. */
function keyClear(o: PyObject): void {
  const k = o as PyKeyWrapper;
  const c = k.cmp, ob = k.object;
  k.cmp = None;
  k.object = null;
  if (c !== None) Py_DECREF(c);
  if (ob) Py_DECREF(ob);
}
KeyWrapperType.tp_clear = keyClear;
KeyWrapperType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  keyClear(o);
  PyObject_Free(o);
};
staticAddr(KeyWrapperType, 912);

/** A new KeyWrapper holding `cmp` and `object` (borrowed). */
function newKey(cmp: PyObject, object: PyObject | null): PyKeyWrapper {
  const k = new PyKeyWrapper(ref(cmp), object ? ref(object) : null);
  PyObject_Init(k, 6 * SIZEOF_VOID_P());
  _PyObject_GC_TRACK(k);
  return k;
}
/** keyobject_call: `K(obj)` wraps obj (through _PyObject_MakeTpCall: K has no vectorcall). */
KeyWrapperType.tp_call = (self, args, kwnames) => makeTpCall(args, kwnames, () => {
  const nkw = kwnames ? kwnames.length : 0;
  if (args.length !== 1 || (nkw === 1 && kwnames![0] !== 'obj')) {
    if (nkw && kwnames![0] !== 'obj') throw typeError(`K() got an unexpected keyword argument '${kwnames![0]}'`);
    throw typeError(args.length ? `K() takes at most 1 argument (${args.length} given)` : "K() missing required argument 'obj' (pos 1)");
  }
  return newKey((self as PyKeyWrapper).cmp, args[0]);
});
/** keyobject_richcompare: cmp(x, y) compared with 0. */
KeyWrapperType.tp_richcompare = (a, b, op) => {
  if (b.ob_type !== KeyWrapperType) throw typeError('other argument must be K instance');
  const x = (a as PyKeyWrapper).object, y = (b as PyKeyWrapper).object;
  if (x === null || y === null) throw attributeError('object');
  const res = callObject((a as PyKeyWrapper).cmp, [x, y], null);
  try {
    return PyObject_RichCompare(res, PyLong_From(0), op);
  } finally {
    Py_DECREF(res);
  }
};
defGetSet(KeyWrapperType, 'obj', (o) => ref((o as PyKeyWrapper).object ?? None));
KeyWrapperType.tp_hash = () => {
  throw typeError("unhashable type: 'functools.KeyWrapper'");
};

/** functools.cmp_to_key(mycmp): METH_VARARGS | METH_KEYWORDS on 3.11 (an argument tuple per call), Argument Clinic's fastcall after. */
function cmp_to_key(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (minor() >= 12) return cmpToKeyImpl(args, kwnames);
  return makeTpCall(args, kwnames, () => cmpToKeyImpl(args, kwnames));
}

/** functools_cmp_to_key's body. */
function cmpToKeyImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  if (nkw && (nkw > 1 || kwnames![0] !== 'mycmp')) throw typeError(`cmp_to_key() got an unexpected keyword argument '${kwnames![0]}'`);
  if (args.length !== 1) throw typeError(args.length ? `cmp_to_key() takes at most 1 argument (${args.length} given)` : "cmp_to_key() missing required argument 'mycmp' (pos 1)");
  return newKey(args[0], null);
}

// ---------------------------------------------------------------------------------- reduce

/** functools.reduce(function, iterable[, initial]): METH_VARARGS until 3.13 (an argument tuple per call). */
function reduce(_s: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (minor() >= 14) return reduceImpl(args, kwnames);
  return makeTpCall(args, kwnames, () => reduceImpl(args, kwnames));
}

/** functools_reduce's body. */
function reduceImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  let initial: PyObject | undefined;
  if (nkw) {
    // 3.14 takes `initial` by keyword too
    if (minor() < 14 || nkw > 1 || kwnames![0] !== 'initial') throw typeError(minor() < 14 ? 'reduce() takes no keyword arguments' : `reduce() got an unexpected keyword argument '${kwnames![0]}'`);
    initial = args[args.length - 1];
  }
  const npos = args.length - nkw;
  if (minor() >= 14) {
    // 3.14: Argument Clinic's `reduce(function, iterable, /, initial=<unrepresentable>)`
    if (npos < 2) throw typeError(`reduce() takes at least 2 positional arguments (${npos} given)`);
    if (npos + nkw > 3) throw typeError(`reduce() takes at most 3 arguments (${npos + nkw} given)`);
  } else {
    if (npos < 2) throw typeError(`reduce expected at least 2 arguments, got ${npos}`);
    if (npos > 3) throw typeError(`reduce expected at most 3 arguments, got ${npos}`);
  }
  if (npos === 3) initial = args[2];
  const [func, seq] = args;
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.ob_type.isSubtype(TypeErrorType)) {
      Py_DECREF(e.exc);
      throw typeError('reduce() arg 2 must support iteration');
    }
    throw e;
  }
  let result: PyObject | null = initial === undefined ? null : ref(initial);
  // functools_reduce's argument tuple: refilled in place while only reduce holds it (its items
  // stay alive until the next step), a new one when the function kept it
  None.ob_refcnt += 2;
  let pair = PyTuple_New([None, None]);
  try {
    for (;;) {
      if (pair.ob_refcnt > 1) {
        Py_DECREF(pair);
        None.ob_refcnt += 2;
        pair = PyTuple_New([None, None]);
      }
      const op2 = iterNext(it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
        continue;
      }
      const [old0, old1] = pair.items;
      pair.items[0] = result;
      pair.items[1] = op2;
      Py_DECREF(old0);
      Py_DECREF(old1);
      result = null;
      result = callObject(func, pair.items, null);
      // bpo-42536: the collector may have untracked the recycled tuple
      if (!_PyObject_GC_IS_TRACKED(pair)) _PyObject_GC_TRACK(pair);
    }
  } catch (e) {
    if (result) Py_DECREF(result);
    throw e;
  } finally {
    Py_DECREF(pair);
    Py_DECREF(it);
  }
  if (result === null) throw typeError('reduce() of empty iterable with no initial value');
  return result;
}

/** The _functools module: reduce, cmp_to_key, partial, _lru_cache_wrapper (3.14: Placeholder). */
export function makeFunctoolsCModule(): PyModule {
  const attrs: Record<string, PyObject | typeof reduce> = {
    reduce, cmp_to_key, partial: PartialType, _lru_cache_wrapper: LruCacheType, KeyWrapper: KeyWrapperType,
  };
  if (minor() >= 14) {
    attrs.Placeholder = Placeholder;
    attrs._PlaceholderType = PlaceholderType;
  }
  return makeModule('_functools', attrs);
}
