// Models Objects/unicodeobject.c (CPython 3.12): str objects, interning, the empty-string and
// one-character latin-1 caches, and sizes (compact ASCII / compact forms).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, RT, TypeType, staticAddr, IMMORTAL_REFCNT } from './object';
import { SIZEOF_VOID_P, sizeofASCIIObject, sizeofCompactUnicodeObject } from './layout';
import { _Py_HashBytes } from '../pyhash';
import { STATIC_INTERNED_STRINGS } from './static_strings';

/** A str. `v` is the JS string (UTF-16); Python length counts code points. */
export class PyStr extends PyObject {
  interned = false;
  declare hash: number | bigint | null;
  /** Which hash function `hash` was computed with (hashTag()): static strings outlive a run and its profile. */
  declare hashTag: number;
  declare v: string;
  constructor(v: string) {
    super(StrType);
    this.hash = null;
    this.hashTag = 0;
    this.v = v;
  }
}

/** The `str` type. */
export const StrType = new PyType(TypeType, 'str', ObjectType);
staticAddr(StrType, 912);

const SURR = /[\uD800-\uDFFF]/;
/** len() of a JS string in code points. */
export function strLen(s: string): number {
  if (!SURR.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** sys.getsizeof of a str with contents `s`. */
export function strSize(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  // compact ASCII data follows PyASCIIObject, other compact strings PyCompactUnicodeObject
  if (max < 128) return sizeofASCIIObject() + s.length + 1;
  const n = strLen(s);
  const kind = SURR.test(s) ? 4 : max < 256 ? 1 : 2;
  return sizeofCompactUnicodeObject() + (n + 1) * kind;
}
/**
 * sys.getsizeof of the str part of an instance of a str subclass (pre-header not included): a
 * non-compact PyUnicodeObject (PyCompactUnicodeObject and a data pointer) and its data, in the
 * narrowest kind that holds every character.
 */
export function strSubclassSize(s: string): number {
  let max = 0;
  for (let i = 0; i < s.length; i++) max = Math.max(max, s.charCodeAt(i));
  const kind = SURR.test(s) ? 4 : max < 256 ? 1 : 2;
  return sizeofCompactUnicodeObject() + SIZEOF_VOID_P() + (strLen(s) + 1) * kind;
}
StrType.tp_getsizeof = (o) => {
  const s = (o as PyStr).v;
  const n = strSize(s);
  // one-character latin-1 singletons carry a cached UTF-8 copy (a new one-character str does not)
  if (s.length === 1 && s.charCodeAt(0) >= 128 && s.charCodeAt(0) < 256 && latin1[s.charCodeAt(0)] === o && !RT.profile.strWstrFields) return n + 3;
  return n;
};

/** The empty string singleton ''. */
export const EmptyStr = new PyStr('');
EmptyStr.ob_refcnt = IMMORTAL_REFCNT;
EmptyStr.interned = true;
staticAddr(EmptyStr, 48);
const latin1: (PyStr | undefined)[] = [];

function charSingleton(c: number): PyStr {
  let o = latin1[c];
  if (!o) {
    o = new PyStr(String.fromCharCode(c));
    o.ob_refcnt = IMMORTAL_REFCNT;
    staticAddr(o, 48);
    latin1[c] = o;
  }
  return o;
}

/** PyUnicode_FromString: a new str (or a cached singleton). */
export function PyUnicode_From(s: string): PyStr {
  if (s.length <= 1) {
    if (s.length === 0) return EmptyStr;
    const c = s.charCodeAt(0);
    if (c < 256) return charSingleton(c);
  }
  const o = new PyStr(s);
  PyObject_Init(o, strSize(s));
  return o;
}

/**
 * A str written into a buffer of its own (PyUnicode_New, then the characters): unlike
 * PyUnicode_From, a one-character result is a new object, not the latin-1 singleton. CPython's
 * int-to-str conversion, str.upper()/lower()…, join and replace build their results this way.
 */
export function PyUnicode_New(s: string): PyStr {
  if (s.length === 0) return EmptyStr;
  const o = new PyStr(s);
  PyObject_Init(o, strSize(s));
  return o;
}

const staticSets = new Map<string, ReadonlySet<string>>();

/**
 * Whether `s` is among the strings start-up leaves interned as static (3.11) or immortal (3.13)
 * objects: CPython's identifiers and the names and constants of the modules start-up loads
 * (`static_strings.ts`). Interning an equal string gives that object.
 */
function isStaticInterned(s: string): boolean {
  const name = RT.profile.name;
  let set = staticSets.get(name);
  if (!set) {
    const words = STATIC_INTERNED_STRINGS[name];
    set = new Set(words ? words.split(' ') : []);
    staticSets.set(name, set);
  }
  return set.has(s);
}

/** The static interned object for `s` (see isStaticInterned), registered in the interned table. New reference. */
function staticInterned(s: string): PyStr {
  const o = new PyStr(s);
  o.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(o, strSize(s));
  o.interned = true;
  RT.interned.set(s, o);
  return o;
}

/**
 * PyUnicode_InternFromString: the interned str for `s` (immortal on 3.12). New reference. A
 * one-character latin-1 string interns as its singleton, except the characters the profile's
 * start-up left interned as objects of their own (`internedOneCharStrings`).
 */
export function PyUnicode_Intern(s: string): PyStr {
  if (s.length === 0) return EmptyStr;
  if (s.length === 1 && s.charCodeAt(0) < 256 && !RT.profile.internedOneCharStrings.includes(s)) {
    const o = charSingleton(s.charCodeAt(0));
    o.interned = true;
    return o;
  }
  const tab = RT.interned;
  const hit = tab.get(s) as PyStr | undefined;
  if (hit) {
    hit.ob_refcnt++;
    return hit;
  }
  if (s.length > 1 && isStaticInterned(s)) return staticInterned(s);
  let o: PyStr;
  if (s.length === 1) {
    // the start-up's interned copy of this character: not the latin-1 singleton, but a constant
    // of a deep-frozen module, statically allocated like the singletons (refcount 999999999 on 3.11)
    o = new PyStr(s);
    o.ob_refcnt = IMMORTAL_REFCNT;
    staticAddr(o, 48);
  } else o = PyUnicode_From(s);
  o.interned = true;
  tab.set(s, o);
  if (RT.profile.internedImmortal) o.ob_refcnt = IMMORTAL_REFCNT;
  return o;
}

/** sys.intern(o): returns the interned equal string (new reference). */
export function internObject(o: PyStr): PyStr {
  if (o.interned) {
    o.ob_refcnt++;
    return o;
  }
  // one-character strings: the singleton or the start-up's interned copy
  if (o.v.length === 1 && o.v.charCodeAt(0) < 256) return PyUnicode_Intern(o.v);
  const tab = RT.interned;
  const hit = tab.get(o.v) as PyStr | undefined;
  if (hit) {
    hit.ob_refcnt++;
    return hit;
  }
  if (o.v.length > 1 && isStaticInterned(o.v)) return staticInterned(o.v);
  o.interned = true;
  tab.set(o.v, o);
  if (RT.profile.internedImmortal) o.ob_refcnt = IMMORTAL_REFCNT;
  else o.ob_refcnt++;
  return o;
}

StrType.tp_dealloc = (o) => {
  const s = o as PyStr;
  if (s.interned && RT.interned.get(s.v) === s) RT.interned.delete(s.v);
  PyObject_Free(o);
};

/**
 * unicode_hash: _Py_HashBytes over the string's PEP 393 representation (1, 2 or 4 bytes per code
 * point by its widest character, little-endian), cached in the object.
 */
export function strHash(o: PyStr): number | bigint {
  const tag = hashTag();
  if (o.hash !== null && o.hashTag === tag) return o.hash;
  o.hashTag = tag;
  const s = o.v;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  let bytes: Uint8Array;
  if (max < 0x100) {
    bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  } else {
    const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
    const kind = cps.some((c) => c > 0xffff) ? 4 : 2;
    bytes = new Uint8Array(cps.length * kind);
    cps.forEach((c, i) => {
      for (let j = 0; j < kind; j++) bytes[i * kind + j] = (c >>> (8 * j)) & 0xff;
    });
  }
  return (o.hash = _Py_HashBytes(bytes, RT ? RT.profile.pointerSize : 8, RT ? RT.profile.hashAlgorithm : 'siphash13'));
}

/** The current profile's str hash function as a number: its word size and algorithm. */
function hashTag(): number {
  return RT ? RT.profile.pointerSize + (RT.profile.hashAlgorithm === 'fnv' ? 16 : 0) : 8;
}
StrType.tp_hash = (o) => strHash(o as PyStr);

/** repr() of a JS string with CPython's quoting rules. */
export function strRepr(s: string): string {
  const useDouble = s.includes("'") && !s.includes('"');
  const q = useDouble ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 128 && c < 160) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0xad) out += '\\xad';
    else out += ch;
  }
  return out + q;
}
StrType.tp_repr = (o) => strRepr((o as PyStr).v);
StrType.tp_str = (o) => (o as PyStr).v;

const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/** The PEP 393 kind of a string: 1 (latin-1; `ascii` when all below 128), 2 or 4 bytes a character. */
function strKind(s: string): { kind: number; ascii: boolean } {
  let max = 0;
  for (let i = 0; i < s.length; i++) max = Math.max(max, s.charCodeAt(i));
  return { kind: SURR.test(s) ? 4 : max < 256 ? 1 : 2, ascii: max < 128 };
}

/** PyUnicode_Append's kind test: `right` is no wider than `left`, and not non-ASCII after an ASCII `left`. */
function appendFits(left: PyStr, right: PyStr): boolean {
  // an ASCII right always fits (checked first: it needs no scan of the long left string)
  if (ASCII_ONLY.test(right.v)) return true;
  const lk = strKind(left.v), rk = strKind(right.v);
  return rk.kind <= lk.kind && !lk.ascii;
}

/**
 * PyUnicode_Append(&left, right): `left` (a reference the caller gives up) extended by `right`
 * (borrowed). When no one else holds `left`, its hash is not computed, it is not interned and
 * `right` fits its kind (unicode_modifiable), the string grows in place: resize_compact reallocates
 * its block, which stays where it is while the new size fits its size class. Else a new string.
 * Returns the result (a new reference).
 */
export function PyUnicode_Append(left: PyStr, right: PyStr): PyStr {
  if (right.v.length === 0) return left;
  if (left.v.length === 0 && right.ob_type === StrType) {
    Py_DECREF(left);
    right.ob_refcnt++;
    return right;
  }
  const v = left.v + right.v;
  if (left.ob_refcnt === 1 && left.hash === null && !left.interned && left.ob_type === StrType && appendFits(left, right)) {
    const rt = RT;
    // an ASCII string grows by one byte a character (no need to scan it again)
    const size = left.allocSize === sizeofASCIIObject() + left.v.length + 1 && ASCII_ONLY.test(right.v) ? left.allocSize + right.v.length : strSize(v);
    left.addr = rt.alloc.PyObject_Realloc(left.addr, size);
    rt.heapBytes += size - left.allocSize;
    left.allocSize = size;
    left.v = v;
    return left;
  }
  const r = PyUnicode_New(v);
  Py_DECREF(left);
  return r;
}
