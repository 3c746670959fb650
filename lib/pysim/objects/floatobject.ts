// Models Objects/floatobject.c (CPython 3.12): float objects, their free list (100) and repr.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyObject_InitFromFreeList, PyObject_ToFreeList, PyRaise, PyType, RT, TypeType, staticAddr } from './object';
import { sizeofFloat } from './layout';
import { OverflowErrorType, newException, zeroDivision } from './exceptions';
import { PyLong_From } from './longobject';
import { PyUnicode_From } from './unicodeobject';

/** A float. */
export class PyFloat extends PyObject {
  declare v: number;
  constructor(v: number) {
    super(FloatType);
    this.v = v;
  }
}

/** The `float` type. */
export const FloatType = new PyType(TypeType, 'float', ObjectType);
FloatType.basicsize = 24;
FloatType.tp_getsizeof = () => sizeofFloat();
staticAddr(FloatType, 912);

/** PyFloat_FromDouble: takes a float from the free list when one is there. */
export function PyFloat_FromDouble(v: number): PyFloat {
  const fl = RT.freeLists.float;
  if (fl.length) {
    const o = fl.pop() as PyFloat;
    o.v = v;
    PyObject_InitFromFreeList(o);
    return o;
  }
  const o = new PyFloat(v);
  PyObject_Init(o, 24);
  return o;
}

FloatType.tp_dealloc = (o) => {
  const fl = RT.freeLists.float;
  if (o.ob_type === FloatType && fl.length < RT.profile.freeLists.float) {
    PyObject_ToFreeList(o);
    fl.push(o);
    return;
  }
  PyObject_Free(o);
};

/** repr(float): shortest round-trip digits, exponent when decpt <= -4 or > 16 (float_repr_style 'short'). */
export function float_repr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const e = x.toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exp = parseInt(m[4], 10);
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : ae}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
FloatType.tp_repr = (o) => float_repr((o as PyFloat).v);

/** _Py_HashDouble (Python/pyhash.c); _PyHASH_BITS is 61, or 31 on 32-bit builds. */
export function floatHash(v: number): number | bigint {
  if (Number.isNaN(v)) return 0;
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  const bits = RT && RT.profile.pointerSize === 4 ? 31 : 61;
  const B = BigInt(bits);
  const MOD = (1n << B) - 1n;
  if (Number.isInteger(v)) {
    if (Math.abs(v) < 2 ** bits - 1) return v === -1 ? -2 : v;
    const b = BigInt(v);
    const neg = b < 0n;
    let r = (neg ? -b : b) % MOD;
    if (neg) r = -r;
    return r === -1n ? -2 : Number.isSafeInteger(Number(r)) ? Number(r) : r;
  }
  let sign = 1;
  let m = v;
  if (m < 0) { sign = -1; m = -m; }
  let e = 0;
  while (m >= 1) { m /= 2; e++; }
  while (m < 0.5) { m *= 2; e--; }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MOD) | (x >> (B - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MOD) x -= MOD;
  }
  const eb = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
  x = ((x << BigInt(eb)) & MOD) | (x >> BigInt(bits - eb));
  let r = x * BigInt(sign);
  if (r === -1n) r = -2n;
  const n = Number(r);
  return Number.isSafeInteger(n) ? n : r;
}
FloatType.tp_hash = (o) => floatHash((o as PyFloat).v);

/**
 * PyErr_SetFromErrno(PyExc_OverflowError) with errno ERANGE: `OverflowError(ERANGE,
 * strerror(ERANGE))`, what float ** float raises when the C pow() overflows.
 */
export function erangeError(): PyRaise {
  const { errno, strerror } = RT.profile.erange;
  return new PyRaise(newException(OverflowErrorType, [PyLong_From(errno), PyUnicode_From(strerror)]));
}

const isOddInteger = (x: number) => Number.isInteger(x) && Math.abs(x % 2) === 1;

/**
 * float_pow: iv ** iw with CPython's special cases, then C pow(); null when the result is complex
 * (a negative base to a fractional power, which float_pow hands to complex_pow). An overflow of a
 * finite result is `erangeError()`; an underflow is 0.0.
 */
export function float_pow(iv: number, iw: number): number | null {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    return (iw > 0) === (a > 1.0) ? Infinity : 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) throw zeroDivision(RT.profile.messages.zeroToNegativePower ? 'zero to a negative power' : '0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) return null;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const ix = Math.pow(iv, iw);
  if (!Number.isFinite(ix)) throw erangeError();
  return negate ? -ix : ix;
}
