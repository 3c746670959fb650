// Models the names of slotdefs in Objects/typeobject.c (CPython 3.12): the dunders that
// add_operators turns into slot wrappers (wrapper_descriptor) on a static builtin type, as
// opposed to the methods of its tp_methods table (method_descriptor).

/** The special-method names slotdefs maps to a type slot (tp_new is a builtin method instead). */
export const SLOTDEF_NAMES: ReadonlySet<string> = new Set([
  '__getattribute__', '__getattr__', '__setattr__', '__delattr__', '__repr__', '__hash__', '__call__', '__str__',
  '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__iter__', '__next__', '__get__', '__set__',
  '__delete__', '__init__', '__del__', '__await__', '__aiter__', '__anext__',
  '__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__mod__', '__rmod__', '__divmod__',
  '__rdivmod__', '__pow__', '__rpow__', '__neg__', '__pos__', '__abs__', '__bool__', '__invert__',
  '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__', '__rand__', '__xor__', '__rxor__',
  '__or__', '__ror__', '__int__', '__float__', '__iadd__', '__isub__', '__imul__', '__imod__', '__ipow__',
  '__ilshift__', '__irshift__', '__iand__', '__ixor__', '__ior__', '__floordiv__', '__rfloordiv__',
  '__truediv__', '__rtruediv__', '__ifloordiv__', '__itruediv__', '__index__', '__matmul__', '__rmatmul__',
  '__imatmul__', '__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__',
  '__buffer__', '__release_buffer__',
]);

/**
 * Methods a builtin type lists in tp_methods with METH_COEXIST, so the method descriptor stands
 * instead of the slot wrapper (list_methods' __getitem__, dict_methods' __getitem__ and
 * __contains__, set_methods' __contains__…).
 */
const METH_COEXIST: ReadonlySet<string> = new Set([
  'list.__getitem__', 'dict.__getitem__', 'dict.__contains__', 'set.__contains__', 'frozenset.__contains__',
]);

/** Whether `type.name`, defined on a static builtin type, is a slot wrapper in CPython. */
export function isSlotWrapper(typeName: string, name: string): boolean {
  return SLOTDEF_NAMES.has(name) && !METH_COEXIST.has(`${typeName}.${name}`);
}
