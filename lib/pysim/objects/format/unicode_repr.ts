// Models Objects/unicodeobject.c unicode_repr and ascii() (CPython 3.12).

import { Py_UNICODE_ISPRINTABLE } from './unicodectype';

const hex = (c: number, n: number): string => c.toString(16).padStart(n, '0');

function escape(c: number, asciiOnly: boolean): string {
  if (c === 0x5c) return '\\\\';
  if (c === 9) return '\\t';
  if (c === 10) return '\\n';
  if (c === 13) return '\\r';
  if (c < 0x20 || c === 0x7f) return '\\x' + hex(c, 2);
  if (c < 0x7f) return String.fromCharCode(c);
  if (!asciiOnly && Py_UNICODE_ISPRINTABLE(c)) return String.fromCodePoint(c);
  if (c <= 0xff) return '\\x' + hex(c, 2);
  if (c <= 0xffff) return '\\u' + hex(c, 4);
  return '\\U' + hex(c, 8);
}

function quoted(s: string, asciiOnly: boolean): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const chr of s) {
    const c = chr.codePointAt(0)!;
    out += chr === quote ? '\\' + quote : escape(c, asciiOnly);
  }
  return out + quote;
}

/** Python's repr() of a str: quote choice, \\n \\t \\r \\\\ \\xhh \\uhhhh \\Uhhhhhhhh for non-printables. Lone surrogates are escaped. */
export function unicode_repr(s: string): string {
  return quoted(s, false);
}

/** Python's ascii() of a str: like repr() but every non-ASCII character escaped. */
export function unicode_ascii(s: string): string {
  return quoted(s, true);
}

/** ascii() of any object given its repr(): escapes non-ASCII characters (PyObject_ASCII). */
export function ascii_from_repr(repr: string): string {
  let out = '';
  for (const chr of repr) {
    const c = chr.codePointAt(0)!;
    if (c < 128) out += chr;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out;
}
