// Models Objects/unicodectype.c (CPython 3.12): character predicates used by str methods and repr.
//
// Backed by the JS engine's Unicode tables (\p{...}) corrected by the generated unicodetype_db.ts
// to CPython 3.12's Unicode 15.0 data. All functions take a code point (number).

import { FLIPS, MAP_OVERRIDES } from './unicodetype_db';
import { JS_MAPS, JS_PREDICATES } from './unicodectype_js';

/** Py_ISSPACE: ASCII whitespace only (' ', \t, \n, \v, \f, \r), as used by int()/float() parsing. */
export function Py_ISSPACE(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Py_UNICODE_ISSPACE: bidirectional WS/B/S or category Zs (str.isspace, str.split()). */
export function Py_UNICODE_ISSPACE(c: number): boolean {
  if (c < 128) return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Py_UNICODE_ISLINEBREAK: the line boundaries of str.splitlines(). */
export function Py_UNICODE_ISLINEBREAK(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const ch = (c: number): string => String.fromCodePoint(c);

function inRanges(r: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]) hi = mid - 1;
    else if (c > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Engine predicate corrected to CPython 3.12's Unicode 15.0 data. */
function pred(name: string): (c: number) => boolean {
  const js = JS_PREDICATES[name];
  const flips = FLIPS[name] ?? [];
  return (c) => js(c) !== inRanges(flips, c);
}

/** True for code points unassigned (category Cn) in CPython 3.12's Unicode database. */
export const isUnassigned = pred('cn');
/** Py_UNICODE_ISPRINTABLE: false for categories Cc Cf Cs Co Cn Zl Zp Zs, except ' '. */
export const Py_UNICODE_ISPRINTABLE = pred('printable');
/** Py_UNICODE_ISALPHA: categories Lu Ll Lt Lm Lo. */
export const Py_UNICODE_ISALPHA = pred('alpha');
/** Py_UNICODE_ISDECIMAL: category Nd. */
export const Py_UNICODE_ISDECIMAL = pred('decimal');
/** Py_UNICODE_ISDIGIT: Numeric_Type Decimal or Digit. */
export const Py_UNICODE_ISDIGIT = pred('digit');
/** Py_UNICODE_ISNUMERIC: any Numeric_Type. */
export const Py_UNICODE_ISNUMERIC = pred('numeric');
/** Py_UNICODE_ISUPPER: derived property Uppercase. */
export const Py_UNICODE_ISUPPER = pred('upper');
/** Py_UNICODE_ISLOWER: derived property Lowercase. */
export const Py_UNICODE_ISLOWER = pred('lower');
/** Py_UNICODE_ISTITLE: category Lt. */
export const Py_UNICODE_ISTITLE = pred('title_cat');
/** _PyUnicode_IsXidStart. */
export const _PyUnicode_IsXidStart = pred('xid_start');
/** _PyUnicode_IsXidContinue. */
export const _PyUnicode_IsXidContinue = pred('xid_continue');

const RE_CASED = /\p{Cased}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;
/** _PyUnicode_IsCased: derived property Cased. */
export function _PyUnicode_IsCased(c: number): boolean {
  return !isUnassigned(c) && RE_CASED.test(ch(c));
}
/** _PyUnicode_IsCaseIgnorable: derived property Case_Ignorable. */
export function _PyUnicode_IsCaseIgnorable(c: number): boolean {
  return !isUnassigned(c) && RE_CASE_IGNORABLE.test(ch(c));
}

/** _PyUnicode_ToUpperFull: full uppercase mapping of one code point. */
export function _PyUnicode_ToUpperFull(c: number): string {
  return MAP_OVERRIDES.upper[c] ?? JS_MAPS.upper(c);
}
/** _PyUnicode_ToLowerFull: full lowercase mapping of one code point (no final-sigma context). */
export function _PyUnicode_ToLowerFull(c: number): string {
  return MAP_OVERRIDES.lower[c] ?? JS_MAPS.lower(c);
}
/** _PyUnicode_ToFoldedFull: full case folding of one code point (str.casefold). */
export function _PyUnicode_ToFoldedFull(c: number): string {
  return MAP_OVERRIDES.casefold[c] ?? JS_MAPS.casefold(c);
}
/** _PyUnicode_ToTitleFull: full titlecase mapping of one code point. */
export function _PyUnicode_ToTitleFull(c: number): string {
  return MAP_OVERRIDES.title[c] ?? JS_MAPS.title(c);
}

/** Py_UNICODE_TODECIMAL: value 0-9 of a decimal digit (Nd runs are aligned blocks of ten), else -1. */
export function decimalDigitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (!Py_UNICODE_ISDECIMAL(c)) return -1;
  let k = 0;
  while (k < 9 && Py_UNICODE_ISDECIMAL(c - k - 1)) k++;
  // Runs longer than ten (mathematical digits) repeat 0-9.
  let start = c - k;
  while (Py_UNICODE_ISDECIMAL(start - 1)) start--;
  return (c - start) % 10;
}
