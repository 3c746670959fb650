// Models Objects/abstract.c + Objects/object.c's generic operations (CPython 3.12): repr/str,
// hash, rich comparison, truth, number protocol, attribute access, item access, iteration, calls.
import { _PyStack_AsDict } from './objects/call_args';
import { PyObject_CheckBuffer, bufferBytes, bufferBytesOrNull } from './objects/bufferproto';
import { extSlotsOf } from './objects/extslots';
import { ObjectType, PyObject, PyRaise, PyType, Py_DECREF, Py_XDECREF, TypeType, CFunc, ops, RT, IMMORTAL_REFCNT, staticAddr, _PyObject_GC_UNTRACK } from './objects/object';
import { None, NotImplemented, NoneType } from './objects/singletons';
import { BoolType, False, LongType, PyBool, PyLong, PyLong_From, True, longHash, normInt } from './objects/longobject';
import { FloatType, PyFloat, PyFloat_FromDouble, float_pow, float_repr } from './objects/floatobject';
import { PyStr, PyUnicode_From, PyUnicode_Intern, PyUnicode_New, StrType, strLen, strRepr } from './objects/unicodeobject';
import { BytesType, ByteArrayType, PyBytes, PyBytes_From, PyBytes_FromSize, PyByteArray_From, bytesRepr } from './objects/bytesobject';
import { EmptyTuple, PyTuple, PyTuple_New, TupleType, _PyTuple_FromArray } from './objects/tupleobject';
import { ListType, PyList, PyList_New, list_preallocate_exact, list_resize, list_set_allocated, list_clear } from './objects/listobject';
import { DictType, PyDict, PyDict_New, dictGetStr, dictItems, dictLookup, dictLookupStr, PyDict_GetItem, embeddedDict, newInstanceDict, insertdict, materializeDict, dictRemoveEntry, PyDict_SetItem, dictValuesEmbedded } from './objects/dictobject';
import { FrozenSetType, PySet, SetType, set_lookkey, set_contains_key, setKeys, set_merge, set_copy, set_intersection, set_difference, set_symmetric_difference, set_symmetric_difference_update, set_difference_update_internal, set_swap_bodies } from './objects/setobject';
import { PyNamespace } from './objects/namespaceobject';
import { excNew } from './objects/oserror';
import { excInit } from './objects/exceptions_init';
import { AttributeErrorType, BaseExceptionType, IndexErrorType, KeyErrorType, MemoryErrorType, PyBaseException, RecursionErrorType, ReferenceErrorType, StopIterationType, TypeErrorType, ValueErrorType, attributeError, indexError, newException, pyErr, typeError, valueError, zeroDivision, overflowError } from './objects/exceptions';
import { CFunctionType, ClassMethodDescrType, PyCFunction, PyGetSetDescr, PyMethodDescr, bindCMethod, builtinTakesArgTuple, GetSetDescrType, MethodDescrType, MemberDescrType, MethodWrapperType, WrapperDescrType } from './objects/methodobject';
import { ClassMethodType, FunctionType, PyCode, MethodType, PropertyType, PyFunction, PyMethod, PyMethod_New, PyProperty, PyWrapDescr, StaticMethodType } from './objects/funcobject';
import { PyInstance, _PyType_Lookup, lookupHeap, heapSpecialMethods, typeModified, PyInstance_New, setDictDescrGet, identityHash, type_set_name, abstractClassError } from './objects/typeobject';
import { PyJsIter, PyRange, PyRangeIter, PyRangeIter_New, RangeIterType, LongRangeIterType, RangeType, compute_item, newJsIter, range_contains_long, rangeiter_len } from './objects/iterobject';
import { callPython, callPythonArgs, isStackOverflow } from './eval/call';
import { long_pow_alloc } from './objects/longobject_pow';
import { ComplexType, PyComplex, PyComplex_FromDoubles, cdiv, cmul, cpow } from './objects/complexobject';
import { PyModule } from './objects/moduleobject';
import { PySlice, PySlice_New, SliceType } from './objects/sliceobject';
import { MappingProxyType, PyMappingProxy } from './objects/descrobject';
import { FrameLocalsProxyType, PyFrameLocalsProxy, framelocalsproxy_dict, framelocalsproxy_merge, framelocalsproxy_setitem } from './objects/frameobject';

/** Runs `fn` over a temporary dict of what the FrameLocalsProxy `o` shows. */
function withFrameLocals<T>(o: PyObject, fn: (d: PyDict) => T): T {
  const d = framelocalsproxy_dict(o as PyFrameLocalsProxy);
  try {
    return fn(d);
  } finally {
    Py_DECREF(d);
  }
}
import type { Operator } from './parser/ast';

function toComplex(o: PyObject): [number, number] | null {
  if (o instanceof PyComplex) return [o.re, o.im];
  if (o instanceof PyFloat) return [o.v, 0];
  if (o instanceof PyLong) return [Number(o.v), 0];
  return null;
}

/** A weak proxy (weakref.ProxyType, CallableProxyType): a weakref whose referent is `obj`. */
interface WeakProxyObject extends PyObject {
  obj: PyObject | null;
}

/**
 * UNWRAP of Objects/weakrefobject.c: a proxy's referent, or ReferenceError when the referent is
 * gone; anything else is itself. A new reference.
 */
export function proxyReferent(o: PyObject): PyObject {
  if (o.ob_type.weakProxy) {
    const r = (o as WeakProxyObject).obj;
    if (r === null) throw pyErr(ReferenceErrorType, 'weakly-referenced object no longer exists');
    r.ob_refcnt++;
    return r;
  }
  o.ob_refcnt++;
  return o;
}

/** `f` on `a` and `b` with proxies replaced by their referents (WRAP_BINARY). */
function withReferents<T>(a: PyObject, b: PyObject, f: (x: PyObject, y: PyObject) => T): T {
  const x = proxyReferent(a);
  let y: PyObject;
  try {
    y = proxyReferent(b);
  } catch (e) {
    Py_DECREF(x);
    throw e;
  }
  try {
    return f(x, y);
  } finally {
    Py_DECREF(x);
    Py_DECREF(y);
  }
}

/** `f` on a proxy's referent (WRAP_UNARY and the proxy slots that check the reference). */
export function withReferent<T>(o: PyObject, f: (x: PyObject) => T): T {
  const x = proxyReferent(o);
  try {
    return f(x);
  } finally {
    Py_DECREF(x);
  }
}

/** A borrowed name of `o`'s type. */
export function tpName(o: PyObject): string {
  return o.ob_type.name;
}

// ------------------------------------------------------------------ repr / str

const reprStack = new Set<PyObject>();
/** Py_ReprEnter / Py_ReprLeave around container reprs: returns null on recursion. */
export function withReprGuard(o: PyObject, f: () => string, recursive: string): string {
  if (!RT.lazyObjects.has('Py_Repr')) RT.firstUse('Py_Repr');
  if (reprStack.has(o)) return recursive;
  reprStack.add(o);
  try {
    return f();
  } finally {
    reprStack.delete(o);
  }
}
/** Clears the repr recursion guard (after an internal error). */
export function resetReprGuard(): void {
  reprStack.clear();
}

/** Calls a dunder found on the type with `self` and args (borrowed), returning a new reference. */
export function callDunder(meth: PyObject, self: PyObject, args: PyObject[]): PyObject {
  return callObject(meth, [self, ...args], null);
}

/** PyObject_Repr as a JS string. */
/**
 * The object whose next dispatch skips its class's Python dunder, once: a builtin type's slot
 * wrapper (list.__getitem__(self, i), super().__repr__() in a subclass) runs that type's own slot,
 * not the override that called it.
 */
let slotSelf: PyObject | null = null;
function takeSlotSelf(o: PyObject): boolean {
  if (slotSelf !== o) return false;
  slotSelf = null;
  return true;
}
/** Runs `f`, an abstract operation on `self`, with self's Python-level dunder skipped (the builtin slot). */
export function callBaseSlot<T>(self: PyObject, f: () => T): T {
  const prev = slotSelf;
  slotSelf = self;
  try {
    return f();
  } finally {
    slotSelf = prev;
  }
}

export function PyObject_Repr(o: PyObject): string {
  // PyErr_CheckSignals() first, which from 3.12 also runs a collection the gen-0 count scheduled
  if (RT.gcPending) RT.runPendingGC();
  try {
    return objectRepr(o);
  } catch (e) {
    // Py_EnterRecursiveCall(" while getting the repr of an object"): a repr nested too deep
    if (isStackOverflow(e)) throw pyErr(RecursionErrorType, 'maximum recursion depth exceeded while getting the repr of an object');
    throw e;
  }
}

function objectRepr(o: PyObject): string {
  const t = o.ob_type;
  if (t.heap && !takeSlotSelf(o)) {
    const m = lookupHeap(t, '__repr__');
    if (m) {
      const r = callDunder(m, o, []);
      if (!(r instanceof PyStr)) {
        Py_DECREF(r);
        throw typeError(`__repr__ returned non-string (type ${r.ob_type.tp_name})`);
      }
      const s = r.v;
      Py_DECREF(r);
      return s;
    }
  }
  const f = t.tp_repr;
  if (f) return f(o);
  return ObjectType.tp_repr!(o);
}

/** PyObject_Str as a JS string. */
export function PyObject_Str(o: PyObject): string {
  // PyErr_CheckSignals() first, which from 3.12 also runs a collection the gen-0 count scheduled
  // (inside print(), after f.write was looked up, before anything is written)
  if (RT.gcPending) RT.runPendingGC();
  const t = o.ob_type;
  if (t === StrType) return (o as PyStr).v;
  if (t.heap) {
    // without __str__, object_str calls tp_repr, whose slot does not check what __repr__
    // returned: PyObject_Str does, with its own message (exceptions have BaseException's tp_str)
    const m = lookupHeap(t, '__str__') ?? (t.isExc ? null : lookupHeap(t, '__repr__'));
    if (m) {
      const r = callDunder(m, o, []);
      if (!(r instanceof PyStr)) {
        Py_DECREF(r);
        throw typeError(`__str__ returned non-string (type ${r.ob_type.tp_name})`);
      }
      const s = r.v;
      Py_DECREF(r);
      return s;
    }
  }
  if (t.tp_str) return t.tp_str(o);
  return PyObject_Repr(o);
}

/**
 * PyObject_Str as an object (new reference): an exact str is itself; an int's digits are a string
 * of their own even when they are one character (long_to_decimal_string); anything else is its
 * str() text as PyUnicode_From makes it.
 */
export function PyObject_StrObject(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t === StrType) {
    if (RT.gcPending) RT.runPendingGC(); // PyObject_Str's PyErr_CheckSignals()
    return Py_NewRefLocal(o);
  }
  if (t === BoolType) {
    if (RT.gcPending) RT.runPendingGC();
    return bool_repr(o);
  }
  if (t === LongType) return PyUnicode_New(PyObject_Str(o));
  return PyUnicode_From(PyObject_Str(o));
}

/** 3.11's static &_Py_ID(True) / &_Py_ID(False): not the interned strings the compiler's literals are. */
const boolIds = new Map<PyObject, PyObject>();
/**
 * bool_repr: &_Py_ID(True) or &_Py_ID(False), a static string (new reference). From 3.12 the static
 * strings are the interned ones, so `str(True) is "True"`; in 3.11 they are separate statics.
 */
function bool_repr(o: PyObject): PyObject {
  const s = o === True ? 'True' : 'False';
  if (RT.profile.versionInfo[1] >= 12) return PyUnicode_Intern(s);
  let r = boolIds.get(o);
  if (!r) {
    r = new PyStr(s);
    r.ob_refcnt = IMMORTAL_REFCNT;
    staticAddr(r, 48);
    boolIds.set(o, r);
  }
  r.ob_refcnt++;
  return r;
}

/** PyObject_Repr as an object (new reference): an int's digits as in PyObject_StrObject. */
export function PyObject_ReprObject(o: PyObject): PyObject {
  if (o.ob_type === LongType) return PyUnicode_New(PyObject_Repr(o));
  if (o.ob_type === BoolType) {
    if (RT.gcPending) RT.runPendingGC(); // PyObject_Repr's PyErr_CheckSignals()
    return bool_repr(o);
  }
  return PyUnicode_From(PyObject_Repr(o));
}

// ------------------------------------------------------------------ hash

/** PyObject_Hash. */
export function PyObject_Hash(o: PyObject): number | bigint {
  const t = o.ob_type;
  if (t.heap && !takeSlotSelf(o)) {
    const m = _PyType_Lookup(t, '__hash__');
    if (m === None) throw typeError(`unhashable type: '${t.tp_name}'`);
    if (m && lookupHeap(t, '__hash__')) {
      const r = callDunder(m, o, []);
      if (!(r instanceof PyLong)) {
        Py_DECREF(r);
        throw typeError('__hash__ method should return an integer');
      }
      // slot_tp_hash: a result within Py_ssize_t is the hash itself (-1 is reserved: -2);
      // only a larger int goes through long's hash
      const b = BigInt(r.v), lim = RT.profile.pointerSize === 4 ? 1n << 31n : 1n << 63n;
      const h = b >= -lim && b < lim ? normInt(b === -1n ? -2n : b) : longHash(r.v);
      Py_DECREF(r);
      return h;
    }
    if (lookupHeap(t, '__eq__')) throw typeError(`unhashable type: '${t.tp_name}'`);
    if (t.solid === ObjectType || t.isExc) return identityHash(o);
  }
  const f = t.tp_hash ?? t.solid.tp_hash;
  if (f) return f(o);
  return identityHash(o);
}

/**
 * The xxHash lanes of tuplehash (Objects/tupleobject.c) over `items` in Py_uhash_t arithmetic:
 * the 64-bit primes and a 31-bit rotation, or the 32-bit primes and a 13-bit rotation on 32-bit
 * builds. With `mixLength` the length is folded in (tuples; 3.12's slice_hash does not).
 */
function xxHashItems(items: readonly PyObject[], mixLength: boolean): number | bigint {
  return xxHashLanes(items.map((it) => PyObject_Hash(it)), mixLength);
}

/** The xxHash lanes of tuplehash over item hashes already computed. */
function xxHashLanes(hashes: readonly (number | bigint)[], mixLength: boolean): number | bigint {
  const W = RT.profile.pointerSize === 4 ? 32n : 64n;
  const [P1, P2, P5, ROT] = W === 64n
    ? [11400714785074694791n, 14029467366897019727n, 2870177450012600261n, 31n]
    : [2654435761n, 2246822519n, 374761393n, 13n];
  const M = (1n << W) - 1n;
  let acc = P5;
  for (const hi of hashes) {
    const h = BigInt.asUintN(Number(W), BigInt(hi));
    acc = (acc + h * P2) & M;
    acc = ((acc << ROT) | (acc >> (W - ROT))) & M;
    acc = (acc * P1) & M;
  }
  if (mixLength) acc = (acc + (BigInt(hashes.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  const s = BigInt.asIntN(Number(W), acc);
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : s;
}

function tupleHash(o: PyObject): number | bigint {
  return xxHashItems((o as PyTuple).items, true);
}
TupleType.tp_hash = tupleHash;
// range_hash: the hash of the tuple (len, start, step), start and step None when len is 0, step None when len is 1
RangeType.tp_hash = (o) => {
  const r = o as PyRange, n = r.length, none = PyObject_Hash(None);
  return xxHashLanes([longHash(n), n === 0 ? none : longHash(r.start), n === 0 || n === 1 ? none : longHash(r.step)], true);
};
/**
 * frozenset_hash (Objects/setobject.c) in Py_uhash_t arithmetic: the xor of _shuffle_bits of every
 * element's hash (the NULL and dummy slots' contributions cancel out), the size folded in, then
 * dispersed so nested frozensets differ.
 */
function frozenset_hash(o: PyObject): number | bigint {
  const W = RT.profile.pointerSize === 4 ? 32 : 64;
  const u = (x: bigint) => BigInt.asUintN(W, x);
  const shuffle = (h: bigint) => u(((h ^ 89869747n) ^ u(h << 16n)) * 3644798167n);
  let hash = 0n;
  const keys = setKeys(o as PySet);
  for (const k of keys) hash ^= shuffle(u(BigInt(PyObject_Hash(k))));
  hash ^= u(BigInt(keys.length + 1) * 1927868237n);
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = u(hash * 69069n + 907133923n);
  if (hash === u(-1n)) hash = 590923713n;
  const s = BigInt.asIntN(W, hash);
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : s;
}
FrozenSetType.tp_hash = frozenset_hash;
/**
 * PyObject_HashNotImplemented: the tp_hash of the mutable containers, which are unhashable. A
 * type without a tp_hash of its own hashes by identity (object.__hash__), as types that inherit
 * object's slot do in CPython.
 */
export function PyObject_HashNotImplemented(o: PyObject): never {
  throw typeError(`unhashable type: '${o.ob_type.tp_name}'`);
}
for (const t of [ListType, DictType, SetType, ByteArrayType]) t.tp_hash = PyObject_HashNotImplemented;
// slice_hash (3.12+): the tuple hash lanes over (start, stop, step), without the length
SliceType.tp_hash = (o) => {
  if (!RT.profile.sliceHashable) return PyObject_HashNotImplemented(o);
  const sl = o as PySlice;
  return xxHashItems([sl.start, sl.stop, sl.step], false);
};

// ------------------------------------------------------------------ truth

/** PyObject_IsTrue. */
export function PyObject_IsTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.ob_type;
  if (t === LongType) return (o as PyLong).v != 0;
  if (t === StrType) return (o as PyStr).v.length > 0;
  if (t === ListType) return (o as PyList).items.length > 0;
  if (t === FloatType) return (o as PyFloat).v !== 0;
  if (t === TupleType) return (o as PyTuple).items.length > 0;
  if (t === DictType) return (o as PyDict).used > 0;
  if (t.heap) {
    const b = lookupHeap(t, '__bool__');
    if (b) {
      const r = callDunder(b, o, []);
      if (r.ob_type !== BoolType) {
        Py_DECREF(r);
        throw typeError(`__bool__ should return bool, returned ${r.ob_type.tp_name}`);
      }
      return r === True;
    }
    const l = lookupHeap(t, '__len__');
    if (l) return PyObject_Size(o) > 0;
  }
  if (t.weakProxy) return withReferent(o, PyObject_IsTrue);
  if (t.solid === LongType) return (o as PyLong).v != 0;
  if (o instanceof PySet) return o.used > 0;
  if (o instanceof PyBytes) return o.v.length > 0;
  if (o instanceof PyComplex) return o.re !== 0 || o.im !== 0;
  if (o instanceof PyRange) return o.length !== 0;
  if (o instanceof PyList) return o.items.length > 0;
  if (o instanceof PyDict) return o.used > 0;
  if (t.name.startsWith('dict_') && (o as { dict?: unknown }).dict instanceof PyDict) return ((o as unknown as { dict: PyDict }).dict).used > 0;
  // a C type's sq_length (deque)
  const xs = extSlotsOf(t);
  if (xs !== null && xs.sq_length) return xs.sq_length(o) > 0;
  return true;
}

// ------------------------------------------------------------------ size / index

/** PyObject_Size (len()). */
export function PyObject_Size(o: PyObject): number {
  const t = o.ob_type;
  if (t === ListType) return (o as PyList).items.length;
  if (t === StrType) return strLen((o as PyStr).v);
  if (t === TupleType) return (o as PyTuple).items.length;
  if (t === DictType) return (o as PyDict).used;
  if (t === MappingProxyType) return PyObject_Size((o as PyMappingProxy).mapping);
  if (t === FrameLocalsProxyType) return withFrameLocals(o, (d) => d.used);
  if (t.heap && !takeSlotSelf(o)) {
    const m = lookupHeap(t, '__len__');
    if (m) {
      const r = callDunder(m, o, []);
      if (!(r instanceof PyLong) || r.ob_type === BoolType && false) {
        const n = r.ob_type.name;
        Py_DECREF(r);
        throw typeError(`'${n}' object cannot be interpreted as an integer`);
      }
      const v = Number(r.v);
      Py_DECREF(r);
      if (v < 0) throw valueError('__len__() should return >= 0');
      // PyNumber_AsSsize_t(res, PyExc_OverflowError)
      if (typeof r.v === 'bigint' && r.v > (1n << BigInt(8 * RT.profile.pointerSize - 1)) - 1n) throw overflowError("cannot fit 'int' into an index-sized integer");
      return v;
    }
  }
  if (o instanceof PyList) return o.items.length;
  if (o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.used;
  if (o instanceof PySet) return o.used;
  if (o instanceof PyBytes) return o.v.length;
  if (o instanceof PyRange) return Number(range_length(o));
  if (o instanceof PyStr) return strLen(o.v);
  if (t.weakProxy) return withReferent(o, PyObject_Size);
  const vd = (o as { dict?: unknown }).dict;
  if (t.name.startsWith('dict_') && vd instanceof PyDict) return vd.used;
  const xs = extSlotsOf(t);
  if (xs !== null && xs.sq_length) return xs.sq_length(o);
  throw typeError(`object of type '${t.tp_name}' has no len()`);
}

/**
 * PyNumber_Index: the int value an object stands for, its own (int and subclasses) or what its
 * __index__ returns ("__index__ returned non-int (type str)"); else TypeError `what`, by default
 * "'X' object cannot be interpreted as an integer".
 */
export function PyNumber_Index(o: PyObject, what?: string): number | bigint {
  if (o instanceof PyLong) return o.v;
  if (o.ob_type.heap) {
    const m = lookupHeap(o.ob_type, '__index__');
    if (m) {
      const r = callDunder(m, o, []);
      if (!(r instanceof PyLong)) {
        const n = r.ob_type.name;
        Py_DECREF(r);
        throw typeError(`__index__ returned non-int (type ${n})`);
      }
      const v = r.v;
      Py_DECREF(r);
      return v;
    }
  }
  throw typeError(what ?? `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
}

/** PyNumber_AsSsize_t / __index__: an int-like index as a JS number. */
export function asIndex(o: PyObject, what?: string): number {
  if (o instanceof PyLong) return Number(o.v);
  return Number(PyNumber_Index(o, what));
}

/** PyIndex_Check: an int, or an instance of a class defining __index__. */
export function PyIndex_Check(o: PyObject): boolean {
  return o instanceof PyLong || (o.ob_type.heap && lookupHeap(o.ob_type, '__index__') !== null);
}

/**
 * PyNumber_AsSsize_t(o, PyExc_IndexError), the index of a sequence subscript: past Py_ssize_t an
 * IndexError "cannot fit 'int' into an index-sized integer".
 */
function seqIndex(o: PyObject): number {
  const v = PyNumber_Index(o);
  if (typeof v === 'bigint') {
    const max = (1n << BigInt(8 * RT.profile.pointerSize - 1)) - 1n;
    if (v > max || v < -max - 1n) throw indexError(`cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
  }
  return Number(v);
}

/** An int value (number | bigint) from an int object. */
export function intValue(o: PyObject): number | bigint {
  return (o as PyLong).v;
}

// ------------------------------------------------------------------ numbers

const OPSYM: Record<Operator, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '** or pow()', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', FloorDiv: '//',
};
const DUNDER: Record<Operator, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow', LShift: 'lshift',
  RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};

function big(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function floorDivInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b) === a / b || Math.abs(a) < 2 ** 52 ? Math.floor(a / b) : normInt(fdivBig(BigInt(a), BigInt(b)));
  return normInt(fdivBig(big(a), big(b)));
}
function fdivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function modInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
  }
  const A = big(a), B = big(b);
  const r = A % B;
  return normInt(r !== 0n && (r < 0n) !== (B < 0n) ? r + B : r);
}

/** float_rem: Python float modulo (a NaN remainder is nonzero in C, so it stays NaN). */
function fmod(a: number, b: number): number {
  let m = a % b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

function intPow(a: number | bigint, b: number | bigint): PyObject {
  if ((typeof b === 'number' ? b : Number(b)) < 0) {
    // long_pow hands a negative exponent to float_pow
    const x = longToDouble(a), y = longToDouble(b);
    return PyFloat_FromDouble(float_pow(x, y)!);
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    // a small-int result: so were the products before it (or they were freed as soon as made)
    if (r >= -5 && r <= 256 && Number.isInteger(r)) return PyLong_From(r);
  }
  // long_pow's intermediate products take and free blocks: model them (bases up to 2**60)
  const r = long_pow_alloc(big(a), big(b));
  if (r !== null) return r;
  return PyLong_From(big(a) ** big(b));
}

/** Shift counts from here on make a number wider than a JavaScript BigInt can be (about 2**30 bits). */
const MAX_SHIFT = 2 ** 30;
/**
 * _float_div_mod's quotient (Objects/floatobject.c): (a - fmod(a, b)) / b, one less when the
 * remainder's sign was fixed, snapped to the nearest integral value; a zero quotient takes the
 * sign of a / b. So `inf // 1` is nan and `-1 // inf` is -1.0, as in CPython.
 */
function floatFloorDiv(a: number, b: number): number {
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && (b < 0) !== (mod < 0)) div -= 1.0;
  if (div !== 0) {
    let f = Math.floor(div);
    if (div - f > 0.5) f += 1.0;
    return f;
  }
  return Math.sign(a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
}

function intOp(op: Operator, a: number | bigint, b: number | bigint): PyObject | null {
  switch (op) {
    case 'Add':
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        return Number.isSafeInteger(r) ? PyLong_From(r) : PyLong_From(BigInt(a) + BigInt(b));
      }
      return PyLong_From(big(a) + big(b));
    case 'Sub':
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        return Number.isSafeInteger(r) ? PyLong_From(r) : PyLong_From(BigInt(a) - BigInt(b));
      }
      return PyLong_From(big(a) - big(b));
    case 'Mult':
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isSafeInteger(r)) return PyLong_From(r === 0 ? 0 : r);
        return PyLong_From(BigInt(a) * BigInt(b));
      }
      return PyLong_From(big(a) * big(b));
    case 'Div': {
      if (b == 0) throw zeroDivision('division by zero');
      if (typeof a === 'number' && typeof b === 'number') return PyFloat_FromDouble(a / b);
      const r = long_true_divide(big(a), big(b));
      if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float');
      return PyFloat_FromDouble(r);
    }
    case 'FloorDiv':
      if (b == 0) throw zeroDivision(RT.profile.messages.unifiedZeroDivision ? 'division by zero' : 'integer division or modulo by zero');
      return PyLong_From(floorDivInt(a, b));
    case 'Mod':
      if (b == 0) throw zeroDivision(RT.profile.messages.unifiedZeroDivision ? 'division by zero' : 'integer modulo by zero');
      return PyLong_From(modInt(a, b));
    case 'Pow':
      return intPow(a, b);
    case 'LShift':
      if (b < 0) throw valueError('negative shift count');
      if (a == 0) return PyLong_From(0);
      checkLshiftSize(a, b);
      return PyLong_From(big(a) << big(b));
    case 'RShift':
      if (b < 0) throw valueError('negative shift count');
      if (b >= MAX_SHIFT) return PyLong_From(a < 0 ? -1 : 0);
      return PyLong_From(big(a) >> big(b));
    case 'BitAnd':
      if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return PyLong_From(a & b);
      return PyLong_From(big(a) & big(b));
    case 'BitOr':
      if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return PyLong_From(a | b);
      return PyLong_From(big(a) | big(b));
    case 'BitXor':
      if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return PyLong_From(a ^ b);
      return PyLong_From(big(a) ^ big(b));
  }
  return null;
}

/** PyLong_AsDouble: OverflowError "int too large to convert to float" past the double range. */
function longToDouble(v: number | bigint): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw overflowError('int too large to convert to float');
  return n;
}

function toFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyLong) return longToDouble(o.v);
  return null;
}

function floatOp(op: Operator, a: number, b: number): PyObject | null {
  switch (op) {
    case 'Add': return PyFloat_FromDouble(a + b);
    case 'Sub': return PyFloat_FromDouble(a - b);
    case 'Mult': return PyFloat_FromDouble(a * b);
    case 'Div':
      if (b === 0) throw zeroDivision(RT.profile.messages.unifiedZeroDivision ? 'division by zero' : 'float division by zero');
      return PyFloat_FromDouble(a / b);
    case 'FloorDiv':
      if (b === 0) throw zeroDivision(RT.profile.messages.unifiedZeroDivision ? 'division by zero' : 'float floor division by zero');
      return PyFloat_FromDouble(floatFloorDiv(a, b));
    case 'Mod':
      if (b === 0) throw zeroDivision(RT.profile.messages.unifiedZeroDivision ? 'division by zero' : RT.profile.messages.floatModuloByZero ? 'float modulo by zero' : 'float modulo');
      return PyFloat_FromDouble(fmod(a, b));
    case 'Pow': {
      const r = float_pow(a, b);
      if (r === null) {
        const c = cpow([a, 0], [b, 0]);
        return PyComplex_FromDoubles(c[0], c[1]);
      }
      return PyFloat_FromDouble(r);
    }
  }
  return null;
}

const SEQUENCES = new Set<PyType>([StrType, ListType, TupleType, BytesType, ByteArrayType]);

/**
 * The TypeError once no slot took a binary operation: a sequence's sq_concat / sq_repeat speak for
 * it ("can only concatenate str (not \"V\") to str", "can't multiply sequence by non-int of type
 * 'float'"), else "unsupported operand type(s)".
 */
function binaryOpError(op: Operator, a: PyObject, b: PyObject, inplace: boolean): PyRaise {
  const sa = a.ob_type.solid, sb = b.ob_type.solid;
  if (op === 'Add' && sa === StrType) return typeError(`can only concatenate str (not "${b.ob_type.tp_name}") to str`);
  if (op === 'Mult' && (SEQUENCES.has(sa) || SEQUENCES.has(sb))) {
    const n = SEQUENCES.has(sa) ? b : a;
    return typeError(`can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  // binary_iop1's message names the augmented operator ("+=", "**=")
  const sym = inplace ? `${op === 'Pow' ? '**' : OPSYM[op]}=` : OPSYM[op];
  return typeError(`unsupported operand type(s) for ${sym}: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`);
}

/**
 * long_true_divide: a / b correctly rounded to a double, however large the ints (b != 0). The
 * quotient is taken to 55+ bits with a sticky bit for any remainder, so converting it rounds once.
 */
function long_true_divide(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  const shift = 55 - (a.toString(2).length - b.toString(2).length);
  const num = shift >= 0 ? a << BigInt(shift) : a;
  const den = shift >= 0 ? b : b << BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  const r = Number(q) * Math.pow(2, -shift);
  return neg ? -r : r;
}

/**
 * sq_repeat's size checks: a count beyond Py_ssize_t is an OverflowError; a result larger than
 * the whole heap budget (standing in for the machine's memory) is a MemoryError the program can
 * catch, raised before anything is built. Anything smaller is allocated and meets the budget as
 * every allocation does (the run's heap-limit outcome).
 */
function checkRepeatSize(seq: PyObject, ts: PyType, k: number, count: PyObject): void {
  // the count exactly when it is an int (2**63 and 2**63 - 1 are the same double)
  const tooBig = count instanceof PyLong && typeof count.v === 'bigint' ? count.v > (1n << BigInt(8 * RT.profile.pointerSize - 1)) - 1n : k > 2 ** (8 * RT.profile.pointerSize - 1) - 1;
  if (tooBig) throw overflowError(`cannot fit '${count.ob_type.tp_name}' into an index-sized integer`);
  let n: number;
  if (ts === StrType) n = strLen((seq as PyStr).v);
  else if (ts === ListType || ts === TupleType) n = (seq as PyList).items.length * RT.profile.pointerSize;
  else if (ts === BytesType) n = (seq as PyBytes).v.length;
  else return;
  if (n * k > RT.maxHeapBytes) throw pyErr(MemoryErrorType);
}

/**
 * long_lshift's size checks: more digits than a PyLongObject can have (MAX_LONG_DIGITS) is
 * _PyLong_New's OverflowError; a result larger than the heap budget (or than a JavaScript BigInt
 * holds) is a MemoryError, raised before anything is built.
 */
function checkLshiftSize(a: number | bigint, b: number | bigint): void {
  const abs = typeof a === 'bigint' ? (a < 0n ? -a : a) : Math.abs(a);
  const digits = BigInt(abs.toString(2).length + 29) / 30n + BigInt(b) / 30n + 1n;
  const maxDigits = (2n ** BigInt(8 * RT.profile.pointerSize - 1) - 1n - 24n) / 4n;
  if (digits > maxDigits) throw overflowError('too many digits in integer');
  if (digits * 4n > BigInt(RT.maxHeapBytes) || digits * 30n > 2n ** 30n) throw pyErr(MemoryErrorType);
}

/** The types whose sq_repeat heaplab models. */
const REPEATABLE = new Set<PyType>([StrType, ListType, TupleType, BytesType, ByteArrayType]);

/** A slice whose step is 1 (None or the int 1), as the whole-sequence shortcuts of tuple/str/bytes subscripts require. */
function sliceStepIsOne(s: PySlice): boolean {
  return s.step === None || (s.step.ob_type === LongType && (s.step as PyLong).v === 1);
}

/** sq_concat / sq_repeat and other builtin non-numeric binary ops; null when not applicable. */
function seqOp(op: Operator, a: PyObject, b: PyObject): PyObject | null {
  const ta = a.ob_type.solid, tb = b.ob_type.solid;
  if (op === 'Add') {
    if (ta === StrType && tb === StrType) {
      // PyUnicode_Concat's shortcuts: the empty string on one side gives the other (PyUnicode_FromObject)
      if (a.ob_type === StrType && (a as PyStr).v === '') return b.ob_type === StrType ? Py_NewRefLocal(b) : PyUnicode_From((b as PyStr).v);
      if (b.ob_type === StrType && (b as PyStr).v === '') return a.ob_type === StrType ? Py_NewRefLocal(a) : PyUnicode_From((a as PyStr).v);
      return PyUnicode_From((a as PyStr).v + (b as PyStr).v);
    }
    if (ta === ListType) {
      if (tb !== ListType) throw typeError(`can only concatenate list (not "${b.ob_type.tp_name}") to list`);
      const items = [...(a as PyList).items, ...(b as PyList).items];
      for (const x of items) x.ob_refcnt++;
      return PyList_New(items);
    }
    if (ta === TupleType) {
      if (tb !== TupleType) throw typeError(`can only concatenate tuple (not "${b.ob_type.tp_name}") to tuple`);
      if (!(b as PyTuple).items.length && a.ob_type === TupleType) return Py_NewRefLocal(a);
      if (!(a as PyTuple).items.length && b.ob_type === TupleType) return Py_NewRefLocal(b);
      const items = [...(a as PyTuple).items, ...(b as PyTuple).items];
      for (const x of items) x.ob_refcnt++;
      return PyTuple_New(items);
    }
    if (ta === StrType && !b.ob_type.heap) throw typeError(`can only concatenate str (not "${b.ob_type.tp_name}") to str`);
    if ((ta === BytesType || ta === ByteArrayType) && !b.ob_type.heap) {
      // bytes_concat / PyByteArray_Concat: any buffer on the right; the result has the left's type
      const y = tb === BytesType || tb === ByteArrayType ? (b as PyBytes).v : bufferBytesOrNull(b);
      if (y === null) throw typeError(`can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
      const x = (a as PyBytes).v;
      // bytes_concat: an empty operand gives the other one when that one is an exact bytes
      if (x.length === 0 && b.ob_type === BytesType) return Py_NewRefLocal(b);
      if (y.length === 0 && a.ob_type === BytesType) return Py_NewRefLocal(a);
      const r = new Uint8Array(x.length + y.length);
      r.set(x);
      r.set(y, x.length);
      return ta === ByteArrayType ? PyByteArray_From(r) : PyBytes_From(r);
    }
  }
  if (op === 'Mult') {
    // PyNumber_Multiply's sequence_repeat: the left operand's sq_repeat, else the right one's, with
    // any object PyIndex_Check accepts as the count
    const seq = REPEATABLE.has(ta) ? a : REPEATABLE.has(tb) ? b : null;
    const n = seq === a ? b : a;
    if (seq && PyIndex_Check(n)) {
      const k = Math.max(0, Number(PyNumber_Index(n)));
      const ts = seq.ob_type.solid;
      checkRepeatSize(seq, ts, k, n);
      if (ts === StrType) {
        if (k === 1 && seq.ob_type === StrType) return Py_NewRefLocal(seq);
        return PyUnicode_From((seq as PyStr).v.repeat(k));
      }
      if (ts === ListType) {
        const src = (seq as PyList).items;
        const items: PyObject[] = [];
        for (let i = 0; i < k; i++) for (const x of src) { x.ob_refcnt++; items.push(x); }
        return PyList_New(items);
      }
      if (ts === TupleType) {
        if (k === 1 && seq.ob_type === TupleType) return Py_NewRefLocal(seq);
        const src = (seq as PyTuple).items;
        const items: PyObject[] = [];
        for (let i = 0; i < k; i++) for (const x of src) { x.ob_refcnt++; items.push(x); }
        return PyTuple_New(items);
      }
      if (ts === BytesType || ts === ByteArrayType) {
        const src = (seq as PyBytes).v;
        // bytes_repeat: an exact bytes repeated once is itself
        if (k === 1 && seq.ob_type === BytesType) return Py_NewRefLocal(seq);
        const r = new Uint8Array(src.length * k);
        for (let i = 0; i < k; i++) r.set(src, i * src.length);
        return ts === ByteArrayType ? PyByteArray_From(r) : PyBytes_From(r);
      }
    }
  }
  if (op === 'Mod' && (ta.solid === BytesType || ta.solid === ByteArrayType)) {
    // bytes_mod / bytearray_mod: a bytes result (a bytearray for a bytearray format)
    const r = bytesPercentFormatHook(l1String((a as PyBytes).v), b);
    const v = Uint8Array.from(r, (c) => c.charCodeAt(0));
    return ta.solid === ByteArrayType ? PyByteArray_From(v) : PyBytes_From(v);
  }
  if (op === 'Mod' && ta === StrType) {
    // PyUnicode_Format: a lone `%s` (no text around it, no flags) writes an exact str argument into
    // the still-empty writer with overallocation off, so the result is that very object
    const lone = /^%(\([^)]*\))?s$/.exec((a as PyStr).v);
    const r = percentFormatHook((a as PyStr).v, b);
    if (lone) {
      const arg = lone[1] ? (b instanceof PyDict ? dictGetStr(b, lone[1].slice(1, -1)) : null) : b instanceof PyTuple ? ((b as PyTuple).items.length === 1 ? (b as PyTuple).items[0] : null) : b;
      if (arg && arg.ob_type === StrType && (arg as PyStr).v === r) return Py_NewRefLocal(arg);
      if (arg && arg.ob_type === BoolType) return bool_repr(arg);
    }
    return PyUnicode_From(r);
  }
  if (a instanceof PySet && b instanceof PySet) {
    const r = setBinary(op, a, b);
    if (r) return r;
  }
  if (op === 'BitOr' && ta === DictType && tb === DictType) {
    const d = PyDict_New();
    for (const [k, v] of dictItems(a as PyDict)) PyDict_SetItem(d, k, v);
    for (const [k, v] of dictItems(b as PyDict)) PyDict_SetItem(d, k, v);
    return d;
  }
  // framelocalsproxy_or: a new dict of both sides, each a dict or a FrameLocalsProxy
  if (op === 'BitOr' && (ta === FrameLocalsProxyType || tb === FrameLocalsProxyType) && (ta === DictType || ta === FrameLocalsProxyType) && (tb === DictType || tb === FrameLocalsProxyType)) {
    const d = PyDict_New();
    for (const side of [a, b]) {
      const src = side instanceof PyDict ? side : framelocalsproxy_dict(side as PyFrameLocalsProxy);
      for (const [k, v] of dictItems(src)) PyDict_SetItem(d, k, v);
      if (src !== side) Py_DECREF(src);
    }
    return d;
  }
  return null;
}

/**
 * The AttributeError of a property without the function asked for (property_descr_get/set):
 * named by __set_name__'s name, on 3.13+ else by its getter's __name__, else not named.
 */
function propertyMissing(p: PyProperty, t: PyType, what: 'getter' | 'setter' | 'deleter'): PyRaise {
  let name = p.name;
  if (name === null && p.fget !== null && RT.profile.messages.propertyNameFromGetter) {
    const n = getAttrOrNull(p.fget, '__name__');
    if (n !== null) {
      if (n instanceof PyStr) name = n.v;
      Py_DECREF(n);
    }
  }
  return attributeError(`property ${name === null ? '' : strRepr(name) + ' '}of '${t.qualname}' object has no ${what}`);
}

/** property_descr_set: calls the setter (`v`) or the deleter (`v` null) of `p` on `o`. */
export function property_descr_set(p: PyProperty, o: PyObject, v: PyObject | null): void {
  const f = v ? p.fset : p.fdel;
  if (!f) throw propertyMissing(p, o.ob_type, v ? 'setter' : 'deleter');
  const r = callObject(f, v ? [o, v] : [o], null);
  Py_DECREF(r);
}

function Py_NewRefLocal(o: PyObject): PyObject {
  o.ob_refcnt++;
  return o;
}

let dictViewBinary: (op: Operator, a: PyObject, b: PyObject) => PyObject | null = () => null;
let dictViewCompare: (a: PyObject, b: PyObject, op: string) => PyObject | null = () => null;
/** Installs the set operations and comparisons of dict views (objects/dictviews.ts). */
export function setDictViewOps(binary: typeof dictViewBinary, compare: typeof dictViewCompare): void {
  dictViewBinary = binary;
  dictViewCompare = compare;
}

/** bytes % args (objects/bytes_format.ts): a latin-1 format and result. */
let bytesPercentFormatHook: (fmt: string, args: PyObject) => string = () => {
  throw typeError('not all arguments converted during bytes formatting');
};
/** Installs the bytes % args implementation. */
export function setBytesPercentFormat(f: (fmt: string, args: PyObject) => string): void {
  bytesPercentFormatHook = f;
}
/** A bytes value as a latin-1 string (one char per byte). */
function l1String(v: Uint8Array): string {
  let s = '';
  for (let i = 0; i < v.length; i += 8192) s += String.fromCharCode(...v.subarray(i, i + 8192));
  return s;
}

/** Percent-format implementation (str % args); replaced by objects/format when available. */
export let percentFormatHook: (fmt: string, args: PyObject) => string = () => {
  throw typeError('not all arguments converted during string formatting');
};
/** Installs the % formatter. */
export function setPercentFormat(f: (fmt: string, args: PyObject) => string): void {
  percentFormatHook = f;
}

function setBinary(op: Operator, a: PySet, b: PySet): PyObject | null {
  switch (op) {
    case 'BitOr': {
      // set_or: a copy of `a`, updated with `b`
      const r = set_copy(a);
      if (a !== b) set_merge(r, b);
      return r;
    }
    case 'BitAnd':
      return set_intersection(a, b);
    case 'Sub':
      return set_difference(a, b);
    case 'BitXor':
      return set_symmetric_difference(a, b);
  }
  return null;
}

function tryDunder(o: PyObject, name: string, arg: PyObject): PyObject | null {
  const m = lookupHeap(o.ob_type, name);
  if (!m) return null;
  const r = callDunder(m, o, [arg]);
  if (r === NotImplemented) return null;
  return r;
}

/**
 * PyNumber_<op>(a, b): binary_op1 with the reflected fallback; `inplace` when it is the fallback of
 * an augmented assignment (only the error message differs). Returns a new reference.
 */
export function binaryOp(a: PyObject, b: PyObject, op: Operator, inplace = false): PyObject {
  const ta = a.ob_type, tb = b.ob_type;
  if ((ta === LongType || ta === BoolType) && (tb === LongType || tb === BoolType)) {
    // bool_and, bool_or, bool_xor: two bools give a bool
    if (ta === BoolType && tb === BoolType && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
      const x = a === True, y = b === True;
      return PyBool(op === 'BitAnd' ? x && y : op === 'BitOr' ? x || y : x !== y);
    }
    const r = intOp(op, (a as PyLong).v, (b as PyLong).v);
    if (r) return r;
  }
  if (ta.weakProxy || tb.weakProxy) {
    // proxy_add & co.: a class's own method on the left comes first, then the proxy's slot
    if (!ta.weakProxy && ta.heap) {
      const l = tryDunder(a, `__${DUNDER[op]}__`, b);
      if (l) return l;
    }
    return withReferents(a, b, (x, y) => binaryOp(x, y, op, inplace));
  }
  if ((ta.heap || tb.heap) && !takeSlotSelf(a)) {
    const d = DUNDER[op];
    if (tb.heap && tb !== ta && tb.isSubtype(ta)) {
      const r = tryDunder(b, `__r${d}__`, a);
      if (r) return r;
      const l = tryDunder(a, `__${d}__`, b);
      if (l) return l;
    } else {
      const l = tryDunder(a, `__${d}__`, b);
      if (l) return l;
      if (tb !== ta || !ta.heap) {
        const r = tryDunder(b, `__r${d}__`, a);
        if (r) return r;
      }
    }
  }
  const fa = (ta.solid === FloatType || ta.solid === LongType) ? toFloat(a) : null;
  const fb = (tb.solid === FloatType || tb.solid === LongType) ? toFloat(b) : null;
  if (fa !== null && fb !== null) {
    if (ta.solid === LongType && tb.solid === LongType) {
      const r = intOp(op, (a as PyLong).v, (b as PyLong).v);
      if (r) return r;
    } else {
      const r = floatOp(op, fa, fb);
      if (r) return r;
    }
  }
  if (ta === ComplexType || tb === ComplexType) {
    const ca = toComplex(a), cb = toComplex(b);
    if (ca && cb) {
      let r: [number, number] | null = null;
      switch (op) {
        case 'Add': r = [ca[0] + cb[0], ca[1] + cb[1]]; break;
        case 'Sub': r = [ca[0] - cb[0], ca[1] - cb[1]]; break;
        case 'Mult': r = cmul(ca, cb); break;
        case 'Div':
          if (cb[0] === 0 && cb[1] === 0) throw zeroDivision('complex division by zero');
          r = cdiv(ca, cb);
          break;
        case 'Pow':
          if (ca[0] === 0 && ca[1] === 0 && (cb[1] !== 0 || cb[0] < 0)) throw zeroDivision('0.0 to a negative or complex power');
          r = cpow(ca, cb);
          break;
      }
      if (r) return PyComplex_FromDoubles(r[0], r[1]);
    }
  }
  if (op === 'Add' || op === 'Mult' || op === 'BitOr') {
    const x = extBinary(op, a, b);
    if (x !== null) return x;
  }
  const s = seqOp(op, a, b);
  if (s) return s;
  const v = dictViewBinary(op, a, b);
  if (v) return v;
  // type_or / ga_or / union_or: `int | None` makes a types.UnionType
  if (op === 'BitOr') {
    const u = unionOrHook(a, b);
    if (u !== null) return u;
  }
  throw binaryOpError(op, a, b, inplace);
}

/**
 * The C slots of extSlotsOf types in PyNumber_Add / PyNumber_Multiply / PyNumber_Or: nb_or (the
 * right operand's first when its type derives from the left's), then sq_concat of the left operand
 * and sq_repeat of either. Null when neither operand has the slot.
 */
function extBinary(op: Operator, a: PyObject, b: PyObject): PyObject | null {
  const xa = extSlotsOf(a.ob_type), xb = extSlotsOf(b.ob_type);
  if (xa === null && xb === null) return null;
  if (op === 'BitOr') {
    const fa = xa !== null ? xa.nb_or : undefined, fb = xb !== null && xb !== xa ? xb.nb_or : undefined;
    if (fb && b.ob_type.isSubtype(a.ob_type)) {
      const r = fb(a, b);
      if (r !== null) return r;
    }
    if (fa) {
      const r = fa(a, b);
      if (r !== null) return r;
    }
    if (fb && !b.ob_type.isSubtype(a.ob_type)) return fb(a, b);
    return null;
  }
  if (op === 'Add') return xa !== null && xa.sq_concat ? xa.sq_concat(a, b) : null;
  // sequence_repeat: the count must be an index
  // the left operand's sq_repeat comes first: a builtin sequence on the left repeats itself
  const [seq, slots, n] = xa !== null && xa.sq_repeat ? [a, xa, b] : xb !== null && xb.sq_repeat && !REPEATABLE.has(a.ob_type.solid) ? [b, xb, a] : [null, null, null];
  if (seq === null) return null;
  if (!PyIndex_Check(n!)) throw typeError(`can't multiply sequence by non-int of type '${n!.ob_type.tp_name}'`);
  return slots!.sq_repeat!(seq, asIndex(n!));
}

/** _Py_union_type_or, installed by unionobject.ts: `a | b` of classes, aliases and None, or null. */
let unionOrHook: (a: PyObject, b: PyObject) => PyObject | null = () => null;
/** Py_GenericAlias, installed by genericaliasobject.ts. */
let genericAliasHook: (origin: PyObject, key: PyObject) => PyObject = (o) => Py_NewRefLocal(o);
/** Installs Py_GenericAlias. */
export function setGenericAlias(f: (origin: PyObject, key: PyObject) => PyObject): void {
  genericAliasHook = f;
}
/** Installs _Py_union_type_or. */
export function setUnionOr(f: (a: PyObject, b: PyObject) => PyObject | null): void {
  unionOrHook = f;
}

/** PyNumber_InPlace<op>: mutates lists/sets/dicts in place (`l += [x]`), else falls back to binaryOp. */
export function inplaceOp(a: PyObject, b: PyObject, op: Operator): PyObject {
  const t = a.ob_type;
  // int has no in-place slots: PyNumber_InPlace* falls through to the binary slot at once
  if (t === LongType && b.ob_type === LongType) {
    const r = intOp(op, (a as PyLong).v, (b as PyLong).v);
    if (r !== null) return r;
  }
  if (t.heap) {
    const r = tryDunder(a, `__i${DUNDER[op]}__`, b);
    if (r) return r;
  }
  // proxy_iadd & co. work on the referent; a proxy on the right goes to the proxy's binary slot
  if (t.weakProxy) return withReferents(a, b, (x, y) => inplaceOp(x, y, op));
  if (b.ob_type.weakProxy && t.solid !== DictType) return binaryOp(a, b, op, true);
  const s = t.solid;
  if (s === ByteArrayType && (op === 'Add' || (op === 'Mult' && PyIndex_Check(b)))) {
    if (op === 'Add') byteArrayIConcat(a as PyBytes, b);
    else byteArrayIRepeat(a as PyBytes, asIndex(b));
    a.ob_refcnt++;
    return a;
  }
  if (s === ListType) {
    if (op === 'Add') {
      listExtend(a as PyList, b);
      a.ob_refcnt++;
      return a;
    }
    if (op === 'Mult' && PyIndex_Check(b)) {
      const l = a as PyList;
      const k = Number(PyNumber_Index(b));
      if (k <= 0) {
        // list_inplace_repeat: _list_clear
        list_clear(l);
      } else {
        const src = l.items.slice();
        list_resize(l, src.length * k);
        for (let i = 1; i < k; i++) for (const x of src) { x.ob_refcnt++; l.items.push(x); }
      }
      a.ob_refcnt++;
      return a;
    }
  }
  if (s === SetType && b instanceof PySet) {
    const so = a as PySet;
    if (op === 'BitOr') set_merge(so, b);
    else if (op === 'BitAnd') {
      // set_iand: set_intersection_update keeps the new set's table
      const tmp = set_intersection(so, b);
      set_swap_bodies(so, tmp);
      Py_DECREF(tmp);
    } else if (op === 'Sub') set_difference_update_internal(so, b);
    else if (op === 'BitXor') {
      set_symmetric_difference_update(so, b);
    } else return binaryOp(a, b, op, true);
    a.ob_refcnt++;
    return a;
  }
  if (s === DictType && op === 'BitOr') {
    const xo = t !== DictType ? extSlotsOf(t) : null;
    if (xo !== null && xo.nb_inplace_or) return xo.nb_inplace_or(a, b);
    // dict_ior: dict_update_arg takes any mapping or iterable of pairs
    dictUpdateArgHook(a as PyDict, b);
    a.ob_refcnt++;
    return a;
  }
  const xs = extSlotsOf(t);
  if (xs !== null) {
    if (op === 'Add' && xs.sq_inplace_concat) return xs.sq_inplace_concat(a, b);
    if (op === 'Mult' && xs.sq_inplace_repeat) {
      if (!PyIndex_Check(b)) throw typeError(`can't multiply sequence by non-int of type '${b.ob_type.tp_name}'`);
      return xs.sq_inplace_repeat(a, asIndex(b));
    }
  }
  // framelocalsproxy_inplace_or: writes the other side through the proxy
  if (a.ob_type === FrameLocalsProxyType && op === 'BitOr' && framelocalsproxy_merge(a as PyFrameLocalsProxy, b)) {
    a.ob_refcnt++;
    return a;
  }
  return binaryOp(a, b, op, true);
}

/** dict_update_arg (installed by the dict methods to avoid an import cycle): `d |= x`, dict.update(x). */
export let dictUpdateArgHook: (d: PyDict, x: PyObject) => void = () => {};
/** Installs dict_update_arg. */
export function setDictUpdateArg(f: (d: PyDict, x: PyObject) => void): void {
  dictUpdateArgHook = f;
}

/**
 * PyNumber_Absolute (abs()): a class's own __abs__; long_abs (a non-negative exact int is itself),
 * float_abs, complex_abs; a proxy's referent's.
 */
export function PyNumber_Absolute(x: PyObject): PyObject {
  const t = x.ob_type;
  if (t.heap && !takeSlotSelf(x)) {
    const m = lookupHeap(t, '__abs__');
    if (m) return callDunder(m, x, []);
  }
  if (t === LongType && (x as PyLong).v >= 0) return Py_NewRefLocal(x);
  if (x instanceof PyLong) return PyLong_From(typeof x.v === 'bigint' ? (x.v < 0n ? -x.v : x.v) : Math.abs(x.v));
  if (x instanceof PyFloat) return PyFloat_FromDouble(Math.abs(x.v));
  if (x instanceof PyComplex) return PyFloat_FromDouble(Math.hypot(x.re, x.im));
  if (t.weakProxy) return withReferent(x, PyNumber_Absolute);
  throw typeError(`bad operand type for abs(): '${t.tp_name}'`);
}

/**
 * PyNumber_Divmod (divmod()): binary_op1 on nb_divmod — a class's __divmod__ / __rdivmod__ in
 * binaryOp's order, else long_divmod / float_divmod (the (quotient, remainder) tuple, with
 * float_divmod's own zero-divisor message), else "unsupported operand type(s) for divmod()".
 */
export function PyNumber_Divmod(x: PyObject, y: PyObject): PyObject {
  const tx = x.ob_type, ty = y.ob_type;
  if ((tx.heap || ty.heap) && !takeSlotSelf(x)) {
    if (ty.heap && ty !== tx && ty.isSubtype(tx)) {
      const r = tryDunder(y, '__rdivmod__', x) ?? tryDunder(x, '__divmod__', y);
      if (r) return r;
    } else {
      const l = tryDunder(x, '__divmod__', y);
      if (l) return l;
      if (ty !== tx || !tx.heap) {
        const r = tryDunder(y, '__rdivmod__', x);
        if (r) return r;
      }
    }
  }
  const numeric = (t: PyType) => t.solid === LongType || t.solid === FloatType;
  if (!numeric(tx) || !numeric(ty)) {
    if (tx.weakProxy || ty.weakProxy) return withReferents(x, y, PyNumber_Divmod);
    throw typeError(`unsupported operand type(s) for divmod(): '${tx.tp_name}' and '${ty.tp_name}'`);
  }
  const real = (o: PyObject) => o instanceof PyFloat || o.ob_type === LongType || o.ob_type === BoolType;
  const zero = y instanceof PyFloat ? y.v === 0 : y instanceof PyLong && Number(y.v) === 0;
  if ((x instanceof PyFloat || y instanceof PyFloat) && real(x) && real(y) && zero) {
    throw zeroDivision(RT.profile.messages.unifiedZeroDivision ? 'division by zero' : 'float divmod()');
  }
  const q = binaryOp(x, y, 'FloorDiv');
  let r: PyObject;
  try {
    r = binaryOp(x, y, 'Mod');
  } catch (e) {
    Py_DECREF(q);
    throw e;
  }
  return PyTuple_New([q, r]);
}

/** Unary operators. */
export function unaryOp(op: 'Invert' | 'Not' | 'UAdd' | 'USub', a: PyObject): PyObject {
  if (op === 'Not') return PyBool(!PyObject_IsTrue(a));
  const t = a.ob_type;
  if (t.heap) {
    const name = op === 'USub' ? '__neg__' : op === 'UAdd' ? '__pos__' : '__invert__';
    const m = lookupHeap(t, name);
    if (m) return callDunder(m, a, []);
  }
  if (t.weakProxy) return withReferent(a, (x) => unaryOp(op, x));
  if (a instanceof PyLong) {
    const v = a.v;
    if (op === 'USub') return PyLong_From(typeof v === 'number' ? -v : -v);
    if (op === 'UAdd') {
      if (a.ob_type === LongType) return Py_NewRefLocal(a);
      return PyLong_From(v);
    }
    return PyLong_From(typeof v === 'number' ? -v - 1 : -v - 1n);
  }
  if (a instanceof PyComplex) {
    if (op === 'USub') return PyComplex_FromDoubles(-a.re, -a.im);
    // complex_pos / float_pos: an exact complex or float is its own +x
    if (op === 'UAdd') return t === ComplexType ? Py_NewRefLocal(a) : PyComplex_FromDoubles(a.re, a.im);
  }
  if (a instanceof PyFloat) {
    if (op === 'USub') return PyFloat_FromDouble(-a.v);
    if (op === 'UAdd') return t === FloatType ? Py_NewRefLocal(a) : PyFloat_FromDouble(a.v);
  }
  const sym = op === 'USub' ? '-' : op === 'UAdd' ? '+' : '~';
  throw typeError(`bad operand type for unary ${sym}: '${t.tp_name}'`);
}

// ------------------------------------------------------------------ comparison

const CMP_DUNDER: Record<string, string> = { Eq: '__eq__', NotEq: '__ne__', Lt: '__lt__', LtE: '__le__', Gt: '__gt__', GtE: '__ge__' };
const CMP_SWAP: Record<string, string> = { Eq: 'Eq', NotEq: 'NotEq', Lt: 'Gt', LtE: 'GtE', Gt: 'Lt', GtE: 'LtE' };
const CMP_SYM: Record<string, string> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=' };

function cmpResult(c: number, op: string): boolean {
  switch (op) {
    case 'Eq': return c === 0;
    case 'NotEq': return c !== 0;
    case 'Lt': return c < 0;
    case 'LtE': return c <= 0;
    case 'Gt': return c > 0;
    default: return c >= 0;
  }
}

function numCmp(a: PyObject, b: PyObject): number | null {
  const sa = a.ob_type.solid, sb = b.ob_type.solid;
  if (sa === LongType && sb === LongType) {
    const x = (a as PyLong).v, y = (b as PyLong).v;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if ((sa === FloatType || sa === LongType) && (sb === FloatType || sb === LongType)) {
    const x = sa === FloatType ? (a as PyFloat).v : (a as PyLong).v;
    const y = sb === FloatType ? (b as PyFloat).v : (b as PyLong).v;
    if (Number.isNaN(x as number) || Number.isNaN(y as number)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return null;
}

/**
 * PyObject_RichCompare's `_Py_EnterRecursiveCall(" in comparison")`: containers compared into
 * themselves (`a = []; a.append([a]); a == a[0]`) run out of C stack inside a comparison, so the
 * RecursionError says so (the innermost overflow is caught first; a Python `__eq__` recursing hits
 * the Python limit, whose message has no suffix).
 */
function comparisonOverflow(e: unknown): unknown {
  return isStackOverflow(e) ? pyErr(RecursionErrorType, 'maximum recursion depth exceeded in comparison') : e;
}

function seqCmp(x: PyObject[], y: PyObject[], op: string): boolean {
  try {
    return seqCmpItems(x, y, op);
  } catch (e) {
    throw comparisonOverflow(e);
  }
}

function seqCmpItems(x: PyObject[], y: PyObject[], op: string): boolean {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    if (x[i] === y[i]) continue;
    if (!PyObject_RichCompareBool(x[i], y[i], 'Eq')) break;
  }
  if (i >= x.length || i >= y.length) {
    return cmpResult(x.length - y.length, op);
  }
  if (op === 'Eq') return false;
  if (op === 'NotEq') return true;
  return PyObject_RichCompareBool(x[i], y[i], op);
}

/** dict_equal's loop over two dicts of the same size. */
function dictEqualItems(x: PyDict, y: PyDict): boolean {
  for (const [k, v] of dictItems(x)) {
    const j = dictLookup(y, k);
    if (j < 0) return false;
    const w = y.vals[j]!;
    if (w !== v && !PyObject_RichCompareBool(v, w, 'Eq')) return false;
  }
  return true;
}

/** The builtin types' own comparison (list_richcompare, long_richcompare…); null when it has none for these operands. */
export function builtinCompare(a: PyObject, b: PyObject, op: string): boolean | null {
  const c = numCmp(a, b);
  if (c !== null) return Number.isNaN(c) ? op === 'NotEq' : cmpResult(c, op);
  const sa = a.ob_type.solid, sb = b.ob_type.solid;
  if (sa === StrType && sb === StrType) {
    const x = (a as PyStr).v, y = (b as PyStr).v;
    return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
  }
  if (sa === ListType && sb === ListType) return seqCmp((a as PyList).items.slice(), (b as PyList).items.slice(), op);
  if (sa === TupleType && sb === TupleType) return seqCmp((a as PyTuple).items, (b as PyTuple).items, op);
  // slice_richcompare: as the tuples (start, stop, step)
  if (sa === SliceType && sb === SliceType) {
    const x = a as PySlice, y = b as PySlice;
    return seqCmp([x.start, x.stop, x.step], [y.start, y.stop, y.step], op);
  }
  // bytes and bytearray compare by content, with each other too; bytearray_richcompare with any
  // buffer (PyBUF_SIMPLE: a strided memoryview declines)
  const other = sa === ByteArrayType && sb !== BytesType && sb !== ByteArrayType && PyObject_CheckBuffer(b) ? bufferBytesOrNull(b) : null;
  if (other !== null || (sa === BytesType || sa === ByteArrayType) && (sb === BytesType || sb === ByteArrayType)) {
    const x = Array.from((a as PyBytes).v), y = Array.from(other ?? (b as PyBytes).v);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    const c2 = i < x.length && i < y.length ? x[i] - y[i] : x.length - y.length;
    return cmpResult(c2, op);
  }
  if (sa === DictType && sb === DictType && (op === 'Eq' || op === 'NotEq')) {
    const x = a as PyDict, y = b as PyDict;
    let eq = x.used === y.used;
    if (eq) {
      try {
        eq = dictEqualItems(x, y);
      } catch (e) {
        throw comparisonOverflow(e);
      }
    }
    return op === 'Eq' ? eq : !eq;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (p: PySet, q: PySet) => setKeys(p).every((k) => set_lookkey(q, k) >= 0);
    switch (op) {
      case 'Eq': return a.used === b.used && sub(a, b);
      case 'NotEq': return !(a.used === b.used && sub(a, b));
      case 'LtE': return sub(a, b);
      case 'Lt': return a.used < b.used && sub(a, b);
      case 'GtE': return sub(b, a);
      case 'Gt': return a.used > b.used && sub(b, a);
    }
  }
  if ((op === 'Eq' || op === 'NotEq') && (a instanceof PyComplex || b instanceof PyComplex)) {
    const ca = toComplex(a), cb = toComplex(b);
    if (ca && cb) {
      const eq = ca[0] === cb[0] && ca[1] === cb[1];
      return op === 'Eq' ? eq : !eq;
    }
  }
  if ((op === 'Eq' || op === 'NotEq') && a.ob_type === MethodType && b.ob_type === MethodType) {
    const eq = (a as PyMethod).func === (b as PyMethod).func && (a as PyMethod).self === (b as PyMethod).self;
    return op === 'Eq' ? eq : !eq;
  }
  if ((op === 'Eq' || op === 'NotEq') && a instanceof PyCFunction && b instanceof PyCFunction) {
    // meth_richcompare: the same m_self (by identity) and the same C function (ml_meth)
    const eq = a.self === b.self && a.fn === b.fn && a.name === b.name;
    return op === 'Eq' ? eq : !eq;
  }
  if ((op === 'Eq' || op === 'NotEq') && a.ob_type.name === 'ReferenceType' && b.ob_type.name === 'ReferenceType') {
    const x = (a as unknown as { obj: PyObject | null }).obj, y = (b as unknown as { obj: PyObject | null }).obj;
    const eq = x && y ? PyObject_RichCompareBool(x, y, 'Eq') : a === b;
    return op === 'Eq' ? eq : !eq;
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === 'Eq' || op === 'NotEq')) {
    const eq = a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
    return op === 'Eq' ? eq : !eq;
  }
  return null;
}

/** PyObject_RichCompare: returns a new reference (usually a bool). */
/**
 * slot_tp_richcompare of a class that does not define the comparison itself: the lookup goes on
 * to its builtin base (list.__gt__, str.__lt__…), whose answer, when it is not NotImplemented,
 * ends the comparison before any reflected method is tried. Null when the base declines.
 */
function inheritedBuiltinCompare(x: PyObject, y: PyObject, op: string): PyObject | null {
  const solid = x.ob_type.solid;
  if (solid === ObjectType || !x.ob_type.heap) return null;
  const r = builtinCompare(x, y, op);
  return r === null ? null : PyBool(r);
}

export function PyObject_RichCompare(a: PyObject, b: PyObject, op: string): PyObject {
  const ta = a.ob_type, tb = b.ob_type;
  if (ta.heap || tb.heap) {
    let checkedReverse = false;
    if (tb !== ta && tb.heap && tb.isSubtype(ta)) {
      checkedReverse = true;
      const m = lookupHeap(tb, CMP_DUNDER[CMP_SWAP[op]]);
      if (m) {
        const r = callDunder(m, b, [a]);
        if (r !== NotImplemented) return r;
      } else {
        const r = inheritedBuiltinCompare(b, a, CMP_SWAP[op]);
        if (r !== null) return r;
      }
    }
    const m = lookupHeap(ta, CMP_DUNDER[op]);
    if (m) {
      const r = callDunder(m, a, [b]);
      if (r !== NotImplemented) return r;
    } else if (ta.heap) {
      const r = inheritedBuiltinCompare(a, b, op);
      if (r !== null) return r;
    }
    if (!checkedReverse) {
      const m2 = lookupHeap(tb, CMP_DUNDER[CMP_SWAP[op]]);
      if (m2) {
        const r = callDunder(m2, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
    if (op === 'NotEq' && lookupHeap(ta, '__eq__')) {
      const r = PyObject_RichCompare(a, b, 'Eq');
      if (r === NotImplemented) return r;
      const v = PyObject_IsTrue(r);
      Py_DECREF(r);
      return PyBool(!v);
    }
  }
  // tp_richcompare of a builtin type (types.GenericAlias, types.UnionType), then the other side's reflected
  if (ta.tp_richcompare !== null || tb.tp_richcompare !== null) {
    if (ta.tp_richcompare !== null) {
      const r = ta.tp_richcompare(a, b, op);
      if (r !== NotImplemented) return r;
      Py_DECREF(r);
    }
    if (tb.tp_richcompare !== null && tb !== ta) {
      const r = tb.tp_richcompare(b, a, CMP_SWAP[op]);
      if (r !== NotImplemented) return r;
      Py_DECREF(r);
    }
  }
  // proxy_richcompare: the referents compare (a proxy on the right is the reflected operand)
  if (ta.weakProxy) return withReferents(a, b, (x, y) => PyObject_RichCompare(x, y, op));
  if (tb.weakProxy) return withReferents(b, a, (y, x) => PyObject_RichCompare(y, x, CMP_SWAP[op]));
  // mappingproxy_richcompare compares the mapping it shows (on either side, by reflection)
  if (ta === MappingProxyType) return PyObject_RichCompare((a as PyMappingProxy).mapping, b, op);
  if (tb === MappingProxyType) return PyObject_RichCompare(a, (b as PyMappingProxy).mapping, op);
  if (ta === FrameLocalsProxyType) return withFrameLocals(a, (d) => PyObject_RichCompare(d, b, op));
  if (tb === FrameLocalsProxyType) return withFrameLocals(b, (d) => PyObject_RichCompare(a, d, op));
  if (op === 'Eq' || op === 'NotEq') {
    const w = weakrefRichCompare(a, b, op);
    if (w !== null) return w;
    // namespace_richcompare: two SimpleNamespaces compare as their dicts
    if (a instanceof PyNamespace && b instanceof PyNamespace) return PyObject_RichCompare(a.dict, b.dict, op);
  }
  const r = builtinCompare(a, b, op);
  if (r !== null) return PyBool(r);
  const v = dictViewCompare(a, b, op);
  if (v !== null) return v;
  if (op === 'Eq') return PyBool(a === b);
  if (op === 'NotEq') return PyBool(a !== b);
  throw typeError(`'${CMP_SYM[op]}' not supported between instances of '${ta.tp_name}' and '${tb.tp_name}'`);
}

/** PyObject_RichCompareBool (identity implies equality for Eq/NotEq). */
export function PyObject_RichCompareBool(a: PyObject, b: PyObject, op: string): boolean {
  if (a === b) {
    if (op === 'Eq') return true;
    if (op === 'NotEq') return false;
  }
  const ta = a.ob_type;
  if (!ta.heap && ta === b.ob_type) {
    if (ta === LongType) {
      const x = (a as PyLong).v, y = (b as PyLong).v;
      return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
    }
    if (ta === StrType) {
      const x = (a as PyStr).v, y = (b as PyStr).v;
      return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
    }
  }
  const r = PyObject_RichCompare(a, b, op);
  const v = r === True ? true : r === False ? false : PyObject_IsTrue(r);
  Py_DECREF(r);
  return v;
}

/** `a in b` (PySequence_Contains). */
export function PySequence_Contains(container: PyObject, item: PyObject): boolean {
  const t = container.ob_type;
  if (t.heap && !takeSlotSelf(container)) {
    const m = lookupHeap(t, '__contains__');
    if (m) {
      const r = callDunder(m, container, [item]);
      const v = PyObject_IsTrue(r);
      Py_DECREF(r);
      return v;
    }
  }
  const s = t.solid;
  if (s === DictType) return dictLookup(container as PyDict, item) >= 0;
  if (t === MappingProxyType) return PySequence_Contains((container as PyMappingProxy).mapping, item);
  if (t === FrameLocalsProxyType) return withFrameLocals(container, (d) => PySequence_Contains(d, item));
  if (s === SetType || s === FrozenSetType) return set_contains_key(container as PySet, item);
  if (s === StrType) {
    if (!(item instanceof PyStr)) throw typeError(`'in <string>' requires string as left operand, not ${item.ob_type.tp_name}`);
    return (container as PyStr).v.includes(item.v);
  }
  if (s === ListType || s === TupleType) {
    const items = (container as PyList | PyTuple).items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x === item || PyObject_RichCompareBool(x, item, 'Eq')) return true;
    }
    return false;
  }
  if (container instanceof PyRange && item instanceof PyLong && (item.ob_type === LongType || item.ob_type === BoolType)) return range_contains_long(container, item.v);
  if (container instanceof PyBytes) return _Py_bytes_contains(container, item);
  if (t.name === 'dict_keys') return dictLookup((container as unknown as { dict: PyDict }).dict, item) >= 0;
  if (t.name === 'dict_items') return dictitems_contains((container as unknown as { dict: PyDict }).dict, item);
  if (t.weakProxy) return withReferent(container, (x) => PySequence_Contains(x, item));
  const xs = extSlotsOf(t);
  if (xs !== null && xs.sq_contains) return xs.sq_contains(container, item);
  // fall back to iteration (_PySequence_IterSearch: a TypeError from iter() gets its own message)
  let it: PyObject;
  try {
    it = PyObject_GetIter(container);
  } catch (e) {
    if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(TypeErrorType)) throw e;
    Py_DECREF(e.exc);
    throw typeError(`argument of type '${t.tp_name}' is not ${RT.profile.versionInfo[1] >= 14 ? 'a container or iterable' : 'iterable'}`);
  }
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const eq = x === item || PyObject_RichCompareBool(x, item, 'Eq');
      Py_DECREF(x);
      if (eq) return true;
    }
  } finally {
    Py_DECREF(it);
  }
}

/**
 * dictitems_contains: a 2-tuple whose key the dict holds (looked up by hash, so an unhashable
 * key raises) with an equal value; anything else is not there.
 */
function dictitems_contains(d: PyDict, item: PyObject): boolean {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const [key, value] = item.items;
  const found = PyDict_GetItem(d, key);
  if (found === null) return false;
  found.ob_refcnt++;
  try {
    return found === value || PyObject_RichCompareBool(found, value, 'Eq');
  } finally {
    Py_DECREF(found);
  }
}

/** _Py_bytes_contains (Objects/bytes_methods.c): `x in b` for a byte value or a bytes-like object. */
function _Py_bytes_contains(b: PyBytes, arg: PyObject): boolean {
  if (PyIndex_Check(arg)) {
    const v = asIndex(arg);
    if (v < 0 || v >= 256) throw valueError('byte must be in range(0, 256)');
    return b.v.includes(v);
  }
  const sub = arg instanceof PyBytes ? arg.v : bufferBytes(arg);
  if (sub === null) throw typeError(`a bytes-like object is required, not '${arg.ob_type.tp_name}'`);
  const n = sub.length, v = b.v;
  outer: for (let i = 0; i + n <= v.length; i++) {
    for (let j = 0; j < n; j++) if (v[i + j] !== sub[j]) continue outer;
    return true;
  }
  return false;
}

// ------------------------------------------------------------------ attributes

function isDataDescr(d: PyObject): boolean {
  const t = d.ob_type;
  // a property, or an instance of a subclass of it (which inherits property's tp_descr_set)
  if (t === PropertyType || d instanceof PyProperty) return true;
  if (t === GetSetDescrType || t === MemberDescrType) return true;
  if (t.tp_descr_set !== null) return true;
  if (t.heap) return lookupHeap(t, '__set__') !== null || lookupHeap(t, '__delete__') !== null;
  return false;
}

/** tp_descr_get for the descriptor kinds heaplab models; returns a new reference. */
export function descrGet(d: PyObject, obj: PyObject | null, type: PyType): PyObject {
  const t = d.ob_type;
  if (t === FunctionType) {
    if (obj === null) return Py_NewRefLocal(d);
    return PyMethod_New(d, obj);
  }
  if (t === MethodDescrType || t === WrapperDescrType) {
    const md = d as PyMethodDescr;
    if (md.kind === 'classmethod') return bindCMethod(md, type);
    if (md.kind === 'static') return Py_NewRefLocal(d);
    if (obj === null) return Py_NewRefLocal(d);
    return bindCMethod(md, obj);
  }
  if (t === GetSetDescrType || t === MemberDescrType) {
    if (obj === null) return Py_NewRefLocal(d);
    return (d as PyGetSetDescr).get(obj);
  }
  if (t === StaticMethodType) return Py_NewRefLocal((d as PyWrapDescr).callable);
  if (t === ClassMethodType) return PyMethod_New((d as PyWrapDescr).callable, type);
  // a property subclass keeps property_descr_get unless it defines __get__
  if (t === PropertyType || (d instanceof PyProperty && lookupHeap(t, '__get__') === null)) {
    if (obj === null) return Py_NewRefLocal(d);
    const p = d as PyProperty;
    if (!p.fget) throw propertyMissing(p, obj.ob_type, 'getter');
    return callObject(p.fget, [obj], null);
  }
  if (t.heap) {
    const g = lookupHeap(t, '__get__');
    if (g) return callObject(g, [d, obj ?? None, type], null);
  }
  if (t.tp_descr_get !== null) return t.tp_descr_get(d, obj, type);
  return Py_NewRefLocal(d);
}

/** _PyObject_LookupSpecial: `name` looked up on the type of `o` and bound to `o` (new reference), or null. */
export function _PyObject_LookupSpecial(o: PyObject, name: string): PyObject | null {
  const t = o.ob_type;
  const descr = _PyType_Lookup(t, name);
  return descr === null ? null : descrGet(descr, o, t);
}

/** The dict of an object that has one (instances, exceptions, functions); null otherwise. */
export function instanceDict(o: PyObject, create: boolean): PyDict | null {
  if (o instanceof PyBaseException) {
    // BaseException's `dict` member: a dict object of its own, made on the first attribute
    if (!o.dict && create) {
      o.dict = embeddedDict(o);
      materializeDict(o.dict);
    }
    return o.dict;
  }
  if (o instanceof PyInstance) {
    if (!o.dict && create && o.ob_type.hasDict) o.dict = newInstanceDict(o);
    return o.dict;
  }
  const t = o.ob_type;
  if (t.heap && t.hasDict && !(o instanceof PyType)) {
    // an instance of a class whose base is a builtin type (str, list, tuple…) has a __dict__ too
    const inst = o as unknown as { dict?: PyDict | null };
    if (!inst.dict && create) inst.dict = embeddedDict(o);
    return inst.dict ?? null;
  }
  if (o instanceof PyFunction) {
    if (!o.dict && create) o.dict = PyDict_New();
    return o.dict;
  }
  // a C dict subclass with tp_dictoffset (OrderedDict's od_inst_dict): a dict made on first use
  if (t.hasDict && o instanceof PyDict) {
    const od = o as unknown as { instDict: PyDict | null };
    if (!od.instDict && create) od.instDict = PyDict_New();
    return od.instDict;
  }
  if (o instanceof PyWrapDescr) {
    // staticmethod / classmethod: sm_dict, made by the first attribute stored
    if (!o.dict && create) o.dict = PyDict_New();
    return o.dict;
  }
  if (o instanceof PyModule) return o.dict;
  if (o instanceof PyNamespace) return o.dict;
  if (t.hasDict) {
    // a builtin type with a dict slot of its own (functools.partial, _lru_cache_wrapper): made by
    // the first attribute stored
    const inst = o as unknown as { dict?: PyDict | null };
    if (inst.dict !== undefined) {
      if (inst.dict === null && create) inst.dict = PyDict_New();
      return inst.dict;
    }
  }
  return null;
}

/** The AttributeError of a failed lookup, with its name and object (for "Did you mean: …?"). */
function noAttr(o: PyObject, name: string): PyRaise {
  let err: PyRaise;
  if (o instanceof PyModule) err = attributeError(`module '${o.name}' has no attribute '${name}'`);
  else if (o instanceof PyType) err = attributeError(`type object '${o.qualname}' has no attribute '${name}'`);
  else err = attributeError(`'${o.ob_type.tp_name}' object has no attribute '${name}'`);
  const e = err.exc as PyBaseException;
  e.suggest = { name, obj: o };
  // set_attribute_error_context: the exception keeps the name and the object (a reference)
  e.attrName = PyUnicode_From(name);
  o.ob_refcnt++;
  e.attrObj = o;
  return err;
}

/**
 * slot_tp_getattr_hook: a class defining `__getattribute__` has it called for every attribute;
 * an AttributeError it raises goes to the class's `__getattr__` when there is one.
 */
function slot_tp_getattr_hook(o: PyObject, t: PyType, getattribute: PyObject, name: string): PyObject {
  const n = PyUnicode_From(name);
  try {
    return callDunder(getattribute, o, [n]);
  } catch (e) {
    const ga = e instanceof PyRaise && e.exc.ob_type.isSubtype(AttributeErrorType) ? lookupHeap(t, '__getattr__') : null;
    if (ga === null) throw e;
    Py_DECREF((e as PyRaise).exc);
    return callDunder(ga, o, [n]);
  } finally {
    Py_DECREF(n);
  }
}

/** Whether instances of `t` look attributes up through a Python-level `__getattribute__`. */
export function hasGetattributeHook(t: PyType): boolean {
  if (!t.heap) return false;
  heapSpecialMethods(t);
  return t.heapGetattribute !== null;
}

/** PyObject_GetAttr: returns a new reference or raises AttributeError. */
export function PyObject_GetAttr(o: PyObject, name: string): PyObject {
  const r = getAttrOrMissing(o, name);
  if (r === null) throw noAttr(o, name);
  return r;
}

/**
 * PyObject_GetAttr up to its final AttributeError: null when the attribute is missing. That is
 * what hasattr's _PyObject_LookupAttr sees from the generic, type and module getattr: they never
 * make the exception object (3.12+ suppress it; 3.11 leaves it unnormalised), while an
 * AttributeError raised by Python code (`__getattr__`, a property) is still raised.
 */
export function getAttrOrMissing(o: PyObject, name: string): PyObject | null {
  const t = o.ob_type;
  if (t.heap && !(o instanceof PyType) && hasGetattributeHook(t)) return slot_tp_getattr_hook(o, t, t.heapGetattribute!, name);
  const r = getAttrOrNull(o, name);
  if (r !== null) return r;
  if (t.heap) {
    const ga = lookupHeap(t, '__getattr__');
    if (ga) {
      const n = PyUnicode_From(name);
      try {
        return callDunder(ga, o, [n]);
      } finally {
        Py_DECREF(n);
      }
    }
  }
  // a module heaplab simulates in part says which of its names it does not simulate (or defines
  // one it runs the source of on first use)
  if (o instanceof PyModule && o.missingAttr !== null) {
    const v = o.missingAttr(name);
    if (v) return v;
  }
  return null;
}

/** The truth of `f(arg)`, releasing `f` (a new reference) and the result: what a metaclass's `__instancecheck__` / `__subclasscheck__` call gives PyObject_IsInstance / PyObject_IsSubclass. */
export function callOneArgTruth(f: PyObject, arg: PyObject): boolean {
  let r: PyObject;
  try {
    r = callObject(f, [arg], null);
  } finally {
    Py_DECREF(f);
  }
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

/** _PyObject_LookupAttr: the attribute, or null when it is missing or its lookup raised AttributeError. */
export function _PyObject_LookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(o, name);
  } catch (x) {
    if (x instanceof PyRaise && x.exc.ob_type.isSubtype(AttributeErrorType)) {
      Py_DECREF(x.exc);
      return null;
    }
    throw x;
  }
}

/** Attribute lookup without __getattr__ and without raising AttributeError; new reference or null. */
export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  if (o instanceof PyType) return typeGetAttr(o, name);
  const t = o.ob_type;
  if (o instanceof PyModule) {
    const v = dictGetStr(o.dict, name);
    if (v) return Py_NewRefLocal(v);
    if (name === '__dict__') return Py_NewRefLocal(o.dict);
    if (name === '__class__') return Py_NewRefLocal(t);
    // module_getattro: what the module's dict lacks comes from its type (object.__reduce_ex__ …)
    const descr = _PyType_Lookup(t, name);
    return descr === null ? null : descrGet(descr, o, t);
  }
  if (name === '__class__' && !t.weakProxy) return Py_NewRefLocal(t);
  if (t.tp_getattro !== null) {
    const v = t.tp_getattro(o, name);
    if (v !== null) return v;
  }
  const descr = _PyType_Lookup(t, name);
  if (descr !== null && isDataDescr(descr)) return descrGet(descr, o, t);
  if (t.slotNames) {
    const i = t.slotNames.indexOf(name);
    if (i >= 0 && o instanceof PyInstance && o.slots) {
      const v = o.slots[i];
      if (v) return Py_NewRefLocal(v);
      return null;
    }
  }
  const d = instanceDict(o, false);
  if (d) {
    const v = dictGetStr(d, name);
    if (v) return Py_NewRefLocal(v);
  }
  if (name === '__dict__') {
    const dd = instanceDict(o, true);
    if (dd) {
      materializeDict(dd);
      return Py_NewRefLocal(dd);
    }
  }
  if (descr !== null) return descrGet(descr, o, t);
  if (t.tp_getattr_extra) {
    const v = t.tp_getattr_extra(o, name);
    if (v) return v;
  }
  return null;
}

/** Type attribute extras (__name__, __mro__ …) provided by typeobject glue in builtins. */
export let typeExtraAttr: (t: PyType, name: string) => PyObject | null = () => null;
/** Installs the type extras getter. */
export function setTypeExtraAttr(f: (t: PyType, name: string) => PyObject | null): void {
  typeExtraAttr = f;
}

function typeGetAttr(t: PyType, name: string): PyObject | null {
  const meta = t.ob_type;
  // type's own attributes (mro, __subclasses__) are non-data descriptors of the metatype, found after the class's MRO
  const mdescr = meta !== TypeType ? _PyType_Lookup(meta, name) : TypeType.methods.get(name) ?? null;
  if (mdescr && isDataDescr(mdescr)) return descrGet(mdescr, t, meta);
  const x = typeExtraAttr(t, name);
  if (x) return x;
  const v = _PyType_Lookup(t, name);
  if (v !== null) {
    const vt = v.ob_type;
    if (vt === ClassMethodType || vt === ClassMethodDescrType) return descrGet(v, null, t);
    if (vt === StaticMethodType) return Py_NewRefLocal((v as PyWrapDescr).callable);
    if (vt.heap && lookupHeap(vt, '__get__')) return descrGet(v, null, t);
    return Py_NewRefLocal(v);
  }
  if (mdescr) return descrGet(mdescr, t, meta);
  return null;
}

/** PyObject_SetAttr (`v` null deletes). `v` is borrowed. */
export function PyObject_SetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.ob_type;
  if (o instanceof PyType) {
    if (name === '__name__' || name === '__qualname__') return type_set_name(o, name, v);
    if (!o.heap) throw typeError(`cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (name === '__abstractmethods__') return type_set_abstractmethods(o, v);
    const d = o.dict as PyDict;
    if (v) {
      v.ob_refcnt++;
      insertdict(d, PyUnicode_Intern(name), v);
    } else {
      const i = dictLookupStr(d, name);
      if (i < 0) throw attributeError(`type object '${o.name}' has no attribute '${name}'`);
      const [k, old] = dictRemoveEntry(d, i);
      Py_DECREF(k);
      Py_DECREF(old);
    }
    typeModified(o);
    return;
  }
  // proxy_setattr: on the referent
  if (t.weakProxy) return withReferent(o, (x) => PyObject_SetAttr(x, name, v));
  if (o instanceof PyFunction && func_setattr(o, name, v)) return;
  const descr = _PyType_Lookup(t, name);
  if (descr !== null) {
    if (descr.ob_type === PropertyType || (descr instanceof PyProperty && lookupHeap(descr.ob_type, v ? '__set__' : '__delete__') === null)) return property_descr_set(descr as PyProperty, o, v);
    if ((descr.ob_type === GetSetDescrType || descr.ob_type === MemberDescrType) && (descr as PyGetSetDescr).set) {
      (descr as PyGetSetDescr).set!(o, v);
      return;
    }
    if (descr.ob_type.tp_descr_set !== null) return descr.ob_type.tp_descr_set(descr, o, v);
    if (descr.ob_type === GetSetDescrType) {
      // getset_set: a getset descriptor without a setter
      const g = descr as PyGetSetDescr;
      throw attributeError(`attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
    }
    // PyMember_SetOne of a READONLY member (a struct sequence's fields)
    if (descr.ob_type === MemberDescrType) throw attributeError('readonly attribute');
    if (descr.ob_type.heap) {
      const m = lookupHeap(descr.ob_type, v ? '__set__' : '__delete__');
      if (m) {
        const r = callObject(m, v ? [descr, o, v] : [descr, o], null);
        Py_DECREF(r);
        return;
      }
    }
  }
  if (t.heap) {
    const sa = lookupHeap(t, v ? '__setattr__' : '__delattr__');
    if (sa) {
      const n = PyUnicode_From(name);
      try {
        const r = callObject(sa, v ? [o, n, v] : [o, n], null);
        Py_DECREF(r);
      } finally {
        Py_DECREF(n);
      }
      return;
    }
  }
  genericSetAttr(o, name, v);
}

/**
 * type_set_abstractmethods: `__abstractmethods__` goes in the class's dict (deleting a missing one
 * is an AttributeError), and the class is abstract (Py_TPFLAGS_IS_ABSTRACT) while it is true.
 */
function type_set_abstractmethods(t: PyType, v: PyObject | null): void {
  const d = t.dict as PyDict;
  let abstract = false;
  if (v !== null) {
    abstract = PyObject_IsTrue(v);
    v.ob_refcnt++;
    insertdict(d, PyUnicode_Intern('__abstractmethods__'), v);
  } else {
    const i = dictLookupStr(d, '__abstractmethods__');
    if (i < 0) throw attributeError('__abstractmethods__');
    const [k, old] = dictRemoveEntry(d, i);
    Py_DECREF(k);
    Py_DECREF(old);
  }
  typeModified(t);
  t.isAbstract = abstract;
}

// object_new: "Can't instantiate abstract class C …", the names of `__abstractmethods__` sorted
abstractClassError.make = (t) => {
  const names = iterToArray(dictGetStr(t.dict as PyDict, '__abstractmethods__') ?? EmptyTuple);
  try {
    const strs = names.map((n, i) => {
      if (!(n instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${n.ob_type.tp_name} found`);
      return n.v;
    });
    strs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const s = strs.length > 1 ? 's' : '';
    if (RT.profile.versionInfo[1] <= 11) return typeError(`Can't instantiate abstract class ${t.tp_name} with abstract method${s} ${strs.join(', ')}`);
    return typeError(`Can't instantiate abstract class ${t.tp_name} without an implementation for abstract method${s} '${strs.join("', '")}'`);
  } finally {
    for (const n of names) Py_DECREF(n);
  }
};

/**
 * The settable getsets and members of a function (func_getsetlist, func_memberlist): __name__,
 * __qualname__, __defaults__, __kwdefaults__, __doc__, __module__, with func_set_*'s checks. True
 * when `name` is one of them.
 */
function func_setattr(f: PyFunction, name: string, v: PyObject | null): boolean {
  switch (name) {
    case '__name__': case '__qualname__': {
      if (!(v instanceof PyStr)) throw typeError(`${name} must be set to a string object`);
      v.ob_refcnt++;
      if (name === '__name__') {
        Py_XDECREF(f.func_name);
        f.func_name = v;
        f.name = v.v;
      } else {
        Py_XDECREF(f.func_qualname);
        f.func_qualname = v;
        f.qualname = v.v;
      }
      return true;
    }
    case '__defaults__': {
      if (v === None) v = null;
      if (v !== null && !(v instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
      const old = f.defaults;
      f.defaults = v === null ? null : Py_NewRefLocal(v) as PyTuple;
      Py_XDECREF(old);
      return true;
    }
    case '__kwdefaults__': {
      if (v === None) v = null;
      if (v !== null && !(v instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
      const old = f.kwdefaults;
      f.kwdefaults = v === null ? null : Py_NewRefLocal(v) as PyDict;
      Py_XDECREF(old);
      return true;
    }
    case '__code__':
      // func_set_code: deleting it, or anything but a code object
      if (v === null || !(v instanceof PyCode)) throw typeError('__code__ must be set to a code object');
      return false;
    case '__dict__': {
      // PyObject_GenericSetDict
      if (v === null) throw typeError('cannot delete __dict__');
      if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
      const old = f.dict;
      f.dict = Py_NewRefLocal(v) as PyDict;
      Py_XDECREF(old);
      return true;
    }
    case '__globals__': case '__closure__': case '__builtins__':
      // READONLY members of func_memberlist
      throw attributeError('readonly attribute');
    case '__type_params__':
      // func_set_type_params (3.12+)
      if (RT.profile.versionInfo[1] >= 12 && (v === null || !(v instanceof PyTuple))) throw typeError('__type_params__ must be set to a tuple');
      return false;
    case '__doc__': case '__module__': {
      const old = name === '__doc__' ? f.doc : f.module;
      const nv = v === null ? null : Py_NewRefLocal(v);
      if (name === '__doc__') f.doc = nv;
      else f.module = nv;
      Py_XDECREF(old);
      return true;
    }
  }
  return false;
}

/** object.__setattr__ (PyObject_GenericSetAttr). */
export function genericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const t = o.ob_type;
  if (t.slotNames && o instanceof PyInstance && o.slots) {
    const i = t.slotNames.indexOf(name);
    if (i >= 0) {
      const old = o.slots[i];
      // PyMember_SetOne (Py_T_OBJECT_EX): deleting an empty slot raises AttributeError(name)
      if (!v && !old) throw attributeError(name);
      if (v) v.ob_refcnt++;
      o.slots[i] = v;
      Py_XDECREF(old);
      return;
    }
  }
  const d = instanceDict(o, true);
  if (!d) {
    // _PyObject_GenericSetAttrWithDict: a class attribute of that name (no __set__) makes it read-only
    if (_PyType_Lookup(t, name) !== null) throw attributeError(`'${t.tp_name}' object attribute '${name}' is read-only`);
    if (RT.profile.messages.slotsNoDict) throw attributeError(`'${t.tp_name}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
    if (t.heap || t === ObjectType) throw attributeError(`'${t.tp_name}' object has no attribute '${name}'`);
    throw attributeError(`'${t.tp_name}' object has no attribute '${name}'${v ? '' : ''}`);
  }
  if (v) {
    v.ob_refcnt++;
    const untracked = !d.embedded && d.gc_next === null;
    insertdict(d, PyUnicode_Intern(name), v);
    // 3.13+ store_instance_attr: a value stored in the inline values does not track the dict
    if (untracked && d.owner !== null && dictValuesEmbedded(d)) _PyObject_GC_UNTRACK(d);
  } else {
    const i = dictLookupStr(d, name);
    if (i < 0) throw attributeError(`'${t.tp_name}' object has no attribute '${name}'`);
    const [k, old] = dictRemoveEntry(d, i);
    Py_DECREF(k);
    Py_DECREF(old);
  }
}

/**
 * LOAD_ATTR with the method flag: for a plain function found on the type (and not shadowed by
 * the instance dict), returns [function, self] without creating a bound method. New references.
 */
export function getMethod(o: PyObject, name: string): [PyObject, PyObject | null] {
  const fn = getMethodFast(o, name);
  return [fn, methodSelf];
}

/** The `self` found by the last getMethodFast call (null when the attribute was not a plain method). */
export let methodSelf: PyObject | null = null;

/** getMethod without allocating: returns the callable; the self (new reference or null) is in methodSelf. */
export function getMethodFast(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  if (!(o instanceof PyType) && !(o instanceof PyModule) && t.tp_getattro === null && !hasGetattributeHook(t)) {
    const descr = _PyType_Lookup(t, name);
    if (descr !== null && (descr.ob_type === FunctionType || ((descr.ob_type === MethodDescrType || descr.ob_type === WrapperDescrType) && (descr as PyMethodDescr).kind === 'method'))) {
      const d = instanceDict(o, false);
      if (!d || dictGetStr(d, name) === null) {
        descr.ob_refcnt++;
        o.ob_refcnt++;
        methodSelf = o;
        return descr;
      }
    }
  }
  const r = PyObject_GetAttr(o, name);
  methodSelf = null;
  return r;
}

// ------------------------------------------------------------------ items

function normIndex(i: number, n: number, what: string): number {
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(what ? `${what} index out of range` : 'index out of range');
  return i;
}

/** PySlice_AdjustIndices: [start, stop, step, length]. */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = asIndex(s.step, 'slice indices must be integers or None or have an __index__ method');
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  const lo = step < 0 ? -1 : 0, hi = step < 0 ? n - 1 : n;
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? hi : lo;
  else {
    start = asIndex(s.start, 'slice indices must be integers or None or have an __index__ method');
    if (start < 0) { start += n; if (start < lo) start = lo; } else if (start > hi) start = hi;
  }
  if (s.stop === None) stop = step < 0 ? lo : hi;
  else {
    stop = asIndex(s.stop, 'slice indices must be integers or None or have an __index__ method');
    if (stop < 0) { stop += n; if (stop < lo) stop = lo; } else if (stop > hi) stop = hi;
  }
  let len = 0;
  if (step > 0) { if (start < stop) len = Math.floor((stop - start - 1) / step) + 1; }
  else if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, len];
}

function sliceItems<T>(arr: ArrayLike<T>, s: PySlice): T[] {
  return sliceItemsStep(arr, s)[0];
}

/** The items a slice selects, and its step (after PySlice_AdjustIndices). */
function sliceItemsStep<T>(arr: ArrayLike<T>, s: PySlice): [T[], number] {
  const [start, , step, len] = sliceIndices(s, arr.length);
  const out: T[] = [];
  for (let i = 0, j = start; i < len; i++, j += step) out.push(arr[j]);
  return [out, step];
}

/** Code points of a string (for indexing strings with non-BMP characters). */
function strChars(s: string): string[] | string {
  return /[\uD800-\uDFFF]/.test(s) ? Array.from(s) : s;
}

/** PyObject_GetItem: returns a new reference. */
export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  if (t === ListType && key.ob_type === LongType && typeof (key as PyLong).v === 'number') {
    const items = (o as PyList).items;
    const i = normIndex((key as PyLong).v as number, items.length, 'list');
    const v = items[i];
    v.ob_refcnt++;
    return v;
  }
  if (t === DictType) {
    const i = dictLookup(o as PyDict, key);
    if (i < 0) throw new PyRaise(newException(KeyErrorType, [Py_NewRefLocal(key)]));
    const v = (o as PyDict).vals[i]!;
    v.ob_refcnt++;
    return v;
  }
  if (t === MappingProxyType) return PyObject_GetItem((o as PyMappingProxy).mapping, key);
  if (t === FrameLocalsProxyType) {
    return withFrameLocals(o, (d) => {
      // framelocalsproxy_getitem's KeyError names the key by its repr
      if (dictLookup(d, key) < 0) throw new PyRaise(newException(KeyErrorType, [PyUnicode_From(`local variable '${PyObject_Repr(key)}' is not defined`)]));
      return PyObject_GetItem(d, key);
    });
  }
  if (t.heap) {
    const m = takeSlotSelf(o) ? null : lookupHeap(t, '__getitem__');
    if (m) return callDunder(m, o, [key]);
    if (t.solid === DictType) {
      const i = dictLookup(o as PyDict, key);
      if (i < 0) {
        const miss = lookupHeap(t, '__missing__');
        if (miss) return callDunder(miss, o, [key]);
        // a C base's __missing__ (defaultdict)
        const xm = extSlotsOf(t);
        if (xm !== null && xm.mp_missing) return xm.mp_missing(o, key);
        throw new PyRaise(newException(KeyErrorType, [Py_NewRefLocal(key)]));
      }
      return Py_NewRefLocal((o as PyDict).vals[i]!);
    }
  }
  if (t.weakProxy) return withReferents(o, key, PyObject_GetItem);
  const xs = extSlotsOf(t);
  if (xs !== null && xs.mp_subscript) return xs.mp_subscript(o, key);
  if (o instanceof PyType) {
    // PyObject_GetItem on a class: type[X] is a generic alias; else the class's __class_getitem__
    if (o === TypeType) return genericAliasHook(o, key);
    const cg = getAttrOrNull(o, '__class_getitem__');
    if (cg) {
      try {
        return callObject(cg, [key], null);
      } finally {
        Py_DECREF(cg);
      }
    }
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  const s = t.solid;
  const isSlice = key.ob_type === SliceType;
  if (s === ListType || s === TupleType) {
    const items = (o as PyList | PyTuple).items;
    const what = s === ListType ? 'list' : 'tuple';
    if (isSlice) {
      const r = sliceItems(items, key as PySlice);
      for (const x of r) x.ob_refcnt++;
      if (s === TupleType && r.length === items.length && t === TupleType && sliceStepIsOne(key as PySlice)) {
        for (const x of r) x.ob_refcnt--;
        return Py_NewRefLocal(o);
      }
      return s === ListType ? PyList_New(r) : PyTuple_New(r);
    }
    if (!PyIndex_Check(key)) throw typeError(`${what} indices must be integers or slices, not ${key.ob_type.tp_name}`);
    const v = items[normIndex(seqIndex(key), items.length, what)];
    v.ob_refcnt++;
    return v;
  }
  if (s === StrType) {
    const chars = strChars((o as PyStr).v);
    if (isSlice) {
      const [part, step] = sliceItemsStep(chars as ArrayLike<string>, key as PySlice);
      if (part.length === chars.length && t === StrType && sliceStepIsOne(key as PySlice)) return Py_NewRefLocal(o);
      // unicode_subscript: step 1 takes PyUnicode_Substring (a one-character singleton), any other
      // step builds its result with PyUnicode_New (a new object)
      return step === 1 ? PyUnicode_From(part.join('')) : PyUnicode_New(part.join(''));
    }
    if (!PyIndex_Check(key)) throw typeError(`string indices must be integers, not '${key.ob_type.tp_name}'`);
    return PyUnicode_From(chars[normIndex(seqIndex(key), chars.length, 'string')]);
  }
  if (s === BytesType) {
    const b = (o as PyBytes).v;
    if (isSlice) {
      const [part, step] = sliceItemsStep(b, key as PySlice);
      // bytes_subscript: the whole of an exact bytes object, step 1, is the object itself; any
      // other step fills a new object (PyBytes_FromStringAndSize(NULL, n))
      if (part.length === b.length && t === BytesType && sliceStepIsOne(key as PySlice)) return Py_NewRefLocal(o);
      return step === 1 ? PyBytes_From(Uint8Array.from(part)) : PyBytes_FromSize(Uint8Array.from(part));
    }
    if (!PyIndex_Check(key)) throw typeError(`byte indices must be integers or slices, not ${key.ob_type.tp_name}`);
    // bytes_item: "index out of range", no type named
    return PyLong_From(b[normIndex(seqIndex(key), b.length, '')]);
  }
  if (s === ByteArrayType) {
    // bytearray_subscript
    const b = (o as PyBytes).v;
    if (isSlice) return PyByteArray_From(Uint8Array.from(sliceItems(b, key as PySlice)));
    if (!PyIndex_Check(key)) throw typeError(`bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
    return PyLong_From(b[normIndex(seqIndex(key), b.length, 'bytearray')]);
  }
  if (o instanceof PyRange) {
    if (isSlice) {
      // compute_slice over _PySlice_GetLongIndices
      const [start, stop, step] = sliceLongIndices(key as PySlice, o.length);
      return rangeNewHook(compute_item(o, start), compute_item(o, stop), normInt(big(o.step) * big(step)));
    }
    if (!PyIndex_Check(key)) throw typeError(`range indices must be integers or slices, not ${key.ob_type.tp_name}`);
    let i = PyNumber_Index(key);
    if (i < 0) i = normInt(big(i) + big(o.length));
    if (i < 0 || i >= o.length) throw indexError('range object index out of range');
    return PyLong_From(compute_item(o, i));
  }
  throw typeError(`'${t.tp_name}' object is not subscriptable`);
}

/**
 * range_length: len() of a range, exact, an OverflowError "Python int too large to convert to C
 * ssize_t" past Py_ssize_t (PyLong_AsSsize_t of the length).
 */
export function range_length(r: PyRange): number | bigint {
  const n = r.length;
  if (typeof n === 'bigint' && n > (1n << BigInt(8 * RT.profile.pointerSize - 1)) - 1n) throw overflowError('Python int too large to convert to C ssize_t');
  if (typeof n === 'number' && n > 2 ** 31 - 1 && RT.profile.pointerSize === 4) throw overflowError('Python int too large to convert to C ssize_t');
  return n;
}

/** _PySlice_GetLongIndices: a slice's start, stop and step over a sequence of `length` items, as ints of any size. */
function sliceLongIndices(s: PySlice, length: number | bigint): [number | bigint, number | bigint, number | bigint] {
  const what = 'slice indices must be integers or None or have an __index__ method';
  const step = s.step === None ? 1 : PyNumber_Index(s.step, what);
  if (step == 0) throw valueError('slice step cannot be zero');
  const neg = step < 0;
  const lower = neg ? -1n : 0n, upper = neg ? big(length) - 1n : big(length);
  const clamp = (o: PyObject, dflt: bigint): number | bigint => {
    if (o === None) return normInt(dflt);
    let i = big(PyNumber_Index(o, what));
    if (i < 0n) {
      i += big(length);
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return normInt(i);
  };
  return [clamp(s.start, neg ? upper : lower), clamp(s.stop, neg ? lower : upper), step];
}

/** Creates a range object (installed by builtins to avoid an import cycle). */
export let rangeNewHook: (a: number | bigint, b: number | bigint, c: number | bigint) => PyObject = () => None;
/** Installs the range constructor. */
export function setRangeNew(f: (a: number | bigint, b: number | bigint, c: number | bigint) => PyObject): void {
  rangeNewHook = f;
}

let byteArrayAssSubscript: (o: PyBytes, key: PyObject, v: PyObject | null) => void = () => {};
/** Installs bytearray_ass_subscript (objects/bytearrayobject.ts). */
export function setByteArrayAssSubscript(f: typeof byteArrayAssSubscript): void {
  byteArrayAssSubscript = f;
}
let byteArrayIConcat: (o: PyBytes, other: PyObject) => void = () => {};
/** Installs bytearray_iconcat (objects/bytearrayobject.ts). */
export function setByteArrayIConcat(f: typeof byteArrayIConcat): void {
  byteArrayIConcat = f;
}

let byteArrayIRepeat: (o: PyBytes, count: number) => void = () => {};
/** Installs bytearray_irepeat (objects/bytearrayobject.ts). */
export function setByteArrayIRepeat(f: typeof byteArrayIRepeat): void {
  byteArrayIRepeat = f;
}

/** PyObject_SetItem (value borrowed; null deletes). */
export function PyObject_SetItem(o: PyObject, key: PyObject, v: PyObject | null): void {
  const t = o.ob_type;
  if (t.heap && !takeSlotSelf(o)) {
    const m = lookupHeap(t, v ? '__setitem__' : '__delitem__');
    if (m) {
      const r = callObject(m, v ? [o, key, v] : [o, key], null);
      Py_DECREF(r);
      return;
    }
  }
  const s = t.solid;
  if (s === DictType) {
    // a C subclass's own mp_ass_subscript (OrderedDict keeps its nodes)
    if (t !== DictType) {
      const xd = extSlotsOf(t);
      if (xd !== null && xd.mp_ass_subscript) {
        xd.mp_ass_subscript(o, key, v);
        return;
      }
    }
    const d = o as PyDict;
    if (v) {
      key.ob_refcnt++;
      v.ob_refcnt++;
      insertdict(d, key, v);
    } else {
      const i = dictLookup(d, key);
      if (i < 0) throw new PyRaise(newException(KeyErrorType, [Py_NewRefLocal(key)]));
      const [k, old] = dictRemoveEntry(d, i);
      Py_DECREF(k);
      Py_DECREF(old);
    }
    return;
  }
  if (s === ListType) {
    const l = o as PyList;
    if (key.ob_type === SliceType) {
      listAssSlice(l, key as PySlice, v);
      return;
    }
    if (!PyIndex_Check(key)) throw typeError(`list indices must be integers or slices, not ${key.ob_type.tp_name}`);
    let i = seqIndex(key);
    const n = l.items.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError(v ? 'list assignment index out of range' : 'list assignment index out of range');
    const old = l.items[i];
    if (v) {
      v.ob_refcnt++;
      l.items[i] = v;
    } else if (RT.profile.versionInfo[1] >= 13) {
      // 3.13+ list_ass_item_lock_held: the items after i move down; the array is never resized
      l.items.splice(i, 1);
    } else if (n === 1) {
      // list_ass_slice leaving the list empty: _list_clear (the item array is freed, ob_item NULL)
      list_clear(l);
      return;
    } else {
      l.items.splice(i, 1);
      list_resize_after_shrink(l);
    }
    Py_DECREF(old);
    return;
  }
  if (t === FrameLocalsProxyType) {
    framelocalsproxy_setitem(o as PyFrameLocalsProxy, key, v);
    return;
  }
  // proxy_setitem: the key and value are passed on as they are
  if (t.weakProxy) return withReferent(o, (x) => PyObject_SetItem(x, key, v));
  if (s === ByteArrayType) {
    byteArrayAssSubscript(o as PyBytes, key, v);
    return;
  }
  const xs = extSlotsOf(t);
  if (xs !== null && xs.mp_ass_subscript) {
    xs.mp_ass_subscript(o, key, v);
    return;
  }
  // PyObject_SetItem / PyObject_DelItem without mp_ass_subscript: a type with tp_as_sequence (heap
  // types, str, tuple, bytes, range, sets, dict views, mappingproxy) converts an index key
  // (IndexError past Py_ssize_t) and fails in PySequence_SetItem / PySequence_DelItem, whose
  // deletion message says "doesn't"; any other key or type: "does not support item deletion"
  const hasSequence = t.heap || s === StrType || s === TupleType || s === BytesType || s === RangeType || o instanceof PySet || t === MappingProxyType || isSizedDictView(o);
  if (hasSequence && PyIndex_Check(key)) {
    seqIndex(key);
    if (!v) throw typeError(`'${t.tp_name}' object doesn't support item deletion`);
  }
  throw typeError(`'${t.tp_name}' object does not support item ${v ? 'assignment' : 'deletion'}`);
}

function list_resize_after_shrink(l: PyList): void {
  const n = l.items.length;
  const save = l.items;
  // list_resize with the size already reduced: CPython calls list_resize(newsize)
  const allocated = l.allocated;
  if (allocated >= n && n >= allocated >> 1) return;
  l.items = save;
  let na = (n + (n >> 3) + 6) & ~3;
  if (n === 0) na = 0;
  list_set_allocated(l, na);
}

function listAssSlice(l: PyList, s: PySlice, v: PyObject | null): void {
  const n = l.items.length;
  const [start, stop, step, len] = sliceIndices(s, n);
  if (step === 1) {
    let repl: PyObject[] = [];
    if (v) {
      repl = v === l ? l.items.slice() : iterToArray(v, RT.profile.messages.sliceAssignExtendedWording ? 'must assign iterable to extended slice' : 'can only assign an iterable');
      if (v === l) for (const x of repl) x.ob_refcnt++;
    }
    const lo = start, hi = Math.max(start, stop);
    const newsize = n - (hi - lo) + repl.length;
    if (newsize === 0) {
      // list_ass_slice: a slice assignment that leaves nothing is _list_clear (the item array
      // freed, allocated 0), even for a list of one item that list_resize would keep
      list_clear(l);
      return;
    }
    const removed = l.items.slice(lo, hi);
    if (repl.length > removed.length) list_resize(l, newsize);
    l.items.splice(lo, removed.length, ...repl);
    if (repl.length < removed.length) list_resize_after_shrink(l);
    for (let i = removed.length - 1; i >= 0; i--) Py_DECREF(removed[i]);
    return;
  }
  if (!v) {
    // list_ass_subscript: the removed items in increasing index order (a negative step is
    // turned around first), released after the list has shrunk
    const idx: number[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) idx.push(j);
    idx.sort((a, b) => a - b);
    const removed = idx.map((j) => l.items[j]);
    const drop = new Set(idx), items = l.items;
    let w = 0;
    for (let r = 0; r < items.length; r++) if (!drop.has(r)) items[w++] = items[r];
    items.length = w;
    list_resize_after_shrink(l);
    for (const x of removed) Py_DECREF(x);
    return;
  }
  const repl = iterToArray(v, 'must assign iterable to extended slice');
  if (repl.length !== len) {
    for (const x of repl) Py_DECREF(x);
    throw valueError(`attempt to assign sequence of size ${repl.length} to extended slice of size ${len}`);
  }
  // every slot replaced first, then the old items released in slice order
  const garbage: PyObject[] = [];
  for (let i = 0, j = start; i < len; i++, j += step) {
    garbage.push(l.items[j]);
    l.items[j] = repl[i];
  }
  for (const x of garbage) Py_DECREF(x);
}

// ------------------------------------------------------------------ iteration

/** PyObject_GetIter: a new reference to an iterator. */
export function PyObject_GetIter(o: PyObject): PyObject {
  const t = o.ob_type;
  if (t.heap && !takeSlotSelf(o)) {
    const m = lookupHeap(t, '__iter__');
    // slot_tp_iter: `__iter__ = None` makes the class not iterable
    if (m === None) throw typeError(`'${t.tp_name}' object is not iterable`);
    if (m) {
      const it = callDunder(m, o, []);
      if (!isIterator(it)) {
        const n = it.ob_type.name;
        Py_DECREF(it);
        throw typeError(`iter() returned non-iterator of type '${n}'`);
      }
      return it;
    }
    // the sequence iterator over __getitem__ only for a class that inherits no tp_iter (a list's,
    // a deque's stays the base's own iterator, as type_new's slot inheritance leaves it)
    if (t.tp_iter === null && t.solid.tp_iter === null && lookupHeap(t, '__getitem__')) {
      o.ob_refcnt++;
      const it = newJsIter('iterator', [o], (self) => {
        const i = PyLong_From(self.state++);
        try {
          return PyObject_GetItem(self.refs[0], i);
        } catch (e) {
          if (e instanceof PyRaise && (e.exc.ob_type.isSubtype(IndexErrorType) || e.exc.ob_type.isSubtype(StopIterationType))) {
            Py_DECREF(e.exc);
            return null;
          }
          throw e;
        } finally {
          Py_DECREF(i);
        }
      });
      // iter_len: NotImplemented (-1 here) when the sequence has no __len__
      it.lengthHint = (self) => {
        if (!self.refs.length) return 0;
        if (!lookupHeap(self.refs[0].ob_type, '__len__')) return -1;
        return Math.max(0, PyObject_Size(self.refs[0]) - self.state);
      };
      return it;
    }
  }
  if (t.tp_iter) return t.tp_iter(o);
  if (t.tp_iternext) return Py_NewRefLocal(o);
  const s = t.solid;
  if (s.tp_iter) return s.tp_iter(o);
  throw typeError(`'${t.tp_name}' object is not iterable`);
}

/** True when `o` has __next__. */
export function isIterator(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.tp_iternext) return true;
  return t.heap && lookupHeap(t, '__next__') !== null;
}

/** PyIter_Next: a new reference, or null when exhausted (StopIteration swallowed). */
export function iterNext(it: PyObject): PyObject | null {
  const t = it.ob_type;
  const f = t.tp_iternext;
  if (f) return f(it);
  if (t.heap) {
    const m = lookupHeap(t, '__next__');
    if (m) {
      try {
        return callDunder(m, it, []);
      } catch (e) {
        if (e instanceof PyRaise && e.exc.ob_type.isSubtype(StopIterationType)) {
          Py_DECREF(e.exc);
          return null;
        }
        throw e;
      }
    }
  }
  throw typeError(`'${t.tp_name}' object is not an iterator`);
}

/** PyObject_GetIter, with a TypeError from it replaced by TypeError(`message`) (PySequence_Fast's way). */
function getIterOr(o: PyObject, message: string): PyObject {
  try {
    return PyObject_GetIter(o);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.ob_type.isSubtype(TypeErrorType)) {
      Py_DECREF(e.exc);
      throw typeError(message);
    }
    throw e;
  }
}

/** weakref_richcompare (objects/weakrefobject.ts): the result for two weakrefs, else null. */
let weakrefRichCompare: (a: PyObject, b: PyObject, op: 'Eq' | 'NotEq') => PyObject | null = () => null;
/** Installs weakref_richcompare. */
export function setWeakrefRichCompare(f: (a: PyObject, b: PyObject, op: 'Eq' | 'NotEq') => PyObject | null): void {
  weakrefRichCompare = f;
}

/** A dict_keys, dict_values or dict_items view (they have a length). */
let isSizedDictView: (o: PyObject) => boolean = () => false;
/** Installs the dict-view test (objects/typemethods.ts defines the view types). */
export function setDictViewCheck(f: (o: PyObject) => boolean): void {
  isSizedDictView = f;
}

/**
 * Calls `each` with every item of an iterable (a new reference, released after the call) until it
 * returns false (the for-loop over PyIter_Next that C code writes).
 */
export function forEachItem(o: PyObject, each: (x: PyObject) => boolean | void): void {
  const it = PyObject_GetIter(o);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      let go: boolean | void;
      try {
        go = each(x);
      } finally {
        Py_DECREF(x);
      }
      if (go === false) return;
    }
  } finally {
    Py_DECREF(it);
  }
}

/** Collects an iterable into a JS array of new references. */
export function iterToArray(o: PyObject, notIterable?: string): PyObject[] {
  const t = o.ob_type;
  if (t === ListType || t === TupleType) {
    const items = (o as PyList).items.slice();
    for (const x of items) x.ob_refcnt++;
    return items;
  }
  const it = notIterable === undefined ? PyObject_GetIter(o) : getIterOr(o, notIterable);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return out;
}

/**
 * PyObject_LengthHint: len(o) when its type has a length (a TypeError from it falls back on the
 * hint), else its __length_hint__ (builtin iterators' `*_len`, or a class's method), else
 * `defaultvalue` (also when __length_hint__ returns NotImplemented or raises a TypeError).
 */
export function PyObject_LengthHint(o: PyObject, defaultvalue: number): number {
  const t = o.ob_type;
  if (o instanceof PyDict || o instanceof PySet || o instanceof PyStr || o instanceof PyRange || o instanceof PyBytes || o instanceof PyList || o instanceof PyTuple || isSizedDictView(o) || (t.heap && lookupHeap(t, '__len__'))) {
    try {
      return PyObject_Size(o);
    } catch (e) {
      if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(TypeErrorType)) throw e;
      Py_DECREF(e.exc);
    }
  }
  const xs = extSlotsOf(t);
  if (xs !== null && xs.sq_length) {
    try {
      return xs.sq_length(o);
    } catch (e) {
      if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(TypeErrorType)) throw e;
      Py_DECREF(e.exc);
    }
  }
  if (o instanceof PyJsIter) {
    const h = o.lengthHint === null ? -1 : o.lengthHint(o);
    return h < 0 ? defaultvalue : h;
  }
  if (t === RangeIterType || t === LongRangeIterType) return rangeiter_len(o as PyRangeIter);
  const hint = t.heap ? lookupHeap(t, '__length_hint__') : null;
  if (hint === null) return defaultvalue;
  let r: PyObject;
  try {
    r = callObject(hint, [o], null);
  } catch (e) {
    if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(TypeErrorType)) throw e;
    Py_DECREF(e.exc);
    return defaultvalue;
  }
  try {
    if (r === NotImplemented) return defaultvalue;
    if (!(r instanceof PyLong)) throw typeError(`__length_hint__ must be an integer, not ${r.ob_type.tp_name}`);
    const n = Number(r.v);
    if (n < 0) throw valueError('__length_hint__() should return >= 0');
    return n;
  } finally {
    Py_DECREF(r);
  }
}

/** list.extend(iterable) with CPython's resizing (list_extend). */
export function listExtend(l: PyList, iterable: PyObject, notIterable?: string): void {
  const t = iterable.ob_type;
  if (t === ListType || t === TupleType || iterable === l) {
    const src = (iterable as PyList).items.slice();
    if (!src.length) return;
    // `self->ob_item == NULL`: a list emptied by list_resize(0) keeps a (zero-sized) item block and grows by list_resize
    if (l.itemsAddr === 0) list_preallocate_exact(l, src.length);
    else list_resize(l, l.items.length + src.length);
    for (const x of src) {
      x.ob_refcnt++;
      l.items.push(x);
    }
    return;
  }
  // 3.13+ list_extend_set / list_extend_dict / list_extend_dictitems: list_resize to m + n
  if (RT.profile.listExtendResizesForSetsAndDicts && (t === SetType || t === FrozenSetType || t === DictType || isSizedDictView(iterable))) {
    const n = PyObject_Size(iterable);
    list_resize(l, l.items.length + n);
    if (t.name === 'dict_items') {
      // list_extend_dictitems: a new (key, value) tuple per entry, no iterator (nor its result tuple)
      for (const [k, v] of dictItems((iterable as unknown as { dict: PyDict }).dict)) {
        k.ob_refcnt++;
        v.ob_refcnt++;
        l.items.push(_PyTuple_FromArray([k, v]));
      }
      return;
    }
    for (const x of iterToArray(iterable)) l.items.push(x);
    return;
  }
  const it = notIterable === undefined ? PyObject_GetIter(iterable) : getIterOr(iterable, notIterable);
  try {
    const hint = PyObject_LengthHint(iterable, 8);
    const m = l.items.length;
    if (l.itemsAddr === 0) {
      if (hint > 0) list_preallocate_exact(l, hint);
    } else if (hint > 0) list_resize(l, m + hint);
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      if (l.items.length >= l.allocated) list_resize(l, l.items.length + 1);
      l.items.push(x);
    }
    if (l.items.length < l.allocated) list_resize(l, l.items.length);
  } finally {
    Py_DECREF(it);
  }
}

// ------------------------------------------------------------------ calls

/** method_check_args: a method descriptor called on an object of another type (`list.append(1, 2)`). */
export function checkDescrSelf(d: PyMethodDescr, self: PyObject): void {
  const t = self.ob_type;
  if (t !== d.owner && !t.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${t.tp_name}' object`);
  }
}

/** The argument tuple of the METH_VARARGS builtin running now (gc.get_referrers skips its own). */
let varargsTuple: PyObject | null = null;
/** The argument tuple the running METH_VARARGS builtin was given, or null. */
export function currentVarargsTuple(): PyObject | null {
  return varargsTuple;
}

/** PyObject_Call/Vectorcall: args borrowed (positional then keyword values), returns a new reference. */
export function callObject(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = f.ob_type;
  if (t === FunctionType) return callPython(f as PyFunction, args, kwnames, false);
  if (t === CFunctionType || t === MethodWrapperType) {
    const cf = f as PyCFunction;
    if (cf.varargs && builtinTakesArgTuple(cf)) {
      // _PyObject_MakeTpCall: the argument tuple, then the keyword dict (print's clinic parser
      // takes its keywords itself), both held while the call runs
      const tmp = argsTupleOf(args, args.length - (kwnames ? kwnames.length : 0));
      const kw = cf.name === 'print' ? null : kwargsDictOf(args, kwnames);
      const outer = varargsTuple;
      varargsTuple = tmp;
      try {
        return cf.fn(cf.self, args, kwnames);
      } finally {
        varargsTuple = outer;
        if (tmp) Py_DECREF(tmp);
        if (kw) Py_DECREF(kw);
      }
    }
    return cf.fn(cf.self, args, kwnames);
  }
  if (t === MethodType) {
    const m = f as PyMethod;
    return callObject(m.func, [m.self, ...args], kwnames);
  }
  if (t === MethodDescrType || t === WrapperDescrType) {
    const d = f as PyMethodDescr;
    if (d.kind === 'static') {
      if (d.name === '__new__') return tpNewWrapperCall(d, args, kwnames);
      return d.fn(null, args, kwnames);
    }
    if (!args.length) throw typeError(`unbound method ${d.owner.name}.${d.name}() needs an argument`);
    if (d.kind === 'method') checkDescrSelf(d, args[0]);
    return d.fn(args[0], args.slice(1), kwnames);
  }
  if (f instanceof PyType) {
    // a metaclass's own __call__ (slot_tp_call) takes the call instead of type.__call__
    if (t !== TypeType && t.heap) {
      const m = lookupHeap(t, '__call__');
      if (m) return callObject(m, [f, ...args], kwnames);
    }
    return type_call(f, args, kwnames);
  }
  if (t.heap) {
    // slot_tp_call: a class's own __call__ wins over the tp_call its builtin base has (weakref.WeakMethod)
    const m = lookupHeap(t, '__call__');
    if (m) return callObject(m, [f, ...args], kwnames);
  }
  if (t.tp_call) return t.tp_call(f, args, kwnames);
  throw typeError(`'${t.tp_name}' object is not callable`);
}


/**
 * A builtin type's `__new__` (tp_new_wrapper, a METH_VARARGS | METH_KEYWORDS builtin without
 * vectorcall): _PyObject_MakeTpCall packs the arguments into a tuple, and keywords into a dict.
 */
function tpNewWrapperCall(d: PyMethodDescr, args: PyObject[], kwnames: string[] | null): PyObject {
  const tmp = argsTupleOf(args, args.length - (kwnames ? kwnames.length : 0));
  const kwd = kwargsDictOf(args, kwnames);
  try {
    return d.fn(null, args, kwnames);
  } finally {
    if (kwd) Py_DECREF(kwd);
    if (tmp) Py_DECREF(tmp);
  }
}

/**
 * type_call: type.__call__ of class `f` (tp_new then tp_init). Returns a new reference.
 * `argsTuple`: the exact tuple a `f(*t)` call passes through (CALL_FUNCTION_EX → PyObject_Call),
 * which tp_call gets as it is instead of a tuple of its own.
 */
export function type_call(f: PyType, args: PyObject[], kwnames: string[] | null, argsTuple: PyTuple | null = null): PyObject {
  if (!f.heap && !noVectorcall(f, kwnames)) return typeCall(f, args, kwnames, argsTuple);
  // calling a class goes through tp_call (_PyObject_MakeTpCall): the positional arguments are
  // packed into a tuple, keyword arguments into a dict, for the duration of the call; an
  // exception class's BaseException_new keeps that tuple as the exception's `args`
  const npos = args.length - (kwnames ? kwnames.length : 0);
  let tmp: PyObject | null = null;
  if (argsTuple === null) {
    if (f.isExc && npos > 0) {
      const pos = args.slice(0, npos);
      for (const a of pos) a.ob_refcnt++;
      argsTuple = _PyTuple_FromArray(pos);
      tmp = argsTuple;
    } else tmp = argsTupleOf(args, npos);
  }
  const kwd = kwargsDictOf(args, kwnames);
  try {
    return typeCall(f, args, kwnames, argsTuple);
  } finally {
    if (kwd) Py_DECREF(kwd);
    if (tmp) Py_DECREF(tmp);
  }
}

/**
 * Builtin types without a tp_vectorcall: calling them goes through _PyObject_MakeTpCall, which
 * packs the arguments into a tuple (as for classes).
 */
function noVectorcall(t: PyType, kwnames: string[] | null): boolean {
  if (t === PropertyType || t === StaticMethodType || t === ClassMethodType || t === ComplexType || t === BytesType || t === ByteArrayType) return true;
  // zip_new is zip's tp_new (enumerate, map, filter and reversed have a vectorcall)
  if (t.name === 'zip' && t.ob_type === TypeType) return true;
  const minor = RT.profile.versionInfo[1];
  // str and int have a vectorcall from 3.13, which hands a call with keywords to _PyObject_MakeTpCall
  if (t === StrType || t === LongType) return minor <= 12 || (kwnames !== null && kwnames.length > 0);
  // slice_new unpacks an argument tuple (PyArg_UnpackTuple) up to 3.13 at least
  if (t === SliceType) return minor <= 13;
  return false;
}

/** A short-lived argument tuple of `n` items (placeholders): it only models the allocation. */
function argsTupleFor(n: number): PyObject | null {
  if (n <= 0) return null;
  let items = placeholderItems[n];
  if (items === undefined) {
    items = [];
    for (let i = 0; i < n; i++) items.push(None);
    placeholderItems[n] = items = Object.freeze(items) as PyObject[];
  }
  return PyTuple_New(items);
}

/** argsTupleFor's item arrays by length, shared (tuple_dealloc only reads a tuple's items). */
const placeholderItems: PyObject[][] = [];

/**
 * _PyObject_MakeTpCall's argument tuple: the first `n` of `args` (borrowed), each holding a new
 * reference for as long as the call runs; null for none (the empty tuple).
 */
function argsTupleOf(args: readonly PyObject[], n: number): PyObject | null {
  if (n <= 0) return null;
  const items = args.slice(0, n);
  for (const a of items) a.ob_refcnt++;
  return PyTuple_New(items);
}

/** _PyStack_AsDict: the call's keyword arguments (the last names.length of `args`) as a new dict, or null. */
function kwargsDictOf(args: readonly PyObject[], kwnames: readonly string[] | null): PyDict | null {
  return kwnames && kwnames.length ? _PyStack_AsDict(args, kwnames) : null;
}

/** True when `o` is callable. */
export function PyCallable_Check(o: PyObject): boolean {
  const t = o.ob_type;
  return t === FunctionType || t === CFunctionType || t === MethodType || t === MethodDescrType || t === WrapperDescrType || t === MethodWrapperType || o instanceof PyType || !!t.tp_call || (t.heap && lookupHeap(t, '__call__') !== null);
}

/**
 * The Python `__init__` of heap class `t` when calling `t` is object.__new__ followed by that
 * function (no `__new__` override, no builtin or exception base); null otherwise.
 */
export function plainPythonInit(t: PyType): PyFunction | null {
  if (!t.heap || t.isExc || t.solid !== ObjectType) return null;
  if (t.ob_type !== TypeType && lookupHeap(t.ob_type, '__call__') !== null) return null;
  heapSpecialMethods(t);
  const init = t.heapInit;
  if (t.heapNew !== null) return null;
  return init !== null && init.ob_type === FunctionType ? (init as PyFunction) : null;
}

/**
 * typeCall for a class whose call is object.__new__ then the Python function `init`
 * (plainPythonInit), with the class at `stack[base]` and its arguments above it. The new instance
 * stands in the class's slot while `__init__` runs, so `self` and the arguments bind straight from
 * the stack (no argument arrays); the slot holds the class again before this returns or throws.
 * Also makes the argument tuple and keyword dict that tp_call's calling convention allocates.
 * Returns the new instance.
 */
export function typeCallPlainInit(t: PyType, init: PyFunction, stack: PyObject[], base: number, kwnames: string[] | null): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const callArgs = stack.slice(base + 1);
  const tmp = argsTupleOf(callArgs, callArgs.length - nkw);
  const kwd = kwargsDictOf(callArgs, kwnames);
  try {
    const obj = PyInstance_New(t);
    stack[base] = obj;
    let r: PyObject;
    // slot_tp_init → _PyObject_FastCallDictTstate: keywords go back to a stack of new references
    // (self and every argument) and a tuple of their names (_PyStack_UnpackDict), freed once
    // __init__ returns
    try {
      const kwt = nkw ? argsTupleFor(nkw) : null;
      const unpacked = nkw ? stack.slice(base) : null;
      if (unpacked) for (const o of unpacked) o.ob_refcnt++;
      try {
        r = callPythonArgs(init, stack, base, stack.length - base, kwnames, false, -1);
      } finally {
        if (unpacked) for (const o of unpacked) Py_DECREF(o);
        if (kwt) Py_DECREF(kwt);
      }
    } catch (e) {
      stack[base] = t;
      Py_DECREF(obj);
      throw e;
    }
    stack[base] = t;
    if (r !== None) {
      Py_DECREF(r);
      const err = typeError(`__init__() should return None, not '${r.ob_type.tp_name}'`);
      Py_DECREF(obj);
      throw err;
    }
    return obj;
  } finally {
    if (kwd) Py_DECREF(kwd);
    if (tmp) Py_DECREF(tmp);
  }
}

/** type.__call__: creates an instance (tp_new then __init__); `argsTuple` as in type_call. */
export function typeCall(t: PyType, args: PyObject[], kwnames: string[] | null, argsTuple: PyTuple | null = null): PyObject {
  if (t === TypeType && args.length === 1 && !kwnames) return Py_NewRefLocal(args[0].ob_type);
  if (t.heap) {
    heapSpecialMethods(t);
    const newm = t.heapNew;
    let obj: PyObject;
    if (newm) {
      const fn = newm.ob_type === StaticMethodType ? (newm as PyWrapDescr).callable : newm;
      obj = callObject(fn, [t, ...args], kwnames);
      if (!obj.ob_type.isSubtype(t)) return obj;
      heapSpecialMethods(t);
      // tp_init of an exception class without __init__: BaseException_init sets `args` to the
      // call's argument tuple, whatever `__new__` gave it
      if (t.isExc && !t.heapInit) excInit(obj as PyBaseException, args, kwnames, argsTuple, true);
    } else if (t.isExc) {
      obj = excNew(t, args, kwnames, argsTuple);
      heapSpecialMethods(t);
      if (!t.heapInit) excInit(obj as PyBaseException, args, kwnames, argsTuple);
    } else if (t.solid === ObjectType) {
      if (!t.heapInit && (args.length)) throw typeError(`${t.tp_name}() takes no arguments`);
      obj = PyInstance_New(t);
    } else {
      // the nearest builtin base's tp_new (a C subclass such as defaultdict is not the solid base)
      let b = t.base!;
      while (b.heap) b = b.base!;
      obj = b.tp_new!(t, args, kwnames);
    }
    // __new__ (Python code) may have changed the class: look again
    heapSpecialMethods(t);
    const init = t.heapInit;
    if (init) {
      // slot_tp_init with keywords: _PyStack_UnpackDict's stack of new references while __init__ runs
      const unpacked = kwnames && kwnames.length ? [obj, ...args] : null;
      if (unpacked) for (const o of unpacked) o.ob_refcnt++;
      try {
        let r: PyObject;
        try {
          r = callObject(init, [obj, ...args], kwnames);
        } finally {
          if (unpacked) for (const o of unpacked) Py_DECREF(o);
        }
        if (r !== None) {
          Py_DECREF(r);
          throw typeError(`__init__() should return None, not '${r.ob_type.tp_name}'`);
        }
      } catch (e) {
        Py_DECREF(obj);
        throw e;
      }
    } else if (t.solid !== ObjectType && !t.isExc && t.solid.tp_new) {
      // builtin base initialised by tp_new
    }
    return obj;
  }
  if (t.isExc) {
    const e = excNew(t, args, kwnames, argsTuple);
    excInit(e, args, kwnames, argsTuple);
    return e;
  }
  if (t.tp_new) return t.tp_new(t, args, kwnames);
  throw typeError(`cannot create '${t.tp_name}' instances`);
}

/** Creates a new exception instance from a type or instance for `raise`. Returns a new reference. */
export function makeRaisable(o: PyObject): PyObject {
  if (o instanceof PyType) {
    if (!o.isSubtype(BaseExceptionType)) throw typeError('exceptions must derive from BaseException');
    const e = callObject(o, [], null);
    if (!e.ob_type.isSubtype(BaseExceptionType)) {
      Py_DECREF(e);
      throw typeError(`calling ${PyObject_Repr(o)} should have returned an instance of BaseException, not ${e.ob_type.tp_name}`);
    }
    return e;
  }
  if (!o.ob_type.isSubtype(BaseExceptionType)) throw typeError('exceptions must derive from BaseException');
  return Py_NewRefLocal(o);
}

export { AttributeErrorType, TypeErrorType, ValueErrorType, KeyErrorType, NoneType, EmptyTuple, strRepr, float_repr, bytesRepr, pyErr, RangeIterType, PyRangeIter_New, PyJsIter, PySlice_New };
export type { CFunc };

ops.hash = (o) => PyObject_Hash(o);
// 3.14 dict_unhashable_type / set_unhashable_type: the TypeError is replaced by one naming the role
ops.keyHash = (o, role) => {
  if (!RT.profile.messages.unhashableKeyRole) return PyObject_Hash(o);
  try {
    return PyObject_Hash(o);
  } catch (e) {
    if (!(e instanceof PyRaise) || e.exc.ob_type !== TypeErrorType) throw e;
    const err = typeError(`cannot use '${o.ob_type.tp_name}' as a ${role} (${PyObject_Str(e.exc)})`);
    Py_DECREF(e.exc);
    throw err;
  }
};
ops.eq = (a, b, op) => PyObject_RichCompareBool(a, b, op);

setDictDescrGet((o) => {
  const d = instanceDict(o, true);
  if (!d) throw attributeError(`'${o.ob_type.tp_name}' object has no attribute '__dict__'`);
  materializeDict(d);
  d.ob_refcnt++;
  return d;
});
