// Models the C struct sizes behind sys.getsizeof (Include/object.h, Include/internal/pycore_gc.h,
// Include/cpython/*.h; CPython 3.11-3.14) on 64-bit (LP64) and 32-bit (ILP32: Pyodide's wasm32) builds.
// Every size is written from the struct's fields in terms of SIZEOF_VOID_P, the profile's
// `pointerSize`, so one formula gives both builds (checked against Pyodide 3.14.2, wasm32).
import { RT } from './object';

/** SIZEOF_VOID_P of the running build; Py_ssize_t, Py_hash_t, uintptr_t and C long have the same size (LP64 / ILP32). 8 outside a run. */
export function SIZEOF_VOID_P(): number {
  return RT ? RT.profile.pointerSize : 8;
}

/** _Py_SIZE_ROUND_UP(n, a): `n` rounded up to a multiple of `a` (a power of two). */
export function _Py_SIZE_ROUND_UP(n: number, a: number): number {
  return (n + a - 1) & ~(a - 1);
}

/** new_values: a PyDictValues block for `n` values (3.11/3.12): the insertion-order prefix, rounded to a word, then the values. */
export function sizeofDictValues(n: number): number {
  const W = SIZEOF_VOID_P();
  return _Py_SIZE_ROUND_UP(n + 2, W) + n * W;
}

/** _PyInlineValuesSize (3.13+): what an instance's block grows by for `n` inline values. */
export function sizeofInlineValues(n: number): number {
  const W = SIZEOF_VOID_P();
  return _Py_SIZE_ROUND_UP(n, W) + (n + 1) * W;
}

/** sizeof(PyGC_Head): two uintptr_t (`_gc_next`, `_gc_prev`), in front of every gc object. */
export function sizeofGCHead(): number {
  return 2 * SIZEOF_VOID_P();
}

/**
 * The size of a static type's instance (its `basicsize`, pre-header included) on the running
 * build. Static types record the 64-bit figure; the ones sized through this function are
 * PyObject_HEAD plus pointer-sized fields only (range, slice, cell, method, module, exceptions,
 * iterators, None…), so the figure scales with the word: a 32-bit build has half of it.
 * Types with other fields (int, float, complex, str, bytes, dict, tuple…) have tp_getsizeof.
 */
export function pointerFieldsSize(basicsize64: number): number {
  return (basicsize64 / 8) * SIZEOF_VOID_P();
}

/** sizeof(PyLongObject) with `ndigits` 30-bit digits (uint32 each): PyObject_HEAD, lv_tag (ob_size before 3.12), ob_digit. */
export function sizeofLong(ndigits: number): number {
  return 3 * SIZEOF_VOID_P() + 4 * Math.max(1, ndigits);
}

/** sizeof(PyFloatObject): PyObject_HEAD and a double. */
export function sizeofFloat(): number {
  return 2 * SIZEOF_VOID_P() + 8;
}

/** sizeof(PyComplexObject): PyObject_HEAD and two doubles. */
export function sizeofComplex(): number {
  return 2 * SIZEOF_VOID_P() + 16;
}

/**
 * sizeof(PyASCIIObject): PyObject_HEAD, length, hash, the `state` bit field (an unsigned int,
 * padded to the word) and, 3.11 only, `wstr`.
 */
export function sizeofASCIIObject(): number {
  const W = SIZEOF_VOID_P();
  return _Py_SIZE_ROUND_UP(4 * W + 4, W) + (RT && RT.profile.strWstrFields ? W : 0);
}

/** sizeof(PyCompactUnicodeObject): PyASCIIObject, utf8_length, utf8 and, 3.11 only, wstr_length. */
export function sizeofCompactUnicodeObject(): number {
  const W = SIZEOF_VOID_P();
  return sizeofASCIIObject() + 2 * W + (RT && RT.profile.strWstrFields ? W : 0);
}

/** PyBytesObject_SIZE: PyObject_VAR_HEAD, ob_shash and the one-byte ob_sval (its NUL). */
export function sizeofBytesHeader(): number {
  return 4 * SIZEOF_VOID_P() + 1;
}

/** sizeof(PyByteArrayObject): PyObject_VAR_HEAD, ob_alloc, ob_bytes, ob_start, ob_exports (an int padded to the word). */
export function sizeofByteArray(): number {
  return 7 * SIZEOF_VOID_P();
}

/** sizeof(PyTupleObject) minus ob_item (`_PyObject_VAR_SIZE(&PyTuple_Type, 0)`): PyObject_VAR_HEAD and, 3.14, the cached ob_hash. */
export function sizeofTupleHeader(): number {
  const W = SIZEOF_VOID_P();
  return 3 * W + (RT && RT.profile.tupleHashCache ? W : 0);
}

/** sizeof(PyListObject): PyObject_VAR_HEAD, ob_item, allocated. */
export function sizeofList(): number {
  return 5 * SIZEOF_VOID_P();
}

/** sizeof(PyDictObject): PyObject_HEAD, ma_used, the uint64 _ma_watcher_tag (ma_version_tag before 3.12; 8-aligned), ma_keys, ma_values. */
export function sizeofDict(): number {
  const W = SIZEOF_VOID_P();
  return _Py_SIZE_ROUND_UP(3 * W, 8) + 8 + 2 * W;
}

/** sizeof(PyDictKeysObject) before dk_indices: dk_refcnt, three uint8 and the uint32 dk_version (8 bytes), dk_usable, dk_nentries. */
export function sizeofDictKeysHeader(): number {
  return 3 * SIZEOF_VOID_P() + 8;
}

/** sizeof(PyDictUnicodeEntry) (me_key, me_value) or PyDictKeyEntry (me_hash, me_key, me_value). */
export function sizeofDictEntry(unicode: boolean): number {
  return (unicode ? 2 : 3) * SIZEOF_VOID_P();
}

/** sizeof(PySetObject): PyObject_HEAD, fill, used, mask, table, hash, finger, smalltable[PySet_MINSIZE = 8] and weakreflist. */
export function sizeofSet(): number {
  return (2 + 6 + 8 * 2 + 1) * SIZEOF_VOID_P();
}

/** sizeof(setentry): key and hash. */
export function sizeofSetEntry(): number {
  return 2 * SIZEOF_VOID_P();
}

/**
 * sizeof(PyFunctionObject): PyObject_HEAD, the profile's count of pointer fields (COMMON_FIELDS,
 * func_doc … func_typeparams, vectorcall) and the uint32 func_version, padded to the word.
 */
export function sizeofFunction(): number {
  const W = SIZEOF_VOID_P();
  return _Py_SIZE_ROUND_UP(2 * W + RT.profile.sizes.functionPointers * W + 4, W);
}

/** sizeof(PyTypeObject): sys.getsizeof of a static type (not a gc object). */
export function sizeofTypeObject(): number {
  return RT.profile.sizes.typeObjectWords * SIZEOF_VOID_P();
}

/** sizeof(PyHeapTypeObject): `type.__basicsize__`, the struct of a class statement's type. */
export function sizeofHeapTypeObject(): number {
  return RT.profile.sizes.heapTypeWords * SIZEOF_VOID_P();
}

/**
 * _PyDict_KeysSize of a class's shared keys (_PyDict_NewKeysForClass): 2**NEXT_LOG2_SHARED_KEYS_MAX_SIZE
 * (64) one-byte indices and USABLE_FRACTION(64) = 42 unicode entries after the keys header.
 */
export function sizeofSharedKeys(): number {
  return sizeofDictKeysHeader() + 64 + 42 * sizeofDictEntry(true);
}

/**
 * The pre-header of a heap type's instance, in front of its PyGC_Head: the managed `__dict__`
 * and weakref pointers (3.12+; 3.11's dict and values pointers), for plain classes.
 */
export function sizeofManagedPreHeader(): number {
  return 2 * SIZEOF_VOID_P();
}
