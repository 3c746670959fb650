// Models itertools.groupby and its _grouper objects (Modules/itertoolsmodule.c, CPython 3.11-3.14):
// the groupby object keeps the current key and value; each _grouper holds the groupby and the key
// of its group, and is valid only while it is the groupby's `currgrouper` (a borrowed pointer), so
// advancing the groupby empties the groups handed out before.
import { PyObject, Py_DECREF } from '../objects/object';
import { None } from '../objects/singletons';
import { PyTuple_New } from '../objects/tupleobject';
import { PyObject_GetIter, PyObject_RichCompareBool, callObject, iterNext } from '../abstract';
import { PyItertool, itertoolsType, newItertool, parseArgs } from './itertoolsmodule_type';
import { typeError } from '../objects/exceptions';

/** groupby_step: the next value and its key into currvalue / currkey; false when the iterator is exhausted. */
function groupby_step(g: PyItertool): boolean {
  const f = g.f; // [it, keyfunc, tgtkey, currkey, currvalue]
  const newvalue = iterNext(f[0]!);
  if (newvalue === null) return false;
  let newkey: PyObject;
  if (f[1] === None) {
    newvalue.ob_refcnt++;
    newkey = newvalue;
  } else {
    try {
      newkey = callObject(f[1]!, [newvalue], null);
    } catch (e) {
      Py_DECREF(newvalue);
      throw e;
    }
  }
  const oldv = f[4], oldk = f[3];
  f[4] = newvalue;
  f[3] = newkey;
  if (oldv) Py_DECREF(oldv);
  if (oldk) Py_DECREF(oldk);
  return true;
}

/** The groupby object whose `currgrouper` each groupby has (borrowed, as in C). */
const currgrouper = new WeakMap<PyItertool, PyItertool | null>();

/** itertools.groupby: it, keyfunc, tgtkey, currkey, currvalue (and the borrowed currgrouper). */
export const GroupbyType = itertoolsType('groupby', {
  fields: ['it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue'],
  words: (m) => (m >= 12 ? 11 : 10),
  next: (g) => {
    const f = g.f;
    currgrouper.set(g, null);
    // skip to the next iteration group
    for (;;) {
      if (f[3] === null) { /* no current value yet */ } else if (f[2] === null) break;
      else if (!PyObject_RichCompareBool(f[2], f[3], 'Eq')) break;
      if (!groupby_step(g)) return null;
    }
    const key = f[3]!;
    key.ob_refcnt++;
    const old = f[2];
    f[2] = key;
    if (old) Py_DECREF(old);
    const grouper = _grouper_create(g, key);
    key.ob_refcnt++;
    return PyTuple_New([key, grouper]);
  },
});
GroupbyType.tp_new = (t, args, kw) => {
  if (t !== GroupbyType) throw typeError('heaplab does not simulate subclasses of itertools.groupby');
  const [iterable, key] = parseArgs('groupby', ['iterable', 'key'], 1, args, kw);
  const it = PyObject_GetIter(iterable!);
  const keyfunc = key ?? None;
  keyfunc.ob_refcnt++;
  return newItertool(GroupbyType, [it, keyfunc, null, null, null]);
};

/** itertools._grouper: parent (the groupby) and tgtkey. */
export const GrouperType = itertoolsType('_grouper', {
  fields: ['parent', 'tgtkey'],
  words: () => 6,
  next: (igo) => {
    const g = igo.f[0] as PyItertool;
    if (currgrouper.get(g) !== igo) return null;
    if (g.f[4] === null) {
      if (!groupby_step(g)) return null;
    }
    if (!PyObject_RichCompareBool(igo.f[1]!, g.f[3]!, 'Eq')) return null;
    const r = g.f[4]!;
    g.f[4] = null;
    const k = g.f[3];
    g.f[3] = null;
    if (k) Py_DECREF(k);
    return r;
  },
});
GrouperType.tp_new = () => {
  throw typeError("cannot create 'itertools._grouper' instances");
};

/** _grouper_create: a new group of `parent` for `tgtkey` (borrowed), made the parent's currgrouper. */
function _grouper_create(parent: PyItertool, tgtkey: PyObject): PyItertool {
  parent.ob_refcnt++;
  tgtkey.ob_refcnt++;
  const igo = newItertool(GrouperType, [parent, tgtkey]);
  currgrouper.set(parent, igo);
  return igo;
}
