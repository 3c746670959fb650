// Models Objects/bytes_methods.c (the methods bytes and bytearray share: _Py_bytes_contains,
// find/count/index, startswith/endswith, the ASCII-only case and is* methods) and the methods
// Objects/bytesobject.c and Objects/bytearrayobject.c define alike (strip, split, join, replace,
// partition, padding, fromhex). The bytes are handled as a latin-1 JS string (one char per byte),
// so the substring searches are the ones str uses (stringlib is shared by both types in C too).
import { PyObject, PyType, Py_DECREF, Py_NewRef, RT } from './object';
import { None } from './singletons';
import { PyBool, PyLong_From, True, False } from './longobject';
import { BytesType, ByteArrayType, PyBytes, PyBytes_From, PyBytes_FromSize, PyByteArray_From, byteArrayAlloc } from './bytesobject';
import { PyTuple, PyTuple_New } from './tupleobject';
import { PyList_New } from './listobject';
import { PyStr, PyUnicode_From } from './unicodeobject';
import { typeError, valueError } from './exceptions';
import { defMethod, PyMethodDescr } from './methodobject';
import { asIndex, callObject, iterToArray, PyIndex_Check, PyObject_Size } from '../abstract';
import { checkArgs, splitKw } from './typemethods';
import { badKeyword, checkKeywords, withSignature, type Sig } from './argcheck';
import * as F from './format/index';
import { fmtCall } from '../eval/format';
import './bytes_format';
import { bufferBytes, bufferBytesOrNull } from './bufferproto';
import { defBufferMethods, setStrhex } from './memoryobject_methods';

type Args = PyObject[];

function l1(v: Uint8Array): string {
  let s = '';
  for (let i = 0; i < v.length; i += 8192) s += String.fromCharCode(...v.subarray(i, i + 8192));
  return s;
}
function bytesOf(s: string): Uint8Array {
  const v = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) v[i] = s.charCodeAt(i);
  return v;
}
/** A result of self's kind: bytes for bytes (and its subclasses), bytearray for bytearray. */
function same(self: PyObject, s: string): PyBytes {
  return self.ob_type === ByteArrayType ? PyByteArray_From(bytesOf(s)) : PyBytes_From(bytesOf(s));
}
/** A result the C code writes into PyBytes_FromStringAndSize(NULL, n): a new object even for one byte. */
function fresh(self: PyObject, s: string): PyBytes {
  return self.ob_type === ByteArrayType ? PyByteArray_From(bytesOf(s)) : PyBytes_FromSize(bytesOf(s));
}
function isBytesLike(o: PyObject): o is PyBytes {
  return o instanceof PyBytes;
}
/** The bytes of a bytes-like object (bytes, bytearray, or any other buffer: a memoryview, an array), or null. */
function bytesLike(o: PyObject): Uint8Array | null {
  return o instanceof PyBytes ? o.v : bufferBytes(o);
}
/** PyObject_GetBuffer(PyBUF_SIMPLE) of an argument, as a latin-1 string. */
function buffer(o: PyObject): string {
  const v = bytesLike(o);
  if (v === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return l1(v);
}
/** _getbytevalue: an int in range(256). */
function byteValue(o: PyObject): number {
  const v = asIndex(o);
  if (v < 0 || v >= 256) throw valueError('byte must be in range(0, 256)');
  return v;
}
/** parse_args_finds_byte: the sub argument of find/count/index, an int or a bytes-like object. */
function findSub(o: PyObject): string {
  const v = bytesLike(o);
  if (v !== null) return l1(v);
  if (PyIndex_Check(o)) return String.fromCharCode(byteValue(o));
  throw typeError(`argument should be integer or bytes-like object, not '${o.ob_type.tp_name}'`);
}
/** _PyEval_SliceIndex: a start/end argument, None or an object with __index__. */
function optIndex(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  if (!PyIndex_Check(o)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return asIndex(o);
}

// Py_ISSPACE / Py_ISUPPER / Py_ISLOWER …: the C locale's ASCII classes (pyctype.c)
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isAlpha = (c: number) => isUpper(c) || isLower(c);
const isDigit = (c: number) => c >= 48 && c <= 57;
const toUpper = (c: number) => (isLower(c) ? c - 32 : c);
const toLower = (c: number) => (isUpper(c) ? c + 32 : c);

function mapBytes(v: Uint8Array, f: (c: number, i: number) => number): string {
  let s = '';
  for (let i = 0; i < v.length; i++) s += String.fromCharCode(f(v[i], i));
  return s;
}
/** _Py_bytes_title. */
function bytesTitle(v: Uint8Array): string {
  let prevCased = false;
  return mapBytes(v, (c) => {
    const r = isLower(c) ? (prevCased ? c : toUpper(c)) : isUpper(c) ? (prevCased ? toLower(c) : c) : c;
    prevCased = isAlpha(c);
    return r;
  });
}
/** _Py_bytes_istitle. */
function bytesIsTitle(v: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (const c of v) {
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}
const allOf = (v: Uint8Array, f: (c: number) => boolean) => v.length > 0 && v.every(f);
const isChecks: [string, (v: Uint8Array) => boolean][] = [
  ['isalpha', (v) => allOf(v, isAlpha)],
  ['isdigit', (v) => allOf(v, isDigit)],
  ['isalnum', (v) => allOf(v, (c) => isAlpha(c) || isDigit(c))],
  ['isspace', (v) => allOf(v, isSpace)],
  ['isascii', (v) => v.every((c) => c < 128)],
  ['isupper', (v) => v.some(isUpper) && !v.some(isLower)],
  ['islower', (v) => v.some(isLower) && !v.some(isUpper)],
  ['istitle', bytesIsTitle],
];

/** split_whitespace / rsplit_whitespace (stringlib/split.h) with the ASCII whitespace of bytes. */
function splitWhitespace(s: string, maxsplit: number, fromRight: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  if (!fromRight) {
    let i = 0;
    while (count-- > 0) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpace(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  let i = n - 1;
  while (count-- > 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}
function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const inSet = chars === null ? (c: number) => isSpace(c) : (c: number) => chars.includes(String.fromCharCode(c));
  let a = 0, b = s.length;
  if (left) while (a < b && inSet(s.charCodeAt(a))) a++;
  if (right) while (b > a && inSet(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
/** bytes.splitlines: only \n, \r and \r\n end a line. */
function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
    let eol = j;
    if (j < s.length) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}
/** The one-byte fill argument of center/ljust/rjust. */
function fillByte(name: string, o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!isBytesLike(o) || o.v.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${o.ob_type.tp_name}`);
  return String.fromCharCode(o.v[0]);
}
/** bytes.fromhex / bytearray.fromhex (_PyBytes_FromHex): pairs of hex digits, spaces between pairs. */
function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  const hex = (c: string) => (/[0-9a-fA-F]/.test(c) ? parseInt(c, 16) : -1);
  let i = 0;
  for (;;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const hi = hex(s[i]);
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hex(s[i + 1]) : -1;
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

const fc = fmtCall;
function install(T: PyType): void {
  const m = (name: string, f: (self: PyBytes, s: string, a: Args, kw: ReadonlyMap<string, PyObject>) => PyObject) =>
    defMethod(T, name, (self, args, kw) => {
      const [pos, kws] = splitKw(args, kw);
      return f(self as PyBytes, l1((self as PyBytes).v), pos, kws);
    });
  for (const [name, f] of [['find', F.str_find], ['rfind', F.str_rfind], ['count', F.str_count]] as const) {
    m(name, (_self, s, a) => {
      checkArgs(name, a, 1, 3);
      return PyLong_From(fc(() => f(s, findSub(a[0]), optIndex(a[1]), optIndex(a[2]))));
    });
  }
  for (const [name, f] of [['index', F.str_find], ['rindex', F.str_rfind]] as const) {
    m(name, (_self, s, a) => {
      checkArgs(name, a, 1, 3);
      const r = fc(() => f(s, findSub(a[0]), optIndex(a[1]), optIndex(a[2])));
      if (r < 0) throw valueError('subsection not found');
      return PyLong_From(r);
    });
  }
  for (const [name, f] of [['startswith', F.str_startswith], ['endswith', F.str_endswith]] as const) {
    m(name, (_self, s, a) => {
      checkArgs(name, a, 1, 3);
      // tailmatch: an item of a tuple goes through the buffer protocol ("a bytes-like object is required")
      const start = optIndex(a[1]), end = optIndex(a[2]);
      if (!(a[0] instanceof PyTuple) && bytesLike(a[0]) === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${a[0].ob_type.tp_name}`);
      const subs = a[0] instanceof PyTuple ? a[0].items : [a[0]];
      for (const x of subs) {
        if (fc(() => f(s, buffer(x), start, end))) return True;
      }
      return False;
    });
  }
  m('upper', (self) => fresh(self, mapBytes(self.v, toUpper)));
  m('lower', (self) => fresh(self, mapBytes(self.v, toLower)));
  m('swapcase', (self) => fresh(self, mapBytes(self.v, (c) => (isUpper(c) ? toLower(c) : toUpper(c)))));
  m('capitalize', (self) => fresh(self, mapBytes(self.v, (c, i) => (i === 0 ? toUpper(c) : toLower(c)))));
  m('title', (self) => fresh(self, bytesTitle(self.v)));
  for (const [name, f] of isChecks) m(name, (self) => PyBool(f(self.v)));
  for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
    m(name, (self, s, a) => {
      checkArgs(name, a, 0, 1);
      const chars = a[0] === undefined || a[0] === None ? null : buffer(a[0]);
      return same(self, strip(s, chars, left, right));
    });
  }
  for (const name of ['split', 'rsplit'] as const) {
    m(name, (self, s, a, k) => {
      checkArgs(name, a, 0, 2);
      const sepO = a[0] ?? k.get('sep'), maxO = a[1] ?? k.get('maxsplit');
      const max = maxO === undefined ? -1 : asIndex(maxO);
      let parts: string[];
      if (sepO === undefined || sepO === None) parts = splitWhitespace(s, max, name === 'rsplit');
      else {
        const sep = buffer(sepO);
        if (sep === '') throw valueError('empty separator');
        parts = fc(() => (name === 'split' ? F.str_split(s, sep, max) : F.str_rsplit(s, sep, max)));
      }
      return PyList_New(parts.map((p) => same(self, p)));
    });
  }
  m('splitlines', (self, s, a, k) => {
    checkArgs('splitlines', a, 0, 1);
    const ke = a[0] ?? k.get('keepends');
    return PyList_New(splitLines(s, ke !== undefined && asIndex(ke) !== 0).map((p) => same(self, p)));
  });
  m('join', (self, s, a) => {
    checkArgs('join', a, 1, 1);
    const items = iterToArray(a[0], 'can only join an iterable');
    try {
      const parts = items.map((x, i) => {
        const v = x instanceof PyBytes ? x.v : bufferBytesOrNull(x);
        if (v === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${x.ob_type.tp_name} found`);
        return l1(v);
      });
      // bytes_join: one exact bytes item is the result itself; more are copied into a new object
      if (items.length === 1 && items[0].ob_type === BytesType && self.ob_type !== ByteArrayType) return Py_NewRef(items[0]);
      return items.length > 1 ? fresh(self, parts.join(s)) : same(self, parts.join(s));
    } finally {
      for (const x of items) Py_DECREF(x);
    }
  });
  m('replace', (self, s, a) => {
    checkArgs('replace', a, 2, 3);
    const old = buffer(a[0]), rep = buffer(a[1]);
    const r = fc(() => F.str_replace(s, old, rep, a[2] ? asIndex(a[2]) : -1));
    // nothing replaced: an exact bytes returns itself; a replacement writes a new object
    if (r === s && self.ob_type === BytesType) return Py_NewRef(self);
    return r === s ? same(self, r) : fresh(self, r);
  });
  for (const [name, f] of [['partition', F.str_partition], ['rpartition', F.str_rpartition]] as const) {
    m(name, (self, s, a) => {
      checkArgs(name, a, 1, 1);
      const sep = buffer(a[0]);
      if (sep === '') throw valueError('empty separator');
      const parts = fc(() => f(s, sep));
      if (self.ob_type.solid === ByteArrayType) return PyTuple_New(parts.map((p) => same(self, p)));
      // stringlib_partition on bytes: the separator object itself when found (any buffer), the
      // bytes itself and two empty bytes when not
      const found = parts[1] !== '';
      return PyTuple_New(parts.map((p, i) => {
        if (found && i === 1) return Py_NewRef(a[0]);
        if (!found && i === (name === 'partition' ? 0 : 2)) return Py_NewRef(self);
        return PyBytes_From(bytesOf(p));
      }));
    });
  }
  for (const [name, f] of [['center', F.str_center], ['ljust', F.str_ljust], ['rjust', F.str_rjust]] as const) {
    m(name, (self, s, a) => {
      checkArgs(name, a, 1, 2);
      return same(self, fc(() => f(s, asIndex(a[0]), fillByte(name, a[1]))));
    });
  }
  m('zfill', (self, s, a) => {
    checkArgs('zfill', a, 1, 1);
    return same(self, fc(() => F.str_zfill(s, asIndex(a[0]))));
  });
  m('expandtabs', (self, s, a, k) => {
    const t = a[0] ?? k.get('tabsize');
    return fresh(self, fc(() => F.str_expandtabs(s, t === undefined ? 8 : asIndex(t))));
  });
  m('removeprefix', (self, s, a) => {
    checkArgs('removeprefix', a, 1, 1);
    const p = buffer(a[0]);
    return same(self, p && s.startsWith(p) ? s.slice(p.length) : s);
  });
  m('removesuffix', (self, s, a) => {
    checkArgs('removesuffix', a, 1, 1);
    const p = buffer(a[0]);
    return same(self, p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  });
  defMethod(T, 'fromhex', (cls, args) => {
    checkArgs('fromhex', args, 1, 1);
    const h = args[0];
    if (!(h instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${h.ob_type.tp_name}`);
    const v = fromHex(h.v);
    const r = T === ByteArrayType ? PyByteArray_From(v) : PyBytes_From(v);
    if (cls === T) return r;
    // bytes_fromhex_impl / bytearray_fromhex_impl: a subclass is called with the result
    try {
      return callObject(cls!, [r], null);
    } finally {
      Py_DECREF(r);
    }
  }, 'classmethod');
}
/**
 * _Py_strhex_impl: the hex digits of `v`, with `sep` (one ASCII character given as str or bytes)
 * between groups of |bytesPerSep| bytes, counted from the right when positive, from the left
 * when negative.
 */
function strhex(v: Uint8Array, sepO: PyObject | undefined, perO: PyObject | undefined): string {
  const hex = Array.from(v, (b) => b.toString(16).padStart(2, '0'));
  if (sepO === undefined || sepO === None) return hex.join('');
  // PyObject_Length first ("object of type 'int' has no len()"), then the type
  if (PyObject_Size(sepO) !== 1) throw valueError('sep must be length 1.');
  let sep: string;
  if (sepO instanceof PyStr) sep = sepO.v;
  else if (isBytesLike(sepO)) sep = l1(sepO.v);
  else throw typeError('sep must be str or bytes.');
  if (sep.charCodeAt(0) > 127) throw valueError('sep must be ASCII.');
  const per = perO === undefined ? 1 : asIndex(perO);
  const n = Math.abs(per);
  if (per === 0 || hex.length === 0 || n >= hex.length) return hex.join('');
  const groups: string[] = [];
  if (per < 0) for (let i = 0; i < hex.length; i += n) groups.push(hex.slice(i, i + n).join(''));
  else for (let i = hex.length; i > 0; i -= n) groups.unshift(hex.slice(Math.max(0, i - n), i).join(''));
  return groups.join(sep);
}

install(BytesType);
install(ByteArrayType);
for (const T of [BytesType, ByteArrayType]) {
  defMethod(T, 'hex', (self, args, kw) => {
    const [a, k] = splitKw(args, kw);
    return PyUnicode_From(strhex((self as PyBytes).v, a[0] ?? k.get('sep'), a[1] ?? k.get('bytes_per_sep')));
  });
}

/**
 * The argument checks of the methods bytes and bytearray share: METH_NOARGS, METH_O, Argument
 * Clinic's positional counts, no keywords except where listed; find/count/index… parse their
 * arguments with PyArg_ParseTuple until 3.12 and with Argument Clinic from 3.13.
 */
function signBytesMethods(T: PyType): void {
  const sign = (name: string, sig: Sig, kw: readonly string[] | null = null) => {
    const d = T.methods.get(name);
    if (!(d instanceof PyMethodDescr)) return;
    const fn = withSignature(`${T.name}.${name}`, name, sig, kw !== null, d.fn);
    d.fn = kw === null ? fn : (self, args, kwnames) => {
      checkKeywords(name, kwnames, kw);
      return fn(self, args, kwnames);
    };
  };
  for (const m of ['upper', 'lower', 'swapcase', 'capitalize', 'title', ...isChecks.map(([n]) => n)]) sign(m, 'noargs');
  for (const m of ['join', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'zfill']) sign(m, 'o');
  for (const m of ['center', 'ljust', 'rjust']) sign(m, ['clinic', 1, 2]);
  for (const m of ['strip', 'lstrip', 'rstrip']) sign(m, ['clinic', 0, 1]);
  sign('replace', ['clinic', 2, 3]);
  for (const [m, max, kws] of [['split', 2, ['sep', 'maxsplit']], ['rsplit', 2, ['sep', 'maxsplit']], ['splitlines', 1, ['keepends']],
    ['expandtabs', 1, ['tabsize']], ['decode', 2, ['encoding', 'errors']], ['hex', 2, ['sep', 'bytes_per_sep']]] as const) sign(m, ['clinic', 0, max], kws);
  for (const m of ['count', 'find', 'index', 'rfind', 'rindex', 'startswith', 'endswith']) {
    const d = T.methods.get(m);
    if (!(d instanceof PyMethodDescr)) continue;
    const old = withSignature(`${T.name}.${m}`, m, ['tuple', 1, 3], false, d.fn), clinic = withSignature(`${T.name}.${m}`, m, ['clinic', 1, 3], false, d.fn);
    d.fn = (self, args, kw) => (RT.profile.messages.clinicStrMethods ? clinic : old)(self, args, kw);
  }
  const fromhex = T.methods.get('fromhex');
  if (fromhex instanceof PyMethodDescr) fromhex.fn = withSignature(`${T.name}.fromhex`, 'fromhex', 'o', false, fromhex.fn);
}

// --- _Py_bytes_maketrans (Objects/bytes_methods.c), bytes_translate_impl (Objects/bytesobject.c)
// and bytearray_translate_impl (Objects/bytearrayobject.c) ---

/** bytes.maketrans(frm, to) / bytearray.maketrans: a 256-byte table mapping each byte of frm to the one of to. */
function maketrans(args: Args): PyObject {
  checkArgs('maketrans', args, 2, 2);
  const frm = buffer(args[0]), to = buffer(args[1]);
  if (frm.length !== to.length) throw valueError('maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < frm.length; i++) table[frm.charCodeAt(i)] = to.charCodeAt(i);
  return PyBytes_From(table);
}

/**
 * translate(table, /, delete=b''): each byte mapped through table (None: unchanged), those in
 * delete dropped; an exact bytes that nothing changed is returned itself.
 */
function translate(self: PyBytes, args: Args, kw: string[] | null): PyObject {
  const [pos, kws] = splitKw(args, kw);
  // _PyArg_UnpackKeywords: the counts first, then the keyword names
  if (pos.length + kws.size > 2) throw typeError(`translate() takes at most 2 arguments (${pos.length + kws.size} given)`);
  if (pos.length < 1) throw typeError(`translate() takes at least 1 positional argument (${pos.length} given)`);
  for (const k of kws.keys()) if (k !== 'delete') throw typeError(badKeyword('translate', k, ['delete']));
  if (pos.length === 2 && kws.has('delete')) throw typeError(`argument for translate() given by name ('delete') and position (2)`);
  const tableObj = pos[0];
  let table: string | null = null;
  if (tableObj !== None) {
    table = buffer(tableObj);
    if (table.length !== 256) throw valueError('translation table must be 256 characters long');
  }
  const delObj = pos[1] ?? kws.get('delete');
  const del = delObj === undefined ? '' : buffer(delObj);
  const src = self.v;
  const out: number[] = [];
  let changed = false;
  const deleted = new Uint8Array(256);
  for (let i = 0; i < del.length; i++) deleted[del.charCodeAt(i)] = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (deleted[c]) {
      changed = true;
      continue;
    }
    const t = table === null ? c : table.charCodeAt(c);
    if (t !== c) changed = true;
    out.push(t);
  }
  if (self.ob_type === ByteArrayType || self.ob_type.solid === ByteArrayType) return PyByteArray_From(Uint8Array.from(out));
  if (!changed && self.ob_type === BytesType) {
    self.ob_refcnt++;
    return self;
  }
  return PyBytes_From(Uint8Array.from(out));
}

for (const T of [BytesType, ByteArrayType]) {
  defMethod(T, 'maketrans', withSignature(`${T.name}.maketrans`, 'maketrans', ['clinic', 2, 2], false, (_s, args) => maketrans(args)), 'static');
  defMethod(T, 'translate', (self, args, kw) => translate(self as PyBytes, args, kw));
}

// bytes_buffer_getbuffer / bytearray_getbuffer as __buffer__ (3.12+, PEP 688), bytearray's
// __release_buffer__ (memoryobject.ts), and bytearray.__alloc__ (ob_alloc: the bytes its buffer has room for)
defBufferMethods(BytesType, false);
defBufferMethods(ByteArrayType, true);
setStrhex(strhex);
defMethod(ByteArrayType, '__alloc__', (self, args) => {
  checkArgs('bytearray.__alloc__', args, 0, 0);
  return PyLong_From(byteArrayAlloc(self as PyBytes));
});

// every shared method is defined now (decode by typemethods.ts): put the argument checks on
signBytesMethods(BytesType);
signBytesMethods(ByteArrayType);
