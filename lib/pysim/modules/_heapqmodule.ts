// Models Modules/_heapqmodule.c (CPython 3.11–3.14): the native heap functions Lib/heapq.py
// imports over its own (heappush, heappop, heapify, heapreplace, heappushpop and the max-heap
// variants: private `_heappop_max`, `_heapify_max`, `_heapreplace_max` before 3.14, public
// `heappush_max` & co. from 3.14), comparing items with `<` in the order siftdown/siftup do, so a
// class's counting __lt__ sees CPython's calls.
import { CFunc, PyObject, Py_NewRef, RT } from '../objects/object';
import { PyList, PyList_Append, ListType, list_resize } from '../objects/listobject';
import { None } from '../objects/singletons';
import { indexError, runtimeError, typeError } from '../objects/exceptions';
import { argTypeName, withSignature, type Sig } from '../objects/argcheck';
import { PyObject_RichCompareBool } from '../abstract';
import { Py_DECREF } from '../objects/object';
import { makeModuleWithFunctions } from './moduletools';
import type { PyModule } from '../objects/moduleobject';

type Sift = (heap: PyList, pos: number) => void;

/** `a < b` (min-heap) or `b < a` (max-heap) through PyObject_RichCompareBool. */
const lt = (a: PyObject, b: PyObject) => PyObject_RichCompareBool(a, b, 'Lt');

/** siftdown / siftdown_max: moves the item at `pos` up towards `startpos` while it is smaller (larger) than its parent. */
function siftdownWith(less: (a: PyObject, b: PyObject) => boolean): (heap: PyList, startpos: number, pos: number) => void {
  return (heap, startpos, pos) => {
    const size = heap.items.length;
    if (pos >= size) throw indexError('index out of range');
    while (pos > startpos) {
      const parentpos = (pos - 1) >> 1;
      const cmp = less(heap.items[pos], heap.items[parentpos]);
      if (size !== heap.items.length) throw runtimeError('list changed size during iteration');
      if (!cmp) break;
      const arr = heap.items;
      const parent = arr[parentpos];
      arr[parentpos] = arr[pos];
      arr[pos] = parent;
      pos = parentpos;
    }
  };
}

/** siftup / siftup_max: bubbles the smaller (larger) child up to a leaf, then siftdown from there. */
function siftupWith(less: (a: PyObject, b: PyObject) => boolean, siftdown: (heap: PyList, startpos: number, pos: number) => void): Sift {
  return (heap, pos) => {
    const endpos = heap.items.length;
    const startpos = pos;
    if (pos >= endpos) throw indexError('index out of range');
    const limit = endpos >> 1;
    while (pos < limit) {
      let childpos = 2 * pos + 1;
      if (childpos + 1 < endpos) {
        const cmp = less(heap.items[childpos], heap.items[childpos + 1]);
        // increment when cmp is false
        if (!cmp) childpos++;
        if (endpos !== heap.items.length) throw runtimeError('list changed size during iteration');
      }
      const arr = heap.items;
      const tmp = arr[childpos];
      arr[childpos] = arr[pos];
      arr[pos] = tmp;
      pos = childpos;
    }
    siftdown(heap, startpos, pos);
  };
}

const siftdown = siftdownWith(lt);
const siftup = siftupWith(lt, siftdown);
// the max-heap versions compare the other way round: parent < newitem, right child < left child
const siftdown_max = siftdownWith((a, b) => lt(b, a));
const siftup_max = siftupWith((a, b) => lt(b, a), siftdown_max);

/** heappush / heappush_max: PyList_Append, then siftdown from the new last position. */
function heappush_internal(heap: PyList, item: PyObject, down: typeof siftdown): PyObject {
  PyList_Append(heap, item);
  down(heap, 0, heap.items.length - 1);
  return None;
}

/** heappop_internal: the last item takes the root's place (PyList_SetSlice removes it), then sifts up. */
function heappop_internal(heap: PyList, up: Sift): PyObject {
  const n = heap.items.length;
  if (n === 0) throw indexError('index out of range');
  // lastelt gets its own reference before PyList_SetSlice(heap, n-1, n, NULL) drops the list's
  const lastelt = heap.items.pop()!;
  list_resize(heap, n - 1);
  if (n - 1 === 0) return lastelt;
  const returnitem = heap.items[0];
  heap.items[0] = lastelt;
  try {
    up(heap, 0);
  } catch (e) {
    Py_DECREF(returnitem);
    throw e;
  }
  return returnitem;
}

/** heapreplace_internal: returns the root and puts `item` there, then sifts up. */
function heapreplace_internal(heap: PyList, item: PyObject, up: Sift): PyObject {
  if (heap.items.length === 0) throw indexError('index out of range');
  const returnitem = heap.items[0];
  heap.items[0] = Py_NewRef(item);
  try {
    up(heap, 0);
  } catch (e) {
    Py_DECREF(returnitem);
    throw e;
  }
  return returnitem;
}

/** heappushpop (heappushpop_max): `item` itself unless the root is smaller (larger); then the root is replaced. */
function heappushpop_internal(heap: PyList, item: PyObject, max: boolean): PyObject {
  if (heap.items.length === 0) return Py_NewRef(item);
  const top = heap.items[0];
  const cmp = max ? lt(item, top) : lt(top, item);
  if (!cmp) return Py_NewRef(item);
  if (heap.items.length === 0) throw indexError('index out of range');
  return heapreplace_internal(heap, item, max ? siftup_max : siftup);
}

/** keep_top_bit: `n` with only its highest set bit. */
function keep_top_bit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n * 2 ** i;
}

/** cache_friendly_heapify: the same sifts as the simple loop, in an order that keeps children in cache (lists over 2500 items). */
function cache_friendly_heapify(heap: PyList, up: Sift): void {
  const m = heap.items.length >> 1;
  const leftmost = keep_top_bit(m + 1) - 1;
  const mhalf = m >> 1;
  const run = (from: number, to: number) => {
    for (let i = from; i >= to; i--) {
      let j = i;
      for (;;) {
        up(heap, j);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
  };
  run(leftmost - 1, mhalf);
  run(m - 1, leftmost);
}

/** heapify_internal: siftup from n//2 - 1 down to 0. */
function heapify_internal(heap: PyList, up: Sift): PyObject {
  const n = heap.items.length;
  if (n > 2500) cache_friendly_heapify(heap, up);
  else for (let i = (n >> 1) - 1; i >= 0; i--) up(heap, i);
  return None;
}

/** Argument Clinic's `heap: object(subclass_of='&PyList_Type')`: "heappush() argument 1 must be list, not tuple". */
function asHeap(name: string, heap: PyObject, nargs: number): PyList {
  if (heap.ob_type.solid === ListType && heap instanceof PyList) return heap;
  throw typeError(`${name}() argument${nargs === 1 ? '' : ' 1'} must be list, not ${argTypeName(heap)}`);
}

/** A clinic function of _heapq taking the heap (and an item). */
function heapFunction(name: string, nargs: 1 | 2, fn: (heap: PyList, item: PyObject) => PyObject): CFunc {
  const sig: Sig = nargs === 1 ? 'o' : ['clinic', 2, 2];
  return withSignature(`_heapq.${name}`, name, sig, false, (_s, a) => fn(asHeap(name, a[0], nargs), a[1]));
}

/** Modules/_heapqmodule.c: the `_heapq` module of the running version. */
export function makeHeapqModule(): PyModule {
  const minor = RT.profile.versionInfo[1];
  const fns: Record<string, CFunc> = {
    heappush: heapFunction('heappush', 2, (h, x) => heappush_internal(h, x, siftdown)),
    heappop: heapFunction('heappop', 1, (h) => heappop_internal(h, siftup)),
    heapreplace: heapFunction('heapreplace', 2, (h, x) => heapreplace_internal(h, x, siftup)),
    heappushpop: heapFunction('heappushpop', 2, (h, x) => heappushpop_internal(h, x, false)),
    heapify: heapFunction('heapify', 1, (h) => heapify_internal(h, siftup)),
  };
  // the max-heap functions: private before 3.14, public (with push and pushpop) from 3.14
  const p = minor >= 14 ? '' : '_';
  fns[`${p}heappop_max`] = heapFunction(`${p}heappop_max`, 1, (h) => heappop_internal(h, siftup_max));
  fns[`${p}heapreplace_max`] = heapFunction(`${p}heapreplace_max`, 2, (h, x) => heapreplace_internal(h, x, siftup_max));
  fns[`${p}heapify_max`] = heapFunction(`${p}heapify_max`, 1, (h) => heapify_internal(h, siftup_max));
  if (minor >= 14) {
    fns.heappush_max = heapFunction('heappush_max', 2, (h, x) => heappush_internal(h, x, siftdown_max));
    fns.heappushpop_max = heapFunction('heappushpop_max', 2, (h, x) => heappushpop_internal(h, x, true));
  }
  return makeModuleWithFunctions('_heapq', fns);
}
