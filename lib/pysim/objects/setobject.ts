// Models Objects/setobject.c (CPython 3.12): the open-addressing hash table (LINEAR_PROBES 9,
// PERTURB_SHIFT 5), so iteration order and sys.getsizeof match CPython; set and frozenset.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_XDECREF, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, IMMORTAL_REFCNT, RT, PyRaise } from './object';
import { ops } from './object';
const PyObject_RichCompareBool = (a: PyObject, b: PyObject, op: string) => ops.eq(a, b, op);
import { PyStr, StrType } from './unicodeobject';
import { sizeofGCHead, sizeofSet, sizeofSetEntry } from './layout';

const LINEAR_PROBES = 9;
const PySet_MINSIZE = 8;
/** The dummy key marking a deleted slot. */
const DUMMY = new PyObject(ObjectType);
DUMMY.ob_refcnt = IMMORTAL_REFCNT;

/** A set or frozenset: `table[i]` is a key (owned), undefined (unused) or the dummy. */
export class PySet extends PyObject {
  declare table: (PyObject | undefined)[];
  declare hashes: (number | bigint)[];
  declare mask: number;
  declare fill: number;
  declare used: number;
  declare finger: number;
  /** The table's block (PyMem_NEW(setentry, mask + 1)) once it outgrows the inline smalltable, else 0. */
  declare tableAddr: number;
  constructor(type: PyType) {
    super(type);
    this.tableAddr = 0;
    this.mask = PySet_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.table = new Array(PySet_MINSIZE);
    this.hashes = new Array(PySet_MINSIZE).fill(0);
  }
}

/** The `set` type. */
export const SetType = new PyType(TypeType, 'set', ObjectType);
SetType.gc = true;
// setobject.c: sets and frozensets have a weakreflist (weakref.ref({1, 2}) works)
SetType.weakrefable = true;
SetType.basicsize = 216;
/** The `frozenset` type. */
export const FrozenSetType = new PyType(TypeType, 'frozenset', ObjectType);
FrozenSetType.gc = true;
FrozenSetType.weakrefable = true;
FrozenSetType.basicsize = 216;
staticAddr(SetType, 912);
staticAddr(FrozenSetType, 912);

/** sys.getsizeof of a set. */
export function setSize(s: PySet): number {
  return sizeofGCHead() + sizeofSet() + (s.mask + 1 > PySet_MINSIZE ? sizeofSetEntry() * (s.mask + 1) : 0);
}
SetType.tp_getsizeof = (o) => setSize(o as PySet);
FrozenSetType.tp_getsizeof = SetType.tp_getsizeof;

/** make_new_set: an empty set (tracked). */
export function PySet_New(type: PyType = SetType): PySet {
  const s = new PySet(type);
  // PyType_GenericAlloc: an instance of a class holds a reference to it
  if (type.heap) type.ob_refcnt++;
  PyObject_Init(s, 216);
  _PyObject_GC_TRACK(s);
  return s;
}

function isUnsignedSafe(h: number | bigint): h is number {
  return typeof h === 'number' && h >= 0;
}

/** Iterates probe sequence: yields slot indices in CPython's order (callback returns true to stop). */
function probe(mask: number, hash: number | bigint, cb: (i: number) => boolean): void {
  let i = Number(BigInt.asUintN(64, BigInt(hash)) & BigInt(mask));
  if (isUnsignedSafe(hash)) {
    let perturb = hash;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        if (cb(j)) return;
        j++;
      } while (probes--);
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) % (mask + 1);
    }
  }
  let perturb = BigInt.asUintN(64, BigInt(hash));
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      if (cb(j)) return;
      j++;
    } while (probes--);
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

function set_insert_clean(table: (PyObject | undefined)[], hashes: (number | bigint)[], mask: number, key: PyObject, hash: number | bigint): void {
  probe(mask, hash, (j) => {
    if (table[j] === undefined) {
      table[j] = key;
      hashes[j] = hash;
      return true;
    }
    return false;
  });
}

/** The block of a table outgrowing the smalltable (PyMem_Malloc: pymalloc up to 512 bytes). */
function allocTable(size: number): number {
  return size > PySet_MINSIZE ? RT.alloc.PyObject_Malloc(sizeofSetEntry() * size) : 0;
}

/** PyMem_Free of a table's block, if it has one. */
function freeTable(addr: number): void {
  if (addr !== 0) RT.alloc.PyObject_Free(addr);
}

/** set_table_resize: the new table is allocated, filled, then the old one freed. */
function set_table_resize(so: PySet, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const oldTable = so.table;
  const oldHashes = so.hashes;
  const oldAddr = so.tableAddr;
  so.tableAddr = allocTable(newsize);
  so.table = new Array(newsize);
  so.hashes = new Array(newsize).fill(0);
  so.mask = newsize - 1;
  so.fill = so.used;
  for (let i = 0; i < oldTable.length; i++) {
    const k = oldTable[i];
    if (k !== undefined && k !== DUMMY) set_insert_clean(so.table, so.hashes, so.mask, k, oldHashes[i]);
  }
  freeTable(oldAddr);
}

function keysEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (a.ob_type === StrType && b.ob_type === StrType) return (a as PyStr).v === (b as PyStr).v;
  return PyObject_RichCompareBool(a, b, 'Eq');
}

/** set_add_entry: steals `key`; returns true when added. */
export function set_add_entry(so: PySet, key: PyObject, hash: number | bigint): boolean {
  let freeslot = -1;
  let found = -1;
  let unused = -1;
  const mask = so.mask;
  probe(mask, hash, (j) => {
    const k = so.table[j];
    if (k === undefined) {
      unused = j;
      return true;
    }
    if (k === DUMMY) {
      // `else if (entry->hash == -1) freeslot = entry;`: the last dummy on the probe path is reused
      freeslot = j;
      return false;
    }
    if (so.hashes[j] === hash && keysEqual(k, key)) {
      found = j;
      return true;
    }
    return false;
  });
  if (found >= 0) {
    Py_DECREF(key);
    return false;
  }
  if (freeslot >= 0) {
    so.used++;
    so.table[freeslot] = key;
    so.hashes[freeslot] = hash;
    return true;
  }
  so.fill++;
  so.used++;
  so.table[unused] = key;
  so.hashes[unused] = hash;
  if (so.fill * 5 < mask * 3) return true;
  set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
  return true;
}

/** set_add_key: increments `key`. */
export function PySet_Add(so: PySet, key: PyObject): boolean {
  const h = ops.keyHash(key, 'set element');
  key.ob_refcnt++;
  return set_add_entry(so, key, h);
}

/** Slot index of `key` or -1. */
export function set_lookkey(so: PySet, key: PyObject): number {
  return lookkeyEntry(so, key, ops.keyHash(key, 'set element'));
}

/**
 * set_contains_key / set_discard_key's retry: after the TypeError of hashing `key`, a set key is
 * looked for as a temporary frozenset of its keys (`op` runs on it); anything else rethrows `e`.
 */
function retryAsFrozenSet<T>(e: unknown, key: PyObject, op: (k: PyObject) => T): T {
  if (!(e instanceof PyRaise) || e.exc.ob_type.name !== 'TypeError' || !(key instanceof PySet) || key.ob_type.solid !== SetType) throw e;
  Py_DECREF(e.exc);
  const tmp = PySet_New(FrozenSetType);
  set_merge(tmp, key);
  try {
    return op(tmp);
  } finally {
    Py_DECREF(tmp);
  }
}

/** set_contains_key: whether `so` holds `key` (a set key is looked for as a frozenset). */
export function set_contains_key(so: PySet, key: PyObject): boolean {
  try {
    return set_lookkey(so, key) >= 0;
  } catch (e) {
    return retryAsFrozenSet(e, key, (k) => set_lookkey(so, k) >= 0);
  }
}

/** set_discard_key with the frozenset retry: returns true when removed. */
export function set_discard_key(so: PySet, key: PyObject): boolean {
  try {
    return PySet_Discard(so, key);
  } catch (e) {
    return retryAsFrozenSet(e, key, (k) => PySet_Discard(so, k));
  }
}

/** set_discard_key: returns true when removed. */
export function PySet_Discard(so: PySet, key: PyObject): boolean {
  return discardEntry(so, key, ops.keyHash(key, 'set element'));
}

/** set_merge: add all keys of another set, as CPython does (table order, presized). */
export function set_merge(so: PySet, other: PySet): void {
  if (other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) set_table_resize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== undefined && k !== DUMMY) {
        k.ob_refcnt++;
        so.table[i] = k;
        so.hashes[i] = other.hashes[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.table[i];
      if (k !== undefined && k !== DUMMY) {
        k.ob_refcnt++;
        set_insert_clean(so.table, so.hashes, so.mask, k, other.hashes[i]);
      }
    }
    so.fill = other.used;
    so.used = other.used;
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.table[i];
    if (k !== undefined && k !== DUMMY) {
      k.ob_refcnt++;
      set_add_entry(so, k, other.hashes[i]);
    }
  }
}

/** The keys in table order (borrowed). */
export function setKeys(so: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k !== undefined && k !== DUMMY) out.push(k);
  }
  return out;
}

/** set_clear_internal. */
export function PySet_Clear(so: PySet): void {
  const old = so.table;
  const oldAddr = so.tableAddr;
  so.tableAddr = 0;
  so.table = new Array(PySet_MINSIZE);
  so.hashes = new Array(PySet_MINSIZE).fill(0);
  so.mask = PySet_MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  for (const k of old) if (k !== undefined && k !== DUMMY) Py_DECREF(k);
  freeTable(oldAddr);
}

/** set.pop(): removes an arbitrary key (CPython's finger scan); returns the owned key or null. */
export function set_pop(so: PySet): PyObject | null {
  if (so.used === 0) return null;
  let i = so.finger & so.mask;
  for (;;) {
    const k = so.table[i];
    if (k !== undefined && k !== DUMMY) break;
    i++;
    if (i > so.mask) i = 0;
  }
  const key = so.table[i]!;
  so.table[i] = DUMMY;
  so.hashes[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}

const traverse = (o: PyObject, visit: VisitProc) => {
  const s = o as PySet;
  for (let i = 0; i <= s.mask; i++) {
    const k = s.table[i];
    if (k !== undefined && k !== DUMMY) visit(k, 'item');
  }
};
SetType.tp_traverse = traverse;
FrozenSetType.tp_traverse = traverse;
SetType.tp_clear = (o) => PySet_Clear(o as PySet);
const dealloc = (o: PyObject) => {
  const s = o as PySet;
  _PyObject_GC_UNTRACK(o);
  if (o.weakrefs) RT.clearWeakrefs(o);
  const t = s.table;
  s.table = [];
  s.used = 0;
  s.fill = 0;
  for (const k of t) if (k !== undefined && k !== DUMMY) Py_XDECREF(k);
  freeTable(s.tableAddr);
  s.tableAddr = 0;
  PyObject_Free(o);
};
SetType.tp_dealloc = dealloc;
FrozenSetType.tp_dealloc = dealloc;

// ------------------------------------------------------------------ set algebra (setobject.c)

/** make_new_set_basetype: the result of a set operation is a set or a frozenset, never a subclass. */
function baseTypeOf(so: PySet): PyType {
  return so.ob_type === FrozenSetType || so.ob_type.isSubtype(FrozenSetType) ? FrozenSetType : SetType;
}

/** The live entries of a set in table order, each key with its stored hash (a snapshot: safe while `so` changes). */
function entriesOf(so: PySet): { key: PyObject; hash: number | bigint }[] {
  const out: { key: PyObject; hash: number | bigint }[] = [];
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k !== undefined && k !== DUMMY) out.push({ key: k, hash: so.hashes[i] });
  }
  return out;
}

/** Slot of `key` found by its stored `hash` (no __hash__ call), or -1. */
function lookkeyEntry(so: PySet, key: PyObject, hash: number | bigint): number {
  let found = -1;
  probe(so.mask, hash, (j) => {
    const k = so.table[j];
    if (k === undefined) return true;
    if (k !== DUMMY && so.hashes[j] === hash && keysEqual(k, key)) {
      found = j;
      return true;
    }
    return false;
  });
  return found;
}

/** set_discard_entry: removes `key` (by its stored hash); true when it was there. */
function discardEntry(so: PySet, key: PyObject, hash: number | bigint): boolean {
  const j = lookkeyEntry(so, key, hash);
  if (j < 0) return false;
  const k = so.table[j]!;
  so.table[j] = DUMMY;
  so.hashes[j] = -1;
  so.used--;
  Py_DECREF(k);
  return true;
}

/** set_copy: a new set (or frozenset) of `so`'s type family with its keys. */
export function set_copy(so: PySet): PySet {
  const r = PySet_New(baseTypeOf(so));
  set_merge(r, so);
  return r;
}

/** set_intersection with another set: walks the smaller one, keeping the keys the larger one has. */
export function set_intersection(so: PySet, other: PySet): PySet {
  if (so === other) return set_copy(so);
  const result = PySet_New(baseTypeOf(so));
  let big = so, small = other;
  if (other.used > so.used) {
    big = other;
    small = so;
  }
  for (const { key, hash } of entriesOf(small)) {
    key.ob_refcnt++;
    try {
      if (lookkeyEntry(big, key, hash) >= 0) {
        key.ob_refcnt++;
        set_add_entry(result, key, hash);
      }
    } finally {
      Py_DECREF(key);
    }
  }
  return result;
}

/** set_intersection with any other iterable (its items, new references, are released). */
export function set_intersection_items(so: PySet, items: PyObject[]): PySet {
  const result = PySet_New(baseTypeOf(so));
  try {
    for (const key of items) {
      const hash = ops.keyHash(key, 'set element');
      if (lookkeyEntry(so, key, hash) >= 0) {
        key.ob_refcnt++;
        set_add_entry(result, key, hash);
      }
    }
  } catch (e) {
    Py_DECREF(result);
    throw e;
  } finally {
    for (const k of items) Py_DECREF(k);
  }
  return result;
}

/**
 * set_difference_update_internal: discards every key of `other` (a set, or the items of an
 * iterable: new references, released), then resizes when more than a quarter of the table is
 * dummies.
 */
export function set_difference_update_internal(so: PySet, other: PySet | PyObject[]): void {
  if (so === other) {
    PySet_Clear(so);
    return;
  }
  if (other instanceof PySet) {
    for (const { key, hash } of entriesOf(other)) discardEntry(so, key, hash);
  } else {
    try {
      for (const key of other) discardEntry(so, key, ops.keyHash(key, 'set element'));
    } finally {
      for (const k of other) Py_DECREF(k);
    }
  }
  // "If more than 1/4th are dummies, then resize them away."
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/**
 * set_difference with another set: when `so` is more than four times larger, a copy of it with
 * `other`'s keys discarded; otherwise a new set of the keys of `so` that `other` lacks.
 */
export function set_difference(so: PySet, other: PySet): PySet {
  if (so.used >> 2 > other.used) {
    const r = set_copy(so);
    set_difference_update_internal(r, other);
    return r;
  }
  const result = PySet_New(baseTypeOf(so));
  for (const { key, hash } of entriesOf(so)) {
    key.ob_refcnt++;
    try {
      if (lookkeyEntry(other, key, hash) < 0) {
        key.ob_refcnt++;
        set_add_entry(result, key, hash);
      }
    } finally {
      Py_DECREF(key);
    }
  }
  return result;
}

/** set_symmetric_difference_update with a set: each key of `other` is discarded from `so`, or added when absent. */
export function set_symmetric_difference_update(so: PySet, other: PySet): void {
  if (so === other) {
    PySet_Clear(so);
    return;
  }
  for (const { key, hash } of entriesOf(other)) {
    key.ob_refcnt++;
    try {
      if (!discardEntry(so, key, hash)) {
        key.ob_refcnt++;
        set_add_entry(so, key, hash);
      }
    } finally {
      Py_DECREF(key);
    }
  }
}

/** set_symmetric_difference: a copy of `other` (in `so`'s type family), updated with `so`. */
export function set_symmetric_difference(so: PySet, other: PySet): PySet {
  const r = PySet_New(baseTypeOf(so));
  set_merge(r, other);
  set_symmetric_difference_update(r, so);
  return r;
}

/** set_swap_bodies: `a` and `b` exchange their tables (what set_intersection_update keeps of its result). */
export function set_swap_bodies(a: PySet, b: PySet): void {
  const { table, hashes, mask, fill, used, tableAddr } = a;
  a.tableAddr = b.tableAddr;
  b.tableAddr = tableAddr;
  a.table = b.table;
  a.hashes = b.hashes;
  a.mask = b.mask;
  a.fill = b.fill;
  a.used = b.used;
  b.table = table;
  b.hashes = hashes;
  b.mask = mask;
  b.fill = fill;
  b.used = used;
}

/** set_update_dict's "one big resize at the start" before `n` keys of a dict are added. */
export function set_presize_for(so: PySet, n: number): void {
  if ((so.fill + n) * 5 >= so.mask * 3) set_table_resize(so, (so.used + n) * 2);
}
