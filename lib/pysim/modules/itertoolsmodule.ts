// Models Modules/itertoolsmodule.c (CPython 3.11-3.14): the iterator types that take one or more
// iterables and hand their items on (count, cycle, repeat, accumulate, chain, compress, dropwhile,
// takewhile, filterfalse, islice, pairwise, starmap, zip_longest, batched) and the module itself.
// groupby and tee are in itertoolsmodule_groupby.ts / itertoolsmodule_tee.ts, the combinatoric
// iterators in itertoolsmodule_combinatorics.ts.
import { PyObject, PyType, Py_DECREF, RT, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK } from '../objects/object';
import { None } from '../objects/singletons';
import { BoolType, LongType, PyLong, PyLong_From } from '../objects/longobject';
import { FloatType } from '../objects/floatobject';
import { ComplexType } from '../objects/complexobject';
import { PyTuple, PyTuple_New, TupleType } from '../objects/tupleobject';
import { defMethod, defMethodUntil } from '../objects/methodobject';
import { PyList, PyList_Append, PyList_New } from '../objects/listobject';
import { typeError, valueError } from '../objects/exceptions';
import { PySequence_Tuple } from '../objects/typemethods';
import { PyObject_GetIter, PyObject_IsTrue, PyObject_Repr, binaryOp, callObject, iterNext, PyNumber_Index } from '../abstract';
import { lookupHeap } from '../objects/typeobject';
import { makeModule } from './moduletools';
import { makeTpCall } from '../objects/call_args';
import type { PyModule } from '../objects/moduleobject';
import { PyItertool, itertoolsType, minor, newItertool, noKeywords, parseArgs, splitArgs } from './itertoolsmodule_type';
import { GroupbyType, GrouperType } from './itertoolsmodule_groupby';
import { TeeType, teeFunction } from './itertoolsmodule_tee';
import { CombinationsType, CwrType, PermutationsType, ProductType } from './itertoolsmodule_combinatorics';

/** A new reference to `o`. */
function ref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** `_PyArg_CheckPositional(name, nargs, min, max)`. */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Refuses subclasses of the itertools types (heaplab does not simulate them). */
function exact(t: PyType, T: PyType): void {
  if (t !== T) throw typeError(`heaplab does not simulate subclasses of ${T.tp_name}`);
}

/** PyNumber_Check: int, float, complex, bool or a class with __index__, __int__ or __float__. */
function isNumber(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.isSubtype(LongType) || t.isSubtype(FloatType) || t.isSubtype(ComplexType) || t === BoolType) return true;
  return t.heap && (lookupHeap(t, '__index__') !== null || lookupHeap(t, '__int__') !== null || lookupHeap(t, '__float__') !== null);
}

// ------------------------------------------------------------------------------------ count

/** itertools.count: long_cnt and long_step (CPython's fast C counter shows the same values). */
export const CountType = itertoolsType('count', {
  fields: ['long_cnt', 'long_step'],
  words: () => 7,
  next: (o) => {
    const cnt = o.f[0]!;
    o.f[0] = binaryOp(cnt, o.f[1]!, 'Add');
    return cnt;
  },
});
CountType.tp_new = (t, args, kw) => {
  exact(t, CountType);
  const [start, step] = parseArgs('count', ['start', 'step'], 0, args, kw);
  const s0 = start ?? PyLong_From(0), s1 = step ?? PyLong_From(1);
  if (!isNumber(s0) || !isNumber(s1)) throw typeError('a number is required');
  // count_new's fast mode: an int start (that fits a Py_ssize_t) and an int step equal to 1 are
  // kept as C integers, so the object holds neither argument and hands out exact ints
  if (s0.ob_type.isSubtype(LongType) && s1.ob_type.isSubtype(LongType) && PyNumber_Index(s1) === 1) {
    const v = PyNumber_Index(s0);
    const max = RT.profile.pointerSize === 8 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
    if (BigInt(v) <= max && BigInt(v) >= -max - 1n) return newItertool(CountType, [PyLong_From(v), PyLong_From(1)]);
  }
  return newItertool(CountType, [ref(s0), ref(s1)]);
};
/** count_repr: `count(start)` while the step is the int 1, else `count(start, step)`. */
CountType.tp_repr = (o) => {
  const [cnt, step] = (o as PyItertool).f;
  const isOne = step!.ob_type === LongType && (step as PyLong).v === 1;
  return isOne ? `count(${PyObject_Repr(cnt!)})` : `count(${PyObject_Repr(cnt!)}, ${PyObject_Repr(step!)})`;
};

// ------------------------------------------------------------------------------------ cycle

/** itertools.cycle: it, saved (a list of what the first pass saw), index, firstpass. */
export const CycleType = itertoolsType('cycle', {
  fields: ['it', 'saved'],
  words: () => 8,
  next: (o) => {
    const saved = o.f[1] as unknown as { items: PyObject[] };
    if (o.f[0] !== null) {
      const item = iterNext(o.f[0]);
      if (item !== null) {
        if (!o.n[1]) listAppend(o.f[1]!, item);
        return item;
      }
      const it = o.f[0];
      o.f[0] = null;
      Py_DECREF(it);
    }
    if (saved.items.length === 0) return null;
    const item = saved.items[o.n[0]];
    o.n[0]++;
    if (o.n[0] >= saved.items.length) o.n[0] = 0;
    return ref(item);
  },
});
CycleType.tp_new = (t, args, kw) => {
  exact(t, CycleType);
  noKeywords('cycle', kw);
  checkPositional('cycle', args.length, 1, 1);
  const it = PyObject_GetIter(args[0]);
  return newItertool(CycleType, [it, newList()], [0, 0]);
};

// ----------------------------------------------------------------------------------- repeat

/** itertools.repeat: element and cnt (-1: forever). */
export const RepeatType = itertoolsType('repeat', {
  fields: ['element'],
  words: () => 6,
  next: (o) => {
    if (o.n[0] === 0) return null;
    if (o.n[0] > 0) o.n[0]--;
    return ref(o.f[0]!);
  },
});
RepeatType.tp_new = (t, args, kw) => {
  exact(t, RepeatType);
  const [pos, kws] = splitArgs(args, kw);
  for (const k of kws.keys()) if (k !== 'object' && k !== 'times') throw typeError(`repeat() got an unexpected keyword argument '${k}'`);
  if (pos.length > 2) throw typeError(`repeat() takes at most 2 arguments (${pos.length} given)`);
  const element = pos[0] ?? kws.get('object');
  if (element === undefined) throw typeError("repeat() missing required argument 'object' (pos 1)");
  const timesO = pos[1] ?? kws.get('times');
  let cnt = -1;
  if (timesO !== undefined) {
    cnt = Number(PyNumber_Index(timesO));
    // "Does user supply times argument?" — a negative count is an empty repeat
    if (cnt < 0) cnt = 0;
  }
  const r = newItertool(RepeatType, [ref(element)], [cnt]);
  r.lengthHint = (self) => (self as PyItertool).n[0];
  return r;
};
RepeatType.tp_repr = (o) => {
  const r = o as PyItertool;
  return r.n[0] === -1 ? `repeat(${PyObject_Repr(r.f[0]!)})` : `repeat(${PyObject_Repr(r.f[0]!)}, ${r.n[0]})`;
};
// repeat_len: the items left, or "len() of unsized object" for an endless repeat
defMethod(RepeatType, '__length_hint__', (self) => {
  const n = (self as PyItertool).n[0];
  if (n === -1) throw typeError('len() of unsized object');
  return PyLong_From(n);
});

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

// ----------------------------------------------------------------------------------- islice

/** A C Py_ssize_t from an islice argument, or -1 for an argument CPython refuses. */
function sliceIndex(o: PyObject): number {
  if (!(o.ob_type.isSubtype(LongType)) && !(o.ob_type.heap && lookupHeap(o.ob_type, '__index__'))) return -1;
  const v = PyNumber_Index(o);
  if (typeof v === 'bigint') return v < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  return v;
}

/** itertools.islice: it, next (the index of the next item to return), stop (-1: none), step, cnt. */
export const IsliceType = itertoolsType('islice', {
  fields: ['it'],
  words: () => 9,
  next: (o) => {
    const it = o.f[0];
    if (it === null) return null;
    const n = o.n; // [next, stop, step, cnt]
    const empty = () => {
      o.f[0] = null;
      Py_DECREF(it);
      return null;
    };
    while (n[3] < n[0]) {
      const item = iterNext(it);
      if (item === null) return empty();
      Py_DECREF(item);
      n[3]++;
    }
    if (n[1] !== -1 && n[3] >= n[1]) return empty();
    const item = iterNext(it);
    if (item === null) return empty();
    n[3]++;
    n[0] += n[2];
    if (n[1] !== -1 && n[0] > n[1]) n[0] = n[1];
    return item;
  },
});
IsliceType.tp_new = (t, args, kw) => {
  exact(t, IsliceType);
  noKeywords('islice', kw);
  checkPositional('islice', args.length, 2, 4);
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  const indexMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0, stop = -1, step = 1;
  if (args.length === 2) {
    if (args[1] !== None) {
      stop = sliceIndex(args[1]);
      if (stop === -1) throw valueError(stopMsg);
    }
  } else {
    if (args[1] !== None) start = sliceIndex(args[1]);
    if (args[2] !== None) {
      stop = sliceIndex(args[2]);
      if (stop === -1) throw valueError(stopMsg);
    }
  }
  if (start === -1) throw valueError(indexMsg);
  if (args.length === 4 && args[3] !== None) {
    step = sliceIndex(args[3]);
    if (step === -1) step = 0;
  }
  if (step < 1) throw valueError('Step for islice() must be a positive integer or None.');
  const it = PyObject_GetIter(args[0]);
  return newItertool(IsliceType, [it], [start, stop, step, 0]);
};

// --------------------------------------------------------------------------------- pairwise

/** The `Py_REFCNT(result) == 1` test: the object's result tuple (a new reference, tracked again), or null. */
function recycleResult(o: PyItertool): PyTuple | null {
  const r = o.result as PyTuple | null;
  if (r === null || r.ob_refcnt !== 1) return null;
  r.ob_refcnt++;
  if (!_PyObject_GC_IS_TRACKED(r)) _PyObject_GC_TRACK(r);
  return r;
}

/** itertools.pairwise: it, old (and, 3.13+, a result tuple it may reuse). */
export const PairwiseType = itertoolsType('pairwise', {
  fields: ['it', 'old'],
  words: (m) => (m >= 13 ? 7 : 6),
  next: (o) => {
    const f = o.f;
    if (f[0] === null) return null;
    const stop = () => {
      const it = f[0], old = f[1];
      f[0] = null;
      f[1] = null;
      if (it) Py_DECREF(it);
      if (old) Py_DECREF(old);
      return null;
    };
    if (f[1] === null) {
      const first = iterNext(f[0]);
      if (first === null) return stop();
      f[1] = first;
      if (f[0] === null) return stop();
    }
    const nw = iterNext(f[0]);
    if (nw === null) return stop();
    const old = f[1]!;
    let r: PyTuple;
    const reuse = minor() >= 13 ? recycleResult(o) : null;
    if (reuse) {
      // 3.13+: the result tuple refilled in place while only the object holds it
      const [lastOld, lastNew] = reuse.items;
      reuse.items[0] = ref(old);
      reuse.items[1] = ref(nw);
      Py_DECREF(lastOld);
      Py_DECREF(lastNew);
      r = reuse;
    } else {
      r = PyTuple_New([ref(old), ref(nw)]);
      if (minor() >= 13) {
        const prev = o.result;
        o.result = ref(r);
        if (prev) Py_DECREF(prev);
      }
    }
    f[1] = nw;
    Py_DECREF(old);
    return r;
  },
});
PairwiseType.tp_new = (t, args, kw) => {
  exact(t, PairwiseType);
  noKeywords('pairwise', kw);
  checkPositional('pairwise', args.length, 1, 1);
  const it = PyObject_GetIter(args[0]);
  // 3.13+: po->result = PyTuple_Pack(2, None, None)
  return newItertool(PairwiseType, [it, null], [], (o) => {
    if (minor() >= 13) o.result = PyTuple_New([ref(None), ref(None)]);
  });
};

// ------------------------------------------------------------------------------ zip_longest

/** itertools.zip_longest: ittuple (its iterators, None once exhausted), result, fillvalue; numactive. */
export const ZipLongestType = itertoolsType('zip_longest', {
  fields: ['ittuple', 'fillvalue'],
  words: () => 9,
  next: (o) => {
    const its = (o.f[0] as PyTuple).items;
    if (its.length === 0 || o.n[0] === 0) return null;
    // the result tuple is refilled in place while only the object holds it (bpo-42536: tracked
    // again), else a new one is made first (PyTuple_New, freed again when the last iterator ends)
    let res = recycleResult(o);
    if (res === null) {
      None.ob_refcnt += its.length;
      res = PyTuple_New(its.map(() => None));
    }
    for (let i = 0; i < its.length; i++) {
      let item: PyObject | null;
      if (o.n[1 + i]) item = ref(o.f[1]!);
      else {
        item = iterNext(its[i]);
        if (item === null) {
          o.n[0]--;
          if (o.n[0] === 0) {
            Py_DECREF(res);
            return null;
          }
          // ittuple[i] = NULL (heaplab keeps None there)
          o.n[1 + i] = 1;
          const old = its[i];
          its[i] = ref(None);
          Py_DECREF(old);
          item = ref(o.f[1]!);
        }
      }
      const old = res.items[i];
      res.items[i] = item;
      Py_DECREF(old);
    }
    return res;
  },
});
ZipLongestType.tp_new = (t, args, kw) => {
  exact(t, ZipLongestType);
  const [pos, kws] = splitArgs(args, kw);
  let fill: PyObject = None;
  for (const [k, v] of kws) {
    if (k !== 'fillvalue') throw typeError('zip_longest() got an unexpected keyword argument');
    fill = v;
  }
  const its: PyObject[] = [];
  try {
    for (const p of pos) its.push(PyObject_GetIter(p));
  } catch (e) {
    for (const x of its) Py_DECREF(x);
    throw e;
  }
  const ittuple = PyTuple_New(its);
  const result = PyTuple_New(its.map(() => ref(None)));
  return newItertool(ZipLongestType, [ittuple, ref(fill)], [its.length, ...its.map(() => 0)], (o) => {
    o.result = result;
  });
};

// ---------------------------------------------------------------------------------- batched

/** itertools.batched (3.12+): it, batch_size and, 3.13+, strict. */
export const BatchedType = itertoolsType('batched', {
  fields: ['it'],
  words: (m) => (m >= 13 ? 7 : 6),
  next: (o) => {
    const it = o.f[0];
    if (it === null) return null;
    const n = o.n[0];
    // batched_next: the tuple of n is made first and filled; an incomplete last batch is
    // _PyTuple_Resize'd in place (heaplab keeps its block), an empty one freed
    None.ob_refcnt += n;
    const result = PyTuple_New(new Array<PyObject>(n).fill(None));
    let i = 0;
    for (; i < n; i++) {
      let item: PyObject | null;
      try {
        item = iterNext(it);
      } catch (e) {
        Py_DECREF(result);
        throw e;
      }
      if (item === null) break;
      result.items[i] = item;
      Py_DECREF(None);
    }
    if (i < n) {
      if (i === 0 || o.n[1]) {
        o.f[0] = null;
        Py_DECREF(it);
        Py_DECREF(result);
        if (i === 0) return null;
        throw valueError('batched(): incomplete batch');
      }
      for (let j = i; j < n; j++) Py_DECREF(None);
      result.items.length = i;
    }
    return result;
  },
});
BatchedType.tp_new = (t, args, kw) => {
  exact(t, BatchedType);
  const strictOk = minor() >= 13;
  const [pos] = splitArgs(args, kw);
  if (strictOk && pos.length > 2) throw typeError(`batched() takes at most 2 positional arguments (${pos.length} given)`);
  const [iterable, nO, strict] = parseArgs('batched', strictOk ? ['iterable', 'n', 'strict'] : ['iterable', 'n'], 2, args, kw);
  const n = Number(PyNumber_Index(nO!));
  if (n < 1) throw valueError('n must be at least one');
  const it = PyObject_GetIter(iterable!);
  return newItertool(BatchedType, [it], [n, strict !== undefined && PyObject_IsTrue(strict) ? 1 : 0]);
};

// ---------------------------------------------------------------------- the module, __reduce__

/** A new empty list (cycle's `saved`). */
function newList(): PyObject {
  return PyList_New([]);
}

/** PyList_Append of `item` (borrowed) to the list `l`. */
function listAppend(l: PyObject, item: PyObject): void {
  PyList_Append(l as PyList, item);
}

// 3.11-3.13: count and repeat pickle (copy.copy uses __reduce__; 3.12 and 3.13 warn with a
// DeprecationWarning that the default filters hide); 3.14 removed pickling of itertools objects.
defMethodUntil(14, CountType, '__reduce__', (self) => {
  const [cnt, step] = (self as PyItertool).f;
  const isOne = step!.ob_type === LongType && (step as PyLong).v === 1;
  return PyTuple_New([ref(CountType), PyTuple_New(isOne ? [ref(cnt!)] : [ref(cnt!), ref(step!)])]);
});
defMethodUntil(14, RepeatType, '__reduce__', (self) => {
  const r = self as PyItertool;
  const args = r.n[0] === -1 ? [ref(r.f[0]!)] : [ref(r.f[0]!), PyLong_From(r.n[0])];
  return PyTuple_New([ref(RepeatType), PyTuple_New(args)]);
});
// the other types' __reduce__ (3.11-3.13) is not modelled: copying them says so rather than
// falling back on object.__reduce_ex__, which would refuse with a message CPython does not print
for (const T of [CycleType, AccumulateType, ChainType, CompressType, DropwhileType, TakewhileType, FilterfalseType, StarmapType, IsliceType, ZipLongestType, GroupbyType, GrouperType, ProductType, PermutationsType, CombinationsType, CwrType]) {
  defMethodUntil(14, T, '__reduce__', () => {
    throw typeError(`heaplab does not simulate pickling or copying ${T.tp_name} objects yet`);
  });
}

// The types have no vectorcall: calling one goes through _PyObject_MakeTpCall, whose argument
// tuple and keywords dict live for the duration of tp_new (chain's source iterates that tuple)
for (const T of [CountType, CycleType, RepeatType, AccumulateType, CompressType, DropwhileType, TakewhileType, FilterfalseType, StarmapType, IsliceType, PairwiseType, ZipLongestType, BatchedType, GroupbyType, TeeType, ProductType, PermutationsType, CombinationsType, CwrType]) {
  const inner = T.tp_new!;
  T.tp_new = (t, args, kw) => makeTpCall(args, kw, () => inner(t, args, kw));
}

/** The itertools module of CPython 3.`minor` (batched from 3.12 on). */
export function makeItertoolsModule(): PyModule {
  const m = minor();
  const attrs: Record<string, PyObject> = {
    accumulate: AccumulateType, chain: ChainType, combinations: CombinationsType,
    combinations_with_replacement: CwrType, compress: CompressType, count: CountType, cycle: CycleType,
    dropwhile: DropwhileType, filterfalse: FilterfalseType, groupby: GroupbyType, islice: IsliceType,
    pairwise: PairwiseType, permutations: PermutationsType, product: ProductType, repeat: RepeatType,
    starmap: StarmapType, takewhile: TakewhileType, tee: teeFunction(), zip_longest: ZipLongestType,
    _grouper: GrouperType, _tee: TeeType,
  };
  if (m >= 12) attrs.batched = BatchedType;
  return makeModule('itertools', attrs);
}
