// Models the set behaviour of dict views in Objects/dictobject.c (CPython 3.12): dict_keys and
// dict_items support &, |, - and ^ with any iterable (dictviews_and, dictviews_or, dictviews_sub,
// dictviews_xor, each giving a set) and compare as sets with sets and other such views
// (dictview_richcompare). dict_values does neither.
import { PyObject, Py_DECREF } from './object';
import { PyBool } from './longobject';
import { PyDict } from './dictobject';
import { PySet, PySet_Add, PySet_Discard, PySet_New, SetType, set_lookkey, setKeys, set_merge, set_difference_update_internal } from './setobject';
import { DictItemsType, DictKeysType, PyDictView, setFromIterable } from './typemethods';
import { PyObject_Size, PySequence_Contains, forEachItem, iterToArray, setDictViewOps } from '../abstract';
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
    forEachItem(self, (x) => {
      if (set_lookkey(other as PySet, x) >= 0) PySet_Add(r, x);
    });
    return r;
  }
  if (isSetView(other) && PyObject_Size(other) > lenSelf) [self, other] = [other, self];
  const r = PySet_New();
  forEachItem(other, (x) => {
    if (PySequence_Contains(self, x)) PySet_Add(r, x);
  });
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
