// Models Objects/genericaliasobject.c (CPython 3.12): types.GenericAlias, what `list[int]`,
// `dict[str, int]` and `type[C]` make (__class_getitem__ / Py_GenericAlias). Its repr names the
// origin and arguments, other attributes come from the origin, calling it calls the origin (and
// sets __orig_class__ where it can), and isinstance()/issubclass() refuse it.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_DECREF, RT, TypeType, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, Py_NewRef } from './object';
import { Ellipsis, NotImplemented } from './singletons';
import { False, PyBool } from './longobject';
import { EmptyTuple, PyTuple, PyTuple_New, TupleType } from './tupleobject';
import { ListType, PyList } from './listobject';
import { DictType } from './dictobject';
import { FrozenSetType, SetType } from './setobject';
import { AttributeErrorType, TypeErrorType, typeError } from './exceptions';
import { defGetSet, defMethod } from './methodobject';
import { typeModule } from './typeobject';
import { PyObject_GetAttr, PyObject_Hash, PyObject_Repr, PyObject_RichCompareBool, PyObject_SetAttr, callObject, setGenericAlias } from '../abstract';

/** A `types.GenericAlias`: `origin` and `args` (a tuple) owned. */
export class PyGenericAlias extends PyObject {
  declare origin: PyObject;
  declare args: PyTuple;
  constructor(origin: PyObject, args: PyTuple) {
    super(GenericAliasType);
    this.origin = origin;
    this.args = args;
  }
}

/** types.GenericAlias. */
export const GenericAliasType = new PyType(TypeType, 'GenericAlias', ObjectType, 'types');
GenericAliasType.tpName = 'types.GenericAlias';
GenericAliasType.gc = true;
GenericAliasType.weakrefable = true;
// gaobject: PyObject_HEAD, origin, args, parameters, weakreflist, starred, vectorcall; and its PyGC_Head
GenericAliasType.basicsize = 80;
staticAddr(GenericAliasType, 912);
// sys.getsizeof: what was allocated (the size depends on the version and the pointer size)
GenericAliasType.tp_getsizeof = (o) => o.allocSize;

/** Py_GenericAlias: `origin[args]`, a tuple key being the arguments themselves. A new reference. */
export function Py_GenericAlias(origin: PyObject, key: PyObject): PyGenericAlias {
  origin.ob_refcnt++;
  let args: PyTuple;
  if (key.ob_type === TupleType) {
    key.ob_refcnt++;
    args = key as PyTuple;
  } else {
    key.ob_refcnt++;
    args = PyTuple_New([key]);
  }
  const ga = new PyGenericAlias(origin, args);
  // PyGC_Head and PyObject_HEAD, four pointers, the int `starred` (padded on 64-bit), vectorcall
  const p = RT.profile.pointerSize;
  PyObject_Init(ga, 8 * p + 4 + (p === 8 ? 4 : 0) + p);
  _PyObject_GC_TRACK(ga);
  return ga;
}

GenericAliasType.tp_traverse = (o, visit) => {
  const g = o as PyGenericAlias;
  visit(g.origin, '__origin__');
  visit(g.args, '__args__');
};
GenericAliasType.tp_dealloc = (o) => {
  const g = o as PyGenericAlias;
  _PyObject_GC_UNTRACK(o);
  if (o.weakrefs) RT.clearWeakrefs(o);
  Py_DECREF(g.origin);
  Py_DECREF(g.args);
  PyObject_Free(o);
};

/**
 * ga_repr_item: `...` for Ellipsis, a generic alias by its repr, a class by its qualified name
 * (`module.qualname`, builtins left out), anything else by its repr; a list as `[a, b]`.
 */
export function ga_repr_item(p: PyObject): string {
  if (p === Ellipsis) return '...';
  if (p instanceof PyList) return `[${p.items.map(ga_repr_item).join(', ')}]`;
  if (p instanceof PyGenericAlias || !(p instanceof PyType)) return PyObject_Repr(p);
  const mod = typeModule(p);
  if (mod === null) return PyObject_Repr(p);
  return mod === 'builtins' ? p.qualname : `${mod}.${p.qualname}`;
}

GenericAliasType.tp_repr = (o) => {
  const g = o as PyGenericAlias;
  const args = g.args.items;
  return `${ga_repr_item(g.origin)}[${args.length ? args.map(ga_repr_item).join(', ') : '()'}]`;
};
// ga_new: types.GenericAlias(origin, args)
GenericAliasType.tp_new = (_t, args, kwnames) => {
  if (kwnames && kwnames.length) throw typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  return Py_GenericAlias(args[0], args[1]);
};
// ga_hash: the origin's hash xor the arguments'
GenericAliasType.tp_hash = (o) => {
  const g = o as PyGenericAlias;
  const h = BigInt(PyObject_Hash(g.origin)) ^ BigInt(PyObject_Hash(g.args));
  const n = Number(h);
  return n === -1 ? -2 : Number.isSafeInteger(n) ? n : h;
};
// ga_call: the origin's instance, given __orig_class__ when it takes attributes
GenericAliasType.tp_call = (o, args, kwnames) => {
  const g = o as PyGenericAlias;
  const obj = callObject(g.origin, args, kwnames);
  try {
    PyObject_SetAttr(obj, '__orig_class__', o);
  } catch (e) {
    if (!(e instanceof PyRaise) || !(e.exc.ob_type.isSubtype(AttributeErrorType) || e.exc.ob_type.isSubtype(TypeErrorType))) {
      Py_DECREF(obj);
      throw e;
    }
    Py_DECREF(e.exc);
  }
  return obj;
};

/** The names ga_getattro does not look up on the origin (3.13 added __bases__). */
const ATTR_EXCEPTIONS = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);
GenericAliasType.tp_getattro = (o, name) => {
  if (ATTR_EXCEPTIONS.has(name) || (name === '__bases__' && RT.profile.versionInfo[1] >= 13)) return null;
  return PyObject_GetAttr((o as PyGenericAlias).origin, name);
};

defGetSet(GenericAliasType, '__origin__', (o) => Py_NewRef((o as PyGenericAlias).origin));
defGetSet(GenericAliasType, '__args__', (o) => Py_NewRef((o as PyGenericAlias).args));
// no type variables are simulated: the parameters are always ()
defGetSet(GenericAliasType, '__parameters__', () => Py_NewRef(EmptyTuple));
defGetSet(GenericAliasType, '__unpacked__', () => Py_NewRef(False));
// ga_mro_entries: as a base class, the origin
defMethod(GenericAliasType, '__mro_entries__', (self) => PyTuple_New([Py_NewRef((self as PyGenericAlias).origin)]));
// ga_getitem with no type variables left
defMethod(GenericAliasType, '__getitem__', (self) => {
  throw typeError(`There are no type variables left in ${GenericAliasType.tp_repr!(self!)}`);
});

// ga_richcompare: two aliases are equal when their origins and arguments are
GenericAliasType.tp_richcompare = (a, b, op) => {
  if (!(a instanceof PyGenericAlias) || !(b instanceof PyGenericAlias) || (op !== 'Eq' && op !== 'NotEq')) return Py_NewRef(NotImplemented);
  const eq = PyObject_RichCompareBool(a.origin, b.origin, 'Eq') && PyObject_RichCompareBool(a.args, b.args, 'Eq');
  return PyBool(eq === (op === 'Eq'));
};

/** `cls.__class_getitem__(key)` of list, tuple, dict, set and frozenset (METH_O: the message names the class it is bound to). */
export function defClassGetItem(t: PyType): void {
  defMethod(t, '__class_getitem__', (cls, args) => {
    if (args.length !== 1) throw typeError(`${(cls as PyType).qualname}.__class_getitem__() takes exactly one argument (${args.length} given)`);
    return Py_GenericAlias(cls!, args[0]);
  }, 'classmethod');
}

setGenericAlias(Py_GenericAlias);
for (const t of [ListType, TupleType, DictType, SetType, FrozenSetType]) defClassGetItem(t);
