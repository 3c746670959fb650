// Models the set behaviour of dict views in Objects/dictobject.c (CPython 3.12): dict_keys and
// dict_items support &, |, - and ^ with any iterable (dictviews_and, dictviews_or, dictviews_sub,
// dictviews_xor, each giving a set) and compare as sets with sets and other such views
// (dictview_richcompare). dict_values does neither.
import { PyObject, Py_DECREF, Py_NewRef } from './object';
import { NotImplemented } from './singletons';
import { defGetSet, defMethod } from './methodobject';
import { PyDictProxy_New } from './descrobject';
import { PyBool, PyLong_From } from './longobject';
import { PyDict } from './dictobject';
import { PySet, PySet_Add, PySet_Discard, PySet_New, SetType, set_lookkey, setKeys, set_merge, set_difference_update_internal } from './setobject';
import { DictItemsType, DictKeysType, DictValuesType, PyDictView, checkArgs, check_num_args, setFromIterable } from './typemethods';
import { PyObject_GetIter, PyObject_Size, PySequence_Contains, forEachItem, iterToArray, setDictViewOps } from '../abstract';
import type { Operator } from '../parser/ast';

/** PyDictViewSet_Check: a keys or items view (the set-like ones). */
function isSetView(o: PyObject): o is PyDictView {
  // PyDictKeys_Check / PyDictItems_Check: subtypes too (OrderedDict's odict_keys, odict_items)
  return o.ob_type.isSubtype(DictKeysType) || o.ob_type.isSubtype(DictItemsType);
}

/** dictviews_to_set: a set of the left operand's items (a keys view's dict directly). */
function dictviews_to_set(self: PyObject): PySet {
  return setFromIterable(SetType, self.ob_type.isSubtype(DictKeysType) ? (self as PyDictView).dict as PyDict : self);
}

/** dictviews_and: iterates the smaller side, keeping what the view contains. */
function dictviews_and(a: PyObject, b: PyObject): PyObject {
  let self = a, other = b;
  if (!isSetView(self)) [self, other] = [other, self];
  const lenSelf = PyObject_Size(self);
  if (other.ob_type === SetType && lenSelf <= PyObject_Size(other)) {
    // other.intersection(self): the view's items that the set has, in the view's order
    const r = PySet_New();
    try {
      forEachItem(self, (x) => {
        if (set_lookkey(other as PySet, x) >= 0) PySet_Add(r, x);
      });
    } catch (e) {
      Py_DECREF(r);
      throw e;
    }
    return r;
  }
  if (isSetView(other) && PyObject_Size(other) > lenSelf) [self, other] = [other, self];
  const r = PySet_New();
  try {
    forEachItem(other, (x) => {
      if (PySequence_Contains(self, x)) PySet_Add(r, x);
    });
  } catch (e) {
    // an operand that is not iterable (or an item that is not hashable): the result goes
    Py_DECREF(r);
    throw e;
  }
  return r;
}

/** The set-view binary operators; null when neither operand is a keys or items view. */
function dictviewsBinary(op: Operator, a: PyObject, b: PyObject): PyObject | null {
  if (!isSetView(a) && !isSetView(b)) return null;
  if (op === 'BitAnd') return dictviews_and(a, b);
  if (op !== 'BitOr' && op !== 'Sub' && op !== 'BitXor') return null;
  const r = dictviews_to_set(a);
  try {
    if (op === 'BitOr') {
      // _PySet_Update: a set is merged (one resize up front), anything else added item by item
      if (b instanceof PySet) set_merge(r, b);
      else forEachItem(b, (x) => void PySet_Add(r, x));
    }
    else if (op === 'Sub') set_difference_update_internal(r, b instanceof PySet ? b : iterToArray(b));
    else {
      // symmetric_difference_update with a new set of the other side's items
      const o = setFromIterable(SetType, b);
      try {
        for (const x of setKeys(o)) if (!PySet_Discard(r, x)) PySet_Add(r, x);
      } finally {
        Py_DECREF(o);
      }
    }
  } catch (e) {
    Py_DECREF(r);
    throw e;
  }
  return r;
}

/** all_contained_in: every item of `a` is in `b` (stops at the first that is not). */
function all_contained_in(a: PyObject, b: PyObject): boolean {
  let all = true;
  forEachItem(a, (x) => (all = PySequence_Contains(b, x)));
  return all;
}

/** dictview_richcompare; null (NotImplemented) unless both sides are sets or set-like views. */
function dictviewCompare(a: PyObject, b: PyObject, op: string): PyObject | null {
  const setLike = (o: PyObject) => o instanceof PySet || isSetView(o);
  if (!isSetView(a) || !setLike(b)) return null;
  const la = PyObject_Size(a), lb = PyObject_Size(b);
  let ok = false;
  switch (op) {
    case 'Eq': case 'NotEq':
      ok = la === lb && all_contained_in(a, b);
      if (op === 'NotEq') ok = !ok;
      break;
    case 'Lt': ok = la < lb && all_contained_in(a, b); break;
    case 'LtE': ok = la <= lb && all_contained_in(a, b); break;
    case 'Gt': ok = la > lb && all_contained_in(b, a); break;
    case 'GtE': ok = la >= lb && all_contained_in(b, a); break;
    default: return null;
  }
  return PyBool(ok);
}

setDictViewOps(dictviewsBinary, (a, b, op) => dictviewCompare(a, b, op) ?? dictviewCompare(b, a, SWAPPED[op] ?? op));

/** The comparison a reflected call makes (a < b is b > a). */
const SWAPPED: Record<string, string> = { Lt: 'Gt', LtE: 'GtE', Gt: 'Lt', GtE: 'LtE', Eq: 'Eq', NotEq: 'NotEq' };

// --- the methods of dictkeys_as_number / dictitems_as_number and dictviews_as_sequence as slot
// wrappers (__and__, __rand__ …, __len__, __iter__, __contains__), dictkeys_methods' and
// dictitems_methods' isdisjoint, and dictview_getset's `mapping` ---

/** The operator of each set-view slot wrapper, and whether it is the reflected one. */
const VIEW_BINARY: readonly [string, Operator, boolean][] = [
  ['__and__', 'BitAnd', false], ['__rand__', 'BitAnd', true], ['__or__', 'BitOr', false], ['__ror__', 'BitOr', true],
  ['__sub__', 'Sub', false], ['__rsub__', 'Sub', true], ['__xor__', 'BitXor', false], ['__rxor__', 'BitXor', true],
];
for (const T of [DictKeysType, DictItemsType]) {
  for (const [name, op, reflected] of VIEW_BINARY) {
    defMethod(T, name, (self, args) => {
      check_num_args(args, 1);
      const r = reflected ? dictviewsBinary(op, args[0], self!) : dictviewsBinary(op, self!, args[0]);
      return r ?? Py_NewRef(NotImplemented);
    });
  }
  defMethod(T, '__contains__', (self, args) => {
    check_num_args(args, 1);
    return Py_NewRef(PyBool(PySequence_Contains(self!, args[0])));
  });
  defMethod(T, 'isdisjoint', (self, args) => {
    checkArgs(`${T.name}.isdisjoint`, args, 1, 1);
    return Py_NewRef(PyBool(dictviews_isdisjoint(self!, args[0])));
  });
}
for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
  defMethod(T, '__len__', (self, args) => {
    check_num_args(args, 0);
    return PyLong_From((self as PyDictView).dict.used);
  });
  defMethod(T, '__iter__', (self, args) => {
    check_num_args(args, 0);
    return PyObject_GetIter(self!);
  });
  defGetSet(T, 'mapping', (o) => PyDictProxy_New((o as PyDictView).dict));
}

/** dictviews_isdisjoint: no item of the other iterable is in the view (iterating the smaller side of two sets). */
function dictviews_isdisjoint(self: PyObject, other: PyObject): boolean {
  if (self === other) return PyObject_Size(self) === 0;
  let a = self, b = other;
  // a set or a view: iterate whichever is smaller
  if (b instanceof PySet || isSetView(b)) {
    if (PyObject_Size(b) > PyObject_Size(a)) [a, b] = [b, a];
  }
  let disjoint = true;
  forEachItem(b, (x) => {
    if (PySequence_Contains(a, x)) disjoint = false;
    return disjoint;
  });
  return disjoint;
}
