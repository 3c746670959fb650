// Models the annotation getsets of Objects/funcobject.c: func_get_annotation_dict,
// func_get_annotations / func_set_annotations and 3.14's func_get_annotate.
import { PyObject, Py_DECREF, Py_XDECREF, RT } from './object';
import { DictType, PyDict_New, PyDict_SetItem } from './dictobject';
import { PyTuple, TupleType } from './tupleobject';
import { FunctionType, PyFunction } from './funcobject';
import { defGetSet } from './methodobject';
import { None } from './singletons';
import { PyLong_From } from './longobject';
import { typeError } from './exceptions';
import { callObject } from '../abstract';

/**
 * `__annotate__(1)` (Format.VALUE) as 3.14's func_get_annotations and type_get_annotations call it:
 * the new dict it returns, or CPython's TypeError when it returns anything else.
 */
export function callAnnotate(annotate: PyObject): PyObject {
  const one = PyLong_From(1);
  let d: PyObject;
  try {
    d = callObject(annotate, [one], null);
  } finally {
    Py_DECREF(one);
  }
  if (!d.ob_type.isSubtype(DictType)) {
    const name = d.ob_type.name;
    Py_DECREF(d);
    throw typeError(`__annotate__ returned non-dict of type '${name}'`);
  }
  return d;
}

/**
 * func_get_annotation_dict: the annotations dict of `f` (borrowed), made on demand from the
 * (name, value, ...) tuple MAKE_FUNCTION stored (3.11-3.13) or by calling `__annotate__(1)` (3.14);
 * null when there is neither.
 */
export function func_get_annotation_dict(f: PyFunction): PyObject | null {
  if (f.annotations === null) {
    if (f.annotate === null) return null;
    const d = callAnnotate(f.annotate);
    Py_XDECREF(f.annotations);
    f.annotations = d;
    return d;
  }
  if (f.annotations.ob_type === TupleType) {
    const t = f.annotations as PyTuple;
    const d = PyDict_New();
    for (let i = 0; i + 1 < t.items.length; i += 2) PyDict_SetItem(d, t.items[i], t.items[i + 1]);
    f.annotations = d;
    Py_DECREF(t);
  }
  return f.annotations;
}

/** func_get_annotations: the annotations dict, an empty one made and kept when there are none. */
function func_get_annotations(o: PyObject): PyObject {
  const f = o as PyFunction;
  if (f.annotations === null && f.annotate === null) f.annotations = PyDict_New();
  const d = func_get_annotation_dict(f) ?? None;
  d.ob_refcnt++;
  return d;
}

/** func_set_annotations: a dict, or None / del to drop them (3.14 also drops `__annotate__`). */
function func_set_annotations(o: PyObject, v: PyObject | null): void {
  const f = o as PyFunction;
  if (v === None) v = null;
  if (v !== null && !v.ob_type.isSubtype(DictType)) throw typeError('__annotations__ must be set to a dict object');
  if (v) v.ob_refcnt++;
  const old = f.annotations;
  f.annotations = v;
  Py_XDECREF(old);
  if (RT.profile.functionAnnotations === 'annotate') {
    const a = f.annotate;
    f.annotate = null;
    Py_XDECREF(a);
  }
}

/** func_get_annotate (3.14): the `__annotate__` function (new reference), or None; null before 3.14, which has no such attribute. */
export function func_get_annotate(o: PyObject): PyObject | null {
  if (RT.profile.functionAnnotations !== 'annotate') return null;
  const a = (o as PyFunction).annotate ?? None;
  a.ob_refcnt++;
  return a;
}

defGetSet(FunctionType, '__annotations__', func_get_annotations, func_set_annotations);
