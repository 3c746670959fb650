// Models Python/pystrtod.c (CPython 3.12): PyOS_double_to_string, format_float_short, PyOS_string_to_double.

import { _Py_dg_dtoa } from './dtoa';
import { raise } from './errors';
import { unicode_repr } from './unicode_repr';
import { decimalDigitValue, Py_ISSPACE, Py_UNICODE_ISSPACE } from './unicodectype';

/** Flags of PyOS_double_to_string (Py_DTSF_*). */
export interface DtsfFlags {
  /** Py_DTSF_SIGN: always add a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: add '.0' to integral results when no exponent is used. */
  addDot0?: boolean;
  /** Py_DTSF_ALT: alternate form ('#'): keep a trailing '.', keep trailing zeros for 'g'. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: the 'z' option: a negative result that rounds to zero loses its sign. */
  noNeg0?: boolean;
}

function format_float_short(
  d: number,
  format_code: 'e' | 'f' | 'g' | 'r',
  mode: 0 | 2 | 3,
  precision: number,
  flags: DtsfFlags,
  upper: boolean,
): string {
  if (!Number.isFinite(d)) {
    let s = Number.isNaN(d) ? 'nan' : 'inf';
    if (upper) s = s.toUpperCase();
    if (d === -Infinity) return '-' + s;
    return (flags.sign ? '+' : '') + s;
  }
  const r = _Py_dg_dtoa(d, mode, precision);
  const digits = r.digits;
  let decpt = r.decpt;
  let sign = r.negative;
  const digits_len = digits.length;
  if (flags.noNeg0 && sign && (digits_len === 0 || digits === '0')) sign = false;
  let vdigits_end = digits_len;
  let use_exp = false;
  let exp = 0;
  switch (format_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) use_exp = true;
      if (flags.alt) vdigits_end = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && flags.addDot0) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  let p = '';
  if (sign) p += '-';
  else if (flags.sign) p += '+';
  if (decpt <= 0) {
    p += '0'.repeat(decpt - vdigits_start) + '.' + '0'.repeat(-decpt);
  } else {
    p += '0'.repeat(-vdigits_start);
  }
  if (0 < decpt && decpt <= digits_len) {
    p += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    p += digits;
  }
  if (digits_len < decpt) {
    p += '0'.repeat(decpt - digits_len) + '.' + '0'.repeat(vdigits_end - decpt);
  } else {
    p += '0'.repeat(Math.max(0, vdigits_end - digits_len));
  }
  if (p.endsWith('.') && !flags.alt) p = p.slice(0, -1);
  if (use_exp) {
    const a = Math.abs(exp);
    p += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return p;
}

/**
 * PyOS_double_to_string(val, format_code, precision, flags): format_code is one of
 * e E f F g G r ('r' = repr, precision must be 0).
 */
export function PyOS_double_to_string(val: number, format_code: string, precision: number, flags: DtsfFlags = {}): string {
  const upper = format_code === 'E' || format_code === 'F' || format_code === 'G';
  switch (format_code) {
    case 'e':
    case 'E':
      return format_float_short(val, 'e', 2, precision + 1, flags, upper);
    case 'f':
    case 'F':
      return format_float_short(val, 'f', 3, precision, flags, upper);
    case 'g':
    case 'G':
      return format_float_short(val, 'g', 2, precision === 0 ? 1 : precision, flags, upper);
    case 'r':
      return format_float_short(val, 'r', 0, 0, flags, upper);
    default:
      throw new Error(`PyOS_double_to_string: bad format code ${format_code}`);
  }
}

/** Python's repr(x) / str(x) for a float (float_repr): '0.1', '1e+16', '-0.0', 'inf', 'nan'. */
export function float_repr(x: number): string {
  return PyOS_double_to_string(x, 'r', 0, { addDot0: true });
}

/** Map Unicode decimal digits to ASCII and Unicode whitespace to ' ' (_PyUnicode_TransformDecimalAndSpaceToASCII). */
export function transformDecimalAndSpaceToASCII(s: string): string | null {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (Py_UNICODE_ISSPACE(c)) out += ' ';
    else {
      const dv = decimalDigitValue(c);
      if (dv < 0) return null;
      out += String(dv);
    }
  }
  return out;
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^[+-]?(?:inf|infinity|nan)$/i;

/**
 * float(s) for a str argument (float_from_string / PyOS_string_to_double): strips whitespace,
 * accepts underscores between digits, inf/infinity/nan in any case. Throws ValueError
 * "could not convert string to float: '...'".
 */
export function float_from_string(s: string): number {
  const t = transformDecimalAndSpaceToASCII(s);
  const fail = (): never => raise('ValueError', `could not convert string to float: ${unicode_repr(s)}`);
  if (t === null) return fail();
  let a = 0;
  let b = t.length;
  while (a < b && Py_ISSPACE(t.charCodeAt(a))) a++;
  while (b > a && Py_ISSPACE(t.charCodeAt(b - 1))) b--;
  const body = t.slice(a, b);
  if (SPECIAL_RE.test(body)) {
    const neg = body[0] === '-';
    if (/nan$/i.test(body)) return NaN;
    return neg ? -Infinity : Infinity;
  }
  if (!FLOAT_RE.test(body)) return fail();
  return Number(body.replace(/_/g, ''));
}
