// Models Objects/iterobject.c, Objects/rangeobject.c, Objects/enumobject.c and the iterator
// types of listobject.c / tupleobject.c / dictobject.c / setobject.c (CPython 3.12).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels, RT } from './object';
import { SIZEOF_VOID_P } from './layout';
import { PyLong_From } from './longobject';

/** A range object (start, stop, step as JS numbers). */
export class PyRange extends PyObject {
  declare start: number;
  declare stop: number;
  declare step: number;
  constructor(start: number, stop: number, step: number) {
    super(RangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}
/** The `range` type. */
export const RangeType = new PyType(TypeType, 'range', ObjectType);
RangeType.basicsize = 48;
RangeType.copyAtomic = true;
RangeType.baseType = false;
RangeType.tp_repr = (o) => {
  const r = o as PyRange;
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
};

/** range(...) object (new reference). */
export function PyRange_New(start: number, stop: number, step: number): PyRange {
  const r = new PyRange(start, stop, step);
  PyObject_Init(r, 48);
  return r;
}

/** range_iterator: no references held. */
export class PyRangeIter extends PyObject {
  declare cur: number;
  declare step: number;
  declare left: number;
  constructor(cur: number, step: number, left: number) {
    super(RangeIterType);
    this.cur = cur;
    this.step = step;
    this.left = left;
  }
}
/** The `range_iterator` type. */
export const RangeIterType = new PyType(TypeType, 'range_iterator', ObjectType);
RangeIterType.basicsize = 48;
RangeIterType.tp_getsizeof = () => RT.profile.sizes.rangeIterWords * SIZEOF_VOID_P();
RangeIterType.tp_iternext = (o) => {
  const it = o as PyRangeIter;
  if (it.left <= 0) return null;
  const v = it.cur;
  it.cur += it.step;
  it.left--;
  return PyLong_From(v);
};
/** A new range iterator; `reversed` walks it from the last item (range_reverse). */
export function PyRangeIter_New(r: PyRange, reversed = false): PyRangeIter {
  const it = reversed ? new PyRangeIter(r.start + (r.length - 1) * r.step, -r.step, r.length) : new PyRangeIter(r.start, r.step, r.length);
  PyObject_Init(it, RT.profile.sizes.rangeIterWords * SIZEOF_VOID_P());
  return it;
}

/**
 * A generic iterator implemented in JS: `nextFn` returns a new reference or null when exhausted.
 * `refs` are the owned references it holds (its underlying sequence/iterators/function).
 */
export class PyJsIter extends PyObject {
  declare refs: PyObject[];
  declare nextFn: (it: PyJsIter) => PyObject | null;
  declare state: number;
  constructor(type: PyType, refs: PyObject[], nextFn: (it: PyJsIter) => PyObject | null, state = 0) {
    super(type);
    this.refs = refs;
    this.nextFn = nextFn;
    this.state = state;
    this.extra = null;
  }
  declare extra: unknown;
}

const iterTypes = new Map<string, PyType>();
/** Gives an iterator type its Python-level methods (__iter__, __next__); set by typemethods.ts. */
let setupIterType: ((t: PyType) => void) | null = null;
/** Installs the iterator-type methods, on the types made so far and every later one. */
export function setIterTypeSetup(f: (t: PyType) => void): void {
  setupIterType = f;
  f(RangeIterType);
  for (const t of iterTypes.values()) f(t);
}
/** The iterator type named `name` (list_iterator, dict_keyiterator, enumerate, zip, map…). */
export function iterType(name: string, basicsize = 48): PyType {
  let t = iterTypes.get(name);
  if (!t) {
    t = new PyType(TypeType, name, ObjectType);
    t.gc = true;
    t.basicsize = basicsize;
    t.tp_traverse = (o: PyObject, visit: VisitProc) => {
      const r = (o as PyJsIter).refs;
      for (let i = 0; i < r.length; i++) visit(r[i], i === 0 ? 'it_seq' : traverseLabels.on ? `ref${i}` : '');
    };
    t.tp_clear = (o) => {
      const it = o as PyJsIter;
      const r = it.refs;
      it.refs = [];
      for (const x of r) Py_DECREF(x);
    };
    t.tp_dealloc = (o) => {
      _PyObject_GC_UNTRACK(o);
      const it = o as PyJsIter;
      const r = it.refs;
      it.refs = [];
      for (let i = 0; i < r.length; i++) Py_DECREF(r[i]);
      PyObject_Free(o);
    };
    t.tp_iternext = (o) => {
      const it = o as PyJsIter;
      const v = it.nextFn(it);
      if (v === null && it.refs.length && name !== 'generator') {
        // exhausted iterators drop their sequence (it_seq = NULL), as listiter_next does
        const r = it.refs;
        it.refs = [];
        for (const x of r) Py_DECREF(x);
      }
      return v;
    };
    // the one iterator whose size changes between versions (3.14's map has `strict`)
    if (name === 'map') t.tp_getsizeof = () => RT.profile.sizes.mapWords * SIZEOF_VOID_P();
    staticAddr(t, 912);
    iterTypes.set(name, t);
    if (setupIterType !== null) setupIterType(t);
  }
  return t;
}

/**
 * 64-bit sizes (PyGC_Head included) of the iterators whose C struct has more than a sequence and
 * an index: dictiterobject (di_dict, di_used, di_pos, di_result, len), enumobject (en_index,
 * en_sit, en_result, en_longindex, one), zipobject (tuplesize, ittuple, result, strict),
 * setiterobject (si_set, si_used, si_pos, len). Every other iterator is 48.
 */
const ITER_SIZES: Record<string, number> = {
  dict_keyiterator: 72, dict_valueiterator: 72, dict_itemiterator: 72, enumerate: 72, zip: 64, set_iterator: 64,
};

/** A new JS iterator object holding `refs` (stolen). */
export function newJsIter(name: string, refs: PyObject[], nextFn: (it: PyJsIter) => PyObject | null, size = name === 'map' ? RT.profile.sizes.mapWords * 8 : ITER_SIZES[name] ?? 48): PyJsIter {
  const it = new PyJsIter(iterType(name, size), refs, nextFn);
  PyObject_Init(it, size);
  _PyObject_GC_TRACK(it);
  return it;
}
staticAddr(RangeType, 912);
staticAddr(RangeIterType, 912);
