// Models the iterators of Modules/itertoolsmodule.c (CPython 3.11-3.14) that cut or group their
// input: islice (with its argument errors), pairwise, zip_longest and batched, and the result
// tuples pairwise (3.13+) and zip_longest refill while no one else holds them.
import { PyObject, Py_DECREF, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK } from '../objects/object';
import { None } from '../objects/singletons';
import { LongType } from '../objects/longobject';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { typeError, valueError } from '../objects/exceptions';
import { PyObject_GetIter, PyObject_IsTrue, iterNext, PyNumber_Index } from '../abstract';
import { lookupHeap } from '../objects/typeobject';
import { PyItertool, checkPositional, exact, itertoolsType, minor, newItertool, noKeywords, parseArgs, ref, splitArgs } from './itertoolsmodule_type';

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
