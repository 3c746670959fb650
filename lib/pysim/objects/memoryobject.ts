// Models Objects/memoryobject.c (CPython 3.11–3.14): the managed buffer (_PyManagedBufferObject, a
// gc object holding the exporter's `master` buffer and so one reference to the exporter) and the
// memoryview (a var-sized gc object with 3*ndim Py_ssize_t after its Py_buffer, holding a reference
// to its managed buffer only: view.obj is borrowed). Slicing, memoryview(m), toreadonly() and cast()
// make new views registered with the same managed buffer; the exporter's buffer is released (its
// export count going down, its reference dropped) when the last view is released or freed.
// Views of the native single-character formats, of 0, 1 or more dimensions (cast() makes the latter,
// C-contiguous; slicing the first dimension keeps them), as memoryobject.c handles them.
import {
  ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_DECREF, Py_NewRef, RT, TypeType,
  _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr,
} from './object';
import { Ellipsis, NotImplemented } from './singletons';
import { PyBool } from './longobject';
import { bytesHash } from './bytesobject';
import { PyTuple } from './tupleobject';
import { PySlice } from './sliceobject';
import { BufferErrorType, NotImplementedErrorType, PyBaseException, PyException_SetCause, PyException_SetContext, SystemErrorType, indexError, pyErr, typeError, valueError } from './exceptions';
import { setExtSlots } from './extslots';
import { newJsIter } from './iterobject';
import { sizeofGCHead } from './layout';
import { PyObject_ClearWeakRefs } from './weakrefobject';
import { PyIndex_Check, PyNumber_Index, PyObject_Hash, sliceIndices } from '../abstract';
import { PyBuffer, PyBuffer_Release, PyObject_CheckBuffer, PyObject_GetBuffer } from './bufferproto';
import { ItemValue, adjust_fmt, fmtChar, pack_single, unpackValue, unpack_single } from './memoryobject_format';

const P = () => RT.profile.pointerSize;

/** _PyManagedBufferObject: flags, exports and the master buffer (null once mbuf_release ran). */
export class PyManagedBuffer extends PyObject {
  declare master: PyBuffer | null;
  declare exports: number;
  declare released: boolean;
}

/** The `managedbuffer` type: PyObject_HEAD, int flags, Py_ssize_t exports, Py_buffer master. */
export const ManagedBufferType = new PyType(TypeType, 'managedbuffer', ObjectType);
ManagedBufferType.gc = true;
ManagedBufferType.baseType = false;
staticAddr(ManagedBufferType, 912);
/** sizeof(_PyManagedBufferObject): the head, flags (padded), exports and a Py_buffer (9 pointers, 2 ints). */
const mbufSize = () => 2 * P() + P() + P() + 9 * P() + 8;

/** PyMemoryViewObject: its managed buffer and its own copy of the Py_buffer (shape, strides, offset of view.buf). */
export class PyMemoryView extends PyObject {
  declare mbuf: PyManagedBuffer | null;
  declare hash: number | bigint | null;
  declare released: boolean;
  /** Buffers this view exports itself (memory_getbuf). */
  declare exports: number;
  /** view.obj: the exporter, borrowed from the managed buffer. */
  declare obj: PyObject | null;
  declare readonly: boolean;
  declare format: string;
  declare itemsize: number;
  declare ndim: number;
  /** Py_SIZE / 3: the dimensions ob_array has room for (memory_alloc's argument). */
  declare allocNdim: number;
  declare shape: number[];
  declare strides: number[];
  /** view.buf - master.buf, in bytes. */
  declare start: number;
}

/** The `memoryview` type. */
export const MemoryViewType = new PyType(TypeType, 'memoryview', ObjectType);
MemoryViewType.gc = true;
MemoryViewType.baseType = false;
MemoryViewType.weakrefable = true;
staticAddr(MemoryViewType, 912);
/** offsetof(PyMemoryViewObject, ob_array): var head, mbuf, hash, flags, exports, Py_buffer, weakreflist. */
const memoryBasicsize = () => 3 * P() + P() + P() + P() + P() + 9 * P() + 8 + P();
const memorySize = (ndim: number) => memoryBasicsize() + 3 * ndim * P();

export const MV = (o: PyObject | null) => o as PyMemoryView;

/** mbuf_alloc: a new tracked managed buffer with no master yet. */
export function mbuf_alloc(): PyManagedBuffer {
  const mbuf = new PyManagedBuffer(ManagedBufferType);
  mbuf.master = null;
  mbuf.exports = 0;
  mbuf.released = false;
  PyObject_Init(mbuf, sizeofGCHead() + mbufSize());
  _PyObject_GC_TRACK(mbuf);
  return mbuf;
}

/** _PyManagedBuffer_FromObject: a managed buffer over `base`'s buffer (PyObject_GetBuffer). */
function _PyManagedBuffer_FromObject(base: PyObject): PyManagedBuffer {
  const mbuf = mbuf_alloc();
  try {
    mbuf.master = PyObject_GetBuffer(base);
  } catch (e) {
    Py_DECREF(mbuf);
    throw e;
  }
  return mbuf;
}

/** mbuf_release: untracks the managed buffer and releases the master buffer (once). */
function mbuf_release(mbuf: PyManagedBuffer): void {
  if (mbuf.released) return;
  mbuf.released = true;
  _PyObject_GC_UNTRACK(mbuf);
  if (mbuf.master) PyBuffer_Release(mbuf.master);
}

ManagedBufferType.tp_dealloc = (o) => {
  mbuf_release(o as PyManagedBuffer);
  PyObject_Free(o);
};
// mbuf_traverse: master.obj
ManagedBufferType.tp_traverse = (o, visit) => {
  const m = (o as PyManagedBuffer).master;
  if (m && m.obj) visit(m.obj, 'master.obj');
};
ManagedBufferType.tp_clear = (o) => mbuf_release(o as PyManagedBuffer);
ManagedBufferType.tp_getsizeof = () => sizeofGCHead() + mbufSize();

/** memory_alloc: a new tracked memoryview with room for `ndim` dimensions. */
function memory_alloc(ndim: number): PyMemoryView {
  const mv = new PyMemoryView(MemoryViewType);
  mv.mbuf = null;
  mv.hash = null;
  mv.released = false;
  mv.exports = 0;
  mv.ndim = ndim;
  mv.allocNdim = ndim;
  mv.shape = [];
  mv.strides = [];
  mv.start = 0;
  PyObject_Init(mv, sizeofGCHead() + memorySize(ndim));
  _PyObject_GC_TRACK(mv);
  return mv;
}

/**
 * mbuf_add_view: a new view of `mbuf` copying `src` (another view) or the master buffer;
 * `allocNdim` is mbuf_add_incomplete_view's room (cast()), src's dimensions otherwise.
 */
export function mbuf_add_view(mbuf: PyManagedBuffer, src: PyMemoryView | null, allocNdim?: number): PyMemoryView {
  const mv = memory_alloc(allocNdim ?? (src ? src.ndim : 1));
  const m = mbuf.master!;
  mv.obj = m.obj;
  if (src) {
    mv.ndim = src.ndim;
    mv.readonly = src.readonly;
    mv.format = src.format;
    mv.itemsize = src.itemsize;
    mv.shape = src.shape.slice();
    mv.strides = src.strides.slice();
    mv.start = src.start;
  } else {
    mv.readonly = m.readonly;
    mv.format = m.format;
    mv.itemsize = m.itemsize;
    mv.shape = [m.len / m.itemsize];
    mv.strides = [m.itemsize];
    mv.start = 0;
  }
  mv.mbuf = Py_NewRef(mbuf);
  mbuf.exports++;
  return mv;
}

/** PyMemoryView_FromObject: a view sharing a memoryview's managed buffer, or over a new one. */
export function PyMemoryView_FromObject(v: PyObject): PyMemoryView {
  if (v instanceof PyMemoryView) {
    CHECK_RELEASED(v);
    return mbuf_add_view(v.mbuf!, v);
  }
  if (!PyObject_CheckBuffer(v)) throw typeError(`memoryview: a bytes-like object is required, not '${v.ob_type.tp_name}'`);
  const mbuf = _PyManagedBuffer_FromObject(v);
  const mv = mbuf_add_view(mbuf, null);
  Py_DECREF(mbuf);
  return mv;
}

/** BASE_INACCESSIBLE: the view or its managed buffer was released. */
const inaccessible = (mv: PyMemoryView) => mv.released || mv.mbuf === null || mv.mbuf.released;

/** CHECK_RELEASED. */
export function CHECK_RELEASED(mv: PyMemoryView): void {
  if (inaccessible(mv)) throw valueError('operation forbidden on released memoryview object');
}

/** _memory_release: this view no longer reads the buffer; the last view releases the master. */
export function _memory_release(mv: PyMemoryView): void {
  if (mv.released) return;
  if (mv.exports === 0) {
    mv.released = true;
    if (--mv.mbuf!.exports === 0) mbuf_release(mv.mbuf!);
    return;
  }
  throw pyErr(BufferErrorType, `memoryview has ${mv.exports} exported buffer${mv.exports === 1 ? '' : 's'}`);
}

MemoryViewType.tp_dealloc = (o) => {
  const mv = MV(o);
  _PyObject_GC_UNTRACK(o);
  if (!mv.released && mv.exports === 0 && mv.mbuf) _memory_release(mv);
  const mbuf = mv.mbuf;
  mv.mbuf = null;
  if (mbuf) Py_DECREF(mbuf);
  PyObject_ClearWeakRefs(o);
  PyObject_Free(o);
};
// memory_traverse: the managed buffer
MemoryViewType.tp_traverse = (o, visit) => {
  const m = MV(o).mbuf;
  if (m) visit(m, 'mbuf');
};
MemoryViewType.tp_clear = (o) => {
  const mv = MV(o);
  if (!mv.released && mv.exports === 0 && mv.mbuf) _memory_release(mv);
  const mbuf = mv.mbuf;
  mv.mbuf = null;
  if (mbuf) Py_DECREF(mbuf);
};
MemoryViewType.tp_getsizeof = (o) => sizeofGCHead() + memorySize(MV(o).allocNdim);

/** The byte offsets of the view's items, in C (row-major) or Fortran (column-major) order. */
export function itemOffsets(mv: PyMemoryView, order: 'C' | 'F' = 'C'): number[] {
  const out: number[] = [];
  const n = mv.ndim;
  const dims = order === 'C' ? [...Array(n).keys()] : [...Array(n).keys()].reverse();
  const walk = (k: number, at: number) => {
    if (k === n) {
      out.push(at);
      return;
    }
    const d = dims[k];
    for (let i = 0; i < mv.shape[d]; i++) walk(k + 1, at + i * mv.strides[d]);
  };
  walk(0, mv.start);
  return out;
}

/** The view's bytes in logical order: PyBuffer_ToContiguous (C order unless 'F'). */
export function viewBytes(mv: PyMemoryView, order: 'C' | 'F' = 'C'): Uint8Array {
  const mem = mv.mbuf!.master!.read();
  const size = mv.itemsize;
  if (mv.ndim === 1 && mv.strides[0] === size) return mem.slice(mv.start, mv.start + mv.shape[0] * size);
  const offs = itemOffsets(mv, order);
  const out = new Uint8Array(offs.length * size);
  offs.forEach((at, i) => out.set(mem.subarray(at, at + size), i * size));
  return out;
}

/** nbytes: product(shape) * itemsize. */
export const nbytes = (mv: PyMemoryView) => mv.shape.reduce((a, b) => a * b, 1) * mv.itemsize;

/** PyBuffer_IsContiguous: strides as C (last dimension fastest) or Fortran order make them, dimensions of one aside. */
function isContiguous(mv: PyMemoryView, order: 'C' | 'F'): boolean {
  if (nbytes(mv) === 0) return true;
  let sd = mv.itemsize;
  for (let k = 0; k < mv.ndim; k++) {
    const i = order === 'C' ? mv.ndim - 1 - k : k;
    if (mv.shape[i] > 1 && mv.strides[i] !== sd) return false;
    sd *= mv.shape[i];
  }
  return true;
}

/** init_flags' _Py_MEMORYVIEW_C (MV_C_CONTIGUOUS): 0-D always, 1-D by MV_CONTIGUOUS_NDIM1, else PyBuffer_IsContiguous. */
export function contiguous(mv: PyMemoryView): boolean {
  if (mv.ndim === 0) return true;
  if (mv.ndim === 1) return mv.shape[0] === 1 || mv.strides[0] === mv.itemsize;
  return isContiguous(mv, 'C');
}

/** MV_F_CONTIGUOUS. */
export function fContiguous(mv: PyMemoryView): boolean {
  if (mv.ndim <= 1) return contiguous(mv);
  return isContiguous(mv, 'F');
}

/** lookup_dimension: the byte offset `at` moved to item `index` of dimension `dim` (negative from the end). */
function lookup_dimension(mv: PyMemoryView, at: number, dim: number, index: number): number {
  const n = mv.shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) throw indexError(`index out of bounds on dimension ${dim + 1}`);
  return at + index * mv.strides[dim];
}

/** ptr_from_tuple: the byte offset of the item a tuple of indices names. */
function ptr_from_tuple(mv: PyMemoryView, tup: PyTuple): number {
  const n = tup.items.length;
  if (n > mv.ndim) throw typeError(`cannot index ${mv.ndim}-dimension view with ${n}-element tuple`);
  let at = mv.start;
  for (let d = 0; d < n; d++) at = lookup_dimension(mv, at, d, keyIndex(tup.items[d]));
  return at;
}

/** memory_item: the item at `index` of a 1-D view as a new object. */
export function memory_item(mv: PyMemoryView, index: number): PyObject {
  CHECK_RELEASED(mv);
  const f = adjust_fmt(mv.format);
  if (mv.ndim === 0) throw typeError('invalid indexing of 0-dim memory');
  if (mv.ndim !== 1) throw pyErr(NotImplementedErrorType, 'multi-dimensional sub-views are not implemented');
  return unpack_single(f, mv.mbuf!.master!.read(), lookup_dimension(mv, mv.start, 0, index));
}

/** memory_item_multi: the item a full tuple of indices names. */
function memory_item_multi(mv: PyMemoryView, tup: PyTuple): PyObject {
  const f = adjust_fmt(mv.format);
  if (tup.items.length < mv.ndim) throw pyErr(NotImplementedErrorType, 'sub-views are not implemented');
  return unpack_single(f, mv.mbuf!.master!.read(), ptr_from_tuple(mv, tup));
}

/** PyNumber_AsSsize_t(key, PyExc_IndexError): an index, IndexError when it does not fit. */
function keyIndex(key: PyObject): number {
  const v = BigInt(PyNumber_Index(key));
  const bits = BigInt(8 * P() - 1);
  if (v >= 1n << bits || v < -(1n << bits)) throw indexError("cannot fit 'int' into an index-sized integer");
  return Number(v);
}

/** init_slice: a view narrowed to `key` (start, step and length). */
function init_slice(mv: PyMemoryView, key: PySlice): void {
  const [start, , step, len] = sliceIndices(key, mv.shape[0]);
  mv.start += mv.strides[0] * start;
  mv.shape[0] = len;
  mv.strides[0] *= step;
}

/** is_multiindex: a tuple of index-likes. */
const isMultiIndex = (key: PyObject) => key instanceof PyTuple && key.items.every(PyIndex_Check);
/** is_multislice: a tuple of slices. */
const isMultiSlice = (key: PyObject) => key instanceof PyTuple && key.items.every((k) => k instanceof PySlice);

/** memory_subscript: `m[i]` (an item), `m[i:j:k]` (a new view of the same managed buffer), `m[i, j]`. */
function memory_subscript(o: PyObject, key: PyObject): PyObject {
  const mv = MV(o);
  CHECK_RELEASED(mv);
  if (mv.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return unpack_single(adjust_fmt(mv.format), mv.mbuf!.master!.read(), mv.start);
    if (key === Ellipsis) return Py_NewRef(o);
    throw typeError('invalid indexing of 0-dim memory');
  }
  if (PyIndex_Check(key)) return memory_item(mv, keyIndex(key));
  if (key instanceof PySlice) {
    const sliced = mbuf_add_view(mv.mbuf!, mv);
    try {
      init_slice(sliced, key);
    } catch (e) {
      Py_DECREF(sliced);
      throw e;
    }
    return sliced;
  }
  if (isMultiIndex(key)) return memory_item_multi(mv, key as PyTuple);
  if (isMultiSlice(key)) throw pyErr(NotImplementedErrorType, 'multi-dimensional slicing is not implemented');
  throw typeError('memoryview: invalid slice key');
}

/** memory_ass_sub: `m[i] = x` (pack_single), `m[i:j:k] = buffer` (copy_single, 1-D), `m[i, j] = x`, never `del`. */
function memory_ass_sub(o: PyObject, key: PyObject, value: PyObject | null): void {
  const mv = MV(o);
  CHECK_RELEASED(mv);
  const f = adjust_fmt(mv.format);
  if (mv.readonly) throw typeError('cannot modify read-only memory');
  if (value === null) throw typeError('cannot delete memory');
  const master = mv.mbuf!.master!;
  if (mv.ndim === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) {
      master.write(mv.start, pack_single(f, value));
      return;
    }
    throw typeError('invalid indexing of 0-dim memory');
  }
  if (PyIndex_Check(key)) {
    if (mv.ndim > 1) throw pyErr(NotImplementedErrorType, 'sub-views are not implemented');
    const at = lookup_dimension(mv, mv.start, 0, keyIndex(key));
    master.write(at, pack_single(f, value));
    return;
  }
  if (key instanceof PySlice && mv.ndim === 1) {
    const src = PyObject_GetBuffer(value);
    try {
      const dest = { ...mv, shape: mv.shape.slice(), strides: mv.strides.slice() } as PyMemoryView;
      init_slice(dest, key);
      const srcShape = src.shape ?? [src.len / src.itemsize];
      // equiv_structure: the same format (an '@' aside), item size and shape
      if (fmtChar(src.format) !== fmtChar(mv.format) || src.itemsize !== mv.itemsize || srcShape.length !== 1 || srcShape[0] !== dest.shape[0]) {
        throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      }
      const n = srcShape[0];
      const data = src.read().slice();
      for (let i = 0; i < n; i++) master.write(dest.start + i * dest.strides[0], data.subarray(i * mv.itemsize, (i + 1) * mv.itemsize));
    } finally {
      PyBuffer_Release(src);
    }
    return;
  }
  if (isMultiIndex(key)) {
    if ((key as PyTuple).items.length < mv.ndim) throw pyErr(NotImplementedErrorType, 'sub-views are not implemented');
    master.write(ptr_from_tuple(mv, key as PyTuple), pack_single(f, value));
    return;
  }
  if (key instanceof PySlice || isMultiSlice(key)) throw pyErr(NotImplementedErrorType, 'memoryview slice assignments are currently restricted to ndim = 1');
  throw typeError('memoryview: invalid slice key');
}

/** The items of a view as comparable values, in C order (unpack_cmp / struct unpacking). */
function itemValues(mv: PyMemoryView): ItemValue[] {
  const f = adjust_fmt(mv.format);
  const mem = mv.mbuf!.master!.read();
  return itemOffsets(mv).map((at) => unpackValue(f, mem, at));
}

/** equiv_shape: the same dimensions, equal up to a first zero-length one. */
function equiv_shape(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
    if (a[i] === 0) break;
  }
  return true;
}

/** The comparable items of a buffer that is not a memoryview. */
function bufferValues(b: PyBuffer): ItemValue[] {
  const f = adjust_fmt(b.format);
  const mem = b.read();
  const out: ItemValue[] = [];
  for (let at = 0; at < b.len; at += b.itemsize) out.push(unpackValue(f, mem, at));
  return out;
}

// memory_richcompare: == and != only, item by item after equal shapes; released views are equal to themselves
MemoryViewType.tp_richcompare = (v, w, op) => {
  if (op !== 'Eq' && op !== 'NotEq') return Py_NewRef(NotImplemented);
  const mv = MV(v);
  let equal: boolean;
  if (v === w) equal = true;
  else if (inaccessible(mv)) equal = false;
  else if (w instanceof PyMemoryView) {
    if (inaccessible(w)) equal = false;
    else equal = equiv_shape(mv.shape, w.shape) && sameValues(itemValues(mv), itemValues(w));
  } else {
    if (!PyObject_CheckBuffer(w)) return Py_NewRef(NotImplemented);
    const b = PyObject_GetBuffer(w);
    try {
      equal = equiv_shape(mv.shape, b.shape ?? [b.len / b.itemsize]) && sameValues(itemValues(mv), bufferValues(b));
    } finally {
      PyBuffer_Release(b);
    }
  }
  return PyBool(op === 'Eq' ? equal : !equal);
};
function sameValues(a: ItemValue[], b: ItemValue[]): boolean {
  return a.every((x, i) => (typeof x === 'string' || typeof b[i] === 'string' ? x === b[i] : x == b[i]));
}

// memory_hash: read-only byte formats only, cached; the exporter must be hashable too
MemoryViewType.tp_hash = (o) => {
  const mv = MV(o);
  if (mv.hash === null) {
    CHECK_RELEASED(mv);
    if (!mv.readonly) throw valueError('cannot hash writable memoryview object');
    const f = fmtChar(mv.format);
    if (f !== 'B' && f !== 'b' && f !== 'c') throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    if (mv.obj) PyObject_Hash(mv.obj);
    mv.hash = bytesHash(viewBytes(mv));
  }
  return mv.hash;
};
// memory_repr
MemoryViewType.tp_repr = (o) => (inaccessible(MV(o)) ? `<released memory at 0x${o.addr.toString(16)}>` : `<memory at 0x${o.addr.toString(16)}>`);

/** memory_length. */
function memory_length(o: PyObject): number {
  const mv = MV(o);
  CHECK_RELEASED(mv);
  if (mv.ndim === 0) {
    // 3.11 counted a 0-dim view as one item
    if (RT.profile.versionInfo[1] < 12) return 1;
    throw typeError('0-dim memory has no length');
  }
  return mv.shape[0];
}

setExtSlots(MemoryViewType, {
  sq_length: memory_length,
  mp_subscript: memory_subscript,
  mp_ass_subscript: memory_ass_sub,
});

/** Size of memoryiterobject with its gc header on a 64-bit build (iterType scales it): PyObject_HEAD, it_index, it_seq, it_length, it_fmt. */
const iterSize = () => 64;
// memory_iter: a memory_iterator holding the view; each step checks the view is not released
MemoryViewType.tp_iter = (o) => {
  const mv = MV(o);
  if (mv.ndim === 0) throw typeError('invalid indexing of 0-dim memory');
  if (mv.ndim !== 1) throw pyErr(NotImplementedErrorType, 'multi-dimensional sub-views are not implemented');
  CHECK_RELEASED(mv);
  return memoryIterator(mv, mv.shape[0]);
};

/** The memory_iterator over `mv`'s first `length` items. */
function memoryIterator(mv: PyMemoryView, length: number): PyObject {
  const f = adjust_fmt(mv.format);
  const o: PyObject = mv;
  o.ob_refcnt++;
  return newJsIter('memory_iterator', [o], (it) => {
    const seq = MV(it.refs[0]);
    CHECK_RELEASED(seq);
    if (it.state >= length) return null;
    return unpack_single(f, seq.mbuf!.master!.read(), seq.start + it.state++ * seq.strides[0]);
  }, iterSize());
}

/**
 * `iter()` of a released view on 3.11–3.13: memory_iter has no CHECK_RELEASED, so memory_length
 * leaves its ValueError pending while the iterator is made (it_length -1) and returned;
 * _Py_CheckFunctionResult then frees it and raises SystemError from the ValueError. null when
 * `o` is not such a view (3.14's memory_iter checks first).
 */
export function releasedIterResult(o: PyObject): PyRaise | null {
  if (!(o instanceof PyMemoryView) || !inaccessible(o) || RT.profile.versionInfo[1] >= 14) return null;
  const it = memoryIterator(o, -1);
  Py_DECREF(it);
  const cause = valueError('operation forbidden on released memoryview object').exc as PyBaseException;
  const err = pyErr(SystemErrorType, '<built-in function iter> returned a result with an exception set');
  cause.ob_refcnt++;
  PyException_SetCause(err.exc as PyBaseException, cause);
  PyException_SetContext(err.exc as PyBaseException, cause);
  return err;
}
