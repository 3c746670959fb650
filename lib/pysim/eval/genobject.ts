// Models Objects/genobject.c (CPython 3.12) for generator expressions only: a generator owns its
// frame; each next() resumes it. Implemented with a JS generator over the compiled body.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from '../objects/object';
import { Frame, S } from './frame';
import { addTraceback, clearFrame, initCells } from './call';
import { pyErr, RecursionErrorType, ValueErrorType } from '../objects/exceptions';

/** The compiled body of a generator expression: yields new references. */
export type GenRunner = (f: Frame) => Generator<PyObject, void, void>;

/** A generator object. */
export class PyGen extends PyObject {
  declare it: Generator<PyObject, void, void> | null;
  running = false;
  done = false;
  declare frame: Frame;
  constructor(frame: Frame) {
    super(GenType);
    this.it = null;
    this.frame = frame;
  }
}

/** The `generator` type. */
export const GenType = new PyType(TypeType, 'generator', ObjectType);
GenType.gc = true;
GenType.basicsize = 200;
GenType.weakrefable = true;
staticAddr(GenType, 912);
GenType.tp_repr = (o) => `<generator object ${(o as PyGen).frame.code.info.qualname} at 0x${o.addr.toString(16)}>`;
GenType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const g = o as PyGen;
  const f = g.frame;
  for (let i = 0; i < f.fast.length; i++) {
    const v = f.fast[i];
    if (v) visit(v, f.code.info.varnames[i] ?? `[${i}]`);
  }
  for (const v of f.vs) visit(v, 'stack');
  if (f.func) visit(f.func, 'gi_frame.f_func');
};
GenType.tp_dealloc = (o) => {
  const g = o as PyGen;
  _PyObject_GC_UNTRACK(o);
  g.done = true;
  g.it = null;
  clearFrame(g.frame);
  PyObject_Free(o);
};
GenType.tp_clear = (o) => {
  const g = o as PyGen;
  g.done = true;
  g.it = null;
  clearFrame(g.frame);
};
GenType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
GenType.tp_iternext = (o) => genSend(o as PyGen);

/** Creates the generator for a generator-expression frame (new reference). */
export function makeGenerator(f: Frame): PyGen {
  const g = new PyGen(f);
  PyObject_Init(g, 200);
  _PyObject_GC_TRACK(g);
  initCells(f);
  return g;
}

/** gen_send_ex: resumes the frame; returns a new reference or null when exhausted. */
export function genSend(g: PyGen): PyObject | null {
  if (g.done) return null;
  if (g.running) throw pyErr(ValueErrorType, 'generator already executing');
  const st = S;
  if (st.depth >= st.recursionLimit) throw pyErr(RecursionErrorType, 'maximum recursion depth exceeded');
  const f = g.frame;
  if (!g.it) g.it = (f.code.info.run as GenRunner)(f);
  st.depth++;
  f.back = st.frame;
  st.frame = f;
  g.running = true;
  try {
    const r = g.it.next();
    if (r.done) {
      g.done = true;
      g.it = null;
      clearFrame(f);
      return null;
    }
    return r.value;
  } catch (e) {
    g.done = true;
    g.it = null;
    if (e instanceof PyRaise) addTraceback(e.exc, f);
    clearFrame(f);
    throw e;
  } finally {
    g.running = false;
    st.frame = f.back;
    st.depth--;
  }
}
