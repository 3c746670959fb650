// Models Python/codecs.c (codec lookup, the error handlers) and the built-in text codecs of
// Objects/unicodeobject.c (utf-8, ascii, latin-1) behind str.encode and bytes.decode, with the
// UnicodeEncodeError / UnicodeDecodeError they raise (Objects/exceptions.c).
import { PyObject, PyRaise } from './objects/object';
import { PyStr, PyUnicode_From } from './objects/unicodeobject';
import { PyBytes, PyBytes_From } from './objects/bytesobject';
import { PyLong_From } from './objects/longobject';
import { LookupErrorType, PyBaseException, UnicodeDecodeErrorType, UnicodeEncodeErrorType, newException, pyErr } from './objects/exceptions';

/** The codecs heaplab runs, by canonical name. */
type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', 'ansi_x3.4_1968': 'ascii', ansi_x3_4_1968: 'ascii', 'ansi_x3.4_1986': 'ascii',
  cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii', iso_ir_6: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso8859_1: 'latin-1', iso_8859_1: 'latin-1', '8859': 'latin-1',
  cp819: 'latin-1', iso_ir_100: 'latin-1', iso_8859_1_1987: 'latin-1', ibm819: 'latin-1', csisolatin1: 'latin-1',
};

/** Other codecs of the standard library: heaplab says it does not simulate them rather than call them unknown. */
const UNSIMULATED = /^(utf_?(16|32|7)(_?(le|be))?|u(16|32|7)|cp\d+|latin_?\d+|l\d|iso8859_\d+|iso_8859_\d+|mac_\w+|koi8_\w+|big5\w*|gb\w+|euc_\w+|shift_jis\w*|sjis|idna|punycode|raw_unicode_escape|unicode_escape|charmap|mbcs|oem|palmos|ptcp154|tis_620|hz|johab|utf_8_sig|base64\w*|hex\w*|zlib\w*|bz2\w*|rot_?13|quopri\w*|uu\w*)$/;

/** encodings.normalize_encoding and the alias search: the codec a name stands for, or LookupError "unknown encoding: x". */
function lookup(encoding: string): Codec {
  const norm = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  const c = ALIASES[norm];
  if (c) return c;
  if (UNSIMULATED.test(norm)) throw pyErr(LookupErrorType, `heaplab does not simulate the '${encoding}' codec`);
  throw pyErr(LookupErrorType, `unknown encoding: ${encoding}`);
}

/** The error handlers CPython registers at start-up (Python/codecs.c _PyCodecRegistry_Init). */
const CPYTHON_HANDLERS: ReadonlySet<string> = new Set(['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

/** An error handler name PyCodec_LookupError does not know: LookupError "unknown error handler name 'x'". */
function unknownHandler(errors: string): PyRaise {
  // a handler CPython registers but this codec here does not run
  if (CPYTHON_HANDLERS.has(errors)) return pyErr(LookupErrorType, `heaplab does not simulate the '${errors}' error handler here yet`);
  return pyErr(LookupErrorType, `unknown error handler name '${errors}'`);
}

/** PyUnicode_Decode for the codecs heaplab runs: a JS string (lone surrogates for surrogateescape). */
export function PyUnicode_Decode(b: PyBytes, encoding: string, errors: string): string {
  const codec = lookup(encoding);
  const v = b.v;
  let out = '';
  let i = 0;
  const fail = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case 'strict': throw decodeError(codec, v, start, end, reason);
      case 'ignore': break;
      case 'replace': out += '\ufffd'; break;
      case 'backslashreplace': for (let k = start; k < end; k++) out += '\\x' + v[k].toString(16).padStart(2, '0'); break;
      case 'surrogateescape': for (let k = start; k < end; k++) {
        if (v[k] < 128) throw decodeError(codec, v, start, end, reason);
        out += String.fromCharCode(0xdc00 + v[k]);
      } break;
      default: throw unknownHandler(errors);
    }
    i = end;
  };
  while (i < v.length) {
    const c = v[i];
    if (c < 0x80 || codec === 'latin-1') {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    if (codec === 'ascii') {
      fail(i, i + 1, 'ordinal not in range(128)');
      continue;
    }
    // utf-8: the maximal valid prefix of a sequence is one error
    let need: number, lo = 0x80, hi = 0xbf, cp: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else {
      fail(i, i + 1, 'invalid start byte');
      continue;
    }
    let j = i + 1, bad: string | null = null;
    for (let k = 0; k < need; k++, j++) {
      if (j >= v.length) { bad = 'unexpected end of data'; break; }
      const x = v[j];
      if (x < (k === 0 ? lo : 0x80) || x > (k === 0 ? hi : 0xbf)) { bad = 'invalid continuation byte'; break; }
      cp = (cp << 6) | (x & 0x3f);
    }
    if (bad) {
      fail(i, j, bad);
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

/** make_decode_exception: UnicodeDecodeError(encoding, a new bytes copy of the input, start, end, reason). */
function decodeError(codec: string, v: Uint8Array, start: number, end: number, reason: string): PyRaise {
  return new PyRaise(newException(UnicodeDecodeErrorType, [PyUnicode_From(codec), PyBytes_From(v.slice()), PyLong_From(start), PyLong_From(end), PyUnicode_From(reason)]));
}

/** PyUnicode_AsEncodedString for the codecs heaplab runs: the bytes of `s` (a run of unencodable characters is one error). */
export function PyUnicode_AsEncodedString(s: PyStr, encoding: string, errors: string): Uint8Array {
  const codec = lookup(encoding);
  const cps = Array.from(s.v, (ch) => ch.codePointAt(0)!);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const bad = (c: number) => (codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit);
  const out: number[] = [];
  const put = (c: number): void => {
    if (codec !== 'utf-8' || c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  };
  for (let i = 0; i < cps.length;) {
    if (!bad(cps[i])) {
      put(cps[i++]);
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    const raise = (): never => {
      s.ob_refcnt++;
      throw new PyRaise(newException(UnicodeEncodeErrorType, [PyUnicode_From(codec), s, PyLong_From(i), PyLong_From(end), PyUnicode_From(reason)]));
    };
    switch (errors) {
      case 'strict': raise(); break;
      case 'ignore': break;
      case 'replace': for (let k = i; k < end; k++) out.push(0x3f); break;
      case 'backslashreplace': for (let k = i; k < end; k++) {
        const c = cps[k];
        const esc = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
        for (const ch of esc) out.push(ch.charCodeAt(0));
      } break;
      case 'xmlcharrefreplace': for (let k = i; k < end; k++) for (const ch of `&#${cps[k]};`) out.push(ch.charCodeAt(0)); break;
      case 'surrogateescape': for (let k = i; k < end; k++) {
        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) raise();
        out.push(cps[k] - 0xdc00);
      } break;
      default: throw unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/** The character of UnicodeEncodeError_str: '\xe9', '\u20ac' or '\U0001f600'. */
function badChar(c: number): string {
  return c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
}

/**
 * UnicodeTranslateError_str over the args (object, start, end, reason), or null when they are
 * not those four.
 */
export function unicodeTranslateErrorStr(e: PyBaseException): string | null {
  const a = e.args.items;
  if (a.length !== 4 || !(a[0] instanceof PyStr) || !(a[3] instanceof PyStr)) return null;
  const [obj, s, t, reason] = a as [PyStr, PyObject, PyObject, PyStr];
  const start = Number((s as unknown as { v: number }).v), end = Number((t as unknown as { v: number }).v);
  const cps = Array.from(obj.v, (ch) => ch.codePointAt(0)!);
  if (start < cps.length && end === start + 1) return `can't translate character '${badChar(cps[start])}' in position ${start}: ${reason.v}`;
  return `can't translate characters in position ${start}-${end - 1}: ${reason.v}`;
}

/**
 * UnicodeEncodeError_str / UnicodeDecodeError_str: "'ascii' codec can't encode character '\xe9'
 * in position 0: ordinal not in range(128)", "... can't decode bytes in position 0-1: ...".
 * Null when the args are not the five the codecs pass.
 */
export function unicodeErrorStr(e: PyBaseException, decode: boolean): string | null {
  const a = e.args.items;
  if (a.length !== 5 || !(a[0] instanceof PyStr) || !(a[4] instanceof PyStr)) return null;
  const [enc, obj, s, t, reason] = a as [PyStr, PyObject, PyObject, PyObject, PyStr];
  const start = Number((s as unknown as { v: number }).v), end = Number((t as unknown as { v: number }).v);
  if (decode) {
    if (!(obj instanceof PyBytes)) return null;
    if (start < obj.v.length && end === start + 1) return `'${enc.v}' codec can't decode byte 0x${obj.v[start].toString(16).padStart(2, '0')} in position ${start}: ${reason.v}`;
    return `'${enc.v}' codec can't decode bytes in position ${start}-${end - 1}: ${reason.v}`;
  }
  if (!(obj instanceof PyStr)) return null;
  const cps = Array.from(obj.v, (ch) => ch.codePointAt(0)!);
  if (start < cps.length && end === start + 1) return `'${enc.v}' codec can't encode character '${badChar(cps[start])}' in position ${start}: ${reason.v}`;
  return `'${enc.v}' codec can't encode characters in position ${start}-${end - 1}: ${reason.v}`;
}
