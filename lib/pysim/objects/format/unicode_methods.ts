// Models the str methods of Objects/unicodeobject.c and Objects/stringlib (CPython 3.12).
//
// All functions take and return JS strings, but every index, count and width is in code points
// (Python semantics), never UTF-16 units: they work on Array.from(s) internally.

import { raise } from './errors';
import {
  _PyUnicode_IsCased,
  _PyUnicode_IsCaseIgnorable,
  _PyUnicode_IsXidContinue,
  _PyUnicode_IsXidStart,
  _PyUnicode_ToFoldedFull,
  _PyUnicode_ToLowerFull,
  _PyUnicode_ToTitleFull,
  _PyUnicode_ToUpperFull,
  Py_UNICODE_ISALPHA,
  Py_UNICODE_ISDECIMAL,
  Py_UNICODE_ISDIGIT,
  Py_UNICODE_ISLINEBREAK,
  Py_UNICODE_ISLOWER,
  Py_UNICODE_ISNUMERIC,
  Py_UNICODE_ISPRINTABLE,
  Py_UNICODE_ISSPACE,
  Py_UNICODE_ISTITLE,
  Py_UNICODE_ISUPPER,
} from './unicodectype';

const cpsOf = (s: string): string[] => Array.from(s);
const cp = (c: string): number => c.codePointAt(0)!;
const isWs = (c: string): boolean => Py_UNICODE_ISSPACE(cp(c));

/** Python's len(s): number of code points. */
export function str_len(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** ADJUST_INDICES: slice-style start/end (negative from the end, clamped); undefined/null = defaults. */
function adjust(len: number, start?: number | null, end?: number | null): [number, number] {
  let a = start ?? 0;
  let b = end ?? len;
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}

function indexOfArr(h: string[], n: string[], from: number, to: number): number {
  for (let i = from; i + n.length <= to; i++) {
    let k = 0;
    while (k < n.length && h[i + k] === n[k]) k++;
    if (k === n.length) return i;
  }
  return -1;
}
function lastIndexOfArr(h: string[], n: string[], from: number, to: number): number {
  for (let i = to - n.length; i >= from; i--) {
    let k = 0;
    while (k < n.length && h[i + k] === n[k]) k++;
    if (k === n.length) return i;
  }
  return -1;
}

/** str.find(sub, start, end): code-point index or -1. */
export function str_find(s: string, sub: string, start?: number | null, end?: number | null): number {
  const h = cpsOf(s);
  const n = cpsOf(sub);
  const [a, b] = adjust(h.length, start, end);
  if (b - a < n.length) return -1;
  return indexOfArr(h, n, a, b);
}

/** str.rfind(sub, start, end): code-point index or -1. */
export function str_rfind(s: string, sub: string, start?: number | null, end?: number | null): number {
  const h = cpsOf(s);
  const n = cpsOf(sub);
  const [a, b] = adjust(h.length, start, end);
  if (b - a < n.length) return -1;
  return lastIndexOfArr(h, n, a, b);
}

/** str.index(sub, start, end): like find, raising ValueError 'substring not found'. */
export function str_index(s: string, sub: string, start?: number | null, end?: number | null): number {
  const r = str_find(s, sub, start, end);
  if (r < 0) raise('ValueError', 'substring not found');
  return r;
}

/** str.rindex(sub, start, end). */
export function str_rindex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const r = str_rfind(s, sub, start, end);
  if (r < 0) raise('ValueError', 'substring not found');
  return r;
}

/** str.count(sub, start, end): non-overlapping occurrences. */
export function str_count(s: string, sub: string, start?: number | null, end?: number | null): number {
  const h = cpsOf(s);
  const n = cpsOf(sub);
  const [a, b] = adjust(h.length, start, end);
  if (b - a < n.length) return 0;
  if (n.length === 0) return b - a + 1;
  let count = 0;
  let i = a;
  for (;;) {
    const j = indexOfArr(h, n, i, b);
    if (j < 0) break;
    count++;
    i = j + n.length;
  }
  return count;
}

/** str.replace(old, new, count=-1). */
export function str_replace(s: string, old: string, rep: string, count = -1): string {
  const h = cpsOf(s);
  const o = cpsOf(old);
  let max = count < 0 ? Infinity : count;
  if (o.length === 0) {
    if (max === 0) return s;
    let out = '';
    for (let i = 0; i < h.length; i++) {
      if (max > 0) {
        out += rep;
        max--;
      }
      out += h[i];
    }
    if (max > 0) out += rep;
    return out;
  }
  let out = '';
  let i = 0;
  while (max > 0) {
    const j = indexOfArr(h, o, i, h.length);
    if (j < 0) break;
    out += h.slice(i, j).join('') + rep;
    i = j + o.length;
    max--;
  }
  return out + h.slice(i).join('');
}

/** str.split(sep=None, maxsplit=-1). sep null/undefined splits on runs of whitespace. */
export function str_split(s: string, sep?: string | null, maxsplit = -1): string[] {
  const h = cpsOf(s);
  const n = h.length;
  let maxcount = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === undefined || sep === null) {
    let i = 0;
    while (maxcount-- > 0) {
      while (i < n && isWs(h[i])) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isWs(h[i])) i++;
      out.push(h.slice(j, i).join(''));
    }
    if (i < n) {
      while (i < n && isWs(h[i])) i++;
      if (i !== n) out.push(h.slice(i).join(''));
    }
    return out;
  }
  const p = cpsOf(sep);
  if (p.length === 0) raise('ValueError', 'empty separator');
  let i = 0;
  while (maxcount-- > 0) {
    const j = indexOfArr(h, p, i, n);
    if (j < 0) break;
    out.push(h.slice(i, j).join(''));
    i = j + p.length;
  }
  out.push(h.slice(i).join(''));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function str_rsplit(s: string, sep?: string | null, maxsplit = -1): string[] {
  const h = cpsOf(s);
  let maxcount = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === undefined || sep === null) {
    let i = h.length - 1;
    while (maxcount-- > 0) {
      while (i >= 0 && isWs(h[i])) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isWs(h[i])) i--;
      out.push(h.slice(i + 1, j + 1).join(''));
    }
    if (i >= 0) {
      while (i >= 0 && isWs(h[i])) i--;
      if (i >= 0) out.push(h.slice(0, i + 1).join(''));
    }
    return out.reverse();
  }
  const p = cpsOf(sep);
  if (p.length === 0) raise('ValueError', 'empty separator');
  let end = h.length;
  while (maxcount-- > 0) {
    const j = lastIndexOfArr(h, p, 0, end);
    if (j < 0) break;
    out.push(h.slice(j + p.length, end).join(''));
    end = j;
  }
  out.push(h.slice(0, end).join(''));
  return out.reverse();
}

/** str.splitlines(keepends=False): \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029. */
export function str_splitlines(s: string, keepends = false): string[] {
  const h = cpsOf(s);
  const out: string[] = [];
  let i = 0;
  const n = h.length;
  while (i < n) {
    const j0 = i;
    while (i < n && !Py_UNICODE_ISLINEBREAK(cp(h[i]))) i++;
    let eol = i;
    if (i < n) {
      if (h[i] === '\r' && i + 1 < n && h[i + 1] === '\n') i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(h.slice(j0, eol).join(''));
  }
  return out;
}

function stripImpl(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  const h = cpsOf(s);
  const set = chars === undefined || chars === null ? null : new Set(cpsOf(chars));
  const strip = (c: string): boolean => (set ? set.has(c) : isWs(c));
  let a = 0;
  let b = h.length;
  if (left) while (a < b && strip(h[a])) a++;
  if (right) while (b > a && strip(h[b - 1])) b--;
  return h.slice(a, b).join('');
}
/** str.strip(chars=None). */
export function str_strip(s: string, chars?: string | null): string {
  return stripImpl(s, chars, true, true);
}
/** str.lstrip(chars=None). */
export function str_lstrip(s: string, chars?: string | null): string {
  return stripImpl(s, chars, true, false);
}
/** str.rstrip(chars=None). */
export function str_rstrip(s: string, chars?: string | null): string {
  return stripImpl(s, chars, false, true);
}

/** handle_capital_sigma: the lower-case of 'Σ' at index i is 'ς' at the end of a word. */
function lowerAt(h: string[], i: number): string {
  const c = h[i];
  if (c !== '\u03a3') return _PyUnicode_ToLowerFull(cp(c));
  let j = i - 1;
  while (j >= 0 && _PyUnicode_IsCaseIgnorable(cp(h[j]))) j--;
  const finalBefore = j >= 0 && _PyUnicode_IsCased(cp(h[j]));
  let k = i + 1;
  while (k < h.length && _PyUnicode_IsCaseIgnorable(cp(h[k]))) k++;
  const finalAfter = k === h.length || !_PyUnicode_IsCased(cp(h[k]));
  return finalBefore && finalAfter ? '\u03c2' : '\u03c3';
}

/** str.lower() (full case mapping, final sigma). */
export function str_lower(s: string): string {
  const h = cpsOf(s);
  return h.map((_, i) => lowerAt(h, i)).join('');
}
/** str.upper() (full case mapping: 'ß' → 'SS'). */
export function str_upper(s: string): string {
  let out = '';
  for (const c of s) out += _PyUnicode_ToUpperFull(cp(c));
  return out;
}

/** str.casefold() (full case folding: 'ß' → 'ss'). */
export function str_casefold(s: string): string {
  let out = '';
  for (const c of s) out += _PyUnicode_ToFoldedFull(cp(c));
  return out;
}

/** str.removeprefix(prefix). */
export function str_removeprefix(s: string, prefix: string): string {
  return prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}
/** str.removesuffix(suffix). */
export function str_removesuffix(s: string, suffix: string): string {
  return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

/** str.title(): titlecase after an uncased character, lowercase after a cased one. */
export function str_title(s: string): string {
  const h = cpsOf(s);
  let prevCased = false;
  let out = '';
  for (let i = 0; i < h.length; i++) {
    const c = cp(h[i]);
    out += prevCased ? lowerAt(h, i) : _PyUnicode_ToTitleFull(c);
    prevCased = _PyUnicode_IsCased(c);
  }
  return out;
}

/** str.capitalize() (3.8+: first character titlecased, the rest lowercased). */
export function str_capitalize(s: string): string {
  const h = cpsOf(s);
  if (h.length === 0) return '';
  let out = _PyUnicode_ToTitleFull(cp(h[0]));
  for (let i = 1; i < h.length; i++) out += lowerAt(h, i);
  return out;
}

/** str.swapcase(). */
export function str_swapcase(s: string): string {
  const h = cpsOf(s);
  let out = '';
  for (let i = 0; i < h.length; i++) {
    const c = cp(h[i]);
    if (Py_UNICODE_ISUPPER(c)) out += lowerAt(h, i);
    else if (Py_UNICODE_ISLOWER(c)) out += _PyUnicode_ToUpperFull(c);
    else out += h[i];
  }
  return out;
}

function checkFill(fillchar: string): void {
  if (str_len(fillchar) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
}
/** str.center(width, fillchar=' '). */
export function str_center(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const len = str_len(s);
  if (len >= width) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fillchar.repeat(left) + s + fillchar.repeat(marg - left);
}
/** str.ljust(width, fillchar=' '). */
export function str_ljust(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const len = str_len(s);
  return len >= width ? s : s + fillchar.repeat(width - len);
}
/** str.rjust(width, fillchar=' '). */
export function str_rjust(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const len = str_len(s);
  return len >= width ? s : fillchar.repeat(width - len) + s;
}
/** str.zfill(width): zero padding after a leading sign. */
export function str_zfill(s: string, width: number): string {
  const len = str_len(s);
  if (len >= width) return s;
  const fill = width - len;
  if (s[0] === '+' || s[0] === '-') return s[0] + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

/** str.expandtabs(tabsize=8): columns reset after \n and \r. */
export function str_expandtabs(s: string, tabsize = 8): string {
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      col++;
      out += c;
      if (c === '\n' || c === '\r') col = 0;
    }
  }
  return out;
}

/** str.partition(sep) → [head, sep, tail]. */
export function str_partition(s: string, sep: string): [string, string, string] {
  if (sep === '') raise('ValueError', 'empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}
/** str.rpartition(sep) → [head, sep, tail]. */
export function str_rpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') raise('ValueError', 'empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

const all = (s: string, pred: (c: number) => boolean): boolean => {
  if (s.length === 0) return false;
  for (const c of s) if (!pred(cp(c))) return false;
  return true;
};
/** str.isspace(). */
export const str_isspace = (s: string): boolean => all(s, Py_UNICODE_ISSPACE);
/** str.isalpha(). */
export const str_isalpha = (s: string): boolean => all(s, Py_UNICODE_ISALPHA);
/** str.isdecimal(). */
export const str_isdecimal = (s: string): boolean => all(s, Py_UNICODE_ISDECIMAL);
/** str.isdigit(). */
export const str_isdigit = (s: string): boolean => all(s, Py_UNICODE_ISDIGIT);
/** str.isnumeric() (approximate outside Nd/Nl/No and common CJK numerals). */
export const str_isnumeric = (s: string): boolean => all(s, Py_UNICODE_ISNUMERIC);
/** str.isalnum(): every character alpha, decimal, digit or numeric. */
export const str_isalnum = (s: string): boolean =>
  all(s, (c) => Py_UNICODE_ISALPHA(c) || Py_UNICODE_ISDECIMAL(c) || Py_UNICODE_ISDIGIT(c) || Py_UNICODE_ISNUMERIC(c));
/** str.isprintable() (true for ''). */
export const str_isprintable = (s: string): boolean => s.length === 0 || all(s, Py_UNICODE_ISPRINTABLE);
/** str.isascii(). */
export function str_isascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** str.isupper(): no lower/titlecase characters and at least one uppercase. */
export function str_isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = cp(ch);
    if (Py_UNICODE_ISLOWER(c) || Py_UNICODE_ISTITLE(c)) return false;
    if (!cased && Py_UNICODE_ISUPPER(c)) cased = true;
  }
  return cased;
}
/** str.islower(). */
export function str_islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = cp(ch);
    if (Py_UNICODE_ISUPPER(c) || Py_UNICODE_ISTITLE(c)) return false;
    if (!cased && Py_UNICODE_ISLOWER(c)) cased = true;
  }
  return cased;
}
/** str.istitle(). */
export function str_istitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const c = cp(ch);
    if (Py_UNICODE_ISUPPER(c) || Py_UNICODE_ISTITLE(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (Py_UNICODE_ISLOWER(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** str.isidentifier(): XID_Start or '_' followed by XID_Continue characters. */
export function str_isidentifier(s: string): boolean {
  const h = cpsOf(s);
  if (h.length === 0) return false;
  const first = cp(h[0]);
  if (!_PyUnicode_IsXidStart(first) && first !== 95) return false;
  for (let i = 1; i < h.length; i++) if (!_PyUnicode_IsXidContinue(cp(h[i]))) return false;
  return true;
}

/** str.startswith(prefix, start, end) for one prefix. */
export function str_startswith(s: string, prefix: string, start?: number | null, end?: number | null): boolean {
  const h = cpsOf(s);
  const p = cpsOf(prefix);
  const [a, b] = adjust(h.length, start, end);
  if (a > h.length) return false;
  if (b - a < p.length) return false;
  return p.every((c, i) => h[a + i] === c);
}
/** str.endswith(suffix, start, end) for one suffix. */
export function str_endswith(s: string, suffix: string, start?: number | null, end?: number | null): boolean {
  const h = cpsOf(s);
  const p = cpsOf(suffix);
  const [a, b] = adjust(h.length, start, end);
  if (a > h.length) return false;
  if (b - a < p.length) return false;
  return p.every((c, i) => h[b - p.length + i] === c);
}
