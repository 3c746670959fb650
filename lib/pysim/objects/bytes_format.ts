// Models Objects/bytesobject.c _PyBytes_FormatEx (CPython 3.12): printf-style `bytes % args` and
// `bytearray % args`. The format and the result are latin-1 JS strings (one char per byte); the
// padding, sign and number conversions are str formatting's (objects/format), as in C, where
// bytes formatting calls _PyUnicode_FormatLong and the same float formatter.
import { bufferBytes } from './bufferproto';
import { PyObject, Py_DECREF, Py_NewRef, RT } from './object';
import { NotImplemented } from './singletons';
import { defMethod } from './methodobject';
import { check_num_args } from './typemethods';
import { PyLong } from './longobject';
import { PyFloat } from './floatobject';
import { PyStr } from './unicodeobject';
import { PyTuple } from './tupleobject';
import { PyBytes, PyBytes_From, PyByteArray_From, BytesType, ByteArrayType } from './bytesobject';
import { PyDict } from './dictobject';
import { PyList } from './listobject';
import { overflowError, typeError, valueError } from './exceptions';
import { lookupHeap } from './typeobject';
import { PyIndex_Check, PyNumber_Index, PyObject_GetItem, PyObject_Repr, _PyObject_LookupSpecial, callObject } from '../abstract';
import { RangeType } from './iterobject';
import * as F from './format/index';
import { fmtCall } from '../eval/format';
import { setBytesPercentFormat } from '../abstract';

/** One byte per char: a bytes value as a latin-1 string. */
function l1(v: Uint8Array): string {
  let s = '';
  for (let i = 0; i < v.length; i += 8192) s += String.fromCharCode(...v.subarray(i, i + 8192));
  return s;
}

/**
 * The right operand is a mapping when its type has mp_subscript and it is not a tuple, bytes or
 * str (dict, list, bytearray, range, a class with __getitem__).
 */
function isMappingArg(o: PyObject): boolean {
  const s = o.ob_type.solid;
  if (o instanceof PyTuple || s === BytesType || o instanceof PyStr) return false;
  return o instanceof PyDict || o instanceof PyList || s === ByteArrayType || o.ob_type === RangeType
    || (o.ob_type.heap && lookupHeap(o.ob_type, '__getitem__') !== null);
}

/** format_obj: the bytes of a %s/%b argument (bytes, __bytes__, or a bytes-like object). */
function format_obj(v: PyObject): string {
  if (v.ob_type.solid === BytesType) return l1((v as PyBytes).v);
  const func = _PyObject_LookupSpecial(v, '__bytes__');
  if (func !== null) {
    let r: PyObject;
    try {
      r = callObject(func, [], null);
    } finally {
      Py_DECREF(func);
    }
    try {
      if (r.ob_type.solid !== BytesType) throw typeError(`__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
      return l1((r as PyBytes).v);
    } finally {
      Py_DECREF(r);
    }
  }
  if (v instanceof PyBytes) return l1(v.v);
  // any other buffer (a memoryview, an array): its bytes
  const buf = bufferBytes(v, false);
  if (buf !== null) return l1(buf);
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.ob_type.tp_name}'`);
}

/** The int an integer conversion formats (formatlong: __index__ for o/x/X, int() for d/i/u), or null. */
function intArg(v: PyObject, ch: string): bigint | null {
  if (v instanceof PyLong) return BigInt(v.v);
  if (PyIndex_Check(v)) return BigInt(PyNumber_Index(v));
  if (ch !== 'o' && ch !== 'x' && ch !== 'X') {
    if (v instanceof PyFloat) return null;
    const m = v.ob_type.heap ? lookupHeap(v.ob_type, '__int__') : null;
    if (m !== null) {
      const r = callObject(m, [v], null);
      try {
        if (!(r instanceof PyLong)) throw typeError(`__int__ returned non-int (type ${r.ob_type.tp_name})`);
        return BigInt(r.v);
      } finally {
        Py_DECREF(r);
      }
    }
  }
  return null;
}

/** PyFloat_AsDouble for formatfloat: a float, __float__, or __index__ ("float argument required"). */
function floatArg(v: PyObject): number {
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyLong) {
    const x = Number(v.v);
    if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
    return x;
  }
  const m = v.ob_type.heap ? lookupHeap(v.ob_type, '__float__') : null;
  if (m !== null) {
    const r = callObject(m, [v], null);
    try {
      if (!(r instanceof PyFloat)) throw typeError(`${v.ob_type.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
      return r.v;
    } finally {
      Py_DECREF(r);
    }
  }
  if (PyIndex_Check(v)) return Number(PyNumber_Index(v));
  throw typeError(`float argument required, not ${v.ob_type.tp_name}`);
}

/** byte_converter for %c: an int in range(256) or a single byte. */
function formatchar(v: PyObject): string {
  // a bytes or bytearray of length 1 (3.14 names what it got instead)
  if (v instanceof PyBytes && v.v.length === 1) return String.fromCharCode(v.v[0]);
  const named = RT.profile.versionInfo[1] >= 14;
  if (v instanceof PyBytes && named) {
    const what = v.ob_type.solid === ByteArrayType ? 'bytearray' : 'bytes';
    throw typeError(`%c requires an integer in range(256) or a single byte, not a ${what} object of length ${v.v.length}`);
  }
  if (v instanceof PyLong || PyIndex_Check(v)) {
    const n = BigInt(PyNumber_Index(v));
    if (n < 0n || n > 255n) throw overflowError('%c arg not in range(256)');
    return String.fromCharCode(Number(n));
  }
  // %T: the fully qualified type name
  const t = v.ob_type;
  const qual = t.heap && t.module !== 'builtins' ? `${t.module}.${t.qualname}` : t.qualname;
  throw typeError(`%c requires an integer in range(256) or a single byte${named ? `, not ${qual}` : ''}`);
}

/** `fmt % args` for a bytes or bytearray format (given as latin-1): the result, as latin-1. */
export function _PyBytes_FormatEx(fmt: string, args: PyObject): string {
  let arglen: number, argidx: number;
  let tuple: PyTuple | null = null;
  if (args instanceof PyTuple) {
    tuple = args;
    arglen = args.items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict = isMappingArg(args) ? args : null;
  let single = args;
  // the values looked up by '(key)', held until the formatting ends
  const held: PyObject[] = [];
  const getnextarg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? single : tuple!.items[i];
    }
    throw typeError('not enough arguments for format string');
  };
  let out = '';
  const n = fmt.length;
  let pos = 0;
  try {
    while (pos < n) {
      if (fmt[pos] !== '%') {
        const nxt = fmt.indexOf('%', pos);
        const end = nxt < 0 ? n : nxt;
        out += fmt.slice(pos, end);
        pos = end;
        continue;
      }
      pos++;
      if (pos < n && fmt[pos] === '%') {
        out += '%';
        pos++;
        continue;
      }
      const spec: F.PercentSpec = { ch: '', flags: { ljust: false, sign: false, blank: false, alt: false, zero: false }, width: -1, prec: -1, sign: false };
      if (pos < n && fmt[pos] === '(') {
        if (dict === null) throw typeError('format requires a mapping');
        pos++;
        let pcount = 1;
        const keystart = pos;
        while (pcount > 0 && pos < n) {
          if (fmt[pos] === ')') pcount--;
          else if (fmt[pos] === '(') pcount++;
          pos++;
        }
        if (pcount > 0) throw valueError('incomplete format key');
        const key = PyBytes_From(Uint8Array.from(fmt.slice(keystart, pos - 1), (c) => c.charCodeAt(0)));
        try {
          single = PyObject_GetItem(dict, key);
        } finally {
          Py_DECREF(key);
        }
        held.push(single);
        arglen = -1;
        argidx = -2;
      }
      for (; pos < n; pos++) {
        const c = fmt[pos];
        if (c === '-') spec.flags.ljust = true;
        else if (c === '+') spec.flags.sign = true;
        else if (c === ' ') spec.flags.blank = true;
        else if (c === '#') spec.flags.alt = true;
        else if (c === '0') spec.flags.zero = true;
        else break;
      }
      if (pos < n && fmt[pos] === '*') {
        const v = getnextarg();
        if (!(v instanceof PyLong)) throw typeError('* wants int');
        let w = BigInt(v.v);
        if (w < 0n) {
          spec.flags.ljust = true;
          w = -w;
        }
        if (w > 0x7fffffffffffffffn) throw overflowError('Python int too large to convert to C ssize_t');
        spec.width = Number(w);
        pos++;
      } else if (pos < n && fmt[pos] >= '0' && fmt[pos] <= '9') {
        let w = 0;
        for (; pos < n && fmt[pos] >= '0' && fmt[pos] <= '9'; pos++) {
          w = w * 10 + fmt.charCodeAt(pos) - 48;
          if (w > 0x7fffffffffff) throw valueError('width too big');
        }
        spec.width = w;
      }
      if (pos < n && fmt[pos] === '.') {
        spec.prec = 0;
        pos++;
        if (pos < n && fmt[pos] === '*') {
          const v = getnextarg();
          if (!(v instanceof PyLong)) throw typeError('* wants int');
          const p = BigInt(v.v);
          if (p < -0x80000000n || p > 0x7fffffffn) throw overflowError('Python int too large to convert to C int');
          spec.prec = p < 0n ? 0 : Number(p);
          pos++;
        } else {
          let p = 0;
          for (; pos < n && fmt[pos] >= '0' && fmt[pos] <= '9'; pos++) {
            p = p * 10 + fmt.charCodeAt(pos) - 48;
            if (p > 0x7fffffffffff) throw valueError('precision too big');
          }
          spec.prec = p;
        }
      }
      if (pos < n && (fmt[pos] === 'h' || fmt[pos] === 'l' || fmt[pos] === 'L')) pos++;
      if (pos >= n) throw valueError('incomplete format');
      spec.ch = fmt[pos];
      const chIndex = pos;
      pos++;
      const v = getnextarg();
      let str: string;
      switch (spec.ch) {
        case 'r': case 'a':
          // %r is %a in bytes formatting: PyObject_ASCII
          str = F.ascii_from_repr(PyObject_Repr(v));
          spec.ch = 's';
          break;
        case 's': case 'b':
          str = format_obj(v);
          spec.ch = 's';
          break;
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
          const iv = intArg(v, spec.ch);
          const integral = spec.ch === 'o' || spec.ch === 'x' || spec.ch === 'X';
          if (iv === null && (integral || !(v instanceof PyFloat))) {
            const what = integral ? 'an integer' : 'a real number';
            throw typeError(`%${spec.ch} format: ${what} is required, not ${v.ob_type.tp_name}`);
          }
          const arg: F.FormatArg = iv !== null ? { kind: 'int', v: iv } : { kind: 'float', v: (v as PyFloat).v };
          str = fmtCall(() => F.percent_formatlong(arg, spec));
          spec.sign = true;
          break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
          const x = floatArg(v);
          str = fmtCall(() => F.percent_formatfloat({ kind: 'float', v: x }, spec));
          spec.sign = true;
          break;
        }
        case 'c':
          str = formatchar(v);
          break;
        default: {
          const c = spec.ch.charCodeAt(0);
          const shown = c >= 31 && c <= 126 ? spec.ch : '?';
          throw valueError(`unsupported format character '${shown}' (0x${c.toString(16)}) at index ${chIndex}`);
        }
      }
      out += F.percent_output(spec, str);
      if (dict !== null && argidx < arglen) throw typeError('not all arguments converted during bytes formatting');
    }
    if (argidx < arglen && dict === null) throw typeError('not all arguments converted during bytes formatting');
    return out;
  } finally {
    for (const h of held) Py_DECREF(h);
  }
}

setBytesPercentFormat(_PyBytes_FormatEx);

/** bytes_mod / bytearray_mod: `v % w` when v is of the type (else NotImplemented). */
function bytesMod(T: typeof BytesType, v: PyObject, w: PyObject): PyObject {
  if (!v.ob_type.isSubtype(T)) return Py_NewRef(NotImplemented);
  const r = _PyBytes_FormatEx(l1((v as PyBytes).v), w);
  const out = Uint8Array.from(r, (c) => c.charCodeAt(0));
  return T === ByteArrayType ? PyByteArray_From(out) : PyBytes_From(out);
}
// nb_remainder as the slot wrappers __mod__ (wrap_binaryfunc_l) and __rmod__ (wrap_binaryfunc_r)
for (const T of [BytesType, ByteArrayType]) {
  defMethod(T, '__mod__', (self, args) => {
    check_num_args(args, 1);
    return bytesMod(T, self!, args[0]);
  });
  defMethod(T, '__rmod__', (self, args) => {
    check_num_args(args, 1);
    return bytesMod(T, args[0], self!);
  });
}
