// Models Modules/_collectionsmodule.c (CPython 3.11-3.14): the deque object. Its items live in a
// doubly linked list of blocks of BLOCKLEN pointers (PyMem_Malloc'd, 66 words each: 528 bytes on
// 64-bit builds, which the system allocator serves, 264 on wasm32, a pymalloc block), with
// leftindex/rightindex into the end blocks and up to MAXFREEBLOCKS spare blocks kept per deque.
// Each operation moves the indices and allocates or frees blocks exactly as the C code does, so
// sys.getsizeof (deque_sizeof) and the heap's blocks are CPython's. The items themselves are kept
// in one array in deque order; `blocks` holds the block addresses from leftblock to rightblock.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_DECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from '../objects/object';
import { SIZEOF_VOID_P, sizeofGCHead } from '../objects/layout';
import { indexError, runtimeError, typeError, valueError } from '../objects/exceptions';
import { None } from '../objects/singletons';
import { PyLong } from '../objects/longobject';
import { PyObject_ClearWeakRefs } from '../objects/weakrefobject';
import { PySequence_List } from '../objects/typemethods';
import { PyObject_GetIter, PyObject_RichCompareBool, iterNext } from '../abstract';

/** BLOCKLEN: the pointers in one block. */
export const BLOCKLEN = 64;
/** CENTER: where an empty deque's indices meet. */
export const CENTER = (BLOCKLEN - 1) >> 1;
/** MAXFREEBLOCKS: the spare blocks a deque keeps (deque->freeblocks). */
export const MAXFREEBLOCKS = 16;

/** sizeof(block): leftlink, BLOCKLEN data pointers, rightlink. */
export function sizeofBlock(): number {
  return (BLOCKLEN + 2) * SIZEOF_VOID_P();
}

/**
 * sizeof(dequeobject): PyObject_VAR_HEAD (3 words), leftblock, rightblock, leftindex, rightindex,
 * state, maxlen, numfreeblocks, freeblocks[MAXFREEBLOCKS], weakreflist.
 */
export function sizeofDeque(): number {
  return (3 + 2 + 2 + 3 + MAXFREEBLOCKS + 1) * SIZEOF_VOID_P();
}

/** A deque: `items` (owned) in order, `blocks` the addresses of its blocks from left to right. */
export class PyDeque extends PyObject {
  declare items: PyObject[];
  declare blocks: number[];
  declare leftindex: number;
  declare rightindex: number;
  /** Incremented whenever the indices move (iterators compare it). */
  declare state: number;
  /** -1 for an unbounded deque. */
  declare maxlen: number;
  declare freeblocks: number[];
  constructor(type: PyType) {
    super(type);
    this.items = [];
    this.blocks = [];
    this.leftindex = CENTER + 1;
    this.rightindex = CENTER;
    this.state = 0;
    this.maxlen = -1;
    this.freeblocks = [];
  }
}

/** collections.deque. */
export const DequeType = new PyType(TypeType, 'deque', ObjectType, 'collections');
DequeType.gc = true;
DequeType.weakrefable = true;
DequeType.tpName = 'collections.deque';
DequeType.basicsize = 232;
staticAddr(DequeType, 912);

/** newblock: one of the deque's spare blocks, else PyMem_Malloc(sizeof(block)). */
export function newblock(d: PyDeque): number {
  if (d.freeblocks.length) return d.freeblocks.pop()!;
  return RT.alloc.PyMem_Malloc(sizeofBlock());
}

/** freeblock: kept as a spare while there are fewer than MAXFREEBLOCKS, else PyMem_Free. */
function freeblock(d: PyDeque, b: number): void {
  if (d.freeblocks.length < MAXFREEBLOCKS) d.freeblocks.push(b);
  else RT.alloc.PyMem_Free(b);
}

/** deque_new: tp_alloc (tracked), then the first block; the indices at the centre. */
export function deque_new(type: PyType): PyDeque {
  const d = new PyDeque(type);
  PyObject_Init(d, sizeofGCHead() + sizeofDeque());
  if (type !== DequeType) type.ob_refcnt++;
  _PyObject_GC_TRACK(d);
  d.blocks.push(newblock(d));
  return d;
}

/** deque_pop: the rightmost item (a new reference to the caller). */
export function deque_pop(d: PyDeque): PyObject {
  if (d.items.length === 0) throw indexError('pop from an empty deque');
  const item = d.items.pop()!;
  d.rightindex--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.items.length) {
      freeblock(d, d.blocks.pop()!);
      d.rightindex = BLOCKLEN - 1;
    } else {
      // re-center instead of freeing a block
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** deque_popleft: the leftmost item (a new reference to the caller). */
export function deque_popleft(d: PyDeque): PyObject {
  if (d.items.length === 0) throw indexError('pop from an empty deque');
  const item = d.items.shift()!;
  d.leftindex++;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.items.length) {
      freeblock(d, d.blocks.shift()!);
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** NEEDS_TRIM: 0 <= maxlen < len. */
function needsTrim(d: PyDeque, maxlen: number): boolean {
  return maxlen >= 0 && maxlen < d.items.length;
}

/** deque_append_internal: stores `item` (stolen) on the right; trims the left end past maxlen. */
export function deque_append_internal(d: PyDeque, item: PyObject, maxlen: number): void {
  if (d.rightindex === BLOCKLEN - 1) {
    d.blocks.push(newblock(d));
    d.rightindex = -1;
  }
  d.rightindex++;
  d.items.push(item);
  if (needsTrim(d, maxlen)) Py_DECREF(deque_popleft(d));
  else d.state++;
}

/** deque_appendleft_internal: stores `item` (stolen) on the left; trims the right end past maxlen. */
export function deque_appendleft_internal(d: PyDeque, item: PyObject, maxlen: number): void {
  if (d.leftindex === 0) {
    d.blocks.unshift(newblock(d));
    d.leftindex = BLOCKLEN;
  }
  d.leftindex--;
  d.items.unshift(item);
  if (needsTrim(d, maxlen)) Py_DECREF(deque_pop(d));
  else d.state++;
}

/** Runs `each` over the items of `iterable` (PyObject_GetIter + tp_iternext); each item is a new reference. */
function forEachNew(iterable: PyObject, each: (x: PyObject) => void): void {
  const it = PyObject_GetIter(iterable);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      each(x);
    }
  } finally {
    Py_DECREF(it);
  }
}

/** deque_extend: the items of `iterable` appended on the right (a copy first when it is the deque). */
export function deque_extend(d: PyDeque, iterable: PyObject): void {
  if (iterable === d) {
    const s = PySequence_List(iterable);
    try {
      deque_extend(d, s);
    } finally {
      Py_DECREF(s);
    }
    return;
  }
  const maxlen = d.maxlen;
  if (maxlen === 0) {
    forEachNew(iterable, Py_DECREF);
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    // space saving heuristic: start filling from the left
    if (d.items.length === 0) {
      d.leftindex = 1;
      d.rightindex = 0;
    }
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      deque_append_internal(d, x, maxlen);
    }
  } finally {
    Py_DECREF(it);
  }
}

/** deque_extendleft: the items of `iterable` appended one by one on the left. */
export function deque_extendleft(d: PyDeque, iterable: PyObject): void {
  if (iterable === d) {
    const s = PySequence_List(iterable);
    try {
      deque_extendleft(d, s);
    } finally {
      Py_DECREF(s);
    }
    return;
  }
  const maxlen = d.maxlen;
  if (maxlen === 0) {
    forEachNew(iterable, Py_DECREF);
    return;
  }
  const it = PyObject_GetIter(iterable);
  try {
    // space saving heuristic: start filling from the right
    if (d.items.length === 0) {
      d.leftindex = BLOCKLEN - 1;
      d.rightindex = BLOCKLEN - 2;
    }
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      deque_appendleft_internal(d, x, maxlen);
    }
  } finally {
    Py_DECREF(it);
  }
}

/**
 * deque_clear: the deque is made empty on a new block first, then the old items are released from
 * left to right, each old block freed once its items are passed, the last one at the end.
 */
export function deque_clear(o: PyObject): void {
  const d = o as PyDeque;
  if (d.items.length === 0) return;
  const b = newblock(d);
  const items = d.items, blocks = d.blocks;
  let n = items.length;
  const leftindex = d.leftindex;
  d.items = [];
  d.blocks = [b];
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  let bi = 0, i = 0;
  let m = BLOCKLEN - leftindex > n ? n : BLOCKLEN - leftindex;
  n -= m;
  for (;;) {
    if (m === 0) {
      if (n === 0) break;
      const prev = blocks[bi++];
      m = n > BLOCKLEN ? BLOCKLEN : n;
      n -= m;
      freeblock(d, prev);
    }
    m--;
    Py_DECREF(items[i++]);
  }
  freeblock(d, blocks[bi]);
}

/**
 * _deque_rotate: n steps to the right (left when negative), moving runs of pointers between the end
 * blocks; a block emptied on one side is reused on the other, a spare freed at the end.
 */
export function _deque_rotate(d: PyDeque, n: number): void {
  const len = d.items.length, halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  let b = 0;
  let leftindex = d.leftindex, rightindex = d.rightindex;
  const blocks = d.blocks;
  d.state++;
  const moveRight = n;
  while (n > 0) {
    if (leftindex === 0) {
      if (b === 0) b = newblock(d);
      blocks.unshift(b);
      leftindex = BLOCKLEN;
      b = 0;
    }
    let m = n;
    if (m > rightindex + 1) m = rightindex + 1;
    if (m > leftindex) m = leftindex;
    rightindex -= m;
    leftindex -= m;
    n -= m;
    if (rightindex < 0) {
      b = blocks.pop()!;
      rightindex = BLOCKLEN - 1;
    }
  }
  while (n < 0) {
    if (rightindex === BLOCKLEN - 1) {
      if (b === 0) b = newblock(d);
      blocks.push(b);
      rightindex = -1;
      b = 0;
    }
    let m = -n;
    if (m > BLOCKLEN - leftindex) m = BLOCKLEN - leftindex;
    if (m > BLOCKLEN - 1 - rightindex) m = BLOCKLEN - 1 - rightindex;
    leftindex += m;
    rightindex += m;
    n += m;
    if (leftindex === BLOCKLEN) {
      b = blocks.shift()!;
      leftindex = 0;
    }
  }
  if (b !== 0) freeblock(d, b);
  d.leftindex = leftindex;
  d.rightindex = rightindex;
  // the pointers moved: the last `moveRight` items come first (or the first -moveRight go last)
  const k = ((moveRight % len) + len) % len;
  if (k) d.items = d.items.slice(len - k).concat(d.items.slice(0, len - k));
}

/** deque_item: d[i] for 0 <= i < len (a new reference). */
export function deque_item(d: PyDeque, i: number): PyObject {
  if (i < 0 || i >= d.items.length) throw indexError('deque index out of range');
  const v = d.items[i];
  v.ob_refcnt++;
  return v;
}

/** deque_del_item: rotate the item to the left end, pop it, rotate back, then release it. */
export function deque_del_item(d: PyDeque, i: number): void {
  _deque_rotate(d, -i);
  const item = deque_popleft(d);
  try {
    _deque_rotate(d, i);
  } finally {
    Py_DECREF(item);
  }
}

/** deque_ass_item: d[i] = v (v null: del d[i]). */
export function deque_ass_item(d: PyDeque, i: number, v: PyObject | null): void {
  if (i < 0 || i >= d.items.length) throw indexError('deque index out of range');
  if (v === null) {
    deque_del_item(d, i);
    return;
  }
  v.ob_refcnt++;
  const old = d.items[i];
  d.items[i] = v;
  Py_DECREF(old);
}

/**
 * Walks the items from the left as deque_count, deque_contains and deque_index do: `f` gets each
 * item (held for the call) and its position and returns true to stop; a change of the deque's
 * state meanwhile raises `mutated`. Returns the position it stopped at, or -1.
 */
export function dequeScan(d: PyDeque, start: number, stop: number, f: (x: PyObject) => boolean, mutated: () => PyRaise, hold = true): number {
  const startState = d.state;
  for (let i = start; i < stop; i++) {
    const item = d.items[i];
    if (hold) item.ob_refcnt++;
    let hit: boolean;
    try {
      hit = f(item);
    } finally {
      if (hold) Py_DECREF(item);
    }
    if (hit) return i;
    if (startState !== d.state) throw mutated();
  }
  return -1;
}

/** deque_count. */
export function deque_count(d: PyDeque, v: PyObject): number {
  let count = 0;
  dequeScan(d, 0, d.items.length, (x) => {
    if (PyObject_RichCompareBool(x, v, 'Eq')) count++;
    return false;
  }, () => runtimeError('deque mutated during iteration'));
  return count;
}

/** deque_contains. */
export function deque_contains(o: PyObject, v: PyObject): boolean {
  const d = o as PyDeque;
  return dequeScan(d, 0, d.items.length, (x) => PyObject_RichCompareBool(x, v, 'Eq'), () => runtimeError('deque mutated during iteration')) >= 0;
}

/** deque_sizeof: the object and its blocks from leftindex over len items. */
export function deque_sizeof(o: PyObject): number {
  const d = o as PyDeque;
  const blocks = Math.floor((d.leftindex + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
  return sizeofDeque() + blocks * sizeofBlock();
}
DequeType.tp_getsizeof = (o) => sizeofGCHead() + deque_sizeof(o);

// deque_traverse: the items from left to right
DequeType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  // 3.12+: a heap type, visited by its instances (a subclass's by subtype_traverse, which then skips it)
  if (RT.profile.versionInfo[1] >= 12 && !o.ob_type.heap) visit(o.ob_type, '__class__');
  const it = (o as PyDeque).items;
  const lab = traverseLabels.on;
  for (let i = 0; i < it.length; i++) visit(it[i], lab ? `[${i}]` : '');
};
DequeType.tp_clear = deque_clear;

/** deque_dealloc after its deque_clear: the last block goes to the spares, then every spare is freed. */
export function deque_dealloc_blocks(o: PyObject): void {
  const d = o as PyDeque;
  if (d.blocks.length) freeblock(d, d.blocks[0]);
  d.blocks = [];
  for (const b of d.freeblocks) RT.alloc.PyMem_Free(b);
  d.freeblocks = [];
}

// deque_dealloc: untrack, clear the weakrefs, clear, free the last block and the spare ones
DequeType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  PyObject_ClearWeakRefs(o);
  deque_clear(o);
  deque_dealloc_blocks(o);
  PyObject_Free(o);
};

/** PyLong_AsSsize_t of deque()'s maxlen: an int (not __index__), "an integer is required" otherwise. */
function maxlenArg(o: PyObject): number {
  if (!(o instanceof PyLong)) throw typeError('an integer is required');
  return Number(o.v);
}

/**
 * deque_init: `deque(iterable=(), maxlen=None)`; clears a deque that has items, then extends it.
 * `args` are positional values followed by the keyword values named in `kwnames`.
 */
export function deque_init(d: PyDeque, args: PyObject[], kwnames: string[] | null): void {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const total = args.length;
  if (total > 2) throw typeError(`deque() takes at most 2 arguments (${total} given)`);
  let iterable: PyObject | null = npos > 0 ? args[0] : null;
  let maxlenobj: PyObject | null = npos > 1 ? args[1] : null;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i], v = args[npos + i];
    const at = k === 'iterable' ? 0 : k === 'maxlen' ? 1 : -1;
    if (at < 0) {
      throw typeError(RT.profile.versionInfo[1] >= 13 ? `deque() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for deque()`);
    }
    if (at < npos) throw typeError(`argument for deque() given by name ('${k}') and position (${at + 1})`);
    if (at === 0) iterable = v;
    else maxlenobj = v;
  }
  let maxlen = -1;
  if (maxlenobj !== null && maxlenobj !== None) {
    maxlen = maxlenArg(maxlenobj);
    if (maxlen < 0) throw valueError('maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.items.length > 0) deque_clear(d);
  if (iterable !== null) deque_extend(d, iterable);
}
