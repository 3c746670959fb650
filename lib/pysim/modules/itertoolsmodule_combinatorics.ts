// Models the combinatoric iterators of Modules/itertoolsmodule.c (CPython 3.11-3.14): product,
// permutations, combinations and combinations_with_replacement. Each keeps its pool(s) as tuples,
// an index array (and permutations its cycles), and a result tuple it refills in place while no
// one else holds it (`Py_REFCNT(result) == 1`); __sizeof__ counts the index arrays.
import { PyObject, Py_DECREF, _PyObject_GC_IS_TRACKED, _PyObject_GC_TRACK } from '../objects/object';
import { None } from '../objects/singletons';
import { LongType } from '../objects/longobject';
import { PyTuple, PyTuple_New, _PyTuple_FromArray } from '../objects/tupleobject';
import { typeError, valueError } from '../objects/exceptions';
import { PySequence_Tuple, splitKw } from '../objects/typemethods';
import { PyNumber_Index } from '../abstract';
import { SIZEOF_VOID_P } from '../objects/layout';
import { PyItertool, itertoolsType, minor, newItertool, parseArgs } from './itertoolsmodule_type';

/** The result tuple to refill (a new reference), or a fresh copy of it when someone else holds it. */
function refillable(o: PyItertool): PyTuple {
  const r = o.result as PyTuple;
  if (r.ob_refcnt === 1) {
    if (!_PyObject_GC_IS_TRACKED(r)) _PyObject_GC_TRACK(r);
    return r;
  }
  // _PyTuple_FromArray of the old result's items
  const copy = _PyTuple_FromArray(r.items.map((x) => (x.ob_refcnt++, x)));
  o.result = copy;
  Py_DECREF(r);
  return copy;
}

/** Puts `x` (borrowed) at `i` of the result tuple `r`. */
function setItem(r: PyTuple, i: number, x: PyObject): void {
  x.ob_refcnt++;
  const old = r.items[i];
  r.items[i] = x;
  Py_DECREF(old);
}

/** Hands out the result: a new reference to it. */
function give(o: PyItertool): PyObject {
  o.result!.ob_refcnt++;
  return o.result!;
}

/** The first result: a tuple of `items` (borrowed), kept as `result`. */
function firstResult(o: PyItertool, items: PyObject[]): PyObject {
  o.result = PyTuple_New(items.map((x) => (x.ob_refcnt++, x)));
  return give(o);
}

/** The `r` argument: an int, else "Expected int as r". */
function rArg(o: PyObject): number {
  if (!o.ob_type.isSubtype(LongType)) throw typeError('Expected int as r');
  return Number(PyNumber_Index(o));
}

// n[0]: stopped; ix: indices. f[0]: pools (product) or pool.

/** itertools.product: pools (a tuple of tuples), indices, result, stopped. */
export const ProductType = itertoolsType('product', {
  fields: ['pools'],
  words: () => 8,
  extra: (o) => o.ix.length * SIZEOF_VOID_P(),
  next: (o) => {
    if (o.n[0]) return null;
    const pools = (o.f[0] as PyTuple).items as PyTuple[];
    const npools = pools.length;
    if (o.result === null) {
      if (pools.some((p) => p.items.length === 0)) {
        o.n[0] = 1;
        return null;
      }
      return firstResult(o, pools.map((p) => p.items[0]));
    }
    if (npools === 0) {
      o.n[0] = 1;
      return null;
    }
    const r = refillable(o);
    let i = npools - 1;
    for (; i >= 0; i--) {
      const pool = pools[i].items;
      o.ix[i]++;
      if (o.ix[i] === pool.length) {
        o.ix[i] = 0;
        setItem(r, i, pool[0]);
      } else {
        setItem(r, i, pool[o.ix[i]]);
        break;
      }
    }
    if (i < 0) {
      o.n[0] = 1;
      return null;
    }
    return give(o);
  },
});
ProductType.tp_new = (t, args, kw) => {
  if (t !== ProductType) throw typeError('heaplab does not simulate subclasses of itertools.product');
  const [pos, kws] = splitKw(args, kw);
  let repeat = 1;
  for (const [k, v] of kws) {
    if (k !== 'repeat') throw typeError(minor() >= 13 ? `product() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for product()`);
    repeat = Number(PyNumber_Index(v));
    if (repeat < 0) throw valueError('repeat argument cannot be negative');
  }
  const base: PyObject[] = [];
  try {
    for (const p of pos) base.push(PySequence_Tuple(p));
  } catch (e) {
    for (const x of base) Py_DECREF(x);
    throw e;
  }
  const pools: PyObject[] = [];
  for (let r = 0; r < repeat; r++) for (const p of base) pools.push((p.ob_refcnt++, p));
  for (const x of base) Py_DECREF(x);
  return newItertool(ProductType, [PyTuple_New(pools)], [0], (o) => {
    o.ix = pools.map(() => 0);
  });
};

/** itertools.permutations: pool, indices, cycles, result, r, stopped. */
export const PermutationsType = itertoolsType('permutations', {
  fields: ['pool'],
  words: () => 10,
  extra: (o) => (o.ix.length + o.cy.length) * SIZEOF_VOID_P(),
  next: (o) => {
    if (o.n[0]) return null;
    const pool = (o.f[0] as PyTuple).items;
    const n = pool.length, r = o.n[1];
    const { ix: indices, cy: cycles } = o;
    if (o.result === null) {
      if (r > n) {
        o.n[0] = 1;
        return null;
      }
      return firstResult(o, indices.slice(0, r).map((i) => pool[i]));
    }
    if (n === 0) {
      o.n[0] = 1;
      return null;
    }
    const res = refillable(o);
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        // rotate indices[i:] left by one
        const index = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
        for (let k = i; k < r; k++) setItem(res, k, pool[indices[k]]);
        break;
      }
    }
    if (i < 0) {
      o.n[0] = 1;
      return null;
    }
    return give(o);
  },
});
PermutationsType.tp_new = (t, args, kw) => {
  if (t !== PermutationsType) throw typeError('heaplab does not simulate subclasses of itertools.permutations');
  const [iterable, rO] = parseArgs('permutations', ['iterable', 'r'], 1, args, kw);
  let r = -1;
  if (rO !== undefined && rO !== None) {
    r = rArg(rO);
    if (r < 0) throw valueError('r must be non-negative');
  }
  const pool = PySequence_Tuple(iterable!) as PyTuple;
  const n = pool.items.length;
  if (r === -1) r = n;
  return newItertool(PermutationsType, [pool], [0, r], (o) => {
    o.ix = Array.from({ length: n }, (_, i) => i);
    o.cy = Array.from({ length: r }, (_, i) => n - i);
  });
};

/** combinations (`repl` false) and combinations_with_replacement: pool, indices, result, r, stopped. */
function combinationsNext(repl: boolean) {
  return (o: PyItertool): PyObject | null => {
    if (o.n[0]) return null;
    const pool = (o.f[0] as PyTuple).items;
    const n = pool.length, r = o.n[1];
    const indices = o.ix;
    if (o.result === null) {
      if (repl ? n === 0 && r > 0 : r > n) {
        o.n[0] = 1;
        return null;
      }
      return firstResult(o, indices.map((i) => pool[i]));
    }
    const res = refillable(o);
    // the rightmost index that can still grow
    let i = r - 1;
    if (repl) while (i >= 0 && indices[i] === n - 1) i--;
    else while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      o.n[0] = 1;
      return null;
    }
    if (repl) {
      const index = indices[i] + 1;
      for (let j = i; j < r; j++) {
        indices[j] = index;
        setItem(res, j, pool[index]);
      }
    } else {
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
      for (let j = i; j < r; j++) setItem(res, j, pool[indices[j]]);
    }
    return give(o);
  };
}

/** itertools.combinations. */
export const CombinationsType = itertoolsType('combinations', {
  fields: ['pool'],
  words: () => 9,
  extra: (o) => o.ix.length * SIZEOF_VOID_P(),
  next: combinationsNext(false),
});
/** itertools.combinations_with_replacement. */
export const CwrType = itertoolsType('combinations_with_replacement', {
  fields: ['pool'],
  words: () => 9,
  extra: (o) => o.ix.length * SIZEOF_VOID_P(),
  next: combinationsNext(true),
});
for (const [name, T, repl] of [['combinations', CombinationsType, false], ['combinations_with_replacement', CwrType, true]] as const) {
  T.tp_new = (t, args, kw) => {
    if (t !== T) throw typeError(`heaplab does not simulate subclasses of itertools.${name}`);
    const [iterable, rO] = parseArgs(name, ['iterable', 'r'], 2, args, kw);
    // Argument Clinic's Py_ssize_t converter
    const r = Number(PyNumber_Index(rO!));
    if (r < 0) throw valueError('r must be non-negative');
    const pool = PySequence_Tuple(iterable!) as PyTuple;
    return newItertool(T, [pool], [0, r], (o) => {
      o.ix = Array.from({ length: r }, (_, i) => (repl ? 0 : i));
    });
  };
}
