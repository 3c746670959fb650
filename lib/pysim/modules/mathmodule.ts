// Models Modules/mathmodule.c (CPython 3.12): a small subset.
import { PyObject } from '../objects/object';
import { PyBool, PyLong, PyLong_From, normInt } from '../objects/longobject';
import { PyFloat_FromDouble } from '../objects/floatobject';
import { typeError, valueError, pyErr, OverflowErrorType, NotImplementedErrorType } from '../objects/exceptions';
import { None } from '../objects/singletons';
import { asIndex, iterToArray } from '../abstract';
import { Py_DECREF } from '../objects/object';
import { makeModule } from './moduletools';
import { mathDomainError, mathFloatFunctions, num } from './mathmodule_float';

/** 3.14's domain-error wording of the log functions (loghelper) and of asin/acos. */
const POSITIVE = 'expected a positive input';
const UNIT_RANGE = 'expected a number in range from -1 up to 1';
import type { PyModule } from '../objects/moduleobject';
import { PyLong_FromDouble } from '../objects/longobject_double';

function f1(fn: (x: number) => number, domain?: (x: number) => boolean, errMsg: string | null = null, withValue = true) {
  return (_s: PyObject | null, args: PyObject[]) => {
    const x = num(args[0]);
    if (domain && !domain(x)) throw mathDomainError(errMsg, withValue ? x : null);
    return PyFloat_FromDouble(fn(x));
  };
}

/**
 * math_pow_impl: C99 pow() (1 ** y and x ** 0 are 1 even for NaN, (-1) ** ±inf is 1); with finite
 * arguments a NaN result is "math domain error", an infinite one "math range error" (or a domain
 * error for 0 to a negative power).
 */
function math_pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === 1 || y === 0) return 1;
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    if (x === -1 && !Number.isFinite(y)) return 1;
    return Math.pow(x, y);
  }
  const r = Math.pow(x, y);
  if (Number.isNaN(r)) throw valueError('math domain error');
  if (!Number.isFinite(r)) {
    if (x === 0) throw valueError('math domain error');
    throw pyErr(OverflowErrorType, 'math range error');
  }
  return r;
}

/** math_comb / math_perm arguments: Python ints, not negative ("n must be a non-negative integer"). */
function nonNegative(args: PyObject[], name: string): bigint[] {
  if (args.length < 1 || (name === 'comb' && args.length < 2)) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
  return args.slice(0, 2).map((a, i) => {
    const v = BigInt(asIndex(a));
    if (v < 0n) throw valueError(`${i === 0 ? 'n' : 'k'} must be a non-negative integer`);
    return v;
  });
}

/**
 * math_fsum: Shewchuk's exact summation over the partials (msum), with the overflow and inf/nan
 * handling and the final half-even correction of Modules/mathmodule.c.
 */
function math_fsum(xs: number[]): number {
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  for (const item of xs) {
    let x = item;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y, lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(item)) throw pyErr(OverflowErrorType, 'intermediate overflow in fsum');
        if (!Number.isNaN(item)) infSum += item;
        specialSum += item;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length, hi = 0, lo = 0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2, x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** The math module. */
export function makeMathModule(): PyModule {
  const consts = { pi: PyFloat_FromDouble(Math.PI), e: PyFloat_FromDouble(Math.E), tau: PyFloat_FromDouble(2 * Math.PI), inf: PyFloat_FromDouble(Infinity), nan: PyFloat_FromDouble(NaN) };
  const m = makeModule('math', {
    ...consts,
    ...mathFloatFunctions(),
    sqrt: f1(Math.sqrt, (x) => x >= 0, 'expected a nonnegative input'),
    exp: (_s, args) => {
      const x = num(args[0]);
      const r = Math.exp(x);
      if (!Number.isFinite(r) && Number.isFinite(x)) throw pyErr(OverflowErrorType, 'math range error');
      return PyFloat_FromDouble(r);
    },
    log: (_s, args) => {
      // loghelper for x, then for the base: a non-positive one is a domain error too
      const x = num(args[0]);
      if (x <= 0) throw mathDomainError(POSITIVE, null);
      if (args.length > 1) {
        const base = num(args[1]);
        if (base <= 0) throw mathDomainError(POSITIVE, null);
        return PyFloat_FromDouble(Math.log(x) / Math.log(base));
      }
      return PyFloat_FromDouble(Math.log(x));
    },
    log2: f1(Math.log2, (x) => x > 0, POSITIVE, false),
    log10: f1(Math.log10, (x) => x > 0, POSITIVE, false),
    sin: f1(Math.sin), cos: f1(Math.cos), tan: f1(Math.tan), atan: f1(Math.atan),
    fabs: f1(Math.abs),
    // CPython's own m_lgamma (Lanczos); imported by random.py (binomialvariate), not modelled yet
    lgamma: () => {
      throw pyErr(NotImplementedErrorType, 'heaplab does not simulate math.lgamma yet');
    },
    floor: (_s, args) => (args[0] instanceof PyLong ? PyLong_From(args[0].v) : PyLong_FromDouble(Math.floor(num(args[0])))),
    ceil: (_s, args) => (args[0] instanceof PyLong ? PyLong_From(args[0].v) : PyLong_FromDouble(Math.ceil(num(args[0])))),
    trunc: (_s, args) => (args[0] instanceof PyLong ? PyLong_From(args[0].v) : PyLong_FromDouble(Math.trunc(num(args[0])))),
    isnan: (_s, args) => PyBool(Number.isNaN(num(args[0]))),
    isinf: (_s, args) => PyBool(Math.abs(num(args[0])) === Infinity),
    isfinite: (_s, args) => PyBool(Number.isFinite(num(args[0]))),
    pow: (_s, args) => PyFloat_FromDouble(math_pow(num(args[0]), num(args[1]))),
    hypot: (_s, args) => PyFloat_FromDouble(Math.hypot(...args.map(num))),
    gcd: (_s, args) => {
      let g = 0n;
      for (const a of args) {
        let b = BigInt(asIndex(a));
        if (b < 0n) b = -b;
        let x = g;
        while (b) [x, b] = [b, x % b];
        g = x;
      }
      return PyLong_From(normInt(g));
    },
    factorial: (_s, args) => {
      const n = asIndex(args[0]);
      if (n < 0) throw valueError('factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= BigInt(n); i++) r *= i;
      return PyLong_From(normInt(r));
    },
    isclose: (_s, args) => {
      const a = num(args[0]), b = num(args[1]);
      return PyBool(a === b || Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 0));
    },
    fsum: (_s, args) => {
      const items = iterToArray(args[0]);
      const xs: number[] = [];
      try {
        for (const x of items) xs.push(num(x));
      } finally {
        for (const x of items) Py_DECREF(x);
      }
      return PyFloat_FromDouble(math_fsum(xs));
    },
    comb: (_s, args) => {
      const [n, k] = nonNegative(args, 'comb');
      if (k > n) return PyLong_From(0);
      let r = 1n;
      const kk = k < n - k ? k : n - k;
      for (let i = 0n; i < kk; i++) r = (r * (n - i)) / (i + 1n);
      return PyLong_From(normInt(r));
    },
    perm: (_s, args) => {
      if (args.length < 2 || args[1] === None) {
        const [n] = nonNegative([args[0]], 'perm');
        let r = 1n;
        for (let i = 2n; i <= n; i++) r *= i;
        return PyLong_From(normInt(r));
      }
      const [n, k] = nonNegative(args, 'perm');
      if (k > n) return PyLong_From(0);
      let r = 1n;
      for (let i = 0n; i < k; i++) r *= n - i;
      return PyLong_From(normInt(r));
    },
    isqrt: (_s, args) => {
      const n = BigInt(asIndex(args[0]));
      if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
      if (n < 2n) return PyLong_From(normInt(n));
      let x = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return PyLong_From(normInt(x));
    },
    lcm: (_s, args) => {
      let l = 1n;
      for (const a of args) {
        let b = BigInt(asIndex(a));
        if (b < 0n) b = -b;
        if (b === 0n || l === 0n) { l = 0n; continue; }
        let x = l, y = b;
        while (y) [x, y] = [y, x % y];
        l = (l / x) * b;
      }
      return PyLong_From(normInt(args.length ? l : 1n));
    },
    dist: (_s, args) => {
      const p = iterToArray(args[0]), q = iterToArray(args[1]);
      try {
        if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
        return PyFloat_FromDouble(Math.hypot(...p.map((x, i) => num(x) - num(q[i]))));
      } finally {
        for (const x of [...p, ...q]) Py_DECREF(x);
      }
    },
    radians: f1((x) => x * (Math.PI / 180)),
    degrees: f1((x) => x * (180 / Math.PI)),
    asin: f1(Math.asin, (x) => x >= -1 && x <= 1, UNIT_RANGE), acos: f1(Math.acos, (x) => x >= -1 && x <= 1, UNIT_RANGE),
    atan2: (_s, args) => PyFloat_FromDouble(Math.atan2(num(args[0]), num(args[1]))),
    prod: (_s, args) => {
      const items = iterToArray(args[0]);
      let acc: PyObject = PyLong_From(1);
      const { binaryOp } = absMod;
      for (const x of items) {
        const r = binaryOp(acc, x, 'Mult');
        Py_DECREF(acc);
        Py_DECREF(x);
        acc = r;
      }
      return acc;
    },
  });
  for (const v of Object.values(consts)) Py_DECREF(v);
  return m;
}
import * as absMod from '../abstract';

const STRUCT_SIZES: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8 };

/** The struct module (calcsize only, native mode with alignment). Models Modules/_struct.c. */
export function makeStructModule(pointer: number): PyModule {
  return makeModule('struct', {
    calcsize: (_s, args) => {
      const fmt = args[0];
      const s = (fmt as unknown as { v?: string }).v;
      if (typeof s !== 'string') throw typeError(`Struct() argument 1 must be a str or bytes, not ${fmt.ob_type.tp_name}`);
      let size = 0;
      let native = true;
      let i = 0;
      if ('@=<>!'.includes(s[0] ?? '')) {
        native = s[0] === '@';
        i = 1;
      }
      while (i < s.length) {
        let num = '';
        while (i < s.length && /[0-9]/.test(s[i])) num += s[i++];
        const c = s[i++];
        if (c === undefined) break;
        if (c === ' ') continue;
        // native l, L, n, N and P are as wide as a pointer (LP64 / ILP32); standard sizes are fixed
        let sz = native && 'lLnNP'.includes(c) ? pointer : STRUCT_SIZES[c];
        if (c === 's' || c === 'p') sz = 1;
        if (sz === undefined) throw pyErr(excTypes.get('ValueError')!, 'bad char in struct format');
        if (native && c !== 's' && c !== 'p' && sz > 1) size = Math.ceil(size / sz) * sz;
        size += sz * (num ? parseInt(num, 10) : 1);
      }
      return PyLong_From(size);
    },
  });
}
import { excTypes } from '../objects/exceptions';
