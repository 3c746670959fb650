// Models Objects/bytesobject.c (CPython 3.12): immutable bytes, the b'' singleton.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, RT, TypeType, staticAddr, IMMORTAL_REFCNT } from './object';
import { _Py_HashBytes } from '../pyhash';
import { sizeofByteArray, sizeofBytesHeader } from './layout';

/** A bytes object. */
export class PyBytes extends PyObject {
  declare v: Uint8Array;
  /** bytearray only: ob_alloc, the bytes of the buffer (null: one more than the length, or 0 when empty). */
  declare alloc: number | null;
  /** bytearray only: ob_start - ob_bytes, the bytes dropped from the front of the buffer. */
  declare offset: number;
  /** bytearray only: ob_exports, the buffers exported and not yet released (memoryviews). */
  declare exports: number;
  /** bytearray only: ob_bytes, the buffer's block (PyObject_Malloc of ob_alloc bytes), 0 while it has none. */
  declare bufAddr: number;
  constructor(v: Uint8Array) {
    super(BytesType);
    this.v = v;
    this.alloc = null;
    this.offset = 0;
    this.exports = 0;
    this.bufAddr = 0;
  }
}

/** The `bytes` type. */
export const BytesType = new PyType(TypeType, 'bytes', ObjectType);
staticAddr(BytesType, 912);
BytesType.tp_getsizeof = (o) => sizeofBytesHeader() + (o as PyBytes).v.length;

/** b''. */
export const EmptyBytes = new PyBytes(new Uint8Array(0));
EmptyBytes.ob_refcnt = IMMORTAL_REFCNT;
staticAddr(EmptyBytes, 48);

/**
 * _Py_SINGLETON(bytes_characters): the 256 one-byte bytes objects are static and immortal, so
 * every one-byte result (literal, slice, bytes([97]), encode) is the same object. Made on first use,
 * at addresses of their own (a static array in the binary).
 */
const characters: (PyBytes | undefined)[] = [];
function bytesCharacter(c: number): PyBytes {
  let o = characters[c];
  if (!o) {
    o = new PyBytes(new Uint8Array([c]));
    o.ob_refcnt = IMMORTAL_REFCNT;
    o.addr = 0x7f3a5d100000 - 0x50000 + c * 48;
    characters[c] = o;
  }
  return o;
}

/** PyBytes_FromStringAndSize. */
export function PyBytes_From(v: Uint8Array): PyBytes {
  if (v.length === 0) return EmptyBytes;
  if (v.length === 1) return bytesCharacter(v[0]);
  const o = new PyBytes(v);
  PyObject_Init(o, sizeofBytesHeader() + v.length);
  return o;
}

/**
 * PyBytes_FromStringAndSize(NULL, n) filled afterwards (bytes_subscript's stepped slice): a new
 * object even for one byte (only the call given the bytes uses the one-character cache).
 */
export function PyBytes_FromSize(v: Uint8Array): PyBytes {
  if (v.length === 0) return EmptyBytes;
  const o = new PyBytes(v);
  PyObject_Init(o, sizeofBytesHeader() + v.length);
  return o;
}

/** repr(bytes). */
export function bytesRepr(v: Uint8Array): string {
  let hasSq = false, hasDq = false;
  for (const c of v) { if (c === 39) hasSq = true; if (c === 34) hasDq = true; }
  const q = hasSq && !hasDq ? '"' : "'";
  let out = 'b' + q;
  for (const c of v) {
    if (c === q.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}
BytesType.tp_repr = (o) => bytesRepr((o as PyBytes).v);

/** bytes_hash: _Py_HashBytes of the bytes (SipHash-1-3 with the PYTHONHASHSEED=0 key). */
export function bytesHash(v: Uint8Array): number | bigint {
  return _Py_HashBytes(v, RT ? RT.profile.pointerSize : 8, RT ? RT.profile.hashAlgorithm : 'siphash13');
}
BytesType.tp_hash = (o) => bytesHash((o as PyBytes).v);

/** bytearray (Objects/bytearrayobject.c), minimal: a mutable byte buffer. */
export const ByteArrayType = new PyType(TypeType, 'bytearray', ObjectType);
ByteArrayType.basicsize = 56;
staticAddr(ByteArrayType, 912);
ByteArrayType.tp_getsizeof = (o) => sizeofByteArray() + byteArrayAlloc(o as PyBytes);
/** ob_alloc of a bytearray: PyByteArray_FromStringAndSize allocates the length and a NUL (nothing when empty). */
export function byteArrayAlloc(b: PyBytes): number {
  return b.alloc ?? (b.v.length ? b.v.length + 1 : 0);
}
// bytearray_repr names the object's own class (_PyType_Name)
ByteArrayType.tp_repr = (o) => `${o.ob_type.name}(${bytesRepr((o as PyBytes).v)})`;


/** A new bytearray holding a copy of `v` (PyByteArray_FromStringAndSize: the object, then a buffer of the length and a NUL). */
export function PyByteArray_From(v: Uint8Array): PyBytes {
  const o = new PyBytes(v.slice());
  o.ob_type = ByteArrayType;
  PyObject_Init(o, 56);
  if (v.length) o.bufAddr = RT.alloc.PyObject_Malloc(v.length + 1);
  return o;
}

/** Frees a bytearray's buffer block (bytearray_dealloc's PyObject_Free(self->ob_bytes)). */
export function freeByteArrayBuffer(b: PyBytes): void {
  if (b.bufAddr !== 0) {
    RT.alloc.PyObject_Free(b.bufAddr);
    b.bufAddr = 0;
  }
}
ByteArrayType.tp_dealloc = (o) => {
  freeByteArrayBuffer(o as PyBytes);
  PyObject_Free(o);
};
