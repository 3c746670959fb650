// Models the tp_methods of Objects/longobject.c, floatobject.c and complexobject.c that
// typemethods.ts does not define (int.__ceil__/__floor__/__trunc__/__round__, as_integer_ratio,
// bit_count, is_integer; float.__trunc__/__floor__/__ceil__/__round__, conjugate, fromhex,
// __getformat__; complex.__complex__), and the __getnewargs__ methods of int, float, complex,
// str, tuple and bytes (what pickling and copy call them with), plus bytes.__bytes__.
import { PyObject, PyType, Py_DECREF, Py_NewRef } from './object';
import { None } from './singletons';
import { LongType, PyLong, PyLong_From, True, normInt } from './longobject';
import { FloatType, PyFloat, PyFloat_FromDouble } from './floatobject';
import { ComplexType, PyComplex, PyComplex_FromDoubles } from './complexobject';
import { PyStr, PyUnicode_From, PyUnicode_New, StrType } from './unicodeobject';
import { BytesType, PyBytes, PyBytes_From } from './bytesobject';
import { PyTuple, PyTuple_New, TupleType } from './tupleobject';
import { defGetSet, defMethod, defMethodSince } from './methodobject';
import { withSignature } from './argcheck';
import { OverflowErrorType, pyErr, typeError, valueError } from './exceptions';
import { PyNumber_Index, callObject } from '../abstract';
import { checkArgs } from './typemethods';
import { signNumberMethods } from './methodsig';
import { lookupHeap } from './typeobject';
import * as F from './format/index';
import { PyLong_FromDouble } from './longobject_double';


/** long_long: an exact int is itself, a bool or subclass instance a new plain int (_PyLong_Copy). */
export function long_long(o: PyObject): PyObject {
  return o.ob_type === LongType ? Py_NewRef(o) : PyLong_From((o as PyLong).v);
}


// ------------------------------------------------------------------ int
for (const name of ['__ceil__', '__floor__', '__trunc__']) defMethod(LongType, name, (self) => long_long(self!));
// int___round___impl: without ndigits (or ndigits >= 0) the int itself; else rounded half to even
defMethod(LongType, '__round__', (self, args) => {
  checkArgs('__round__', args, 0, 1);
  return int___round___impl(self!, args[0]);
});

/** int___round___impl: the int itself (long_long) without ndigits or with ndigits >= 0, else rounded half to even. */
export function int___round___impl(self: PyObject, ndigits: PyObject | undefined): PyObject {
  if (ndigits === undefined) return long_long(self);
  const nd = PyNumber_Index(ndigits);
  if (nd >= 0) return long_long(self);
  return PyLong_From(normInt(F.round_int((self as PyLong).v, nd)));
}
// int_conjugate_impl and the `real` and `numerator` getters are long_long too
defMethod(LongType, 'conjugate', (self) => long_long(self!));
defGetSet(LongType, 'real', (o) => long_long(o));
defGetSet(LongType, 'numerator', (o) => long_long(o));
defMethod(LongType, 'as_integer_ratio', (self) => PyTuple_New([long_long(self!), PyLong_From(1)]));
// int_bit_count_impl: the number of ones in the absolute value's binary form
defMethod(LongType, 'bit_count', (self) => {
  const v = (self as PyLong).v;
  let b = BigInt(v);
  if (b < 0n) b = -b;
  let n = 0;
  for (; b > 0n; b >>= 1n) if (b & 1n) n++;
  return PyLong_From(n);
});
defMethodSince(12, LongType, 'is_integer', withSignature('int.is_integer', 'is_integer', 'noargs', false, () => Py_NewRef(True)));
defMethod(LongType, '__getnewargs__', (self) => PyTuple_New([PyLong_From((self as PyLong).v)]));

// ------------------------------------------------------------------ float
const fval = (o: PyObject) => (o as PyFloat).v;
defMethod(FloatType, '__trunc__', (self) => PyLong_FromDouble(fval(self!)));
defMethod(FloatType, '__floor__', (self) => PyLong_FromDouble(Math.floor(fval(self!))));
defMethod(FloatType, '__ceil__', (self) => PyLong_FromDouble(Math.ceil(fval(self!))));
// float___round___impl: to an int, halves to even, without ndigits; to a float with them
defMethod(FloatType, '__round__', (self, args) => {
  checkArgs('__round__', args, 0, 1);
  const x = fval(self!);
  if (args.length === 0 || args[0] === None) {
    if (!Number.isFinite(x)) return PyLong_FromDouble(x);
    return PyLong_From(normInt(F.round_float(x) as bigint));
  }
  return PyFloat_FromDouble(F.round_float(x, PyNumber_Index(args[0])) as number);
});
// float_float: an exact float is itself, a subclass instance a new float
defMethod(FloatType, 'conjugate', (self) => (self!.ob_type === FloatType ? Py_NewRef(self!) : PyFloat_FromDouble(fval(self!))));
defMethod(FloatType, '__getnewargs__', (self) => PyTuple_New([PyFloat_FromDouble(fval(self!))]));
// float___getformat___impl: how the machine stores a C double and float
defMethod(FloatType, '__getformat__', (_cls, args) => {
  checkArgs('__getformat__', args, 1, 1);
  const t = args[0];
  if (!(t instanceof PyStr)) throw typeError(`__getformat__() argument must be str, not ${t.ob_type.tp_name}`);
  if (t.v !== 'double' && t.v !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  return PyUnicode_From('IEEE, little-endian');
}, 'classmethod');
defMethod(FloatType, 'fromhex', (cls, args) => {
  checkArgs('fromhex', args, 1, 1);
  const s = args[0];
  if (!(s instanceof PyStr)) throw typeError('bad argument type for built-in operation');
  const r = PyFloat_FromDouble(float_fromhex(s.v));
  if (cls === FloatType) return r;
  // float_fromhex: a subclass is called with the float
  try {
    return callObject(cls as PyType, [r], null);
  } finally {
    Py_DECREF(r);
  }
}, 'classmethod');

const HEX_ERROR = 'invalid hexadecimal floating-point string';

/**
 * float_fromhex: `[sign] ['0x'] digits ['.' digits] ['p' [sign] digits]` (or inf/nan), surrounded by
 * whitespace, rounded half to even to a double; OverflowError past the largest finite double.
 */
export function float_fromhex(text: string): number {
  const s = text.trim();
  let i = 0;
  let negate = false;
  if (s[i] === '-' || s[i] === '+') negate = s[i++] === '-';
  const rest = s.slice(i).toLowerCase();
  if (rest === 'inf' || rest === 'infinity') return negate ? -Infinity : Infinity;
  if (rest === 'nan') return NaN;
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
  let digits = '', fracDigits = 0, dot = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '.' && !dot) dot = true;
    else if (/[0-9a-fA-F]/.test(c)) {
      digits += c;
      if (dot) fracDigits++;
    } else break;
  }
  if (!digits) throw valueError(HEX_ERROR);
  let exp = 0;
  if (s[i] === 'p' || s[i] === 'P') {
    i++;
    const m = /^[+-]?[0-9]+/.exec(s.slice(i));
    if (!m) throw valueError(HEX_ERROR);
    exp = Number(m[0]);
    i += m[0].length;
  }
  if (i !== s.length) throw valueError(HEX_ERROR);
  let mant = BigInt('0x' + digits);
  if (mant === 0n) return negate ? -0 : 0;
  let e = exp - 4 * fracDigits;
  // keep 53 significant bits, fewer below the smallest normal exponent, rounding half to even
  const bits = mant.toString(2).length;
  const top = bits + e;
  if (top > 1025) throw pyErr(OverflowErrorType, 'hexadecimal value too large to represent as a float');
  const keep = Math.min(53, top + 1074);
  const shift = bits - keep;
  if (shift > 0) {
    const sh = BigInt(shift);
    const rem = mant & ((1n << sh) - 1n), half = 1n << (sh - 1n);
    mant >>= sh;
    if (rem > half || (rem === half && (mant & 1n) === 1n)) mant += 1n;
    e += shift;
  }
  const a = Math.floor(e / 2);
  const v = Number(mant) * 2 ** a * 2 ** (e - a);
  if (!Number.isFinite(v)) throw pyErr(OverflowErrorType, 'hexadecimal value too large to represent as a float');
  return negate ? -v : v;
}

/** Whether PyFloat_AsDouble takes `x`: a float, an int, or a class with __float__ or __index__. */
function isRealNumber(x: PyObject): boolean {
  return x instanceof PyFloat || x instanceof PyLong || lookupHeap(x.ob_type, '__float__') !== null || lookupHeap(x.ob_type, '__index__') !== null;
}

/** float_from_number / complex_from_number (3.14): `cls(number)` without float()'s string parsing. */
function fromNumber(cls: PyType, base: PyType, x: PyObject): PyObject {
  if (x.ob_type === base && cls === base) return Py_NewRef(x);
  const ok = isRealNumber(x) || (base === ComplexType && (x instanceof PyComplex || lookupHeap(x.ob_type, '__complex__') !== null));
  if (!ok) throw typeError(`must be real number, not ${x.ob_type.tp_name}`);
  const r = base.tp_new!(base, [x], null);
  if (cls === base) return r;
  try {
    return callObject(cls, [r], null);
  } finally {
    Py_DECREF(r);
  }
}
for (const T of [FloatType, ComplexType]) {
  defMethodSince(14, T, 'from_number', (cls, args) => {
    checkArgs('from_number', args, 1, 1);
    return fromNumber(cls as PyType, T, args[0]);
  }, 'classmethod');
}

// ------------------------------------------------------------------ complex, str, tuple, bytes
const cval = (o: PyObject) => o as PyComplex;
// complex___complex___impl: an exact complex is itself
defMethod(ComplexType, '__complex__', (self) => (self!.ob_type === ComplexType ? Py_NewRef(self!) : PyComplex_FromDoubles(cval(self!).re, cval(self!).im)));
defMethod(ComplexType, '__getnewargs__', (self) => PyTuple_New([PyFloat_FromDouble(cval(self!).re), PyFloat_FromDouble(cval(self!).im)]));
// unicode_getnewargs: a copy of the string (_PyUnicode_Copy), a new object even for one character
defMethod(StrType, '__getnewargs__', (self) => {
  const v = (self as PyStr).v;
  return PyTuple_New([v === '' ? PyUnicode_From('') : PyUnicode_New(v)]);
});
// tuple___getnewargs___impl: tupleslice of the whole tuple (the tuple itself when exact)
defMethod(TupleType, '__getnewargs__', (self) => {
  const t = self as PyTuple;
  const whole = t.ob_type === TupleType ? Py_NewRef(t) : PyTuple_New(t.items.map((x) => Py_NewRef(x)));
  return PyTuple_New([whole]);
});
defMethod(BytesType, '__getnewargs__', (self) => PyTuple_New([PyBytes_From((self as PyBytes).v.slice())]));
// bytes___bytes___impl: an exact bytes object is itself
defMethod(BytesType, '__bytes__', (self) => (self!.ob_type === BytesType ? Py_NewRef(self!) : PyBytes_From((self as PyBytes).v.slice())));

// every method of int and float is defined now: put their METH_NOARGS checks on
signNumberMethods();
