// Models Objects/longobject.c + Objects/boolobject.c (CPython 3.12): arbitrary-precision ints
// (JS number fast path, bigint beyond 2**53), the small-int cache, bool.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyObject_InitFromFreeList, PyObject_ToFreeList, PyType, RT, TypeType, staticAddr, IMMORTAL_REFCNT } from './object';
import { sizeofLong } from './layout';

/** An int: `v` is a number when it is a safe integer, else a bigint. */
export class PyLong extends PyObject {
  declare v: number | bigint;
  constructor(type: PyType, v: number | bigint) {
    super(type);
    this.v = v;
  }
}

/** The `int` type. */
export const LongType = new PyType(TypeType, 'int', ObjectType);
LongType.basicsize = 24;
/** The `bool` type. */
export const BoolType = new PyType(TypeType, 'bool', LongType);
BoolType.baseType = false;
staticAddr(LongType, 912);
staticAddr(BoolType, 912);

/** Number of 30-bit digits CPython uses for |v| (at least 1 for the allocation). */
export function longDigits(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 1073741824) return 1;
    if (a < 1152921504606846976) return 2;
    return Math.ceil(Math.log2(a + 1) / 30);
  }
  const a = v < 0n ? -v : v;
  const bits = a.toString(2).length;
  return Math.max(1, Math.ceil(bits / 30));
}

/** sys.getsizeof of an int. */
export function longSize(o: PyLong): number {
  if (o.ob_type === BoolType) return sizeofLong(1);
  const v = o.v;
  if (v === 0 || v === 0n) return sizeofLong(1);
  return sizeofLong(longDigits(v));
}
LongType.tp_getsizeof = (o) => longSize(o as PyLong);
BoolType.tp_getsizeof = LongType.tp_getsizeof;

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const small: PyLong[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyLong(LongType, i);
  o.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(o, 32);
  small.push(o);
}
/** The cached small int `i` (-5..256), immortal. */
export function smallInt(i: number): PyLong {
  return small[i - SMALL_MIN];
}

/** Py_True / Py_False. */
export const True = new PyLong(BoolType, 1);
export const False = new PyLong(BoolType, 0);
True.ob_refcnt = IMMORTAL_REFCNT;
False.ob_refcnt = IMMORTAL_REFCNT;
staticAddr(True, 32);
staticAddr(False, 32);

/** Bool object for a JS boolean (immortal: no incref needed). */
export function PyBool(b: boolean): PyLong {
  return b ? True : False;
}

/** Normalises a bigint to a number when it is safe. */
export function normInt(v: bigint): number | bigint {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
  return v;
}

/** PyLong_FromLong: a new reference (cached small ints are immortal). */
export function PyLong_From(v: number | bigint): PyLong {
  if (typeof v === 'number') {
    if (v >= SMALL_MIN && v <= SMALL_MAX) return small[v - SMALL_MIN];
    if (!Number.isSafeInteger(v)) {
      if (Object.is(v, -0)) return small[-SMALL_MIN];
      return PyLong_From(BigInt(v));
    }
  } else {
    v = normInt(v);
    if (typeof v === 'number') return PyLong_From(v);
  }
  const n = RT.profile.freeLists.smallInt;
  if (n && longDigits(v) === 1) {
    // 3.14 long_alloc: one-digit ints come from the `ints` free list first
    const fl = intFreeList();
    if (fl.length) {
      const o = fl.pop()!;
      o.v = v;
      PyObject_InitFromFreeList(o);
      return o;
    }
  }
  const o = new PyLong(LongType, v);
  PyObject_Init(o, longSizeAlloc(v));
  return o;
}

/**
 * A new int `v` in a block allocated for `ndigits` digits (_PyLong_New(ndigits), then
 * long_normalize): x_mul's product keeps the size class of its operands' digit counts summed.
 */
export function PyLong_FromAllocDigits(v: bigint, ndigits: number): PyLong {
  const o = new PyLong(LongType, normInt(v));
  PyObject_Init(o, sizeofLong(Math.max(ndigits, longDigits(v))));
  return o;
}

const intFreeLists = new WeakMap<object, PyLong[]>();
/** The running interpreter's free list of compact ints (3.14: Py_ints_MAXFREELIST = 100). */
export function intFreeList(): PyLong[] {
  let fl = intFreeLists.get(RT);
  if (!fl) intFreeLists.set(RT, (fl = []));
  return fl;
}

/** Empties the int free list (_PyGC_ClearAllFreeLists, full collections). */
export function clearIntFreeList(): void {
  intFreeLists.get(RT)?.splice(0);
}

function longSizeAlloc(v: number | bigint): number {
  // one 30-bit digit (most ints): the size without the digit count's arithmetic
  if (typeof v === 'number' && v > -1073741824 && v < 1073741824) return sizeofLong(1);
  return sizeofLong(longDigits(v));
}

LongType.tp_dealloc = (o) => {
  const n = RT.profile.freeLists.smallInt;
  if (n && o.ob_type === LongType && longDigits((o as PyLong).v) === 1) {
    // 3.14 long_dealloc: compact exact ints go back to the free list while it has room
    const fl = intFreeList();
    if (fl.length < n) {
      PyObject_ToFreeList(o);
      fl.push(o as PyLong);
      return;
    }
  }
  PyObject_Free(o);
};

/** CPython's hash of an int: v mod _PyHASH_MODULUS (2**61 - 1; 2**31 - 1 on 32-bit builds), sign kept, -1 becomes -2. */
export function longHash(v: number | bigint): number | bigint {
  const bits = RT && RT.profile.pointerSize === 4 ? 31 : 61;
  if (typeof v === 'number' && Math.abs(v) < 2 ** bits - 1) {
    return v === -1 ? -2 : v;
  }
  const M = (1n << BigInt(bits)) - 1n;
  const b = BigInt(v);
  const neg = b < 0n;
  let r = (neg ? -b : b) % M;
  if (neg) r = -r;
  const n = normInt(r);
  return n === -1 ? -2 : n;
}
LongType.tp_hash = (o) => longHash((o as PyLong).v);
LongType.tp_repr = (o) => {
  if (o.ob_type === BoolType) return (o as PyLong).v ? 'True' : 'False';
  return String((o as PyLong).v);
};
BoolType.tp_repr = LongType.tp_repr;
BoolType.tp_hash = LongType.tp_hash;
BoolType.tp_dealloc = LongType.tp_dealloc;
