// Models Objects/iterobject.c, Objects/rangeobject.c, Objects/enumobject.c and the iterator
// types of listobject.c / tupleobject.c / dictobject.c / setobject.c (CPython 3.12).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, TypeType, VisitProc, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels, RT } from './object';
import { SIZEOF_VOID_P } from './layout';
import { PyLong, PyLong_From, normInt } from './longobject';

/** An int value as the simulator holds it: a JS number when safe, else a bigint (normInt). */
type Int = number | bigint;

/** a + b as a normalised int value. */
function iadd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

/** a * b as a normalised int value. */
function imul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(BigInt(a) * BigInt(b));
}

/** compute_range_length: the number of items of range(start, stop, step), however large. */
export function compute_range_length(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && Number.isSafeInteger(stop - start)) {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  let lo = BigInt(start), hi = BigInt(stop), st = BigInt(step);
  if (st < 0n) {
    [lo, hi] = [hi, lo];
    st = -st;
  }
  return lo >= hi ? 0 : normInt((hi - lo - 1n) / st + 1n);
}

/** compute_item: start + i * step (no bounds check). */
export function compute_item(r: PyRange, i: Int): Int {
  return iadd(r.start, imul(i, r.step));
}

/**
 * A range object: start, stop, step and the length computed once, as CPython's rangeobject holds
 * them: owned int objects (the ones `range()` was given when they are exact ints, so
 * `range(n).stop is n`), with their values kept beside them for arithmetic.
 */
export class PyRange extends PyObject {
  declare start: Int;
  declare stop: Int;
  declare step: Int;
  declare length: Int;
  declare startObj: PyLong;
  declare stopObj: PyLong;
  declare stepObj: PyLong;
  declare lengthObj: PyLong;
  constructor(start: PyLong, stop: PyLong, step: PyLong, length: PyLong) {
    super(RangeType);
    this.startObj = start;
    this.stopObj = stop;
    this.stepObj = step;
    this.lengthObj = length;
    this.start = start.v;
    this.stop = stop.v;
    this.step = step.v;
    this.length = length.v;
  }
}
/** The `range` type. */
export const RangeType = new PyType(TypeType, 'range', ObjectType);
RangeType.basicsize = 48;
RangeType.baseType = false;
RangeType.tp_repr = (o) => {
  const r = o as PyRange;
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
};
// not a gc type: this traversal only names its references for heapcheck
RangeType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const r = o as PyRange;
  visit(r.startObj, 'start');
  visit(r.stopObj, 'stop');
  visit(r.stepObj, 'step');
  visit(r.lengthObj, 'length');
};
// range_dealloc
RangeType.tp_dealloc = (o) => {
  const r = o as PyRange;
  Py_DECREF(r.startObj);
  Py_DECREF(r.stopObj);
  Py_DECREF(r.stepObj);
  Py_DECREF(r.lengthObj);
  PyObject_Free(o);
};

/**
 * make_range_object: a range over the int objects start, stop, step (references it takes over);
 * compute_range_length makes the length object before the range itself is allocated.
 */
export function PyRange_FromObjects(start: PyLong, stop: PyLong, step: PyLong): PyRange {
  const length = PyLong_From(compute_range_length(start.v, stop.v, step.v));
  const r = new PyRange(start, stop, step, length);
  PyObject_Init(r, 48);
  return r;
}

/** range(...) object (new reference) from int values (compute_slice: step, start, stop made in that order). */
export function PyRange_New(start: Int, stop: Int, step: Int): PyRange {
  const st = PyLong_From(step);
  return PyRange_FromObjects(PyLong_From(start), PyLong_From(stop), st);
}

/** range_contains_long: whether the int `ob` is one of the range's items. */
export function range_contains_long(r: PyRange, ob: Int): boolean {
  const { start, stop, step } = r;
  if (step > 0 ? !(start <= ob && ob < stop) : !(ob <= start && stop < ob)) return false;
  if (typeof ob === 'number' && typeof start === 'number' && typeof step === 'number' && Number.isSafeInteger(ob - start)) return (ob - start) % step === 0;
  return (BigInt(ob) - BigInt(start)) % BigInt(step) === 0n;
}

/**
 * range_iterator: no references held. longrange_iterator (bounds past a C long) holds int objects:
 * 3.12+ its next item `start`, `step` and the items left `len`, and hands out `start` itself
 * (longrangeiter_next), so the first item is the range's own start object; 3.11 holds `index`,
 * `start`, `step` and `len` and computes every item as start + index * step.
 */
export class PyRangeIter extends PyObject {
  declare cur: Int;
  declare step: Int;
  declare left: Int;
  /** longrange_iterator's objects: [start, step, len] (3.12+) or [index, start, step, len] (3.11); else null. */
  declare objs: PyLong[] | null;
  constructor(type: PyType, cur: Int, step: Int, left: Int) {
    super(type);
    this.cur = cur;
    this.step = step;
    this.left = left;
    this.objs = null;
  }
}
/** The `range_iterator` type. */
export const RangeIterType = new PyType(TypeType, 'range_iterator', ObjectType);
RangeIterType.basicsize = 48;
RangeIterType.tp_getsizeof = () => RT.profile.sizes.rangeIterWords * SIZEOF_VOID_P();
/** The `longrange_iterator` type: a range iterator whose bounds do not fit a C long. */
export const LongRangeIterType = new PyType(TypeType, 'longrange_iterator', ObjectType);
LongRangeIterType.basicsize = 48;
LongRangeIterType.tp_getsizeof = RangeIterType.tp_getsizeof;
RangeIterType.tp_iternext = (o) => {
  const it = o as PyRangeIter;
  if (it.left <= 0) return null;
  const v = it.cur;
  if (typeof v === 'number' && typeof it.step === 'number' && typeof it.left === 'number') {
    it.cur = v + it.step;
    it.left--;
  } else {
    it.cur = iadd(v, it.step);
    it.left = iadd(it.left, -1);
  }
  return PyLong_From(v);
};
LongRangeIterType.tp_iternext = (o) => {
  const it = o as PyRangeIter;
  if (it.left <= 0) return null;
  const objs = it.objs!;
  const v = it.cur;
  it.cur = iadd(v, it.step);
  it.left = iadd(it.left, -1);
  if (objs.length === 4) {
    // 3.11: new_index = index + 1; product = index * step; result = start + product
    const newIndex = PyLong_From(iadd(objs[0].v, 1));
    const product = PyLong_From(imul(objs[0].v, objs[2].v));
    const result = PyLong_From(v);
    Py_DECREF(product);
    Py_DECREF(objs[0]);
    objs[0] = newIndex;
    return result;
  }
  // 3.12+: new_start = start + step; new_len = len - 1; the old start is the result
  const newStart = PyLong_From(it.cur);
  const newLen = PyLong_From(it.left);
  const result = objs[0];
  objs[0] = newStart;
  Py_DECREF(objs[2]);
  objs[2] = newLen;
  return result;
};
LongRangeIterType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  for (const c of (o as PyRangeIter).objs ?? []) visit(c, 'item');
};
LongRangeIterType.tp_dealloc = (o) => {
  for (const c of (o as PyRangeIter).objs ?? []) Py_DECREF(c);
  PyObject_Free(o);
};

/**
 * range_iter / range_reverse's choice: a range_iterator when start, stop, step, the length and the
 * last item fit a C long, else a longrange_iterator.
 */
function fitsCLong(r: PyRange): boolean {
  // safe integers always fit a 64-bit C long, with room for the last item plus one step
  if (RT.profile.pointerSize === 8 && typeof r.start === 'number' && typeof r.stop === 'number' && typeof r.step === 'number' && typeof r.length === 'number') return true;
  const max = (1n << BigInt(8 * RT.profile.pointerSize - 1)) - 1n, min = -max - 1n;
  const fits = (v: Int) => typeof v === 'number' ? (RT.profile.pointerSize === 8 || (v <= 2147483647 && v >= -2147483648)) : v <= max && v >= min;
  if (!fits(r.start) || !fits(r.stop) || !fits(r.step) || !fits(r.length)) return false;
  if (r.length === 0) return true;
  const stop = BigInt(r.stop), step = BigInt(r.step);
  return step > 0n ? stop <= max - (step - 1n) : stop >= min + (-1n - step);
}

/** A new range iterator; `reversed` walks it from the last item (range_reverse). */
export function PyRangeIter_New(r: PyRange, reversed = false): PyRangeIter {
  const type = fitsCLong(r) ? RangeIterType : LongRangeIterType;
  const it = reversed ? new PyRangeIter(type, compute_item(r, iadd(r.length, -1)), imul(r.step, -1), r.length) : new PyRangeIter(type, r.start, r.step, r.length);
  PyObject_Init(it, RT.profile.sizes.rangeIterWords * SIZEOF_VOID_P());
  if (type === LongRangeIterType) {
    let start = r.startObj, step = r.stepObj;
    if (reversed) {
      // range_reverse: start + (len - 1) * step, and -step
      const diff = PyLong_From(iadd(r.length, -1));
      const product = PyLong_From(imul(diff.v, r.step));
      Py_DECREF(diff);
      start = PyLong_From(it.cur);
      Py_DECREF(product);
      step = PyLong_From(it.step);
    } else {
      start.ob_refcnt++;
      step.ob_refcnt++;
    }
    r.lengthObj.ob_refcnt++;
    it.objs = RT.profile.versionInfo[1] === 11 ? [PyLong_From(0), start, step, r.lengthObj] : [start, step, r.lengthObj];
  }
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
  /** Its `__length_hint__` (the C iterator's `*_len` method), or null when its type has none. */
  declare lengthHint: ((it: PyJsIter) => number) | null;
  /**
   * The result tuple it hands out again when nobody else holds it (di_result of dict item
   * iterators, en_result of enumerate, zip's result); kept until the iterator is freed.
   */
  declare result: PyObject | null;
  constructor(type: PyType, refs: PyObject[], nextFn: (it: PyJsIter) => PyObject | null, state = 0) {
    super(type);
    this.refs = refs;
    this.nextFn = nextFn;
    this.state = state;
    this.lengthHint = null;
    this.result = null;
  }
}

/**
 * The `Py_REFCNT(result) == 1` test of dictiter_iternextitem, enum_next and zip_next: the
 * iterator's result tuple, with a new reference and tracked again (bpo-42536), when only the
 * iterator holds it; null when a new tuple must be made. The caller swaps the items.
 */
export function iterRecycleResult(it: PyJsIter): PyObject | null {
  const r = it.result;
  if (r === null || r.ob_refcnt !== 1) return null;
  r.ob_refcnt++;
  if (!_PyObject_GC_IS_TRACKED(r)) _PyObject_GC_TRACK(r);
  return r;
}

/** rangeiter_len / longrangeiter_len: the items left. */
export function rangeiter_len(it: PyRangeIter): number {
  return Math.max(0, Number(it.left));
}

const iterTypes = new Map<string, PyType>();
/** Gives an iterator type its Python-level methods (__iter__, __next__); set by typemethods.ts. */
let setupIterType: ((t: PyType) => void) | null = null;
/** Installs the iterator-type methods, on the types made so far and every later one. */
export function setIterTypeSetup(f: (t: PyType) => void): void {
  setupIterType = f;
  f(RangeIterType);
  f(LongRangeIterType);
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
      const res = (o as PyJsIter).result;
      if (res !== null) visit(res, traverseLabels.on ? 'result' : '');
    };
    t.tp_clear = (o) => {
      const it = o as PyJsIter;
      const r = it.refs;
      it.refs = [];
      for (const x of r) Py_DECREF(x);
      const res = it.result;
      it.result = null;
      if (res !== null) Py_DECREF(res);
    };
    t.tp_dealloc = (o) => {
      _PyObject_GC_UNTRACK(o);
      const it = o as PyJsIter;
      const r = it.refs;
      it.refs = [];
      for (let i = 0; i < r.length; i++) Py_DECREF(r[i]);
      const res = it.result;
      it.result = null;
      if (res !== null) Py_DECREF(res);
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
  dict_reversekeyiterator: 72, dict_reversevalueiterator: 72, dict_reverseitemiterator: 72,
};

/** The type of the JS iterators named `name` (enumerate, zip …), as newJsIter makes them. */
export function jsIterType(name: string): PyType {
  return iterType(name, ITER_SIZES[name] ?? 48);
}

/** A new JS iterator object holding `refs` (stolen). */
export function newJsIter(name: string, refs: PyObject[], nextFn: (it: PyJsIter) => PyObject | null, size = name === 'map' ? RT.profile.sizes.mapWords * 8 : ITER_SIZES[name] ?? 48): PyJsIter {
  const it = new PyJsIter(iterType(name, size), refs, nextFn);
  PyObject_Init(it, size);
  _PyObject_GC_TRACK(it);
  return it;
}
staticAddr(RangeType, 912);
staticAddr(RangeIterType, 912);
staticAddr(LongRangeIterType, 912);
