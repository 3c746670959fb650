// Models Objects/unionobject.c (CPython 3.12): types.UnionType, what `int | str` and
// `list[int] | None` make (_Py_union_type_or). Nested unions are flattened and repeated
// arguments dropped; one argument left is that argument itself. 3.14 calls the type typing.Union.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, RT, TypeType, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, onVersionSwitch, staticAddr, Py_NewRef } from './object';
import { None, NoneType, NotImplemented } from './singletons';
import { EmptyTuple, PyTuple, PyTuple_New } from './tupleobject';
import { PyBool } from './longobject';
import { FrozenSetType, PySet_Add, PySet_New } from './setobject';
import { defGetSet } from './methodobject';
import { GenericAliasType, PyGenericAlias, ga_repr_item } from './genericaliasobject';
import { PyObject_Hash, PyObject_RichCompareBool, setUnionOr } from '../abstract';

/** A `types.UnionType`: its arguments (a tuple of at least two) owned. */
export class PyUnion extends PyObject {
  declare args: PyTuple;
  constructor(args: PyTuple) {
    super(UnionType);
    this.args = args;
  }
}

/** types.UnionType (typing.Union on 3.14). */
export const UnionType = new PyType(TypeType, 'UnionType', ObjectType, 'types');
UnionType.tpName = 'types.UnionType';
UnionType.gc = true;
// unionobject: PyObject_HEAD, args, parameters; and its PyGC_Head
UnionType.basicsize = 48;
staticAddr(UnionType, 912);
// sys.getsizeof: what was allocated (the size depends on the version and the pointer size)
UnionType.tp_getsizeof = (o) => o.allocSize;
onVersionSwitch((minor) => {
  const typing = minor >= 14;
  UnionType.name = UnionType.qualname = typing ? 'Union' : 'UnionType';
  UnionType.module = typing ? 'typing' : 'types';
  UnionType.tpName = typing ? 'typing.Union' : 'types.UnionType';
});

UnionType.tp_traverse = (o, visit) => visit((o as PyUnion).args, '__args__');
UnionType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  Py_DECREF((o as PyUnion).args);
  PyObject_Free(o);
};

/** is_unionable: None, a class, a generic alias or a union. */
function is_unionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o.ob_type === GenericAliasType || o.ob_type === UnionType;
}

/** The arguments `o` contributes: a union's own (flattened), None as NoneType. Borrowed. */
function unionArgs(o: PyObject): PyObject[] {
  if (o instanceof PyUnion) return o.args.items;
  return [o === None ? NoneType : o];
}

/**
 * _Py_union_type_or (`a | b`): a union of both sides' arguments in order, repeats left out (a
 * generic alias compares by value, anything else by identity); a single argument is returned as
 * it is. Null when either side cannot be in a union (the operator then raises TypeError).
 */
export function _Py_union_type_or(a: PyObject, b: PyObject): PyObject | null {
  if (!is_unionable(a) || !is_unionable(b)) return null;
  const out: PyObject[] = [];
  for (const x of [...unionArgs(a), ...unionArgs(b)]) {
    const dup = out.some((y) => y === x || (x instanceof PyGenericAlias && y instanceof PyGenericAlias && PyObject_RichCompareBool(x, y, 'Eq')));
    if (!dup) out.push(x);
  }
  if (out.length === 1) return Py_NewRef(out[0]);
  const u = new PyUnion(PyTuple_New(out.map((x) => Py_NewRef(x))));
  // PyGC_Head and PyObject_HEAD, then args and parameters (3.14 adds hashable_args,
  // unhashable_args and a weakref list)
  const p = RT.profile.pointerSize;
  PyObject_Init(u, 4 * p + (RT.profile.versionInfo[1] >= 14 ? 5 : 2) * p);
  _PyObject_GC_TRACK(u);
  return u;
}
setUnionOr(_Py_union_type_or);

// union_repr: the arguments joined by " | ", NoneType shown as None
UnionType.tp_repr = (o) => (o as PyUnion).args.items.map((x) => (x === NoneType ? 'None' : ga_repr_item(x))).join(' | ');
// union_hash: the hash of a frozenset of the arguments, made for the purpose (order does not matter)
UnionType.tp_hash = (o) => {
  const fs = PySet_New(FrozenSetType);
  try {
    for (const x of (o as PyUnion).args.items) PySet_Add(fs, x);
    return PyObject_Hash(fs);
  } finally {
    Py_DECREF(fs);
  }
};
// union_richcompare: equal when they have the same arguments, in any order
UnionType.tp_richcompare = (a, b, op) => {
  if (!(a instanceof PyUnion) || !(b instanceof PyUnion) || (op !== 'Eq' && op !== 'NotEq')) return Py_NewRef(NotImplemented);
  const x = a.args.items, y = b.args.items;
  const same = x.length === y.length && x.every((p) => y.some((q) => p === q || PyObject_RichCompareBool(p, q, 'Eq')));
  return PyBool(same === (op === 'Eq'));
};
defGetSet(UnionType, '__args__', (o) => Py_NewRef((o as PyUnion).args));
// no type variables are simulated: the parameters are always ()
defGetSet(UnionType, '__parameters__', () => Py_NewRef(EmptyTuple));
/**
 * The classes isinstance() and issubclass() try for a union (PyObject_IsInstance takes a union as
 * the tuple of its arguments): its arguments, borrowed.
 */
export function _Py_union_args(u: PyObject): readonly PyObject[] {
  return (u as PyUnion).args.items;
}
