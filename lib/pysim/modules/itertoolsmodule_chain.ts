// Models the iterators of Modules/itertoolsmodule.c (CPython 3.11-3.14) that pass on or combine
// their input item by item: accumulate, chain (and chain.from_iterable), compress, dropwhile,
// takewhile, filterfalse and starmap.
import { PyObject, Py_DECREF } from '../objects/object';
import { None } from '../objects/singletons';
import { PyTuple, TupleType } from '../objects/tupleobject';
import { defMethod } from '../objects/methodobject';
import { typeError } from '../objects/exceptions';
import { PySequence_Tuple } from '../objects/typemethods';
import { PyObject_GetIter, PyObject_IsTrue, binaryOp, callObject, iterNext } from '../abstract';
import { makeTpCall } from '../objects/call_args';
import { checkPositional, exact, itertoolsType, newItertool, noKeywords, parseArgs, ref, splitArgs } from './itertoolsmodule_type';

// ------------------------------------------------------------------------------- accumulate

/** itertools.accumulate: total, it, binop, initial. */
export const AccumulateType = itertoolsType('accumulate', {
  fields: ['total', 'it', 'binop', 'initial'],
  words: (m) => (m >= 12 ? 9 : 8),
  next: (o) => {
    const f = o.f;
    if (f[3] !== None && f[3] !== null) {
      const initial = f[3];
      f[3] = ref(None);
      f[0] = initial;
      return ref(initial);
    }
    if (f[1] === null) return null;
    const val = iterNext(f[1]);
    if (val === null) return null;
    if (f[0] === null) {
      f[0] = ref(val);
      return val;
    }
    let total: PyObject;
    try {
      total = f[2] === null || f[2] === None ? binaryOp(f[0], val, 'Add') : callObject(f[2], [f[0], val], null);
    } finally {
      Py_DECREF(val);
    }
    const old = f[0];
    f[0] = total;
    Py_DECREF(old);
    return ref(total);
  },
});
AccumulateType.tp_new = (t, args, kw) => {
  exact(t, AccumulateType);
  const [pos] = splitArgs(args, kw);
  if (pos.length > 2) throw typeError(`accumulate() takes at most 2 positional arguments (${pos.length} given)`);
  const [iterable, func, initial] = parseArgs('accumulate', ['iterable', 'func', 'initial'], 1, args, kw);
  const it = PyObject_GetIter(iterable!);
  const binop = func === undefined || func === None ? null : ref(func);
  return newItertool(AccumulateType, [null, it, binop, ref(initial ?? None)]);
};

// ------------------------------------------------------------------------------------ chain

/** itertools.chain: source (an iterator over the iterables) and active (the current one's iterator). */
export const ChainType = itertoolsType('chain', {
  fields: ['source', 'active'],
  words: () => 6,
  next: (o) => {
    const f = o.f;
    for (;;) {
      if (f[1] === null) {
        if (f[0] === null) return null;
        const iterable = iterNext(f[0]);
        if (iterable === null) {
          const s = f[0];
          f[0] = null;
          Py_DECREF(s);
          return null;
        }
        try {
          f[1] = PyObject_GetIter(iterable);
        } catch (e) {
          const s = f[0];
          f[0] = null;
          Py_DECREF(s);
          throw e;
        } finally {
          Py_DECREF(iterable);
        }
      }
      const item = iterNext(f[1]);
      if (item !== null) return item;
      const a = f[1];
      f[1] = null;
      Py_DECREF(a);
    }
  },
});
ChainType.tp_new = (t, args, kw) => makeTpCall(args, kw, (packed) => {
  exact(t, ChainType);
  noKeywords('chain', kw);
  // chain_new: source = PyObject_GetIter(args), over the call's argument tuple
  return newItertool(ChainType, [PyObject_GetIter(packed.args), null]);
});
defMethod(ChainType, 'from_iterable', (_cls, args, kw) => {
  noKeywords('from_iterable', kw);
  if (args.length !== 1) throw typeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
  return newItertool(ChainType, [PyObject_GetIter(args[0]), null]);
}, 'classmethod');

// --------------------------------------------------------------------------------- compress

/** itertools.compress: data and selectors (iterators). */
export const CompressType = itertoolsType('compress', {
  fields: ['data', 'selectors'],
  words: () => 6,
  next: (o) => {
    for (;;) {
      const datum = iterNext(o.f[0]!);
      if (datum === null) return null;
      const sel = iterNext(o.f[1]!);
      if (sel === null) {
        Py_DECREF(datum);
        return null;
      }
      let ok: boolean;
      try {
        ok = PyObject_IsTrue(sel);
      } catch (e) {
        Py_DECREF(datum);
        throw e;
      } finally {
        Py_DECREF(sel);
      }
      if (ok) return datum;
      Py_DECREF(datum);
    }
  },
});
CompressType.tp_new = (t, args, kw) => {
  exact(t, CompressType);
  const [data, selectors] = parseArgs('compress', ['data', 'selectors'], 2, args, kw);
  const d = PyObject_GetIter(data!);
  let s: PyObject;
  try {
    s = PyObject_GetIter(selectors!);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return newItertool(CompressType, [d, s]);
};

// ----------------------------------------------------------- dropwhile, takewhile, filterfalse

/** The predicate's truth for `item` (a new reference kept by the caller). */
function predicate(func: PyObject, item: PyObject): boolean {
  const r = callObject(func, [item], null);
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

/** itertools.dropwhile: func, it, start. */
export const DropwhileType = itertoolsType('dropwhile', {
  fields: ['func', 'it'],
  words: () => 7,
  next: (o) => {
    for (;;) {
      const item = iterNext(o.f[1]!);
      if (item === null) return null;
      if (o.n[0]) return item;
      let ok: boolean;
      try {
        ok = predicate(o.f[0]!, item);
      } catch (e) {
        Py_DECREF(item);
        throw e;
      }
      if (!ok) {
        o.n[0] = 1;
        return item;
      }
      Py_DECREF(item);
    }
  },
});

/** itertools.takewhile: func, it, stop. */
export const TakewhileType = itertoolsType('takewhile', {
  fields: ['func', 'it'],
  words: () => 7,
  next: (o) => {
    if (o.n[0]) return null;
    const item = iterNext(o.f[1]!);
    if (item === null) return null;
    let ok: boolean;
    try {
      ok = predicate(o.f[0]!, item);
    } catch (e) {
      Py_DECREF(item);
      throw e;
    }
    if (ok) return item;
    Py_DECREF(item);
    o.n[0] = 1;
    return null;
  },
});

/** itertools.filterfalse: func (None: the items' own truth) and it. */
export const FilterfalseType = itertoolsType('filterfalse', {
  fields: ['func', 'it'],
  words: () => 6,
  next: (o) => {
    for (;;) {
      const item = iterNext(o.f[1]!);
      if (item === null) return null;
      let ok: boolean;
      try {
        ok = o.f[0] === None ? PyObject_IsTrue(item) : predicate(o.f[0]!, item);
      } catch (e) {
        Py_DECREF(item);
        throw e;
      }
      if (!ok) return item;
      Py_DECREF(item);
    }
  },
});

/** itertools.starmap: func and it; each item is the argument tuple of a call. */
export const StarmapType = itertoolsType('starmap', {
  fields: ['func', 'it'],
  words: () => 6,
  next: (o) => {
    const args = iterNext(o.f[1]!);
    if (args === null) return null;
    let tup: PyObject = args;
    try {
      if (args.ob_type !== TupleType) {
        tup = PySequence_Tuple(args);
        Py_DECREF(args);
      }
      return callObject(o.f[0]!, (tup as PyTuple).items, null);
    } finally {
      Py_DECREF(tup);
    }
  },
});

for (const [name, T, nstate] of [['dropwhile', DropwhileType, 1], ['takewhile', TakewhileType, 1], ['filterfalse', FilterfalseType, 0], ['starmap', StarmapType, 0]] as const) {
  T.tp_new = (t, args, kw) => {
    exact(t, T);
    noKeywords(name, kw);
    checkPositional(name, args.length, 2, 2);
    const it = PyObject_GetIter(args[1]);
    return newItertool(T, [ref(args[0]), it], nstate ? [0] : []);
  };
}
