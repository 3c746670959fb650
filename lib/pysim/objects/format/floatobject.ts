// Models Objects/floatobject.c (CPython 3.12): float___round___impl and double_round.

import { _Py_dg_dtoa } from './dtoa';
import { raise } from './errors';

const NDIGITS_MAX = Math.trunc((53 - -1021) * 0.30103);
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103);

/** PyLong_FromDouble for an integral double: OverflowError for inf, ValueError for nan. */
export function PyLong_FromDouble(x: number): bigint {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

function double_round(x: number, ndigits: number): number {
  const r = _Py_dg_dtoa(x, 3, ndigits);
  const s = `${r.negative ? '-' : ''}0${r.digits}e${r.decpt - r.digits.length}`;
  const rounded = Number(s);
  if (!Number.isFinite(rounded)) raise('OverflowError', 'rounded value too large to represent');
  return rounded;
}

/**
 * round(x) / round(x, ndigits) for a float (float___round___impl). Without ndigits (undefined
 * or null) returns a bigint, rounding half to even; with ndigits returns a float correctly
 * rounded through its decimal string, as CPython does.
 */
export function round_float(x: number, ndigits?: number | bigint | null): number | bigint {
  if (ndigits === undefined || ndigits === null) {
    if (!Number.isFinite(x)) return PyLong_FromDouble(x);
    const f = Math.floor(x);
    const diff = x - f;
    let r: number;
    if (diff > 0.5) r = f + 1;
    else if (diff < 0.5) r = f;
    else r = f % 2 === 0 ? f : f + 1;
    return PyLong_FromDouble(r);
  }
  if (!Number.isFinite(x)) return x;
  const nd = typeof ndigits === 'bigint' ? ndigits : BigInt(Math.trunc(ndigits));
  if (nd > BigInt(NDIGITS_MAX)) return x;
  if (nd < BigInt(NDIGITS_MIN)) return 0.0 * x;
  return double_round(x, Number(nd));
}

/** frexp: [m, e] with x = m * 2**e and 0.5 <= |m| < 1 (x finite and nonzero). */
function frexp(x: number): [number, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let e = (view.getUint16(0) >> 4) & 0x7ff;
  if (e === 0) {
    // subnormal: scale into the normal range first
    const [m, e2] = frexp(x * 2 ** 64);
    return [m, e2 - 64];
  }
  e -= 1022;
  return [x * 2 ** -e, e];
}

/**
 * float.hex (float_hex): '0x1.<13 hex digits>p<exp>' from frexp, shifted so that subnormals keep
 * a leading 0 digit; infinities and nan are their repr.
 */
export function float_hex(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  let [m, e] = frexp(Math.abs(x));
  const shift = 1 - Math.max(-1021 - e, 0);
  m *= 2 ** shift;
  e -= shift;
  let s = Math.trunc(m).toString(16) + '.';
  m -= Math.trunc(m);
  for (let i = 0; i < 13; i++) {
    m *= 16;
    s += Math.trunc(m).toString(16);
    m -= Math.trunc(m);
  }
  return `${x < 0 ? '-' : ''}0x${s}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}
