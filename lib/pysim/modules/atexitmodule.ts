// Models Modules/atexitmodule.c (CPython 3.12): the interpreter's list of exit callbacks, which
// Py_FinalizeEx calls last registered first, before its final collection.
import { PyObject, PyRaise, Py_DECREF, Py_XDECREF, RT } from '../objects/object';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { None } from '../objects/singletons';
import { PyLong_From } from '../objects/longobject';
import { typeError } from '../objects/exceptions';
import { PyCallable_Check, PyObject_RichCompareBool } from '../abstract';
import { PyObject_Call, makeTpCall } from '../objects/call_args';
import { checkArgs } from '../objects/typemethods';
import type { PyDict } from '../objects/dictobject';
import { makeModuleWithFunctions, noArgsFunction } from './moduletools';
import type { CFunc } from '../objects/object';
import type { PyModule } from '../objects/moduleobject';

/** One registered callback (atexit_py_callback): the function, its arguments and keywords, owned. */
export interface AtexitCallback {
  func: PyObject;
  args: PyTuple;
  kwargs: PyDict | null;
}

/** Each interpreter's callbacks in registration order; an unregistered one leaves null (ncallbacks stays). */
const stateOf = new WeakMap<object, (AtexitCallback | null)[]>();

/** An interpreter's callback slots (atexit_state), the running one's by default. */
export function atexitCallbacks(rt: object = RT): (AtexitCallback | null)[] {
  let s = stateOf.get(rt);
  if (!s) stateOf.set(rt, (s = []));
  return s;
}

/** atexit_delete_cb: releases slot `i`'s references. */
function atexit_delete_cb(slots: (AtexitCallback | null)[], i: number): void {
  const cb = slots[i];
  if (!cb) return;
  slots[i] = null;
  Py_DECREF(cb.func);
  Py_DECREF(cb.args);
  Py_XDECREF(cb.kwargs);
}

/** atexit_cleanup: every slot released, the count back to 0. */
function atexit_cleanup(): void {
  const slots = atexitCallbacks();
  for (let i = 0; i < slots.length; i++) atexit_delete_cb(slots, i);
  slots.length = 0;
}

/**
 * atexit_callfuncs: the callbacks, last registered first; an exception in one is written as
 * unraisable ("Exception ignored in atexit callback") and the next runs. Then the list is cleared.
 */
export function atexit_callfuncs(): void {
  const slots = atexitCallbacks();
  for (let i = slots.length - 1; i >= 0; i--) {
    const cb = slots[i];
    if (!cb) continue;
    // the callback stays registered while it runs (it may unregister itself)
    cb.func.ob_refcnt++;
    try {
      Py_DECREF(PyObject_Call(cb.func, cb.args, cb.kwargs));
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      RT.writeUnraisable(e.exc, cb.func, 'in atexit callback');
    } finally {
      Py_DECREF(cb.func);
    }
  }
  atexit_cleanup();
}

/**
 * atexit.register(func, *args, **kwargs), METH_VARARGS | METH_KEYWORDS: from the call's packed tuple
 * and dict (_PyObject_MakeTpCall), it keeps a slice of the tuple and the dict itself; returns func.
 */
const atexit_register: CFunc = (_self, argv, kwnames) =>
  makeTpCall(argv, kwnames, ({ args, kwargs }) => {
    const items = args.items;
    if (items.length === 0) throw typeError('register() takes at least 1 argument (0 given)');
    const func = items[0];
    if (!PyCallable_Check(func)) throw typeError('the first argument must be callable');
    const rest = items.slice(1);
    for (const a of rest) a.ob_refcnt++;
    if (kwargs) kwargs.ob_refcnt++;
    func.ob_refcnt += 2;
    atexitCallbacks().push({ func, args: PyTuple_New(rest), kwargs });
    return func;
  });

/** atexit.unregister(func): drops every registration of a function equal to func. */
const atexit_unregister: CFunc = (_self, args, kwnames) => {
  if (kwnames && kwnames.length) throw typeError('atexit.unregister() takes no keyword arguments');
  checkArgs('atexit.unregister', args, 1, 1);
  const slots = atexitCallbacks();
  for (let i = 0; i < slots.length; i++) {
    const cb = slots[i];
    if (cb && PyObject_RichCompareBool(cb.func, args[0], 'Eq')) atexit_delete_cb(slots, i);
  }
  // 3.14 keeps the callbacks in a list, from which unregister removes them (_ncallbacks counts the rest)
  if (RT.profile.versionInfo[1] >= 14) {
    const kept = slots.filter((cb) => cb !== null);
    slots.length = 0;
    slots.push(...kept);
  }
  return None;
};


/** Builds the `atexit` module. */
export function makeAtexitModule(): PyModule {
  return makeModuleWithFunctions('atexit', {
    register: atexit_register,
    unregister: atexit_unregister,
    _clear: noArgsFunction('atexit', '_clear', () => {
      atexit_cleanup();
      return None;
    }),
    _run_exitfuncs: noArgsFunction('atexit', '_run_exitfuncs', () => {
      atexit_callfuncs();
      return None;
    }),
    _ncallbacks: noArgsFunction('atexit', '_ncallbacks', () => PyLong_From(atexitCallbacks().length)),
  });
}

/** The references the callbacks of interpreter runtime `rt` hold (heap invariant roots). */
export function atexitReferences(rt: object): { obj: PyObject; owner: string }[] {
  const out: { obj: PyObject; owner: string }[] = [];
  for (const cb of atexitCallbacks(rt)) {
    if (!cb) continue;
    out.push({ obj: cb.func, owner: 'atexit callback' }, { obj: cb.args, owner: 'atexit callback args' });
    if (cb.kwargs) out.push({ obj: cb.kwargs, owner: 'atexit callback kwargs' });
  }
  return out;
}
