// Models the per-version allocator constants of CPython 3.11–3.14 (64-bit builds, and 3.14 on wasm32).

/**
 * Capacities of the per-type free lists. Sources (checked per version):
 * - 3.11, 3.12: Include/internal/pycore_floatobject.h (PyFloat_MAXFREELIST 100),
 *   pycore_list.h (PyList_MAXFREELIST 80), pycore_dict.h (PyDict_MAXFREELIST 80, also used for
 *   the dict-keys free list), pycore_tuple.h (PyTuple_MAXSAVESIZE 20, PyTuple_MAXFREELIST 2000).
 *   Confirmed on the real 3.11.7 and 3.12.1 by overfilling every list and reading
 *   `sys._debugmallocstats()` (fixtures/fill_freelists.py → fixtures/debugmallocstats_full.*.txt):
 *   100 floats, 80 lists, 80 dicts, 2000 tuples of each size 1..20.
 * - 3.13: Include/internal/pycore_freelist.h, `#ifdef WITH_FREELISTS`: PyTuple_MAXSAVESIZE 20,
 *   PyTuple_MAXFREELIST 2000, PyList_MAXFREELIST 80, PyDict_MAXFREELIST 80,
 *   PyFloat_MAXFREELIST 100 (dict keys share PyDict_MAXFREELIST); confirmed on 3.13.0 the same
 *   way, which also prints "80 free PyDictKeysObjects".
 * - 3.14: Include/internal/pycore_freelist_state.h: Py_tuple_MAXFREELIST 2000,
 *   PyTuple_MAXSAVESIZE 20, Py_lists_MAXFREELIST 80, Py_dicts_MAXFREELIST 80,
 *   Py_dictkeys_MAXFREELIST 80, Py_floats_MAXFREELIST 100, Py_ints_MAXFREELIST 100
 *   (new: compact ints; also slices 1, contexts 255, async_gens 80, pymethodobjects 20, …).
 *   Pyodide's 3.14.2 (fixtures/freelists.314-wasm32.txt) prints the dict, dict-keys, float, list
 *   and 20 tuple lines, in that order, and no int line; it is built without pymalloc, so it
 *   prints no pool table.
 */
export interface FreeListCapacities {
  floats: number;
  lists: number;
  dicts: number;
  dictkeys: number;
  /** Tuples of sizes 1..tupleMaxSaveSize each get their own list of `tuples` entries. */
  tuples: number;
  tupleMaxSaveSize: number;
  /** 0 before 3.14: no small-int free list. */
  ints: number;
}

/** Everything about the allocator that differs between CPython versions. */
export interface AllocProfile {
  /** "3.11", "3.12", "3.13" or "3.14" (also for 3.14 on wasm32). */
  version: string;
  freeLists: FreeListCapacities;
  /**
   * Whether `sys._debugmallocstats()` prints a "free PyDictKeysObject" line (3.13+; 3.11 and
   * 3.12 print dicts, floats, lists, tuples only: Objects/dictobject.c
   * `_PyDict_DebugMallocStats`; the 3.14-era dictobject.c calls
   * `_PyDebugAllocatorStats(out, "free PyDictKeysObject", _Py_FREELIST_SIZE(dictkeys), ...)`).
   */
  statsPrintDictKeys: boolean;
  /** SIZEOF_VOID_P: the struct sizes of the free-list lines scale with it (8, or 4 on wasm32). */
  pointerSize: 4 | 8;
  /** PyTupleObject has the cached `ob_hash` word (3.14). */
  tupleHashCache: boolean;
  /**
   * Built WITH_PYMALLOC: `sys._debugmallocstats()` starts with the pool table and arena totals.
   * Pyodide's 3.14 is built without pymalloc and prints the free-list lines only.
   */
  pymalloc: boolean;
}

const CLASSIC: FreeListCapacities = {
  floats: 100, lists: 80, dicts: 80, dictkeys: 80, tuples: 2000, tupleMaxSaveSize: 20, ints: 0,
};

const NATIVE = { pointerSize: 8, pymalloc: true } as const;

/** Allocator profiles by version. The pymalloc geometry (16 KiB pools, 1 MiB arenas) is the same. */
export const ALLOC_PROFILES: Readonly<Record<'3.11' | '3.12' | '3.13' | '3.14' | '3.14-wasm32', AllocProfile>> = {
  '3.11': { version: '3.11', freeLists: CLASSIC, statsPrintDictKeys: false, tupleHashCache: false, ...NATIVE },
  '3.12': { version: '3.12', freeLists: CLASSIC, statsPrintDictKeys: false, tupleHashCache: false, ...NATIVE },
  '3.13': { version: '3.13', freeLists: CLASSIC, statsPrintDictKeys: true, tupleHashCache: false, ...NATIVE },
  '3.14': { version: '3.14', freeLists: { ...CLASSIC, ints: 100 }, statsPrintDictKeys: true, tupleHashCache: true, ...NATIVE },
  // Pyodide's CPython 3.14.2: 32-bit, no pymalloc (heaplab still places objects with its pymalloc model)
  '3.14-wasm32': { version: '3.14', freeLists: { ...CLASSIC, ints: 100 }, statsPrintDictKeys: true, tupleHashCache: true, pointerSize: 4, pymalloc: false },
};

/** The default profile: CPython 3.12, as everywhere in lib/pysim. */
export const DEFAULT_ALLOC_PROFILE: AllocProfile = ALLOC_PROFILES['3.12'];
