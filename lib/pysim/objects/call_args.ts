// Models the argument packing of Objects/call.c that C types called through tp_new / tp_call see:
// _PyObject_MakeTpCall packs a call's positional arguments into a tuple and its keywords into a
// dict for the duration of the call, and PyObject_Call(callable, tuple, dict) unpacks them again
// for a vectorcall callee (_PyStack_UnpackDict: a stack holding new references, and a kwnames
// tuple). The objects are real, so allocation counts, free lists and refcounts are CPython's.
import { PyObject, PyType, Py_DECREF, RT } from './object';
import { PyCFunction } from './methodobject';
import { PyTuple, PyTuple_New, EmptyTuple, _PyTuple_FromArray } from './tupleobject';
import { PyDict, PyDict_New, dictItems, insertdict } from './dictobject';
import { PyStr, PyUnicode_Intern } from './unicodeobject';
import { callObject, typeCall } from '../abstract';

/** The packed arguments of one _PyObject_MakeTpCall: `args` (a tuple) and `kwargs` (a dict or null). */
export interface TpCallArgs {
  args: PyTuple;
  kwargs: PyDict | null;
}

/**
 * _PyStack_AsDict: a new dict of a vectorcall's keyword arguments (the last `kwnames.length` of
 * `args`, borrowed) under their interned names.
 */
export function _PyStack_AsDict(args: readonly PyObject[], kwnames: readonly string[]): PyDict {
  const d = PyDict_New();
  const npos = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) {
    const v = args[npos + i];
    v.ob_refcnt++;
    insertdict(d, PyUnicode_Intern(kwnames[i]), v);
  }
  return d;
}

/**
 * _PyObject_MakeTpCall: runs `body` with the call's arguments packed (`args` borrowed: the
 * positional values, then the keyword values named by `kwnames`), then releases the tuple and the
 * dict (a body that keeps either takes its own reference).
 */
export function makeTpCall(args: readonly PyObject[], kwnames: readonly string[] | null, body: (packed: TpCallArgs) => PyObject): PyObject {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const pos: PyObject[] = [];
  for (let i = 0; i < npos; i++) {
    args[i].ob_refcnt++;
    pos.push(args[i]);
  }
  const tuple = npos ? _PyTuple_FromArray(pos) : EmptyTuple;
  const kwargs = nkw ? _PyStack_AsDict(args, kwnames!) : null;
  try {
    return body({ args: tuple, kwargs });
  } finally {
    if (tuple !== EmptyTuple) Py_DECREF(tuple);
    if (kwargs) Py_DECREF(kwargs);
  }
}

/**
 * PyObject_Call(callable, args, kwargs) of a vectorcall callee (_PyVectorcall_Call): without
 * keywords the tuple's items are passed as they are; with keywords _PyStack_UnpackDict makes a
 * stack of new references and a kwnames tuple, released after the call.
 */
export function PyObject_Call(callable: PyObject, args: PyTuple, kwargs: PyDict | null): PyObject {
  if (lacksVectorcall(callable)) {
    // tp_call with the tuple and dict as they are (no second packing)
    const items = kwargs ? dictItems(kwargs) : [];
    const argv = [...args.items, ...items.map(([, v]) => v)];
    const names = items.length ? items.map(([k]) => (k as PyStr).v) : null;
    if (callable instanceof PyType) return typeCall(callable, argv, names);
    const cf = callable as PyCFunction;
    return cf.fn(cf.self, argv, names);
  }
  if (kwargs === null || kwargs.used === 0) return callObject(callable, args.items, null);
  const items = dictItems(kwargs);
  const names: PyObject[] = items.map(([k]) => (k.ob_refcnt++, k));
  const kwnames = PyTuple_New(names);
  const stack = [...args.items, ...items.map(([, v]) => v)];
  for (const x of stack) x.ob_refcnt++;
  try {
    return callObject(callable, stack, items.map(([k]) => (k as PyStr).v));
  } finally {
    // _PyStack_UnpackDict_Free
    for (const x of stack) Py_DECREF(x);
    Py_DECREF(kwnames);
  }
}

/**
 * PyVectorcall_Function(callable) == NULL for the callables heaplab models that way: classes
 * (heap types: type_call through tp_call) and, until 3.12, the METH_VARARGS builtins min and max.
 */
export function lacksVectorcall(callable: PyObject): boolean {
  if (callable instanceof PyType) return callable.heap;
  if (callable instanceof PyCFunction) return callable.self === null && (callable.name === 'min' || callable.name === 'max') && RT.profile.versionInfo[1] <= 12;
  return false;
}
