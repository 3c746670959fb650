// Models Modules/arraymodule.c (CPython 3.12): arrays of C numbers. The items are raw values in one
// memory block (ob_item, resized by array_resize's mild over-allocation), not objects: each read
// makes a new int or float, which is what `sys.getsizeof` and `is` show against a list.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_NewRef, RT, TypeType, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from '../objects/object';
import { None, NotImplemented } from '../objects/singletons';
import { PyBool, PyLong, PyLong_From } from '../objects/longobject';
import { PyFloat, PyFloat_FromDouble, float_repr } from '../objects/floatobject';
import { PyUnicode_From, PyStr } from '../objects/unicodeobject';
import { PyBytes, PyBytes_From } from '../objects/bytesobject';
import { PyList, PyList_New } from '../objects/listobject';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { PySlice } from '../objects/sliceobject';
import { BufferErrorType, NotImplementedErrorType, indexError, overflowError, pyErr, typeError, valueError } from '../objects/exceptions';
import { defGetSet, defMethod } from '../objects/methodobject';
import { setExtSlots } from '../objects/extslots';
import { newJsIter } from '../objects/iterobject';
import { sizeofGCHead } from '../objects/layout';
import { PyIndex_Check, PyNumber_Index, PyObject_GetIter, PyObject_RichCompareBool, asIndex, iterNext, sliceIndices } from '../abstract';
import { checkArgs } from '../objects/typemethods';
import { bufferBytes, registerBufferExporter } from '../objects/bufferproto';
import { defBufferMethods } from '../objects/memoryobject_methods';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';

/** An item value: a JS number, or a bigint for 64-bit integers past 2**53. */
type Item = number | bigint;

/** One typecode's arraydescr: item size, and how a Python object becomes an item (its *_setitem). */
interface ArrayDescr {
  typecode: string;
  itemsize: number;
  isFloat: boolean;
  convert: (v: PyObject) => Item;
}

/** An array object: its descr, its items and the capacity of ob_item (`allocated`) at `itemsAddr`. */
export class PyArray extends PyObject {
  declare descr: ArrayDescr;
  declare items: Item[];
  declare allocated: number;
  declare itemsAddr: number;
  /** ob_exports: buffers exported (memoryviews) and not yet released. */
  declare exports: number;
  constructor(type: PyType, descr: ArrayDescr) {
    super(type);
    this.descr = descr;
    this.items = [];
    this.allocated = 0;
    this.itemsAddr = 0;
    this.exports = 0;
  }
}

/** The `array.array` type. */
export const ArrayType = new PyType(TypeType, 'array', ObjectType, 'array');
ArrayType.tpName = 'array.array';
ArrayType.gc = true;
ArrayType.weakrefable = true;
ArrayType.basicsize = 64;

/** sizeof(arrayobject): PyObject_VAR_HEAD and five pointer-sized fields, eight words. */
const arrayBasicsize = () => 8 * RT.profile.pointerSize;
staticAddr(ArrayType, 912);

const A = (o: PyObject | null) => o as PyArray;

/** The C integer value of `v` (PyNumber_Index: a float is refused), as a bigint. */
function intValue(v: PyObject): bigint {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  return BigInt(PyNumber_Index(v));
}

const norm = (x: bigint): Item => (x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x);
const longBits = () => 8 * RT.profile.pointerSize;

/** PyArg_Parse's "h"/"i"/"l" (and "b" via "h"): C signed ranges with getargs.c's messages. */
function signedArg(v: PyObject, bits: number, name: string): bigint {
  const x = intValue(v);
  const lb = BigInt(longBits());
  if (x >= 1n << (lb - 1n) || x < -(1n << (lb - 1n))) throw overflowError('Python int too large to convert to C long');
  if (bits < Number(lb)) {
    if (x >= 1n << BigInt(bits - 1)) throw overflowError(`${name} is greater than maximum`);
    if (x < -(1n << BigInt(bits - 1))) throw overflowError(`${name} is less than minimum`);
  }
  return x;
}

/** PyLong_AsUnsignedLong / PyLong_AsUnsignedLongLong. */
function unsignedArg(v: PyObject, bits: number, longLong: boolean): bigint {
  const x = intValue(v);
  if (x < 0n) throw overflowError(longLong ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int");
  if (x >= 1n << BigInt(bits)) throw overflowError(longLong ? 'int too big to convert' : 'Python int too large to convert to C unsigned long');
  return x;
}

/** PyFloat_AsDouble of an array item ("must be real number, not str"). */
function floatArg(v: PyObject): number {
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyLong) return Number(v.v);
  throw typeError(`must be real number, not ${v.ob_type.tp_name}`);
}

/** The descriptors (descriptors[] in arraymodule.c), by typecode; `l`/`L` follow the C long's width. */
function descriptors(): Map<string, ArrayDescr> {
  const lsize = RT.profile.pointerSize;
  const d = (typecode: string, itemsize: number, convert: (v: PyObject) => Item, isFloat = false): [string, ArrayDescr] => [typecode, { typecode, itemsize, convert, isFloat }];
  return new Map([
    d('b', 1, (v) => {
      const x = signedArg(v, 16, 'signed short integer');
      if (x < -128n) throw overflowError('signed char is less than minimum');
      if (x > 127n) throw overflowError('signed char is greater than maximum');
      return Number(x);
    }),
    d('B', 1, (v) => {
      const x = signedArg(v, longBits(), '');
      if (x < 0n) throw overflowError('unsigned byte integer is less than minimum');
      if (x > 255n) throw overflowError('unsigned byte integer is greater than maximum');
      return Number(x);
    }),
    d('h', 2, (v) => Number(signedArg(v, 16, 'signed short integer'))),
    d('H', 2, (v) => {
      const x = signedArg(v, 32, 'signed integer');
      if (x < 0n) throw overflowError('unsigned short is less than minimum');
      if (x > 65535n) throw overflowError('unsigned short is greater than maximum');
      return Number(x);
    }),
    d('i', 4, (v) => Number(signedArg(v, 32, 'signed integer'))),
    d('I', 4, (v) => {
      const x = unsignedArg(v, longBits(), false);
      if (x > 0xffffffffn) throw overflowError('unsigned int is greater than maximum');
      return Number(x);
    }),
    d('l', lsize, (v) => norm(signedArg(v, longBits(), 'signed long'))),
    d('L', lsize, (v) => norm(unsignedArg(v, longBits(), false))),
    d('q', 8, (v) => {
      const x = intValue(v);
      if (x >= 1n << 63n || x < -(1n << 63n)) throw overflowError('int too big to convert');
      return norm(x);
    }),
    d('Q', 8, (v) => norm(unsignedArg(v, 64, true))),
    d('f', 4, (v) => Math.fround(floatArg(v)), true),
    d('d', 8, (v) => floatArg(v), true),
  ]);
}

/** array.typecodes: 'w' (Py_UCS4) from 3.13; heaplab does not simulate the two str typecodes. */
const typecodes = () => (RT.profile.versionInfo[1] >= 13 ? 'bBuwhHiIlLqQfd' : 'bBuhHiIlLqQfd');

/** The item as a new object (*_getitem): an int or a float. */
function getitem(a: PyArray, i: number): PyObject {
  const v = a.items[i];
  return a.descr.isFloat ? PyFloat_FromDouble(v as number) : PyLong_From(v);
}

/** Models ob_item's block: PyMem_Realloc to `n` items, PyMem_Free at 0. */
function setAllocated(a: PyArray, n: number): void {
  const al = RT.alloc;
  a.allocated = n;
  if (n === 0) {
    if (a.itemsAddr !== 0) al.PyObject_Free(a.itemsAddr);
    a.itemsAddr = 0;
    return;
  }
  const bytes = n * a.descr.itemsize;
  a.itemsAddr = a.itemsAddr === 0 ? al.PyObject_Malloc(bytes) : al.PyObject_Realloc(a.itemsAddr, bytes);
}

/** array_resize: keeps the block while it is big enough (and not 16 items too big), else over-allocates mildly. */
function array_resize(a: PyArray, newsize: number): void {
  const size = a.items.length;
  if (a.exports > 0 && newsize !== size) throw pyErr(BufferErrorType, 'cannot resize an array that is exporting buffers');
  if (a.allocated >= newsize && size < newsize + 16 && a.itemsAddr !== 0) return;
  if (newsize === 0) {
    setAllocated(a, 0);
    return;
  }
  setAllocated(a, (newsize >> 4) + (size < 8 ? 3 : 7) + newsize);
}

/** newarrayobject: an array of `size` items' room, exactly (its items to be filled by the caller). */
function newarrayobject(type: PyType, size: number, descr: ArrayDescr): PyArray {
  const a = new PyArray(type, descr);
  PyObject_Init(a, sizeofGCHead() + arrayBasicsize());
  if (type.heap) type.ob_refcnt++;
  if (size > 0) setAllocated(a, size);
  _PyObject_GC_TRACK(a);
  return a;
}

/** ins1: inserts one item at `where` (clamped), resizing by one. */
function ins1(a: PyArray, where: number, v: PyObject): void {
  const x = a.descr.convert(v);
  const n = a.items.length;
  array_resize(a, n + 1);
  if (where < 0) where = Math.max(0, where + n);
  if (where > n) where = n;
  a.items.splice(where, 0, x);
}

/** array_del_slice of one item. */
function delItem(a: PyArray, i: number): void {
  // array_resize sees Py_SIZE before the item goes
  array_resize(a, a.items.length - 1);
  a.items.splice(i, 1);
}

/** array_iter_extend: ins1 for every item of the iterator. */
function iterExtend(a: PyArray, it: PyObject): void {
  for (;;) {
    const v = iterNext(it);
    if (v === null) break;
    try {
      ins1(a, a.items.length, v);
    } finally {
      Py_DECREF(v);
    }
  }
}

/** array_do_extend: an array of the same kind (one resize), or any iterable item by item. */
function array_do_extend(a: PyArray, bb: PyObject, inplace: boolean): void {
  if (!(bb instanceof PyArray)) {
    if (inplace) throw typeError(`can only extend array with array (not "${bb.ob_type.tp_name}")`);
    const it = PyObject_GetIter(bb);
    try {
      iterExtend(a, it);
    } finally {
      Py_DECREF(it);
    }
    return;
  }
  if (bb.descr !== a.descr && bb.descr.typecode !== a.descr.typecode) throw typeError('can only extend with array of same kind');
  const add = bb.items.slice();
  array_resize(a, a.items.length + add.length);
  a.items.push(...add);
}

/** A new array of the same kind holding `items` exactly (array_slice, repeat, concat, copy). */
function arrayOf(a: PyArray, items: Item[]): PyArray {
  const r = newarrayobject(ArrayType, items.length, a.descr);
  r.items = items;
  return r;
}

/** The little-endian bytes of the items (tobytes on the simulated little-endian machine). */
function itemBytes(a: PyArray): Uint8Array {
  const { itemsize, typecode } = a.descr;
  const buf = new DataView(new ArrayBuffer(a.items.length * itemsize));
  a.items.forEach((v, i) => {
    const at = i * itemsize;
    if (typecode === 'f') buf.setFloat32(at, v as number, true);
    else if (typecode === 'd') buf.setFloat64(at, v as number, true);
    else if (itemsize === 8) buf.setBigUint64(at, BigInt.asUintN(64, BigInt(v)), true);
    else if (itemsize === 4) buf.setUint32(at, Number(BigInt.asUintN(32, BigInt(v))), true);
    else if (itemsize === 2) buf.setUint16(at, Number(BigInt.asUintN(16, BigInt(v))), true);
    else buf.setUint8(at, Number(BigInt.asUintN(8, BigInt(v))));
  });
  return new Uint8Array(buf.buffer);
}

/** frombytes: whole items from the bytes, appended with one resize. */
function fromBytes(a: PyArray, bytes: Uint8Array): void {
  if (bytes.length % a.descr.itemsize !== 0) throw valueError('bytes length not a multiple of item size');
  const add = decodeItems(a.descr, bytes);
  array_resize(a, a.items.length + add.length);
  a.items.push(...add);
}

/** The items whose little-endian bytes `bytes` holds (whole items). */
function decodeItems(descr: ArrayDescr, bytes: Uint8Array): Item[] {
  const { itemsize, typecode } = descr;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const signed = typecode === typecode.toLowerCase();
  const add: Item[] = [];
  for (let at = 0; at < bytes.length; at += itemsize) {
    if (typecode === 'f') add.push(dv.getFloat32(at, true));
    else if (typecode === 'd') add.push(dv.getFloat64(at, true));
    else if (itemsize === 8) add.push(norm(signed ? dv.getBigInt64(at, true) : dv.getBigUint64(at, true)));
    else if (itemsize === 4) add.push(signed ? dv.getInt32(at, true) : dv.getUint32(at, true));
    else if (itemsize === 2) add.push(signed ? dv.getInt16(at, true) : dv.getUint16(at, true));
    else add.push(signed ? dv.getInt8(at) : dv.getUint8(at));
  }
  return add;
}

// array_buffer_getbuf: a writable buffer of the items, format the typecode; ob_exports counts it
registerBufferExporter(ArrayType, (o) => {
  const a = A(o);
  a.exports++;
  return {
    obj: o, readonly: false, format: a.descr.typecode, itemsize: a.descr.itemsize, len: a.items.length * a.descr.itemsize,
    read: () => itemBytes(a),
    write: (at, data) => {
      const size = a.descr.itemsize;
      const first = Math.floor(at / size), last = Math.ceil((at + data.length) / size);
      const mem = itemBytes(a).slice(first * size, last * size);
      mem.set(data, at - first * size);
      a.items.splice(first, last - first, ...decodeItems(a.descr, mem));
    },
    release: () => {
      a.exports--;
    },
  };
});

/** The index of `v` in the array, or -1 (PyObject_RichCompareBool on each item made as an object). */
function find(a: PyArray, v: PyObject, from = 0): number {
  for (let i = from; i < a.items.length; i++) {
    const x = getitem(a, i);
    try {
      if (PyObject_RichCompareBool(x, v, 'Eq')) return i;
    } finally {
      Py_DECREF(x);
    }
  }
  return -1;
}

/** array_new: array(typecode[, initializer]). */
ArrayType.tp_new = (type, args, kwnames) => {
  if (kwnames && kwnames.length) throw typeError('array.array() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) throw typeError(`array() takes at ${args.length < 1 ? 'least 1 argument (0' : `most 2 arguments (${args.length}`} given)`);
  const tc = args[0];
  if (!(tc instanceof PyStr) || [...tc.v].length !== 1) {
    throw typeError(`array() argument 1 must be a unicode character, not ${tc instanceof PyStr ? `a string of length ${[...tc.v].length}` : tc.ob_type.tp_name}`);
  }
  const c = tc.v;
  if (c === 'u' || c === 'w') throw pyErr(NotImplementedErrorType, `heaplab does not simulate array typecode '${c}' yet`);
  const descr = descriptors().get(c);
  // the message's list never gained 3.13's 'w'
  if (!descr) throw valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  const initial = args[1];
  if (initial instanceof PyStr) throw typeError(`cannot use a str to initialize an array with typecode '${c}'`);
  if (initial === undefined) return newarrayobject(type, 0, descr);
  if (initial instanceof PyList || initial instanceof PyTuple) {
    const a = newarrayobject(type, initial.items.length, descr);
    try {
      for (const v of initial.items) a.items.push(descr.convert(v));
    } catch (e) {
      Py_DECREF(a);
      throw e;
    }
    return a;
  }
  if (initial instanceof PyBytes) {
    const a = newarrayobject(type, 0, descr);
    fromBytes(a, initial.v);
    return a;
  }
  if (initial instanceof PyArray && initial.descr.typecode === c) {
    const a = newarrayobject(type, initial.items.length, descr);
    a.items = initial.items.slice();
    return a;
  }
  const it = PyObject_GetIter(initial);
  const a = newarrayobject(type, 0, descr);
  try {
    iterExtend(a, it);
  } catch (e) {
    Py_DECREF(a);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return a;
};

ArrayType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  const a = A(o);
  if (a.itemsAddr !== 0) RT.alloc.PyObject_Free(a.itemsAddr);
  a.itemsAddr = 0;
  const t = o.ob_type;
  PyObject_Free(o);
  if (t.heap) Py_DECREF(t);
};
// array_tp_traverse: the (heap) type only
ArrayType.tp_traverse = (o, visit) => visit(o.ob_type, 'ob_type');
ArrayType.tp_getsizeof = (o) => sizeofGCHead() + arrayBasicsize() + A(o).allocated * A(o).descr.itemsize;
ArrayType.tp_repr = (o) => {
  const a = A(o);
  const name = o.ob_type.name;
  if (!a.items.length) return `${name}('${a.descr.typecode}')`;
  const parts = a.items.map((v) => (a.descr.isFloat ? float_repr(v as number) : String(v)));
  return `${name}('${a.descr.typecode}', [${parts.join(', ')}])`;
};
ArrayType.tp_iter = (o) => {
  o.ob_refcnt++;
  return newJsIter('arrayiterator', [o], (it) => {
    const a = A(it.refs[0]);
    if (it.state >= a.items.length) return null;
    return getitem(a, it.state++);
  }, 32);
};
ArrayType.tp_richcompare = (v, w, op) => {
  if (!(w instanceof PyArray)) return Py_NewRef(NotImplemented);
  const a = A(v);
  if ((op === 'Eq' || op === 'NotEq') && a.items.length !== w.items.length) return PyBool(op === 'NotEq');
  const n = Math.min(a.items.length, w.items.length);
  for (let i = 0; i < n; i++) {
    if (a.items[i] != w.items[i]) {
      const x = a.items[i], y = w.items[i];
      const r = op === 'Eq' ? false : op === 'NotEq' ? true : op === 'Lt' ? x < y : op === 'LtE' ? x <= y : op === 'Gt' ? x > y : x >= y;
      return PyBool(r);
    }
  }
  const la = a.items.length, lb = w.items.length;
  const r = op === 'Eq' ? la === lb : op === 'NotEq' ? la !== lb : op === 'Lt' ? la < lb : op === 'LtE' ? la <= lb : op === 'Gt' ? la > lb : la >= lb;
  return PyBool(r);
};
ArrayType.tp_hash = null;

/** A checked sequence index (array index out of range). */
function index(a: PyArray, key: PyObject, what = 'array index out of range'): number {
  let i = asIndex(key);
  if (i < 0) i += a.items.length;
  if (i < 0 || i >= a.items.length) throw indexError(what);
  return i;
}

setExtSlots(ArrayType, {
  sq_length: (o) => A(o).items.length,
  sq_contains: (o, v) => find(A(o), v) >= 0,
  mp_subscript: (o, key) => {
    const a = A(o);
    if (PyIndex_Check(key)) return getitem(a, index(a, key));
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, a.items.length);
      const out: Item[] = [];
      for (let k = 0, i = start; k < len; k++, i += step) out.push(a.items[i]);
      return arrayOf(a, out);
    }
    throw typeError('array indices must be integers');
  },
  mp_ass_subscript: (o, key, v) => {
    const a = A(o);
    if (!PyIndex_Check(key)) {
      if (key instanceof PySlice) throw pyErr(NotImplementedErrorType, 'heaplab does not simulate slice assignment and deletion on arrays yet');
      throw typeError('array indices must be integers');
    }
    const i = index(a, key, 'array assignment index out of range');
    if (v === null) delItem(a, i);
    else a.items[i] = a.descr.convert(v);
  },
  sq_concat: (o, b) => {
    const a = A(o);
    if (!(b instanceof PyArray)) throw typeError(`can only append array (not "${b.ob_type.tp_name}") to array`);
    if (b.descr.typecode !== a.descr.typecode) throw typeError('bad argument type for built-in operation');
    return arrayOf(a, [...a.items, ...b.items]);
  },
  sq_repeat: (o, n) => {
    const a = A(o);
    const out: Item[] = [];
    for (let k = 0; k < n; k++) out.push(...a.items);
    return arrayOf(a, out);
  },
  sq_inplace_concat: (o, b) => {
    array_do_extend(A(o), b, true);
    return Py_NewRef(o);
  },
});

/** A METH_NOARGS / METH_O / positional method with `array.name()`-style arity errors. */
function meth(name: string, min: number, max: number, f: (a: PyArray, args: PyObject[]) => PyObject): void {
  defMethod(ArrayType, name, (self, args, kwnames) => {
    if (kwnames && kwnames.length) throw typeError(`array.${name}() takes no keyword arguments`);
    if (max <= 1 && min === max) checkArgs(`array.${name}`, args, min, max);
    else if (args.length < min || args.length > max) {
      throw typeError(`${name} expected ${args.length < min ? 'at least' : 'at most'} ${args.length < min ? min : max} argument${(args.length < min ? min : max) === 1 ? '' : 's'}, got ${args.length}`);
    }
    return f(A(self), args);
  });
}

meth('append', 1, 1, (a, [v]) => {
  ins1(a, a.items.length, v);
  return None;
});
meth('extend', 1, 1, (a, [v]) => {
  array_do_extend(a, v, false);
  return None;
});
meth('insert', 2, 2, (a, [i, v]) => {
  ins1(a, asIndex(i), v);
  return None;
});
meth('pop', 0, 1, (a, args) => {
  let i = args.length ? asIndex(args[0]) : -1;
  if (!a.items.length) throw indexError('pop from empty array');
  if (i < 0) i += a.items.length;
  if (i < 0 || i >= a.items.length) throw indexError('pop index out of range');
  const r = getitem(a, i);
  delItem(a, i);
  return r;
});
meth('remove', 1, 1, (a, [v]) => {
  const i = find(a, v);
  if (i < 0) throw valueError('array.remove(x): x not in array');
  delItem(a, i);
  return None;
});
meth('index', 1, 3, (a, [v, start]) => {
  let from = start ? asIndex(start) : 0;
  if (from < 0) from = Math.max(0, from + a.items.length);
  const i = find(a, v, from);
  if (i < 0) throw valueError('array.index(x): x not in array');
  return PyLong_From(i);
});
meth('count', 1, 1, (a, [v]) => {
  let n = 0;
  for (let i = 0; i < a.items.length; i++) {
    const x = getitem(a, i);
    if (PyObject_RichCompareBool(x, v, 'Eq')) n++;
    Py_DECREF(x);
  }
  return PyLong_From(n);
});
meth('reverse', 0, 0, (a) => {
  a.items.reverse();
  return None;
});
meth('tolist', 0, 0, (a) => PyList_New(a.items.map((_, i) => getitem(a, i))));
meth('tobytes', 0, 0, (a) => PyBytes_From(itemBytes(a)));
meth('frombytes', 1, 1, (a, [b]) => {
  // Py_buffer "y*": any bytes-like object
  const bytes = bufferBytes(b);
  if (bytes === null) throw typeError(`a bytes-like object is required, not '${b.ob_type.tp_name}'`);
  fromBytes(a, bytes);
  return None;
});
meth('fromlist', 1, 1, (a, [l]) => {
  if (!(l instanceof PyList)) throw typeError('arg must be list');
  const add = l.items.map((v) => a.descr.convert(v));
  array_resize(a, a.items.length + add.length);
  a.items.push(...add);
  return None;
});
meth('buffer_info', 0, 0, (a) => PyTuple_New([PyLong_From(a.itemsAddr), PyLong_From(a.items.length)]));
meth('__copy__', 0, 0, (a) => arrayOf(a, a.items.slice()));
meth('__deepcopy__', 1, 1, (a) => arrayOf(a, a.items.slice()));
meth('__sizeof__', 0, 0, (a) => PyLong_From(arrayBasicsize() + a.allocated * a.descr.itemsize));
defBufferMethods(ArrayType, true);
defGetSet(ArrayType, 'typecode', (o) => PyUnicode_From(A(o).descr.typecode));
defGetSet(ArrayType, 'itemsize', (o) => PyLong_From(A(o).descr.itemsize));

/** Builds the `array` module: the array type (also as ArrayType) and `typecodes`. */
export function makeArrayModule(): PyModule {
  const codes = PyUnicode_From(typecodes());
  const m = makeModule('array', { array: ArrayType, ArrayType, typecodes: codes });
  Py_DECREF(codes);
  return m;
}

