// Models type_get_annotations / type_set_annotations of Objects/typeobject.c: a class's
// `__annotations__`, which lives in its own namespace (never inherited), made on first access:
// an empty dict (3.11-3.13), or what its `__annotate__` returns, cached as
// `__annotations_cache__` (3.14, PEP 649).
import { PyObject, PyType, Py_DECREF, RT, TypeType } from './object';
import { PyDict, PyDict_New, dictGetStr, dictLookupStr, dictRemoveEntry, insertdict } from './dictobject';
import { PyUnicode_Intern } from './unicodeobject';
import { None } from './singletons';
import { attributeError, typeError } from './exceptions';
import { defGetSet } from './methodobject';
import { callAnnotate } from './funcobject_annotations';

/** Stores `v` (a new reference, taken) under `name` in a class namespace. */
function store(d: PyDict, name: string, v: PyObject): void {
  insertdict(d, PyUnicode_Intern(name), v);
}

/** type_get_annotations: a class's own annotations dict (new reference). */
function type_get_annotations(o: PyObject): PyObject {
  const t = o as PyType;
  if (!t.heap || !t.dict) throw attributeError(`type object '${t.name}' has no attribute '__annotations__'`);
  const d = t.dict as PyDict;
  const own = dictGetStr(d, '__annotations__');
  if (own) {
    own.ob_refcnt++;
    return own;
  }
  let ann: PyObject;
  if (RT.profile.functionAnnotations === 'annotate') {
    const cached = dictGetStr(d, '__annotations_cache__');
    if (cached) {
      cached.ob_refcnt++;
      return cached;
    }
    // type_get_annotate: __annotate_func__ (None stored when the class has none)
    let annotate = dictGetStr(d, '__annotate_func__') ?? dictGetStr(d, '__annotate__');
    if (annotate === null) {
      None.ob_refcnt++;
      store(d, '__annotate_func__', None);
      annotate = None;
    }
    ann = annotate !== None ? callAnnotate(annotate) : PyDict_New();
    ann.ob_refcnt++;
    store(d, '__annotations_cache__', ann);
    return ann;
  }
  ann = PyDict_New();
  ann.ob_refcnt++;
  store(d, '__annotations__', ann);
  return ann;
}

/** type_get_annotate (3.14): a class's `__annotate__` function or None (stored as None when it has none); null before 3.14, which has no such attribute. */
export function type_get_annotate(t: PyType): PyObject | null {
  if (RT.profile.functionAnnotations !== 'annotate' || !t.heap || !t.dict) return null;
  const d = t.dict as PyDict;
  let a = dictGetStr(d, '__annotate__') ?? dictGetStr(d, '__annotate_func__');
  if (a === null) {
    None.ob_refcnt++;
    store(d, '__annotate_func__', None);
    a = None;
  }
  a.ob_refcnt++;
  return a;
}

/** type_set_annotations: `C.__annotations__ = v` stores it in the class namespace; `del` removes it. */
function type_set_annotations(o: PyObject, v: PyObject | null): void {
  const t = o as PyType;
  if (!t.heap || !t.dict) throw typeError(`cannot set '__annotations__' attribute of immutable type '${t.name}'`);
  const d = t.dict as PyDict;
  if (v) {
    v.ob_refcnt++;
    store(d, '__annotations__', v);
    return;
  }
  const i = dictLookupStr(d, '__annotations__');
  if (i < 0) throw attributeError('__annotations__');
  const [k, old] = dictRemoveEntry(d, i);
  Py_DECREF(k);
  Py_DECREF(old);
}

defGetSet(TypeType, '__annotations__', type_get_annotations, type_set_annotations);
