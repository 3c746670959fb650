// Models the slot wrappers of Objects/typeobject.c (slotdefs, wrap_binaryfunc, wrap_objobjargproc,
// wrap_richcmpfunc…) for the builtin types: list.__getitem__, str.__repr__, int.__add__… as
// attributes, so that a subclass's override can call its base (super().__getitem__(i),
// tuple.__repr__(self)). Each runs the builtin type's own slot on `self`, never the subclass's
// Python method that called it (callBaseSlot), and a comparison or arithmetic wrapper answers
// NotImplemented for an operand its slot does not take, as the C slot functions do.
import { PyObject, PyType, Py_NewRef, RT } from './object';
import { NotImplemented } from './singletons';
import { BoolType, LongType, PyBool, PyLong, PyLong_From, normInt } from './longobject';
import { FloatType } from './floatobject';
import { PyStr, PyUnicode_From, StrType } from './unicodeobject';
import { BytesType, ByteArrayType } from './bytesobject';
import { long_pow_mod } from './longobject_pow';
import { TupleType } from './tupleobject';
import { ListType } from './listobject';
import { DictType } from './dictobject';
import { FrozenSetType, SetType } from './setobject';
import { defMethod } from './methodobject';
import { None } from './singletons';
import {
  PyObject_GetItem, PyObject_GetIter, PyObject_Hash, PyObject_IsTrue, PyObject_Repr, PyObject_SetItem, PyObject_Size, PySequence_Contains,
  PyIndex_Check, PyNumber_Absolute, PyNumber_Divmod, binaryOp, builtinCompare, callBaseSlot, inplaceOp, unaryOp,
} from '../abstract';
import { ComplexType } from './complexobject';
import { RangeType } from './iterobject';
import { check_num_args } from './typemethods';
import { typeError } from './exceptions';
import { isSlotWrapper } from './slotdefs';
import type { Operator } from '../parser/ast';

const CONTAINERS = [ListType, TupleType, DictType, SetType, FrozenSetType, StrType, BytesType, ByteArrayType];
const NUMBERS = [LongType, FloatType];
const UNHASHABLE = [ListType, DictType, SetType, ByteArrayType];

/** Whether `o` is an operand the slot of `base` handles (else the wrapper returns NotImplemented). */
function takes(base: PyType, o: PyObject): boolean {
  const s = o.ob_type.solid;
  if (base === LongType) return s === LongType || o.ob_type === BoolType;
  if (base === FloatType) return s === FloatType || s === LongType || o.ob_type === BoolType;
  if (base === SetType || base === FrozenSetType) return s === SetType || s === FrozenSetType;
  return s === base.solid;
}

/**
 * The argument check of a slot wrapper (wrapperdescr_call, then the wrap_* function): no keywords;
 * check_num_args' "expected 1 argument, got 0" for unary and binary slots, PyArg_UnpackTuple's
 * " expected 2 arguments, got 1" (an empty function name) for __setitem__ and the ternary __pow__.
 */
function checkSlotArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames && kwnames.length) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max && min < 2) check_num_args(args, min);
  const s = (k: number) => (k === 1 ? '' : 's');
  // 3.14 names __setitem__ and gives __pow__'s range as "1 or 2"
  if ((RT.profile.versionInfo[1] as number) >= 14) {
    if (min === max) throw typeError(`${name} expected ${min} argument${s(min)}, got ${n}`);
    throw typeError(`expected ${min} or ${max} arguments, got ${n}`);
  }
  if (min === max) throw typeError(` expected ${min} argument${s(min)}, got ${n}`);
  if (n < min) throw typeError(` expected at least ${min} argument${s(min)}, got ${n}`);
  throw typeError(` expected at most ${max} argument${s(max)}, got ${n}`);
}

function install(T: PyType, names: string[], fn: (self: PyObject, args: PyObject[]) => PyObject, nargs: number, maxArgs = nargs): void {
  for (const name of names) {
    // a METH_COEXIST method (list.__getitem__, set.__contains__…) is a METH_O method descriptor
    const coexist = !isSlotWrapper(T.name, name);
    defMethod(T, name, (self, args, kwnames) => {
      if (coexist && args.length !== 1) throw typeError(`${T.name}.${name}() takes exactly one argument (${args.length} given)`);
      if (args.length !== nargs || kwnames) checkSlotArgs(name, args, kwnames, nargs, maxArgs);
      return fn(self!, args);
    });
  }
}

/**
 * long_pow(v, w, z) and float_pow(v, w, z) with a modulus `z` that is not None (int.__pow__(w, z),
 * int.__rpow__(v, z)): NotImplemented unless all three are ints; float refuses a modulus.
 */
function ternaryPow(T: PyType, v: PyObject, w: PyObject, z: PyObject): PyObject {
  // float_pow refuses the modulus before it looks at the operands
  if (T === FloatType) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  if (!takes(T, v) || !takes(T, w)) return Py_NewRef(NotImplemented);
  if (!takes(LongType, z)) return Py_NewRef(NotImplemented);
  const r = long_pow_mod(BigInt((v as PyLong).v), BigInt((w as PyLong).v), BigInt((z as PyLong).v));
  return PyLong_From(normInt(r));
}

for (const T of [...CONTAINERS, ...NUMBERS, BoolType]) {
  install(T, ['__repr__'], (self) => PyUnicode_From(callBaseSlot(self, () => PyObject_Repr(self))), 0);
  // an unhashable type's __hash__ is None in its dict (type_new / inherit_slots: PyObject_HashNotImplemented)
  if (UNHASHABLE.includes(T)) T.methods.set('__hash__', None);
  else install(T, ['__hash__'], (self) => PyLong_From(callBaseSlot(self, () => PyObject_Hash(self))), 0);
}
// unicode_str: the value as an exact str
install(StrType, ['__str__'], (self) => (self.ob_type === StrType ? (self.ob_refcnt++, self) : PyUnicode_From((self as PyStr).v)), 0);
for (const T of CONTAINERS) {
  install(T, ['__len__'], (self) => PyLong_From(callBaseSlot(self, () => PyObject_Size(self))), 0);
  install(T, ['__iter__'], (self) => callBaseSlot(self, () => PyObject_GetIter(self)), 0);
  install(T, ['__contains__'], (self, a) => PyBool(callBaseSlot(self, () => PySequence_Contains(self, a[0]))), 1);
  if (T !== SetType && T !== FrozenSetType) install(T, ['__getitem__'], (self, a) => callBaseSlot(self, () => PyObject_GetItem(self, a[0])), 1);
}
for (const T of [ListType, DictType, ByteArrayType]) {
  install(T, ['__setitem__'], (self, a) => {
    callBaseSlot(self, () => PyObject_SetItem(self, a[0], a[1]));
    return None;
  }, 2);
  install(T, ['__delitem__'], (self, a) => {
    callBaseSlot(self, () => PyObject_SetItem(self, a[0], null));
    return None;
  }, 1);
}
const CMP: [string, string][] = [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']];
for (const T of [...CONTAINERS, ...NUMBERS]) {
  for (const [name, op] of CMP) {
    install(T, [name], (self, a) => {
      if (!takes(T, a[0])) return Py_NewRef(NotImplemented);
      const r = builtinCompare(self, a[0], op);
      return r === null ? Py_NewRef(NotImplemented) : PyBool(r);
    }, 1);
  }
}
const ARITH: [string, Operator][] = [['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['truediv', 'Div'], ['floordiv', 'FloorDiv'], ['mod', 'Mod'], ['pow', 'Pow']];
for (const T of NUMBERS) {
  for (const [d, op] of ARITH) {
    // nb_power is a ternaryfunc: __pow__(value, mod=None), __rpow__(value, mod=None)
    const max = op === 'Pow' ? 2 : 1;
    install(T, [`__${d}__`], (self, a) => {
      if (a.length > 1 && a[1] !== None) return ternaryPow(T, self, a[0], a[1]);
      return takes(T, a[0]) ? callBaseSlot(self, () => binaryOp(self, a[0], op)) : Py_NewRef(NotImplemented);
    }, 1, max);
    install(T, [`__r${d}__`], (self, a) => {
      if (a.length > 1 && a[1] !== None) return ternaryPow(T, a[0], self, a[1]);
      return takes(T, a[0]) ? callBaseSlot(a[0], () => binaryOp(a[0], self, op)) : Py_NewRef(NotImplemented);
    }, 1, max);
  }
}
// sq_concat and sq_repeat: their errors are the ones `+` and `*` raise
for (const T of [ListType, TupleType, StrType, BytesType]) {
  install(T, ['__add__'], (self, a) => callBaseSlot(self, () => binaryOp(self, a[0], 'Add')), 1);
  // wrap_indexargfunc: the count goes through PyNumber_AsSsize_t first ("'str' object cannot be interpreted as an integer")
  install(T, ['__mul__', '__rmul__'], (self, a) => {
    if (!PyIndex_Check(a[0])) throw typeError(`'${a[0].ob_type.tp_name}' object cannot be interpreted as an integer`);
    return callBaseSlot(self, () => binaryOp(self, a[0], 'Mult'));
  }, 1);
}

// nb_absolute, nb_negative, nb_positive, nb_invert (wrap_unaryfunc)
const UNARY: [string, 'USub' | 'UAdd' | 'Invert' | 'Abs'][] = [['__neg__', 'USub'], ['__pos__', 'UAdd'], ['__invert__', 'Invert'], ['__abs__', 'Abs']];
for (const T of [LongType, FloatType, ComplexType]) {
  for (const [name, op] of UNARY) {
    if (op === 'Invert' && T !== LongType) continue;
    install(T, [name], (self) => callBaseSlot(self, () => (op === 'Abs' ? PyNumber_Absolute(self) : unaryOp(op, self))), 0);
  }
}
// divmod (nb_divmod) of int and float; the bitwise operators of int (and bool's own and/or/xor)
const BINARY_MORE: [string, Operator][] = [['and', 'BitAnd'], ['or', 'BitOr'], ['xor', 'BitXor'], ['lshift', 'LShift'], ['rshift', 'RShift']];
for (const T of NUMBERS) {
  install(T, ['__divmod__'], (self, a) => (takes(T, a[0]) ? callBaseSlot(self, () => PyNumber_Divmod(self, a[0])) : Py_NewRef(NotImplemented)), 1);
  install(T, ['__rdivmod__'], (self, a) => (takes(T, a[0]) ? callBaseSlot(a[0], () => PyNumber_Divmod(a[0], self)) : Py_NewRef(NotImplemented)), 1);
}
for (const T of [LongType, BoolType]) {
  for (const [d, op] of BINARY_MORE) {
    if (T === BoolType && (op === 'LShift' || op === 'RShift')) continue;
    install(T, [`__${d}__`], (self, a) => (takes(LongType, a[0]) ? callBaseSlot(self, () => binaryOp(self, a[0], op)) : Py_NewRef(NotImplemented)), 1);
    install(T, [`__r${d}__`], (self, a) => (takes(LongType, a[0]) ? callBaseSlot(a[0], () => binaryOp(a[0], self, op)) : Py_NewRef(NotImplemented)), 1);
  }
}
// complex: the arithmetic slots and nb_bool
const COMPLEX_ARITH: [string, Operator][] = [['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['truediv', 'Div'], ['pow', 'Pow']];
const complexTakes = (o: PyObject) => o.ob_type.solid === ComplexType || takes(FloatType, o);
for (const [d, op] of COMPLEX_ARITH) {
  install(ComplexType, [`__${d}__`], (self, a) => (complexTakes(a[0]) ? callBaseSlot(self, () => binaryOp(self, a[0], op)) : Py_NewRef(NotImplemented)), 1);
  install(ComplexType, [`__r${d}__`], (self, a) => (complexTakes(a[0]) ? callBaseSlot(a[0], () => binaryOp(a[0], self, op)) : Py_NewRef(NotImplemented)), 1);
}
for (const T of [ComplexType, RangeType]) install(T, ['__bool__'], (self) => PyBool(callBaseSlot(self, () => PyObject_IsTrue(self))), 0);
// range: sq_contains, mp_subscript, tp_iter
install(RangeType, ['__contains__'], (self, a) => PyBool(PySequence_Contains(self, a[0])), 1);
install(RangeType, ['__getitem__'], (self, a) => PyObject_GetItem(self, a[0]), 1);
install(RangeType, ['__iter__'], (self) => PyObject_GetIter(self), 0);
// set and frozenset: nb_and, nb_or, nb_sub, nb_xor (NotImplemented for anything but a set); set's in-place forms
const SET_OPS: [string, Operator][] = [['and', 'BitAnd'], ['or', 'BitOr'], ['sub', 'Sub'], ['xor', 'BitXor']];
for (const T of [SetType, FrozenSetType]) {
  for (const [d, op] of SET_OPS) {
    install(T, [`__${d}__`], (self, a) => (takes(T, a[0]) ? callBaseSlot(self, () => binaryOp(self, a[0], op)) : Py_NewRef(NotImplemented)), 1);
    install(T, [`__r${d}__`], (self, a) => (takes(T, a[0]) ? callBaseSlot(a[0], () => binaryOp(a[0], self, op)) : Py_NewRef(NotImplemented)), 1);
    if (T === SetType) install(T, [`__i${d}__`], (self, a) => (takes(T, a[0]) ? callBaseSlot(self, () => inplaceOp(self, a[0], op)) : Py_NewRef(NotImplemented)), 1);
  }
}
// dict: nb_or (dict_or, dict_ror) and nb_inplace_or (dict_ior takes any mapping or iterable of pairs)
install(DictType, ['__or__'], (self, a) => (a[0].ob_type.solid === DictType ? callBaseSlot(self, () => binaryOp(self, a[0], 'BitOr')) : Py_NewRef(NotImplemented)), 1);
install(DictType, ['__ror__'], (self, a) => (a[0].ob_type.solid === DictType ? callBaseSlot(a[0], () => binaryOp(a[0], self, 'BitOr')) : Py_NewRef(NotImplemented)), 1);
install(DictType, ['__ior__'], (self, a) => callBaseSlot(self, () => inplaceOp(self, a[0], 'BitOr')), 1);
// list and bytearray: sq_inplace_concat and sq_inplace_repeat; bytearray's sq_concat and sq_repeat
for (const T of [ListType, ByteArrayType]) {
  install(T, ['__iadd__'], (self, a) => callBaseSlot(self, () => inplaceOp(self, a[0], 'Add')), 1);
  install(T, ['__imul__'], (self, a) => {
    if (!PyIndex_Check(a[0])) throw typeError(`'${a[0].ob_type.tp_name}' object cannot be interpreted as an integer`);
    return callBaseSlot(self, () => inplaceOp(self, a[0], 'Mult'));
  }, 1);
}
install(ByteArrayType, ['__add__'], (self, a) => callBaseSlot(self, () => binaryOp(self, a[0], 'Add')), 1);
install(ByteArrayType, ['__mul__', '__rmul__'], (self, a) => {
  if (!PyIndex_Check(a[0])) throw typeError(`'${a[0].ob_type.tp_name}' object cannot be interpreted as an integer`);
  return callBaseSlot(self, () => binaryOp(self, a[0], 'Mult'));
}, 1);
// str's nb_remainder: printf-style formatting (unicode_mod answers NotImplemented when the left side is not a str)
install(StrType, ['__mod__'], (self, a) => callBaseSlot(self, () => binaryOp(self, a[0], 'Mod')), 1);
install(StrType, ['__rmod__'], (self, a) => (a[0].ob_type.solid === StrType ? callBaseSlot(a[0], () => binaryOp(a[0], self, 'Mod')) : Py_NewRef(NotImplemented)), 1);
