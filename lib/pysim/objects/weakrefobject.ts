// Models Objects/weakrefobject.c (CPython 3.12): weak references, their callbacks and
// PyObject_ClearWeakRefs (callbacks run newest first, after the referent is unreachable).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_DECREF, Py_NewRef, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, subclassExtraSize, _PyObject_GC_UNTRACK, staticAddr } from './object';
import { None } from './singletons';
import { typeError } from './exceptions';
import { setClearWeakrefsHook } from './funcobject';
import { setObjectWeakrefClear } from './typemethods';
import { fullyQualifiedName, setSubclassRef } from './typeobject';
import { callObject, PyObject_Hash, PyObject_RichCompare, PyObject_RichCompareBool, setWeakrefRichCompare } from '../abstract';
import { True, False } from './longobject';
import { PyTuple_New } from './tupleobject';

/** A weak reference: `obj` is borrowed (cleared when the referent dies), `callback` owned. */
export class PyWeakref extends PyObject {
  declare hash: number | bigint | null;
  declare obj: PyObject | null;
  declare callback: PyObject | null;
  constructor(type: PyType, obj: PyObject | null, callback: PyObject | null) {
    super(type);
    this.hash = null;
    this.obj = obj;
    this.callback = callback;
  }
}

/** weakref.ReferenceType. */
export const WeakrefType = new PyType(TypeType, 'ReferenceType', ObjectType, 'weakref');
WeakrefType.tpName = 'weakref.ReferenceType';
WeakrefType.gc = true;
// PyWeakReference: PyObject_HEAD, wr_object, wr_callback, hash, wr_prev, wr_next, vectorcall; and its PyGC_Head
WeakrefType.basicsize = 80;
staticAddr(WeakrefType, 912);
/** The referent's `__name__` if it has a str one (set by the builtins module, which can look attributes up). */
let referentName: (o: PyObject) => string | null = () => null;
/** Installs the `__name__` lookup weakref_repr uses. */
export function setWeakrefReferentName(f: (o: PyObject) => string | null): void {
  referentName = f;
}
WeakrefType.tp_repr = (o) => {
  const w = o as PyWeakref;
  if (!w.obj) return `<weakref at 0x${o.addr.toString(16)}; dead>`;
  // weakref_repr: "(name)" after the address when the referent has a __name__; the type as its
  // tp_name, on 3.13+ as %T (its module and qualified name, but for builtins and __main__)
  const name = referentName(w.obj);
  const t = w.obj.ob_type;
  const tname = RT.profile.versionInfo[1] >= 13 ? fullyQualifiedName(t) : t.tp_name;
  return `<weakref at 0x${o.addr.toString(16)}; to '${tname}' at 0x${w.obj.addr.toString(16)}${name === null ? '' : ` (${name})`}>`;
};
WeakrefType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const w = o as PyWeakref;
  if (w.callback) visit(w.callback, '__callback__');
};
function unlink(w: PyWeakref): void {
  const o = w.obj;
  if (!o || !o.weakrefs) return;
  const i = o.weakrefs.indexOf(w);
  if (i >= 0) o.weakrefs.splice(i, 1);
  if (!o.weakrefs.length) o.weakrefs = null;
  w.obj = null;
}
WeakrefType.tp_clear = (o) => {
  const w = o as PyWeakref;
  unlink(w);
  const cb = w.callback;
  w.callback = null;
  Py_XDECREF(cb);
};
WeakrefType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  const w = o as PyWeakref;
  unlink(w);
  const cb = w.callback;
  w.callback = null;
  Py_XDECREF(cb);
  PyObject_Free(o);
};
WeakrefType.tp_call = (o, args) => {
  if (args.length) throw typeError(`weakref() takes no arguments (${args.length} given)`);
  const w = o as PyWeakref;
  const r = w.obj ?? None;
  r.ob_refcnt++;
  return r;
};
WeakrefType.tp_hash = (o) => {
  const w = o as PyWeakref;
  if (w.hash !== null) return w.hash;
  if (!w.obj) throw typeError('weak object has gone away');
  w.hash = PyObject_Hash(w.obj);
  return w.hash;
};

/** Can `o` be weakly referenced? */
export function weakrefable(o: PyObject): boolean {
  return o.ob_type.weakrefable;
}

/**
 * get_basic_refs: the referent's callback-less exact ref (only ever at the head of its list) and
 * callback-less proxy (at the head or right after that ref); null where there is none.
 */
export function get_basic_refs(obj: PyObject): [PyWeakref | null, PyWeakref | null] {
  const list = obj.weakrefs as PyWeakref[] | null;
  if (!list || !list.length || list[0].callback) return [null, null];
  let ref: PyWeakref | null = null, i = 0;
  if (list[0].ob_type === WeakrefType) ref = list[i++];
  const next = list[i];
  const proxy = next !== undefined && !next.callback && next.ob_type.weakProxy ? next : null;
  return [ref, proxy];
}

/**
 * Lists new weakref `w` on its referent as get_or_create_weakref does (get_prev, insert_head,
 * insert_after): a basic ref at the head, a basic proxy after the basic ref, any other weakref
 * after the basic proxy or ref (so newer ones come first and their callbacks run first).
 */
export function weakrefListInsert(obj: PyObject, w: PyWeakref): void {
  const [ref, proxy] = get_basic_refs(obj);
  if (!obj.weakrefs) obj.weakrefs = [];
  const list = obj.weakrefs;
  const basic = w.callback === null;
  const prev = basic && w.ob_type === WeakrefType ? null : basic && w.ob_type.weakProxy ? ref : proxy ?? ref;
  if (prev === null) list.unshift(w);
  else list.splice(list.indexOf(prev) + 1, 0, w);
}

/** weakref.ref(obj, callback=None): a new reference (reuses the basic ref without a callback). */
export function PyWeakref_NewRef(obj: PyObject, callback: PyObject | null): PyWeakref {
  if (!weakrefable(obj)) throw typeError(`cannot create weak reference to '${obj.ob_type.tp_name}' object`);
  if (callback === None) callback = null;
  if (!callback) {
    const [ref] = get_basic_refs(obj);
    if (ref !== null) {
      ref.ob_refcnt++;
      return ref;
    }
  }
  if (callback) callback.ob_refcnt++;
  const w = new PyWeakref(WeakrefType, obj, callback);
  PyObject_Init(w, WeakrefType.basicsize);
  _PyObject_GC_TRACK(w);
  weakrefListInsert(obj, w);
  return w;
}

/**
 * weakref___new__ for a subclass of ref (`class R(weakref.ref)`): always a new weakref of type
 * `t` (only the exact type shares its basic ref), listed after the referent's basic ref and proxy.
 */
export function weakrefSubclassNew(t: PyType, obj: PyObject, callback: PyObject | null): PyWeakref {
  if (!weakrefable(obj)) throw typeError(`cannot create weak reference to '${obj.ob_type.tp_name}' object`);
  if (callback === None) callback = null;
  if (callback) callback.ob_refcnt++;
  const w = new PyWeakref(t, obj, callback);
  if (t.slotNames) (w as unknown as { slots: (PyObject | null)[] }).slots = new Array(t.slotNames.length).fill(null);
  PyObject_Init(w, WeakrefType.basicsize + subclassExtraSize(t));
  t.ob_refcnt++;
  _PyObject_GC_TRACK(w);
  weakrefListInsert(obj, w);
  return w;
}

/**
 * PyObject_ClearWeakRefs: clears every weakref to `o` and runs the callbacks in list order (the
 * newest weakref with a callback first). The basic ref and proxy at the head are cleared first;
 * the others are gathered, with their callbacks, into a tuple of twice their number (an
 * allocation the program can see), released after the last callback. 3.11 and 3.12 call a single
 * remaining weakref's callback directly, without the tuple (profile clearWeakrefsAlwaysTuple).
 */
export function PyObject_ClearWeakRefs(o: PyObject): void {
  const list = o.weakrefs as PyWeakref[] | null;
  if (!list) return;
  o.weakrefs = null;
  let i = 0;
  const always = RT.profile.clearWeakrefsAlwaysTuple;
  if (always) while (i < list.length && list[i].callback === null && (list[i].ob_type === WeakrefType || list[i].ob_type.weakProxy)) list[i++].obj = null;
  else while (i < 2 && i < list.length && list[i].callback === null) list[i++].obj = null;
  const count = list.length - i;
  if (count === 0) return;
  if (count === 1 && !always) {
    const w = list[i];
    const cb = w.callback;
    w.callback = null;
    w.obj = null;
    if (cb) {
      if (w.ob_refcnt > 0) handle_callback(w, cb);
      Py_DECREF(cb);
    }
    return;
  }
  // the tuple's empty (NULL) slots are None here
  const items: PyObject[] = [];
  for (; i < list.length; i++) {
    const w = list[i];
    const cb = w.callback;
    w.callback = null;
    w.obj = null;
    if (w.ob_refcnt > 0) {
      w.ob_refcnt++;
      items.push(w, cb ?? Py_NewRef(None));
    } else {
      Py_XDECREF(cb);
      items.push(Py_NewRef(None), Py_NewRef(None));
    }
  }
  const tuple = PyTuple_New(items);
  try {
    for (let j = 0; j < items.length; j += 2) if (items[j + 1] !== None) handle_callback(items[j], items[j + 1]);
  } finally {
    Py_DECREF(tuple);
  }
}

/** handle_callback: calls `callback(ref)`; an exception is reported as unraisable. */
function handle_callback(ref: PyObject, callback: PyObject): void {
  try {
    Py_DECREF(callObject(callback, [ref], null));
  } catch (e) {
    if (e instanceof PyRaise) RT.writeUnraisable(e.exc, callback);
    else throw e;
  }
}

/** Calls a cleared weakref's callback with the weakref; errors are reported as unraisable. */
export function runCallback(w: PyObject): void {
  const ww = w as PyWeakref;
  const cb = ww.callback;
  if (!cb) return;
  ww.callback = null;
  try {
    Py_DECREF(callObject(cb, [w], null));
  } catch (e) {
    if (e instanceof PyRaise) RT.writeUnraisable(e.exc, cb);
    else throw e;
  } finally {
    Py_DECREF(cb);
  }
}

/** For the collector: clears weakrefs to `o`; returns (owned) weakrefs whose callbacks must run. */
export function clearWeakrefsForGc(o: PyObject, unreachable: Set<PyObject>): PyObject[] {
  const list = o.weakrefs;
  if (!list) return [];
  o.weakrefs = null;
  const out: PyObject[] = [];
  for (const w of list) {
    const ww = w as PyWeakref;
    ww.obj = null;
    if (!ww.callback) continue;
    if (unreachable.has(ww)) continue;
    ww.ob_refcnt++;
    out.push(ww);
  }
  return out;
}

/**
 * weakref_richcompare: two live weakrefs compare as their referents do; when either is dead,
 * by identity. Null when `a` or `b` is not a weakref.
 */
export function weakref_richcompare(a: PyObject, b: PyObject, op: 'Eq' | 'NotEq'): PyObject | null {
  if (!(a instanceof PyWeakref) || !(b instanceof PyWeakref)) return null;
  if (!a.obj || !b.obj) {
    const r = (a === b) === (op === 'Eq') ? True : False;
    r.ob_refcnt++;
    return r;
  }
  const x = a.obj, y = b.obj;
  x.ob_refcnt++;
  y.ob_refcnt++;
  try {
    return PyObject_RichCompare(x, y, op);
  } finally {
    Py_DECREF(x);
    Py_DECREF(y);
  }
}

setClearWeakrefsHook(PyObject_ClearWeakRefs);
setWeakrefRichCompare(weakref_richcompare);
setSubclassRef((t) => PyWeakref_NewRef(t, null));
setObjectWeakrefClear(PyObject_ClearWeakRefs);
void PyObject_RichCompareBool;
