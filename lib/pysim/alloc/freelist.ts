// Models the per-type free lists of Objects/floatobject.c, listobject.c, dictobject.c,
// tupleobject.c and (3.14) longobject.c; 3.14 unifies them as struct _Py_freelist
// (Include/internal/pycore_freelist.h: _PyFreeList_Push / _PyFreeList_Pop).

import type { AllocProfile } from './profile';
import type { FreeListStat } from './debugmallocstats';

/**
 * A bounded LIFO stack of dead objects kept for reuse. `_PyFreeList_Push`: "if (fl->size <
 * maxsize && fl->size >= 0) { *(void **)obj = fl->freelist; fl->freelist = obj; fl->size++;
 * return 1; } return 0;" — when push returns false the caller frees the memory itself.
 * Entries are usually block addresses, but any value works (T).
 */
export class FreeList<T = number> {
  private items: T[] = [];

  constructor(
    /** For messages and stats, e.g. "floats". */
    readonly name: string,
    /** Maximum entries (Py_floats_MAXFREELIST etc.); 0 disables the list. */
    readonly capacity: number,
  ) {}

  /** Entries currently held. */
  get size(): number {
    return this.items.length;
  }

  /** Keep `item` for reuse; false (nothing kept) when the list is full. */
  push(item: T): boolean {
    if (this.items.length >= this.capacity) return false;
    this.items.push(item);
    return true;
  }

  /** The most recently pushed entry, or undefined when empty. */
  pop(): T | undefined {
    return this.items.pop();
  }

  /**
   * Empty the list (a full collection's `_PyGC_ClearAllFreeLists`, or finalization) and return
   * the entries in the order CPython frees them: from the head, most recent first.
   */
  clear(): T[] {
    const out = this.items.reverse();
    this.items = [];
    return out;
  }
}

/** The free lists one interpreter keeps, sized from a profile. */
export class FreeLists<T = number> {
  readonly floats: FreeList<T>;
  readonly lists: FreeList<T>;
  readonly dicts: FreeList<T>;
  readonly dictkeys: FreeList<T>;
  /** tuples[n - 1] holds tuples of length n, for n in 1..PyTuple_MAXSAVESIZE. */
  readonly tuples: FreeList<T>[];
  /** Compact ints (3.14+); capacity 0 before. */
  readonly ints: FreeList<T>;

  constructor(readonly profile: AllocProfile) {
    const c = profile.freeLists;
    this.floats = new FreeList('floats', c.floats);
    this.lists = new FreeList('lists', c.lists);
    this.dicts = new FreeList('dicts', c.dicts);
    this.dictkeys = new FreeList('dictkeys', c.dictkeys);
    this.tuples = [];
    for (let n = 1; n <= c.tupleMaxSaveSize; n++) this.tuples.push(new FreeList(`tuples[${n}]`, c.tuples));
    this.ints = new FreeList('ints', c.ints);
  }

  /** The free list for tuples of length n, or undefined when such tuples are not kept. */
  tupleList(n: number): FreeList<T> | undefined {
    return n >= 1 ? this.tuples[n - 1] : undefined;
  }

  /**
   * Clear every list (full collection); returns all entries for the caller to free, tuples
   * first, then floats, lists, dicts, dict keys, ints (the order of Python/gc.c
   * `_PyGC_ClearAllFreeLists`: _PyTuple_ClearFreeList, _PyFloat_ClearFreeList, … ).
   */
  clearAll(): T[] {
    const out: T[] = [];
    for (const fl of [...this.tuples, this.floats, this.lists, this.dicts, this.dictkeys, this.ints]) {
      for (const x of fl.clear()) out.push(x);
    }
    return out;
  }

  /** The free-list lines of sys._debugmallocstats() for this state. */
  stats(): FreeListStat[] {
    return standardFreeListStats(this.profile, {
      dicts: this.dicts.size,
      dictkeys: this.dictkeys.size,
      floats: this.floats.size,
      lists: this.lists.size,
      tuples: this.tuples.map((t) => t.size),
    });
  }
}

/**
 * Sizes CPython passes to _PyDebugAllocatorStats (no PyGC_Head), for a build whose pointers have
 * `W` bytes (Include/cpython/*.h; 64-bit figures in the comments).
 */
export const FREELIST_SIZEOF = {
  /** sizeof(PyDictObject): PyObject_HEAD, ma_used, the uint64 watcher tag (8-aligned), ma_keys, ma_values (48). */
  PyDictObject: (W: number): number => ((3 * W + 7) & ~7) + 8 + 2 * W,
  /** sizeof(PyDictKeysObject): dk_refcnt, 3 uint8 and a uint32, dk_usable, dk_nentries (32). */
  PyDictKeysObject: (W: number): number => 3 * W + 8,
  /** sizeof(PyFloatObject) (24). */
  PyFloatObject: (W: number): number => 2 * W + 8,
  /** sizeof(PyListObject) (40). */
  PyListObject: (W: number): number => 5 * W,
  /** _PyObject_VAR_SIZE(&PyTuple_Type, n): PyObject_VAR_HEAD, 3.14's ob_hash, n items (24 + 8n; 3.14: 32 + 8n). */
  tuple: (W: number, n: number, hashCache: boolean): number => (3 + (hashCache ? 1 : 0) + n) * W,
} as const;

/**
 * The free-list lines in `_PyObject_DebugTypeStats` order: `_PyDict_DebugMallocStats`
 * ("free PyDictObject", and from 3.13 "free PyDictKeysObject"), `_PyFloat_DebugMallocStats`,
 * `_PyList_DebugMallocStats`, `_PyTuple_DebugMallocStats` ("free %d-sized PyTupleObject" for
 * 1..20). Order and sizes checked against the real 3.11.7, 3.12.1 and 3.13.0 (fixtures/).
 */
export function standardFreeListStats(
  profile: AllocProfile,
  counts: { dicts: number; dictkeys: number; floats: number; lists: number; tuples: readonly number[] },
): FreeListStat[] {
  const W = profile.pointerSize;
  const out: FreeListStat[] = [
    { blockName: 'free PyDictObject', numBlocks: counts.dicts, sizeofBlock: FREELIST_SIZEOF.PyDictObject(W) },
  ];
  if (profile.statsPrintDictKeys) {
    out.push({ blockName: 'free PyDictKeysObject', numBlocks: counts.dictkeys, sizeofBlock: FREELIST_SIZEOF.PyDictKeysObject(W) });
  }
  out.push({ blockName: 'free PyFloatObject', numBlocks: counts.floats, sizeofBlock: FREELIST_SIZEOF.PyFloatObject(W) });
  out.push({ blockName: 'free PyListObject', numBlocks: counts.lists, sizeofBlock: FREELIST_SIZEOF.PyListObject(W) });
  for (let n = 1; n <= profile.freeLists.tupleMaxSaveSize; n++) {
    out.push({ blockName: `free ${n}-sized PyTupleObject`, numBlocks: counts.tuples[n - 1] ?? 0, sizeofBlock: FREELIST_SIZEOF.tuple(W, n, profile.tupleHashCache) });
  }
  return out;
}
