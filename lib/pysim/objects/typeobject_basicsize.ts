// Models tp_basicsize, tp_itemsize, tp_dictoffset and tp_weaklistoffset (type_members in
// Objects/typeobject.c): the C struct sizes of builtin types, and what type_new_descriptors
// gives a class (its __slots__, its __dict__ and __weakref__ pointers).
import { ObjectType, PyType, RT } from './object';
import type { Profile } from './../profiles/types';

/** `(__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__)` of a type. */
export type TypeSlots = [number, number, number, number];

/** Rounds `n` up to a multiple of `a`. */
const align = (n: number, a: number) => Math.ceil(n / a) * a;

/** The four figures of a builtin type from its C struct, in terms of the profile (null: not modelled). */
const BUILTIN: Record<string, (p: Profile, P: number) => TypeSlots> = {
  object: (_, P) => [2 * P, 0, 0, 0],
  NoneType: (_, P) => [2 * P, 0, 0, 0],
  ellipsis: (_, P) => [2 * P, 0, 0, 0],
  NotImplementedType: (_, P) => [2 * P, 0, 0, 0],
  // PyLongObject up to ob_digit (int); PyBool_Type is sizeof(struct _longobject), a digit included, on 3.11
  int: (_, P) => [3 * P, 4, 0, 0],
  bool: (p, P) => [p.sizes.boolWords * P, 4, 0, 0],
  float: (_, P) => [2 * P + 8, 0, 0, 0],
  complex: (_, P) => [2 * P + 16, 0, 0, 0],
  // PyUnicodeObject: 3.11 also has wstr and wstr_length
  str: (p, P) => [(p.strWstrFields ? 10 : 8) * P, 0, 0, 0],
  bytes: (_, P) => [4 * P + 1, 1, 0, 0],
  bytearray: (_, P) => [7 * P, 0, 0, 0],
  tuple: (p, P) => [(p.tupleHashCache ? 4 : 3) * P, P, 0, 0],
  list: (_, P) => [5 * P, 0, 0, 0],
  // PyDictObject: ma_used, then a 64-bit version / watcher tag, ma_keys, ma_values
  dict: (_, P) => [align(3 * P, 8) + 8 + 2 * P, 0, 0, 0],
  set: (_, P) => [25 * P, 0, 0, 24 * P],
  frozenset: (_, P) => [25 * P, 0, 0, 24 * P],
  // PyHeapTypeObject, PyMemberDef items; tp_dict and tp_weaklist fields
  type: (p, P) => [p.sizes.heapTypeWords * P, 5 * P, 33 * P, 46 * P],
  range: (_, P) => [6 * P, 0, 0, 0],
  range_iterator: (p, P) => [p.sizes.rangeIterWords * P, 0, 0, 0],
  slice: (_, P) => [5 * P, 0, 0, 0],
  property: (_, P) => [8 * P, 0, 0, 0],
  staticmethod: (_, P) => [4 * P, 0, 3 * P, 0],
  classmethod: (_, P) => [4 * P, 0, 3 * P, 0],
  builtin_function_or_method: (_, P) => [7 * P, 0, 0, 5 * P],
  // PyFunctionObject: its pointers and func_version (a uint32_t); func_dict and func_weakreflist
  function: (p, P) => [align((2 + p.sizes.functionPointers) * P + 4, P), 0, 11 * P, 12 * P],
  module: (_, P) => [7 * P, 0, 2 * P, 5 * P],
  cell: (_, P) => [3 * P, 0, 0, 0],
  method: (_, P) => [6 * P, 0, 0, 4 * P],
  // mapobject without its PyGC_Head (3.14 adds `strict`)
  map: (p, P) => [(p.sizes.mapWords - 2) * P, 0, 0, 0],
  zip: (_, P) => [6 * P, 0, 0, 0],
  enumerate: (_, P) => [7 * P, 0, 0, 0],
  filter: (_, P) => [4 * P, 0, 0, 0],
  reversed: (_, P) => [4 * P, 0, 0, 0],
  list_iterator: (_, P) => [4 * P, 0, 0, 0],
  tuple_iterator: (_, P) => [4 * P, 0, 0, 0],
  super: (_, P) => [5 * P, 0, 0, 0],
  mappingproxy: (_, P) => [3 * P, 0, 0, 0],
  dict_keys: (_, P) => [3 * P, 0, 0, 0],
  dict_values: (_, P) => [3 * P, 0, 0, 0],
  dict_items: (_, P) => [3 * P, 0, 0, 0],
  ReferenceType: (_, P) => [8 * P, 0, 0, 0],
};

/**
 * Words of an exception type's struct (PyBaseExceptionObject is 9: PyObject_HEAD, dict, args,
 * notes, traceback, context, cause, suppress_context), by the first builtin exception in its MRO
 * that adds fields (BaseExceptionGroup adds msg and excs).
 */
export function exceptionWords(t: PyType): number | null {
  for (const b of t.mro) {
    if (b.heap) continue;
    switch (b.name) {
      case 'OSError': return 14;
      case 'UnicodeEncodeError': case 'UnicodeDecodeError': case 'UnicodeTranslateError': return 14;
      case 'AttributeError': return 11;
      case 'NameError': case 'StopIteration': case 'SystemExit': return 10;
      case 'ImportError': return 9 + RT.profile.sizes.importErrorWords;
      case 'SyntaxError': return 9 + RT.profile.sizes.syntaxErrorWords;
      case 'BaseExceptionGroup': return 11;
      case 'BaseException': return 9;
    }
  }
  return null;
}

/**
 * What an instance of builtin exception type `t` allocates with its PyGC_Head, in 8-byte words
 * times 8 (the unit of `PyType.basicsize` for builtin types; layout.ts pointerFieldsSize scales it).
 */
export function builtinExceptionBasicsize(t: PyType): number {
  return (2 + (exceptionWords(t) ?? 9)) * 8;
}

/** The figures of a builtin type, or null when heaplab does not model its struct. */
function builtinSlots(t: PyType): TypeSlots | null {
  const p = RT.profile;
  const P = p.pointerSize;
  const f = BUILTIN[t.name];
  if (f) return f(p, P);
  if (t.isExc) {
    const w = exceptionWords(t);
    return w === null ? null : [w * P, 0, 2 * P, 0];
  }
  return null;
}

/**
 * type_new_descriptors: a class gets its base's figures plus its own __slots__, and a `__dict__`
 * / `__weakref__` pointer where the base has none: 3.11 puts the dict after the items of a
 * var-sized base (offset -P), else manages it before the object (offset -basicsize - 3P), and
 * the weakref pointer after the slots; 3.12+ manage both (dict -1, weakref -4P).
 */
function heapSlots(t: PyType): TypeSlots | null {
  const base = type_slots(t.base ?? ObjectType);
  if (base === null) return null;
  const P = RT.profile.pointerSize;
  const [bsize, itemsize, bdict, bweak] = base;
  const addDict = bdict === 0 && t.hasDict;
  const addWeak = bweak === 0 && itemsize === 0 && t.weakrefable;
  let slotoffset = bsize + (t.ownSlots ?? 0) * P;
  let dictoffset = bdict, weakoffset = bweak;
  if (RT.profile.managedWeakref) {
    if (addWeak) weakoffset = -4 * P;
    if (addDict) dictoffset = -1;
    return [slotoffset, itemsize, dictoffset, weakoffset];
  }
  if (addDict && itemsize) {
    dictoffset = -P;
    slotoffset += P;
  }
  if (addWeak) {
    weakoffset = slotoffset;
    slotoffset += P;
  }
  if (addDict && !itemsize) dictoffset = -slotoffset - 3 * P;
  return [slotoffset, itemsize, dictoffset, weakoffset];
}

/** `type.__basicsize__`, `__itemsize__`, `__dictoffset__`, `__weakrefoffset__` of `t`, or null where heaplab does not model them. */
export function type_slots(t: PyType): TypeSlots | null {
  return t.heap ? heapSlots(t) : builtinSlots(t);
}
