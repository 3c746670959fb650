// Models Objects/listobject.c (CPython 3.12): lists, list_resize's over-allocation, the 80-entry
// free list, and list_dealloc's order (items released from the end).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyObject_InitFromFreeList, PyObject_ToFreeList, PyType, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from './object';
import { SIZEOF_VOID_P, sizeofGCHead, sizeofList } from './layout';

/** A list; `items` are owned references, `allocated` the modelled capacity. */
export class PyList extends PyObject {
  declare allocated: number;
  declare items: PyObject[];
  constructor(items: PyObject[]) {
    super(ListType);
    this.allocated = 0;
    this.items = items;
  }
}

/** The `list` type. */
export const ListType = new PyType(TypeType, 'list', ObjectType);
ListType.gc = true;
ListType.basicsize = 56;
ListType.hasDict = false;
staticAddr(ListType, 912);

ListType.tp_getsizeof = (o) => sizeofGCHead() + sizeofList() + SIZEOF_VOID_P() * (o as PyList).allocated;

/** PyList_New: a list holding `items` (stolen) with exactly that capacity. */
export function PyList_New(items: PyObject[], type: PyType = ListType): PyList {
  let o: PyList;
  const fl = RT.freeLists.list;
  if (type === ListType && fl.length) {
    o = fl.pop() as PyList;
    o.items = items;
    PyObject_InitFromFreeList(o);
  } else {
    o = new PyList(items);
    if (type !== ListType) o.ob_type = type;
    PyObject_Init(o, 56);
  }
  o.allocated = items.length;
  _PyObject_GC_TRACK(o);
  return o;
}

/** list_resize: the capacity CPython would have after resizing to `newsize`. */
export function list_resize(self: PyList, newsize: number): void {
  const allocated = self.allocated;
  const size = self.items.length;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  self.allocated = newAllocated;
}

/** list_preallocate_exact: capacity rounded up to even. */
export function list_preallocate_exact(self: PyList, size: number): void {
  self.allocated = (size + 1) & ~1;
}

/** PyList_Append: increments `item`. */
export function PyList_Append(self: PyList, item: PyObject): void {
  item.ob_refcnt++;
  const n = self.items.length;
  if (self.allocated <= n) list_resize(self, n + 1);
  self.items.push(item);
}

/** Appends an owned reference (LIST_APPEND). */
export function listAppendSteal(self: PyList, item: PyObject): void {
  const n = self.items.length;
  if (self.allocated <= n) list_resize(self, n + 1);
  self.items.push(item);
}

ListType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const it = (o as PyList).items;
  const lab = traverseLabels.on;
  for (let i = 0; i < it.length; i++) visit(it[i], lab ? `[${i}]` : '');
};

/** list_clear (tp_clear): drops the items. */
export function list_clear(o: PyObject): void {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  l.allocated = 0;
  let i = items.length;
  while (--i >= 0) Py_XDECREF(items[i]);
}
ListType.tp_clear = list_clear;

ListType.tp_dealloc = (o) => {
  const l = o as PyList;
  _PyObject_GC_UNTRACK(o);
  const items = l.items;
  let i = items.length;
  while (--i >= 0) Py_XDECREF(items[i]);
  l.items = [];
  l.allocated = 0;
  const fl = RT.freeLists.list;
  if (o.ob_type === ListType && fl.length < RT.profile.freeLists.list) {
    PyObject_ToFreeList(o);
    fl.push(o);
    return;
  }
  PyObject_Free(o);
};
