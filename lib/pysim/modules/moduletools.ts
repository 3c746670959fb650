// Helpers for builtin modules (Python/modsupport.c, simplified).
import { CFunc, PyObject, Py_DECREF } from '../objects/object';
import { typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/typemethods';
import { PyDict_New, insertdict, PyDict } from '../objects/dictobject';
import { PyUnicode_Intern } from '../objects/unicodeobject';
import { PyCFunction_New, builtinFunction } from '../objects/methodobject';
import { PyModule, PyModule_New } from '../objects/moduleobject';

/** Builds a module with the given attributes (values are borrowed; functions given as JS get wrapped). */
export function makeModule(name: string, attrs: Record<string, PyObject | CFunc>): PyModule {
  const d: PyDict = PyDict_New();
  const put = (k: string, v: PyObject) => {
    v.ob_refcnt++;
    insertdict(d, PyUnicode_Intern(k), v);
  };
  const n = PyUnicode_Intern(name);
  put('__name__', n);
  Py_DECREF(n);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') put(k, builtinFunction(k, v, name));
    else put(k, v);
  }
  return PyModule_New(name, d);
}

/**
 * A module whose functions are mortal objects made at import, as PyModule_AddFunctions makes them
 * for a module imported by the program (`_operator`, `_heapq`, `_bisect`); other attributes as
 * in makeModule.
 */
export function makeModuleWithFunctions(name: string, attrs: Record<string, PyObject | CFunc>): PyModule {
  const made: PyObject[] = [];
  const objs: Record<string, PyObject> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') {
      const f = PyCFunction_New(k, v, name);
      made.push(f);
      objs[k] = f;
    } else objs[k] = v;
  }
  const m = makeModule(name, objs);
  for (const f of made) Py_DECREF(f);
  return m;
}

/**
 * A METH_NOARGS function of module `module`: "time.time() takes no arguments (1 given)", "… takes
 * no keyword arguments", else `body()`.
 */
export function noArgsFunction(module: string, name: string, body: () => PyObject): CFunc {
  return (_self, args, kwnames) => {
    if (kwnames && kwnames.length) throw typeError(`${module}.${name}() takes no keyword arguments`);
    checkArgs(`${module}.${name}`, args, 0, 0);
    return body();
  };
}
