// Models Objects/dictobject.c (CPython 3.12): insertion-ordered dicts with CPython's key-table
// sizes (for sys.getsizeof), lazy gc tracking (MAINTAIN_TRACKING), the 80-entry free list and
// dict_dealloc's entry order.
import { ObjectType, PyObject, PyObject_Free, initGCHeader, PyObject_Init, PyObject_InitFromFreeList, PyObject_ToFreeList, PyType, Py_DECREF, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels, SHARED_KEYS_MAX_SIZE, type CachedKeys, defineSplitAddress, IMMORTAL_MIN, addrHigh, addrLow, ADDR_SPLIT } from './object';
import { BoolType, LongType, PyLong } from './longobject';
import { FloatType, PyFloat } from './floatobject';
import { PyStr, StrType } from './unicodeobject';
import { TupleType } from './tupleobject';
import { ops } from './object';
import { PrimIndex } from './primindex';
import type { PyInstance } from './typeobject';
import { SIZEOF_VOID_P, sizeofDictValues, sizeofDict, sizeofDictEntry, sizeofDictKeysHeader, sizeofGCHead } from './layout';
const PyObject_RichCompareBool = (a: PyObject, b: PyObject, op: string) => ops.eq(a, b, op);

/** A dict. Entries live in parallel arrays; deleted entries are null until the next resize. */
export class PyDict extends PyObject {
  declare keys: (PyObject | null)[];
  /** Values by entry; an instance dict may have spare nulls beyond its `keys.length` entries. */
  declare vals: (PyObject | null)[];
  /**
   * Hash of each entry, needed only for slow keys: NO_HASHES (shared, always empty) until the
   * first slow key arrives, then as long as `keys`.
   */
  declare hashes: (number | bigint)[];
  /**
   * Primitive key of each entry (str value, int value, identity object; undefined for slow keys).
   * NO_PRIMS (shared, always empty) while the dict has at most SMALL entries, all exact str:
   * lookups then compare the keys' values directly.
   */
  declare prims: unknown[];
  /** Fast index (primitive key → entry index) once the dict has more than SMALL entries, else null. */
  declare index: PrimIndex | null;
  /** Slow index for keys compared by __eq__ (tuples, classes defining __eq__): hash → entry indices. */
  declare slow: Map<number | bigint, number[]> | null;
  declare used: number;
  /** log2 of the keys table size; 0 = the shared empty keys (Py_EMPTY_KEYS). */
  declare log2: number;
  /** dk_usable left before a resize. */
  declare usable: number;
  /** All keys are exact str (DICT_KEYS_UNICODE, 16-byte entries). */
  declare unicode: boolean;
  /** Bumped on every mutation (for iterators). */
  declare version: number;
  /** Changes whenever a key is added (a number never given to another dict): see StrKeyCache. */
  declare keysVersion: number;
  /** An instance's managed dict not yet materialised as an object of its own. */
  declare embedded: boolean;
  /**
   * A split instance dict: its class's shared keys (values here, keys there), else null (a
   * combined dict). While the instance's names were set in the class's usual order, `keys` is one
   * of the frozen arrays of `split.orders`, not an array of its own; it is copied before any
   * change in place, and when the dict stops being split.
   */
  declare split: CachedKeys | null;
  /** The instance whose attribute dict this is, while it is embedded in it; else null. */
  declare owner: PyObject | null;
  /** The PyDictValues block this dict owns (3.11/3.12 after materialising; 3.13+ once its instance died), else 0. */
  declare valuesAddr: number;
  declare valuesHi: number;
  declare valuesLo: number;
  /**
   * The block of its combined table (the PyDictKeysObject, of 2**log2 slots, str-keyed if
   * `unicode`), split like an address field (addrHigh/addrLow: no boxed double): keysHi 0 when it
   * has none (the shared empty keys, or split); KEYS_OUTSIDE_HEAP for a dict standing in for one
   * the real start-up made and filled (a builtin type's tp_subclasses), whose table is not modelled.
   */
  declare keysHi: number;
  declare keysLo: number;
  constructor(type: PyType = DictType, embedded = false) {
    super(type, embedded);
    this.index = null;
    this.prims = NO_PRIMS;
    this.used = 0;
    this.log2 = 0;
    this.usable = 0;
    this.unicode = true;
    this.version = 0;
    this.keysVersion = 0;
    this.embedded = embedded;
    this.split = null;
    this.owner = null;
    this.valuesHi = 0;
    this.valuesLo = 0;
    this.keysHi = 0;
    this.keysLo = 0;
    this.keys = NO_ENTRIES;
    this.vals = NO_ENTRIES;
    this.hashes = NO_HASHES;
    this.slow = null;
  }
}
defineSplitAddress(PyDict, 'valuesAddr', 'valuesHi', 'valuesLo');

/** keysHi of a dict whose table heaplab does not model (see PyDict.keysHi). */
const KEYS_OUTSIDE_HEAP = -1;

/** Marks `d` as standing in for a dict the real start-up filled: its table takes no blocks. */
export function keysOutsideHeap(d: PyDict): void {
  d.keysHi = KEYS_OUTSIDE_HEAP;
}

/** PyDict_LOG_MINSIZE: log2 of the smallest table (8 slots). */
export const PyDict_LOG_MINSIZE = 3;

/** The bytes new_keys_object asks PyObject_Malloc for: the header, 2**log2 indices, the usable entries. */
export function keysObjectBytes(log2: number, unicode: boolean): number {
  const size = 1 << log2;
  return sizeofDictKeysHeader() + size * indexBytes(log2) + usableFraction(size) * sizeofDictEntry(unicode);
}

/** keysObjectBytes of the smallest tables (str-keyed, general), for the profile they were computed for. */
let minKeysBytes: { profile: unknown; unicode: number; general: number } = { profile: null, unicode: 0, general: 0 };
/** keysObjectBytes, the smallest tables (every first insert) from a per-profile cache. */
function keysBlockBytes(log2: number, unicode: boolean): number {
  if (log2 !== PyDict_LOG_MINSIZE) return keysObjectBytes(log2, unicode);
  if (minKeysBytes.profile !== RT.profile) {
    minKeysBytes = { profile: RT.profile, unicode: keysObjectBytes(PyDict_LOG_MINSIZE, true), general: keysObjectBytes(PyDict_LOG_MINSIZE, false) };
  }
  return unicode ? minKeysBytes.unicode : minKeysBytes.general;
}

/**
 * Gives combined dict `d` a new keys object of 2**log2 slots, str-keyed or not, then frees the
 * one it had (dictresize's order): new_keys_object takes the smallest str-keyed table off the keys
 * free list when it can; clone_combined_dict_keys (`clone`) always allocates. A split dict's keys
 * are its class's, so it gets no block.
 */
function newKeysObject(d: PyDict, log2: number, unicode: boolean, clone = false): void {
  const oldHi = d.keysHi;
  const old = oldHi > 0 ? oldHi * ADDR_SPLIT + d.keysLo : 0;
  const oldMin = d.log2 === PyDict_LOG_MINSIZE && d.unicode;
  d.log2 = log2;
  d.unicode = unicode;
  // (a static dict, shared by every interpreter, stays outside their heaps)
  if (d.split === null && oldHi !== KEYS_OUTSIDE_HEAP && d.ob_refcnt < IMMORTAL_MIN) {
    const fl = RT.freeLists.dictKeys;
    const a = log2 === PyDict_LOG_MINSIZE && unicode && !clone && fl.length ? fl.pop()! : RT.alloc.PyObject_Malloc(keysBlockBytes(log2, unicode));
    const h = addrHigh(a);
    d.keysHi = h;
    d.keysLo = addrLow(a, h);
  } else if (oldHi > 0) d.keysHi = 0;
  if (old !== 0) free_keys_object(old, oldMin);
}

/** free_keys_object's release of a keys block (its entries already released): to the keys free list, or freed. */
function free_keys_object(addr: number, minUnicode: boolean): void {
  const fl = RT.freeLists.dictKeys;
  if (minUnicode && fl.length < RT.profile.freeLists.dict) fl.push(addr);
  else RT.alloc.PyObject_Free(addr);
}

/** Frees the keys block of a dict whose entries were just released (PyDict_Clear, an embedded dict's release). */
export function dropKeysObject(d: PyDict): void {
  const hi = d.keysHi;
  if (hi > 0) {
    d.keysHi = 0;
    free_keys_object(hi * ADDR_SPLIT + d.keysLo, d.log2 === PyDict_LOG_MINSIZE && d.unicode);
  }
}

/**
 * The shared `keys` / `vals` of a dict without entries. Frozen: insertdict never writes into an
 * empty entry array (appendExact makes a new one), so a new, cleared or dead dict needs no arrays
 * of its own; a write that slipped through would throw instead of corrupting other dicts.
 */
export const NO_ENTRIES: (PyObject | null)[] = Object.freeze([]) as unknown as (PyObject | null)[];

/** The shared empty `hashes` of dicts without slow keys (never pushed to: saves an array per dict). */
export const NO_HASHES: (number | bigint)[] = [];

/** The shared empty `prims` of small all-str dicts (never written to: saves an array per dict). */
export const NO_PRIMS: unknown[] = [];

const SMALL = 8;

/** Entry index of a primitive key, or -1. */
export function indexGet(d: PyDict, p: unknown): number {
  const ix = d.index;
  if (ix !== null) return ix.get(d.prims, p);
  const prims = d.prims;
  if (prims === NO_PRIMS) {
    // every key is an exact str: its primitive key is its value
    if (typeof p !== 'string') return -1;
    const keys = d.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== null && (k as PyStr).v === p) return i;
    }
    return -1;
  }
  for (let i = 0; i < prims.length; i++) if (prims[i] === p && d.keys[i] !== null) return i;
  return -1;
}

/** Leaves NO_PRIMS mode: builds the primitive keys of the first `n` entries (all exact str). */
function materializePrims(d: PyDict, n: number): void {
  const prims: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const k = d.keys[i];
    prims.push(k === null ? undefined : (k as PyStr).v);
  }
  d.prims = prims;
}

function indexAdd(d: PyDict, p: unknown, j: number): void {
  if (d.prims === NO_PRIMS) {
    if (typeof p === 'string' && j < SMALL) return;
    materializePrims(d, j);
  }
  d.prims.push(p);
  if (d.index !== null) d.index.add(d.prims, p, j);
  else if (d.prims.length > SMALL) d.index = PrimIndex.build(d.prims, d.keys);
}

/** The `dict` type. */
export const DictType = new PyType(TypeType, 'dict', ObjectType);
DictType.gc = true;
DictType.basicsize = 64;
staticAddr(DictType, 912);

function indexBytes(log2: number): number {
  return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
}
/** USABLE_FRACTION. */
function usableFraction(n: number): number {
  return ((n << 1) / 3) | 0;
}
/** sys.getsizeof of a dict. */
export function dictSize(d: PyDict): number {
  const base = sizeofGCHead() + sizeofDict();
  // _PyDict_SizeOf of a split dict: its values array; the keys are the class's
  if (d.split !== null) return base + (d.split.nentries + d.split.usable) * SIZEOF_VOID_P();
  if (d.log2 === 0) return base;
  const size = 1 << d.log2;
  return base + sizeofDictKeysHeader() + size * indexBytes(d.log2) + usableFraction(size) * sizeofDictEntry(d.unicode);
}
DictType.tp_getsizeof = (o) => dictSize(o as PyDict);

/**
 * calculate_log2_keysize. Up to 3.13, as builds where long and size_t have the same width compile
 * it (LP64 Linux, wasm32): `_Py_bit_length(((minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1))`,
 * where a power of two from 16 on gets the next size up (16 -> 32) and 1..7 get 16, unlike a
 * plain "smallest power of two >= max(minsize, 8)", which is 3.14's (profile.dictLog2KeysizeExact).
 */
function calculate_log2_keysize(minsize: number): number {
  if (RT.profile.dictLog2KeysizeExact) return 32 - Math.clz32(Math.max(minsize, 8) - 1);
  const m = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(m);
}

/**
 * PyDict_New (or dict_new_presized when `presize` > 5). `freeList` false is dict_new (calling the
 * type: `dict()`, `dict(a=1)`), which allocates with tp_alloc and never takes a dict off the free list.
 */
export function PyDict_New(presize = 0, type: PyType = DictType, freeList = true, unicode = true): PyDict {
  let d: PyDict;
  const fl = RT.freeLists.dict;
  if (type === DictType && freeList && fl.length) {
    d = fl.pop() as PyDict;
    d.split = null;
    PyObject_InitFromFreeList(d);
  } else {
    d = new PyDict(type);
    PyObject_Init(d, 64);
  }
  if (presize > 5) {
    newKeysObject(d, calculate_log2_keysize(((presize * 3 + 1) / 2) | 0), unicode);
    d.usable = usableFraction(1 << d.log2);
  }
  if (RT.profile.dictTrackedFromCreation) _PyObject_GC_TRACK(d);
  return d;
}

/** Gives a split dict whose keys are one of its class's shared arrays an array of its own. */
function unshareKeys(d: PyDict): void {
  if (d.split !== null && d.keys === d.split.orders[d.keys.length]) d.keys = d.keys.slice();
}

/** free_values: releases the PyDictValues block the dict owns, if any. */
function freeDictValues(d: PyDict): void {
  const a = d.valuesAddr;
  if (a) {
    d.valuesAddr = 0;
    RT.alloc.PyObject_Free(a);
  }
}

/** A dict that is part of an instance (not an object of its own until __dict__ is asked for). */
export function embeddedDict(owner: PyObject): PyDict {
  // no gc header until it is materialised: the instance is the gc object
  const d = new PyDict(DictType, true);
  d.split = owner.ob_type.cachedKeys;
  d.owner = owner;
  return d;
}

/**
 * 3.13+: whether instances of `t` keep their attribute values inline (Py_TPFLAGS_INLINE_VALUES:
 * 3.13's type_ready_managed_dict sets it for a managed `__dict__` over no other fields, so named
 * `__slots__` anywhere in the class's bases rule it out; 3.14 puts the values after the slots).
 */
export function hasInlineValues(t: PyType): boolean {
  return t.cachedKeys !== null && RT.profile.instanceValues === 'inline' && (RT.profile.inlineValuesBesideSlots || !t.slotNames?.length);
}

/**
 * The dict an instance's first attribute store or `__dict__` read gives it. 3.13+ instances
 * without inline values (a managed `__dict__` beside named slots) get a dict object of their own
 * over the class's shared keys then (ensure_managed_dict's new_dict_with_shared_keys: a gc
 * allocation, and a values block sized by the keys' nentries + usable); otherwise an embedded one.
 */
export function newInstanceDict(owner: PyObject): PyDict {
  const d = embeddedDict(owner);
  const ck = owner.ob_type.cachedKeys;
  if (ck !== null && RT.profile.instanceValues === 'inline' && !hasInlineValues(owner.ob_type)) {
    materializeDict(d);
    d.valuesAddr = RT.alloc.PyObject_Malloc(sizeofDictValues(ck.nentries + ck.usable));
  }
  return d;
}

/** An array of `n` nulls (n < SMALL), packed. */
function nullArray(n: number): (PyObject | null)[] {
  switch (n) {
    case 1: return [null];
    case 2: return [null, null];
    case 3: return [null, null, null];
    case 4: return [null, null, null, null];
    case 5: return [null, null, null, null, null];
    case 6: return [null, null, null, null, null, null];
    default: return [null, null, null, null, null, null, null];
  }
}

/** `d.keys` plus `key`, reusing the next of the class's shared key arrays when `key` is the name that comes next there. */
function appendInstanceKey(d: PyDict, sk: (PyObject | null)[][], key: PyObject): (PyObject | null)[] {
  const j = d.keys.length;
  let next = sk[j + 1];
  // shared arrays stay shorter than SMALL: from SMALL entries on, keys grow in place (push)
  if (next === undefined && j + 1 < SMALL) next = sk[j + 1] = Object.freeze(appendExact(d.keys, key)) as (PyObject | null)[];
  return next !== undefined && next[j] === key ? next : appendExact(d.keys, key);
}

/** Materialises an embedded dict as a real heap object (instance.__dict__ access). */
export function materializeDict(d: PyDict): void {
  if (!d.embedded) return;
  d.embedded = false;
  initGCHeader(d);
  // new_dict: a dict object from the free list when it has one (its block is taken over)
  const fl = RT.freeLists.dict;
  const donor = fl.length ? (fl.pop() as PyDict) : null;
  if (donor !== null) {
    d.blk = donor.blk;
    d.off = donor.off;
    d.allocSize = donor.allocSize;
    PyObject_InitFromFreeList(d);
  } else PyObject_Init(d, 64);
  d.ob_refcnt = 1;
  // 3.11/3.12: the dict takes over the instance's values block
  const owner = d.owner as PyInstance | null;
  if (owner !== null && owner.valuesAddr) {
    d.valuesAddr = owner.valuesAddr;
    owner.valuesAddr = 0;
  }
  if (RT.profile.dictTrackedFromCreation) _PyObject_GC_TRACK(d);
  else for (let i = 0; i < d.keys.length; i++) {
    const v = d.vals[i];
    if (v && mayBeTracked(v)) { _PyObject_GC_TRACK(d); break; }
  }
}

/** _PyObject_GC_MAY_BE_TRACKED. */
export function mayBeTracked(o: PyObject): boolean {
  if (!o.ob_type.gc) return false;
  if (o.ob_type === TupleType) return _PyObject_GC_IS_TRACKED(o);
  return true;
}

/**
 * insertdict's path for a key already present, when the caller knows where it was: replaces the
 * value of entry `i` if that entry's key is the exact str `name` (returns false, changing
 * nothing, otherwise). Takes the reference to `value`; drops the old value's.
 */
export function dictReplaceStrAt(d: PyDict, i: number, name: string, value: PyObject): boolean {
  const keys = d.keys;
  if (i >= keys.length) return false;
  const k = keys[i];
  if (k === null || k.ob_type !== StrType || (k as PyStr).v !== name) return false;
  const old = d.vals[i];
  if (old === null || old === undefined) return false;
  if (!d.embedded && !_PyObject_GC_IS_TRACKED(d) && mayBeTracked(value)) _PyObject_GC_TRACK(d);
  d.version++;
  d.vals[i] = value;
  Py_DECREF(old);
  return true;
}

/** Primitive lookup key for `k`, or undefined when it must be compared with __eq__. */
export function primKey(k: PyObject): unknown {
  let t = k.ob_type;
  if (t === StrType) return (k as PyStr).v;
  // a subclass of str, int or float that keeps its base's __eq__ and __hash__ is the same key as its value
  if (t.heap && (t.solid === StrType || t.solid === LongType || t.solid === FloatType) && !hasCustomEq(t)) t = t.solid;
  if (t === StrType) return (k as PyStr).v;
  if (t === LongType || t === BoolType) return (k as PyLong).v;
  if (t === FloatType) {
    const v = (k as PyFloat).v;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
    if (Number.isNaN(v)) return k;
    return v;
  }
  if (t === TupleType) return undefined;
  if (t.heap) {
    if (hasCustomEq(t)) return undefined;
    // a class of object's keeps identity; a subclass of another builtin (a namedtuple's tuple)
    // hashes and compares as that builtin does
    if (t.solid.heap) return k;
    t = t.solid;
    if (t === TupleType) return undefined;
  }
  if (t.tp_hash === null || t.tp_hash === identityHashSlot) return k;
  return undefined;
}

/** The identity hash slot (object.__hash__); set by typeobject.ts. */
export let identityHashSlot: ((o: PyObject) => number | bigint) | null = null;
/** Registers object.__hash__. */
export function setIdentityHashSlot(f: (o: PyObject) => number | bigint): void {
  identityHashSlot = f;
}
/** Whether instances of heap type `t` compare with a Python-level __eq__/__hash__; set by typeobject.ts. */
export let hasCustomEq: (t: PyType) => boolean = () => false;
/** Registers the custom-eq test. */
export function setHasCustomEq(f: (t: PyType) => boolean): void {
  hasCustomEq = f;
}

function slowLookup(d: PyDict, key: PyObject, hash: number | bigint): number {
  if (!d.slow) return -1;
  const cands = d.slow.get(hash);
  if (!cands) return -1;
  for (let j = 0; j < cands.length; j++) {
    const i = cands[j];
    const k = d.keys[i];
    if (k === key) return i;
  }
  for (let j = 0; j < cands.length; j++) {
    const i = cands[j];
    const k = d.keys[i];
    if (k && PyObject_RichCompareBool(k, key, 'Eq')) return i;
  }
  return -1;
}

/** Entry index of `key`, or -1. May call __eq__/__hash__. */
export function dictLookup(d: PyDict, key: PyObject): number {
  const p = primKey(key);
  if (p !== undefined) return indexGet(d, p);
  return slowLookup(d, key, ops.keyHash(key, 'dict key'));
}

/** Entry index of a str key. */
export function dictLookupStr(d: PyDict, key: string): number {
  return indexGet(d, key);
}

/** PyDict_GetItem: borrowed reference or null. */
export function PyDict_GetItem(d: PyDict, key: PyObject): PyObject | null {
  const i = dictLookup(d, key);
  return i < 0 ? null : d.vals[i];
}

/** Borrowed value for a str key, or null. */
export function dictGetStr(d: PyDict, key: string): PyObject | null {
  const i = indexGet(d, key);
  return i < 0 ? null : d.vals[i];
}

/**
 * `a` plus `x` as a new array without spare room: push() would reserve 16 more slots, which
 * small dicts (instance dicts, records) never use. Only for arrays of fewer than SMALL items.
 */
function appendExact<T>(a: T[], x: T): T[] {
  switch (a.length) {
    case 0: return [x];
    case 1: return [a[0], x];
    case 2: return [a[0], a[1], x];
    case 3: return [a[0], a[1], a[2], x];
    case 4: return [a[0], a[1], a[2], a[3], x];
    case 5: return [a[0], a[1], a[2], a[3], a[4], x];
    case 6: return [a[0], a[1], a[2], a[3], a[4], a[5], x];
    case 7: return [a[0], a[1], a[2], a[3], a[4], a[5], a[6], x];
  }
  a.push(x);
  return a;
}

/** insertion_resize: a table sized by GROWTH_RATE (used * 3). */
function insertionResize(d: PyDict, unicode = d.unicode): void {
  dictresize(d, calculate_log2_keysize(d.used * 3), unicode);
}

/**
 * dict_dict_fromkeys / dict_set_fromkeys: an empty exact dict resized once for `n` keys, to at
 * least `minLog2` (its own table's size), str-keyed (`unicode`) as the source dict's table.
 */
export function dict_fromkeys_presize(d: PyDict, n: number, minLog2: number, unicode: boolean): void {
  dictresize(d, Math.max(estimate_log2_keysize(n), minLog2), unicode);
}

/** The log2 size of a dict's keys table as dk_log2_size reads it (an empty dict's shared empty keys: 3). */
export function dictKeysLog2(d: PyDict): number {
  return d.log2 === 0 ? PyDict_LOG_MINSIZE : d.log2;
}

/** estimate_log2_keysize: the table size for `n` entries inserted at once (dict_merge's one big resize). */
function estimate_log2_keysize(n: number): number {
  return calculate_log2_keysize(((n * 3 + 1) / 2) | 0);
}

/**
 * dict_merge(mp, other, override=1) for a dict `other` iterated as a dict: an empty `mp` takes a
 * copy of a clean, just-grown `other`'s table (same size); otherwise `mp` is resized once for
 * both dicts' entries when its table cannot take `other`'s, then `other`'s entries are inserted.
 */
export function dict_merge(mp: PyDict, other: PyDict): void {
  if (other === mp || other.used === 0) return;
  if (mp.split === null) {
    // "If other is clean, combined, and just allocated, just clone it."
    if (mp.used === 0 && other.split === null && other.used === other.keys.length &&
        (other.log2 === PyDict_LOG_MINSIZE || usableFraction((1 << other.log2) >> 1) < other.used)) {
      cloneCombinedKeys(mp, other);
      return;
    }
    // "Do one big resize at the start, rather than incrementally resizing as we insert new items."
    if (usableFraction(1 << mp.log2) < other.used) {
      // dictresize(mp, ..., DK_IS_UNICODE(other)): str-keyed only if both tables are
      dictresize(mp, estimate_log2_keysize(mp.used + other.used), mp.unicode && other.unicode);
    }
  }
  const keys = other.keys, vals = other.vals;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    const v = vals[i]!;
    k.ob_refcnt++;
    v.ob_refcnt++;
    insertdict(mp, k, v);
  }
}

/**
 * PyDict_Copy. A combined dict with at most a third of its entries deleted is copied table and
 * all (clone_combined_dict_keys: same size, same deleted entries); a sparser one goes through
 * dict_merge into a new dict, which sizes the table for the live entries. `iterIsDicts`: the
 * dict's class does not override __iter__ (else no table copy). A split dict's copy is handled
 * by the caller.
 */
export function PyDict_Copy(o: PyDict, iterIsDicts: boolean): PyDict {
  const d = PyDict_New();
  if (o.used === 0) return d;
  if (iterIsDicts && o.split === null && o.used >= ((o.keys.length * 2) / 3 | 0)) cloneCombinedKeys(d, o);
  else dict_merge(d, o);
  return d;
}

/** clone_combined_dict_keys: empty dict `d` gets a copy of `src`'s table, deleted entries included. */
function cloneCombinedKeys(d: PyDict, src: PyDict): void {
  // PyObject_Malloc of the source's keys size (never the keys free list)
  newKeysObject(d, src.log2, src.unicode, true);
  const keys = src.keys.slice(), vals = src.vals.slice();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    k.ob_refcnt++;
    vals[i]!.ob_refcnt++;
  }
  d.keys = keys;
  d.vals = vals;
  d.prims = src.prims === NO_PRIMS ? NO_PRIMS : src.prims.slice();
  d.hashes = src.hashes === NO_HASHES ? NO_HASHES : src.hashes.slice();
  d.index = src.index !== null ? PrimIndex.build(d.prims, keys) : null;
  d.slow = src.slow === null ? null : new Map([...src.slow].map(([h, l]) => [h, l.slice()]));
  d.used = src.used;
  d.usable = src.usable;
  d.keysVersion = ++keysVersionCounter;
  d.version++;
  if (!d.embedded && _PyObject_GC_IS_TRACKED(src) && !_PyObject_GC_IS_TRACKED(d)) _PyObject_GC_TRACK(d);
}

/**
 * dictresize: a combined table of 2**newLog2 slots holding the live entries, compacted; str-keyed
 * if `unicode` (the old table's kind decides whether its block goes to the keys free list).
 */
export function dictresize(d: PyDict, newLog2: number, unicode = d.unicode): void {
  newKeysObject(d, newLog2, unicode);
  if (d.used === d.keys.length && (d.index !== null) === (d.prims.length > SMALL)) {
    // no deleted entries: compaction would rebuild the same arrays and indexes
    d.usable = usableFraction(1 << newLog2) - d.keys.length;
    return;
  }
  // compact entries
  const keys: (PyObject | null)[] = [];
  const vals: (PyObject | null)[] = [];
  const hashes: (number | bigint)[] = d.hashes === NO_HASHES ? NO_HASHES : [];
  const noPrims = d.prims === NO_PRIMS;
  const prims: unknown[] = noPrims ? NO_PRIMS : [];
  const slow = d.slow ? new Map<number | bigint, number[]>() : null;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    const j = keys.length;
    keys.push(k);
    vals.push(d.vals[i]);
    if (hashes !== NO_HASHES) hashes.push(d.hashes[i]);
    const p = noPrims ? (k as PyStr).v : d.prims[i];
    if (!noPrims) prims.push(p);
    if (p !== undefined) { /* indexed below */ }
    else {
      const h = d.hashes[i];
      const l = slow!.get(h);
      if (l) l.push(j);
      else slow!.set(h, [j]);
    }
  }
  d.keys = keys;
  d.vals = vals;
  d.hashes = hashes;
  d.prims = prims;
  d.index = prims.length > SMALL ? PrimIndex.build(prims, keys) : null;
  d.slow = slow;
  d.log2 = newLog2;
  d.usable = usableFraction(1 << newLog2) - keys.length;
}

/**
 * insertdict: stores `value` under `key`; steals both references (the old value and the
 * duplicate key are released).
 */
export function insertdict(d: PyDict, key: PyObject, value: PyObject): void {
  const p = primKey(key);
  let i: number;
  let hash: number | bigint = 0;
  if (p !== undefined) {
    if (d.unicode && key.ob_type !== StrType) toGeneralKeys(d);
    i = indexGet(d, p);
  } else {
    try {
      hash = ops.keyHash(key, 'dict key');
    } catch (e) {
      // _PyDict_SetItem_Take2: the references it was given are released when hashing fails
      Py_DECREF(key);
      Py_DECREF(value);
      throw e;
    }
    if (d.unicode) toGeneralKeys(d);
    i = slowLookup(d, key, hash);
  }
  if (!d.embedded && !_PyObject_GC_IS_TRACKED(d) && (mayBeTracked(key) || mayBeTracked(value))) _PyObject_GC_TRACK(d);
  d.version++;
  if (i >= 0) {
    const old = d.vals[i]!;
    d.vals[i] = value;
    Py_DECREF(old);
    Py_DECREF(key);
    return;
  }
  if (d.log2 === 0) {
    // insert_to_emptydict: a table of the smallest size, str-keyed if the key is an exact str
    if (d.split === null) newKeysObject(d, PyDict_LOG_MINSIZE, d.unicode && key.ob_type === StrType);
    else d.log2 = PyDict_LOG_MINSIZE;
    d.usable = 5;
  }
  if (d.usable <= 0) insertionResize(d);
  if (key.ob_type !== StrType) d.unicode = false;
  if (d.split !== null) insertSplitKey(d, d.split, key);
  d.keysVersion = ++keysVersionCounter;
  const j = d.keys.length;
  if (j < SMALL) {
    const sk = d.split !== null ? d.split.orders : null;
    if (sk !== null && d.keys === sk[j]) {
      d.keys = appendInstanceKey(d, sk, key);
      // room for as many values as the class's instances usually get: no array per attribute
      if (j === 0) d.vals = nullArray(sk.length - 1);
    } else d.keys = appendExact(d.keys, key);
    if (j < d.vals.length) d.vals[j] = value;
    else d.vals = appendExact(d.vals, value);
  } else {
    d.keys.push(key);
    d.vals.push(value);
  }
  if (p !== undefined) {
    if (d.hashes !== NO_HASHES) d.hashes.push(0);
    indexAdd(d, p, j);
  } else {
    if (d.hashes === NO_HASHES) d.hashes = new Array<number | bigint>(j).fill(0);
    d.hashes.push(hash);
    if (d.prims === NO_PRIMS) materializePrims(d, j);
    d.prims.push(undefined);
    if (!d.slow) d.slow = new Map();
    const l = d.slow.get(hash);
    if (l) l.push(j);
    else d.slow.set(hash, [j]);
  }
  d.used++;
  d.usable--;
}

let keysVersionCounter = 0;

/**
 * insertdict's first step: a key that is not an exact str going into a combined table of str keys
 * (DK_IS_UNICODE) makes it general through insertion_resize(mp, 0), a table sized for used * 3
 * (an empty dict's first key makes its table instead: insert_to_emptydict).
 */
function toGeneralKeys(d: PyDict): void {
  if (d.log2 === 0 || d.split !== null) return;
  insertionResize(d, false);
}

/**
 * A new name in a split dict goes into its class's shared keys while they have room
 * (insert_split_key); otherwise, or for a key that is not an exact str, the dict becomes combined.
 */
function insertSplitKey(d: PyDict, keys: CachedKeys, key: PyObject): void {
  if (key.ob_type === StrType) {
    const name = (key as PyStr).v;
    if (keys.names.has(name)) return;
    if (keys.usable > 0 && keys.names.size < SHARED_KEYS_MAX_SIZE) {
      keys.names.add(name);
      key.ob_refcnt++;
      keys.objs.push(key);
      keys.nentries++;
      keys.usable--;
      return;
    }
  }
  // insertion_resize: a combined table sized by GROWTH_RATE (used * 3); the values block goes
  unshareKeys(d);
  d.split = null;
  freeDictValues(d);
  newKeysObject(d, calculate_log2_keysize(d.used * 3), d.unicode);
  d.usable = usableFraction(1 << d.log2) - d.used;
}

/**
 * A name-lookup site's memory of one str key in one dict, like the inline caches of LOAD_GLOBAL
 * and STORE_GLOBAL: where the key was found (checked against the entry before use, so it survives
 * compaction and any other change), or that it was absent while the dict's keys stayed the same.
 */
export class StrKeyCache {
  dict: PyDict | null = null;
  /** Entry index where the key was, or -1 when it was absent. */
  index = -1;
  /** The exact-str key object found at `index` (null when none): the entry is checked by identity. */
  key: PyObject | null = null;
  /** The dict's keysVersion when the key was found absent. */
  keysVersion = -1;
}

/** The cached entry index of str key `name` in `d` if the cache still holds for it, else -1. */
function cachedIndex(d: PyDict, c: StrKeyCache): number {
  const i = c.index;
  if (c.dict !== d || i < 0 || i >= d.keys.length) return -1;
  // a key object never changes, so finding the same object at `index` means the same key (a
  // deleted entry's null never matches: `key` is null when the key found was not an exact str)
  const k = d.keys[i];
  return k !== null && k === c.key ? i : -1;
}

/** Fills a site's cache with where `name` is in `d` (index -1: absent). */
function cacheStrIndex(d: PyDict, i: number, c: StrKeyCache): void {
  c.dict = d;
  c.index = i;
  const k = i >= 0 ? d.keys[i] : null;
  c.key = k !== null && k.ob_type === StrType ? k : null;
}

/** dictGetStr through a lookup site's cache: borrowed value or null. */
export function dictGetStrCached(d: PyDict, name: string, c: StrKeyCache): PyObject | null {
  let i = cachedIndex(d, c);
  if (i >= 0) return d.vals[i];
  if (c.dict === d && c.index < 0 && c.keysVersion === d.keysVersion) return null;
  i = indexGet(d, name);
  cacheStrIndex(d, i, c);
  c.keysVersion = d.keysVersion;
  return i < 0 ? null : d.vals[i];
}

/**
 * insertdict(d, key, value) for an interned str `key` through a store site's cache: steals
 * `value`, not `key`. Replacing the value of a cached entry skips the lookup.
 */
export function insertStrCached(d: PyDict, key: PyStr, value: PyObject, c: StrKeyCache): void {
  const i = cachedIndex(d, c);
  if (i < 0) {
    key.ob_refcnt++;
    insertdict(d, key, value);
    cacheStrIndex(d, indexGet(d, key.v), c);
    return;
  }
  if (!d.embedded && !_PyObject_GC_IS_TRACKED(d) && mayBeTracked(value)) _PyObject_GC_TRACK(d);
  d.version++;
  const old = d.vals[i]!;
  d.vals[i] = value;
  Py_DECREF(old);
}

/** PyDict_SetItem: does not steal (increments key and value). */
export function PyDict_SetItem(d: PyDict, key: PyObject, value: PyObject): void {
  key.ob_refcnt++;
  value.ob_refcnt++;
  insertdict(d, key, value);
}

/** Removes entry `i`, returning the owned key and value (caller releases them). */
export function dictRemoveEntry(d: PyDict, i: number): [PyObject, PyObject] {
  const k = d.keys[i]!;
  const v = d.vals[i]!;
  const p = primKey(k);
  if (p !== undefined) {
    if (d.index !== null) d.index.remove(d.prims, p);
    if (d.prims !== NO_PRIMS) d.prims[i] = undefined;
  }
  else {
    const l = d.slow!.get(d.hashes[i])!;
    l.splice(l.indexOf(i), 1);
    if (!l.length) d.slow!.delete(d.hashes[i]);
  }
  unshareKeys(d);
  d.keys[i] = null;
  d.vals[i] = null;
  d.used--;
  d.version++;
  return [k, v];
}

/** PyDict_DelItem; returns false when the key is missing. */
export function PyDict_DelItem(d: PyDict, key: PyObject): boolean {
  const i = dictLookup(d, key);
  if (i < 0) return false;
  const [k, v] = dictRemoveEntry(d, i);
  Py_DECREF(k);
  Py_DECREF(v);
  return true;
}

/** dict.clear(): back to the shared empty keys. */
export function PyDict_Clear(d: PyDict): void {
  const unsplit = !RT.profile.splitDictClearKeepsSplit && d.split !== null;
  if (unsplit) d.split = null;
  const keys = d.keys;
  const vals = d.vals;
  // the table's block, freed once its entries are released (free_keys_object)
  const keysHi = d.keysHi, keysLo = d.keysLo, keysMin = d.log2 === PyDict_LOG_MINSIZE && d.unicode;
  if (keysHi > 0) d.keysHi = 0;
  d.keys = NO_ENTRIES;
  d.vals = NO_ENTRIES;
  d.hashes = NO_HASHES;
  d.prims = NO_PRIMS;
  d.index = null;
  d.slow = null;
  d.used = 0;
  d.log2 = 0;
  d.usable = 0;
  d.unicode = true;
  d.version++;
  for (let i = 0; i < keys.length; i++) {
    Py_XDECREF(keys[i]);
    Py_XDECREF(vals[i]);
  }
  if (keysHi > 0) free_keys_object(keysHi * ADDR_SPLIT + keysLo, keysMin);
  // the values first, then their block (dict_dealloc, clear_lock_held)
  if (unsplit) freeDictValues(d);
}

/** The entries in order as [key, value] pairs (borrowed). */
export function dictItems(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) out.push([k, d.vals[i]!]);
  }
  return out;
}

/**
 * 3.13+: a materialised instance dict whose values are still the instance's inline values
 * (ma_values->embedded, values->valid): dict_traverse skips them and the instance's
 * _PyObject_VisitManagedDict visits the values instead of the dict, so the dict is never seen
 * from its instance and a collection leaves it alive (freed by reference counting once the
 * instance goes). 3.11/3.12 dicts own their values block.
 */
export function dictValuesEmbedded(d: PyDict): boolean {
  return d.owner !== null && d.split !== null && !d.embedded && hasInlineValues(d.owner.ob_type);
}

DictType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const d = o as PyDict;
  if (d.owner !== null && dictValuesEmbedded(d) && !traverseLabels.on) return;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) {
      // dict_traverse: the value, then the key (a str-keys table visits only values: its keys are
      // never tracked, so visiting them too changes nothing for the collector)
      visit(d.vals[i]!, traverseLabels.on ? `[${k.ob_type === StrType ? JSON.stringify((k as PyStr).v).replace(/^"|"$/g, "'") : 'value'}]` : '');
      visit(k, 'key');
    }
  }
};
DictType.tp_clear = (o) => PyDict_Clear(o as PyDict);

DictType.tp_dealloc = (o) => {
  const d = o as PyDict;
  _PyObject_GC_UNTRACK(o);
  // back to the empty keys first, then release the entries in order (as dict_dealloc does)
  PyDict_Clear(d);
  freeDictValues(d);
  d.split = null;
  d.owner = null;
  const fl = RT.freeLists.dict;
  if (o.ob_type === DictType && fl.length < RT.profile.freeLists.dict) {
    PyObject_ToFreeList(o);
    fl.push(o);
    return;
  }
  PyObject_Free(o);
};

/**
 * Moves the live entry at position `i` after the other live entries (or before them), the deleted
 * entries staying where they are; table size, `used` and `usable` do not change. heaplab keeps an
 * OrderedDict's entries in the order of its linked list (objects/odictobject.ts), so this is what
 * OrderedDict.move_to_end does to them.
 */
export function dictMoveEntry(d: PyDict, i: number, last: boolean): void {
  unshareKeys(d);
  const live: number[] = [];
  for (let j = 0; j < d.keys.length; j++) if (d.keys[j] !== null) live.push(j);
  const order = live.filter((j) => j !== i);
  if (last) order.push(i);
  else order.unshift(i);
  const keys = d.keys.slice(), vals = d.vals.slice();
  const hashes = d.hashes === NO_HASHES ? NO_HASHES : d.hashes.slice();
  const noPrims = d.prims === NO_PRIMS;
  const prims = noPrims ? NO_PRIMS : d.prims.slice();
  live.forEach((pos, n) => {
    const from = order[n];
    keys[pos] = d.keys[from];
    vals[pos] = d.vals[from];
    if (hashes !== NO_HASHES) hashes[pos] = d.hashes[from];
    if (!noPrims) prims[pos] = d.prims[from];
  });
  d.keys = keys;
  d.vals = vals;
  d.hashes = hashes;
  d.prims = prims;
  if (d.index !== null) d.index = PrimIndex.build(prims, keys);
  if (d.slow !== null) {
    const slow = new Map<number | bigint, number[]>();
    for (const pos of live) {
      if (!noPrims && prims[pos] !== undefined) continue;
      const h = hashes[pos];
      const l = slow.get(h);
      if (l) l.push(pos);
      else slow.set(h, [pos]);
    }
    d.slow = slow;
  }
  d.version++;
  d.keysVersion = ++keysVersionCounter;
}
