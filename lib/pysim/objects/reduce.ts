// Models the reduce side of the pickle protocol that Lib/copy.py falls back on (CPython 3.12):
// object.__reduce_ex__ (Objects/typeobject.c: object___reduce_ex___impl, reduce_newobj,
// object_getstate) and the __reduce__ of the builtin types copy.py meets without a dispatch entry:
// bound methods (classobject.c method_reduce), exceptions (exceptions.c BaseException_reduce),
// sets and frozensets (setobject.c set_reduce), slices (sliceobject.c slice_reduce) and
// bytearrays (bytearrayobject.c _common_reduce).
import { ObjectType, PyObject, PyType, Py_DECREF, Py_XDECREF, isVarSized } from './object';
import { None } from './singletons';
import { EmptyTuple, PyTuple, PyTuple_New } from './tupleobject';
import { ListType, PyList_New } from './listobject';
import { DictType, PyDict, PyDict_New, PyDict_SetItem, dictGetStr, dictItems, materializeDict } from './dictobject';
import { FrozenSetType, SetType } from './setobject';
import { MethodType, PyMethod } from './funcobject';
import { NamespaceType, PyNamespace } from './namespaceobject';
import { BaseExceptionType, PyBaseException, typeError } from './exceptions';
import { PySlice, SliceType } from './sliceobject';
import { ByteArrayType, PyBytes, PyBytes_From } from './bytesobject';
import { PyStr, PyUnicode_From } from './unicodeobject';
import { PyInstance, _PyType_Lookup, lookupHeap } from './typeobject';
import { CFunctionType, MethodWrapperType, PyCFunction, builtinFunction, defMethod } from './methodobject';
import { GenType } from '../eval/genobject';
import { S } from '../eval/frame';
import { PyObject_GetAttr, PyObject_GetIter, PyObject_IsTrue, PyObject_SetAttr, callObject, instanceDict, isIterator, iterToArray } from '../abstract';
import { newobjFunction } from '../modules/bltinmodule';
import { importModule } from '../eval/compile';

/** A new reference to `o`. */
function newRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** The builtin function `name` (borrowed). */
function builtin(name: string): PyObject {
  return dictGetStr(S.builtins, name)!;
}

/**
 * object_getstate: a user's __getstate__ if the class defines one, else the instance's __dict__
 * (None when empty) and, for __slots__ classes, (dict, {slot: value}). New reference.
 */
export function object_getstate(o: PyObject, cls: PyType): PyObject {
  const user = lookupHeap(cls, '__getstate__');
  if (user !== null) return callObject(user, [o], null);
  return object_getstate_default(o, cls);
}

/**
 * _PyType_GetSlotNames: the class's own `__slotnames__` when copyreg has cached it there, else
 * copyreg._slotnames(cls), which computes the list and caches it in the class when it can (not in
 * a builtin type). New reference.
 */
function _PyType_GetSlotNames(cls: PyType): PyObject {
  const cached = cls.heap && cls.dict ? dictGetStr(cls.dict as PyDict, '__slotnames__') : null;
  if (cached) {
    if (cached !== None && cached.ob_type !== ListType) throw typeError(`${cls.tp_name}.__slotnames__ should be a list or None, not ${cached.ob_type.tp_name}`);
    return newRef(cached);
  }
  const copyreg = importModule('copyreg');
  let names: PyObject;
  try {
    const f = PyObject_GetAttr(copyreg, '_slotnames');
    try {
      names = callObject(f, [cls], null);
    } finally {
      Py_DECREF(f);
    }
  } finally {
    Py_DECREF(copyreg);
  }
  if (names !== None && names.ob_type !== ListType) {
    Py_DECREF(names);
    throw typeError("copyreg._slotnames didn't return a list or None");
  }
  return names;
}

/** object_getstate_default: the instance's __dict__ (None when empty), paired with its slots' values. */
function object_getstate_default(o: PyObject, cls: PyType): PyObject {
  const d = instanceDict(o, false);
  let state: PyObject = newRef(None);
  if (d !== null && d.used) {
    materializeDict(d);
    Py_DECREF(state);
    state = newRef(d);
  }
  // the slot names copyreg gives (heaplab reads the values from the instance's own slots)
  try {
    Py_DECREF(_PyType_GetSlotNames(cls));
  } catch (e) {
    Py_DECREF(state);
    throw e;
  }
  if (o instanceof PyInstance && o.slots !== null && o.slots.some((x) => x)) {
    const sd = PyDict_New();
    cls.slotNames!.forEach((n, i) => {
      const v = o.slots![i];
      if (v) {
        const k = PyUnicode_From(n);
        PyDict_SetItem(sd, k, v);
        Py_DECREF(k);
      }
    });
    state = PyTuple_New([state, sd]);
  }
  return state;
}

/**
 * reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). A builtin type
 * that reaches it has C-level state copy cannot rebuild: "cannot pickle 'X' object", as CPython
 * says (naming its tp_name), except for the iterators whose own __reduce__ heaplab does not model.
 */
function reduce_newobj(o: PyObject): PyObject {
  const cls = o.ob_type;
  if (!cls.heap && cls !== ObjectType) {
    // (3.14's itertools objects have no __reduce__ any more: CPython refuses them here too)
    if (cls !== GenType && cls.module !== 'itertools' && isIterator(o)) throw typeError(`heaplab does not simulate copying '${cls.name}' objects yet`);
    // object_getstate_default: a var-sized object without a __getstate__ of its own
    if (isVarSized(cls)) throw typeError(`cannot pickle ${cls.tp_name} objects`);
    throw typeError(`cannot pickle '${cls.tp_name}' object`);
  }
  const solid = cls.solid;
  const args: PyObject[] = [newRef(cls)];
  let listitems: PyObject = None, dictitems: PyObject = None;
  if (solid === ListType) listitems = PyObject_GetIter(o);
  else if (solid === DictType) {
    const items = callObject(DictType.methods.get('items')!, [o], null);
    try {
      dictitems = PyObject_GetIter(items);
    } finally {
      Py_DECREF(items);
    }
  }
  // _PyObject_GetNewArguments: a class's own __getnewargs__ (namedtuple's) gives the arguments
  if (lookupHeap(cls, '__getnewargs_ex__') !== null) throw typeError(`heaplab does not simulate copying objects with __getnewargs_ex__ yet`);
  const getnewargs = lookupHeap(cls, '__getnewargs__');
  if (getnewargs !== null) {
    const na = callObject(getnewargs, [o], null);
    if (!(na instanceof PyTuple)) {
      Py_DECREF(na);
      for (const a of args) Py_DECREF(a);
      Py_XDECREF(listitems === None ? null : listitems);
      Py_XDECREF(dictitems === None ? null : dictitems);
      throw typeError(`__getnewargs__ should return a tuple, not '${na.ob_type.tp_name}'`);
    }
    for (const a of na.items) args.push(newRef(a));
    Py_DECREF(na);
  } else if (solid !== ListType && solid !== DictType && solid !== ObjectType && !cls.isExc) {
    // __getnewargs__ of str, int, float, tuple, bytes…: the value as the base type sees it
    args.push(callObject(solid, [o], null));
  }
  if (listitems === None) listitems = newRef(None);
  if (dictitems === None) dictitems = newRef(None);
  const state = object_getstate(o, cls);
  return PyTuple_New([newRef(newobjFunction()), PyTuple_New(args), state, listitems, dictitems]);
}

/** object.__reduce_ex__(protocol): a class's own __reduce__ when it has one, else reduce_newobj. */
function object_reduce_ex(o: PyObject): PyObject {
  const reduce = _PyType_Lookup(o.ob_type, '__reduce__');
  if (reduce !== null && reduce !== ObjectType.methods.get('__reduce__')) {
    const m = PyObject_GetAttr(o, '__reduce__');
    try {
      return callObject(m, [], null);
    } finally {
      Py_DECREF(m);
    }
  }
  return reduce_newobj(o);
}

defMethod(ObjectType, '__reduce_ex__', (self) => object_reduce_ex(self!));

/** copyreg._reconstructor(cls, base, state): base.__new__(cls, state), then base.__init__ unless object's. */
export const reconstructorFunction = builtinFunction('_reconstructor', (_s, args) => {
  if (args.length !== 3) throw typeError(`_reconstructor() missing ${3 - args.length} required positional argument(s)`);
  const [cls, base, state] = args;
  if (base === ObjectType) return callObject(ObjectType.methods.get('__new__')!, [cls], null);
  const nw = PyObject_GetAttr(base, '__new__');
  let obj: PyObject;
  try {
    obj = callObject(nw, [cls, state], null);
  } finally {
    Py_DECREF(nw);
  }
  const init = _PyType_Lookup(base as PyType, '__init__');
  if (init !== null && init !== ObjectType.methods.get('__init__')) Py_DECREF(callObject(init, [obj, state], null));
  return obj;
}, 'copyreg');

/** object___reduce___impl: _common_reduce(self, 0), i.e. copyreg._reduce_ex(self, 0). */
function object_reduce(o: PyObject): PyObject {
  const cls = o.ob_type;
  // the first base that is not a heap type gives the state: base(self)
  const base = cls.mro.find((b) => !b.heap) ?? ObjectType;
  let state: PyObject;
  if (base === ObjectType) state = newRef(None);
  else if (base === cls) {
    // the builtin iterators have a __reduce__ of their own in CPython, which heaplab does not model
    if (cls !== GenType && cls.module !== 'itertools' && isIterator(o)) throw typeError(`heaplab does not simulate copying '${cls.name}' objects yet`);
    throw typeError(`cannot pickle '${cls.name}' object`);
  }
  else state = callObject(base, [o], null);
  const args = PyTuple_New([newRef(cls), newRef(base), state]);
  const getstate = PyObject_GetAttr(o, '__getstate__');
  let dict: PyObject;
  try {
    if (_PyType_Lookup(cls, '__getstate__') === ObjectType.methods.get('__getstate__') && cls.slotNames && cls.slotNames.length) {
      throw typeError('a class that defines __slots__ without defining __getstate__ cannot be pickled');
    }
    dict = callObject(getstate, [], null);
  } catch (e) {
    Py_DECREF(args);
    throw e;
  } finally {
    Py_DECREF(getstate);
  }
  if (dict !== None && PyObject_IsTrue(dict)) return PyTuple_New([newRef(reconstructorFunction), args, dict]);
  Py_DECREF(dict);
  return PyTuple_New([newRef(reconstructorFunction), args]);
}
defMethod(ObjectType, '__reduce__', (self) => object_reduce(self!));
// object___getstate___impl (3.11+): the default state, never a class's own __getstate__
defMethod(ObjectType, '__getstate__', (self) => object_getstate_default(self!, self!.ob_type));

// method_reduce: (getattr, (self, func.__name__))
defMethod(MethodType, '__reduce__', (self) => {
  const m = self as PyMethod;
  const name = PyObject_GetAttr(m.func, '__name__');
  return PyTuple_New([newRef(builtin('getattr')), PyTuple_New([newRef(m.self), name])]);
});

// meth_reduce (a builtin function or method) and wrapper_reduce (a method-wrapper): the name of a
// module's function, else (getattr, (self, name)), with m_self even for a static method
for (const t of [CFunctionType, MethodWrapperType]) {
  defMethod(t, '__reduce__', (self) => {
    const f = self as PyCFunction;
    if (f.self === null || f.self.ob_type.name === 'module') return PyUnicode_From(f.name);
    return PyTuple_New([newRef(builtin('getattr')), PyTuple_New([newRef(f.self), PyUnicode_From(f.name)])]);
  });
}

// namespace_reduce: (type, (), __dict__)
defMethod(NamespaceType, '__reduce__', (self) => {
  return PyTuple_New([newRef(self!.ob_type), newRef(EmptyTuple), newRef((self as PyNamespace).dict)]);
});

// BaseException_reduce: (type, args) or (type, args, __dict__)
defMethod(BaseExceptionType, '__reduce__', (self) => {
  const e = self as PyBaseException;
  const parts: PyObject[] = [newRef(e.ob_type), newRef(e.args)];
  if (e.dict !== null) {
    materializeDict(e.dict);
    parts.push(newRef(e.dict));
  }
  return PyTuple_New(parts);
});

// BaseException_setstate: each item of a dict state set as an attribute; None is no state
defMethod(BaseExceptionType, '__setstate__', (self, args) => {
  if (args.length !== 1) throw typeError(`BaseException.__setstate__() takes exactly one argument (${args.length} given)`);
  const state = args[0];
  if (state === None) return None;
  if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
  for (const [k, v] of dictItems(state)) {
    if (!(k instanceof PyStr)) throw typeError(`attribute name must be string, not '${k.ob_type.tp_name}'`);
    PyObject_SetAttr(self!, k.v, v);
  }
  return None;
});

// set_reduce: (type, (list(self),), state)
for (const t of [SetType, FrozenSetType]) {
  defMethod(t, '__reduce__', (self) => {
    const keys = PyList_New(iterToArray(self!));
    return PyTuple_New([newRef(self!.ob_type), PyTuple_New([keys]), object_getstate(self!, self!.ob_type)]);
  });
}

// slice_reduce: (slice, (start, stop, step))
defMethod(SliceType, '__reduce__', (self) => {
  const s = self as PySlice;
  return PyTuple_New([newRef(SliceType), PyTuple_New([newRef(s.start), newRef(s.stop), newRef(s.step)])]);
});

// _common_reduce for protocol 3+: (type, (bytes(self),) or (), state)
defMethod(ByteArrayType, '__reduce_ex__', (self) => {
  const b = self as PyBytes;
  const args = b.v.length ? [PyBytes_From(b.v.slice())] : [];
  return PyTuple_New([newRef(b.ob_type), PyTuple_New(args), object_getstate(b, b.ob_type)]);
});
