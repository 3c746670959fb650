// Models Python/dtoa.c _Py_dg_dtoa (CPython 3.12): correctly rounded decimal digits of a double.
//
// Digits are computed from the exact binary value with BigInt, so rounding is exact
// round-half-even like Gay's dtoa (no ROUND_BIASED). Mode 0 uses the engine's shortest
// round-trip digits (ECMAScript Number::toString is specified as shortest-and-closest).

/** Result of _Py_dg_dtoa for a finite double: digits without trailing zeros, decimal point position. */
export interface DtoaResult {
  /** Significant digits, no leading or trailing zeros ('0' for zero, '' when rounded to nothing). */
  digits: string;
  /** Position of the decimal point relative to the start of `digits` (value = 0.digits × 10^decpt). */
  decpt: number;
  /** True when the sign bit is set (including -0.0). */
  negative: boolean;
}

const buf = new DataView(new ArrayBuffer(8));

/** Exact decimal expansion of |x| (finite, nonzero): digits and decpt, no trailing zeros. */
export function exactDigits(x: number): { digits: string; decpt: number } {
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  let s: string;
  let decpt: number;
  if (e2 >= 0) {
    s = (mant << BigInt(e2)).toString();
    decpt = s.length;
  } else {
    s = (mant * 5n ** BigInt(-e2)).toString();
    decpt = s.length + e2;
  }
  return { digits: s.replace(/0+$/, ''), decpt };
}

/** Round an exact digit string to its first `n` digits, half-even; strips trailing zeros. */
export function roundDigits(digits: string, decpt: number, n: number): { digits: string; decpt: number } {
  if (n >= digits.length) return { digits, decpt };
  if (n < 0) return { digits: '', decpt };
  const next = digits.charCodeAt(n) - 48;
  const restNonzero = /[1-9]/.test(digits.slice(n + 1));
  const kept = digits.slice(0, n);
  const lastOdd = n > 0 && (digits.charCodeAt(n - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (restNonzero || lastOdd));
  if (!up) return { digits: kept.replace(/0+$/, ''), decpt };
  if (n === 0) return { digits: '1', decpt: decpt + 1 };
  const inc = (BigInt(kept) + 1n).toString();
  if (inc.length > kept.length) return { digits: '1', decpt: decpt + 1 };
  return { digits: inc.replace(/0+$/, ''), decpt };
}

/**
 * _Py_dg_dtoa(d, mode, ndigits): mode 0 shortest round-trip, mode 2 `ndigits` significant
 * digits (>= 1), mode 3 `ndigits` digits after the decimal point. `d` must be finite.
 */
export function _Py_dg_dtoa(d: number, mode: 0 | 2 | 3, ndigits: number): DtoaResult {
  const negative = d < 0 || Object.is(d, -0);
  if (d === 0) return { digits: '0', decpt: 1, negative };
  if (mode === 0) {
    const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(Math.abs(d).toExponential());
    if (!m) throw new Error('unexpected toExponential output');
    const digits = (m[1] + (m[2] ?? '')).replace(/0+$/, '');
    return { digits, decpt: Number(m[3]) + 1, negative };
  }
  const ex = exactDigits(d);
  const n = mode === 2 ? ndigits : ex.decpt + ndigits;
  const r = roundDigits(ex.digits, ex.decpt, n);
  if (mode === 3 && r.digits === '') return { digits: '', decpt: -ndigits, negative };
  return { ...r, negative };
}
