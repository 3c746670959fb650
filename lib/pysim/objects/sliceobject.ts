// Models Objects/sliceobject.c (CPython 3.12): slice objects with the one-entry slice cache.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyObject_InitFromFreeList, PyObject_ToFreeList, PyType, Py_DECREF, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from './object';

/** slice(start, stop, step): owned references (None when absent). */
export class PySlice extends PyObject {
  declare start: PyObject;
  declare stop: PyObject;
  declare step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super(SliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}
/** The `slice` type. */
export const SliceType = new PyType(TypeType, 'slice', ObjectType);
SliceType.gc = true;
SliceType.basicsize = 56;
SliceType.baseType = false;
staticAddr(SliceType, 912);
let cache: PySlice | null = null;

/** PySlice_New: steals start, stop, step. */
export function PySlice_New(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  let s: PySlice;
  if (cache) {
    s = cache;
    cache = null;
    s.start = start;
    s.stop = stop;
    s.step = step;
    PyObject_InitFromFreeList(s);
  } else {
    s = new PySlice(start, stop, step);
    PyObject_Init(s, 56);
  }
  _PyObject_GC_TRACK(s);
  return s;
}
/** Forgets the cached slice (new interpreter). */
export function resetSliceCache(): void {
  cache = null;
}
SliceType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const s = o as PySlice;
  visit(s.start, 'start');
  visit(s.stop, 'stop');
  visit(s.step, 'step');
};
SliceType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  const s = o as PySlice;
  Py_DECREF(s.step);
  Py_DECREF(s.start);
  Py_DECREF(s.stop);
  if (!cache) {
    PyObject_ToFreeList(o);
    cache = s;
    return;
  }
  PyObject_Free(o);
};
