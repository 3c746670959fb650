// Models Modules/sha2module.c (CPython 3.12+; Modules/sha512module.c on 3.11): SHA-512 (FIPS 180-4)
// as the `sha512` objects random.py's seed() uses for str and bytes seeds (`digest`, `hexdigest`,
// `update`, `name`, `digest_size`, `block_size`). Computed over 64-bit words held as BigInts.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, TypeType, staticAddr } from '../objects/object';
import { None } from '../objects/singletons';
import { PyLong_From } from '../objects/longobject';
import { PyBytes, PyBytes_From } from '../objects/bytesobject';
import { PyStr, PyUnicode_From } from '../objects/unicodeobject';
import { defGetSet, defMethod } from '../objects/methodobject';
import { typeError } from '../objects/exceptions';
import { withSignature } from '../objects/argcheck';
import { makeModuleWithFunctions } from './moduletools';
import type { PyModule } from '../objects/moduleobject';

/** The 80 round constants: the first 64 bits of the fractional parts of the cube roots of the first 80 primes. */
const K = [
  0x428a2f98d728ae22n, 0x7137449123ef65cdn, 0xb5c0fbcfec4d3b2fn, 0xe9b5dba58189dbbcn,
  0x3956c25bf348b538n, 0x59f111f1b605d019n, 0x923f82a4af194f9bn, 0xab1c5ed5da6d8118n,
  0xd807aa98a3030242n, 0x12835b0145706fben, 0x243185be4ee4b28cn, 0x550c7dc3d5ffb4e2n,
  0x72be5d74f27b896fn, 0x80deb1fe3b1696b1n, 0x9bdc06a725c71235n, 0xc19bf174cf692694n,
  0xe49b69c19ef14ad2n, 0xefbe4786384f25e3n, 0x0fc19dc68b8cd5b5n, 0x240ca1cc77ac9c65n,
  0x2de92c6f592b0275n, 0x4a7484aa6ea6e483n, 0x5cb0a9dcbd41fbd4n, 0x76f988da831153b5n,
  0x983e5152ee66dfabn, 0xa831c66d2db43210n, 0xb00327c898fb213fn, 0xbf597fc7beef0ee4n,
  0xc6e00bf33da88fc2n, 0xd5a79147930aa725n, 0x06ca6351e003826fn, 0x142929670a0e6e70n,
  0x27b70a8546d22ffcn, 0x2e1b21385c26c926n, 0x4d2c6dfc5ac42aedn, 0x53380d139d95b3dfn,
  0x650a73548baf63den, 0x766a0abb3c77b2a8n, 0x81c2c92e47edaee6n, 0x92722c851482353bn,
  0xa2bfe8a14cf10364n, 0xa81a664bbc423001n, 0xc24b8b70d0f89791n, 0xc76c51a30654be30n,
  0xd192e819d6ef5218n, 0xd69906245565a910n, 0xf40e35855771202an, 0x106aa07032bbd1b8n,
  0x19a4c116b8d2d0c8n, 0x1e376c085141ab53n, 0x2748774cdf8eeb99n, 0x34b0bcb5e19b48a8n,
  0x391c0cb3c5c95a63n, 0x4ed8aa4ae3418acbn, 0x5b9cca4f7763e373n, 0x682e6ff3d6b2b8a3n,
  0x748f82ee5defb2fcn, 0x78a5636f43172f60n, 0x84c87814a1f0ab72n, 0x8cc702081a6439ecn,
  0x90befffa23631e28n, 0xa4506cebde82bde9n, 0xbef9a3f7b2c67915n, 0xc67178f2e372532bn,
  0xca273eceea26619cn, 0xd186b8c721c0c207n, 0xeada7dd6cde0eb1en, 0xf57d4f7fee6ed178n,
  0x06f067aa72176fban, 0x0a637dc5a2c898a6n, 0x113f9804bef90daen, 0x1b710b35131c471bn,
  0x28db77f523047d84n, 0x32caab7b40c72493n, 0x3c9ebe0a15c9bebcn, 0x431d67c49c100d4cn,
  0x4cc5d4becb3e42b6n, 0x597f299cfc657e2an, 0x5fcb6fab3ad6faecn, 0x6c44198c4a475817n
];

/** The initial hash value: the first 64 bits of the fractional parts of the square roots of the first 8 primes. */
const H0 = [0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n, 0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n];

const MASK = (1n << 64n) - 1n;
const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK;

/** sha512_transform: one 128-byte block into the state `h`. */
function sha512_transform(h: bigint[], block: Uint8Array, off: number): void {
  const w: bigint[] = new Array(80);
  for (let t = 0; t < 16; t++) {
    let v = 0n;
    for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(block[off + 8 * t + b]);
    w[t] = v;
  }
  for (let t = 16; t < 80; t++) {
    const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
    const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
    w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK;
  }
  let [a, b, c, d, e, f, g, hh] = h;
  for (let t = 0; t < 80; t++) {
    const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
    const ch = (e & f) ^ (~e & MASK & g);
    const t1 = (hh + S1 + ch + K[t] + w[t]) & MASK;
    const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) & MASK;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) & MASK;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) & MASK;
  }
  const out = [a, b, c, d, e, f, g, hh];
  for (let i = 0; i < 8; i++) h[i] = (h[i] + out[i]) & MASK;
}

/** The SHA-512 digest of `data` (64 bytes). */
export function sha512Digest(data: Uint8Array): Uint8Array {
  const h = H0.slice();
  const len = data.length;
  const padded = new Uint8Array(Math.ceil((len + 17) / 128) * 128);
  padded.set(data);
  padded[len] = 0x80;
  let bits = BigInt(len) * 8n;
  for (let i = padded.length - 1; bits > 0n; i--, bits >>= 8n) padded[i] = Number(bits & 0xffn);
  for (let off = 0; off < padded.length; off += 128) sha512_transform(h, padded, off);
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) for (let b = 0; b < 8; b++) out[8 * i + b] = Number((h[i] >> BigInt(56 - 8 * b)) & 0xffn);
  return out;
}

/** SHA512object: the bytes fed so far (the digest is computed when asked for). */
class PySha512 extends PyObject {
  declare data: Uint8Array;
}

/** `_sha2.SHA512Type` (`_sha512.sha512` on 3.11). */
export const SHA512Type = new PyType(TypeType, 'SHA512Type', ObjectType, '_sha2');
SHA512Type.tpName = '_sha2.SHA512Type';
SHA512Type.basicsize = 232;
staticAddr(SHA512Type, 912);
SHA512Type.tp_dealloc = (o) => PyObject_Free(o);

/** The bytes of a bytes-like argument; a str must be encoded first (GET_BUFFER_VIEW_OR_ERROUT). */
function bufferOf(o: PyObject): Uint8Array {
  if (o instanceof PyStr) throw typeError('Strings must be encoded before hashing');
  if (o instanceof PyBytes) return o.v;
  throw typeError(`object supporting the buffer API required`);
}

const S = (o: PyObject | null) => o as PySha512;
defMethod(SHA512Type, 'digest', withSignature('SHA512Type.digest', 'digest', 'noargs', false, (s) => PyBytes_From(sha512Digest(S(s).data))));
defMethod(SHA512Type, 'hexdigest', withSignature('SHA512Type.hexdigest', 'hexdigest', 'noargs', false, (s) =>
  PyUnicode_From(Array.from(sha512Digest(S(s).data), (b) => b.toString(16).padStart(2, '0')).join(''))));
defMethod(SHA512Type, 'update', withSignature('SHA512Type.update', 'update', 'o', false, (s, a) => {
  const more = bufferOf(a[0]);
  const d = new Uint8Array(S(s).data.length + more.length);
  d.set(S(s).data);
  d.set(more, S(s).data.length);
  S(s).data = d;
  return None;
}));
defGetSet(SHA512Type, 'name', () => PyUnicode_From('sha512'));
defGetSet(SHA512Type, 'digest_size', () => PyLong_From(64));
defGetSet(SHA512Type, 'block_size', () => PyLong_From(128));

/** _sha2.sha512(string=b''): a new hash object over the given bytes. */
function sha512New(args: PyObject[]): PyObject {
  const o = new PySha512(SHA512Type);
  o.data = args.length ? bufferOf(args[0]).slice() : new Uint8Array(0);
  PyObject_Init(o, 232);
  return o;
}

/** Modules/sha2module.c's `_sha2` (3.12+) or sha512module.c's `_sha512` (3.11), with `sha512`. */
export function makeSha2Module(name: '_sha2' | '_sha512'): PyModule {
  return makeModuleWithFunctions(name, { sha512: withSignature(`${name}.sha512`, 'sha512', ['clinic', 0, 1], false, (_s, a) => sha512New(a)) });
}
