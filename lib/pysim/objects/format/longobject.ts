// Models Objects/longobject.c (CPython 3.12): long_to_decimal_string, long_format_binary,
// PyLong_FromString / PyLong_FromUnicodeObject and long_round.

import { raise } from './errors';
import { transformDecimalAndSpaceToASCII } from './pystrtod';
import { unicode_repr } from './unicode_repr';
import { Py_ISSPACE } from './unicodectype';

/** sys.get_int_max_str_digits() default (_PY_LONG_DEFAULT_MAX_STR_DIGITS). */
export const DEFAULT_MAX_STR_DIGITS = 4300;

/** Where the running interpreter's limit comes from (its sys.set_int_max_str_digits). */
let maxStrDigitsSource: () => number = () => DEFAULT_MAX_STR_DIGITS;
/** Installs the source of the running interpreter's int/str conversion limit. */
export function setMaxStrDigitsSource(f: () => number): void {
  maxStrDigitsSource = f;
}

const big = (v: bigint | number): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/**
 * str(int) (long_to_decimal_string). Throws ValueError when the result would exceed
 * `maxStrDigits` digits (sys.set_int_max_str_digits; 0 disables the limit).
 */
export function int_to_decimal(v: bigint | number, maxStrDigits = maxStrDigitsSource()): string {
  const s = big(v).toString();
  const n = s[0] === '-' ? s.length - 1 : s.length;
  if (maxStrDigits > 0 && n > maxStrDigits)
    raise(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  return s;
}

/** bin()/oct()/hex() (long_format_binary): base 2, 8 or 16, with the 0b/0o/0x prefix unless `prefix` is false. */
export function int_to_base(v: bigint | number, base: 2 | 8 | 16, prefix = true): string {
  const b = big(v);
  const neg = b < 0n;
  const digits = (neg ? -b : b).toString(base);
  const p = prefix ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return (neg ? '-' : '') + p + digits;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * int(s, base) for a str argument (PyLong_FromUnicodeObject → PyLong_FromString): whitespace,
 * sign, base-0 prefixes and leading-zero rule, single underscores between digits, Unicode
 * decimal digits. Throws ValueError with CPython's message (the repr of `s`, cut to 200 chars).
 */
export function PyLong_FromString(s: string, base = 10, maxStrDigits = maxStrDigitsSource()): bigint {
  if ((base !== 0 && base < 2) || base > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const origBase = base;
  const fail = (): never =>
    raise('ValueError', `invalid literal for int() with base ${origBase}: ${unicode_repr(s).slice(0, 200)}`);
  const t = transformDecimalAndSpaceToASCII(s);
  if (t === null) return fail();
  let i = 0;
  const n = t.length;
  const at = (k: number): string => (k < n ? t[k] : '\0');
  while (i < n && Py_ISSPACE(t.charCodeAt(i))) i++;
  let neg = false;
  if (at(i) === '+') i++;
  else if (at(i) === '-') {
    i++;
    neg = true;
  }
  let errorIfNonzero = false;
  if (base === 0) {
    const c1 = at(i + 1).toLowerCase();
    if (at(i) !== '0') base = 10;
    else if (c1 === 'x') base = 16;
    else if (c1 === 'o') base = 8;
    else if (c1 === 'b') base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  const c1 = at(i + 1).toLowerCase();
  if (at(i) === '0' && ((base === 16 && c1 === 'x') || (base === 8 && c1 === 'o') || (base === 2 && c1 === 'b'))) {
    i += 2;
    if (at(i) === '_') i++;
  }
  if (at(i) === '_') return fail();
  const start = i;
  let digits = '';
  let prevUnderscore = false;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return fail();
      prevUnderscore = true;
      i++;
      continue;
    }
    if (digitValue(c) >= base) break;
    digits += t[i];
    prevUnderscore = false;
    i++;
  }
  if (prevUnderscore || i === start || digits === '') return fail();
  while (i < n && Py_ISSPACE(t.charCodeAt(i))) i++;
  if (i !== n) return fail();
  if (maxStrDigits > 0 && (base & (base - 1)) !== 0 && digits.length > maxStrDigits)
    raise(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  let v: bigint;
  if (base === 10) v = BigInt(digits);
  else if (base === 16 || base === 8 || base === 2) v = BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + digits);
  else {
    v = 0n;
    const B = BigInt(base);
    for (const d of digits) v = v * B + BigInt(digitValue(d.charCodeAt(0)));
  }
  if (errorIfNonzero && v !== 0n) return fail();
  return neg ? -v : v;
}

/** round(int, ndigits) (long_round): round-half-even to a multiple of 10**-ndigits; ndigits >= 0 returns v. */
export function round_int(v: bigint | number, ndigits: number | bigint): bigint {
  const a = big(v);
  const nd = big(ndigits);
  if (nd >= 0n) return a;
  const pow = 10n ** -nd;
  let q = a / pow;
  let r = a - q * pow;
  if (r < 0n) {
    q -= 1n;
    r += pow;
  }
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return q * pow;
}
