// Models the mappingproxy of Objects/descrobject.c (CPython 3.12): the read-only view of a
// class's namespace that `C.__dict__` and `vars(C)` return (a new proxy on every access).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, TypeType, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK } from './object';
import type { PyDict } from './dictobject';

/** A mappingproxy: holds a reference to the dict it shows. */
export class PyMappingProxy extends PyObject {
  declare mapping: PyDict;
  constructor(mapping: PyDict) {
    super(MappingProxyType);
    this.mapping = mapping;
  }
}

/** The `mappingproxy` type (getsizeof 40 on 64-bit: object header, one pointer, gc header). */
export const MappingProxyType = new PyType(TypeType, 'mappingproxy', ObjectType);
MappingProxyType.gc = true;
MappingProxyType.basicsize = 40;
MappingProxyType.baseType = false;
MappingProxyType.tp_traverse = (o, visit) => visit((o as PyMappingProxy).mapping, 'mapping');
MappingProxyType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  Py_DECREF((o as PyMappingProxy).mapping);
  PyObject_Free(o);
};

/** PyDictProxy_New: a new proxy of `d` (new reference; takes a reference to `d`). */
export function PyDictProxy_New(d: PyDict): PyMappingProxy {
  d.ob_refcnt++;
  const p = new PyMappingProxy(d);
  PyObject_Init(p, 40);
  _PyObject_GC_TRACK(p);
  return p;
}
