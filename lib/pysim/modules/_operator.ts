// Models Modules/_operator.c (CPython 3.11–3.14): the native part of `operator`, whose functions
// are the interpreter's own abstract operations (abstract.ts), so results, reference counts and
// errors are those of the operators. Lib/operator.py (modules/operator_py.ts) runs on top of it and
// star-imports these names over its pure-Python definitions; itemgetter, attrgetter and
// methodcaller are in modules/_operator_getters.ts.
import { CFunc, PyObject, PyRaise, Py_DECREF, Py_NewRef, RT } from '../objects/object';
import { BoolType, LongType, PyBool, PyLong, PyLong_From } from '../objects/longobject';
import { None } from '../objects/singletons';
import { TypeErrorType, typeError, valueError } from '../objects/exceptions';
import { withSignature, type Sig } from '../objects/argcheck';
import { PyUnicode_From } from '../objects/unicodeobject';
import { ListType } from '../objects/listobject';
import { TupleType } from '../objects/tupleobject';
import { ByteArrayType, BytesType, PyBytes } from '../objects/bytesobject';
import { PyStr, StrType } from '../objects/unicodeobject';
import { DictType } from '../objects/dictobject';
import type { Operator } from '../parser/ast';
import {
  PyNumber_Absolute, PyNumber_Index, PyObject_GetItem, PyObject_GetIter, PyObject_IsTrue, PyObject_LengthHint,
  PyObject_RichCompare, PyObject_RichCompareBool, PyObject_SetItem, PySequence_Contains, asIndex, binaryOp,
  callObject, inplaceOp, iterNext, unaryOp,
} from '../abstract';
import { lookupHeap } from '../objects/typeobject';
import { makeModuleWithFunctions } from './moduletools';
import { AttrGetterType, ItemGetterType, MethodCallerType } from './_operator_getters';
import type { PyModule } from '../objects/moduleobject';

/** _operator's module docstring (the same text in 3.11–3.14). */
const OPERATOR_DOC = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

/** Argument Clinic's positional-only signature: `name expected N arguments, got M`, `_operator.name() takes no keyword arguments`. */
function clinic(name: string, sig: Sig, fn: CFunc): CFunc {
  return withSignature(`_operator.${name}`, name, sig, false, fn);
}

/** The binary operators (PyNumber_Add …), by _operator's name. */
const BINARY: [string, Operator][] = [
  ['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['matmul', 'MatMult'], ['floordiv', 'FloorDiv'], ['truediv', 'Div'],
  ['mod', 'Mod'], ['lshift', 'LShift'], ['rshift', 'RShift'], ['and_', 'BitAnd'], ['xor', 'BitXor'], ['or_', 'BitOr'], ['pow', 'Pow'],
];
/** The rich comparisons (PyObject_RichCompare), by _operator's name. */
const COMPARE: [string, string][] = [['lt', 'Lt'], ['le', 'LtE'], ['eq', 'Eq'], ['ne', 'NotEq'], ['gt', 'Gt'], ['ge', 'GtE']];

/** PySequence_Check: a type with sq_item (a builtin sequence, or a class defining __getitem__), never a dict. */
function PySequence_Check(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.solid === DictType) return false;
  if (t.heap) return lookupHeap(t, '__getitem__') !== null;
  return [ListType, TupleType, StrType, BytesType, ByteArrayType].includes(t) || t.name === 'range' || t.name === 'memoryview';
}

/** Whether `o`'s type has sq_concat (list, tuple, str, bytes, bytearray and their subclasses). */
function hasSqConcat(o: PyObject): boolean {
  const s = o.ob_type.solid;
  return s === ListType || s === TupleType || s === StrType || s === BytesType || s === ByteArrayType;
}

/** PySequence_Concat: the type's sq_concat, else `+` when both are sequences, else "can't be concatenated". */
function PySequence_Concat(a: PyObject, b: PyObject): PyObject {
  if (hasSqConcat(a) || (PySequence_Check(a) && PySequence_Check(b))) return binaryOp(a, b, 'Add');
  throw typeError(`'${a.ob_type.tp_name}' object can't be concatenated`);
}

/** PySequence_InPlaceConcat: sq_inplace_concat (list.extend), sq_concat, or `+=` between sequences. */
function PySequence_InPlaceConcat(a: PyObject, b: PyObject): PyObject {
  if (hasSqConcat(a) || (PySequence_Check(a) && PySequence_Check(b))) return inplaceOp(a, b, 'Add');
  throw typeError(`'${a.ob_type.tp_name}' object can't be concatenated`);
}

/**
 * _PySequence_IterSearch for countOf (count) and indexOf (index): iterates `seq` comparing each
 * item to `obj` with `item == obj` (identity first); "sequence.index(x): x not in sequence".
 */
function _PySequence_IterSearch(seq: PyObject, obj: PyObject, operation: 'count' | 'index'): number {
  let it: PyObject;
  try {
    it = PyObject_GetIter(seq);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.ob_type.isSubtype(TypeErrorType)) {
      Py_DECREF(e.exc);
      throw typeError(`argument of type '${seq.ob_type.tp_name}' is not iterable`);
    }
    throw e;
  }
  let n = 0;
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let cmp: boolean;
      try {
        cmp = PyObject_RichCompareBool(item, obj, 'Eq');
      } finally {
        Py_DECREF(item);
      }
      if (cmp && operation === 'index') return n;
      if (cmp || operation === 'index') n++;
    }
  } finally {
    Py_DECREF(it);
  }
  if (operation === 'index') throw valueError('sequence.index(x): x not in sequence');
  return n;
}

/** _operator_index: PyNumber_Index (an exact int is returned itself, a bool or subclass as an int). */
function operator_index(a: PyObject): PyObject {
  if (a.ob_type === LongType) return Py_NewRef(a);
  if (a instanceof PyLong && a.ob_type === BoolType) return PyLong_From(a.v);
  return PyLong_From(PyNumber_Index(a));
}

/**
 * _operator__compare_digest_impl: `a == b` for two ASCII strs or two bytes-like objects, with
 * CPython's errors for other combinations (the timing-safe comparison's result only).
 */
function _compare_digest(a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyStr && b instanceof PyStr) {
    if (!isAscii(a.v) || !isAscii(b.v)) throw typeError('comparing strings with non-ASCII characters is not supported');
    return PyBool(a.v === b.v);
  }
  // the buffer interface: bytes and bytearray
  if (!(a instanceof PyBytes) && !(b instanceof PyBytes)) {
    throw typeError(`unsupported operand types(s) or combination of types: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`);
  }
  for (const o of [a, b]) if (!(o instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  const x = (a as PyBytes).v, y = (b as PyBytes).v;
  return PyBool(x.length === y.length && x.every((c, i) => c === y[i]));
}

/** Whether every character of `s` is ASCII. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** The functions of _operator, per version (`call` since 3.11, `is_none`/`is_not_none` since 3.14). */
function operatorFunctions(minor: number): Record<string, CFunc> {
  const fns: Record<string, CFunc> = {};
  for (const [name, op] of BINARY) {
    fns[name] = clinic(name, ['clinic', 2, 2], (_s, a) => binaryOp(a[0], a[1], op));
    fns[`i${name.replace(/_$/, '')}`] = clinic(`i${name.replace(/_$/, '')}`, ['clinic', 2, 2], (_s, a) => inplaceOp(a[0], a[1], op));
  }
  for (const [name, op] of COMPARE) fns[name] = clinic(name, ['clinic', 2, 2], (_s, a) => PyObject_RichCompare(a[0], a[1], op));
  Object.assign(fns, {
    _compare_digest: clinic('_compare_digest', ['clinic', 2, 2], (_s, a) => _compare_digest(a[0], a[1])),
    truth: clinic('truth', 'o', (_s, a) => PyBool(PyObject_IsTrue(a[0]))),
    not_: clinic('not_', 'o', (_s, a) => PyBool(!PyObject_IsTrue(a[0]))),
    neg: clinic('neg', 'o', (_s, a) => unaryOp('USub', a[0])),
    pos: clinic('pos', 'o', (_s, a) => unaryOp('UAdd', a[0])),
    inv: clinic('inv', 'o', (_s, a) => unaryOp('Invert', a[0])),
    invert: clinic('invert', 'o', (_s, a) => unaryOp('Invert', a[0])),
    abs: clinic('abs', 'o', (_s, a) => PyNumber_Absolute(a[0])),
    index: clinic('index', 'o', (_s, a) => operator_index(a[0])),
    is_: clinic('is_', ['clinic', 2, 2], (_s, a) => PyBool(a[0] === a[1])),
    is_not: clinic('is_not', ['clinic', 2, 2], (_s, a) => PyBool(a[0] !== a[1])),
    concat: clinic('concat', ['clinic', 2, 2], (_s, a) => PySequence_Concat(a[0], a[1])),
    iconcat: clinic('iconcat', ['clinic', 2, 2], (_s, a) => PySequence_InPlaceConcat(a[0], a[1])),
    contains: clinic('contains', ['clinic', 2, 2], (_s, a) => PyBool(PySequence_Contains(a[0], a[1]))),
    countOf: clinic('countOf', ['clinic', 2, 2], (_s, a) => PyLong_From(_PySequence_IterSearch(a[0], a[1], 'count'))),
    indexOf: clinic('indexOf', ['clinic', 2, 2], (_s, a) => PyLong_From(_PySequence_IterSearch(a[0], a[1], 'index'))),
    getitem: clinic('getitem', ['clinic', 2, 2], (_s, a) => PyObject_GetItem(a[0], a[1])),
    setitem: clinic('setitem', ['clinic', 3, 3], (_s, a) => {
      PyObject_SetItem(a[0], a[1], a[2]);
      return None;
    }),
    delitem: clinic('delitem', ['clinic', 2, 2], (_s, a) => {
      PyObject_SetItem(a[0], a[1], null);
      return None;
    }),
    // length_hint(obj, default=0, /): the default is a Py_ssize_t
    length_hint: clinic('length_hint', ['clinic', 1, 2], (_s, a) => {
      const dflt = a.length > 1 ? asIndex(a[1]) : 0;
      return PyLong_From(PyObject_LengthHint(a[0], dflt));
    }),
  });
  // ipow is PyNumber_InPlacePower(a, b, None)
  if (minor >= 11) {
    // call(obj, /, *args, **kwargs): PyObject_Call
    fns.call = (_s, a, kw) => {
      const npos = a.length - (kw ? kw.length : 0);
      if (npos < 1) throw typeError(`call expected at least 1 argument, got ${npos}`);
      return callObject(a[0], a.slice(1), kw && kw.length ? kw : null);
    };
  }
  if (minor >= 14) {
    fns.is_none = clinic('is_none', 'o', (_s, a) => PyBool(a[0] === None));
    fns.is_not_none = clinic('is_not_none', 'o', (_s, a) => PyBool(a[0] !== None));
  }
  return fns;
}

/** Modules/_operator.c: the `_operator` module of the running version. */
export function makeOperatorModule(): PyModule {
  const minor = RT.profile.versionInfo[1];
  const doc = PyUnicode_From(OPERATOR_DOC);
  const m = makeModuleWithFunctions('_operator', {
    __doc__: doc,
    ...operatorFunctions(minor),
    itemgetter: ItemGetterType,
    attrgetter: AttrGetterType,
    methodcaller: MethodCallerType,
  });
  Py_DECREF(doc);
  return m;
}
