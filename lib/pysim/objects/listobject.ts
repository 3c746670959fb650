// Models Objects/listobject.c (CPython 3.12): lists, list_resize's over-allocation, the 80-entry
// free list, and list_dealloc's order (items released from the end).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyObject_InitFromFreeList, PyObject_ToFreeList, PyType, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from './object';
import { SIZEOF_VOID_P, sizeofGCHead, sizeofList } from './layout';

/**
 * A list; `items` are owned references, `allocated` the modelled capacity and `itemsAddr` the
 * address of the ob_item array holding it (0 while there is none).
 */
export class PyList extends PyObject {
  declare allocated: number;
  declare items: PyObject[];
  declare itemsAddr: number;
  constructor(items: PyObject[]) {
    super(ListType);
    this.allocated = 0;
    this.itemsAddr = 0;
    this.items = items;
  }
}

/**
 * Sets the capacity and models ob_item's memory as listobject.c manages it: PyMem_Realloc to
 * `n` pointers (PyMem_Malloc when there is no array yet; realloc keeps the block when the new size
 * still fits it), or PyMem_Free with `free` (list_dealloc, _list_clear). A realloc to 0 bytes
 * (list_resize to an empty list) still leaves a block, as pymalloc's does.
 */
export function list_set_allocated(l: PyList, n: number, free = false): void {
  l.allocated = n;
  const a = RT.alloc;
  if (free) {
    if (l.itemsAddr !== 0) a.PyObject_Free(l.itemsAddr);
    l.itemsAddr = 0;
    return;
  }
  const bytes = n * SIZEOF_VOID_P();
  l.itemsAddr = l.itemsAddr === 0 ? (n === 0 ? 0 : a.PyObject_Malloc(bytes)) : a.PyObject_Realloc(l.itemsAddr, bytes);
}

/** The `list` type. */
export const ListType = new PyType(TypeType, 'list', ObjectType);
ListType.gc = true;
ListType.basicsize = 56;
ListType.hasDict = false;
staticAddr(ListType, 912);

ListType.tp_getsizeof = (o) => sizeofGCHead() + sizeofList() + SIZEOF_VOID_P() * (o as PyList).allocated;

/**
 * PyList_New: a list holding `items` (stolen) with exactly that capacity. `freeList` false is
 * PyType_GenericAlloc (list_vectorcall, the `list(...)` call): a new block, never a freed list.
 */
export function PyList_New(items: PyObject[], type: PyType = ListType, freeList = true): PyList {
  let o: PyList;
  const fl = RT.freeLists.list;
  if (type === ListType && freeList && fl.length) {
    o = fl.pop() as PyList;
    o.items = items;
    PyObject_InitFromFreeList(o);
  } else {
    o = new PyList(items);
    if (type !== ListType) o.ob_type = type;
    PyObject_Init(o, 56);
  }
  // PyList_New: the object, then PyMem_Calloc for its items
  list_set_allocated(o, items.length);
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
  list_set_allocated(self, newAllocated);
}

/** list_preallocate_exact: capacity rounded up to even. */
export function list_preallocate_exact(self: PyList, size: number): void {
  list_set_allocated(self, (size + 1) & ~1);
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

// list_traverse walks the items from the last to the first (the order the collector meets them)
ListType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const it = (o as PyList).items;
  const lab = traverseLabels.on;
  for (let i = it.length - 1; i >= 0; i--) visit(it[i], lab ? `[${i}]` : '');
};

/** list_clear (tp_clear): drops the items. */
export function list_clear(o: PyObject): void {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  // _list_clear: size and allocated are 0 before the items go, the item array is freed last
  l.allocated = 0;
  let i = items.length;
  while (--i >= 0) Py_XDECREF(items[i]);
  list_set_allocated(l, 0, true);
}
ListType.tp_clear = list_clear;

ListType.tp_dealloc = (o) => {
  const l = o as PyList;
  _PyObject_GC_UNTRACK(o);
  const items = l.items;
  let i = items.length;
  while (--i >= 0) Py_XDECREF(items[i]);
  l.items = [];
  list_set_allocated(l, 0, true);
  const fl = RT.freeLists.list;
  if (o.ob_type === ListType && fl.length < RT.profile.freeLists.list) {
    PyObject_ToFreeList(o);
    fl.push(o);
    return;
  }
  PyObject_Free(o);
};
