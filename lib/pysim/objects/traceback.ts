// Models Python/traceback.c (CPython 3.12): the traceback object (PyTracebackObject: tb_next,
// tb_frame, tb_lasti, tb_lineno), PyTraceBack_Here, and the entries the traceback display reads.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_XDECREF, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from './object';
import { PyFrameObject } from './frameobject';
import { SIZEOF_VOID_P, sizeofGCHead } from './layout';
import { typeError, type PyBaseException, type TbEntry } from './exceptions';
import { None } from './singletons';
import { LongType, PyLong_From } from './longobject';
import { FloatType } from './floatobject';
import { StrType } from './unicodeobject';
import { BytesType } from './bytesobject';
import { defGetSet } from './methodobject';
import { PyRaise, Py_DECREF } from './object';
import type { Pos } from '../parser/ast';

/** A traceback object: one entry of the chain, outermost frame first (tb_next goes inwards). */
export class PyTraceBack extends PyObject {
  /** tb_next (owned), or null. */
  declare tb_next: PyTraceBack | null;
  /** tb_frame (owned). */
  declare tb_frame: PyFrameObject;
  /** What the traceback display prints for this entry (file, line, function). */
  declare entry: TbEntry;
  constructor(next: PyTraceBack | null, frame: PyFrameObject, entry: TbEntry) {
    super(TraceBackType);
    this.tb_next = next;
    this.tb_frame = frame;
    this.entry = entry;
  }
}

/** The `traceback` type. */
export const TraceBackType = new PyType(TypeType, 'traceback', ObjectType);
TraceBackType.gc = true;
TraceBackType.weakrefable = false;
// PyObject_HEAD, tb_next, tb_frame, int tb_lasti, int tb_lineno
TraceBackType.basicsize = 40;
staticAddr(TraceBackType, 912);
/** sizeof(PyTracebackObject) with its PyGC_Head. */
function tracebackSize(): number {
  return sizeofGCHead() + 4 * SIZEOF_VOID_P() + 8;
}
TraceBackType.tp_getsizeof = () => tracebackSize();
TraceBackType.tp_repr = (o) => `<traceback object at 0x${o.addr.toString(16)}>`;
TraceBackType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const tb = o as PyTraceBack;
  if (tb.tb_next) visit(tb.tb_next, 'tb_next');
  visit(tb.tb_frame, 'tb_frame');
};
/** tb_clear: drops tb_next and tb_frame. */
TraceBackType.tp_clear = (o) => {
  const tb = o as PyTraceBack;
  const n = tb.tb_next;
  tb.tb_next = null;
  Py_XDECREF(n);
  const fr = tb.tb_frame as PyFrameObject | null;
  (tb as { tb_frame: PyFrameObject | null }).tb_frame = null;
  Py_XDECREF(fr);
};
/** tb_dealloc: tb_next first (so the innermost frame's locals go first), then tb_frame. */
TraceBackType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  TraceBackType.tp_clear!(o);
  PyObject_Free(o);
};

/** tb_create_raw: a new traceback entry over `frame` (a new reference is taken) in front of `next` (stolen). */
export function tb_create_raw(next: PyTraceBack | null, frame: PyFrameObject, entry: TbEntry): PyTraceBack {
  const tb = new PyTraceBack(next, frame, entry);
  frame.ob_refcnt++;
  PyObject_Init(tb, tracebackSize());
  _PyObject_GC_TRACK(tb);
  return tb;
}

/**
 * The position of the instruction an exception is passing through (what tb_lasti indexes in
 * co_positions): called from the catch of an operation that can raise, so the innermost operation
 * of a frame wins; the frame's traceback entry (PyTraceBack_Here) takes it and clears it. Returns `err`.
 */
export function PyTraceBack_SetLasti(err: unknown, node: Pos): unknown {
  if (err instanceof PyRaise) {
    const exc = err.exc as PyBaseException;
    if (exc.lasti === null) exc.lasti = node;
  }
  return err;
}

/**
 * The frame releasing a reference in a `del` statement and that instruction's position: an
 * unraisable exception made without a traceback while that release runs (a generator ignoring
 * GeneratorExit) gets the running frame's entry (_PyTraceBack_FromFrame) at this position.
 */
export const releasing: { frame: object | null; pos: Pos | null } = { frame: null, pos: null };

/**
 * True when freeing an object of exact type `t` can run no Python code (no finalizer, no weakref
 * callback, no references it would release), so it can make no unraisable exception.
 */
export function deallocRunsNoCode(t: PyType): boolean {
  return t === LongType || t === FloatType || t === StrType || t === BytesType;
}

/** Py_DECREF(o) by the instruction at `pos` of `frame` (DELETE_NAME, DELETE_FAST…). */
export function releaseAt(frame: object, o: PyObject, pos: Pos | null): void {
  if (o.ob_refcnt !== 1 || deallocRunsNoCode(o.ob_type)) {
    Py_DECREF(o);
    return;
  }
  const pf = releasing.frame, pp = releasing.pos;
  releasing.frame = frame;
  releasing.pos = pos;
  try {
    Py_DECREF(o);
  } finally {
    releasing.frame = pf;
    releasing.pos = pp;
  }
}

/** The entries of a traceback chain, innermost first (the order the exception met the frames). */
export function tracebackEntries(tb: PyTraceBack | null): TbEntry[] {
  const out: TbEntry[] = [];
  for (let t = tb; t !== null; t = t.tb_next) out.push(t.entry);
  return out.reverse();
}

defGetSet(TraceBackType, 'tb_frame', (o) => {
  const f = (o as PyTraceBack).tb_frame;
  f.ob_refcnt++;
  return f;
});
defGetSet(TraceBackType, 'tb_next', (o) => {
  const n = (o as PyTraceBack).tb_next ?? None;
  n.ob_refcnt++;
  return n;
});
defGetSet(TraceBackType, 'tb_lineno', (o) => PyLong_From((o as PyTraceBack).entry.lineno));

/** PyException_SetTraceback (BaseException_set_tb): `tb` (borrowed) must be a traceback or None. */
export function PyException_SetTraceback(e: PyBaseException, tb: PyObject): void {
  if (tb !== None && !(tb instanceof PyTraceBack)) throw typeError('__traceback__ must be a traceback or None');
  const old = e.traceback;
  if (tb instanceof PyTraceBack) {
    tb.ob_refcnt++;
    e.traceback = tb;
  } else e.traceback = null;
  Py_XDECREF(old);
}
