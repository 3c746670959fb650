// Models the reduce side of the pickle protocol that Lib/copy.py falls back on (CPython 3.12):
// object.__reduce_ex__ (Objects/typeobject.c: object___reduce_ex___impl, reduce_newobj,
// object_getstate) and the __reduce__ of the builtin types copy.py meets without a dispatch entry:
// bound methods (classobject.c method_reduce), exceptions (exceptions.c BaseException_reduce),
// sets and frozensets (setobject.c set_reduce), slices (sliceobject.c slice_reduce) and
// bytearrays (bytearrayobject.c _common_reduce).
import { ObjectType, PyObject, PyType, Py_DECREF } from './object';
import { None } from './singletons';
import { EmptyTuple, PyTuple_New } from './tupleobject';
import { ListType, PyList_New } from './listobject';
import { DictType, PyDict_New, PyDict_SetItem, dictGetStr, materializeDict } from './dictobject';
import { FrozenSetType, SetType } from './setobject';
import { MethodType, PyMethod } from './funcobject';
import { NamespaceType, PyNamespace } from './namespaceobject';
import { BaseExceptionType, PyBaseException, typeError } from './exceptions';
import { PySlice, SliceType } from './sliceobject';
import { ByteArrayType, PyBytes, PyBytes_From } from './bytesobject';
import { PyUnicode_From } from './unicodeobject';
import { PyInstance, _PyType_Lookup, lookupHeap } from './typeobject';
import { defMethod } from './methodobject';
import { GenType } from '../eval/genobject';
import { S } from '../eval/frame';
import { PyObject_GetAttr, PyObject_GetIter, callObject, instanceDict, isIterator, iterToArray } from '../abstract';
import { newobjFunction } from '../modules/bltinmodule';

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
function object_getstate(o: PyObject, cls: PyType): PyObject {
  const user = lookupHeap(cls, '__getstate__');
  if (user !== null) return callObject(user, [o], null);
  return object_getstate_default(o, cls);
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
 * says, except for the iterators whose own __reduce__ heaplab does not model.
 */
function reduce_newobj(o: PyObject): PyObject {
  const cls = o.ob_type;
  if (!cls.heap && cls !== ObjectType) {
    if (cls !== GenType && isIterator(o)) throw typeError(`heaplab does not simulate copying '${cls.name}' objects yet`);
    throw typeError(`cannot pickle '${cls.name}' object`);
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
  } else if (solid !== ObjectType && !cls.isExc) {
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
  if (_PyType_Lookup(o.ob_type, '__reduce__') !== null) {
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
// object___getstate___impl (3.11+): the default state, never a class's own __getstate__
defMethod(ObjectType, '__getstate__', (self) => object_getstate_default(self!, self!.ob_type));

// method_reduce: (getattr, (self, func.__name__))
defMethod(MethodType, '__reduce__', (self) => {
  const m = self as PyMethod;
  const name = PyObject_GetAttr(m.func, '__name__');
  return PyTuple_New([newRef(builtin('getattr')), PyTuple_New([newRef(m.self), name])]);
});

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
