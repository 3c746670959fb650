// Models the helpers Modules/_collectionsmodule.c gives Lib/collections/__init__.py (CPython
// 3.11-3.14): `_tuplegetter`, the data descriptor namedtuple() puts in its class for each field
// (tuplegetter_new, tuplegetter_descr_get/_set, tuplegetter_repr, tuplegetter_reduce, the `__doc__`
// member, gc traversal), and `_count_elements`, Counter's tally loop with its dict fast path.
import {
  ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_NewRef, Py_XDECREF, RT, TypeType, VisitProc,
  IMMORTAL_REFCNT, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, onVersionSwitch, staticAddr,
} from '../objects/object';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { PyLong_From, smallInt } from '../objects/longobject';
import { DictType, PyDict, PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject';
import { None } from '../objects/singletons';
import { PyStr } from '../objects/unicodeobject';
import { attributeError, excTypes, overflowError, pyErr, typeError } from '../objects/exceptions';
import { defGetSet, defMethod } from '../objects/methodobject';
import { pointerFieldsSize, sizeofGCHead } from '../objects/layout';
import { _PyType_Lookup, lookupHeap } from '../objects/typeobject';
import { PyNumber_Index, PyObject_GetAttr, PyObject_Hash, PyObject_GetIter, PyObject_Repr, PyObject_SetItem, binaryOp, callObject, iterNext } from '../abstract';

/** _tuplegetterobject: PyObject_HEAD, Py_ssize_t index, PyObject *doc (owned; null once cleared). */
export class PyTupleGetter extends PyObject {
  declare index: bigint;
  declare doc: PyObject | null;
}

/**
 * `_collections._tuplegetter` (3.11, a static type) / `collections._tuplegetter` (3.12+, a heap type
 * made from tuplegetter_spec, which its instances visit): a gc type that cannot be subclassed.
 */
export const TupleGetterType = new PyType(TypeType, '_tuplegetter', ObjectType, 'collections');
TupleGetterType.tpName = 'collections._tuplegetter';
TupleGetterType.gc = true;
TupleGetterType.baseType = false;
// PyObject_HEAD + index + doc, and the gc header sys.getsizeof counts
TupleGetterType.tp_getsizeof = () => sizeofGCHead() + pointerFieldsSize(32);
staticAddr(TupleGetterType, 912);
// 3.12+: PyType_FromSpec puts the module name in the type's dict as `__module__`
const MODULE_NAME = new PyStr('collections');
MODULE_NAME.ob_refcnt = IMMORTAL_REFCNT;
staticAddr(MODULE_NAME, 64);
onVersionSwitch((minor) => {
  TupleGetterType.module = minor >= 12 ? 'collections' : '_collections';
  TupleGetterType.tpName = `${TupleGetterType.module}._tuplegetter`;
  if (minor >= 12) TupleGetterType.methods.set('__module__', MODULE_NAME);
  else TupleGetterType.methods.delete('__module__');
});

const TG = (o: PyObject) => o as PyTupleGetter;

/** tuplegetter_new (Argument Clinic): no keywords, exactly (index, doc), index a Py_ssize_t. */
TupleGetterType.tp_new = (_t, args, kwnames) => {
  if (kwnames && kwnames.length) throw typeError('_tuplegetter() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
  const v = BigInt(PyNumber_Index(args[0]));
  const max = (1n << BigInt(8 * RT.profile.pointerSize - 1)) - 1n;
  if (v > max || v < -max - 1n) throw overflowError('Python int too large to convert to C ssize_t');
  const g = new PyTupleGetter(TupleGetterType);
  g.index = v;
  g.doc = Py_NewRef(args[1]);
  PyObject_Init(g, TupleGetterType.tp_getsizeof!(g));
  _PyObject_GC_TRACK(g);
  return g;
};

/** tuplegetter_descr_get: the class (or None) gets the descriptor, a tuple its item at `index`. */
TupleGetterType.tp_descr_get = (self, obj) => {
  const g = TG(self);
  if (obj === null) return Py_NewRef(self);
  if (!(obj instanceof PyTuple)) {
    if (obj === None) return Py_NewRef(self);
    throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj.ob_type.tp_name}' object`);
  }
  // valid_index: (size_t)index < (size_t)size
  if (g.index < 0n || g.index >= BigInt(obj.items.length)) throw pyErr(excTypes.get('IndexError')!, 'tuple index out of range');
  return Py_NewRef(obj.items[Number(g.index)]);
};

/** tuplegetter_descr_set: the fields of a named tuple are read-only. */
TupleGetterType.tp_descr_set = (_self, _obj, value) => {
  throw attributeError(value === null ? "can't delete attribute" : "can't set attribute");
};

// tuplegetter_repr: "%s(%zd, %R)" (%R of a deleted doc is "<NULL>")
TupleGetterType.tp_repr = (o) => `_tuplegetter(${TG(o).index}, ${TG(o).doc ? PyObject_Repr(TG(o).doc!) : '<NULL>'})`;

/** tuplegetter_traverse: the heap type (3.12+), then doc. */
TupleGetterType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  if (RT.profile.versionInfo[1] >= 12) visit(o.ob_type, 'ob_type');
  const d = TG(o).doc;
  if (d) visit(d, 'doc');
};
TupleGetterType.tp_clear = (o) => {
  const d = TG(o).doc;
  TG(o).doc = null;
  Py_XDECREF(d);
};
TupleGetterType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  TupleGetterType.tp_clear!(o);
  PyObject_Free(o);
};

// the `__doc__` member (_Py_T_OBJECT: None when NULL, writable, deleting stores NULL)
defGetSet(TupleGetterType, '__doc__', (o) => (TG(o).doc ? Py_NewRef(TG(o).doc!) : None), (o, v) => {
  const old = TG(o).doc;
  TG(o).doc = v === null ? null : Py_NewRef(v);
  Py_XDECREF(old);
});
// tuplegetter_reduce: (type, (index, doc))
defMethod(TupleGetterType, '__reduce__', (self) => {
  const g = TG(self!);
  return PyTuple_New([Py_NewRef(TupleGetterType), PyTuple_New([PyLong_From(g.index), Py_NewRef(g.doc ?? None)])]);
});
// the slot wrappers of tp_descr_get / tp_descr_set (wrap_descr_get, wrap_descr_set,
// wrap_descr_delete): no keywords; PyArg_UnpackTuple's messages (an empty function name before
// 3.14), check_num_args' for __delete__
function slotArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames && kwnames.length) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const fn = RT.profile.versionInfo[1] >= 14 ? name : '';
  const s = (k: number) => (k === 1 ? '' : 's');
  if (min === max) throw typeError(`${fn} expected ${min} argument${s(min)}, got ${n}`);
  if (n < min) throw typeError(`${fn} expected at least ${min} argument${s(min)}, got ${n}`);
  throw typeError(`${fn} expected at most ${max} argument${s(max)}, got ${n}`);
}
defMethod(TupleGetterType, '__get__', (self, args, kwnames) => {
  slotArgs('__get__', args, kwnames, 1, 2);
  const obj = args[0] === None ? null : args[0];
  const type = args.length > 1 && args[1] !== None ? args[1] : null;
  if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
  return TupleGetterType.tp_descr_get!(self!, obj, (type ?? obj!.ob_type) as PyType);
});
defMethod(TupleGetterType, '__set__', (self, args, kwnames) => {
  slotArgs('__set__', args, kwnames, 2, 2);
  TupleGetterType.tp_descr_set!(self!, args[0], args[1]);
  return None;
});
defMethod(TupleGetterType, '__delete__', (self, args, kwnames) => {
  if (kwnames && kwnames.length) throw typeError('wrapper __delete__() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
  TupleGetterType.tp_descr_set!(self!, args[0], null);
  return None;
});

/**
 * _collections__count_elements_impl: counts the items of `iterable` into `mapping`. When the
 * mapping is a dict whose type keeps dict's own `get` and `__setitem__`, each key is hashed once and
 * its count stored directly (the first time the small int 1 itself); otherwise through the bound
 * `get(key, 0)` and `mapping[key] = count`.
 */
export function _count_elements(mapping: PyObject, iterable: PyObject): PyObject {
  const it = PyObject_GetIter(iterable);
  const one = smallInt(1);
  try {
    const t = mapping.ob_type;
    const fast = mapping instanceof PyDict && _PyType_Lookup(t, 'get') === _PyType_Lookup(DictType, 'get')
      && _PyType_Lookup(t, '__setitem__') === _PyType_Lookup(DictType, '__setitem__');
    if (fast) {
      const d = mapping as PyDict;
      for (;;) {
        const key = iterNext(it);
        if (key === null) break;
        try {
          // _PyObject_HashFast first: an unhashable key's error is PyObject_Hash's (a Python
          // __hash__ is left to the dict, which calls it)
          if (!(key.ob_type.heap && lookupHeap(key.ob_type, '__hash__') !== null)) PyObject_Hash(key);
          const old = PyDict_GetItem(d, key);
          if (old === null) PyDict_SetItem(d, key, one);
          else {
            const nv = binaryOp(old, one, 'Add');
            try {
              PyDict_SetItem(d, key, nv);
            } finally {
              Py_DECREF(nv);
            }
          }
        } finally {
          Py_DECREF(key);
        }
      }
    } else {
      const get = PyObject_GetAttr(mapping, 'get');
      const zero = smallInt(0);
      try {
        for (;;) {
          const key = iterNext(it);
          if (key === null) break;
          try {
            const old = callObject(get, [key, zero], null);
            let nv: PyObject;
            try {
              nv = old === zero ? Py_NewRef(one) : binaryOp(old, one, 'Add');
            } finally {
              Py_DECREF(old);
            }
            try {
              PyObject_SetItem(mapping, key, nv);
            } finally {
              Py_DECREF(nv);
            }
          } finally {
            Py_DECREF(key);
          }
        }
      } finally {
        Py_DECREF(get);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return None;
}

/** `_collections._count_elements(mapping, iterable, /)`: METH_FASTCALL, exactly two arguments. */
export function count_elements_fn(_self: PyObject | null, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames && kwnames.length) throw typeError('_count_elements() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`_count_elements expected 2 arguments, got ${args.length}`);
  return _count_elements(args[0], args[1]);
}

