// Models the native single-character struct formats of Objects/memoryobject.c (CPython 3.11–3.14):
// get_native_fmtchar (the item size of each format on the profile's build), unpack_single (an item
// as a new Python object) and pack_single (a Python object stored as an item, with its type and
// range checks and fix_error_int's messages), little-endian as the simulated machines are.
import { PyObject, RT } from './object';
import { PyBool, PyLong, PyLong_From } from './longobject';
import { PyFloat, PyFloat_FromDouble } from './floatobject';
import { BytesType, PyBytes, PyBytes_From } from './bytesobject';
import { NotImplementedErrorType, pyErr, typeError, valueError } from './exceptions';
import { PyIndex_Check, PyNumber_Index, PyObject_IsTrue } from '../abstract';

/** A value unpacked for comparison: a number, a bigint, or a one-byte bytes object as `b:<code>`. */
export type ItemValue = number | bigint | string;

/**
 * get_native_fmtchar: the item size of a native single-character format (an optional '@' first),
 * or -1. `l`, `L`, `n`, `N` and `P` are as wide as a pointer (the C long of the builds simulated).
 */
export function get_native_fmtchar(fmt: string): number {
  const f = fmt[0] === '@' ? fmt.slice(1) : fmt;
  if (f.length !== 1) return -1;
  const p = RT.profile.pointerSize;
  switch (f) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'l': case 'L': case 'n': case 'N': case 'P': return p;
  }
  return -1;
}

/** The format character without its '@'. */
export const fmtChar = (fmt: string): string => (fmt[0] === '@' ? fmt.slice(1) : fmt);

/** adjust_fmt: the formats unpack_single knows; 'e' (half floats) is not simulated. */
export function adjust_fmt(fmt: string): string {
  const f = fmtChar(fmt);
  if (get_native_fmtchar(f) < 0) throw pyErr(NotImplementedErrorType, `memoryview: unsupported format ${fmt}`);
  if (f === 'e') throw pyErr(NotImplementedErrorType, "heaplab does not simulate memoryview format 'e' (half floats) yet");
  return f;
}

/** The raw value of the item at byte `at` of `mem` (format `f`, already adjusted). */
export function unpackValue(f: string, mem: Uint8Array, at: number): ItemValue {
  const dv = new DataView(mem.buffer, mem.byteOffset, mem.byteLength);
  const size = get_native_fmtchar(f);
  const signed = f === 'b' || f === 'h' || f === 'i' || f === 'l' || f === 'q' || f === 'n';
  switch (f) {
    case 'c': return `b:${mem[at]}`;
    case '?': return mem[at] !== 0 ? 1 : 0;
    case 'f': return dv.getFloat32(at, true);
    case 'd': return dv.getFloat64(at, true);
  }
  if (size === 1) return signed ? dv.getInt8(at) : dv.getUint8(at);
  if (size === 2) return signed ? dv.getInt16(at, true) : dv.getUint16(at, true);
  if (size === 4) return signed ? dv.getInt32(at, true) : dv.getUint32(at, true);
  const x = signed ? dv.getBigInt64(at, true) : dv.getBigUint64(at, true);
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

/** unpack_single: the item at byte `at` as a new object (int, float, bool, or bytes of one byte). */
export function unpack_single(f: string, mem: Uint8Array, at: number): PyObject {
  const v = unpackValue(f, mem, at);
  if (f === 'c') return PyBytes_From(Uint8Array.of(mem[at]));
  if (f === '?') return PyBool(v === 1);
  if (f === 'f' || f === 'd') return PyFloat_FromDouble(v as number);
  return PyLong_From(v as number | bigint);
}

const typeErrorInt = (f: string) => typeError(`memoryview: invalid type for format '${f}'`);
const valueErrorInt = (f: string) => valueError(`memoryview: invalid value for format '${f}'`);

/** The C integer of an item (pylong_as_ld / pylong_as_lu …: PyNumber_Index, then the range). */
function intItem(f: string, item: PyObject, bits: number, signed: boolean): bigint {
  if (!PyIndex_Check(item)) throw typeErrorInt(f);
  const x = BigInt(PyNumber_Index(item));
  const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (x < lo || x > hi) throw valueErrorInt(f);
  return x;
}

/** pack_single: the bytes of `item` stored with format `f` (already adjusted). */
export function pack_single(f: string, item: PyObject): Uint8Array {
  const size = get_native_fmtchar(f);
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  switch (f) {
    case 'c': {
      if (!(item instanceof PyBytes) || !item.ob_type.mro.includes(BytesType)) throw typeErrorInt(f);
      if (item.v.length !== 1) throw valueErrorInt(f);
      out[0] = item.v[0];
      return out;
    }
    case '?':
      out[0] = PyObject_IsTrue(item) ? 1 : 0;
      return out;
    case 'f': case 'd': {
      let d: number;
      if (item instanceof PyFloat) d = item.v;
      else if (item instanceof PyLong) d = Number(item.v);
      else if (PyIndex_Check(item)) d = Number(PyNumber_Index(item));
      else throw typeErrorInt(f);
      if (f === 'f') {
        // PyFloat_Pack4: a finite double too large for a float overflows
        if (Number.isFinite(d) && !Number.isFinite(Math.fround(d))) throw valueErrorInt(f);
        dv.setFloat32(0, d, true);
      } else dv.setFloat64(0, d, true);
      return out;
    }
  }
  const signed = f === 'b' || f === 'h' || f === 'i' || f === 'l' || f === 'q' || f === 'n';
  const x = intItem(f, item, size * 8, signed);
  if (size === 8) dv.setBigUint64(0, BigInt.asUintN(64, x), true);
  else if (size === 4) dv.setUint32(0, Number(BigInt.asUintN(32, x)), true);
  else if (size === 2) dv.setUint16(0, Number(BigInt.asUintN(16, x)), true);
  else dv.setUint8(0, Number(BigInt.asUintN(8, x)));
  return out;
}
