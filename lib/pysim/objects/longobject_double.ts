// Models Objects/longobject.c's PyLong_FromDouble: the int of a float's integral part, with
// CPython's errors for NaN and the infinities (int(), round(), math.floor/ceil/trunc, __trunc__).
import type { PyObject } from './object';
import { PyLong_From, normInt } from './longobject';
import { OverflowErrorType, pyErr, valueError } from './exceptions';

/** PyLong_FromDouble: a new int for the integral part of `x`; ValueError for NaN, OverflowError for ±inf. */
export function PyLong_FromDouble(x: number): PyObject {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr(OverflowErrorType, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return PyLong_From(Number.isSafeInteger(t) ? t : normInt(BigInt(t)));
}
