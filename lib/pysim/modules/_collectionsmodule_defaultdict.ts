// Models Modules/_collectionsmodule.c (CPython 3.11-3.14): collections.defaultdict, a dict subclass
// written in C (defdictobject: the dict and one more pointer, default_factory). defdict_missing
// calls the factory and stores its result; defdict_repr, defdict_copy, defdict_reduce, defdict_or,
// defdict_traverse / defdict_tp_clear / defdict_dealloc, and defdict_init's argument check.
import { PyObject, PyObject_Init, PyRaise, PyType, Py_DECREF, Py_NewRef, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, staticAddr } from '../objects/object';
import { DictType, PyDict, dictLookup, dictSize, insertdict } from '../objects/dictobject';
import { None } from '../objects/singletons';
import { PyLong_From } from '../objects/longobject';
import { EmptyTuple, PyTuple_New } from '../objects/tupleobject';
import { KeyErrorType, newException, typeError } from '../objects/exceptions';
import { MemberDescrType, PyMethodDescr, defGetSet, defMethod } from '../objects/methodobject';
import { PyUnicode_From } from '../objects/unicodeobject';
import { SIZEOF_VOID_P, _Py_SIZE_ROUND_UP, sizeofDict, sizeofGCHead } from '../objects/layout';
import { setExtSlots } from '../objects/extslots';
import { defClassGetItem } from '../objects/genericaliasobject';
import { PyCallable_Check, PyObject_GetIter, PyObject_Repr, PyObject_SetItem, callBaseSlot, callObject, withReprGuard } from '../abstract';

/** A defaultdict: a dict whose `default_factory` (owned, or null) makes missing values. */
export class PyDefaultDict extends PyDict {
  declare default_factory: PyObject | null;
}

/** collections.defaultdict. */
export const DefaultDictType = new PyType(TypeType, 'defaultdict', DictType, 'collections');
DefaultDictType.tpName = 'collections.defaultdict';
DefaultDictType.basicsize = 72;
staticAddr(DefaultDictType, 912);

const DD = (o: PyObject | null) => o as PyDefaultDict;

/**
 * sizeof(defdictobject): PyDictObject and default_factory, rounded to PyDictObject's 8-byte
 * alignment (its 64-bit version tag): 56 on 64-bit builds, 40 on wasm32 (32 + 4, padded).
 */
function sizeofDefDict(): number {
  return _Py_SIZE_ROUND_UP(sizeofDict() + SIZEOF_VOID_P(), 8);
}
/** What defaultdict adds to a dict's size. */
function defdictExtra(): number {
  return sizeofDefDict() - sizeofDict();
}

/** dict_new for a subclass: tp_alloc, tracked at once. */
function defdict_alloc(t: PyType): PyDefaultDict {
  const d = new PyDict(t) as PyDefaultDict;
  d.default_factory = null;
  PyObject_Init(d, sizeofGCHead() + sizeofDefDict());
  if (t !== DefaultDictType) t.ob_refcnt++;
  _PyObject_GC_TRACK(d);
  return d;
}

/** dict_init: at most one positional argument (a mapping or pairs), then the keyword arguments. */
function dict_init(d: PyDict, args: PyObject[], kwnames: string[] | null): void {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos > 1) throw typeError(`dict expected at most 1 argument, got ${npos}`);
  const update = DictType.methods.get('update') as PyMethodDescr;
  Py_DECREF(update.fn(d, args, kwnames));
}

/** defdict_init: the first argument, callable or None, is the factory; the rest go to dict's __init__. */
function defdict_init(d: PyDefaultDict, args: PyObject[], kwnames: string[] | null): void {
  const npos = args.length - (kwnames ? kwnames.length : 0);
  const old = d.default_factory;
  let factory: PyObject | null = null;
  if (npos > 0) {
    factory = args[0];
    if (!PyCallable_Check(factory) && factory !== None) throw typeError('first argument must be callable or None');
  }
  // PySequence_GetSlice(args, 1, n): a tuple of the rest
  const rest = npos > 1 ? PyTuple_New(args.slice(1, npos).map((x) => Py_NewRef(x))) : null;
  d.default_factory = factory === null ? null : Py_NewRef(factory);
  try {
    dict_init(d, npos > 0 ? args.slice(1) : args, kwnames);
  } finally {
    if (rest !== null) Py_DECREF(rest);
    Py_XDECREF(old);
  }
}

DefaultDictType.tp_new = (t, args, kw) => {
  const d = defdict_alloc(t);
  if (t.heap && t.heapInit !== null) return d;
  try {
    defdict_init(d, args, kw);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
};
defMethod(DefaultDictType, '__init__', (self, args, kw) => {
  defdict_init(DD(self), args, kw);
  return None;
});

/** defdict_missing: KeyError((key,)) without a factory, else factory() stored under the key. */
export function defdict_missing(o: PyObject, key: PyObject): PyObject {
  const factory = DD(o).default_factory;
  if (factory === null || factory === None) {
    // PyErr_SetObject(PyExc_KeyError, (key,)): the tuple is the exception's args
    throw new PyRaise(newException(KeyErrorType, [Py_NewRef(key)]));
  }
  const value = callObject(factory, [], null);
  if (RT.profile.versionInfo[1] >= 13) {
    // PyDict_SetDefaultRef: the value already there, if the factory stored one, wins
    const d = o as PyDict;
    const i = dictLookup(d, key);
    if (i >= 0) {
      Py_DECREF(value);
      return Py_NewRef(d.vals[i]!);
    }
    key.ob_refcnt++;
    value.ob_refcnt++;
    insertdict(d, key, value);
    return value;
  }
  try {
    PyObject_SetItem(o, key, value);
  } catch (e) {
    Py_DECREF(value);
    throw e;
  }
  return value;
}
defMethod(DefaultDictType, '__missing__', (self, args) => {
  if (args.length !== 1) throw typeError(`defaultdict.__missing__() takes exactly one argument (${args.length} given)`);
  return defdict_missing(self!, args[0]);
});

/** new_defdict: type(dd)(factory, arg). */
function new_defdict(dd: PyDefaultDict, arg: PyObject): PyObject {
  return callObject(dd.ob_type, [dd.default_factory ?? None, arg], null);
}
for (const name of ['copy', '__copy__']) {
  defMethod(DefaultDictType, name, (self, args) => {
    if (args.length) throw typeError(`defaultdict.${name}() takes no arguments (${args.length} given)`);
    return new_defdict(DD(self), self!);
  });
}

/** defdict_reduce: (type, (factory,) or (), None, None, iter(dd.items())). */
defMethod(DefaultDictType, '__reduce__', (self) => {
  const dd = DD(self);
  const f = dd.default_factory;
  const args = f === null || f === None ? EmptyTuple : PyTuple_New([Py_NewRef(f)]);
  let items: PyObject;
  try {
    items = callObject(DictType.methods.get('items')!, [dd], null);
  } catch (e) {
    Py_DECREF(args);
    throw e;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(items);
  } finally {
    Py_DECREF(items);
  }
  return PyTuple_New([Py_NewRef(dd.ob_type), args, Py_NewRef(None), Py_NewRef(None), it]);
});
defMethod(DefaultDictType, '__sizeof__', (self) => PyLong_From(dictSize(self as PyDict) - sizeofGCHead() + defdictExtra()));
defGetSet(DefaultDictType, 'default_factory', (o) => Py_NewRef(DD(o).default_factory ?? None), (o, v) => {
  const old = DD(o).default_factory;
  DD(o).default_factory = v === null ? null : Py_NewRef(v);
  Py_XDECREF(old);
});
// a T_OBJECT member (defdict_members), not a getset
DefaultDictType.methods.get('default_factory')!.ob_type = MemberDescrType;
defClassGetItem(DefaultDictType);
// defdict_repr's slot wrapper
defMethod(DefaultDictType, '__repr__', (self, args) => {
  if (args.length) throw typeError(`expected 0 arguments, got ${args.length}`);
  return PyUnicode_From(callBaseSlot(self!, () => PyObject_Repr(self!)));
});

/** defdict_repr: `defaultdict(<factory repr>, <dict repr>)`, `...` for a factory already being shown. */
DefaultDictType.tp_repr = (o) => {
  const base = DictType.tp_repr!(o);
  const f = DD(o).default_factory;
  const defrepr = f === null ? 'None' : withReprGuard(f, () => PyObject_Repr(f), '...');
  return `${o.ob_type.name}(${defrepr}, ${base})`;
};
DefaultDictType.tp_getsizeof = (o) => dictSize(o as PyDict) + defdictExtra();

// defdict_traverse: the factory, then the dict's entries
const dictTraverse = DictType.tp_traverse!;
/** The start of defdict_traverse: the class (3.12+, a heap type), then the factory. */
function defdict_traverse_head(o: PyObject, visit: VisitProc): void {
  if (RT.profile.versionInfo[1] >= 12 && !o.ob_type.heap) visit(o.ob_type, '__class__');
  const f = DD(o).default_factory;
  if (f !== null) visit(f, 'default_factory');
}
DefaultDictType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  defdict_traverse_head(o, visit);
  dictTraverse(o, visit);
};
const dictClear = DictType.tp_clear!;
DefaultDictType.tp_clear = (o) => {
  const f = DD(o).default_factory;
  DD(o).default_factory = null;
  Py_XDECREF(f);
  dictClear(o);
};
const dictDealloc = DictType.tp_dealloc;
DefaultDictType.tp_dealloc = (o) => {
  const f = DD(o).default_factory;
  DD(o).default_factory = null;
  Py_XDECREF(f);
  dictDealloc(o);
};

/** defdict_or: `dd | mapping` and `mapping | dd` make a defaultdict (the class called with the factory). */
function defdict_or(left: PyObject, right: PyObject): PyObject | null {
  const [self, other] = left.ob_type.isSubtype(DefaultDictType) ? [left, right] : [right, left];
  if (!(other instanceof PyDict)) return null;
  const n = new_defdict(DD(self), left);
  try {
    const update = DictType.methods.get('update') as PyMethodDescr;
    Py_DECREF(update.fn(n, [right], null));
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

setExtSlots(DefaultDictType, {
  mp_subscript: (o, key) => {
    const d = o as PyDict;
    const i = dictLookup(d, key);
    if (i >= 0) return Py_NewRef(d.vals[i]!);
    return defdict_missing(o, key);
  },
  mp_missing: defdict_missing,
  nb_or: defdict_or,
  traverse_head: defdict_traverse_head,
});
