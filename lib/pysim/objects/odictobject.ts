// Models Objects/odictobject.c (CPython 3.11-3.14): collections.OrderedDict, a dict subclass in C
// with a doubly linked list of nodes (_odictnode: key, hash, next, prev; PyMem_Malloc'd, each holding
// a reference to its key) and od_fast_nodes, an array of node pointers as large as the dict's key
// table, reallocated by _odict_resize when the table changed. sys.getsizeof (odict_sizeof) counts
// both. heaplab keeps the dict's entries in the list's order (move_to_end moves the entry too:
// dictMoveEntry), so the dict's own iteration paths see the OrderedDict's order.
import { PyObject, PyObject_Init, PyRaise, PyType, Py_DECREF, Py_NewRef, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from './object';
import { DictType, PyDict, PyDict_New, dictItems, dictLookup, dictMoveEntry, dictRemoveEntry, dictSize, insertdict, PyDict_Clear } from './dictobject';
import { None, NotImplemented } from './singletons';
import { PyBool, PyLong_From } from './longobject';
import { PyList_New } from './listobject';
import { EmptyTuple, PyTuple, PyTuple_New } from './tupleobject';
import { KeyErrorType, newException, runtimeError, typeError, valueError } from './exceptions';
import { defMethod } from './methodobject';
import { SIZEOF_VOID_P, sizeofDict, sizeofGCHead } from './layout';
import { setExtSlots } from './extslots';
import { object_getstate } from './reduce';
import { DictItemsType, DictKeysType, DictValuesType, PyDictView, PySequence_List, splitKw } from './typemethods';
import { PyJsIter, iterType } from './iterobject';
import { PyObject_ClearWeakRefs } from './weakrefobject';
import { PyUnicode_From } from './unicodeobject';
import {
  PyObject_GetAttr, PyObject_GetItem, PyObject_GetIter, PyObject_IsTrue, PyObject_Repr, PyObject_RichCompareBool, PyObject_SetItem, builtinCompare, callObject, iterNext, withReprGuard,
} from '../abstract';

/** An OrderedDict: `nodes` maps each key to its node's address; the fast-nodes array and its size. */
export class PyODict extends PyDict {
  declare nodes: Map<PyObject, number>;
  declare fastNodes: number;
  declare fastSize: number;
  /** The key table od_fast_nodes mirrors (od_resize_sentinel): its log2 size, -1 for none. */
  declare fastLog2: number;
  /** od_state: incremented whenever the linked list changes. */
  declare odState: number;
  /** od_inst_dict: the instance's __dict__ (owned), made on first use by abstract.ts instanceDict. */
  declare instDict: PyDict | null;
}

/** collections.OrderedDict (a static type in Objects/, unlike _collections' types). */
export const ODictType = new PyType(TypeType, 'OrderedDict', DictType, 'collections');
ODictType.tpName = 'collections.OrderedDict';
ODictType.weakrefable = true;
ODictType.hasDict = true;
ODictType.basicsize = 128;
staticAddr(ODictType, 912);

const OD = (o: PyObject | null) => o as PyODict;

/** sizeof(_odictnode): key, hash, next, prev. */
function sizeofNode(): number {
  return 4 * SIZEOF_VOID_P();
}
/** What PyODictObject adds to PyDictObject: od_first, od_last, od_fast_nodes, its size, the sentinel, od_state, od_inst_dict, od_weakreflist. */
function odictExtra(): number {
  return 8 * SIZEOF_VOID_P();
}

/** dict_new for OrderedDict: tp_alloc, tracked at once. */
function odict_alloc(t: PyType): PyODict {
  const od = new PyDict(t) as PyODict;
  od.nodes = new Map();
  od.fastNodes = 0;
  od.fastSize = 0;
  od.fastLog2 = -1;
  od.odState = 0;
  od.instDict = null;
  PyObject_Init(od, sizeofGCHead() + sizeofDict() + odictExtra());
  if (t !== ODictType) t.ob_refcnt++;
  _PyObject_GC_TRACK(od);
  return od;
}

/** _odict_resize, as _odict_get_index calls it: a new od_fast_nodes array once the dict's key table changed. */
function _odict_get_index(od: PyODict): void {
  if (od.fastLog2 === od.log2) return;
  const size = 1 << od.log2;
  const a = RT.alloc.PyMem_Malloc(size * SIZEOF_VOID_P());
  if (od.fastNodes) RT.alloc.PyMem_Free(od.fastNodes);
  od.fastNodes = a;
  od.fastSize = size;
  od.fastLog2 = od.log2;
}

/** _odict_add_new_node: a node (holding the key) at the tail, unless the key has one. */
function _odict_add_new_node(od: PyODict, key: PyObject): void {
  _odict_get_index(od);
  if (od.nodes.has(key)) return;
  key.ob_refcnt++;
  od.nodes.set(key, RT.alloc.PyMem_Malloc(sizeofNode()));
  od.odState++;
}

/** The dict's own key object equal to `key` (the one the node holds), or null. */
function storedKey(od: PyODict, key: PyObject): PyObject | null {
  const i = dictLookup(od, key);
  return i < 0 ? null : od.keys[i];
}

/** _odict_clear_node: unlinks and frees the node of `k` (the stored key). */
function _odict_clear_node(od: PyODict, k: PyObject): void {
  _odict_get_index(od);
  const node = od.nodes.get(k);
  if (node === undefined) return;
  od.nodes.delete(k);
  od.odState++;
  RT.alloc.PyMem_Free(node);
  Py_DECREF(k);
}

/** _odict_clear_nodes: frees od_fast_nodes, then every node from the first. */
function _odict_clear_nodes(od: PyODict): void {
  if (od.fastNodes) RT.alloc.PyMem_Free(od.fastNodes);
  od.fastNodes = 0;
  od.fastSize = 0;
  od.fastLog2 = -1;
  const nodes = od.nodes;
  od.nodes = new Map();
  for (const [k, node] of nodes) {
    Py_DECREF(k);
    RT.alloc.PyMem_Free(node);
  }
}

/** PyODict_SetItem: the dict's item, then a node for a new key. */
export function PyODict_SetItem(od: PyODict, key: PyObject, value: PyObject): void {
  key.ob_refcnt++;
  value.ob_refcnt++;
  insertdict(od, key, value);
  _odict_add_new_node(od, storedKey(od, key)!);
}

/** PyODict_DelItem: the node first, then the dict's item (KeyError when missing). */
export function PyODict_DelItem(od: PyODict, key: PyObject): void {
  const k = storedKey(od, key);
  if (k !== null) _odict_clear_node(od, k);
  const i = dictLookup(od, key);
  if (i < 0) throw new PyRaise(newException(KeyErrorType, [Py_NewRef(key)]));
  const [dk, dv] = dictRemoveEntry(od, i);
  Py_DECREF(dk);
  Py_DECREF(dv);
}

/** _odict_popkey: the node, then the dict's item, whose value is returned; null when missing. */
function _odict_popkey(od: PyODict, key: PyObject): PyObject | null {
  const k = storedKey(od, key);
  if (k === null) return null;
  _odict_clear_node(od, k);
  const [dk, dv] = dictRemoveEntry(od, dictLookup(od, key));
  Py_DECREF(dk);
  return dv;
}

// ------------------------------------------------------------------ construction, update

/**
 * mutablemapping_add_pairs: each item of `pairs` unpacked into a key and a value
 * (PyObject_GetIter of the pair, so an int pair is "'int' object is not iterable").
 */
function mutablemapping_add_pairs(self: PyObject, pairs: PyObject): void {
  const it = PyObject_GetIter(pairs);
  try {
    for (;;) {
      const pair = iterNext(it);
      if (pair === null) break;
      let pit: PyObject;
      try {
        pit = PyObject_GetIter(pair);
      } finally {
        Py_DECREF(pair);
      }
      try {
        const key = iterNext(pit);
        if (key === null) throw valueError('need more than 0 values to unpack');
        try {
          const value = iterNext(pit);
          if (value === null) throw valueError('need more than 1 value to unpack');
          try {
            const other = iterNext(pit);
            if (other !== null) {
              Py_DECREF(other);
              throw valueError('too many values to unpack (expected 2)');
            }
            PyObject_SetItem(self, key, value);
          } finally {
            Py_DECREF(value);
          }
        } finally {
          Py_DECREF(key);
        }
      } finally {
        Py_DECREF(pit);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

/** The bound method `name` of `o`, or null (PyObject_GetOptionalAttr). */
function optionalAttr(o: PyObject, name: string): PyObject | null {
  try {
    return PyObject_GetAttr(o, name);
  } catch (e) {
    if (e instanceof PyRaise && e.exc.ob_type.name === 'AttributeError') {
      Py_DECREF(e.exc);
      return null;
    }
    throw e;
  }
}

/** mutablemapping_update_arg: a dict's items, a mapping's keys(), an items() method, else pairs. */
function mutablemapping_update_arg(self: PyObject, arg: PyObject): void {
  if (arg.ob_type === DictType) {
    const items = PyList_New(dictItems(arg as PyDict).map(([k, v]) => PyTuple_New([Py_NewRef(k), Py_NewRef(v)])));
    try {
      mutablemapping_add_pairs(self, items);
    } finally {
      Py_DECREF(items);
    }
    return;
  }
  const keysMeth = optionalAttr(arg, 'keys');
  if (keysMeth !== null) {
    let keys: PyObject;
    try {
      keys = callObject(keysMeth, [], null);
    } finally {
      Py_DECREF(keysMeth);
    }
    const it = PyObject_GetIter(keys);
    Py_DECREF(keys);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          const v = PyObject_GetItem(arg, k);
          try {
            PyObject_SetItem(self, k, v);
          } finally {
            Py_DECREF(v);
          }
        } finally {
          Py_DECREF(k);
        }
      }
    } finally {
      Py_DECREF(it);
    }
    return;
  }
  const itemsMeth = optionalAttr(arg, 'items');
  if (itemsMeth !== null) {
    let items: PyObject;
    try {
      items = callObject(itemsMeth, [], null);
    } finally {
      Py_DECREF(itemsMeth);
    }
    try {
      mutablemapping_add_pairs(self, items);
    } finally {
      Py_DECREF(items);
    }
    return;
  }
  mutablemapping_add_pairs(self, arg);
}

/** mutablemapping_update: at most one positional argument, then the keyword arguments in order. */
function mutablemapping_update(self: PyObject, args: PyObject[], kwnames: string[] | null, what: 'init' | 'update'): void {
  const [pos, kws] = splitKw(args, kwnames);
  if (pos.length > 1) {
    // 3.14 fixed odict_init's plural
    throw typeError(what === 'init' ? `expected at most 1 argument${RT.profile.versionInfo[1] >= 14 ? '' : 's'}, got ${pos.length}` : `update() takes at most 1 positional argument (${pos.length} given)`);
  }
  if (pos.length) mutablemapping_update_arg(self, pos[0]);
  for (const [k, v] of kws) {
    const key = PyUnicode_From(k);
    try {
      PyObject_SetItem(self, key, v);
    } finally {
      Py_DECREF(key);
    }
  }
}

ODictType.tp_new = (t, args, kw) => {
  const od = odict_alloc(t);
  if (t.heap && t.heapInit !== null) return od;
  try {
    mutablemapping_update(od, args, kw, 'init');
  } catch (e) {
    Py_DECREF(od);
    throw e;
  }
  return od;
};
defMethod(ODictType, '__init__', (self, args, kw) => {
  mutablemapping_update(self!, args, kw, 'init');
  return None;
});
defMethod(ODictType, 'update', (self, args, kw) => {
  mutablemapping_update(self!, args, kw, 'update');
  return None;
});

// ------------------------------------------------------------------ methods

/** The arity error of a method without arguments (METH_NOARGS). */
function noArgs(name: string, args: PyObject[]): void {
  if (args.length) throw typeError(`OrderedDict.${name}() takes no arguments (${args.length} given)`);
}

/** A bool argument as Argument Clinic's `p` converter takes it (any object's truth). */
function lastArg(name: string, args: PyObject[], kw: string[] | null, min: number): [PyObject[], boolean] {
  const [pos, kws] = splitKw(args, kw);
  for (const k of kws.keys()) if (k !== 'last' && !(name === 'move_to_end' && k === 'key')) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  const rest = pos.slice();
  if (name === 'move_to_end' && kws.has('key')) rest.unshift(kws.get('key')!);
  if (rest.length < min) throw typeError(`${name}() missing required argument 'key' (pos 1)`);
  const lastObj = kws.get('last') ?? rest[min];
  if (rest.length > min + 1) throw typeError(`${name}() takes at most ${min + 1} argument${min + 1 === 1 ? '' : 's'} (${rest.length} given)`);
  return [rest.slice(0, min), lastObj === undefined ? true : PyObject_IsTrue(lastObj)];
}

defMethod(ODictType, 'move_to_end', (self, args, kw) => {
  const od = OD(self);
  const [[key], last] = lastArg('move_to_end', args, kw, 1);
  _odict_get_index(od);
  const k = storedKey(od, key);
  if (k === null || !od.nodes.has(k)) throw new PyRaise(newException(KeyErrorType, [Py_NewRef(key)]));
  const i = dictLookup(od, key);
  const live = od.keys.filter((x) => x !== null);
  const at = last ? live[live.length - 1] : live[0];
  if (at !== k) {
    // _odict_remove_node + _odict_add_tail / _odict_add_head
    od.odState += 2;
    dictMoveEntry(od, i, last);
    const node = od.nodes.get(k)!;
    od.nodes.delete(k);
    if (last) od.nodes.set(k, node);
    else od.nodes = new Map([[k, node], ...od.nodes]);
  }
  return None;
});
defMethod(ODictType, 'popitem', (self, args, kw) => {
  const od = OD(self);
  const [, last] = lastArg('popitem', args, kw, 0);
  if (od.used === 0) throw new PyRaise(newException(KeyErrorType, [PyUnicode_From('dictionary is empty')]));
  const live = od.keys.filter((x) => x !== null);
  const key = Py_NewRef(last ? live[live.length - 1]! : live[0]!);
  const value = _odict_popkey(od, key)!;
  return PyTuple_New([key, value]);
});
defMethod(ODictType, 'pop', (self, args) => {
  if (args.length < 1 || args.length > 2) throw typeError(args.length < 1 ? `pop expected at least 1 argument, got ${args.length}` : `pop expected at most 2 arguments, got ${args.length}`);
  const v = _odict_popkey(OD(self), args[0]);
  if (v !== null) return v;
  if (args.length > 1) return Py_NewRef(args[1]);
  throw new PyRaise(newException(KeyErrorType, [Py_NewRef(args[0])]));
});
defMethod(ODictType, 'setdefault', (self, args) => {
  if (args.length < 1 || args.length > 2) throw typeError(args.length < 1 ? `setdefault expected at least 1 argument, got ${args.length}` : `setdefault expected at most 2 arguments, got ${args.length}`);
  const od = OD(self);
  const i = dictLookup(od, args[0]);
  if (i >= 0) return Py_NewRef(od.vals[i]!);
  const dflt = args.length > 1 ? args[1] : None;
  PyObject_SetItem(od, args[0], dflt);
  return Py_NewRef(dflt);
});
defMethod(ODictType, 'clear', (self, args) => {
  noArgs('clear', args);
  PyDict_Clear(OD(self));
  _odict_clear_nodes(OD(self));
  return None;
});
/** odict_copy: a new OrderedDict (the class called for a subclass) given each item in order. */
function odict_copy(od: PyODict): PyObject {
  const c = od.ob_type === ODictType ? odict_alloc(ODictType) : callObject(od.ob_type, [], null);
  try {
    for (const [k, v] of dictItems(od)) PyObject_SetItem(c, k, v);
  } catch (e) {
    Py_DECREF(c);
    throw e;
  }
  return c;
}
defMethod(ODictType, 'copy', (self, args) => {
  noArgs('copy', args);
  return odict_copy(OD(self));
});
defMethod(ODictType, 'fromkeys', (cls, args) => {
  if (args.length < 1 || args.length > 2) throw typeError(args.length < 1 ? `fromkeys expected at least 1 argument, got ${args.length}` : `fromkeys expected at most 2 arguments, got ${args.length}`);
  const d = callObject(cls!, [], null);
  try {
    const v = args.length > 1 ? args[1] : None;
    const it = PyObject_GetIter(args[0]);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          PyObject_SetItem(d, k, v);
        } finally {
          Py_DECREF(k);
        }
      }
    } finally {
      Py_DECREF(it);
    }
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
}, 'classmethod');
/** odict_reduce: (type, (), state or None, None, iter(od.items())). */
defMethod(ODictType, '__reduce__', (self, args) => {
  noArgs('__reduce__', args);
  const state = object_getstate(self!, self!.ob_type);
  const items = callObject(ODictType.methods.get('items')!, [self!], null);
  let it: PyObject;
  try {
    it = PyObject_GetIter(items);
  } finally {
    Py_DECREF(items);
  }
  return PyTuple_New([Py_NewRef(self!.ob_type), EmptyTuple, state, Py_NewRef(None), it]);
});
/** odict_sizeof: the dict's size with PyODictObject's fields, od_fast_nodes and the nodes. */
function odict_sizeof(o: PyObject): number {
  const od = OD(o);
  return dictSize(od) - sizeofGCHead() + odictExtra() + od.fastSize * SIZEOF_VOID_P() + (od.nodes.size ? od.nodes.size * sizeofNode() : 0);
}
defMethod(ODictType, '__sizeof__', (self) => PyLong_From(odict_sizeof(self!)));
ODictType.tp_getsizeof = (o) => sizeofGCHead() + odict_sizeof(o);
// no __class_getitem__ of its own: odict_methods has none, dict's binds to OrderedDict

// ------------------------------------------------------------------ repr, comparison, |

/** odict_repr: `OrderedDict()`; 3.12+ the repr of a dict copy, 3.11 a list of pairs; `...` inside itself. */
ODictType.tp_repr = (o) => {
  const name = o.ob_type.name;
  const od = OD(o);
  if (od.used === 0) return `${name}()`;
  return withReprGuard(o, () => {
    let tmp: PyObject;
    if (RT.profile.versionInfo[1] >= 12) {
      // PyDict_Copy of a dict subclass: dict_merge through keys()
      const d = PyDict_New();
      for (const [k, v] of dictItems(od)) {
        k.ob_refcnt++;
        v.ob_refcnt++;
        insertdict(d, k, v);
      }
      tmp = d;
    } else tmp = PyList_New(dictItems(od).map(([k, v]) => PyTuple_New([Py_NewRef(k), Py_NewRef(v)])));
    try {
      return `${name}(${PyObject_Repr(tmp)})`;
    } finally {
      Py_DECREF(tmp);
    }
  }, '...');
};

/** odict_richcompare: == and != as dict's, and for two OrderedDicts the same key order too. */
ODictType.tp_richcompare = (v, w, op) => {
  if (!(v instanceof PyDict) || !v.ob_type.isSubtype(ODictType) || !(w instanceof PyDict) || (op !== 'Eq' && op !== 'NotEq')) return Py_NewRef(NotImplemented);
  const eq = builtinCompare(v, w, 'Eq');
  if (!eq || !w.ob_type.isSubtype(ODictType)) return PyBool(op === 'Eq' ? !!eq : !eq);
  const a = v.keys.filter((x) => x !== null), b = w.keys.filter((x) => x !== null);
  let same = a.length === b.length;
  for (let i = 0; same && i < a.length; i++) same = a[i] === b[i] || PyObject_RichCompareBool(a[i]!, b[i]!, 'Eq');
  return PyBool(op === 'Eq' ? same : !same);
};

/** odict_or: the OrderedDict's class called with the left operand, updated with the right. */
function odict_or(left: PyObject, right: PyObject): PyObject | null {
  const [type, other] = left.ob_type.isSubtype(ODictType) ? [left.ob_type, right] : [right.ob_type, left];
  if (!(other instanceof PyDict)) return null;
  const n = callObject(type, [left], null);
  try {
    mutablemapping_update_arg(n, right);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

// ------------------------------------------------------------------ iterators and views

/** An OrderedDict iterator: the next entry position, the od_state and size it started with. */
class PyODictIter extends PyJsIter {
  declare odState: number;
  declare size: number;
  declare kind: 'keys' | 'values' | 'items';
  declare reverse: boolean;
}
/** odict_iterator: every iterator of an OrderedDict and its views, forwards or reversed (PyODictIter_Type). */
const ODictIterType = iterType('odict_iterator', 80);

/** odictiter_iternext: RuntimeError once the list changed or the size did. */
function odictiter_iternext(o: PyObject): PyObject | null {
  const it = o as PyODictIter;
  if (!it.refs.length) return null;
  const od = OD(it.refs[0]);
  if (od.odState !== it.odState) throw runtimeError('OrderedDict mutated during iteration');
  if (it.size !== od.used) {
    it.size = -1;
    throw runtimeError('OrderedDict changed size during iteration');
  }
  const keys = od.keys;
  for (;;) {
    const i = it.reverse ? keys.length - 1 - it.state : it.state;
    if (i < 0 || i >= keys.length) {
      // the iterator lets go of the OrderedDict once exhausted (di_odict cleared)
      const r = it.refs;
      it.refs = [];
      for (const x of r) Py_DECREF(x);
      return null;
    }
    it.state++;
    const k = keys[i];
    if (k === null) continue;
    if (it.kind === 'keys') return Py_NewRef(k);
    if (it.kind === 'values') return Py_NewRef(od.vals[i]!);
    return PyTuple_New([Py_NewRef(k), Py_NewRef(od.vals[i]!)]);
  }
}
ODictIterType.tp_iternext = odictiter_iternext;
ODictIterType.tp_getsizeof = () => sizeofGCHead() + 6 * SIZEOF_VOID_P();

/** odictiter_new: a tracked iterator over `od`. */
function odictiter_new(od: PyODict, kind: 'keys' | 'values' | 'items', reverse: boolean): PyObject {
  od.ob_refcnt++;
  const it = new PyODictIter(ODictIterType, [od], () => null);
  it.odState = od.odState;
  it.size = od.used;
  it.kind = kind;
  it.reverse = reverse;
  it.lengthHint = (x) => ((x as PyODictIter).refs.length ? od.used : 0);
  PyObject_Init(it, sizeofGCHead() + 6 * SIZEOF_VOID_P());
  _PyObject_GC_TRACK(it);
  return it;
}
ODictType.tp_iter = (o) => odictiter_new(OD(o), 'keys', false);
defMethod(ODictType, '__reversed__', (self) => odictiter_new(OD(self), 'keys', true));

/** odict_keys, odict_values, odict_items: the dict views' subclasses, iterating in the list's order. */
const ODictViewTypes = {
  keys: new PyType(TypeType, 'odict_keys', DictKeysType),
  values: new PyType(TypeType, 'odict_values', DictValuesType),
  items: new PyType(TypeType, 'odict_items', DictItemsType),
};
for (const [kind, t] of Object.entries(ODictViewTypes) as ['keys' | 'values' | 'items', PyType][]) {
  staticAddr(t, 912);
  t.tp_iter = (o) => odictiter_new(OD((o as PyDictView).dict), kind, false);
  // dictview_repr: the type's name and a list of the view's items
  t.tp_repr = (o) => withReprGuard(o, () => {
    const l = PySequence_List(o);
    try {
      return `${o.ob_type.name}(${PyObject_Repr(l)})`;
    } finally {
      Py_DECREF(l);
    }
  }, '...');
  setExtSlots(t, {
    sq_length: (o) => (o as PyDictView).dict.used,
    sq_contains: (o, x) => {
      const d = (o as PyDictView).dict;
      if (kind === 'keys') return dictLookup(d, x) >= 0;
      if (kind === 'values') {
        for (const [, v] of dictItems(d)) if (v === x || PyObject_RichCompareBool(v, x, 'Eq')) return true;
        return false;
      }
      // dictitems_contains: a (key, value) pair whose key the dict has with an equal value
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const i = dictLookup(d, x.items[0]);
      if (i < 0) return false;
      const v = Py_NewRef(d.vals[i]!);
      try {
        return PyObject_RichCompareBool(v, x.items[1], 'Eq');
      } finally {
        Py_DECREF(v);
      }
    },
  });
  defMethod(t, '__reversed__', (self) => odictiter_new(OD((self as PyDictView).dict), kind, true));
  defMethod(ODictType, kind, (self, args) => {
    noArgs(kind, args);
    self!.ob_refcnt++;
    const v = new PyDictView(t, self as PyDict);
    PyObject_Init(v, sizeofGCHead() + 3 * SIZEOF_VOID_P());
    _PyObject_GC_TRACK(v);
    return v;
  });
}

// ------------------------------------------------------------------ gc, deallocation, slots

/** The start of odict_traverse: the keys its nodes hold (then the dict's entries). */
function odict_traverse_head(o: PyObject, visit: VisitProc): void {
  const idict = OD(o).instDict;
  if (idict) visit(idict, '__dict__');
  for (const k of OD(o).nodes.keys()) visit(k, 'node key');
}
const dictTraverse = DictType.tp_traverse!;
ODictType.tp_traverse = (o, visit) => {
  odict_traverse_head(o, visit);
  dictTraverse(o, visit);
};
// odict_tp_clear: the dict's entries, then the nodes
ODictType.tp_clear = (o) => {
  const idict = OD(o).instDict;
  OD(o).instDict = null;
  Py_XDECREF(idict);
  PyDict_Clear(OD(o));
  _odict_clear_nodes(OD(o));
};
const dictDealloc = DictType.tp_dealloc;
// odict_dealloc: weakrefs, the nodes, then dict_dealloc
ODictType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  const idict = OD(o).instDict;
  OD(o).instDict = null;
  Py_XDECREF(idict);
  PyObject_ClearWeakRefs(o);
  _odict_clear_nodes(OD(o));
  dictDealloc(o);
};

setExtSlots(ODictType, {
  mp_subscript: (o, key) => {
    const d = o as PyDict;
    const i = dictLookup(d, key);
    if (i < 0) throw new PyRaise(newException(KeyErrorType, [Py_NewRef(key)]));
    return Py_NewRef(d.vals[i]!);
  },
  mp_ass_subscript: (o, key, v) => {
    if (v === null) PyODict_DelItem(OD(o), key);
    else PyODict_SetItem(OD(o), key, v);
  },
  nb_or: odict_or,
  nb_inplace_or: (o, other) => {
    mutablemapping_update_arg(o, other);
    return Py_NewRef(o);
  },
  traverse_head: odict_traverse_head,
});
