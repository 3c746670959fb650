// Models Objects/unicodeobject.c PyUnicode_Format (CPython 3.12): printf-style `str % args`.

import { raise } from './errors';
import { PyLong_FromDouble } from './floatobject';
import { int_to_decimal } from './longobject';
import { PyOS_double_to_string } from './pystrtod';
import { ascii_from_repr, unicode_repr } from './unicode_repr';

/**
 * One argument of `%`, already converted by the interpreter:
 * - int: an int or bool (or any object with __index__); `str`/`repr` default to the decimal
 *   digits (pass 'True' for bools).
 * - float: a float (`str`/`repr` default to float_repr).
 * - str: a str (`repr` defaults to unicode_repr(v)).
 * - obj: any other object; `float` is set when float(obj) works through __float__,
 *   `int` when it has __index__/__int__.
 */
export type FormatArg =
  | { kind: 'int'; v: bigint; str?: string; repr?: string; typeName?: string }
  | { kind: 'float'; v: number; str?: string; repr?: string }
  | { kind: 'str'; v: string; repr?: string }
  | { kind: 'obj'; typeName: string; str: string; repr: string; ascii?: string; int?: bigint; float?: number };

/** A mapping right operand (`'%(a)s' % d`): `self` is the mapping as a plain argument, `get` looks up a key. */
export interface PercentMapping {
  kind: 'mapping';
  self: FormatArg;
  /** Returns the value for a str key, or undefined (→ KeyError); may throw the lookup's own error (e.g. a list's TypeError). */
  get(key: string): FormatArg | undefined;
}

/** The right operand of `%`: a tuple (array), a mapping (any object with __getitem__ other than tuple/str), or one object. */
export type PercentArgs = FormatArg[] | PercentMapping | FormatArg;

/** One parsed conversion specifier: its character, flags, width and precision (-1: none). */
export interface Arg {
  ch: string;
  flags: { ljust: boolean; sign: boolean; blank: boolean; alt: boolean; zero: boolean };
  width: number;
  prec: number;
  sign: boolean;
}

function typeNameOf(a: FormatArg): string {
  switch (a.kind) {
    case 'int': return a.typeName ?? 'int';
    case 'float': return 'float';
    case 'str': return 'str';
    default: return a.typeName;
  }
}

function strOf(a: FormatArg): string {
  switch (a.kind) {
    case 'int': return a.str ?? int_to_decimal(a.v);
    case 'float': return a.str ?? PyOS_double_to_string(a.v, 'r', 0, { addDot0: true });
    case 'str': return a.v;
    default: return a.str;
  }
}

function reprOf(a: FormatArg): string {
  switch (a.kind) {
    case 'int': return a.repr ?? int_to_decimal(a.v);
    case 'float': return a.repr ?? PyOS_double_to_string(a.v, 'r', 0, { addDot0: true });
    case 'str': return a.repr ?? unicode_repr(a.v);
    default: return a.repr;
  }
}

/** formatlong: C-like integer formatting with precision (minimum digits) and '#' prefix. */
function formatlong(v: bigint, arg: Arg): string {
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(arg.ch === 'o' ? 8 : arg.ch === 'x' || arg.ch === 'X' ? 16 : 10);
  if (arg.ch === 'X') digits = digits.toUpperCase();
  if (arg.ch !== 'o' && arg.ch !== 'x' && arg.ch !== 'X') digits = int_to_decimal(neg ? -v : v);
  if (arg.prec > digits.length) digits = '0'.repeat(arg.prec - digits.length) + digits;
  let prefix = '';
  if (arg.flags.alt && (arg.ch === 'o' || arg.ch === 'x' || arg.ch === 'X')) prefix = '0' + arg.ch;
  return (neg ? '-' : '') + prefix + digits;
}

/** mainformatlong: %d %i %u %o %x %X of an int, or of a number that converts to one. */
export function mainformatlong(v: FormatArg, arg: Arg): string {
  const ch = arg.ch;
  const isDec = ch === 'd' || ch === 'i' || ch === 'u';
  if (v.kind === 'int') return formatlong(v.v, arg);
  if (v.kind === 'obj' && v.int !== undefined) return formatlong(v.int, arg);
  const isNumber = v.kind === 'float' || (v.kind === 'obj' && v.float !== undefined);
  if (!isNumber) {
    if (isDec) raise('TypeError', `%${ch} format: a real number is required, not ${typeNameOf(v)}`);
    raise('TypeError', `%${ch} format: an integer is required, not ${typeNameOf(v)}`);
  }
  if (!isDec) raise('TypeError', `%${ch} format: an integer is required, not ${typeNameOf(v)}`);
  const x = v.kind === 'float' ? v.v : (v as { float: number }).float;
  return formatlong(PyLong_FromDouble(Math.trunc(x)), arg);
}

/** formatfloat: %e %E %f %F %g %G. */
export function formatfloat(v: FormatArg, arg: Arg): string {
  let x: number;
  if (v.kind === 'float') x = v.v;
  else if (v.kind === 'int') {
    x = Number(v.v);
    if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
  } else if (v.kind === 'obj' && v.float !== undefined) x = v.float;
  else raise('TypeError', `must be real number, not ${typeNameOf(v)}`);
  const prec = arg.prec < 0 ? 6 : arg.prec;
  return PyOS_double_to_string(x, arg.ch, prec, { alt: arg.flags.alt });
}

function formatchar(v: FormatArg): string {
  if (v.kind === 'str') {
    const cps = Array.from(v.v);
    if (cps.length === 1) return v.v;
    raise('TypeError', '%c requires int or char');
  }
  let n: bigint;
  if (v.kind === 'int') n = v.v;
  else if (v.kind === 'obj' && v.int !== undefined) n = v.int;
  else raise('TypeError', '%c requires int or char');
  if (n < 0n || n > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** The padding, sign and '#' prefix of one converted value (unicode_format_arg_output). */
export function output(arg: Arg, str: string): string {
  const fill = arg.sign && arg.flags.zero ? '0' : ' ';
  const cps = Array.from(str);
  let len = cps.length;
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags.sign || arg.flags.blank))
    return str;
  if ((arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') && arg.prec >= 0 && len > arg.prec) len = arg.prec;
  let pindex = 0;
  let signchar = '';
  let width = arg.width;
  if (arg.sign) {
    const c = cps[0];
    if (c === '-' || c === '+') {
      signchar = c;
      len--;
      pindex++;
    } else if (arg.flags.sign) signchar = '+';
    else if (arg.flags.blank) signchar = ' ';
  }
  if (width < len) width = len;
  let out = '';
  if (signchar) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const altPrefix = arg.flags.alt && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + arg.ch;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !arg.flags.ljust) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    out += signchar;
    if (altPrefix) {
      out += '0' + arg.ch;
      pindex += 2;
    }
  }
  if (len > 0) out += cps.slice(pindex, pindex + len).join('');
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/**
 * `fmt % args` for a str format (PyUnicode_Format): %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G
 * %c %%, flags "-+ #0", width/precision with '*', '(key)' lookups, CPython's errors.
 */
export function percent_format(fmt: string, args: PercentArgs): string {
  const f = Array.from(fmt);
  let arglen: number;
  let argidx: number;
  let tuple: FormatArg[] | null = null;
  let single: FormatArg | null = null;
  let dict: PercentMapping | null = null;
  if (Array.isArray(args)) {
    tuple = args;
    arglen = args.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
    if (args.kind === 'mapping') {
      dict = args;
      single = args.self;
    } else single = args;
  }
  const getnextarg = (): FormatArg => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return single!;
      return tuple![i];
    }
    return raise('TypeError', 'not enough arguments for format string');
  };
  const fmtcnt = f.length;
  let pos = 0;
  let out = '';
  while (pos < fmtcnt) {
    if (f[pos] !== '%') {
      let nxt = pos;
      while (nxt < fmtcnt && f[nxt] !== '%') nxt++;
      out += f.slice(pos, nxt).join('');
      pos = nxt;
      continue;
    }
    pos++;
    if (pos < fmtcnt && f[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    const arg: Arg = {
      ch: '',
      flags: { ljust: false, sign: false, blank: false, alt: false, zero: false },
      width: -1,
      prec: -1,
      sign: false,
    };
    // unicode_format_arg_parse
    if (pos < fmtcnt && f[pos] === '(') {
      if (dict === null) raise('TypeError', 'format requires a mapping');
      pos++;
      let pcount = 1;
      const keystart = pos;
      while (pcount > 0 && pos < fmtcnt) {
        if (f[pos] === ')') pcount--;
        else if (f[pos] === '(') pcount++;
        pos++;
      }
      const keylen = pos - keystart - 1;
      if (pcount > 0) raise('ValueError', 'incomplete format key');
      const key = f.slice(keystart, keystart + keylen).join('');
      const v = dict.get(key);
      if (v === undefined) raise('KeyError', unicode_repr(key), key);
      single = v;
      arglen = -1;
      argidx = -2;
    }
    while (pos < fmtcnt) {
      const c = f[pos];
      if (c === '-') arg.flags.ljust = true;
      else if (c === '+') arg.flags.sign = true;
      else if (c === ' ') arg.flags.blank = true;
      else if (c === '#') arg.flags.alt = true;
      else if (c === '0') arg.flags.zero = true;
      else break;
      pos++;
    }
    if (pos < fmtcnt && f[pos] === '*') {
      const v = getnextarg();
      if (v.kind !== 'int') raise('TypeError', '* wants int');
      let w = v.v;
      if (w < 0n) {
        arg.flags.ljust = true;
        w = -w;
      }
      if (w > 0x7fffffffffffffffn) raise('OverflowError', 'Python int too large to convert to C ssize_t');
      arg.width = Number(w);
      pos++;
    } else if (pos < fmtcnt && f[pos] >= '0' && f[pos] <= '9') {
      let w = 0;
      while (pos < fmtcnt && f[pos] >= '0' && f[pos] <= '9') {
        w = w * 10 + (f[pos].charCodeAt(0) - 48);
        if (w > 0x7fffffffffff) raise('ValueError', 'width too big');
        pos++;
      }
      arg.width = w;
    }
    if (pos < fmtcnt && f[pos] === '.') {
      arg.prec = 0;
      pos++;
      if (pos < fmtcnt && f[pos] === '*') {
        const v = getnextarg();
        if (v.kind !== 'int') raise('TypeError', '* wants int');
        if (v.v < -0x80000000n || v.v > 0x7fffffffn) raise('OverflowError', 'Python int too large to convert to C int');
        arg.prec = v.v < 0n ? 0 : Number(v.v);
        pos++;
      } else {
        let p = 0;
        while (pos < fmtcnt && f[pos] >= '0' && f[pos] <= '9') {
          p = p * 10 + (f[pos].charCodeAt(0) - 48);
          if (p > 0x7fffffffffff) raise('ValueError', 'precision too big');
          pos++;
        }
        arg.prec = p;
      }
    }
    if (pos < fmtcnt && (f[pos] === 'h' || f[pos] === 'l' || f[pos] === 'L')) pos++;
    if (pos >= fmtcnt) raise('ValueError', 'incomplete format');
    arg.ch = f[pos];
    const chIndex = pos;
    pos++;
    // unicode_format_arg_format
    const v = getnextarg();
    let str: string;
    switch (arg.ch) {
      case 's':
        str = strOf(v);
        break;
      case 'r':
        str = reprOf(v);
        break;
      case 'a':
        str = v.kind === 'obj' && v.ascii !== undefined ? v.ascii : ascii_from_repr(reprOf(v));
        break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        str = mainformatlong(v, arg);
        arg.sign = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        str = formatfloat(v, arg);
        arg.sign = true;
        break;
      case 'c':
        str = formatchar(v);
        break;
      default: {
        const c = arg.ch.codePointAt(0)!;
        const shown = c >= 31 && c <= 126 ? arg.ch : '?';
        raise(
          'ValueError',
          `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${chIndex}`,
        );
      }
    }
    out += output(arg, str);
    if (dict !== null && argidx < arglen) {
      raise('TypeError', 'not all arguments converted during string formatting');
    }
  }
  if (argidx < arglen && dict === null) raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}
