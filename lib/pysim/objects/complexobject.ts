// Models Objects/complexobject.c (CPython 3.12): complex numbers (repr, arithmetic, hash, size).
import { ObjectType, PyObject, PyObject_Init, PyType, TypeType, staticAddr } from './object';
import { float_repr, floatHash } from './floatobject';
import { sizeofComplex } from './layout';

/** A complex number. */
export class PyComplex extends PyObject {
  declare re: number;
  declare im: number;
  constructor(re: number, im: number) {
    super(ComplexType);
    this.re = re;
    this.im = im;
  }
}

/** The `complex` type. */
export const ComplexType = new PyType(TypeType, 'complex', ObjectType);
ComplexType.basicsize = 32;
ComplexType.tp_getsizeof = () => sizeofComplex();
staticAddr(ComplexType, 912);

/** A new complex (new reference). */
export function PyComplex_FromDoubles(re: number, im: number): PyComplex {
  const c = new PyComplex(re, im);
  PyObject_Init(c, 32);
  return c;
}

function part(x: number): string {
  const r = float_repr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** complex_repr. */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return part(im) + 'j';
  const imS = part(im);
  const sign = imS.startsWith('-') || (Number.isNaN(im) && false) ? '' : '+';
  return `(${part(re)}${sign}${imS}j)`;
}
ComplexType.tp_repr = (o) => complexRepr((o as PyComplex).re, (o as PyComplex).im);

/** complex_hash: hash(re) + 1000003 * hash(im), in 64-bit arithmetic. */
ComplexType.tp_hash = (o) => {
  const c = o as PyComplex;
  const hr = BigInt(floatHash(c.re)), hi = BigInt(floatHash(c.im));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  const n = Number(h);
  return Number.isSafeInteger(n) ? n : h;
};

/** c_quot / c_prod / c_pow helpers on [re, im] pairs. */
export function cmul(a: [number, number], b: [number, number]): [number, number] {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}
/** Complex division (Smith's algorithm as _Py_c_quot). */
export function cdiv(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a, [br, bi] = b;
  const abs_breal = Math.abs(br), abs_bimag = Math.abs(bi);
  if (abs_breal >= abs_bimag) {
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  const ratio = br / bi;
  const denom = br * ratio + bi;
  return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
}
/** _Py_c_pow with c_powi for small integer exponents. */
export function cpow(a: [number, number], b: [number, number]): [number, number] {
  if (b[1] === 0 && Number.isInteger(b[0]) && Math.abs(b[0]) < 100) {
    let n = b[0];
    if (n >= 0) {
      let r: [number, number] = [1, 0], x = a;
      while (n > 0) {
        if (n & 1) r = cmul(r, x);
        x = cmul(x, x);
        n >>= 1;
      }
      return r;
    }
    return cdiv([1, 0], cpow(a, [-n, 0]));
  }
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) return [0, 0];
  const vabs = Math.hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}
