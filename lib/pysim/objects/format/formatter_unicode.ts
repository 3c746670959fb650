// Models Python/formatter_unicode.c (CPython 3.12): the format-spec mini-language for int, float and str.

import { raise } from './errors';
import { PyLong_FromDouble } from './floatobject';
import { int_to_base, int_to_decimal } from './longobject';
import { PyOS_double_to_string, type DtsfFlags } from './pystrtod';
import { decimalDigitValue } from './unicodectype';

/** Parsed format spec (InternalFormatSpec). */
export interface InternalFormatSpec {
  fill_char: string;
  align: string;
  alternate: boolean;
  no_neg_0: boolean;
  sign: string;
  width: number;
  /** 0 none, ',' or '_' (grouping by 3), '_4' (underscore every 4 digits for b/o/x/X). */
  thousands_separators: '' | ',' | '_' | '_4';
  precision: number;
  type: string;
}

const cpLen = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';

function get_integer(spec: string[], pos: number): { value: number; consumed: number; pos: number } {
  let value = 0;
  let consumed = 0;
  while (pos < spec.length) {
    const d = decimalDigitValue(spec[pos].codePointAt(0)!);
    if (d < 0) break;
    value = value * 10 + d;
    if (value > 0x7fffffffffff) raise('ValueError', 'Too many decimal digits in format string');
    pos++;
    consumed++;
  }
  return { value, consumed, pos };
}

function sepTypeError(sep: string, type: string): never {
  const c = type.codePointAt(0) ?? 0;
  if (c > 32 && c < 128) raise('ValueError', `Cannot specify '${sep}' with '${type}'.`);
  raise('ValueError', `Cannot specify '${sep}' with '\\x${c.toString(16)}'.`);
}

/** parse_internal_render_format_spec: parse `spec` for an object of type `typeName`. */
export function parse_internal_render_format_spec(
  specStr: string,
  typeName: string,
  default_type: string,
  default_align: string,
): InternalFormatSpec {
  const spec = Array.from(specStr);
  const end = spec.length;
  let pos = 0;
  const f: InternalFormatSpec = {
    fill_char: ' ',
    align: default_align,
    alternate: false,
    no_neg_0: false,
    sign: '',
    width: -1,
    thousands_separators: '',
    precision: -1,
    type: default_type,
  };
  let align_specified = false;
  let fill_char_specified = false;
  if (end - pos >= 2 && isAlign(spec[pos + 1])) {
    f.align = spec[pos + 1];
    f.fill_char = spec[pos];
    fill_char_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(spec[pos])) {
    f.align = spec[pos];
    align_specified = true;
    pos++;
  }
  if (end - pos >= 1 && (spec[pos] === '+' || spec[pos] === '-' || spec[pos] === ' ')) f.sign = spec[pos++];
  if (end - pos >= 1 && spec[pos] === 'z') {
    f.no_neg_0 = true;
    pos++;
  }
  if (end - pos >= 1 && spec[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fill_char_specified && end - pos >= 1 && spec[pos] === '0') {
    f.fill_char = '0';
    if (!align_specified && default_align === '>') f.align = '=';
    pos++;
  }
  let r = get_integer(spec, pos);
  pos = r.pos;
  f.width = r.consumed === 0 ? -1 : r.value;
  if (end - pos && spec[pos] === ',') {
    f.thousands_separators = ',';
    pos++;
  }
  if (end - pos && spec[pos] === '_') {
    if (f.thousands_separators !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    f.thousands_separators = '_';
    pos++;
  }
  if (end - pos && spec[pos] === ',' && f.thousands_separators === '_')
    raise('ValueError', "Cannot specify both ',' and '_'.");
  if (end - pos && spec[pos] === '.') {
    pos++;
    r = get_integer(spec, pos);
    pos = r.pos;
    if (r.consumed === 0) raise('ValueError', 'Format specifier missing precision');
    f.precision = r.value;
  }
  if (end - pos > 1) raise('ValueError', `Invalid format specifier '${specStr}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = spec[pos++];
  if (f.thousands_separators) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands_separators === '_') {
          f.thousands_separators = '_4';
          break;
        }
        sepTypeError(f.thousands_separators, f.type);
        break;
      default:
        sepTypeError(f.thousands_separators === '_4' ? '_' : f.thousands_separators, f.type);
    }
  }
  return f;
}

function unknown_presentation_type(type: string, typeName: string): never {
  const c = type.codePointAt(0) ?? 0;
  if (c > 32 && c < 128) raise('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
  raise('ValueError', `Unknown format code '\\x${c.toString(16)}' for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping: group `digits`, zero-padding to `min_width`. */
function insertThousandsGrouping(digits: string, min_width: number, group: number, sep: string): string {
  min_width = Math.max(0, min_width);
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let broken = false;
  let use_sep = false;
  const take = (len: number): void => {
    const n_zeros = Math.max(0, len - remaining);
    const n_chars = Math.max(0, Math.min(remaining, len));
    parts.push(digits.slice(pos - n_chars, pos) + (use_sep ? sep : ''));
    if (n_zeros) parts[parts.length - 1] = '0'.repeat(n_zeros) + parts[parts.length - 1];
    pos -= n_chars;
    remaining -= n_chars;
  };
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, min_width, 1));
      take(len);
      use_sep = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= sep.length;
    }
  }
  if (!broken) take(Math.max(remaining, min_width, 1));
  return parts.reverse().join('');
}

/**
 * calc_number_widths + fill_number: lay out [sign][prefix][digits][decimal + remainder] in the
 * field. `digits` are the integer digits to group; `rest` is written after them unchanged.
 */
function fill_number(
  f: InternalFormatSpec,
  sign_char: string,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  toupper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = sign_char === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = sign_char === '-' ? '-' : ' ';
  else if (sign_char === '-') sign = '-';
  const n_decimal = hasDecimal ? 1 : 0;
  const n_non_digit = sign.length + prefix.length + n_decimal + cpLen(remainder);
  const n_min_width = f.fill_char === '0' && f.align === '=' ? f.width - n_non_digit : 0;
  let grouped = '';
  if (digits.length > 0) {
    const group = f.thousands_separators === '' ? 0 : f.thousands_separators === '_4' ? 4 : 3;
    const sep = f.thousands_separators === ',' ? ',' : f.thousands_separators === '' ? '' : '_';
    grouped = insertThousandsGrouping(digits, n_min_width, group, sep);
  }
  const n_padding = f.width - (n_non_digit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<': rpad = n_padding; break;
      case '^': lpad = Math.floor(n_padding / 2); rpad = n_padding - lpad; break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding;
    }
  }
  if (toupper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const fill = f.fill_char;
  return (
    fill.repeat(lpad) + sign + prefix + fill.repeat(spad) + grouped + (hasDecimal ? '.' : '') + remainder + fill.repeat(rpad)
  );
}

function format_long_internal(v: bigint, f: InternalFormatSpec): string {
  if (f.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.no_neg_0) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < -(2n ** 63n) || v >= 2n ** 63n) raise('OverflowError', 'Python int too large to convert to C long');
    if (v < 0n || v > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
    return fill_number(f, '', '', '', false, String.fromCodePoint(Number(v)), false);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const neg = v < 0n;
  const mag = neg ? -v : v;
  const digits = base === 10 ? int_to_decimal(mag) : int_to_base(mag, base, false);
  const prefix = f.alternate && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return fill_number(f, neg ? '-' : '', prefix, digits, false, '', f.type === 'X');
}

function format_float_internal(val: number, f: InternalFormatSpec): string {
  if (f.precision > 0x7fffffff) raise('ValueError', 'precision too big');
  let precision = f.precision;
  let default_precision = 6;
  let type = f.type;
  const flags: DtsfFlags = { alt: f.alternate, noNeg0: f.no_neg_0 };
  if (type === '') {
    flags.addDot0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type === 'n') type = 'g';
  let add_pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type === 'r') type = 'g';
  let buf = PyOS_double_to_string(val, type, precision, flags);
  if (add_pct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && !f.thousands_separators) return buf;
  return fillFloatText(f, buf);
}

/**
 * parse_number + fill_number for a float's text from PyOS_double_to_string: its sign, the
 * integer digits, and what follows the decimal point, laid out by `f`.
 */
function fillFloatText(f: InternalFormatSpec, buf: string): string {
  let sign_char = '';
  if (buf[0] === '-') {
    sign_char = '-';
    buf = buf.slice(1);
  }
  let i = 0;
  while (i < buf.length && buf[i] >= '0' && buf[i] <= '9') i++;
  const hasDecimal = buf[i] === '.';
  return fill_number(f, sign_char, '', buf.slice(0, i), hasDecimal, buf.slice(hasDecimal ? i + 1 : i), false);
}

/**
 * format(int, spec) (_PyLong_FormatAdvancedWriter). Float presentation types convert to float.
 * `typeName` is used in messages; for 'bool' an empty spec gives 'True'/'False' (str(obj)).
 * Other int subclasses with an empty spec must use their own str().
 */
export function format_int(v: bigint | number, spec: string, typeName = 'int'): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  if (spec === '') return typeName === 'bool' ? (b ? 'True' : 'False') : int_to_decimal(b);
  const f = parse_internal_render_format_spec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long_internal(b, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const x = Number(b);
      if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
      return format_float_internal(x, f);
    }
    default:
      return unknown_presentation_type(f.type, typeName);
  }
}

/** format(float, spec) (_PyFloat_FormatAdvancedWriter); '' gives repr(x). */
export function format_float(x: number, spec: string): string {
  if (spec === '') return PyOS_double_to_string(x, 'r', 0, { addDot0: true });
  const f = parse_internal_render_format_spec(spec, 'float', '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_internal(x, f);
    default:
      return unknown_presentation_type(f.type, 'float');
  }
}

/**
 * format(complex, spec) with a non-empty spec (format_complex_internal): both parts formatted as
 * floats without padding, the imaginary one always signed unless the real part is left out (a
 * +0.0 real part with no presentation type), in parentheses when no type was given, then padded
 * as a whole; zero padding and '=' alignment are refused.
 */
export function format_complex(re: number, im: number, spec: string): string {
  const f = parse_internal_render_format_spec(spec, 'complex', '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      return unknown_presentation_type(f.type, 'complex');
  }
  if (f.precision > 0x7fffffff) raise('ValueError', 'precision too big');
  if (f.fill_char === '0') raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let default_precision = 6;
  let add_parens = false;
  let skip_re = false;
  const flags: DtsfFlags = { alt: f.alternate, noNeg0: f.no_neg_0 };
  if (type === '') {
    type = 'r';
    default_precision = 0;
    if (re === 0 && !Object.is(re, -0)) skip_re = true;
    else add_parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type === 'r') type = 'g';
  // each part laid out on its own (no width), the whole padded below
  const part = (x: number, sign: string): string =>
    fillFloatText({ ...f, fill_char: ' ', align: '<', width: -1, sign }, PyOS_double_to_string(x, type, precision, flags));
  const body = (add_parens ? '(' : '') + (skip_re ? '' : part(re, f.sign)) + part(im, skip_re ? f.sign : '+') + 'j' + (add_parens ? ')' : '');
  const n = cpLen(body);
  if (f.width <= n) return body;
  const pad = f.width - n;
  const lpad = f.align === '<' ? 0 : f.align === '^' ? Math.floor(pad / 2) : pad;
  return f.fill_char.repeat(lpad) + body + f.fill_char.repeat(pad - lpad);
}

/** format(str, spec) (_PyUnicode_FormatAdvancedWriter); widths count code points. */
export function format_str(s: string, spec: string): string {
  if (spec === '') return s;
  const f = parse_internal_render_format_spec(spec, 'str', 's', '<');
  if (f.type !== 's') unknown_presentation_type(f.type, 'str');
  if (f.sign !== '') {
    raise('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.no_neg_0) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  const cps = Array.from(s);
  let len = cps.length;
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  const total = f.width >= 0 ? Math.max(f.width, len) : len;
  const lpad = f.align === '>' ? total - len : f.align === '^' ? Math.floor((total - len) / 2) : 0;
  const rpad = total - len - lpad;
  return f.fill_char.repeat(lpad) + cps.slice(0, len).join('') + f.fill_char.repeat(rpad);
}

/** Convert a float to int for int-only contexts (exported for the interpreter's int(x)). */
export { PyLong_FromDouble };
