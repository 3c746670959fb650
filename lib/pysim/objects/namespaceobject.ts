// Models Objects/namespaceobject.c: types.SimpleNamespace, an object whose attributes live in a
// plain dict (ns_dict), its keyword-argument constructor, repr and equality.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_NewRef, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from './object';
import { DictType, PyDict, PyDict_GetItem, PyDict_New, PyDict_SetItem, dictItems, insertdict } from './dictobject';
import { PyList_Append, PyList_New } from './listobject';
import { PyStr, PyUnicode_From, PyUnicode_Intern } from './unicodeobject';
import { typeError } from './exceptions';
import { pointerFieldsSize, sizeofGCHead } from './layout';
import { PyObject_GetIter, PyObject_Repr, callObject, iterNext, withReprGuard } from '../abstract';

/** A SimpleNamespace: `dict` (owned) holds its attributes. */
export class PyNamespace extends PyObject {
  declare dict: PyDict;
  constructor(type: PyType, dict: PyDict) {
    super(type);
    this.dict = dict;
  }
}

/** types.SimpleNamespace (tp_name "types.SimpleNamespace"). */
export const NamespaceType = new PyType(TypeType, 'SimpleNamespace', ObjectType, 'types');
NamespaceType.gc = true;
// _PyNamespaceObject: PyObject_HEAD and ns_dict
NamespaceType.basicsize = 24;
NamespaceType.tpName = 'types.SimpleNamespace';
NamespaceType.tp_getsizeof = () => sizeofGCHead() + pointerFieldsSize(NamespaceType.basicsize);
NamespaceType.tp_traverse = (o: PyObject, visit: VisitProc) => visit((o as PyNamespace).dict, '__dict__');
NamespaceType.tp_clear = (o) => {
  // namespace_clear: the dict is emptied in place (ns_dict stays a dict)
  const ns = o as PyNamespace;
  const d = ns.dict;
  // a subclass instance's dict was already released by subtype_clear (it is the same field)
  if (d === null) return;
  ns.dict = PyDict_New();
  Py_DECREF(d);
};
NamespaceType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  const d = (o as PyNamespace).dict;
  Py_DECREF(d);
  PyObject_Free(o);
};
/**
 * namespace_init's positional argument (3.13+): a dict, or what `dict(arg)` makes of it; its
 * keys must be strings. Its items go into `d` (PyDict_Update).
 */
function namespaceUpdateFrom(d: PyDict, arg: PyObject): void {
  let src: PyObject;
  if (arg.ob_type === DictType) {
    arg.ob_refcnt++;
    src = arg;
  } else src = callObject(DictType, [arg], null);
  try {
    const items = dictItems(src as PyDict);
    // PyArg_ValidateKeywordArguments
    if (items.some(([k]) => !(k instanceof PyStr))) throw typeError('keywords must be strings');
    for (const [k, v] of items) PyDict_SetItem(d, k, v);
  } finally {
    Py_DECREF(src);
  }
}

/** namespace_new + namespace_init: keyword arguments (and, 3.13+, one mapping) become attributes. */
NamespaceType.tp_new = (t, args, kw) => {
  // the keyword values are the last kw.length arguments
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  const d = PyDict_New();
  if (npos > 0) {
    if (!RT.profile.namespacePositionalMapping) {
      Py_DECREF(d);
      throw typeError('no positional arguments expected');
    }
    // PyArg_UnpackTuple(args, _PyType_Name(type), 0, 1, &arg)
    if (npos > 1) {
      Py_DECREF(d);
      throw typeError(`${t.name} expected at most 1 argument, got ${npos}`);
    }
    try {
      namespaceUpdateFrom(d, args[0]);
    } catch (e) {
      Py_DECREF(d);
      throw e;
    }
  }
  for (let i = 0; i < nkw; i++) {
    const v = args[npos + i];
    v.ob_refcnt++;
    insertdict(d, PyUnicode_Intern(kw![i]), v);
  }
  const ns = new PyNamespace(t, d);
  PyObject_Init(ns, sizeofGCHead() + pointerFieldsSize(NamespaceType.basicsize));
  if (t !== NamespaceType) t.ob_refcnt++;
  _PyObject_GC_TRACK(ns);
  return ns;
};

/** namespace_repr: `namespace(a=1, b='x')` (the class name for subclasses); `(...)` on recursion. */
export function namespace_repr(o: PyObject): string {
  const name = o.ob_type === NamespaceType ? 'namespace' : o.ob_type.name;
  return withReprGuard(o, () => {
    // the `pairs` list, PyDict_Keys(d) and an iterator over the keys are made and freed around
    // the loop; a key that is not a non-empty str is skipped
    const pairs = PyList_New([]);
    const keys = PyList_New(dictItems((o as PyNamespace).dict).map(([k]) => Py_NewRef(k)));
    const parts: string[] = [];
    try {
      const it = PyObject_GetIter(keys);
      try {
        for (let k = iterNext(it); k !== null; k = iterNext(it)) {
          try {
            if (!(k instanceof PyStr) || k.v.length === 0) continue;
            const v = PyDict_GetItem((o as PyNamespace).dict, k);
            if (v === null) continue;
            const item = PyUnicode_From(`${k.v}=${PyObject_Repr(v)}`);
            parts.push(item.v);
            PyList_Append(pairs, item);
            Py_DECREF(item);
          } finally {
            Py_DECREF(k);
          }
        }
      } finally {
        Py_DECREF(it);
      }
    } finally {
      Py_DECREF(pairs);
      Py_DECREF(keys);
    }
    return `${name}(${parts.join(', ')})`;
  }, `${name}(...)`);
}
NamespaceType.tp_repr = namespace_repr;
NamespaceType.tp_getattr_extra = (o, name) => {
  if (name !== '__dict__') return null;
  const d = (o as PyNamespace).dict;
  d.ob_refcnt++;
  return d;
};

