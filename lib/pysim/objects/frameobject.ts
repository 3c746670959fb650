// Models Objects/frameobject.c (CPython 3.12): the frame object (PyFrameObject) made lazily for a
// running frame (_PyFrame_GetFrameObject), which takes over the frame's data when the frame
// finishes while something (a traceback) still holds it (take_ownership), and its attributes.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_CLEAR, Py_DECREF, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, isImmortal, staticAddr, traverseLabels } from './object';
import type { PyCode, PyFunction } from './funcobject';
import { S, type Frame } from '../eval/frame';
import { SIZEOF_VOID_P, sizeofGCHead } from './layout';
import { None } from './singletons';
import { PyLong_From } from './longobject';
import { PyCell } from './funcobject';
import { PyDict, PyDict_DelItem, PyDict_New, PyDict_SetItem, dictItems } from './dictobject';
import { PyTuple, PyTuple_New } from './tupleobject';
import { PyStr, PyUnicode_Intern } from './unicodeobject';
import { defGetSet, defMethod } from './methodobject';
import { KeyErrorType, newException, runtimeError, typeError, valueError } from './exceptions';

/**
 * A frame object. While its frame runs (`frame` set, FRAME_OWNED_BY_THREAD) it only points at it
 * and is not tracked; once it owns the frame's data (`frame` null, FRAME_OWNED_BY_FRAME_OBJECT) it
 * holds the fast locals, the function, the code and the locals dict (all owned) and is tracked.
 */
export class PyFrameObject extends PyObject {
  /** The running frame, or null once the frame object owns the data. */
  declare frame: Frame | null;
  /** f_back once owned (owned), else null: a running frame's f_back is read from the frame chain. */
  declare f_back: PyFrameObject | null;
  /** The fast locals once owned (each owned). */
  declare fast: (PyObject | null)[];
  declare func: PyFunction | null;
  declare code: PyCode;
  declare globals: PyDict;
  /** f_locals of the frame (module and class bodies: their namespace; 3.11/3.12 functions: the FastToLocals snapshot), owned when owned. */
  declare locals: PyDict | null;
  /** 3.11/3.12: the dict PyFrame_FastToLocals filled for a function frame (owned), kept by the frame. */
  declare localsSnapshot: PyDict | null;
  /** 3.13+ f_extra_locals: names written through the FrameLocalsProxy that are not locals of the code (owned), or null. */
  declare extraLocals: PyDict | null;
  /** 3.14 f_overwritten_fast_locals: a tuple of the values writes through the proxy replaced (owned), or null. */
  declare overwritten: PyTuple | null;
  declare lineno: number;
  constructor(f: Frame) {
    super(FrameType);
    this.frame = f;
    this.f_back = null;
    this.fast = NO_FAST;
    this.func = null;
    this.code = f.code;
    this.globals = f.globals;
    this.locals = null;
    this.localsSnapshot = null;
    this.extraLocals = null;
    this.overwritten = null;
    this.lineno = 0;
  }
}
const NO_FAST: (PyObject | null)[] = [];

/** The `frame` type. */
export const FrameType = new PyType(TypeType, 'frame', ObjectType);
FrameType.gc = true;
FrameType.weakrefable = false;
// PyFrameObject (f_back, f_frame, f_trace, f_lineno and flags) and the _PyInterpreterFrame up to localsplus
FrameType.basicsize = 120;
staticAddr(FrameType, 912);
FrameType.tp_repr = (o) => {
  const fo = o as PyFrameObject;
  return `<frame at 0x${o.addr.toString(16)}, file '${fo.code.info.filename}', line ${PyFrame_GetLineNumber(fo)}, code ${fo.code.info.name}>`;
};

FrameType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const fo = o as PyFrameObject;
  if (fo.f_back) visit(fo.f_back, 'f_back');
  if (fo.extraLocals) visit(fo.extraLocals, 'f_extra_locals');
  if (fo.overwritten) visit(fo.overwritten, 'f_overwritten_fast_locals');
  if (fo.frame !== null) return;
  // _PyFrame_Traverse: f_locals, f_funcobj, f_code, then the locals
  if (fo.locals) visit(fo.locals, 'f_locals');
  else if (fo.localsSnapshot) visit(fo.localsSnapshot, 'f_locals');
  if (fo.func) visit(fo.func, 'f_func');
  visit(fo.code, 'f_code');
  const names = fo.code.info.varnames;
  for (let i = 0; i < fo.fast.length; i++) {
    const v = fo.fast[i];
    if (v) visit(v, traverseLabels.on ? `.${names[i] ?? i}` : '');
  }
};

/**
 * frame_tp_clear (the collector's tp_clear, and frame.clear() of a finished frame): drops 3.13+'s
 * extra and 3.14's overwritten locals, the fast locals, then on 3.13+ f_locals. On 3.11/3.12 the
 * snapshot dict f_locals filled stays, holding what it held.
 */
function frame_tp_clear(o: PyObject): void {
  const fo = o as PyFrameObject;
  Py_CLEAR(fo, 'extraLocals');
  Py_CLEAR(fo, 'overwritten');
  clearFastLocals(fo.fast);
  if (RT.profile.frameLocalsProxy) Py_CLEAR(fo, 'locals');
}
FrameType.tp_clear = frame_tp_clear;

/** Releases the fast locals a frame object owns: first to last (3.14: last to first, as it pops its stack references). */
function clearFastLocals(fast: (PyObject | null)[]): void {
  if (RT.profile.frameClearReverse) {
    for (let i = fast.length - 1; i >= 0; i--) Py_CLEAR(fast, i);
  } else {
    for (let i = 0; i < fast.length; i++) Py_CLEAR(fast, i);
  }
}

/** True when `f` is on the running thread's frame chain (executing, possibly a running generator's frame). */
function isExecuting(f: Frame): boolean {
  for (let x = S.frame; x !== null; x = x.back) if (x === f) return true;
  return false;
}

/** Closes the suspended generator that owns frame `f` (_PyGen_Finalize); installed by eval/genobject.ts. */
let finalizeGeneratorOfFrame: (f: Frame) => void = () => {};
/** Installs what frame.clear() calls for a suspended generator's frame on 3.11/3.12. */
export function setFinalizeGeneratorOfFrame(fn: (f: Frame) => void): void {
  finalizeGeneratorOfFrame = fn;
}

/**
 * frame.clear() (frame_clear): a frame still running (on the frame chain: the caller's, its own, a
 * running generator's) cannot be cleared. A suspended generator's frame (the only other frame a
 * frame object can still point at) cannot be on 3.13+; 3.11/3.12 close the generator instead, whose
 * frame object then takes over its locals (take_ownership) and keeps them. A finished frame's frame
 * object owns its locals: frame_tp_clear releases them.
 */
defMethod(FrameType, 'clear', (self, args, kw) => {
  if (kw && kw.length) throw typeError('frame.clear() takes no keyword arguments');
  if (args.length) throw typeError(`frame.clear() takes no arguments (${args.length} given)`);
  const fo = self as PyFrameObject;
  const f = fo.frame;
  if (f === null) frame_tp_clear(fo);
  else if (isExecuting(f)) throw runtimeError('cannot clear an executing frame');
  else if (RT.profile.frameClearSuspendedError) throw runtimeError('cannot clear a suspended frame');
  else finalizeGeneratorOfFrame(f);
  return None;
});

/** frame_dealloc: the function, f_locals, the fast locals (first to last; 3.14 last to first), f_back, then the code. */
FrameType.tp_dealloc = (o) => {
  const fo = o as PyFrameObject;
  _PyObject_GC_UNTRACK(o);
  let code: PyCode | null = null;
  if (fo.frame === null) {
    code = fo.code;
    Py_CLEAR(fo, 'func');
    Py_CLEAR(fo, 'locals');
  }
  Py_CLEAR(fo, 'localsSnapshot');
  if (fo.frame === null) {
    const fast = fo.fast;
    fo.fast = NO_FAST;
    clearFastLocals(fast);
  }
  Py_CLEAR(fo, 'f_back');
  Py_CLEAR(fo, 'extraLocals');
  Py_CLEAR(fo, 'overwritten');
  PyObject_Free(o);
  if (code) Py_DECREF(code);
};

/** co_stacksize of the frame's code (worked out on first use for function code; 0 for module and class bodies). */
function stacksize(code: PyCode): number {
  const info = code.info;
  if (info.stacksize === undefined && info.computeStacksize) info.stacksize = info.computeStacksize();
  return info.stacksize ?? 0;
}

/** frame_sizeof: PyFrameObject and _PyInterpreterFrame up to localsplus, then one word per fast local and value-stack slot. */
function frameSize(code: PyCode): number {
  const info = code.info;
  return (RT.profile.sizes.frameObjectWords + info.nfast - (info.extraSlots ?? 0) + stacksize(code)) * SIZEOF_VOID_P();
}
FrameType.tp_getsizeof = (o) => frameSize((o as PyFrameObject).code);

/** _PyFrame_GetFrameObject: the frame object of a running frame, made (untracked) on first use. Borrowed. */
export function _PyFrame_GetFrameObject(f: Frame): PyFrameObject {
  let fo = f.frameObj;
  if (fo === null) {
    fo = new PyFrameObject(f);
    PyObject_Init(fo, frameSize(f.code));
    f.frameObj = fo;
  }
  return fo;
}

/**
 * take_ownership: the frame `f` finishes while its frame object is still referenced, so the frame
 * object takes over its data (fast locals, function, code, namespace) and links f_back to the
 * caller's frame object, which is made if needed; it becomes tracked.
 */
export function take_ownership(fo: PyFrameObject, f: Frame): void {
  const fast = f.fast;
  if (f.borrowed) {
    // 3.14: the frame object takes strong references (PyStackRef_MakeHeapSafe)
    for (let i = 0; i < fast.length && i < 31; i++) if (f.borrowed & (1 << i) && fast[i]) fast[i]!.ob_refcnt++;
    f.borrowed = 0;
  }
  fo.fast = fast;
  f.fast = new Array(fast.length).fill(null);
  fo.func = f.func;
  f.func = null;
  fo.code = f.code;
  f.code.ob_refcnt++;
  fo.globals = f.globals;
  fo.locals = f.locals;
  if (f.locals) f.locals.ob_refcnt++;
  fo.lineno = f.lineno;
  // frame->f_locals goes with the frame's data
  if (f.localsSnapshot !== null && fo.localsSnapshot === null) {
    fo.localsSnapshot = f.localsSnapshot;
    f.localsSnapshot = null;
  }
  fo.frame = null;
  const prev = f.back;
  if (prev !== null) {
    const back = _PyFrame_GetFrameObject(prev);
    back.ob_refcnt++;
    fo.f_back = back;
  }
  _PyObject_GC_TRACK(fo);
}

/**
 * The frame-object part of _PyFrame_ClearExceptCode, for a finishing frame that has one: the frame
 * object takes the frame's data when something else still holds it, else it dies with the frame.
 */
export function clearFrameObject(f: Frame): void {
  const fo = f.frameObj!;
  f.frameObj = null;
  // otherwise it dies here, still pointing at the frame: it owns nothing for frame_dealloc to release
  if (fo.ob_refcnt > 1) take_ownership(fo, f);
  Py_DECREF(fo);
}

/** PyFrame_GetLineNumber: the running frame's current line, or the line it finished on. */
export function PyFrame_GetLineNumber(fo: PyFrameObject): number {
  return fo.frame !== null ? fo.frame.lineno : fo.lineno;
}

/** PyFrame_GetBack: f_back, or for a running frame its caller's frame object (made if needed). Borrowed or null. */
export function PyFrame_GetBack(fo: PyFrameObject): PyFrameObject | null {
  if (fo.f_back !== null) return fo.f_back;
  const prev = fo.frame !== null ? fo.frame.back : null;
  return prev !== null ? _PyFrame_GetFrameObject(prev) : null;
}

/** The fast locals of the frame (its own while it runs, the frame object's after). */
export function frameFast(fo: PyFrameObject): (PyObject | null)[] {
  return fo.frame !== null ? fo.frame.fast : fo.fast;
}

/** f_locals' namespace for module and class bodies (borrowed), else null (a function frame). */
export function frameNamespace(fo: PyFrameObject): PyDict | null {
  return fo.frame !== null ? fo.frame.locals : fo.locals;
}

/** Fills `d` from the frame's fast locals (cells give their contents; a name whose slot is empty is removed). */
function fastToDict(fo: PyFrameObject, d: PyDict): void {
  fastArrayToDict(fo.code, frameFast(fo), d);
}

/** fastToDict over a code object's fast locals. */
function fastArrayToDict(code: PyCode, fast: (PyObject | null)[], d: PyDict): void {
  const info = code.info;
  const cells = new Set<number>(info.freeSlots);
  for (const c of info.cellSlots) cells.add(c.slot);
  for (let i = 0; i < info.varnames.length && i < fast.length; i++) {
    let v = fast[i];
    if (v !== null && cells.has(i)) v = (v as PyCell).ref;
    const k = PyUnicode_Intern(info.varnames[i]);
    if (v !== null) PyDict_SetItem(d, k, v);
    else PyDict_DelItem(d, k);
    Py_DECREF(k);
  }
}

/**
 * PyFrame_FastToLocalsWithError (3.11/3.12): fills the dict the frame keeps as f_locals (the
 * running frame's frame->f_locals, which a finished frame's frame object took over). Borrowed.
 */
export function PyFrame_FastToLocals(fo: PyFrameObject): PyDict {
  // the dict is frame->f_locals: the running frame's, the frame object's once it owns the frame
  if (fo.frame !== null) return _PyFrame_FastToLocals(fo.frame);
  const d = (fo.localsSnapshot ??= PyDict_New());
  fastToDict(fo, d);
  return d;
}

/**
 * _PyFrame_FastToLocalsWithError (3.11/3.12) of a running function frame: frame->f_locals, made
 * on first use and kept until the frame is cleared, refreshed from the fast locals (a name it
 * holds that is not a local stays). What locals() returns there. Borrowed.
 */
export function _PyFrame_FastToLocals(f: Frame): PyDict {
  const d = (f.localsSnapshot ??= PyDict_New());
  fastArrayToDict(f.code, f.fast, d);
  return d;
}

/**
 * PyEval_GetLocals / _PyEval_GetFrameLocals of a function frame: what locals() returns there, and
 * what exec() and eval() given no namespaces run in. 3.11/3.12: the frame's f_locals dict, the same
 * one each time; 3.13+ (PEP 667): a new dict, a snapshot of the locals. A new reference.
 */
export function _PyEval_GetFrameLocals(f: Frame): PyDict {
  if (!RT.profile.frameLocalsProxy) {
    const fl = _PyFrame_FastToLocals(f);
    fl.ob_refcnt++;
    return fl;
  }
  const d = PyDict_New();
  const names = f.code.info.varnames;
  for (let i = 0; i < names.length; i++) {
    let v = f.fast[i];
    if (v instanceof PyCell) v = v.ref;
    if (v) {
      const k = PyUnicode_Intern(names[i]);
      PyDict_SetItem(d, k, v);
      Py_DECREF(k);
    }
  }
  return d;
}

/** 3.13+ (PEP 667): the FrameLocalsProxy of a function frame, a view that reads the frame's locals. */
export class PyFrameLocalsProxy extends PyObject {
  /** The frame object (owned). */
  declare frame: PyFrameObject;
  constructor(fo: PyFrameObject) {
    super(FrameLocalsProxyType);
    this.frame = fo;
  }
}

/** The `FrameLocalsProxy` type. */
export const FrameLocalsProxyType = new PyType(TypeType, 'FrameLocalsProxy', ObjectType);
FrameLocalsProxyType.gc = true;
FrameLocalsProxyType.basicsize = 24;
FrameLocalsProxyType.baseType = false;
staticAddr(FrameLocalsProxyType, 912);
FrameLocalsProxyType.tp_traverse = (o, visit) => visit((o as PyFrameLocalsProxy).frame, 'frame');
FrameLocalsProxyType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  Py_DECREF((o as PyFrameLocalsProxy).frame);
  PyObject_Free(o);
};

/** A new dict of what a FrameLocalsProxy shows now (what its reads, len and iteration go through). */
export function framelocalsproxy_dict(p: PyFrameLocalsProxy): PyDict {
  const d = PyDict_New();
  fastToDict(p.frame, d);
  // framelocalsproxy_keys: the locals, then the extra locals
  const extra = p.frame.extraLocals;
  if (extra !== null) for (const [k, v] of dictItems(extra)) PyDict_SetItem(d, k, v);
  return d;
}

/** The fast-locals slot named `key` (a str), or -1: then the name goes to the extra locals (framelocalsproxy_getkeyindex). */
function framelocalsproxy_getkeyindex(fo: PyFrameObject, key: PyObject): number {
  if (!(key instanceof PyStr)) return -1;
  const names = fo.code.info.varnames;
  const n = Math.min(names.length, frameFast(fo).length);
  for (let i = 0; i < n; i++) if (names[i] === key.v) return i;
  return -1;
}

/**
 * framelocalsproxy_setitem (PEP 667; `v` borrowed, null deletes): a local's slot (or its cell) gets
 * the value; 3.14 keeps the value it replaced alive in f_overwritten_fast_locals (the value stack of
 * a caller may hold it borrowed), 3.13 releases it. Any other name goes to f_extra_locals. Deleting
 * is refused on 3.13; 3.14 refuses it for a local and deletes an extra local.
 */
export function framelocalsproxy_setitem(p: PyFrameLocalsProxy, key: PyObject, v: PyObject | null): void {
  const fo = p.frame;
  const prof = RT.profile;
  if (v === null && !prof.frameLocalsProxyDelete) throw typeError('cannot remove variables from FrameLocalsProxy');
  const i = framelocalsproxy_getkeyindex(fo, key);
  if (i >= 0) {
    if (v === null) throw valueError('cannot remove local variables from FrameLocalsProxy');
    const fast = frameFast(fo);
    const old = fast[i];
    const info = fo.code.info;
    if (old instanceof PyCell && (info.freeSlots.includes(i) || info.cellSlots.some((c) => c.slot === i))) {
      const prev = old.ref;
      if (prev === v) return;
      v.ob_refcnt++;
      old.ref = v;
      Py_XDECREF(prev);
      return;
    }
    if (old === v) return;
    v.ob_refcnt++;
    fast[i] = v;
    if (old === null) return;
    // 3.14: a borrowed slot (LOAD_FAST_BORROW) held no reference to drop
    const running = fo.frame;
    let borrowed = false;
    if (running !== null && i < 31 && running.borrowed & (1 << i)) {
      running.borrowed &= ~(1 << i);
      borrowed = true;
    }
    if (prof.frameLocalsOverwrittenKept) {
      if (isImmortal(old)) return;
      add_overwritten_fast_local(fo, old);
    }
    if (!borrowed) Py_DECREF(old);
    return;
  }
  if (v === null) {
    if (fo.extraLocals === null || !PyDict_DelItem(fo.extraLocals, key)) throw new PyRaise(newException(KeyErrorType, [newRef(key)]));
    return;
  }
  PyDict_SetItem((fo.extraLocals ??= PyDict_New()), key, v);
}

/**
 * framelocalsproxy_merge: writes each item of `other` (a dict or another FrameLocalsProxy) through
 * the proxy, in its order. False when `other` is neither (the caller's TypeError or NotImplemented).
 */
export function framelocalsproxy_merge(p: PyFrameLocalsProxy, other: PyObject): boolean {
  if (other instanceof PyDict) {
    for (const [k, v] of dictItems(other)) framelocalsproxy_setitem(p, k, v);
    return true;
  }
  if (!(other instanceof PyFrameLocalsProxy)) return false;
  const d = framelocalsproxy_dict(other);
  try {
    for (const [k, v] of dictItems(d)) framelocalsproxy_setitem(p, k, v);
  } finally {
    Py_DECREF(d);
  }
  return true;
}

/** add_overwritten_fast_local (3.14): f_overwritten_fast_locals becomes a new tuple of what it held and `o`. */
function add_overwritten_fast_local(fo: PyFrameObject, o: PyObject): void {
  const prev = fo.overwritten;
  const items = prev !== null ? prev.items.slice() : [];
  for (const x of items) x.ob_refcnt++;
  o.ob_refcnt++;
  items.push(o);
  fo.overwritten = PyTuple_New(items);
  Py_XDECREF(prev);
}

function newFrameLocalsProxy(fo: PyFrameObject): PyObject {
  const p = new PyFrameLocalsProxy(fo);
  fo.ob_refcnt++;
  PyObject_Init(p, sizeofGCHead() + FrameLocalsProxyType.basicsize);
  _PyObject_GC_TRACK(p);
  return p;
}

/** A new reference to `o`. */
function newRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

defGetSet(FrameType, 'f_back', (o) => newRef(PyFrame_GetBack(o as PyFrameObject) ?? None));
defGetSet(FrameType, 'f_code', (o) => newRef((o as PyFrameObject).code));
defGetSet(FrameType, 'f_lineno', (o) => PyLong_From(PyFrame_GetLineNumber(o as PyFrameObject)));
defGetSet(FrameType, 'f_globals', (o) => {
  const fo = o as PyFrameObject;
  return newRef(fo.frame !== null ? fo.frame.globals : fo.globals);
});
defGetSet(FrameType, 'f_builtins', (o) => {
  const fo = o as PyFrameObject;
  const fn = fo.frame !== null ? fo.frame.func : fo.func;
  return newRef(fn ? fn.builtins : S.builtins);
});
defGetSet(FrameType, 'f_trace', () => newRef(None));
defGetSet(FrameType, 'f_locals', (o) => {
  const fo = o as PyFrameObject;
  const ns = frameNamespace(fo);
  if (ns !== null) return newRef(ns);
  if (RT.profile.frameLocalsProxy) return newFrameLocalsProxy(fo);
  return newRef(PyFrame_FastToLocals(fo));
});
