// Models Objects/tupleobject.c (CPython 3.12): tuples, the empty-tuple singleton, per-size free
// lists (sizes 1..20, 2000 each) and tuple untracking by the collector.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyObject_InitFromFreeList, PyObject_ToFreeList, PyType, Py_DECREF, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels, IMMORTAL_REFCNT } from './object';
import { SIZEOF_VOID_P, sizeofGCHead, sizeofTupleHeader } from './layout';

/** The items of a dead tuple: shared and frozen (a tuple's items are never written after creation). */
const NO_ITEMS: PyObject[] = Object.freeze([]) as unknown as PyObject[];

/** A tuple; `items` are owned references. */
export class PyTuple extends PyObject {
  declare items: PyObject[];
  constructor(items: PyObject[]) {
    super(TupleType);
    this.items = items;
  }
}

/** The `tuple` type. */
export const TupleType = new PyType(TypeType, 'tuple', ObjectType);
TupleType.gc = true;
TupleType.basicsize = 40;
staticAddr(TupleType, 912);

/** The empty tuple (immortal singleton). */
export const EmptyTuple = new PyTuple([]);
EmptyTuple.ob_refcnt = IMMORTAL_REFCNT;
staticAddr(EmptyTuple, 48);

const staticTypeTuples = new Map<PyType, { mro?: PyTuple; bases?: PyTuple }>();
const staticTypeTupleSet = new WeakSet<PyObject>();
/**
 * A static builtin type's tp_mro or tp_bases tuple: made by CPython's start-up (immortal from 3.12,
 * among the permanent generation's 375 tuples), so here one immortal tuple per type, made on first
 * use without a gc allocation.
 */
export function staticTypeTuple(t: PyType, which: 'mro' | 'bases', items: PyType[]): PyTuple {
  let e = staticTypeTuples.get(t);
  if (!e) staticTypeTuples.set(t, (e = {}));
  let tup = e[which];
  if (!tup) {
    tup = e[which] = new PyTuple(items);
    tup.ob_refcnt = IMMORTAL_REFCNT;
    staticAddr(tup, tupleSize(items.length));
    staticTypeTupleSet.add(tup);
  }
  return tup;
}

/** Whether `o` is one of staticTypeTuple's tuples. */
export function isStaticTypeTuple(o: PyObject): boolean {
  return staticTypeTupleSet.has(o);
}

/** sys.getsizeof of a tuple of n items. */
export function tupleSize(n: number): number {
  return sizeofGCHead() + sizeofTupleHeader() + SIZEOF_VOID_P() * n;
}
TupleType.tp_getsizeof = (o) => tupleSize((o as PyTuple).items.length);

/** PyTuple_New + filling: steals the references in `items`. Tracked at creation. */
export function PyTuple_New(items: PyObject[]): PyTuple {
  const n = items.length;
  if (n === 0) return EmptyTuple;
  const fls = RT.freeLists.tuple;
  if (n <= RT.profile.freeLists.tupleMaxLen) {
    const fl = fls[n];
    if (fl && fl.length) {
      const o = fl.pop() as PyTuple;
      o.items = items;
      PyObject_InitFromFreeList(o);
      _PyObject_GC_TRACK(o);
      return o;
    }
  }
  const o = new PyTuple(items);
  PyObject_Init(o, tupleSize(n));
  _PyObject_GC_TRACK(o);
  return o;
}

/**
 * _PyTuple_FromArray (BUILD_TUPLE, tuple(list)): like PyTuple_New, but on 3.14 a tuple whose
 * items' types are not gc types is left untracked from the start (tuple(iterator) with a right
 * length hint, PyTuple_Pack and compiler constants stay tracked until a collection).
 */
export function _PyTuple_FromArray(items: PyObject[]): PyTuple {
  const t = PyTuple_New(items);
  if (RT.profile.tupleUntrackAtCreation && t.gc_next !== null) tupleUntrackAtCreation(t);
  return t;
}

/**
 * 3.14's creation-time rule: a new tuple none of whose items' types is a gc type is left
 * untracked. Unlike the collector's _PyTuple_MaybeUntrack it asks the item's type only, so a
 * builtin type (whose type, `type`, is a gc type) or an untracked tuple keeps it tracked.
 */
export function tupleUntrackAtCreation(t: PyTuple): void {
  const it = t.items;
  for (let i = 0; i < it.length; i++) if (it[i].ob_type.gc) return;
  _PyObject_GC_UNTRACK(t);
}

// tupletraverse walks the items from the last to the first
TupleType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const it = (o as PyTuple).items;
  const lab = traverseLabels.on;
  for (let i = it.length - 1; i >= 0; i--) visit(it[i], lab ? `[${i}]` : '');
};

TupleType.tp_dealloc = (o) => {
  const t = o as PyTuple;
  _PyObject_GC_UNTRACK(o);
  const items = t.items;
  let i = items.length;
  const n = i;
  while (--i >= 0) Py_XDECREF(items[i]);
  t.items = NO_ITEMS;
  if (o.ob_type === TupleType && n <= RT.profile.freeLists.tupleMaxLen) {
    const fls = RT.freeLists.tuple;
    const fl = fls[n] ?? (fls[n] = []);
    if (fl.length < RT.profile.freeLists.tuplePerSize) {
      PyObject_ToFreeList(o);
      fl.push(o);
      return;
    }
  }
  PyObject_Free(o);
};

/** _PyTuple_MaybeUntrack: untrack a tuple whose items cannot be part of a cycle. */
export function _PyTuple_MaybeUntrack(t: PyTuple): void {
  const it = t.items;
  for (let i = 0; i < it.length; i++) {
    const e = it[i];
    if (!e.ob_type.gc) continue;
    // static (builtin) types are not gc objects: type_is_gc() is false for them
    if (e instanceof PyType && !e.heap) continue;
    if (e.ob_type === TupleType && !_PyObject_GC_IS_TRACKED(e)) continue;
    return;
  }
  _PyObject_GC_UNTRACK(t);
}

/**
 * _PyTuple_Resize for a tuple being filled (PySequence_Tuple): the memory is reallocated
 * (PyObject_GC_Resize: pymalloc keeps the block while it still fits) with no allocation counted,
 * and the tuple is untracked and tracked again (to the young end of generation 0). Slots past
 * the filled ones hold `fill` (a placeholder the caller owns no reference to). Resizing the empty
 * tuple makes a new one; resizing to 0 releases the tuple for the empty one. Returns the tuple.
 */
export function _PyTuple_Resize(t: PyTuple, n: number, fill: PyObject): PyTuple {
  if (t === EmptyTuple) return PyTuple_New(new Array<PyObject>(n).fill(fill));
  if (n === 0) {
    // the slots are NULL in CPython: nothing to release but the tuple itself
    t.items = new Array<PyObject>(t.items.length).fill(null as unknown as PyObject);
    Py_DECREF(t);
    return EmptyTuple;
  }
  _PyObject_GC_UNTRACK(t);
  const rt = RT;
  const size = tupleSize(n);
  t.addr = rt.alloc.PyObject_Realloc(t.addr - 16, size) + 16;
  rt.heapBytes += size - t.allocSize;
  t.allocSize = size;
  const items = t.items;
  if (n < items.length) items.length = n;
  else for (let i = items.length; i < n; i++) items.push(fill);
  _PyObject_GC_TRACK(t);
  return t;
}
