// The keyword checks at the top of the builtin types' tp_new (Objects/floatobject.c float_new,
// tupleobject.c tuple_new, setobject.c set_new, rangeobject.c range_new, … call
// _PyArg_NoKeywords; longobject.c, unicodeobject.c, bytesobject.c, complexobject.c and
// descrobject.c property_init parse their keywords with Argument Clinic). Only a call of the exact
// type is checked, as the C code does (`type == &PyFloat_Type && !_PyArg_NoKeywords(...)`); a
// subclass passes its keywords on to its own __init__.
import { PyType } from './object';
import { typeError } from './exceptions';
import { badKeyword } from './argcheck';
import { FloatType } from './floatobject';
import { BoolType, LongType } from './longobject';
import { TupleType } from './tupleobject';
import { SetType, FrozenSetType } from './setobject';
import { RangeType } from './iterobject';
import { SliceType } from './sliceobject';
import { StaticMethodType, ClassMethodType, PropertyType } from './funcobject';
import { StrType } from './unicodeobject';
import { BytesType, ByteArrayType } from './bytesobject';
import { ComplexType } from './complexobject';

function checkKeywords(T: PyType, allowed: readonly string[] | null): void {
  const tpNew = T.tp_new;
  if (!tpNew) throw new Error(`typenew_keywords: ${T.name} has no tp_new yet`);
  T.tp_new = (t, args, kwnames) => {
    if (t === T && kwnames !== null && kwnames.length) {
      if (allowed === null) throw typeError(`${T.name}() takes no keyword arguments`);
      for (const k of kwnames) if (!allowed.includes(k)) throw typeError(badKeyword(T.name, k, allowed));
    }
    return tpNew(t, args, kwnames);
  };
}

/** Installs the checks (once, after every tp_new is defined). */
export function installTypeNewKeywordChecks(): void {
  for (const T of [FloatType, BoolType, TupleType, SetType, FrozenSetType, RangeType, SliceType, StaticMethodType, ClassMethodType]) checkKeywords(T, null);
  checkKeywords(LongType, ['base']);
  checkKeywords(StrType, ['object', 'encoding', 'errors']);
  checkKeywords(BytesType, ['source', 'encoding', 'errors']);
  checkKeywords(ByteArrayType, ['source', 'encoding', 'errors']);
  checkKeywords(ComplexType, ['real', 'imag']);
  checkKeywords(PropertyType, ['fget', 'fset', 'fdel', 'doc']);
}
installTypeNewKeywordChecks();
