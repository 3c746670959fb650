// Models Modules/_bisectmodule.c (CPython 3.11–3.14): bisect_right, bisect_left, insort_right and
// insort_left with `lo`, `hi` and the keyword-only `key`, the comparisons `x < a[mid]` (right) and
// `a[mid] < x` (left), and insort inserting with PyList_Insert into an exact list or by calling
// the sequence's own `insert` otherwise (so a list subclass's insert runs). Lib/bisect.py
// (modules/bisect_py.ts) runs on top and star-imports these.
import { CFunc, PyObject, Py_DECREF, Py_NewRef } from '../objects/object';
import { PyLong_From } from '../objects/longobject';
import { PyList, ListType, list_resize } from '../objects/listobject';
import { DictType } from '../objects/dictobject';
import { None } from '../objects/singletons';
import { typeError, valueError } from '../objects/exceptions';
import { badKeyword } from '../objects/argcheck';
import { PyObject_GetAttr, PyObject_GetItem, PyObject_RichCompareBool, PyObject_Size, asIndex, callObject } from '../abstract';
import { makeModuleWithFunctions } from './moduletools';
import type { PyModule } from '../objects/moduleobject';

/** The parameters of every _bisect function: `a, x, lo=0, hi=None, *, key=None`. */
const PARAMS = ['a', 'x', 'lo', 'hi', 'key'] as const;

interface BisectArgs { a: PyObject; x: PyObject; lo: number; hi: number; key: PyObject }

/**
 * Argument Clinic's parsing of `(a, x, lo=0, hi=None, *, key=None)` (_PyArg_UnpackKeywords) with
 * getargs.c's messages; `lo` and `hi` are Py_ssize_t (hi None → -1, "use len(a)").
 */
function parseArgs(fname: string, args: PyObject[], kwnames: string[] | null): BisectArgs {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 4) throw typeError(`${fname}() takes at most 4 positional arguments (${npos} given)`);
  const out: (PyObject | undefined)[] = PARAMS.map((_, i) => (i < npos ? args[i] : undefined));
  const used = new Set<string>();
  for (let i = npos; i < PARAMS.length; i++) {
    const k = kwnames ? kwnames.indexOf(PARAMS[i]) : -1;
    if (k >= 0) {
      out[i] = args[npos + k];
      used.add(PARAMS[i]);
    } else if (i < 2) throw typeError(`${fname}() missing required argument '${PARAMS[i]}' (pos ${i + 1})`);
  }
  for (const k of kwnames ?? []) {
    if (used.has(k)) continue;
    const i = (PARAMS as readonly string[]).indexOf(k);
    if (i >= 0 && i < npos) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    throw typeError(badKeyword(fname, k, PARAMS));
  }
  const lo = out[2] === undefined ? 0 : asIndex(out[2]);
  const hi = out[3] === undefined || out[3] === None ? -1 : asIndex(out[3]);
  return { a: out[0]!, x: out[1]!, lo, hi, key: out[4] ?? None };
}

/** PySequence_Size: a mapping is "not a sequence". */
function PySequence_Size(a: PyObject): number {
  if (a.ob_type.solid === DictType) throw typeError(`${a.ob_type.tp_name} is not a sequence`);
  return PyObject_Size(a);
}

/**
 * internal_bisect_right / internal_bisect_left: halves [lo, hi) comparing `item` with
 * key(a[mid]) (a[mid] without a key): `item < a[mid]` for right, `a[mid] < item` for left.
 */
function internal_bisect(list: PyObject, item: PyObject, lo: number, hi: number, key: PyObject, right: boolean): number {
  if (lo < 0) throw valueError('lo must be non-negative');
  if (hi === -1) hi = PySequence_Size(list);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const index = PyLong_From(mid);
    let litem: PyObject;
    try {
      litem = PyObject_GetItem(list, index);
    } finally {
      Py_DECREF(index);
    }
    if (key !== None) {
      try {
        const k = callObject(key, [litem], null);
        Py_DECREF(litem);
        litem = k;
      } catch (e) {
        Py_DECREF(litem);
        throw e;
      }
    }
    let res: boolean;
    try {
      res = right ? PyObject_RichCompareBool(item, litem, 'Lt') : PyObject_RichCompareBool(litem, item, 'Lt');
    } finally {
      Py_DECREF(litem);
    }
    if (res === right) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** PyList_Insert (ins1): grows the list (list_resize) and puts `v` at `where`, clamped to the list. */
function PyList_Insert(l: PyList, where: number, v: PyObject): void {
  const n = l.items.length;
  list_resize(l, n + 1);
  if (where < 0) where = Math.max(where + n, 0);
  if (where > n) where = n;
  l.items.splice(where, 0, Py_NewRef(v));
}

/** bisect_right / bisect_left. */
function bisectFunction(fname: string, right: boolean): CFunc {
  return (_s, args, kwnames) => {
    const { a, x, lo, hi, key } = parseArgs(fname, args, kwnames);
    return PyLong_From(internal_bisect(a, x, lo, hi, key, right));
  };
}

/** insort_right / insort_left: bisect on key(x) (x without a key), then insert x there. */
function insortFunction(fname: string, right: boolean): CFunc {
  return (_s, args, kwnames) => {
    const { a, x, lo, hi, key } = parseArgs(fname, args, kwnames);
    let index: number;
    if (key === None) index = internal_bisect(a, x, lo, hi, key, right);
    else {
      const keyX = callObject(key, [x], null);
      try {
        index = internal_bisect(a, keyX, lo, hi, key, right);
      } finally {
        Py_DECREF(keyX);
      }
    }
    if (a.ob_type === ListType) PyList_Insert(a as PyList, index, x);
    else {
      // _PyObject_CallMethod(a, "insert", "nO", index, x)
      const insert = PyObject_GetAttr(a, 'insert');
      const i = PyLong_From(index);
      try {
        Py_DECREF(callObject(insert, [i, x], null));
      } finally {
        Py_DECREF(i);
        Py_DECREF(insert);
      }
    }
    return None;
  };
}

/** Modules/_bisectmodule.c: the `_bisect` module. */
export function makeBisectModule(): PyModule {
  return makeModuleWithFunctions('_bisect', {
    bisect_right: bisectFunction('bisect_right', true),
    insort_right: insortFunction('insort_right', true),
    bisect_left: bisectFunction('bisect_left', false),
    insort_left: insortFunction('insort_left', false),
  });
}
