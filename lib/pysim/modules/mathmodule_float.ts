// Models more of Modules/mathmodule.c's float functions: math_1's error rules (a NaN from a
// non-NaN argument is "math domain error"; an infinity from a finite one is "math range error"
// where the function can overflow, else a domain error), and copysign, fmod, modf, frexp, ldexp,
// remainder (m_remainder) as CPython computes them.
import { PyObject, PyRaise, RT } from '../objects/object';
import { PyLong } from '../objects/longobject';
import { PyFloat, PyFloat_FromDouble, float_repr } from '../objects/floatobject';
import { typeError, valueError, pyErr, OverflowErrorType } from '../objects/exceptions';
import { PyTuple_New } from '../objects/tupleobject';
import { PyLong_From } from '../objects/longobject';
import type { CFunc } from '../objects/object';

/** PyFloat_AsDouble for the math functions' arguments. */
export function num(o: PyObject): number {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyLong) {
    const n = Number(o.v);
    if (!Number.isFinite(n)) throw pyErr(OverflowErrorType, 'int too large to convert to float');
    return n;
  }
  throw typeError(`must be real number, not ${o.ob_type.tp_name}`);
}

/** The positional-count check of a METH_FASTCALL math function (_PyArg_CheckPositional). */
function arity(name: string, args: PyObject[], n: number): void {
  if (args.length === n) return;
  if (n === 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
}

/** copysign(1.0, x) with the sign of -0.0. */
const signOf = (x: number) => (x < 0 || Object.is(x, -0) ? -1 : 1);

/**
 * math_1(arg, func, can_overflow, err_msg): func(x) with CPython's domain / range errors; from
 * 3.14 a function with an `errMsg` says which values it accepts ("…, got 0.5") instead of
 * "math domain error".
 */
function math_1(name: string, fn: (x: number) => number, canOverflow: boolean, errMsg: string | null = null): CFunc {
  const domainError = (x: number) => mathDomainError(errMsg, x);
  return (_s, args) => {
    arity(name, args, 1);
    const x = num(args[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError(x);
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) throw pyErr(OverflowErrorType, 'math range error');
      throw domainError(x);
    }
    return PyFloat_FromDouble(r);
  };
}

/**
 * The ValueError of a math function's domain error: "math domain error", or from 3.14 the
 * function's own `errMsg` (with ", got <x>" when the value `x` is given).
 */
export function mathDomainError(errMsg: string | null, x: number | null): PyRaise {
  if (errMsg === null || RT.profile.versionInfo[1] < 14) return valueError('math domain error');
  return valueError(x === null ? errMsg : `${errMsg}, got ${float_repr(x)}`);
}

/** m_remainder: the IEEE 754 remainder of x by y. */
function m_remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return signOf(x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** frexp(x): [m, e] with x == m * 2**e and 0.5 <= |m| < 1 (x itself and 0 for 0, inf and NaN). */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let m = x * 2 ** -e;
  if (!Number.isFinite(m) || m === 0) {
    // 2 ** -e out of range: scale in two steps
    m = x * 2 ** -(e >> 1) * 2 ** -(e - (e >> 1));
  }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  return [m, e];
}

/** ldexp(x, i): x * 2**i, scaled in steps so that no intermediate power overflows. */
function ldexp(x: number, i: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let r = x;
  let k = i;
  while (k > 1000) { r *= 2 ** 1000; k -= 1000; if (!Number.isFinite(r)) return r; }
  while (k < -1000) { r *= 2 ** -1000; k += 1000; if (r === 0) return r; }
  return r * 2 ** k;
}

/** The float functions this file adds to the math module, by name. */
export function mathFloatFunctions(): Record<string, CFunc> {
  return {
    sinh: math_1('sinh', Math.sinh, true),
    cosh: math_1('cosh', Math.cosh, true),
    tanh: math_1('tanh', Math.tanh, false),
    asinh: math_1('asinh', Math.asinh, false),
    acosh: math_1('acosh', Math.acosh, false, 'expected argument value not less than 1'),
    atanh: math_1('atanh', Math.atanh, false, 'expected a number between -1 and 1'),
    expm1: math_1('expm1', Math.expm1, true),
    log1p: math_1('log1p', Math.log1p, false, 'expected argument value > -1'),
    copysign: (_s, args) => {
      arity('copysign', args, 2);
      const x = num(args[0]), y = num(args[1]);
      return PyFloat_FromDouble(Math.abs(x) * signOf(y));
    },
    fmod: (_s, args) => {
      // math_fmod_impl: fmod(x, ±inf) is x for a finite x
      arity('fmod', args, 2);
      const x = num(args[0]), y = num(args[1]);
      if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return PyFloat_FromDouble(x);
      const r = x % y;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw valueError('math domain error');
      return PyFloat_FromDouble(r);
    },
    remainder: (_s, args) => {
      arity('remainder', args, 2);
      const x = num(args[0]), y = num(args[1]);
      const r = m_remainder(x, y);
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw valueError('math domain error');
      return PyFloat_FromDouble(r);
    },
    modf: (_s, args) => {
      // math_modf_impl: (copysign(0, x), x) for an infinity; C modf keeps the sign on both parts
      arity('modf', args, 1);
      const x = num(args[0]);
      if (!Number.isFinite(x) && !Number.isNaN(x)) return PyTuple_New([PyFloat_FromDouble(signOf(x) * 0), PyFloat_FromDouble(x)]);
      const ip = Math.trunc(x);
      return PyTuple_New([PyFloat_FromDouble(signOf(x) * Math.abs(x - ip)), PyFloat_FromDouble(ip)]);
    },
    frexp: (_s, args) => {
      arity('frexp', args, 1);
      const [m, e] = frexp(num(args[0]));
      return PyTuple_New([PyFloat_FromDouble(m), PyLong_From(e)]);
    },
    ldexp: (_s, args) => {
      arity('ldexp', args, 2);
      const x = num(args[0]);
      if (!(args[1] instanceof PyLong)) throw typeError('Expected an int as second argument to ldexp.');
      const big = args[1].v;
      const i = typeof big === 'number' ? big : big > 100000n ? 100000 : big < -100000n ? -100000 : Number(big);
      const r = ldexp(x, i);
      if (!Number.isFinite(r) && Number.isFinite(x)) throw pyErr(OverflowErrorType, 'math range error');
      return PyFloat_FromDouble(r);
    },
  };
}
