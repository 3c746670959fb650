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
    case 'h': case 'H': return 2;
    // half floats: a native format of memoryview from 3.12
    case 'e': return RT.profile.versionInfo[1] >= 12 ? 2 : -1;
    case 'i': case 'I': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'l': case 'L': case 'n': case 'N': case 'P': return p;
  }
  return -1;
}

/** The format character without its '@'. */
export const fmtChar = (fmt: string): string => (fmt[0] === '@' ? fmt.slice(1) : fmt);

/** adjust_fmt: the formats unpack_single knows. */
export function adjust_fmt(fmt: string): string {
  const f = fmtChar(fmt);
  if (get_native_fmtchar(f) < 0) throw pyErr(NotImplementedErrorType, `memoryview: unsupported format ${fmt}`);
  return f;
}

/** frexp: [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (x finite, non-zero). */
function frexp(x: number): [number, number] {
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/** PyFloat_Pack2: the IEEE half-precision bits of `x`, rounded half to even; null on overflow. */
function PyFloat_Pack2(x: number): number | null {
  let sign: number, e: number, bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (!Number.isFinite(x) && !Number.isNaN(x)) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (Number.isNaN(x)) {
    sign = 0;
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0 ? 1 : 0;
    let [f, ex] = frexp(Math.abs(x));
    // normalize f to [1.0, 2.0)
    f *= 2;
    ex--;
    if (ex >= 16) return null;
    if (ex < -25) {
      f = 0;
      ex = 0;
    } else if (ex < -14) {
      f = f * 2 ** (14 + ex);
      ex = 0;
    } else {
      ex += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      if (++bits === 1024) {
        bits = 0;
        if (++ex === 31) return null;
      }
    }
    e = ex;
  }
  return bits | (e << 10) | (sign << 15);
}

/** PyFloat_Unpack2: the double the half-precision bits `h` hold. */
function PyFloat_Unpack2(h: number): number {
  const sign = (h >> 15) & 1;
  let e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? (sign ? -Infinity : Infinity) : NaN;
  let x = f / 1024;
  if (e === 0) e = -14;
  else {
    x += 1;
    e -= 15;
  }
  x *= 2 ** e;
  return sign ? -x : x;
}

/** The raw value of the item at byte `at` of `mem` (format `f`, already adjusted). */
export function unpackValue(f: string, mem: Uint8Array, at: number): ItemValue {
  const dv = new DataView(mem.buffer, mem.byteOffset, mem.byteLength);
  const size = get_native_fmtchar(f);
  const signed = f === 'b' || f === 'h' || f === 'i' || f === 'l' || f === 'q' || f === 'n';
  switch (f) {
    case 'c': return `b:${mem[at]}`;
    case '?': return mem[at] !== 0 ? 1 : 0;
    case 'e': return PyFloat_Unpack2(dv.getUint16(at, true));
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
  if (f === 'e' || f === 'f' || f === 'd') return PyFloat_FromDouble(v as number);
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

/** PyLong_AsVoidPtr of an item: from -2**(bits-1) to 2**bits - 1. */
function pointerItem(f: string, item: PyObject, bits: number): bigint {
  if (!PyIndex_Check(item) || item instanceof PyFloat) throw typeErrorInt(f);
  const x = BigInt(PyNumber_Index(item));
  if (x < -(1n << BigInt(bits - 1)) || x >= 1n << BigInt(bits)) throw valueErrorInt(f);
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
    case 'e': case 'f': case 'd': {
      // PyFloat_AsDouble (an int too large for a double overflows: fix_error_int's ValueError)
      let d: number;
      if (item instanceof PyFloat) d = item.v;
      else if (item instanceof PyLong || PyIndex_Check(item)) d = Number(item instanceof PyLong ? item.v : PyNumber_Index(item));
      else throw typeErrorInt(f);
      if (!Number.isFinite(d) && !(item instanceof PyFloat)) throw valueErrorInt(f);
      if (f === 'e') {
        const h = PyFloat_Pack2(d);
        if (h === null) throw valueErrorInt(f);
        dv.setUint16(0, h, true);
      } else if (f === 'f') dv.setFloat32(0, d, true); // a C cast: too large is inf
      else dv.setFloat64(0, d, true);
      return out;
    }
  }
  const signed = f === 'b' || f === 'h' || f === 'i' || f === 'l' || f === 'q' || f === 'n';
  // PyLong_AsVoidPtr: a negative value as a signed integer of the pointer's width
  const x = f === 'P' ? pointerItem(f, item, size * 8) : intItem(f, item, size * 8, signed);
  if (size === 8) dv.setBigUint64(0, BigInt.asUintN(64, x), true);
  else if (size === 4) dv.setUint32(0, Number(BigInt.asUintN(32, x)), true);
  else if (size === 2) dv.setUint16(0, Number(BigInt.asUintN(16, x)), true);
  else dv.setUint8(0, Number(BigInt.asUintN(8, x)));
  return out;
}
