// Models Objects/moduleobject.c (CPython 3.12): module objects and their dict.
import { ObjectType, PyObject, PyType, Py_DECREF, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, PyObject_Init, PyObject_Free, staticAddr } from './object';
import type { PyDict } from './dictobject';
import type { PyStr } from './unicodeobject';
import { None } from './singletons';

/** A module: a name and a namespace dict (owned). */
export class PyModule extends PyObject {
  declare name: string;
  declare dict: PyDict;
  /**
   * heaplab's own hook for a module it simulates in part: called with a name the module lacks
   * before the AttributeError, it raises the error that says what is not simulated, or returns the
   * value (a new reference) of a name whose source it runs on first use, or nothing.
   */
  declare missingAttr: ((name: string) => PyObject | null | void) | null;
  /** The names `missingAttr` answers for: CPython's module has them, so dir() (and the "Did you mean" suggestions) list them. */
  declare lazyNames: readonly string[];
  constructor(name: string, dict: PyDict) {
    super(ModuleType);
    this.name = name;
    this.dict = dict;
    this.missingAttr = null;
    this.lazyNames = [];
  }
}
/** The `module` type. */
export const ModuleType = new PyType(TypeType, 'module', ObjectType);
ModuleType.gc = true;
ModuleType.weakrefable = true; // md_weaklist
ModuleType.basicsize = 72;
ModuleType.tp_traverse = (o: PyObject, visit: VisitProc) => visit((o as PyModule).dict, '__dict__');
ModuleType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  Py_DECREF((o as PyModule).dict);
  PyObject_Free(o);
};
ModuleType.tp_repr = (o) => {
  const m = o as PyModule;
  return m.name === '__main__' || m.name === 'builtins' || m.name === 'sys' || m.name === 'gc' ? `<module '${m.name}' (built-in)>` : `<module '${m.name}' (built-in)>`;
};
staticAddr(ModuleType, 912);

/** A new module owning `dict` (stolen). */
export function PyModule_New(name: string, dict: PyDict): PyModule {
  const m = new PyModule(name, dict);
  PyObject_Init(m, 72);
  _PyObject_GC_TRACK(m);
  return m;
}

/**
 * _PyModule_ClearDict: sets the module's globals to None in insertion order, first the names
 * with a single leading underscore, then every other name but `__builtins__`.
 */
export function _PyModule_ClearDict(d: PyDict): void {
  d.ob_refcnt++;
  try {
    for (const underscoreOnly of [true, false]) {
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (!k) continue;
        const name = (k as PyStr).v;
        if (typeof name !== 'string' || name === '__builtins__') continue;
        if (underscoreOnly && !(name[0] === '_' && name[1] !== '_')) continue;
        const old = d.vals[i]!;
        if (old === None) continue;
        None.ob_refcnt++;
        d.vals[i] = None;
        Py_DECREF(old);
      }
    }
  } finally {
    Py_DECREF(d);
  }
}
