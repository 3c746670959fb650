// Models long_pow's three-argument path of Objects/longobject.c (CPython 3.12): an int raised to
// an int modulo an int, with long_invmod for negative exponents.
import { valueError } from './exceptions';

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
