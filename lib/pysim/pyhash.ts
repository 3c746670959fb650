// Models Python/pyhash.c (CPython 3.11+): _Py_HashBytes over SipHash-1-3, the default
// Py_HASH_ALGORITHM, or FNV (Pyodide's build), with the key PYTHONHASHSEED=0 gives
// (_Py_HashSecret zeroed: k0 = k1 = 0, no FNV prefix or suffix). The SipHash lanes are held as
// pairs of uint32 so hashing stays in small-integer arithmetic.

const V = new Uint32Array(8); // v0..v3 as [hi, lo] pairs

/** v[a] += v[b] (64-bit, wrapping). */
function add(a: number, b: number): void {
  const lo = (V[2 * a + 1] + V[2 * b + 1]) >>> 0;
  const carry = lo < V[2 * a + 1] ? 1 : 0;
  V[2 * a] = (V[2 * a] + V[2 * b] + carry) >>> 0;
  V[2 * a + 1] = lo;
}

/** v[x] = ROTATE(v[x], s) for 0 < s < 32, or s == 32. */
function rotl(x: number, s: number): void {
  const hi = V[2 * x], lo = V[2 * x + 1];
  if (s === 32) {
    V[2 * x] = lo;
    V[2 * x + 1] = hi;
    return;
  }
  V[2 * x] = ((hi << s) | (lo >>> (32 - s))) >>> 0;
  V[2 * x + 1] = ((lo << s) | (hi >>> (32 - s))) >>> 0;
}

/** v[a] ^= v[b]. */
function xor(a: number, b: number): void {
  V[2 * a] ^= V[2 * b];
  V[2 * a + 1] ^= V[2 * b + 1];
}

/** HALF_ROUND(a, b, c, d, s, t). */
function halfRound(a: number, b: number, c: number, d: number, s: number, t: number): void {
  add(a, b);
  add(c, d);
  rotl(b, s);
  xor(b, a);
  rotl(d, t);
  xor(d, c);
  rotl(a, 32);
}

/** SINGLE_ROUND(v0, v1, v2, v3). */
function singleRound(): void {
  halfRound(0, 1, 2, 3, 13, 16);
  halfRound(2, 1, 0, 3, 17, 21);
}

/** The little-endian uint64 at `bytes[i..i+n)` (n <= 8) as [hi, lo]. */
function le64(bytes: ArrayLike<number>, i: number, n: number): [number, number] {
  let lo = 0, hi = 0;
  for (let j = 0; j < n; j++) {
    const b = bytes[i + j];
    if (j < 4) lo |= b << (8 * j);
    else hi |= b << (8 * (j - 4));
  }
  return [hi >>> 0, lo >>> 0];
}

/** siphash13(0, 0, src, len): the 64-bit result as [hi, lo]. */
export function siphash13(src: ArrayLike<number>): [number, number] {
  // k0 = k1 = 0: v0..v3 are the constants themselves
  V[0] = 0x736f6d65; V[1] = 0x70736575;
  V[2] = 0x646f7261; V[3] = 0x6e646f6d;
  V[4] = 0x6c796765; V[5] = 0x6e657261;
  V[6] = 0x74656462; V[7] = 0x79746573;
  const n = src.length;
  let i = 0;
  for (; n - i >= 8; i += 8) {
    const [hi, lo] = le64(src, i, 8);
    V[6] ^= hi; V[7] ^= lo;
    singleRound();
    V[0] ^= hi; V[1] ^= lo;
  }
  const [thi, tlo] = le64(src, i, n - i);
  const bhi = (thi | ((n & 0xff) << 24)) >>> 0, blo = tlo;
  V[6] ^= bhi; V[7] ^= blo;
  singleRound();
  V[0] ^= bhi; V[1] ^= blo;
  V[5] ^= 0xff;
  singleRound();
  singleRound();
  singleRound();
  return [(V[0] ^ V[2] ^ V[4] ^ V[6]) >>> 0, (V[1] ^ V[3] ^ V[5] ^ V[7]) >>> 0];
}

/**
 * fnv (Py_HASH_FNV) with a zero prefix and suffix, in Py_uhash_t arithmetic of `pointerSize`
 * bytes: the first byte << 7, then Py_uhash_t-sized little-endian blocks and the remaining bytes
 * one at a time, each folded in as x = 1000003 * x ^ block, then the length.
 */
export function fnv(src: ArrayLike<number>, pointerSize: number): number | bigint {
  const n = src.length;
  let rem = n % pointerSize;
  if (rem === 0) rem = pointerSize;
  let blocks = (n - rem) / pointerSize, p = 0;
  if (pointerSize === 4) {
    let x = src[0] << 7;
    for (; blocks > 0; blocks--, p += 4) x = Math.imul(1000003, x) ^ (src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24));
    for (; rem > 0; rem--) x = Math.imul(1000003, x) ^ src[p++];
    x = (x ^ n) | 0;
    return x === -1 ? -2 : x;
  }
  const M = (1n << 64n) - 1n;
  let x = BigInt(src[0]) << 7n;
  for (; blocks > 0; blocks--, p += 8) {
    let block = 0n;
    for (let j = 7; j >= 0; j--) block = (block << 8n) | BigInt(src[p + j]);
    x = ((1000003n * x) & M) ^ block;
  }
  for (; rem > 0; rem--) x = ((1000003n * x) & M) ^ BigInt(src[p++]);
  const r = BigInt.asIntN(64, x ^ BigInt(n));
  if (r === -1n) return -2;
  const k = Number(r);
  return Number.isSafeInteger(k) ? k : r;
}

/**
 * _Py_HashBytes: 0 for no bytes, else the profile's algorithm over them as a Py_hash_t: SipHash-1-3
 * (64-bit, or its low 32 bits on 32-bit builds) or FNV, -1 becoming -2. A number when it is a
 * safe integer, else a bigint.
 */
export function _Py_HashBytes(src: ArrayLike<number>, pointerSize: number, algorithm: 'siphash13' | 'fnv' = 'siphash13'): number | bigint {
  if (src.length === 0) return 0;
  if (algorithm === 'fnv') return fnv(src, pointerSize);
  const [hi, lo] = siphash13(src);
  if (pointerSize === 4) {
    const x = lo | 0;
    return x === -1 ? -2 : x;
  }
  // (hi, lo) as a signed 64-bit value
  const shi = hi | 0;
  const approx = shi * 4294967296 + lo;
  if (Number.isSafeInteger(approx)) return approx === -1 ? -2 : approx;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}
