// Models the slot wrappers of Objects/typeobject.c (slotdefs, wrap_binaryfunc, wrap_objobjargproc,
// wrap_richcmpfunc…) for the builtin types: list.__getitem__, str.__repr__, int.__add__… as
// attributes, so that a subclass's override can call its base (super().__getitem__(i),
// tuple.__repr__(self)). Each runs the builtin type's own slot on `self`, never the subclass's
// Python method that called it (callBaseSlot), and a comparison or arithmetic wrapper answers
// NotImplemented for an operand its slot does not take, as the C slot functions do.
import { PyObject, PyType } from './object';
import { NotImplemented } from './singletons';
import { BoolType, LongType, PyBool, PyLong_From } from './longobject';
import { FloatType } from './floatobject';
import { PyStr, PyUnicode_From, StrType } from './unicodeobject';
import { BytesType, ByteArrayType } from './bytesobject';
import { TupleType } from './tupleobject';
import { ListType } from './listobject';
import { DictType } from './dictobject';
import { FrozenSetType, SetType } from './setobject';
import { defMethod } from './methodobject';
import { None } from './singletons';
import {
  PyObject_GetItem, PyObject_GetIter, PyObject_Hash, PyObject_Repr, PyObject_SetItem, PyObject_Size, PySequence_Contains,
  binaryOp, builtinCompare, callBaseSlot,
} from '../abstract';
import { checkArgs } from './typemethods';
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

function install(T: PyType, names: string[], fn: (self: PyObject, args: PyObject[]) => PyObject, nargs: number): void {
  for (const name of names) {
    defMethod(T, name, (self, args) => {
      checkArgs(`${T.name}.${name}`, args, nargs, nargs);
      return fn(self!, args);
    });
  }
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
      if (!takes(T, a[0])) return (NotImplemented.ob_refcnt++, NotImplemented);
      const r = builtinCompare(self, a[0], op);
      return r === null ? (NotImplemented.ob_refcnt++, NotImplemented) : PyBool(r);
    }, 1);
  }
}
const ARITH: [string, Operator][] = [['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['truediv', 'Div'], ['floordiv', 'FloorDiv'], ['mod', 'Mod'], ['pow', 'Pow']];
for (const T of NUMBERS) {
  for (const [d, op] of ARITH) {
    install(T, [`__${d}__`], (self, a) => (takes(T, a[0]) ? callBaseSlot(self, () => binaryOp(self, a[0], op)) : (NotImplemented.ob_refcnt++, NotImplemented)), 1);
    install(T, [`__r${d}__`], (self, a) => (takes(T, a[0]) ? callBaseSlot(a[0], () => binaryOp(a[0], self, op)) : (NotImplemented.ob_refcnt++, NotImplemented)), 1);
  }
}
// sq_concat and sq_repeat: their errors are the ones `+` and `*` raise
for (const T of [ListType, TupleType, StrType, BytesType]) {
  install(T, ['__add__'], (self, a) => callBaseSlot(self, () => binaryOp(self, a[0], 'Add')), 1);
  install(T, ['__mul__', '__rmul__'], (self, a) => callBaseSlot(self, () => binaryOp(self, a[0], 'Mult')), 1);
}
