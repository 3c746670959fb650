// Models the method tables (tp_methods, tp_new, tp_iter, tp_repr) of CPython 3.12's builtin
// containers and scalars: listobject.c, dictobject.c, setobject.c, tupleobject.c,
// unicodeobject.c, bytesobject.c, longobject.c, floatobject.c.
import { bufferBytes, bufferBytesOrNull } from './bufferproto';
import { extSlotsOf } from './extslots';
import { builtinExceptionBasicsize } from './typeobject_basicsize';
import { ObjectType, PyObject, PyRaise, PyType, Py_DECREF, Py_XDECREF, TypeType, RT, preHeaderSize, subclassExtraSize } from './object';
import { Ellipsis, EllipsisType, None, NotImplemented, NotImplementedType, NoneType as NoneTypeT } from './singletons';
import { BoolType, False, LongType, PyBool, PyLong, PyLong_From, True, normInt, longDigits } from './longobject';
import { PyLong_FromDouble } from './longobject_double';
import { FloatType, PyFloat, PyFloat_FromDouble } from './floatobject';
import { EmptyStr, PyStr, PyUnicode_From, PyUnicode_New, StrType, strLen, strSubclassSize } from './unicodeobject';
import { BytesType, PyBytes, PyBytes_From, PyBytes_FromSize, ByteArrayType, PyByteArray_From } from './bytesobject';
import { ComplexType } from './complexobject';
import { EmptyTuple, PyTuple, PyTuple_New, TupleType, _PyTuple_FromArray, _PyTuple_Resize } from './tupleobject';
import { ListType, PyList, PyList_New, PyList_Append, list_resize, list_preallocate_exact, list_set_allocated, list_clear } from './listobject';
import { listsort } from './listsort';
import { dictLookupStr, DictType, PyDict, PyDict_Clear, PyDict_New, PyDict_SetItem, dictItems, dictLookup, dictRemoveEntry, insertdict, dictGetStr, PyDict_Copy, dict_fromkeys_presize, dictKeysLog2, dictresize } from './dictobject';
import { FrozenSetType, PySet, PySet_Add, PySet_Clear, PySet_New, SetType, set_lookkey, set_merge, set_pop, setKeys, set_copy, set_intersection, set_intersection_items, set_difference, set_difference_update_internal, set_symmetric_difference, set_symmetric_difference_update, set_swap_bodies, set_presize_for, set_discard_key } from './setobject';
import { argTypeName, badKeyword, checkKeywordOnly, withSignature } from './argcheck';
import { excNew } from './oserror';
import { KeyErrorType, IndexErrorType, TypeErrorType, ValueErrorType, newException, pyErr, typeError, valueError, indexError, StopIterationType, LookupErrorType } from './exceptions';
import { defMethod, defMethodFast, defGetSet, PyMethodDescr } from './methodobject';
import { PyJsIter, PyRange, PyRangeIter, PyRangeIter_New, RangeType, RangeIterType, LongRangeIterType, newJsIter, PyRange_New, PyRange_FromObjects, setIterTypeSetup, range_contains_long, iterRecycleResult } from './iterobject';
import { PyInstance_New, _PyType_Lookup, staticBase } from './typeobject';
import { makeTpCall } from './call_args';
import {
  PyObject_Hash, PyObject_IsTrue, PyObject_Repr, PyObject_RichCompareBool, PyObject_Size, PyObject_Str, PyObject_StrObject,
  asIndex, PyNumber_Index, range_length, callObject, forEachItem, iterToArray, listExtend, withReprGuard, PySequence_Contains, setRangeNew, setDictUpdateArg, PyObject_RichCompare, PyObject_GetItem,
  PyObject_GetIter, PyObject_LengthHint, iterNext, PyIndex_Check,
} from '../abstract';
import * as F from './format/index';
import { PyUnicode_AsEncodedString, PyUnicode_Decode } from '../codecs';
import { fmtCall, strFormatObject } from '../eval/format';
import { dictUpdate } from '../eval/compile';
import { MappingProxyType, PyMappingProxy } from './descrobject';
import { FrameLocalsProxyType, PyFrameLocalsProxy, framelocalsproxy_dict, framelocalsproxy_merge, framelocalsproxy_setitem } from './frameobject';

type Args = PyObject[];

/** Raises the CPython arity error for a builtin method. */
export function checkArgs(name: string, args: Args, min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** check_num_args (Objects/typeobject.c): the arity check of a slot wrapper ("expected 1 argument, got 0"). */
export function check_num_args(args: Args, n: number): void {
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

function noKw(name: string, kw: string[] | null): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
}

/** The keyword map of a call without keywords: shared, so callers only read their maps. */
const NO_KEYWORDS: ReadonlyMap<string, PyObject> = new Map<string, PyObject>();

/** Splits vectorcall args into positional values and a keyword map (read-only). */
export function splitKw(args: Args, kw: string[] | null): [Args, ReadonlyMap<string, PyObject>] {
  if (!kw || !kw.length) return [args, NO_KEYWORDS];
  const m = new Map<string, PyObject>();
  const n = args.length - kw.length;
  kw.forEach((k, i) => m.set(k, args[n + i]));
  return [args.slice(0, n), m];
}

function newRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

function str(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${o.ob_type.tp_name}`);
  return o.v;
}

/** A str argument that PyArg_Parse's "U" converts: "must be str, not int". */
function strArg(o: PyObject): string {
  if (!(o instanceof PyStr)) throw typeError(`must be str, not ${o.ob_type.tp_name}`);
  return o.v;
}

/** A str argument checked by Argument Clinic: "removeprefix() argument must be str, not None". */
function clinicStr(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${argTypeName(o)}`);
  return o.v;
}

/** _PyEval_SliceIndexNotNone: the start/stop of list.index and tuple.index (None refused). */
function sliceIndexNotNone(o: PyObject): number {
  if (!PyIndex_Check(o)) throw typeError('slice indices must be integers or have an __index__ method');
  return asIndex(o);
}
/** _PyEval_SliceIndex: the start/end argument of find, count, startswith…: None or an __index__ object. */
function sliceIndexArg(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  if (!PyIndex_Check(o)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return asIndex(o);
}

StrType.tp_repr = (o) => F.unicode_repr((o as PyStr).v);
// int → str enforces the 4300-digit limit (sys.set_int_max_str_digits) as CPython does
LongType.tp_repr = (o) => {
  const v = (o as PyLong).v;
  if (o.ob_type === BoolType) return v ? 'True' : 'False';
  if (typeof v === 'number') return String(v);
  return fmtCall(() => F.int_to_decimal(v));
};

// ================================================================== repr of containers

// list_repr and tuple_repr return '[]' / '()' for an empty one before Py_ReprEnter (so an empty
// container's repr does not make the thread-state dict and its Py_Repr list)
ListType.tp_repr = (o) => (!(o as PyList).items.length ? '[]' : withReprGuard(o, () => {
  const items = (o as PyList).items;
  const parts: string[] = [];
  // 3.14's list_repr_impl holds a strong reference to the item while repr() runs; 3.11-3.13 pass
  // ob_item[i] as it is
  const hold = RT.profile.versionInfo[1] >= 14;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!hold) {
      parts.push(PyObject_Repr(x));
      continue;
    }
    x.ob_refcnt++;
    try {
      parts.push(PyObject_Repr(x));
    } finally {
      Py_DECREF(x);
    }
  }
  return '[' + parts.join(', ') + ']';
}, '[...]'));
TupleType.tp_repr = (o) => (!(o as PyTuple).items.length ? '()' : withReprGuard(o, () => {
  const items = (o as PyTuple).items;
  const parts = items.map((x) => PyObject_Repr(x));
  return '(' + parts.join(', ') + (items.length === 1 ? ',)' : ')');
}, '(...)'));
DictType.tp_repr = (o) => withReprGuard(o, () => {
  const d = o as PyDict;
  if (!d.used) return '{}';
  const parts: string[] = [];
  for (const [k, v] of dictItems(d)) {
    k.ob_refcnt++;
    v.ob_refcnt++;
    try {
      parts.push(PyObject_Repr(k) + ': ' + PyObject_Repr(v));
    } finally {
      Py_DECREF(k);
      Py_DECREF(v);
    }
  }
  return '{' + parts.join(', ') + '}';
}, '{...}');
/**
 * set_repr (sets and frozensets): inside Py_ReprEnter, `name()` when empty, else the repr of
 * PySequence_List(so) with its brackets turned into braces (`name({...})` but for an exact set).
 */
function set_repr(o: PyObject): string {
  const name = o.ob_type.name;
  return withReprGuard(o, () => {
    if (!setKeys(o as PySet).length) return `${name}()`;
    const keys = PySequence_List(o);
    try {
      const listrepr = PyObject_Repr(keys);
      const body = '{' + listrepr.slice(1, -1) + '}';
      return o.ob_type === SetType ? body : `${name}(${body})`;
    } finally {
      Py_DECREF(keys);
    }
  }, `${name}(...)`);
}
SetType.tp_repr = set_repr;
FrozenSetType.tp_repr = set_repr;

// ================================================================== iterators

/** A sequence iterator of `o` (listiterobject and its kin): holds `o`, the index in `state`. */
function seqIter(name: string, o: PyObject, next: (it: PyJsIter) => PyObject | null, len: (it: PyJsIter) => number): PyObject {
  o.ob_refcnt++;
  const it = newJsIter(name, [o], next);
  // listiter_len, tupleiter_len, unicodeiter_len, striter_len: what is left, 0 once exhausted
  it.lengthHint = len;
  return it;
}

/** The next item of a sequence iterator whose sequence reads its i-th item with `get` (null past the end). */
function seqNext(it: PyJsIter, get: (o: PyObject, i: number) => PyObject | null): PyObject | null {
  if (!it.refs.length) return null;
  const v = get(it.refs[0], it.state);
  if (v === null) return null;
  it.state++;
  return v;
}

/** listiter_next and tupleiter_next: a list or tuple keeps its items in `items`. */
function itemsIterNext(it: PyJsIter): PyObject | null {
  if (!it.refs.length) return null;
  const items = (it.refs[0] as PyList | PyTuple).items;
  const i = it.state;
  if (i >= items.length) return null;
  it.state = i + 1;
  return newRef(items[i]);
}

/** listiter_len and tupleiter_len. */
function itemsIterLen(it: PyJsIter): number {
  return it.refs.length ? Math.max(0, (it.refs[0] as PyList | PyTuple).items.length - it.state) : 0;
}

ListType.tp_iter = (o) => seqIter('list_iterator', o, itemsIterNext, itemsIterLen);
TupleType.tp_iter = (o) => seqIter('tuple_iterator', o, itemsIterNext, itemsIterLen);
StrType.tp_iter = (o) => {
  const chars = Array.from((o as PyStr).v);
  const get = (_s: PyObject, i: number) => (i < chars.length ? PyUnicode_From(chars[i]) : null);
  // unicode_iter: an ASCII string gets the ASCII-only iterator type
  const name = isAscii((o as PyStr).v) ? 'str_ascii_iterator' : 'str_iterator';
  return seqIter(name, o, (it) => seqNext(it, get), (it) => (it.refs.length ? Math.max(0, chars.length - it.state) : 0));
};
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
const bytesItem = (b: PyObject, i: number) => {
  const v = (b as PyBytes).v;
  return i < v.length ? PyLong_From(v[i]) : null;
};
BytesType.tp_iter = (o) => seqIter(o.ob_type.isSubtype(ByteArrayType) ? 'bytearray_iterator' : 'bytes_iterator', o, (it) => seqNext(it, bytesItem), (it) => (it.refs.length ? Math.max(0, (it.refs[0] as PyBytes).v.length - it.state) : 0));
RangeType.tp_iter = (o) => PyRangeIter_New(o as PyRange);

/**
 * dictiter_iternextitem / enum_next: the iterator's 2-tuple refilled with `a` and `b` (stolen) when
 * only the iterator holds it, else a new tuple.
 */
export function recycledPair(it: PyJsIter, a: PyObject, b: PyObject): PyObject {
  const r = iterRecycleResult(it) as PyTuple | null;
  if (r === null) return PyTuple_New([a, b]);
  const [oldA, oldB] = r.items;
  r.items[0] = a;
  r.items[1] = b;
  Py_DECREF(oldA);
  Py_DECREF(oldB);
  return r;
}
function dictIter(name: string, d: PyDict, pick: (k: PyObject, v: PyObject, it: PyJsIter) => PyObject): PyJsIter {
  d.ob_refcnt++;
  const used = d.used;
  const it = newJsIter(name, [d], (self) => {
    if (!self.refs.length) return null;
    if (d.used !== used) {
      self.state = d.keys.length;
      throw pyErr(RuntimeErrorType(), 'dictionary changed size during iteration');
    }
    while (self.state < d.keys.length) {
      const i = self.state++;
      const k = d.keys[i];
      if (k !== null) return pick(k, d.vals[i]!, self);
    }
    return null;
  });
  // dictiter_len: the items not yet returned while the dict keeps its size, else 0
  it.lengthHint = (self) => {
    if (!self.refs.length || d.used !== used) return 0;
    let n = 0;
    for (let i = self.state; i < d.keys.length; i++) if (d.keys[i] !== null) n++;
    return n;
  };
  return it;
}
function RuntimeErrorType(): PyType {
  return (ValueErrorType.base as PyType).mro[0] === ValueErrorType.base ? runtimeErr : runtimeErr;
}
import { RuntimeErrorType as runtimeErr } from './exceptions';
DictType.tp_iter = (o) => dictIter('dict_keyiterator', o as PyDict, (k) => newRef(k));
function setIter(o: PyObject): PyObject {
  const s = o as PySet;
  const used = s.used;
  s.ob_refcnt++;
  const it = newJsIter('set_iterator', [s], (self) => {
    if (!self.refs.length) return null;
    if (s.used !== used) {
      self.state = s.mask + 1;
      throw pyErr(runtimeErr, 'Set changed size during iteration');
    }
    while (self.state <= s.mask) {
      const k = s.table[self.state++];
      if (k !== undefined && k.ob_type !== ObjectType) return newRef(k);
    }
    return null;
  });
  // setiter_len: the keys not yet returned while the set keeps its size, else 0
  it.lengthHint = (self) => {
    if (!self.refs.length || s.used !== used) return 0;
    let n = 0;
    for (let i = self.state; i <= s.mask; i++) {
      const k = s.table[i];
      if (k !== undefined && k.ob_type !== ObjectType) n++;
    }
    return n;
  };
  return it;
}
SetType.tp_iter = setIter;
FrozenSetType.tp_iter = setIter;

// dict views
export const DictKeysType = new PyType(TypeType, 'dict_keys', ObjectType);
export const DictValuesType = new PyType(TypeType, 'dict_values', ObjectType);
export const DictItemsType = new PyType(TypeType, 'dict_items', ObjectType);
/** A dict view (keys/values/items). */
class PyDictView extends PyObject {
  declare dict: PyDict;
  constructor(type: PyType, dict: PyDict) {
    super(type);
    this.dict = dict;
  }
}
// dict_keys and dict_items compare as sets, so they are unhashable; dict_values hashes by identity
DictKeysType.tp_hash = (o) => PyObject_HashNotImplemented(o);
DictItemsType.tp_hash = (o) => PyObject_HashNotImplemented(o);
for (const t of [DictKeysType, DictValuesType, DictItemsType]) {
  t.gc = true;
  t.basicsize = 40;
  t.tp_traverse = (o, visit) => visit((o as PyDictView).dict, 'mapping');
  t.tp_dealloc = (o) => {
    untrack(o);
    Py_DECREF((o as PyDictView).dict);
    freeObj(o);
  };
}
import { PyObject_Free, PyObject_Init, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, initGCHeader } from './object';
import { pointerFieldsSize, sizeofLong } from './layout';
const untrack = _PyObject_GC_UNTRACK;
const freeObj = PyObject_Free;
function makeView(t: PyType, d: PyDict): PyObject {
  d.ob_refcnt++;
  const v = new PyDictView(t, d);
  PyObject_Init(v, 40);
  _PyObject_GC_TRACK(v);
  return v;
}
DictKeysType.tp_iter = (o) => dictIter('dict_keyiterator', (o as PyDictView).dict, (k) => newRef(k));
DictValuesType.tp_iter = (o) => dictIter('dict_valueiterator', (o as PyDictView).dict, (_k, v) => newRef(v));
DictItemsType.tp_iter = (o) => {
  const it = dictIter('dict_itemiterator', (o as PyDictView).dict, (k, v, self) => recycledPair(self, newRef(k), newRef(v)));
  // dictiter_new: di_result = PyTuple_Pack(2, None, None), made after the iterator (on 3.14 left
  // untracked, as a tuple of atomic items is from its creation there)
  it.result = _PyTuple_FromArray([newRef(None), newRef(None)]);
  return it;
};
/** dictview_repr: inside Py_ReprEnter, `name(%R)` of PySequence_List(dv) (a list made and freed). */
function dictview_repr(o: PyObject): string {
  return withReprGuard(o, () => {
    const seq = PySequence_List(o);
    try {
      return `${o.ob_type.name}(${PyObject_Repr(seq)})`;
    } finally {
      Py_DECREF(seq);
    }
  }, '...');
}
DictKeysType.tp_repr = dictview_repr;
DictValuesType.tp_repr = dictview_repr;
/**
 * reversed() of a dict or a dict view (dict___reversed__, dictkeys_reversed…): a dictreviter over
 * the entries from the last, holding the dict, not a copy of its items.
 */
export function dictReversed(o: PyObject): PyObject {
  const d = o instanceof PyDict ? o : (o as PyDictView).dict;
  const t = o.ob_type;
  const [name, pick] = t === DictValuesType ? ['dict_reversevalueiterator', (_k: PyObject, v: PyObject) => newRef(v)] as const
    : t === DictItemsType ? ['dict_reverseitemiterator', (k: PyObject, v: PyObject, self: PyJsIter) => recycledPair(self, newRef(k), newRef(v))] as const
      : ['dict_reversekeyiterator', (k: PyObject) => newRef(k)] as const;
  d.ob_refcnt++;
  const used = d.used;
  let pos = d.keys.length - 1;
  // di_len: the items not yet returned
  let left = used;
  const it = newJsIter(name, [d], (self) => {
    if (!self.refs.length) return null;
    if (d.used !== used) {
      pos = -1;
      throw pyErr(RuntimeErrorType(), 'dictionary changed size during iteration');
    }
    while (pos >= 0 && pos < d.keys.length) {
      const i = pos--;
      const k = d.keys[i];
      if (k !== null) {
        left--;
        return pick(k, d.vals[i]!, self);
      }
    }
    return null;
  });
  // dictiter_len serves the reversed iterators too
  it.lengthHint = (self) => (self.refs.length && d.used === used ? left : 0);
  // dictreviter_new: the item iterator's di_result, as dictiter_new makes it
  if (t === DictItemsType) it.result = _PyTuple_FromArray([newRef(None), newRef(None)]);
  return it;
}
for (const T of [DictType, DictKeysType, DictValuesType, DictItemsType]) defMethod(T, '__reversed__', (self) => dictReversed(self!));
DictItemsType.tp_repr = dictview_repr;
// mappingproxy (Objects/descrobject.c): reads go to the dict; keys/values/items/get/copy are the dict's
MappingProxyType.tp_iter = (o) => DictType.tp_iter!((o as PyMappingProxy).mapping);
MappingProxyType.tp_repr = (o) => `mappingproxy(${PyObject_Repr((o as PyMappingProxy).mapping)})`;
MappingProxyType.tp_str = (o) => PyObject_Str((o as PyMappingProxy).mapping);
for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
  defMethod(MappingProxyType, name, (self, args, kw) => (DictType.methods.get(name) as PyMethodDescr).fn((self as PyMappingProxy).mapping, args, kw));
}
// FrameLocalsProxy (3.13+ f_locals): reads go through a dict of the frame's locals made for each
FrameLocalsProxyType.tp_iter = (o) => {
  const d = framelocalsproxy_dict(o as PyFrameLocalsProxy);
  try {
    return DictType.tp_iter!(d);
  } finally {
    Py_DECREF(d);
  }
};
FrameLocalsProxyType.tp_repr = (o) => {
  const d = framelocalsproxy_dict(o as PyFrameLocalsProxy);
  try {
    return PyObject_Repr(d);
  } finally {
    Py_DECREF(d);
  }
};
for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
  defMethod(FrameLocalsProxyType, name, (self, args, kw) => {
    const d = framelocalsproxy_dict(self as PyFrameLocalsProxy);
    try {
      return (DictType.methods.get(name) as PyMethodDescr).fn(d, args, kw);
    } finally {
      Py_DECREF(d);
    }
  });
}
defMethod(FrameLocalsProxyType, 'update', (self, args, kw) => {
  noKw('update', kw);
  checkArgs('update', args, 1, 1);
  if (!framelocalsproxy_merge(self as PyFrameLocalsProxy, args[0])) throw typeError('update() argument must be dict or another FrameLocalsProxy');
  return None;
});
// framelocalsproxy_setdefault: the value, or `default` written through the proxy when the name has none
defMethod(FrameLocalsProxyType, 'setdefault', (self, args) => {
  if (args.length < 1 || args.length > 2) throw typeError('setdefault expected 1 or 2 arguments');
  const dflt = args.length === 2 ? args[1] : None;
  try {
    return getItemHook(self!, args[0]);
  } catch (e) {
    if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(KeyErrorType)) throw e;
    Py_DECREF(e.exc);
  }
  framelocalsproxy_setitem(self as PyFrameLocalsProxy, args[0], dflt);
  dflt.ob_refcnt++;
  return dflt;
});
setDictViewCheck((o) => o instanceof PyDictView);
// iterator objects' __iter__ (themselves) and __next__ (tp_iternext, StopIteration when done)
/** The iterators whose C type has a `__length_hint__` method (listiter_len, dictiter_len, reversed_len …). */
const LENGTH_HINT_ITERATORS = new Set([
  'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_ascii_iterator', 'str_iterator', 'bytes_iterator',
  'bytearray_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator',
  'dict_reversevalueiterator', 'dict_reverseitemiterator', 'set_iterator', 'reversed', 'iterator',
]);
setIterTypeSetup((t) => {
  defMethod(t, '__iter__', (self) => newRef(self!));
  defMethod(t, '__next__', (self) => {
    const v = t.tp_iternext!(self!);
    if (v === null) throw pyErr(StopIterationType);
    return v;
  });
  if (t === RangeIterType || t === LongRangeIterType) {
    // rangeiter_len / longrangeiter_len
    defMethod(t, '__length_hint__', (self) => {
      const left = (self as PyRangeIter).left;
      return PyLong_From(left > 0 ? left : 0);
    });
  } else if (LENGTH_HINT_ITERATORS.has(t.name)) {
    if (t.name === 'list_iterator' || t.name === 'tuple_iterator') {
      // listiter_setstate / tupleiter_setstate: the next index, clamped to 0..len (ignored once exhausted)
      defMethod(t, '__setstate__', (self, args) => {
        checkArgs(`${t.name}.__setstate__`, args, 1, 1);
        const index = iterStateIndex(args[0]);
        const it = self as PyJsIter;
        if (it.refs.length) it.state = Math.min(Math.max(index, 0), (it.refs[0] as PyList | PyTuple).items.length);
        return newRef(None);
      });
    }
    defMethod(t, '__length_hint__', (self) => {
      const it = self as PyJsIter;
      const n = it.lengthHint === null ? -1 : it.lengthHint(it);
      // iter_len: NotImplemented when the sequence has no __len__
      return n < 0 ? newRef(NotImplemented) : PyLong_From(n);
    });
  }
});
/** PyLong_AsSsize_t of an iterator's `__setstate__` argument: an int only ("an integer is required"). */
export function iterStateIndex(o: PyObject): number {
  if (!(o instanceof PyLong)) throw typeError('an integer is required');
  return asIndex(o);
}
/** True for dict views (len/contains support in abstract via iteration). */
export function isDictView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView;
}
export { PyDictView };

// ================================================================== constructors (tp_new)

function intFromString(s: string, base: number, orig: PyObject): PyObject {
  try {
    return PyLong_From(normInt(F.PyLong_FromString(s, base)));
  } catch (e) {
    if (!(e instanceof F.PyFormatError)) throw e;
    // _PyLong_FromBytes: a bytes literal is shown by its own repr (b'1z')
    if (orig instanceof PyBytes && e.message.startsWith('invalid literal')) {
      // a bytearray is copied to bytes first, so both show as b'...'
      const repr = orig.ob_type.solid === ByteArrayType ? PyObject_Repr(orig).slice('bytearray('.length, -1) : PyObject_Repr(orig);
      throw pyErr(ValueErrorType, `${e.message.slice(0, e.message.indexOf(': '))}: ${repr.slice(0, 200)}`);
    }
    throw pyErr(ValueErrorType, e.message);
  }
}

LongType.tp_new = (t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  // long_new's parser; 3.13+'s long_vectorcall checks positional-only calls first
  if (pos.length + kws.size > 2) throw typeError(RT.profile.versionInfo[1] >= 13 && !kws.size ? `int expected at most 2 arguments, got ${pos.length}` : `int() takes at most 2 arguments (${pos.length + kws.size} given)`);
  let base: number | null = null;
  const b = kws.get('base') ?? pos[1];
  if (b !== undefined) base = asIndex(b);
  const x = pos[0];
  let r: PyObject;
  if (x === undefined && b !== undefined) throw typeError('int() missing string argument');
  if (x === undefined) r = PyLong_From(0);
  else if (base !== null) {
    if (!(x instanceof PyStr) && !(x instanceof PyBytes)) throw typeError("int() can't convert non-string with explicit base");
    r = intFromString(x instanceof PyStr ? x.v : new TextDecoder().decode(x.v), base, x);
  } else if (x.ob_type === LongType) r = newRef(x);
  else if (x instanceof PyLong) r = PyLong_From(x.v);
  else if (x instanceof PyFloat) r = PyLong_FromDouble(x.v);
  else if (x instanceof PyStr) r = intFromString(x.v, 10, x);
  else if (x instanceof PyBytes) r = intFromString(new TextDecoder().decode(x.v), 10, x);
  else {
    const m = lookupDunder(x, '__int__') ?? lookupDunder(x, '__index__');
    if (!m) throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${x.ob_type.tp_name}'`);
    r = callObject(m, [x], null);
  }
  if (!(r instanceof PyLong)) return r;
  return asSubclassInstance(t, r, (b) => new PyLong(LongType, b.v));
};
import { OverflowErrorType } from './exceptions';
import { lookupHeap } from './typeobject';
function lookupDunder(o: PyObject, name: string): PyObject | null {
  return lookupHeap(o.ob_type, name);
}
// none_bool (nb_bool): the slot wrapper NoneType.__bool__
defMethod(NoneTypeT, '__bool__', () => False);
// none_new, notimplemented_new, ellipsis_new: calling the type returns its singleton
for (const [t, v] of [[NoneTypeT, None], [NotImplementedType, NotImplemented], [EllipsisType, Ellipsis]] as const) {
  t.tp_new = (_t, args, kwnames) => {
    if (args.length || (kwnames && kwnames.length)) throw typeError(`${t === EllipsisType ? 'EllipsisType' : t.name} takes no arguments`);
    return v;
  };
}
// bool_vectorcall: _PyArg_CheckPositional("bool", nargs, 0, 1)
BoolType.tp_new = (_t, args) => {
  if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
  return args.length ? PyBool(PyObject_IsTrue(args[0])) : False;
};

/**
 * type_new's instances of a class whose base is str, float, tuple or bytes: `base` (the value the
 * base type made, a reference this steals) becomes an object of class `t` (PyType_GenericAlloc:
 * its block, a reference to the class, the gc header of a class instance).
 */
export function asSubclassInstance<T extends PyObject>(t: PyType, base: T, copy: (b: T) => T): T {
  if (t === base.ob_type || !t.heap) return base;
  const o = copy(base);
  o.ob_type = t;
  initGCHeader(o);
  PyObject_Init(o, subclassInstanceSizeof(o));
  t.ob_refcnt++;
  Py_DECREF(base);
  return o;
}

/**
 * sys.getsizeof of an instance of a heap class derived from a builtin other than object: the
 * builtin's own figure plus what type_new added (subclassExtraSize). str and int compute their
 * __sizeof__ from their own struct, not the class's basicsize, so 3.11's extra slot is not in
 * theirs; a str subclass instance is a non-compact string, and an int one has at least one digit.
 */
export function subclassInstanceSizeof(o: PyObject): number {
  const t = o.ob_type;
  const solid = t.solid;
  if (solid === StrType) return strSubclassSize((o as PyStr).v) + preHeaderSize(t);
  if (solid === LongType) return sizeofLong(longDigits((o as PyLong).v)) + preHeaderSize(t);
  const sb = staticBase(t);
  const base = sb.tp_getsizeof ? sb.tp_getsizeof(o) : pointerFieldsSize(t.isExc ? builtinExceptionBasicsize(t) : solid.basicsize);
  return base + subclassExtraSize(t);
}

FloatType.tp_new = (t, args) => asSubclassInstance(t, floatNew(args), (b) => new PyFloat((b as PyFloat).v));
/** float(x) as the base type makes it. */
function floatNew(args: PyObject[]): PyObject {
  checkArgs('float', args, 0, 1);
  if (!args.length) return PyFloat_FromDouble(0);
  const x = args[0];
  if (x.ob_type === FloatType) return newRef(x);
  if (x instanceof PyFloat) return PyFloat_FromDouble(x.v);
  if (x instanceof PyLong) {
    const n = Number(x.v);
    if (!Number.isFinite(n)) throw pyErr(OverflowErrorType, 'int too large to convert to float');
    return PyFloat_FromDouble(n);
  }
  if (x instanceof PyStr) return PyFloat_FromDouble(fmtCall(() => F.float_from_string(x.v)));
  if (x instanceof PyBytes) {
    // PyFloat_FromString on a buffer: its ASCII text, the bytes' repr in the error
    const text = Array.from(x.v, (b) => String.fromCharCode(b)).join('');
    if (x.v.every((b) => b < 0x80)) {
      try {
        return PyFloat_FromDouble(F.float_from_string(text));
      } catch (e) {
        if (!(e instanceof F.PyFormatError)) throw e;
      }
    }
    throw valueError(`could not convert string to float: ${PyObject_Repr(x)}`);
  }
  const m = lookupDunder(x, '__float__');
  if (m) return callObject(m, [x], null);
  // PyNumber_Float: then __index__, as an int
  if (lookupDunder(x, '__index__')) {
    const i = PyLong_From(PyNumber_Index(x));
    try {
      return floatNew([i]);
    } finally {
      Py_DECREF(i);
    }
  }
  throw typeError(`float() argument must be a string or a real number, not '${x.ob_type.tp_name}'`);
}
StrType.tp_new = (t, args, kw) => {
  const r = strNew(args, kw);
  return asSubclassInstance(t, r as PyStr, (b) => new PyStr(b.v));
};
/** str(x) as the base type makes it. */
function strNew(args: PyObject[], kw: string[] | null): PyObject {
  // unicode_new_impl(object, encoding, errors)
  const [pos, kws] = splitKw(args, kw);
  if (pos.length + kws.size > 3) throw typeError(RT.profile.versionInfo[1] < 13 ? `str() takes at most 3 arguments (${pos.length + kws.size} given)` : `str expected at most 3 arguments, got ${pos.length + kws.size}`);
  const x = pos[0] ?? kws.get('object');
  const encoding = pos[1] ?? kws.get('encoding'), errors = pos[2] ?? kws.get('errors');
  if (x === undefined) return EmptyStr;
  if (encoding === undefined && errors === undefined) return x.ob_type === StrType ? newRef(x) : PyObject_StrObject(x);
  // PyUnicode_FromEncodedObject
  const enc = encoding ? str(encoding, "str() argument 'encoding'") : 'utf-8', err = errors ? str(errors, "str() argument 'errors'") : 'strict';
  if (x instanceof PyBytes) return PyUnicode_From(PyUnicode_Decode(x, enc, err));
  if (x instanceof PyStr) throw typeError('decoding str is not supported');
  const buf = bufferBytesOrNull(x);
  if (buf !== null) {
    const tmp = PyBytes_From(buf);
    try {
      return PyUnicode_From(PyUnicode_Decode(tmp, enc, err));
    } finally {
      Py_DECREF(tmp);
    }
  }
  throw typeError(`decoding to str: need a bytes-like object, ${x.ob_type.tp_name} found`);
}
ByteArrayType.tp_new = (t, args, kw) => {
  // bytearray's tp_new is PyType_GenericNew and its __init__ fills it: a subclass with its own
  // __init__ starts empty (and fills it there if it calls bytearray.__init__)
  let r: PyBytes;
  if (!args.length || (t !== ByteArrayType && lookupHeap(t, '__init__'))) r = PyByteArray_From(new Uint8Array(0));
  else {
    const b = bytesNew(args, kw, 'bytearray') as PyBytes;
    r = PyByteArray_From(b.v);
    Py_DECREF(b);
  }
  return asSubclassInstance(t, r, (b) => {
    const o = new PyBytes(b.v);
    o.alloc = b.alloc;
    // the buffer goes with the contents
    o.bufAddr = b.bufAddr;
    b.bufAddr = 0;
    return o;
  });
};
ByteArrayType.tp_iter = (o) => BytesType.tp_iter!(o);
BytesType.tp_new = (t, args, kw) => asSubclassInstance(t, bytesNew(args, kw, 'bytes') as PyBytes, (b) => new PyBytes(b.v));
/**
 * bytes(source, encoding, errors) as the base type makes it (bytes_new_impl; bytearray_init
 * shares its checks, `what` naming the type in "cannot convert 'float' object to bytearray").
 */
export function bytesNew(args: PyObject[], kw: string[] | null, what: 'bytes' | 'bytearray'): PyObject {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length > 3) throw typeError(`${what}() takes at most 3 arguments (${pos.length} given)`);
  for (const k of kws.keys()) if (k !== 'source' && k !== 'encoding' && k !== 'errors') throw typeError(badKeyword(what, k, ['source', 'encoding', 'errors']));
  const x = pos[0] ?? kws.get('source'), enc = pos[1] ?? kws.get('encoding'), errs = pos[2] ?? kws.get('errors');
  const encoding = enc === undefined ? null : str(enc, `${what}() argument 'encoding'`);
  const errors = errs === undefined ? null : str(errs, `${what}() argument 'errors'`);
  if (x === undefined) {
    if (encoding !== null || errors !== null) throw typeError(encoding !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return PyBytes_From(new Uint8Array(0));
  }
  if (encoding !== null) {
    if (!(x instanceof PyStr)) throw typeError('encoding without a string argument');
    return PyBytes_From(PyUnicode_AsEncodedString(x, encoding, errors ?? 'strict'));
  }
  if (errors !== null) throw typeError(x instanceof PyStr ? 'string argument without an encoding' : 'errors without a string argument');
  const toBytes = what === 'bytes' ? lookupDunder(x, '__bytes__') : null;
  if (toBytes) {
    const r = callObject(toBytes, [x], null);
    if (!(r instanceof PyBytes) || r.ob_type === ByteArrayType) {
      Py_DECREF(r);
      throw typeError(`__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
    }
    return r;
  }
  if (x instanceof PyStr) throw typeError('string argument without an encoding');
  // PyObject_Bytes: an exact bytes object is returned as it is
  if (what === 'bytes' && x.ob_type === BytesType) return newRef(x);
  // _PyBytes_FromBuffer (a bytearray, a bytes subclass, a memoryview, an array) and
  // _PyBytes_FromSize(n, 1) fill a new object: not the one-byte cache
  // (a bytes subclass goes through bytes.__bytes__: PyBytes_FromStringAndSize of its bytes)
  if (x instanceof PyBytes) return x.ob_type.solid === ByteArrayType ? PyBytes_FromSize(x.v.slice()) : PyBytes_From(x.v.slice());
  const buf = PyIndex_Check(x) ? null : bufferBytes(x, false);
  if (buf !== null) return PyBytes_FromSize(buf);
  if (PyIndex_Check(x)) {
    const n = asIndex(x);
    if (n < 0) throw valueError('negative count');
    return PyBytes_FromSize(new Uint8Array(n));
  }
  const items = iterToArray(x, `cannot convert '${x.ob_type.tp_name}' object to ${what}`);
  const out = new Uint8Array(items.length);
  try {
    items.forEach((it, i) => {
      const v = asIndex(it);
      if (v < 0 || v > 255) throw valueError(`${what === 'bytes' ? 'bytes' : 'byte'} must be in range(0, 256)`);
      out[i] = v;
    });
  } finally {
    for (const it of items) Py_DECREF(it);
  }
  // _PyBytes_FromTuple fills PyBytes_FromStringAndSize(NULL, n); a list or an iterator goes
  // through a _PyBytesWriter whose small buffer ends in the one-byte cache
  return x instanceof PyTuple ? PyBytes_FromSize(out) : PyBytes_From(out);
}
TupleType.tp_new = (t, args) => {
  const r = tupleNew(t, args);
  if (t === TupleType || !t.heap) return r;
  const items = (r as PyTuple).items;
  for (const x of items) x.ob_refcnt++;
  const o = asSubclassInstance(t, r as PyTuple, (b) => new PyTuple(b.items.slice()));
  _PyObject_GC_TRACK(o);
  return o;
};
/** PySequence_Tuple: `x` itself when it is exactly a tuple, else a new tuple of its items. New reference. */
export function PySequence_Tuple(x: PyObject): PyObject {
  return tupleNew(TupleType, [x]);
}
/** tuple(x) as the base type makes it. */
function tupleNew(t: PyType, args: PyObject[]): PyObject {
  if (args.length > 1) throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
  if (!args.length) return EmptyTuple;
  const x = args[0];
  if (x.ob_type === TupleType && t === TupleType) return newRef(x);
  // PySequence_Tuple: an exact list or tuple is copied; a subclass of either is iterated like any
  // other iterable (its __iter__, then its __len__ for the length hint)
  if (x.ob_type !== ListType && x.ob_type !== TupleType) return sequenceTupleFromIter(x);
  const items = iterToArray(x);
  return x instanceof PyList ? _PyTuple_FromArray(items) : PyTuple_New(items);
}
/**
 * PySequence_Tuple of an iterable other than a list or tuple: the tuple is made first, sized by
 * the length hint (10 without one), filled from the iterator, grown by _PyTuple_Resize when the
 * guess was short (n + 10, plus a quarter) and cut back to the items at the end.
 */
function sequenceTupleFromIter(x: PyObject): PyObject {
  const it = PyObject_GetIter(x);
  let result: PyTuple = EmptyTuple;
  let j = 0;
  try {
    let n = PyObject_LengthHint(x, 10);
    // the unfilled slots are NULL in CPython: None stands in for them, without a reference
    if (n > 0) result = PyTuple_New(new Array<PyObject>(n).fill(None)) as PyTuple;
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      if (j >= n) {
        let newn = n + 10;
        newn += newn >> 2;
        result = _PyTuple_Resize(result, newn, None);
        n = newn;
      }
      result.items[j++] = item;
    }
    if (j < n) result = _PyTuple_Resize(result, j, None);
  } catch (e) {
    if (result !== EmptyTuple) {
      result.items.length = j;
      Py_DECREF(result);
    }
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return result;
}
// list_vectorcall: PyType_GenericAlloc, so `list(...)` never reuses a freed list
ListType.tp_new = (t, args, kw) => list_new(t, args, kw, false);
/** PySequence_List(x): a new list of x's items (PyList_New, so from the free list). New reference. */
export function PySequence_List(x: PyObject): PyList {
  return list_new(ListType, [x], null, true) as PyList;
}
function list_new(t: PyType, args: PyObject[], kw: string[] | null, freeList: boolean): PyObject {
  noKw('list', kw);
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  const l = PyList_New([], t, freeList);
  if (t !== ListType) t.ob_refcnt++;
  // list's tp_new is PyType_GenericNew: a subclass with its own __init__ fills the list there
  if (t !== ListType && lookupHeap(t, '__init__')) return l;
  try {
    list_fill(l, args);
  } catch (e) {
    Py_DECREF(l);
    throw e;
  }
  return l;
};
/** list___init___impl after the arguments are checked: preallocate from a length, then extend. */
function list_fill(l: PyList, args: PyObject[]): void {
  if (args.length) {
    const x = args[0];
    {
      if (!(x instanceof PyList) && !(x instanceof PyTuple)) {
        let n = -1;
        // 3.13+ list_extend resizes for sets, dicts and views itself: no preallocation for them
        const resized = RT.profile.listExtendResizesForSetsAndDicts && (x instanceof PyDict || x instanceof PySet || isDictView(x));
        if (!resized && (x instanceof PyDict || x instanceof PySet || x instanceof PyStr || x instanceof PyRange || x instanceof PyBytes || isDictView(x))) n = PyObject_Size(x);
        else if ((x.ob_type.heap && lookupHeap(x.ob_type, '__len__')) || extSlotsOf(x.ob_type)?.sq_length) {
          // a TypeError from the length is cleared (a 0-dim memoryview's): list_extend reports its own error
          try {
            n = PyObject_Size(x);
          } catch (e) {
            if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(TypeErrorType)) throw e;
            Py_DECREF(e.exc);
          }
        }
        if (n > 0) list_preallocate_exact(l, n);
      }
      listExtend(l, x);
    }
  }
}
DictType.tp_new = (t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  // dict_new: tp_alloc, never the free list (3.11-3.13); under 3.14 dict() reuses a freed dict
  const d = PyDict_New(0, t, RT.profile.versionInfo[1] >= 14);
  // tp_alloc tracks the new object; dict_new untracks only an exact dict
  if (t !== DictType) {
    t.ob_refcnt++;
    if (!_PyObject_GC_IS_TRACKED(d)) _PyObject_GC_TRACK(d);
  }
  try {
    // dict_new leaves the filling to dict_init (tp_init): a subclass with its own __init__
    // fills the dict only when (and if) that calls dict.__init__
    if (t === DictType || !lookupHeap(t, '__init__')) dict_init(d, pos, kws);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
};
/** dict_init / dict_update_common: PyArg_UnpackTuple(args, "dict", 0, 1), then the positional mapping or pairs, then the keywords. */
function dict_init(d: PyDict, pos: PyObject[], kws: ReadonlyMap<string, PyObject>): void {
  if (pos.length > 1) throw typeError(`dict expected at most 1 argument, got ${pos.length}`);
  if (pos.length) dictUpdateFrom(d, pos[0]);
  for (const [k, v] of kws) {
    PyDict_SetItem(d, PyUnicode_From(k), v);
    Py_DECREF(dictKeyTmp(d, k));
  }
}
function dictKeyTmp(d: PyDict, k: string): PyObject {
  // PyDict_SetItem incremented the key we created; drop our own reference
  const i = dictLookupStr(d, k);
  return d.keys[i]!;
}
/**
 * dict_update_arg: an argument with a keys() method is a mapping (a class's, or mappingproxy's and
 * FrameLocalsProxy's), anything else an iterable of pairs (PyDict_MergeFromSeq2).
 */
function dictUpdateFrom(d: PyDict, x: PyObject): void {
  if (x instanceof PyDict || _PyType_Lookup(x.ob_type, 'keys') !== null) {
    dictUpdate(d, x);
    return;
  }
  const items = iterToArray(x);
  try {
    items.forEach((it, idx) => {
      // PyDict_MergeFromSeq2: PySequence_Fast(item) with its own message
      const pair = iterToArray(it, RT.profile.messages.dictSeqItemNotIterable ? 'object is not iterable' : `cannot convert dictionary update sequence element #${idx} to a sequence`);
      if (pair.length !== 2) {
        for (const p of pair) Py_DECREF(p);
        throw valueError(`dictionary update sequence element #${idx} has length ${pair.length}; 2 is required`);
      }
      insertdict(d, pair[0], pair[1]);
    });
  } finally {
    for (const it of items) Py_DECREF(it);
  }
}
/** set(x) / frozenset(x) of type `t`: a new set with the items of any iterable. */
export function setFromIterable(t: PyType, x: PyObject | undefined): PySet {
  const s = PySet_New(t);
  if (x === undefined) return s;
  try {
    set_update_internal(s, x);
  } catch (e) {
    Py_DECREF(s);
    throw e;
  }
  return s;
}
SetType.tp_new = (t, args) => {
  // set_new allocates only; a subclass with its own __init__ fills the set there
  if (t !== SetType && lookupHeap(t, '__init__')) return setFromIterable(t, undefined);
  if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
  return setFromIterable(t, args[0]);
};
FrozenSetType.tp_new = (t, args) => {
  if (args.length > 1) throw typeError(`frozenset expected at most 1 argument, got ${args.length}`);
  if (args.length && args[0].ob_type === FrozenSetType) return newRef(args[0]);
  return setFromIterable(t, args[0]);
};
/** tp_new_wrapper's safety check: the nearest static base of `sub` must share `base`'s tp_new (int.__new__(bool) is refused). */
function checkNewSafe(base: PyType, sub: PyType): void {
  const sb = staticBase(sub);
  if (sb.tp_new !== base.tp_new) throw typeError(`${base.name}.__new__(${sub.name}) is not safe, use ${sb.name}.__new__()`);
}
// tp_new_wrapper: list.__new__(L) etc. (what copyreg.__newobj__ calls for subclasses of them).
// list, dict and set leave the contents to __init__; frozenset is built by its __new__.
for (const base of [ListType, DictType, SetType, FrozenSetType]) {
  defMethod(base, '__new__', (_s, args) => {
    const sub = args[0];
    if (!(sub instanceof PyType)) throw typeError(`${base.name}.__new__(X): X is not a type object (${sub ? sub.ob_type.name : 'NULL'})`);
    if (!sub.isSubtype(base)) throw typeError(`${base.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${base.name}`);
    checkNewSafe(base, sub);
    return base.tp_new!(sub, base === FrozenSetType ? args.slice(1) : [], null);
  }, 'static');
}
// The immutable types build the value in tp_new, so their __new__ passes the arguments on:
// int.__new__(cls, v) and super().__new__(cls, v) in a subclass's own __new__.
for (const base of [LongType, BoolType, FloatType, ComplexType, StrType, BytesType, TupleType]) {
  defMethod(base, '__new__', (_s, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    if (args.length - nkw < 1) throw typeError(`${base.name}.__new__(): not enough arguments`);
    const sub = args[0];
    if (!(sub instanceof PyType)) throw typeError(`${base.name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
    if (!sub.isSubtype(base)) throw typeError(`${base.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${base.name}`);
    checkNewSafe(base, sub);
    return base.tp_new!(sub, args.slice(1), kwnames);
  }, 'static');
}
ObjectType.tp_new = (t, args) => {
  if (args.length) throw typeError('object() takes no arguments');
  if (t === ObjectType) {
    const o = new PyObject(ObjectType);
    PyObject_Init(o, 16);
    return o;
  }
  return PyInstance_New(t);
};
ObjectType.tp_dealloc = (o) => {
  if (o.weakrefs) clearWeakrefsFn(o);
  PyObject_Free(o);
};
let clearWeakrefsFn: (o: PyObject) => void = () => {};
/** Installs weakref clearing for plain object() instances. */
export function setObjectWeakrefClear(f: (o: PyObject) => void): void {
  clearWeakrefsFn = f;
}
ObjectType.weakrefable = false;
RangeType.tp_new = (_t, args) => {
  checkArgs('range', args, 1, 3);
  // range_from_array: PyNumber_Index keeps an exact int itself (so `range(n).stop is n`) and
  // makes a new int of anything else; start 0 and step 1 are the small ints
  const index = (a: PyObject): PyLong => {
    if (a.ob_type === LongType) {
      a.ob_refcnt++;
      return a as PyLong;
    }
    return PyLong_From(PyNumber_Index(a));
  };
  const n: PyLong[] = [];
  try {
    for (const a of args) n.push(index(a));
  } catch (e) {
    for (const o of n) Py_DECREF(o);
    throw e;
  }
  if (n.length === 1) return PyRange_FromObjects(PyLong_From(0), n[0], PyLong_From(1));
  const step = n.length === 3 ? n[2] : PyLong_From(1);
  if (step.v == 0) {
    for (const o of n) Py_DECREF(o);
    throw valueError('range() arg 3 must not be zero');
  }
  return PyRange_FromObjects(n[0], n[1], step);
};
setRangeNew((a, b, c) => PyRange_New(a, b, c));
setDictUpdateArg(dictUpdateFrom);
// range_members: T_OBJECT_EX members, the objects the range holds
defGetSet(RangeType, 'start', (o) => newRef((o as PyRange).startObj));
defGetSet(RangeType, 'stop', (o) => newRef((o as PyRange).stopObj));
defGetSet(RangeType, 'step', (o) => newRef((o as PyRange).stepObj));
defMethod(RangeType, '__len__', (self) => PyLong_From(range_length(self as PyRange)));
/** range.count / range.index of an exact int or bool: arithmetic, not a search. */
const rangeFastItem = (x: PyObject): x is PyLong => x.ob_type === LongType || x.ob_type === BoolType;
defMethod(RangeType, 'count', (self, args) => {
  checkArgs('count', args, 1, 1);
  const r = self as PyRange, x = args[0];
  if (rangeFastItem(x)) return PyLong_From(range_contains_long(r, x.v) ? 1 : 0);
  let c = 0;
  forEachItem(r, (y) => { if (y === x || PyObject_RichCompareBool(y, x, 'Eq')) c++; });
  return PyLong_From(c);
});
defMethod(RangeType, 'index', (self, args) => {
  checkArgs('index', args, 1, 1);
  const r = self as PyRange, x = args[0];
  if (rangeFastItem(x)) {
    if (!range_contains_long(r, x.v)) throw valueError(RT.profile.messages.listIndexGeneric ? 'range.index(x): x not in range' : `${PyObject_Repr(x)} is not in range`);
    return PyLong_From(normInt((BigInt(x.v) - BigInt(r.start)) / BigInt(r.step)));
  }
  let i = 0, found = -1;
  forEachItem(r, (y) => {
    if (y === x || PyObject_RichCompareBool(y, x, 'Eq')) { found = i; return false; }
    i++;
  });
  if (found < 0) throw valueError('sequence.index(x): x not in sequence');
  return PyLong_From(found);
});

// ================================================================== list methods

function listIndexNorm(l: PyList, i: number): number {
  const n = l.items.length;
  if (i < 0) i += n;
  return i;
}
/** list.append(x) after its argument check. */
function list_append(self: PyObject, x: PyObject): PyObject {
  PyList_Append(self as PyList, x);
  return None;
}
defMethod(ListType, 'append', (self, args) => {
  checkArgs('list.append', args, 1, 1);
  return list_append(self as PyList, args[0]);
});
defMethodFast(ListType, 'append', list_append);
defMethod(ListType, 'extend', (self, args) => {
  checkArgs('list.extend', args, 1, 1);
  listExtend(self as PyList, args[0]);
  return None;
});
defMethod(ListType, 'pop', (self, args) => {
  const l = self as PyList;
  if (args.length > 1) throw typeError(`pop expected at most 1 argument, got ${args.length}`);
  // Argument Clinic converts the index before list_pop_impl looks at the list
  let i = args.length ? asIndex(args[0]) : -1;
  if (!l.items.length) throw indexError('pop from empty list');
  i = listIndexNorm(l, i);
  if (i < 0 || i >= l.items.length) throw indexError('pop index out of range');
  const v = l.items[i];
  if (l.items.length === 1 && RT.profile.versionInfo[1] >= 12) {
    // 3.12+ list_pop_impl: when no item is left, the list is cleared (_list_clear frees the item
    // array: allocated 0), the popped item kept by its own reference
    v.ob_refcnt++;
    list_clear(l);
    return v;
  }
  if (i === l.items.length - 1) {
    l.items.pop();
  } else l.items.splice(i, 1);
  list_resize(l, l.items.length + 0 === l.items.length ? l.items.length : l.items.length);
  shrink(l);
  return v;
});
function shrink(l: PyList): void {
  const n = l.items.length;
  const allocated = l.allocated;
  if (allocated >= n && n >= allocated >> 1) return;
  let na = (n + (n >> 3) + 6) & ~3;
  if (n === 0) na = 0;
  list_set_allocated(l, na);
}
defMethod(ListType, 'insert', (self, args) => {
  checkArgs('insert', args, 2, 2);
  const l = self as PyList;
  let i = asIndex(args[0]);
  const n = l.items.length;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  list_resize(l, n + 1);
  args[1].ob_refcnt++;
  l.items.splice(i, 0, args[1]);
  return None;
});
defMethod(ListType, 'remove', (self, args) => {
  checkArgs('list.remove', args, 1, 1);
  const l = self as PyList;
  for (let i = 0; i < l.items.length; i++) {
    const x = l.items[i];
    if (x === args[0] || PyObject_RichCompareBool(x, args[0], 'Eq')) {
      // list_ass_slice(self, i, i+1, NULL); leaving the list empty, it is _list_clear
      if (l.items.length === 1) {
        list_clear(l);
        return None;
      }
      l.items.splice(i, 1);
      shrink(l);
      Py_DECREF(x);
      return None;
    }
  }
  throw valueError('list.remove(x): x not in list');
});
defMethod(ListType, 'index', (self, args) => {
  checkArgs('index', args, 1, 3);
  const l = self as PyList;
  const n = l.items.length;
  let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, l.items.length); i++) {
    const x = l.items[i];
    if (x === args[0] || PyObject_RichCompareBool(x, args[0], 'Eq')) return PyLong_From(i);
  }
  throw valueError(RT.profile.messages.listIndexGeneric ? 'list.index(x): x not in list' : `${PyObject_Repr(args[0])} is not in list`);
});
defMethod(ListType, 'count', (self, args) => {
  checkArgs('count', args, 1, 1);
  let c = 0;
  for (const x of (self as PyList).items.slice()) if (x === args[0] || PyObject_RichCompareBool(x, args[0], 'Eq')) c++;
  return PyLong_From(c);
});
defMethod(ListType, 'clear', (self) => {
  // list_clear_impl: _list_clear
  list_clear(self as PyList);
  return None;
});
defMethod(ListType, 'copy', (self) => {
  const items = (self as PyList).items.slice();
  for (const x of items) x.ob_refcnt++;
  return PyList_New(items);
});
defMethod(ListType, 'reverse', (self) => {
  (self as PyList).items.reverse();
  return None;
});
/** list.sort (stable, key=, reverse=). */
export function listSort(l: PyList, key: PyObject | null, reverse: boolean): void {
  let modifiedDuringSort = false;
  const items = l.items;
  l.items = [];
  let keys: PyObject[] | null = null;
  try {
    if (key && key !== None) keys = items.map((x) => callObject(key, [x], null));
    // listsort: reversed first (and again after) so that equal elements keep their order
    const ks = keys ?? items;
    if (reverse) {
      ks.reverse();
      if (keys) items.reverse();
    }
    try {
      listsort(ks, keys ? items : null, (a, b) => PyObject_RichCompareBool(a, b, 'Lt'), RT.profile.versionInfo[1] >= 13);
    } finally {
      if (reverse) {
        ks.reverse();
        if (keys) items.reverse();
      }
    }
  } finally {
    if (keys) for (const k of keys) Py_DECREF(k);
    const added = l.items;
    l.items = items;
    for (const x of added) Py_DECREF(x);
    if (added.length) modifiedDuringSort = true;
  }
  if (modifiedDuringSort) throw valueError('list modified during sort');
}
/** list.sort's keyword-only parameters (Argument Clinic). */
const SORT_KWLIST = ['key', 'reverse'];
defMethod(ListType, 'sort', (self, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length) throw typeError('sort() takes no positional arguments');
  checkKeywordOnly('sort', SORT_KWLIST, kws);
  // reverse is Argument Clinic's `bool(accept={int})` until 3.11 (an int: None and str refused), `bool` from 3.12
  const rev = kws.get('reverse');
  const reverse = rev === undefined ? false : (RT.profile.versionInfo[1] as number) < 12 ? asIndex(rev) !== 0 : PyObject_IsTrue(rev);
  listSort(self as PyList, kws.get('key') ?? null, reverse);
  return None;
});

// ================================================================== tuple methods
defMethod(TupleType, 'index', (self, args) => {
  checkArgs('index', args, 1, 3);
  const items = (self as PyTuple).items;
  const n = items.length;
  let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, n); i++) if (items[i] === args[0] || PyObject_RichCompareBool(items[i], args[0], 'Eq')) return PyLong_From(i);
  throw valueError('tuple.index(x): x not in tuple');
});
defMethod(TupleType, 'count', (self, args) => {
  checkArgs('count', args, 1, 1);
  let c = 0;
  for (const x of (self as PyTuple).items) if (x === args[0] || PyObject_RichCompareBool(x, args[0], 'Eq')) c++;
  return PyLong_From(c);
});

// ================================================================== dict methods

function keyError(k: PyObject): PyRaise {
  k.ob_refcnt++;
  return new PyRaise(newException(KeyErrorType, [k]));
}
defMethod(DictType, 'get', (self, args) => {
  checkArgs('get', args, 1, 2);
  return dict_get_impl(self as PyDict, args[0], args.length > 1 ? args[1] : None);
});
/** dict_get_impl: the value of `key`, else `dflt` (new reference). */
function dict_get_impl(d: PyDict, key: PyObject, dflt: PyObject): PyObject {
  const i = dictLookup(d, key);
  return newRef(i >= 0 ? d.vals[i]! : dflt);
}
defMethodFast(DictType, 'get', (self, k) => dict_get_impl(self as PyDict, k, None), (self, k, dflt) => dict_get_impl(self as PyDict, k, dflt));
defMethod(DictType, 'setdefault', (self, args) => {
  checkArgs('setdefault', args, 1, 2);
  const d = self as PyDict;
  const i = dictLookup(d, args[0]);
  if (i >= 0) return newRef(d.vals[i]!);
  const v = args.length > 1 ? args[1] : None;
  PyDict_SetItem(d, args[0], v);
  return newRef(v);
});
defMethod(DictType, 'pop', (self, args) => {
  checkArgs('pop', args, 1, 2);
  const d = self as PyDict;
  const i = dictLookup(d, args[0]);
  if (i < 0) {
    if (args.length > 1) return newRef(args[1]);
    throw keyError(args[0]);
  }
  const [k, v] = dictRemoveEntry(d, i);
  Py_DECREF(k);
  return v;
});
defMethod(DictType, 'popitem', (self) => {
  const d = self as PyDict;
  for (let i = d.keys.length - 1; i >= 0; i--) {
    if (d.keys[i] !== null) {
      const [k, v] = dictRemoveEntry(d, i);
      // trailing deleted entries are dropped (dk_nentries shrinks), but dk_usable stays: "We can't
      // dk_usable++ since there is DKIX_DUMMY in indices"
      while (d.keys.length && d.keys[d.keys.length - 1] === null) { d.keys.pop(); d.hashes.pop(); d.prims.pop(); }
      // an instance dict's values may have spare room beyond its entries
      if (d.vals.length > d.keys.length) d.vals.length = d.keys.length;
      return PyTuple_New([k, v]);
    }
  }
  throw pyErr(KeyErrorType, 'popitem(): dictionary is empty');
});
defMethod(DictType, 'keys', (self) => makeView(DictKeysType, self as PyDict));
defMethod(DictType, 'values', (self) => makeView(DictValuesType, self as PyDict));
defMethod(DictType, 'items', (self) => makeView(DictItemsType, self as PyDict));
defMethod(DictType, 'clear', (self) => {
  PyDict_Clear(self as PyDict);
  return None;
});
defMethod(DictType, 'copy', (self) => {
  const src = self as PyDict;
  if (src.split === null) return PyDict_Copy(src, !(src.ob_type.heap && lookupHeap(src.ob_type, '__iter__')));
  // a split (instance) dict: its entries in a combined dict with the source's table size
  const d = PyDict_New();
  for (const [k, v] of dictItems(src)) PyDict_SetItem(d, k, v);
  if (src.log2 > d.log2 && src.used) dictresize(d, src.log2);
  return d;
});
// dict_update is METH_VARARGS | METH_KEYWORDS: its arguments arrive packed in a tuple and a dict
// (method_vectorcall_VARARGS_KEYWORDS), whose keys are the call's keyword names
defMethod(DictType, 'update', (self, args, kw) => makeTpCall(args, kw, ({ args: pos, kwargs }) => {
  if (pos.items.length > 1) throw typeError(`update expected at most 1 argument, got ${pos.items.length}`);
  if (pos.items.length) dictUpdateFrom(self as PyDict, pos.items[0]);
  if (kwargs) for (const [k, v] of dictItems(kwargs)) PyDict_SetItem(self as PyDict, k, v);
  return None;
}));
defMethod(DictType, 'fromkeys', (cls, args) => {
  checkArgs('fromkeys', args, 1, 2);
  const d = callObject(cls as PyType, [], null) as PyDict;
  const v = args.length > 1 ? args[1] : None;
  const src = args[0];
  // _PyDict_FromKeys: an exact dict made from an exact dict or set is resized once up front
  if (d.ob_type === DictType && src.ob_type === DictType) dict_fromkeys_presize(d, (src as PyDict).used, dictKeysLog2(d), (src as PyDict).unicode);
  else if (d.ob_type === DictType && (src.ob_type === SetType || src.ob_type === FrozenSetType)) dict_fromkeys_presize(d, setKeys(src as PySet).length, dictKeysLog2(d), false);
  for (const k of iterToArray(src)) {
    v.ob_refcnt++;
    insertdict(d, k, v);
  }
  return d;
}, 'classmethod');

// ================================================================== set methods

function asSet(o: PyObject): PySet {
  if (o instanceof PySet) {
    o.ob_refcnt++;
    return o;
  }
  return setFromIterable(SetType, o);
}
/** set.add(x) after its argument check. */
function set_add(self: PyObject, x: PyObject): PyObject {
  PySet_Add(self as PySet, x);
  return None;
}
defMethod(SetType, 'add', (self, args) => {
  checkArgs('set.add', args, 1, 1);
  return set_add(self as PySet, args[0]);
});
defMethodFast(SetType, 'add', set_add);
defMethod(SetType, 'remove', (self, args) => {
  checkArgs('set.remove', args, 1, 1);
  if (!set_discard_key(self as PySet, args[0])) throw keyError(args[0]);
  return None;
});
defMethod(SetType, 'discard', (self, args) => {
  checkArgs('set.discard', args, 1, 1);
  set_discard_key(self as PySet, args[0]);
  return None;
});
defMethod(SetType, 'pop', (self) => {
  const k = set_pop(self as PySet);
  if (!k) throw pyErr(KeyErrorType, 'pop from an empty set');
  return k;
});
defMethod(SetType, 'clear', (self) => {
  PySet_Clear(self as PySet);
  return None;
});
defMethod(SetType, 'update', (self, args) => {
  for (const a of args) set_update_internal(self as PySet, a);
  return None;
});
for (const T of [SetType, FrozenSetType]) {
  defMethod(T, 'copy', (self) => {
    if (self!.ob_type === FrozenSetType) return newRef(self!);
    const s = PySet_New(self!.ob_type);
    set_merge(s, self as PySet);
    return s;
  });
  // set_union: a copy, updated with each argument
  defMethod(T, 'union', (self, args) => {
    const r = set_copy(self as PySet);
    try {
      for (const a of args) set_update_internal(r, a);
    } catch (e) {
      Py_DECREF(r);
      throw e;
    }
    return r;
  });
  defMethod(T, 'intersection', (self, args) => set_intersection_multi(self as PySet, args));
  defMethod(T, 'difference', (self, args) => {
    const so = self as PySet;
    if (!args.length) return set_copy(so);
    // set_difference with a set; set_copy_and_difference with anything else
    const first = args[0];
    let r: PySet;
    if (first instanceof PySet) r = set_difference(so, first);
    else {
      r = set_copy(so);
      try {
        set_difference_update_internal(r, iterToArray(first));
      } catch (e) {
        Py_DECREF(r);
        throw e;
      }
    }
    try {
      for (const a of args.slice(1)) set_difference_update_internal(r, a instanceof PySet ? a : iterToArray(a));
    } catch (e) {
      Py_DECREF(r);
      throw e;
    }
    return r;
  });
  defMethod(T, 'symmetric_difference', (self, args) => {
    checkArgs(`${T.name}.symmetric_difference`, args, 1, 1);
    const o = args[0];
    if (o instanceof PySet) return set_symmetric_difference(self as PySet, o);
    // make_new_set_basetype(type(so), other), updated with so
    const r = PySet_New(T === FrozenSetType || self!.ob_type.isSubtype(FrozenSetType) ? FrozenSetType : SetType);
    try {
      set_update_internal(r, o);
      set_symmetric_difference_update(r, self as PySet);
    } catch (e) {
      Py_DECREF(r);
      throw e;
    }
    return r;
  });
  defMethod(T, 'issubset', (self, args) => { const s = asSet(args[0]); const r = setKeys(self as PySet).every((k) => set_lookkey(s, k) >= 0); Py_DECREF(s); return PyBool(r); });
  defMethod(T, 'issuperset', (self, args) => { const s = asSet(args[0]); const r = setKeys(s).every((k) => set_lookkey(self as PySet, k) >= 0); Py_DECREF(s); return PyBool(r); });
  defMethod(T, 'isdisjoint', (self, args) => { const s = asSet(args[0]); const r = setKeys(self as PySet).every((k) => set_lookkey(s, k) < 0); Py_DECREF(s); return PyBool(r); });
}
// set_intersection_update: the intersection's table replaces the set's own
defMethod(SetType, 'intersection_update', (self, args) => {
  const tmp = set_intersection_multi(self as PySet, args);
  set_swap_bodies(self as PySet, tmp);
  Py_DECREF(tmp);
  return None;
});
defMethod(SetType, 'difference_update', (self, args) => {
  for (const a of args) set_difference_update_internal(self as PySet, a instanceof PySet ? a : iterToArray(a));
  return None;
});
defMethod(SetType, 'symmetric_difference_update', (self, args) => {
  checkArgs('set.symmetric_difference_update', args, 1, 1);
  const o = args[0];
  if (o instanceof PySet) {
    set_symmetric_difference_update(self as PySet, o);
    return None;
  }
  // any other iterable becomes a set of its own first (make_new_set_basetype)
  const other = PySet_New(SetType);
  try {
    set_update_internal(other, o);
    set_symmetric_difference_update(self as PySet, other);
  } finally {
    Py_DECREF(other);
  }
  return None;
});

/** set_update_internal: adds another set's keys (set_merge) or an iterable's items, in order (also SET_UPDATE's _PySet_Update). */
export function set_update_internal(so: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    set_merge(so, other);
    return;
  }
  const items = iterToArray(other);
  // a dict's keys come with one resize up front (set_update_dict)
  if (other.ob_type === DictType) set_presize_for(so, items.length);
  try {
    for (const k of items) PySet_Add(so, k);
  } finally {
    for (const k of items) Py_DECREF(k);
  }
}

/** set_intersection_multi: `so` intersected with each argument in turn (a copy when there is none). */
function set_intersection_multi(so: PySet, args: PyObject[]): PySet {
  if (!args.length) return set_copy(so);
  let acc = so;
  acc.ob_refcnt++;
  for (const a of args) {
    let r: PySet;
    try {
      r = a instanceof PySet ? set_intersection(acc, a) : set_intersection_items(acc, iterToArray(a));
    } finally {
      Py_DECREF(acc);
    }
    acc = r;
  }
  return acc;
}

// ================================================================== str methods

function S(o: PyObject | null): string {
  return (o as PyStr).v;
}
/** An optional str argument (None or absent: null); `error` is the TypeError's text for anything else. */
function optStr(o: PyObject | undefined, error: (o: PyObject) => string): string | null {
  if (o === undefined || o === None) return null;
  if (!(o instanceof PyStr)) throw typeError(error(o));
  return o.v;
}
const strM = (name: string, f: (s: string, args: Args, kw: ReadonlyMap<string, PyObject>) => PyObject) =>
  defMethod(StrType, name, (self, args, kw) => {
    const [pos, kws] = splitKw(args, kw);
    return f(S(self), pos, kws);
  });
const U = PyUnicode_From;
const fc = fmtCall;
strM('upper', (s) => PyUnicode_New(fc(() => F.str_upper(s))));
strM('lower', (s) => PyUnicode_New(fc(() => F.str_lower(s))));
strM('casefold', (s) => PyUnicode_New(fc(() => F.str_casefold(s))));
strM('title', (s) => PyUnicode_New(fc(() => F.str_title(s))));
strM('capitalize', (s) => PyUnicode_New(fc(() => F.str_capitalize(s))));
strM('swapcase', (s) => PyUnicode_New(fc(() => F.str_swapcase(s))));
/** Objects/stringlib/split.h MAX_PREALLOC: the most slots a split list starts with. */
const MAX_PREALLOC = 12;
/**
 * The list str.split / str.rsplit return, sized as stringlib's split does it: PyList_New of
 * PREALLOC_SIZE(maxcount) slots (maxcount bounded by the string's length on 3.12+), the first
 * MAX_PREALLOC parts stored in place and the rest appended; the list is never shrunk.
 */
function splitList(self: PyObject, parts: string[], s: string, sep: string | null | undefined, maxsplit: number): PyList {
  const exact = self.ob_type === StrType;
  // unicodeobject.c split/rsplit: a separator longer than the string gives [self] in a one-slot list
  if (sep !== null && sep !== undefined && F.str_len(s) < F.str_len(sep) && exact) {
    self.ob_refcnt++;
    return PyList_New([self]);
  }
  // stringlib: nothing split off (with a separator, or no whitespace at all while maxsplit allows
  // a split) stores the string itself
  const whole = exact && parts.length === 1 && parts[0] === s && (sep !== null && sep !== undefined ? true : maxsplit !== 0);
  let maxcount = maxsplit;
  if (maxcount < 0) {
    if (!RT.profile.splitPreallocFromLength) maxcount = Infinity;
    else {
      const len = F.str_len(s);
      maxcount = sep === null || sep === undefined ? Math.trunc((len - 1) / 2) + 1 : Math.trunc(len / F.str_len(sep)) + 1;
    }
  }
  if (whole) self.ob_refcnt++;
  const l = PyList_New(whole ? [self] : parts.slice(0, MAX_PREALLOC).map((p) => U(p)));
  list_set_allocated(l, maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1);
  for (let i = MAX_PREALLOC; i < parts.length; i++) {
    const item = U(parts[i]);
    PyList_Append(l, item);
    Py_DECREF(item);
  }
  return l;
}
/** A str method that needs the str object itself (`self`) beside its text. */
const strSelfM = (name: string, f: (self: PyObject, s: string, args: Args, kw: ReadonlyMap<string, PyObject>) => PyObject) =>
  defMethod(StrType, name, (self, args, kw) => {
    const [pos, kws] = splitKw(args, kw);
    return f(self as PyObject, S(self), pos, kws);
  });
strSelfM('split', (self, s, a, k) => {
  const sep = optStr(a[0] ?? k.get('sep'), (o) => `must be str or None, not ${o.ob_type.name}`);
  const max = a[1] ?? k.get('maxsplit');
  const maxsplit = max ? asIndex(max) : -1;
  return splitList(self, fc(() => F.str_split(s, sep, maxsplit)), s, sep, maxsplit);
});
strSelfM('rsplit', (self, s, a, k) => {
  const sep = optStr(a[0] ?? k.get('sep'), (o) => `must be str or None, not ${o.ob_type.name}`);
  const max = a[1] ?? k.get('maxsplit');
  const maxsplit = max ? asIndex(max) : -1;
  return splitList(self, fc(() => F.str_rsplit(s, sep, maxsplit)), s, sep, maxsplit);
});
// stringlib splitlines: PyList_New(0) and an append per line; a string without a line break is list[0] itself
strSelfM('splitlines', (self, s, a, k) => {
  const ke = a[0] ?? k.get('keepends');
  // keepends is `bool(accept={int})` until 3.11 (an int, a float refused), a plain bool from 3.12
  const keep = !ke ? false : (RT.profile.versionInfo[1] as number) < 12 ? asIndex(ke) !== 0 : PyObject_IsTrue(ke);
  const lines = fc(() => F.str_splitlines(s, keep));
  const l = PyList_New([]);
  for (const line of lines) {
    const item = line === s && self.ob_type === StrType ? newRef(self) : U(line);
    PyList_Append(l, item);
    Py_DECREF(item);
  }
  return l;
});
strM('join', (s, a) => {
  checkArgs('str.join', a, 1, 1);
  // PyUnicode_Join goes through PySequence_Fast
  const items = iterToArray(a[0], 'can only join an iterable');
  try {
    const parts = items.map((x, i) => {
      if (!(x instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${x.ob_type.tp_name} found`);
      return x.v;
    });
    if (items.length === 1 && items[0].ob_type === StrType) return newRef(items[0]);
    return PyUnicode_New(parts.join(s));
  } finally {
    for (const x of items) Py_DECREF(x);
  }
});
defMethod(StrType, 'replace', (self, a) => {
  checkArgs('replace', a, 2, 3);
  const s = S(self);
  const r = fc(() => F.str_replace(s, str(a[0], 'replace() argument 1'), str(a[1], 'replace() argument 2'), a[2] ? asIndex(a[2]) : -1));
  // unicode_result_unchanged: nothing replaced gives the string itself; else a new buffer
  if (r === s && self!.ob_type === StrType) return newRef(self!);
  return PyUnicode_New(r);
});
/** The sub-string argument of count/find/index/startswith…, with each version's message for anything else. */
function findArg(name: string, o: PyObject): string {
  if (o instanceof PyStr) return o.v;
  if (name === 'startswith' || name === 'endswith') throw typeError(`${name} first arg must be str or a tuple of str, not ${o.ob_type.tp_name}`);
  if (RT.profile.messages.clinicStrMethods) throw typeError(`${name}() argument 1 must be str, not ${argTypeName(o)}`);
  return strArg(o);
}
const findLike = (name: string, f: (s: string, sub: string, st?: number | null, en?: number | null) => number | boolean) =>
  strM(name, (s, a) => {
    checkArgs(name, a, 1, 3);
    const start = sliceIndexArg(a[1]), end = sliceIndexArg(a[2]);
    const subs = a[0] instanceof PyTuple && (name === 'startswith' || name === 'endswith') ? a[0].items.map((x) => {
      if (!(x instanceof PyStr)) throw typeError(`tuple for ${name} must only contain str, not ${x.ob_type.tp_name}`);
      return x.v;
    }) : [findArg(name, a[0])];
    for (const sub of subs) {
      const r = fc(() => f(s, sub, start, end));
      if (typeof r === 'boolean') {
        if (r) return True;
        continue;
      }
      return PyLong_From(r);
    }
    return False;
  });
findLike('find', F.str_find);
findLike('rfind', F.str_rfind);
findLike('index', F.str_index);
findLike('rindex', F.str_rindex);
findLike('count', F.str_count);
findLike('startswith', F.str_startswith);
findLike('endswith', F.str_endswith);
/** unicode_result_unchanged: an exact str whose result is its own text returns itself; anything else a new str. */
function unchanged(self: PyObject, s: string, r: string): PyObject {
  return r === s && self.ob_type === StrType ? newRef(self) : U(r);
}
/** pad (center, ljust, rjust, zfill): the str itself when no padding is needed, else a new str from PyUnicode_New (never a one-character singleton). */
function pad(self: PyObject, s: string, r: string): PyObject {
  return r === s && self.ob_type === StrType ? newRef(self) : PyUnicode_New(r);
}
strSelfM('strip', (self, s, a) => unchanged(self, s, fc(() => F.str_strip(s, optStr(a[0], () => 'strip arg must be None or str')))));
strSelfM('lstrip', (self, s, a) => unchanged(self, s, fc(() => F.str_lstrip(s, optStr(a[0], () => 'lstrip arg must be None or str')))));
strSelfM('rstrip', (self, s, a) => unchanged(self, s, fc(() => F.str_rstrip(s, optStr(a[0], () => 'rstrip arg must be None or str')))));
/** convert_uc (Argument Clinic's `Py_UCS4(c_default=' ')`): the fill character of center/ljust/rjust. */
function fillChar(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr)) throw typeError(`The fill character must be a unicode character, not ${o.ob_type.tp_name}`);
  return o.v;
}
strSelfM('center', (self, s, a) => pad(self, s, fc(() => F.str_center(s, asIndex(a[0]), fillChar(a[1])))));
strSelfM('ljust', (self, s, a) => pad(self, s, fc(() => F.str_ljust(s, asIndex(a[0]), fillChar(a[1])))));
strSelfM('rjust', (self, s, a) => pad(self, s, fc(() => F.str_rjust(s, asIndex(a[0]), fillChar(a[1])))));
strSelfM('zfill', (self, s, a) => pad(self, s, fc(() => F.str_zfill(s, asIndex(a[0])))));
strSelfM('expandtabs', (self, s, a, k) => {
  const t = a[0] ?? k.get('tabsize');
  return unchanged(self, s, fc(() => F.str_expandtabs(s, t ? asIndex(t) : 8)));
});
// stringlib partition: a separator not found gives (str_obj, '', '') / ('', '', str_obj), the object itself, a subclass too
strSelfM('partition', (self, s, a) => {
  const parts = fc(() => F.str_partition(s, strArg(a[0])));
  return PyTuple_New(parts.map((p, i) => (i === 0 && p === s ? newRef(self) : U(p))));
});
strSelfM('rpartition', (self, s, a) => {
  const parts = fc(() => F.str_rpartition(s, strArg(a[0])));
  return PyTuple_New(parts.map((p, i) => (i === 2 && p === s ? newRef(self) : U(p))));
});
strSelfM('removeprefix', (self, s, a) => unchanged(self, s, s.startsWith(clinicStr(a[0], 'removeprefix() argument')) ? s.slice(S(a[0]).length) : s));
strSelfM('removesuffix', (self, s, a) => {
  const suffix = clinicStr(a[0], 'removesuffix() argument');
  return unchanged(self, s, suffix && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s);
});
strSelfM('format', (self, s, a, k) => strFormatObject(s, a, k, self));
strSelfM('format_map', (self, s, a) => strFormatObject(s, [], a[0], self));
defMethod(StrType, 'encode', (self, args, kw) => {
  const [a, k] = splitKw(args, kw);
  const encoding = a[0] ?? k.get('encoding'), errors = a[1] ?? k.get('errors');
  return PyBytes_From(PyUnicode_AsEncodedString(self as PyStr, encoding ? str(encoding, "encode() argument 'encoding'") : 'utf-8', errors ? str(errors, "encode() argument 'errors'") : 'strict'));
});
for (const name of Object.keys(F).filter((n) => n.startsWith('str_is'))) {
  const fn = (F as unknown as Record<string, (s: string) => boolean>)[name];
  strM(name.slice(4), (s) => PyBool(fn(s)));
}
// unicode_maketrans_impl: a dict from code points to code points, strings or None (a static
// method: Argument Clinic's positional-only check, "str.maketrans() takes no keyword arguments")
defMethod(StrType, 'maketrans', withSignature('str.maketrans', 'maketrans', ['clinic', 1, 3], false, (_s, args) => {
  checkArgs('maketrans', args, 1, 3);
  const [x, y, z] = args;
  const d = PyDict_New();
  const put = (k: PyObject, v: PyObject) => {
    PyDict_SetItem(d, k, v);
    Py_DECREF(k);
    Py_DECREF(v);
  };
  try {
    if (y === undefined) {
      if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of dictItems(x)) {
        if (k instanceof PyStr) {
          const cp = Array.from(k.v);
          if (cp.length !== 1) throw valueError('string keys in translate table must be of length 1');
          put(PyLong_From(cp[0].codePointAt(0)!), newRef(v));
        } else if (k instanceof PyLong) put(newRef(k), newRef(v));
        else throw typeError('keys in translate table must be strings or integers');
      }
      return d;
    }
    // Argument Clinic checks y and z (`unicode`) before the body looks at x
    if (!(y instanceof PyStr)) throw typeError(`maketrans() argument 2 must be str, not ${argTypeName(y)}`);
    if (z !== undefined && !(z instanceof PyStr)) throw typeError(`maketrans() argument 3 must be str, not ${argTypeName(z)}`);
    if (!(x instanceof PyStr)) throw typeError('first maketrans argument must be a string if there is a second argument');
    const from = Array.from(x.v), to = Array.from(y.v);
    if (from.length !== to.length) throw valueError('the first two maketrans arguments must have equal length');
    for (let i = 0; i < from.length; i++) put(PyLong_From(from[i].codePointAt(0)!), PyLong_From(to[i].codePointAt(0)!));
    if (z) for (const c of Array.from(z.v)) put(PyLong_From(c.codePointAt(0)!), newRef(None));
    return d;
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
}), 'static');
// unicode_translate (_PyUnicode_TranslateCharmap): each character through table[ord(c)]; a
// LookupError keeps it, None deletes it, an int or str replaces it
defMethod(StrType, 'translate', (self, args) => {
  checkArgs('translate', args, 1, 1);
  const table = args[0];
  let out = '';
  for (const c of Array.from((self as PyStr).v)) {
    const key = PyLong_From(c.codePointAt(0)!);
    let v: PyObject;
    try {
      v = PyObject_GetItem(table, key);
    } catch (e) {
      if (e instanceof PyRaise && e.exc.ob_type.isSubtype(LookupErrorType)) {
        Py_DECREF(e.exc);
        out += c;
        continue;
      }
      throw e;
    } finally {
      Py_DECREF(key);
    }
    try {
      if (v === None) continue;
      if (v instanceof PyLong) {
        const n = Number(v.v);
        if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else if (v instanceof PyStr) out += v.v;
      else throw typeError('character mapping must return integer, None or str');
    } finally {
      Py_DECREF(v);
    }
  }
  return PyUnicode_From(out);
});

// ================================================================== bytes methods
defMethod(BytesType, 'decode', (self, args, kw) => {
  const [a, k] = splitKw(args, kw);
  checkArgs('decode', a, 0, 2);
  const encoding = a[0] ?? k.get('encoding'), errors = a[1] ?? k.get('errors');
  return PyUnicode_From(PyUnicode_Decode(self as PyBytes, encoding ? str(encoding, "decode() argument 'encoding'") : 'utf-8', errors ? str(errors, "decode() argument 'errors'") : 'strict'));
});

// ================================================================== int / float methods
for (const T of [LongType, FloatType]) {
  // long_long as nb_index: int only (float has no __index__)
  // slot wrappers (wrap_unaryfunc, wrap_inquirypred): check_num_args(args, 0) first
  if (T === LongType) defMethod(T, '__index__', (self, a) => (check_num_args(a, 0), self!.ob_type === LongType ? newRef(self!) : PyLong_From((self as PyLong).v)));
  defMethod(T, '__int__', (self, a) => (check_num_args(a, 0), LongType.tp_new!(LongType, [self!], null)));
  defMethod(T, '__float__', (self, a) => (check_num_args(a, 0), FloatType.tp_new!(FloatType, [self!], null)));
  defMethod(T, '__bool__', (self, a) => (check_num_args(a, 0), PyBool(PyObject_IsTrue(self!))));
  defMethod(T, '__repr__', (self) => PyUnicode_From(PyObject_Repr(self!)));
  defMethod(T, '__hash__', (self) => PyLong_From(PyObject_Hash(self!)));
  for (const [name, op] of [['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['truediv', 'Div'], ['floordiv', 'FloorDiv'], ['mod', 'Mod'], ['pow', 'Pow']] as const) {
    defMethod(T, `__${name}__`, (self, args) => {
      const o = args[0];
      if (!(o instanceof PyLong) && !(o instanceof PyFloat)) return newRef(NotImplemented);
      if (T === LongType && o instanceof PyFloat) return newRef(NotImplemented);
      return binaryOpHook(self!, o, op);
    });
  }
  for (const [name, op] of [['eq', 'Eq'], ['ne', 'NotEq'], ['lt', 'Lt'], ['le', 'LtE'], ['gt', 'Gt'], ['ge', 'GtE']] as const) {
    defMethod(T, `__${name}__`, (self, args) => {
      const o = args[0];
      if (!(o instanceof PyLong) && !(o instanceof PyFloat)) return newRef(NotImplemented);
      return PyObject_RichCompare(self!, o, op);
    });
  }
}
import { binaryOp as binaryOpHook, PyObject_HashNotImplemented, setDictViewCheck } from '../abstract';
defMethod(LongType, 'bit_length', (self) => {
  const v = (self as PyLong).v;
  const a = typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v);
  return PyLong_From(a == 0 ? 0 : a.toString(2).length);
});
/**
 * The arguments of int.to_bytes(length=1, byteorder='big', *, signed=False) and
 * int.from_bytes(bytes, byteorder='big', *, signed=False) as Argument Clinic parses them.
 */
function byteConvArgs(func: string, first: string, args: Args, kw: string[] | null): { x: PyObject | undefined; big: boolean; signed: boolean } {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length > 2) throw typeError(`${func}() takes at most 2 positional arguments (${pos.length} given)`);
  for (const k of kws.keys()) if (k !== first && k !== 'byteorder' && k !== 'signed') throw typeError(badKeyword(func, k, [first, 'byteorder', 'signed']));
  const x = pos[0] ?? kws.get(first);
  const order = pos[1] ?? kws.get('byteorder');
  if (order !== undefined && !(order instanceof PyStr)) throw typeError(`${func}() argument 'byteorder' must be str, not ${argTypeName(order)}`);
  if (order && order.v !== 'big' && order.v !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
  const signedO = kws.get('signed');
  return { x, big: order ? order.v === 'big' : true, signed: signedO ? PyObject_IsTrue(signedO) : false };
}
defMethod(LongType, 'to_bytes', (self, args, kw) => {
  const { x: len, big, signed } = byteConvArgs('to_bytes', 'length', args, kw);
  const n = len ? asIndex(len) : 1;
  if (n < 0) throw valueError('length argument must be non-negative');
  const orig = BigInt((self as PyLong).v);
  if (orig < 0n && !signed) throw pyErr(OverflowErrorType, "can't convert negative int to unsigned");
  // _PyLong_AsByteArray: the value must fit n bytes, two's complement when signed
  const bits = BigInt(8 * n);
  // zero bytes hold 0, and -1 too until 3.13 (3.14's _PyLong_AsByteArray refuses it)
  const fits = signed ? (n === 0 ? orig === 0n || (orig === -1n && (RT.profile.versionInfo[1] as number) < 14) : orig >= -(1n << (bits - 1n)) && orig < 1n << (bits - 1n)) : orig < 1n << bits;
  if (!fits) throw pyErr(OverflowErrorType, 'int too big to convert');
  let v = orig < 0n ? orig + (1n << bits) : orig;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[big ? n - 1 - i : i] = Number(v & 255n);
    v >>= 8n;
  }
  // int_to_bytes_impl: PyBytes_FromStringAndSize(NULL, length), filled
  return PyBytes_FromSize(out);
});
defMethod(LongType, 'from_bytes', (cls, args, kw) => {
  const { x: b, big, signed } = byteConvArgs('from_bytes', 'bytes', args, kw);
  if (b === undefined) throw typeError("from_bytes() missing required argument 'bytes' (pos 1)");
  // PyObject_Bytes: a str is refused before any iteration
  if (b instanceof PyStr) throw typeError("cannot convert 'str' object to bytes");
  // PyObject_Bytes: any buffer (a memoryview, an array) by its bytes
  const buf = b instanceof PyBytes ? null : bufferBytes(b, false);
  const bytes = b instanceof PyBytes ? Array.from(b.v) : buf !== null ? Array.from(buf) : iterToArray(b, `cannot convert '${b.ob_type.tp_name}' object to bytes`).map((x) => {
    const n = asIndex(x);
    Py_DECREF(x);
    if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
    return n;
  });
  if (!big) bytes.reverse();
  let v = 0n;
  for (const x of bytes) v = (v << 8n) | BigInt(x);
  if (signed && bytes.length && bytes[0] & 0x80) v -= 1n << BigInt(8 * bytes.length);
  const r = PyLong_From(normInt(v));
  // a subclass gets cls(value) (int_from_bytes_impl)
  if (cls === LongType) return r;
  try {
    return callObject(cls!, [r], null);
  } finally {
    Py_DECREF(r);
  }
}, 'classmethod');
defGetSet(LongType, 'imag', () => PyLong_From(0));
defGetSet(LongType, 'denominator', () => PyLong_From(1));
defMethod(FloatType, 'is_integer', (self) => PyBool(Number.isInteger((self as PyFloat).v)));
defMethod(FloatType, 'hex', (self) => PyUnicode_From(F.float_hex((self as PyFloat).v)));
defGetSet(FloatType, 'real', (o) => newRef(o));
defGetSet(FloatType, 'imag', () => PyFloat_FromDouble(0));
defMethod(FloatType, 'as_integer_ratio', (self) => {
  const x = (self as PyFloat).v;
  if (!Number.isFinite(x)) throw pyErr(Number.isNaN(x) ? ValueErrorType : OverflowErrorType, Number.isNaN(x) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
  let num = x, den = 1n;
  while (!Number.isInteger(num)) { num *= 2; den *= 2n; }
  let n = BigInt(num);
  const g = (a: bigint, b: bigint): bigint => (b === 0n ? a : g(b, a % b));
  const d = g(n < 0n ? -n : n, den);
  n /= d; den /= d;
  return PyTuple_New([PyLong_From(normInt(n)), PyLong_From(normInt(den))]);
});

// ================================================================== object methods
defMethod(ObjectType, '__init__', () => None);
defMethod(ObjectType, '__new__', (_self, args, kwnames) => {
  if (!args.length) throw typeError('object.__new__(): not enough arguments');
  const t = args[0] as PyType;
  if (t === ObjectType) return ObjectType.tp_new!(t, [], null);
  if (t.isExc) return excNew(t, args.slice(1), kwnames);
  if (t.solid !== ObjectType) {
    // tp_new_wrapper: object.__new__ cannot make an instance whose layout is a builtin type's
    let base: PyType = t;
    while (base.heap && base.dict !== null && dictGetStr(base.dict as PyDict, '__new__') !== null && base.base) base = base.base;
    throw typeError(`object.__new__(${t.name}) is not safe, use ${base.name}.__new__()`);
  }
  return PyInstance_New(t);
}, 'static');
defMethod(ObjectType, '__repr__', (self) => PyUnicode_From(ObjectType.tp_repr!(self!)));
// object_str: the type's tp_repr (a class's __repr__), never its __str__ again
defMethod(ObjectType, '__str__', (self) => PyUnicode_From(PyObject_Repr(self!)));
defMethod(ObjectType, '__hash__', (self) => PyLong_From(Math.floor(self!.addr / 16)));
defMethod(ObjectType, '__eq__', (self, args) => (self === args[0] ? True : newRef(NotImplemented)));
// object_richcompare's Py_NE: the type's own tp_richcompare for ==, inverted unless NotImplemented
defMethod(ObjectType, '__ne__', (self, args) => {
  const eq = _PyType_Lookup(self!.ob_type, '__eq__');
  const r = eq === null ? PyObject_RichCompare(self!, args[0], 'Eq') : callObject(eq, [self!, args[0]], null);
  if (r === NotImplemented) return r;
  const v = PyObject_IsTrue(r);
  Py_DECREF(r);
  return PyBool(!v);
});
defMethod(ObjectType, '__setattr__', (self, args) => {
  genericSetAttrHook(self!, str(args[0], 'attribute name'), args[1]);
  return None;
});
defMethod(ObjectType, '__delattr__', (self, args) => {
  genericSetAttrHook(self!, str(args[0], 'attribute name'), null);
  return None;
});
defMethod(ObjectType, '__getattribute__', (self, args) => getAttrHook(self!, str(args[0], 'attribute name')));
// object.__sizeof__ and the builtin types' own: sys.getsizeof without the gc header and the
// managed dict/weakref pointers in front of the object
defMethod(ObjectType, '__sizeof__', (self) => PyLong_From(sizeofHook(self!) - preHeaderSize(self!.ob_type)));
let sizeofHook: (o: PyObject) => number = () => 0;
/** Installs sys.getsizeof's size computation for __sizeof__ (modules/sysmodule.ts). */
export function setSizeofHook(f: (o: PyObject) => number): void {
  sizeofHook = f;
}
// object_init_subclass (METH_NOARGS): the message names the class the call was bound to
defMethod(ObjectType, '__init_subclass__', (cls, args, kwnames) => {
  const name = (cls as PyType).qualname;
  if (kwnames && kwnames.length) throw typeError(`${name}.__init_subclass__() takes no keyword arguments`);
  if (args.length) throw typeError(`${name}.__init_subclass__() takes no arguments (${args.length} given)`);
  return None;
}, 'classmethod');
// object_getsets' __class__ (object_get_class / object_set_class): the type, and assignment of
// another heap class of the same layout
defGetSet(ObjectType, '__class__', (o) => newRef(o.ob_type), (o, v) => {
  if (v === null) throw typeError("can't delete __class__ attribute");
  if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${v.ob_type.tp_name}' object`);
  const old = o.ob_type;
  if (!v.heap || !old.heap) throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  if (v.solid !== old.solid || (v.slotNames ?? []).join() !== (old.slotNames ?? []).join()) {
    throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  }
  v.ob_refcnt++;
  o.ob_type = v;
  Py_DECREF(old);
});
// object_richcompare: only == and != have a default; the ordering comparisons answer NotImplemented
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(ObjectType, name, () => newRef(NotImplemented));
// object___subclasshook__ (a classmethod): NotImplemented, so the ABC machinery decides;
// METH_VARARGS until 3.12, METH_O (exactly the subclass) from 3.13
defMethod(ObjectType, '__subclasshook__', (_cls, args) => {
  if ((RT.profile.versionInfo[1] as number) >= 13 && args.length !== 1) {
    throw typeError(`object.__subclasshook__() takes exactly one argument (${args.length} given)`);
  }
  return newRef(NotImplemented);
}, 'classmethod');
// object___format__: Argument Clinic's `format_spec: unicode` (METH_O); the __format__ of int,
// bool, float, complex and str is in modules/bltinmodule.ts
defMethod(ObjectType, '__format__', (self, args) => {
  checkArgs('object.__format__', args, 1, 1);
  const spec = formatSpecArg(args[0]);
  if (spec) throw typeError(`unsupported format string passed to ${self!.ob_type.tp_name}.__format__`);
  return PyUnicode_From(PyObject_Str(self!));
});
/** The format_spec argument of a builtin __format__: a str, else Argument Clinic's TypeError. */
function formatSpecArg(o: PyObject): string {
  if (!(o instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${argTypeName(o)}`);
  return o.v;
}
/** Hooks set by abstract/copy to avoid import cycles. */
let genericSetAttrHook: (o: PyObject, n: string, v: PyObject | null) => void = () => {};
let getAttrHook: (o: PyObject, n: string) => PyObject = () => None;
/** Installs object.__setattr__/__getattribute__ implementations (object.__reduce_ex__ is in reduce.ts). */
export function setObjectHooks(h: { setattr: typeof genericSetAttrHook; getattr: typeof getAttrHook }): void {
  genericSetAttrHook = h.setattr;
  getAttrHook = h.getattr;
}

// dunder wrappers of builtin types so super().__init__, list.__len__ etc. resolve
defMethod(ListType, '__len__', (self) => PyLong_From((self as PyList).items.length));
defMethod(DictType, '__len__', (self) => PyLong_From((self as PyDict).used));
// list.__init__ and set.__init__ empty the object, then fill it again (list_init / set_init)
defMethod(ListType, '__init__', (self, args, kw) => {
  noKw('list', kw);
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  list_clear(self as PyList);
  list_fill(self as PyList, args);
  return None;
});
defMethod(SetType, '__init__', (self, args, kw) => {
  noKw('set', kw);
  if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
  PySet_Clear(self as PySet);
  if (args.length) set_update_internal(self as PySet, args[0]);
  return None;
});
// dict.__init__ runs dict_init again on an existing dict (dict(d).__init__(other) updates it)
defMethod(DictType, '__init__', (self, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  dict_init(self as PyDict, pos, kws);
  return None;
});
defMethod(DictType, '__getitem__', (self, args) => {
  const d = self as PyDict;
  const i = dictLookup(d, args[0]);
  if (i < 0) throw keyError(args[0]);
  return newRef(d.vals[i]!);
});
defMethod(DictType, '__setitem__', (self, args) => {
  PyDict_SetItem(self as PyDict, args[0], args[1]);
  return None;
});
defMethod(DictType, '__contains__', (self, args) => PyBool(dictLookup(self as PyDict, args[0]) >= 0));
defMethod(ListType, '__getitem__', (self, args) => getItemHook(self!, args[0]));
defMethod(ListType, '__setitem__', (self, args) => {
  setItemHook(self!, args[0], args[1]);
  return None;
});
defMethod(ListType, '__contains__', (self, args) => PyBool(PySequence_Contains(self!, args[0])));
defMethod(ListType, '__iter__', (self) => ListType.tp_iter!(self!));
defMethod(DictType, '__iter__', (self) => DictType.tp_iter!(self!));
defMethod(StrType, '__len__', (self) => PyLong_From(strLen(S(self))));
defMethod(TupleType, '__len__', (self) => PyLong_From((self as PyTuple).items.length));
let getItemHook: (o: PyObject, k: PyObject) => PyObject = () => None;
let setItemHook: (o: PyObject, k: PyObject, v: PyObject) => void = () => {};
/** Installs item hooks. */
export function setItemHooks(g: typeof getItemHook, s: typeof setItemHook): void {
  getItemHook = g;
  setItemHook = s;
}

export { dictGetStr, Py_XDECREF, StopIterationType, IndexErrorType, PyJsIter, EmptyTuple };
