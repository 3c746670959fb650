// Models Objects/bytearrayobject.c (CPython 3.12): a bytearray's buffer as PyByteArray_Resize
// grows and shrinks it (ob_alloc, which sys.getsizeof counts, and ob_start, which deleting from
// the front advances), item and slice assignment (bytearray_ass_subscript, bytearray_setslice_linear)
// and the mutating methods (append, extend, insert, pop, remove, clear, reverse, +=).
import { PyObject, RT } from './object';
import { None } from './singletons';
import { PyLong_From } from './longobject';
import { BytesType, ByteArrayType, PyBytes, PyByteArray_From, byteArrayAlloc } from './bytesobject';
import { SliceType, PySlice } from './sliceobject';
import { BufferErrorType, indexError, pyErr, typeError, valueError } from './exceptions';
import { defMethod, defMethodSince, PyMethodDescr } from './methodobject';
import { asIndex, iterToArray, PyIndex_Check, sliceIndices, setByteArrayAssSubscript, setByteArrayIConcat, setByteArrayIRepeat } from '../abstract';
import { Py_DECREF } from './object';
import { bytesNew, checkArgs } from './typemethods';
import { PyObject_CheckBuffer, bufferBytesOrNull } from './bufferproto';

/**
 * PyByteArray_Resize: a size that still fits (with its NUL) keeps the buffer unless it falls under
 * half of it; growth over-allocates like list_resize unless it is more than an eighth at once.
 * `v` is the new contents.
 */
function PyByteArray_Resize(b: PyBytes, v: Uint8Array): void {
  const size = v.length;
  if (size === b.v.length) {
    b.v = v;
    return;
  }
  _canresize(b);
  let alloc = byteArrayAlloc(b);
  b.alloc = alloc;
  if (size + b.offset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) alloc = size + 1;
    else {
      b.v = v;
      return;
    }
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  // a buffer with bytes dropped from its front is copied to a new block; else PyObject_Realloc
  if (b.offset > 0) {
    const old = b.bufAddr;
    b.bufAddr = RT.alloc.PyObject_Malloc(alloc);
    if (old !== 0) RT.alloc.PyObject_Free(old);
  } else b.bufAddr = b.bufAddr === 0 ? RT.alloc.PyObject_Malloc(alloc) : RT.alloc.PyObject_Realloc(b.bufAddr, alloc);
  b.alloc = alloc;
  b.offset = 0;
  b.v = v;
}

/** _canresize: a bytearray whose buffer is exported (a memoryview over it) keeps its size. */
function _canresize(b: PyBytes): void {
  if (b.exports > 0) throw pyErr(BufferErrorType, 'Existing exports of data: object cannot be re-sized');
}

/** _getbytevalue: an int in range(256). */
function byteValue(o: PyObject): number {
  if (!PyIndex_Check(o)) throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = asIndex(o);
  if (v < 0 || v >= 256) throw valueError('byte must be in range(0, 256)');
  return v;
}
/** The bytes of an argument that is a buffer, or of an iterable of ints (bytearray_extend). */
function bytesOf(o: PyObject, what: string): Uint8Array {
  if (o instanceof PyBytes) return o.v.slice();
  // bytearray_setslice: a buffer read with PyBUF_SIMPLE, any failure its own TypeError
  if (PyObject_CheckBuffer(o)) {
    const buf = bufferBytesOrNull(o);
    if (buf === null) throw typeError(`can't set bytearray slice from ${o.ob_type.tp_name}`);
    return buf;
  }
  if (o.ob_type.name === 'str' && RT.profile.messages.bytearrayExtendStr) throw typeError("expected iterable of integers; got: 'str'");
  const items = iterToArray(o, what);
  try {
    return Uint8Array.from(items.map(byteValue));
  } finally {
    for (const x of items) Py_DECREF(x);
  }
}
function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
}

/** bytearray_setslice_linear: replaces v[lo:hi] by `bytes`; deleting from the front advances ob_start. */
function setSliceLinear(b: PyBytes, lo: number, hi: number, bytes: Uint8Array): void {
  const growth = bytes.length - (hi - lo);
  const v = concat(b.v.subarray(0, lo), bytes, b.v.subarray(hi));
  if (growth !== 0) _canresize(b);
  if (growth < 0 && lo === 0) b.offset -= growth;
  if (growth !== 0) PyByteArray_Resize(b, v);
  else b.v = v;
}

/** bytearray_ass_subscript: b[i] = x, b[i:j] = bytes, del b[i], del b[i:j:k]. */
function bytearray_ass_subscript(b: PyBytes, key: PyObject, value: PyObject | null): void {
  const n = b.v.length;
  if (PyIndex_Check(key)) {
    let i = asIndex(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('bytearray index out of range');
    if (value === null) {
      setSliceLinear(b, i, i + 1, new Uint8Array(0));
      return;
    }
    b.v[i] = byteValue(value);
    return;
  }
  if (key.ob_type !== SliceType) throw typeError(`bytearray indices must be integers or slices, not ${key.ob_type.tp_name}`);
  const [start, stop, step, len] = sliceIndices(key as PySlice, n);
  const bytes = value === null ? new Uint8Array(0) : value.ob_type.name === 'int' || value.ob_type.name === 'bool'
    ? (() => { throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)"); })()
    : bytesOf(value, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  if (step === 1) {
    setSliceLinear(b, start, Math.max(start, stop), bytes);
    return;
  }
  if (value === null) {
    const drop = new Set<number>();
    for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
    const v = Uint8Array.from(Array.from(b.v).filter((_, i) => !drop.has(i)));
    if (len) PyByteArray_Resize(b, v);
    return;
  }
  if (bytes.length !== len) throw valueError(`attempt to assign bytes of size ${bytes.length} to extended slice of size ${len}`);
  for (let i = 0, j = start; i < len; i++, j += step) b.v[j] = bytes[i];
}
setByteArrayAssSubscript(bytearray_ass_subscript);

/** bytearray_iconcat: `b += other` for a buffer. */
function bytearray_iconcat(b: PyBytes, other: PyObject): void {
  const v = other instanceof PyBytes ? other.v : bufferBytesOrNull(other);
  if (v === null) throw typeError(`can't concat ${other.ob_type.tp_name} to bytearray`);
  PyByteArray_Resize(b, concat(b.v, v));
}
setByteArrayIConcat(bytearray_iconcat);

const B = (o: PyObject | null) => o as PyBytes;
// bytearray___init___impl: an existing bytearray is resized to nothing, then filled again
defMethod(ByteArrayType, '__init__', (self, args, kw) => {
  const b = self as PyBytes;
  const src = bytesNew(args, kw, 'bytearray') as PyBytes;
  try {
    if (b.v.length) PyByteArray_Resize(b, new Uint8Array(0));
    if (src.v.length) PyByteArray_Resize(b, src.v.slice());
  } finally {
    Py_DECREF(src);
  }
  return None;
});
defMethod(ByteArrayType, 'append', (self, args) => {
  checkArgs('append', args, 1, 1);
  PyByteArray_Resize(B(self), concat(B(self).v, Uint8Array.of(byteValue(args[0]))));
  return None;
});
defMethod(ByteArrayType, 'extend', (self, args) => {
  checkArgs('extend', args, 1, 1);
  const add = bytesOf(args[0], `can't extend bytearray with ${args[0].ob_type.name}`);
  const b = B(self);
  setSliceLinear(b, b.v.length, b.v.length, add);
  return None;
});
defMethod(ByteArrayType, 'insert', (self, args) => {
  checkArgs('insert', args, 2, 2);
  const b = B(self), n = b.v.length;
  let i = asIndex(args[0]);
  const x = byteValue(args[1]);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  PyByteArray_Resize(b, concat(b.v.subarray(0, i), Uint8Array.of(x), b.v.subarray(i)));
  return None;
});
defMethod(ByteArrayType, 'pop', (self, args) => {
  checkArgs('pop', args, 0, 1);
  const b = B(self), n = b.v.length;
  if (n === 0) throw indexError('pop from empty bytearray');
  let i = args.length ? asIndex(args[0]) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('pop index out of range');
  const x = b.v[i];
  PyByteArray_Resize(b, concat(b.v.subarray(0, i), b.v.subarray(i + 1)));
  return PyLong_From(x);
});
defMethod(ByteArrayType, 'remove', (self, args) => {
  checkArgs('remove', args, 1, 1);
  const b = B(self);
  const i = b.v.indexOf(byteValue(args[0]));
  if (i < 0) throw valueError('value not found in bytearray');
  PyByteArray_Resize(b, concat(b.v.subarray(0, i), b.v.subarray(i + 1)));
  return None;
});
defMethod(ByteArrayType, 'clear', (self) => {
  PyByteArray_Resize(B(self), new Uint8Array(0));
  return None;
});
defMethod(ByteArrayType, 'reverse', (self) => {
  B(self).v.reverse();
  return None;
});
defMethod(ByteArrayType, 'copy', (self) => PyByteArray_From(B(self).v));
// bytes.decode reads the buffer alone: the same code serves bytearray (bytes_methods.ts has hex)
defMethod(ByteArrayType, 'decode', (BytesType.methods.get('decode') as PyMethodDescr).fn);

/** bytearray_irepeat: `b *= n` repeats the contents in place. */
export function bytearray_irepeat(b: PyBytes, count: number): void {
  if (count === 1) return;
  const n = Math.max(count, 0);
  const v = new Uint8Array(b.v.length * n);
  for (let i = 0; i < n; i++) v.set(b.v, i * b.v.length);
  PyByteArray_Resize(b, v);
}
setByteArrayIRepeat(bytearray_irepeat);

// bytearray_resize_impl (3.14+): PyByteArray_Resize to `size`, the new bytes zeroed
defMethodSince(14, ByteArrayType, 'resize', (self, args) => {
  checkArgs('bytearray.resize', args, 1, 1);
  const size = asIndex(args[0]);
  if (size < 0) throw valueError(`Can only resize to positive sizes, got ${size}`);
  const b = self as PyBytes;
  const v = new Uint8Array(size);
  v.set(b.v.subarray(0, Math.min(size, b.v.length)));
  PyByteArray_Resize(b, v);
  return None;
});
