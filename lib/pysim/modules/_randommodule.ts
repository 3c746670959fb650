// Models Modules/_randommodule.c (CPython 3.11–3.14): the `_random.Random` type, the Mersenne
// Twister MT19937 (init_genrand, init_by_array, genrand_uint32) that Lib/random.py's Random class
// subclasses: seed (random_seed: None from a random source, an int by its absolute value split into
// 32-bit words, anything else by its hash), random (53 bits from two 32-bit outputs), getrandbits,
// getstate and setstate with CPython's messages. The state lives in the object, as in RandomObject.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, RT, TypeType, staticAddr, subclassExtraSize, _PyObject_GC_TRACK } from '../objects/object';
import { None } from '../objects/singletons';
import { PyLong, PyLong_From } from '../objects/longobject';
import { PyFloat_FromDouble } from '../objects/floatobject';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { defMethod } from '../objects/methodobject';
import { overflowError, typeError, valueError } from '../objects/exceptions';
import { withSignature } from '../objects/argcheck';
import { PyNumber_Index, PyObject_Hash } from '../abstract';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';

/** The MT19937 period parameters. */
const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** RandomObject: `index` and the 624-word `state`. */
export class PyRandom extends PyObject {
  declare index: number;
  declare state: Uint32Array;
  constructor(type: PyType) {
    super(type);
    this.index = N + 1;
    this.state = new Uint32Array(N);
  }
}

/** sizeof(RandomObject): PyObject_HEAD, an int and 624 uint32_t, padded to pointer alignment. */
export function sizeofRandom(): number {
  const W = RT.profile.pointerSize;
  const raw = 2 * W + 4 + 4 * N;
  return Math.ceil(raw / W) * W;
}

/** `_random.Random`: a heap type in CPython (PyType_FromSpec); not gc, no __dict__. */
export const RandomType = new PyType(TypeType, 'Random', ObjectType, '_random');
RandomType.tpName = '_random.Random';
RandomType.basicsize = 2520;
staticAddr(RandomType, 912);

/** genrand_uint32: the next 32-bit output, regenerating the 624 words when they are used up. */
export function genrand_uint32(self: PyRandom): number {
  const mt = self.state;
  let y: number;
  if (self.index >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    self.index = 0;
  }
  y = mt[self.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** init_genrand: the state from one 32-bit seed. */
export function init_genrand(self: PyRandom, s: number): void {
  const mt = self.state;
  mt[0] = s >>> 0;
  for (let mti = 1; mti < N; mti++) {
    const p = mt[mti - 1] ^ (mt[mti - 1] >>> 30);
    mt[mti] = (Math.imul(1812433253, p) + mti) >>> 0;
  }
  self.index = N;
}

/** init_by_array: the state from a key of 32-bit words. */
export function init_by_array(self: PyRandom, key: Uint32Array): void {
  const mt = self.state;
  init_genrand(self, 19650218);
  let i = 1, j = 0;
  for (let k = Math.max(N, key.length); k; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

/** Fills `buf` from the platform's random source (_PyOS_URandomNonblock), Math.random without one. */
export function urandomFill(buf: Uint8Array): void {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) {
    for (let off = 0; off < buf.length; off += 65536) c.getRandomValues(buf.subarray(off, Math.min(buf.length, off + 65536)));
  } else for (let i = 0; i < buf.length; i++) buf[i] = Math.floor(Math.random() * 256);
}

/** random_seed_urandom: init_by_array over N words of random bytes. */
function random_seed_urandom(self: PyRandom): void {
  const bytes = new Uint8Array(4 * N);
  urandomFill(bytes);
  init_by_array(self, new Uint32Array(bytes.buffer));
}

/** The 32-bit little-endian words of a non-negative integer (at least one), as _PyLong_AsByteArray writes them. */
function keyWords(n: bigint): Uint32Array {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(words);
}

/**
 * random_seed: None seeds from the random source; an int by its absolute value (int.__abs__ for a
 * subclass); anything else by its hash taken as a size_t.
 */
export function random_seed(self: PyRandom, arg: PyObject | null): void {
  if (arg === null || arg === None) {
    random_seed_urandom(self);
    return;
  }
  let n: bigint;
  if (arg instanceof PyLong) {
    n = BigInt(arg.v);
    if (n < 0n) n = -n;
  } else {
    n = BigInt(PyObject_Hash(arg));
    if (n < 0n) n += 1n << BigInt(8 * RT.profile.pointerSize);
  }
  init_by_array(self, keyWords(n));
}

/** random_random: a float in [0, 1) from 27 + 26 bits. */
export function random_random(self: PyRandom): number {
  const a = genrand_uint32(self) >>> 5, b = genrand_uint32(self) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/**
 * getrandbits' `k`: Argument Clinic's `int` converter (_PyLong_AsInt of the index) until 3.13; 3.14
 * takes a uint64_t, whose converter refuses a negative int itself.
 */
function asBitCount(o: PyObject): number {
  const v = o instanceof PyLong ? o.v : PyNumber_Index(o);
  if (RT.profile.versionInfo[1] >= 14 && v < 0) throw valueError('Cannot convert negative int');
  if (typeof v === 'bigint' ? v > 0x7fffffffn || v < -0x80000000n : v > 0x7fffffff || v < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return Number(v);
}

/** _random_Random_getrandbits_impl: an int of k random bits, filled 32 bits at a time from the least significant word. */
export function random_getrandbits(self: PyRandom, k: number): PyObject {
  if (k < 0) throw valueError('number of bits must be non-negative');
  if (k === 0) return PyLong_From(0);
  if (k <= 32) return PyLong_From(genrand_uint32(self) >>> (32 - k));
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let r = genrand_uint32(self);
    if (left < 32) r >>>= 32 - left;
    result |= BigInt(r) << shift;
    shift += 32n;
  }
  return PyLong_From(result <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(result) : result);
}

/** _random_Random_getstate_impl: the 624 words and the index as a tuple of 625 ints. */
function random_getstate(self: PyRandom): PyObject {
  const items: PyObject[] = [];
  for (let i = 0; i < N; i++) items.push(PyLong_From(self.state[i]));
  items.push(PyLong_From(self.index));
  return PyTuple_New(items);
}

/** PyLong_AsUnsignedLong of a state word (an int, no __index__), C's unsigned long width. */
function asUnsignedLong(o: PyObject): number {
  if (!(o instanceof PyLong)) throw typeError('an integer is required');
  const v = BigInt(o.v);
  if (v < 0n) throw overflowError("can't convert negative value to unsigned int");
  if (v >= 1n << BigInt(8 * RT.profile.pointerSize)) throw overflowError('Python int too large to convert to C unsigned long');
  return Number(v & 0xffffffffn);
}

/** _random_Random_setstate: restores a getstate() tuple. */
function random_setstate(self: PyRandom, state: PyObject): void {
  if (!(state instanceof PyTuple)) throw typeError('state vector must be a tuple');
  if (state.items.length !== N + 1) throw valueError('state vector is the wrong size');
  const fresh = new Uint32Array(N);
  for (let i = 0; i < N; i++) fresh[i] = asUnsignedLong(state.items[i]);
  const last = state.items[N];
  if (!(last instanceof PyLong)) throw typeError(`'${last.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const index = Number(last.v);
  if (index < 0 || index > N) throw valueError('invalid state');
  self.index = index;
  self.state.set(fresh);
}

const R = (o: PyObject | null) => o as PyRandom;

defMethod(RandomType, 'random', withSignature('Random.random', 'random', 'noargs', false, (s) => PyFloat_FromDouble(random_random(R(s)))));
defMethod(RandomType, 'seed', withSignature('Random.seed', 'seed', ['clinic', 0, 1], false, (s, a) => {
  random_seed(R(s), a.length ? a[0] : null);
  return None;
}));
defMethod(RandomType, 'getstate', withSignature('Random.getstate', 'getstate', 'noargs', false, (s) => random_getstate(R(s))));
defMethod(RandomType, 'setstate', withSignature('Random.setstate', 'setstate', 'o', false, (s, a) => {
  random_setstate(R(s), a[0]);
  return None;
}));
defMethod(RandomType, 'getrandbits', withSignature('Random.getrandbits', 'getrandbits', ['clinic', 1, 1], false, (s, a) => random_getrandbits(R(s), asBitCount(a[0]))));

/** random_new (PyType_GenericNew) and, unless a subclass has its own __init__, random_init. */
RandomType.tp_new = (t, args, kwnames) => {
  const o = new PyRandom(t);
  PyObject_Init(o, sizeofRandom() + (t.heap ? subclassExtraSize(t) : 0));
  if (t !== RandomType) t.ob_refcnt++;
  // a subclass with a __dict__ is a gc type (subtype_traverse); _random.Random itself is not
  if (t.gc) _PyObject_GC_TRACK(o);
  if (t.heap && t.heapInit !== null) return o;
  try {
    if (kwnames && kwnames.length) throw typeError('Random() takes no keyword arguments');
    if (args.length > 1) throw typeError('Random() requires 0 or 1 argument');
    random_seed(o, args.length ? args[0] : null);
  } catch (e) {
    Py_DECREF(o);
    throw e;
  }
  return o;
};
RandomType.tp_getsizeof = () => sizeofRandom();
RandomType.tp_dealloc = (o) => PyObject_Free(o);

/** Modules/_randommodule.c: the `_random` module. */
export function makeRandomModule(): PyModule {
  return makeModule('_random', { Random: RandomType });
}
