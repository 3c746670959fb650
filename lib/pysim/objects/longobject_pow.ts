// Models long_pow's three-argument path of Objects/longobject.c (CPython 3.12): an int raised to
// an int modulo an int, with long_invmod for negative exponents.
import { valueError } from './exceptions';
import { PyObject, Py_DECREF } from './object';
import { PyLong_From, PyLong_FromAllocDigits, longDigits, normInt } from './longobject';

/** long_invmod: the inverse of `a` modulo `n` (n > 0), or the ValueError pow() raises. */
function long_invmod(a: bigint, n: bigint): bigint {
  let [r0, r1, s0, s1] = [a, n, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  return ((s0 % n) + n) % n;
}

/**
 * `pow(b, e, m)` for ints: the result has the modulus's sign (a negative modulus gives a result in
 * (m, 0]); a zero modulus and a base without an inverse (negative `e`) are CPython's ValueErrors.
 */
export function long_pow_mod(b: bigint, e: bigint, m: bigint): bigint {
  if (m === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const mm = m < 0n ? -m : m;
  let x = ((b % mm) + mm) % mm, k = e;
  if (k < 0n) {
    x = long_invmod(x, mm);
    k = -k;
  }
  let r = mm === 1n ? 0n : 1n;
  for (; k > 0n; k >>= 1n) {
    if (k & 1n) r = (r * x) % mm;
    x = (x * x) % mm;
  }
  if (m < 0n && r !== 0n) r -= mm;
  return r;
}

const DIGIT_BITS = 30n;
/** |v| < 2**30: a compact int (one digit), which long_mul multiplies with _PyLong_FromSTwoDigits. */
const isCompact = (v: bigint): boolean => (v < 0n ? -v : v) < (1n << DIGIT_BITS);

/**
 * long_mul(x, y) as allocations go: two compact ints make their product through
 * _PyLong_FromSTwoDigits (a small int, or a new int of the product's own size); otherwise k_mul /
 * x_mul allocate the sum of the operands' digit counts and normalize afterwards, so the block
 * keeps that size class (a sign that differs is flipped in place: the result is not shared).
 */
function longMulAlloc(x: bigint, y: bigint): PyObject {
  const v = x * y;
  if (isCompact(x) && isCompact(y)) return PyLong_From(v);
  const r = normInt(v);
  if (typeof r === 'number' && r >= -5 && r <= 256) return PyLong_From(r);
  return PyLong_FromAllocDigits(v, longDigits(x) + longDigits(y));
}

/**
 * long_pow(a, b) without a modulus, for 0 <= b < 2**60 (Objects/longobject.c, 3.11+): the
 * left-to-right binary exponentiation's products, each a new int that replaces the previous one
 * (Py_XSETREF), so the blocks they take and free decide where the result lands (`x = 2 ** 70`
 * after `del` of an earlier one reuses its block as CPython does). Returns null for the exponents
 * this does not model (the k-ary path past 2**60).
 */
export function long_pow_alloc(a: bigint, b: bigint): PyObject | null {
  if (b < 0n || b >= 1n << 60n) return null;
  let z: PyObject | null = null; // null: z is the base itself (a borrowed reference)
  let zv = 1n;
  const mult = (x: bigint, y: bigint): void => {
    const temp = longMulAlloc(x, y);
    if (z !== null) Py_DECREF(z);
    z = temp;
    zv = x * y;
  };
  const digitsOf = (v: bigint): number[] => {
    const out: number[] = [];
    for (let t = v; t > 0n; t >>= DIGIT_BITS) out.push(Number(t & ((1n << DIGIT_BITS) - 1n)));
    return out;
  };
  const bd = digitsOf(b);
  let i = bd.length;
  let bi = i ? bd[i - 1] : 0;
  if (i <= 1 && bi <= 3) {
    // aim for minimal overhead
    if (bi >= 2) {
      mult(a, a);
      if (bi === 3) mult(zv, a);
    } else if (bi === 1) {
      mult(a, 1n);
    } else return PyLong_From(1);
  } else {
    zv = a;
    let bit = 2;
    for (; ; bit *= 2) {
      if (bit > bi) {
        bit /= 2;
        break;
      }
    }
    for (--i, bit = Math.floor(bit / 2); ;) {
      for (; bit !== 0; bit = Math.floor(bit / 2)) {
        mult(zv, zv);
        if (bi & bit) mult(zv, a);
      }
      if (--i < 0) break;
      bi = bd[i];
      bit = 1 << 29;
    }
  }
  // every exponent of 2 or more multiplies at least once
  return z ?? PyLong_From(a);
}
