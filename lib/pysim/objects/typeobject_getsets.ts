// Models type_getsets and the type methods of type_methods/type_as_number in Objects/typeobject.c
// (CPython 3.12): __name__, __qualname__, __bases__, __mro__, __module__, __abstractmethods__,
// __dict__, __doc__'s __text_signature__, __type_params__ (3.12+) and the type_members
// (__basicsize__, __itemsize__, __flags__, __weakrefoffset__, __base__, __dictoffset__) as
// descriptors in type's own namespace, so `type.__dict__['__name__']` and `dir(type)` show them;
// type.__instancecheck__, type.__subclasscheck__ and type.__or__/__ror__ (`int | None`).
import { PyObject, PyType, Py_DECREF, Py_NewRef, TypeType, onVersionSwitch } from './object';
import { None, NotImplemented } from './singletons';
import { PyStr, PyUnicode_From } from './unicodeobject';
import { PyDict, dictGetStr } from './dictobject';
import { EmptyTuple } from './tupleobject';
import { PyBool } from './longobject';
import { NotImplementedErrorType, attributeError, pyErr, typeError } from './exceptions';
import { defGetSet, defGetSetSince, defMethod, GetSetDescrType, MemberDescrType } from './methodobject';
import { _Py_union_type_or } from './unionobject';
import { checkArgs, check_num_args } from './typemethods';
import { PyObject_GetAttr, typeExtraAttr } from '../abstract';
import { type_set_name } from './typeobject';

/** A heap type's own namespace entry `name` (new reference), or null. */
function ownEntry(t: PyType, name: string): PyObject | null {
  const v = t.dict ? dictGetStr(t.dict as PyDict, name) : null;
  return v ? Py_NewRef(v) : null;
}

/** The attribute as type's getter computes it (abstract.ts's type extras), else the class's own entry. */
function typeAttr(t: PyType, name: string): PyObject {
  const v = typeExtraAttr(t, name) ?? ownEntry(t, name);
  if (v === null) throw attributeError(name);
  return v;
}

/** The type_getsets entries whose getter heaplab already computes (typeExtraAttr). */
for (const name of ['__name__', '__qualname__', '__bases__', '__mro__', '__module__', '__dict__']) {
  // type_set_name / type_set_qualname: the two names a class can be given afterwards
  const set = name === '__name__' || name === '__qualname__' ? (o: PyObject, v: PyObject | null) => type_set_name(o as PyType, name, v) : null;
  defGetSet(TypeType, name, (o) => typeAttr(o as PyType, name), set);
}
/** The type_members entries (T_PYSSIZET / T_OBJECT, read-only). */
for (const name of ['__basicsize__', '__itemsize__', '__weakrefoffset__', '__base__', '__dictoffset__']) {
  defGetSet(TypeType, name, (o) => typeAttr(o as PyType, name));
  TypeType.methods.get(name)!.ob_type = MemberDescrType;
}
// 3.11: __mro__ is a member (tp_mro, T_OBJECT) rather than a getset
onVersionSwitch((minor) => {
  TypeType.methods.get('__mro__')!.ob_type = minor <= 11 ? MemberDescrType : GetSetDescrType;
});
// type_members' __flags__ (tp_flags, a T_ULONG): heaplab keeps no tp_flags word
defGetSet(TypeType, '__flags__', () => {
  throw pyErr(NotImplementedErrorType, 'heaplab does not simulate type.__flags__ yet');
});
TypeType.methods.get('__flags__')!.ob_type = MemberDescrType;

// type_abstractmethods: the class's own __abstractmethods__ (type itself never has one)
defGetSet(TypeType, '__abstractmethods__', (o) => {
  const v = o === TypeType ? null : ownEntry(o as PyType, '__abstractmethods__');
  if (v === null) throw attributeError('__abstractmethods__');
  return v;
});

/**
 * find_signature + skip_signature (Objects/typeobject.c): the "(…)" part of a docstring that
 * starts with `name(` and ends its signature with ")\n--\n\n"; null when there is none.
 */
export function textSignatureFromDoc(name: string, doc: string): string | null {
  const short = name.slice(name.lastIndexOf('.') + 1);
  if (!doc.startsWith(short + '(')) return null;
  const end = doc.indexOf(')\n--\n\n', short.length);
  return end < 0 ? null : doc.slice(short.length, end + 1);
}
// type_get_text_signature: from tp_doc, a heap type's copy of its __doc__ string
defGetSet(TypeType, '__text_signature__', (o) => {
  const t = o as PyType;
  if (!t.heap) throw pyErr(NotImplementedErrorType, `heaplab does not simulate __text_signature__ of builtin types yet`);
  const doc = t.dict ? dictGetStr(t.dict as PyDict, '__doc__') : null;
  const sig = doc instanceof PyStr ? textSignatureFromDoc(t.name, doc.v) : null;
  return sig === null ? Py_NewRef(None) : PyUnicode_From(sig);
});
// type_get_type_params (3.12+): the class's own __type_params__, else ()
defGetSetSince(12, TypeType, '__type_params__', (o) => {
  const v = o === TypeType ? null : ownEntry(o as PyType, '__type_params__');
  return v ?? Py_NewRef(EmptyTuple);
});
// type_get_annotate (3.14+): what typeExtraAttr computes (the class's __annotate__, or None)
defGetSetSince(14, TypeType, '__annotate__', (o) => typeAttr(o as PyType, '__annotate__'));
for (const name of ['__abstractmethods__', '__text_signature__', '__type_params__']) {
  const d = TypeType.methods.get(name);
  if (d) d.ob_type = GetSetDescrType;
}

// type___instancecheck__ / type___subclasscheck__: _PyObject_RealIsInstance / _PyObject_RealIsSubclass
defMethod(TypeType, '__instancecheck__', (self, args) => {
  checkArgs('type.__instancecheck__', args, 1, 1);
  const cls = self as PyType, inst = args[0];
  if (inst.ob_type.isSubtype(cls)) return Py_NewRef(PyBool(true));
  // object_isinstance: then the `__class__` the object reports (a weakref proxy's is its referent's)
  if (!inst.ob_type.weakProxy) return Py_NewRef(PyBool(false));
  const icls = PyObject_GetAttr(inst, '__class__');
  Py_DECREF(icls);
  return Py_NewRef(PyBool(icls !== inst.ob_type && icls instanceof PyType && icls.isSubtype(cls)));
});
defMethod(TypeType, '__subclasscheck__', (self, args) => {
  checkArgs('type.__subclasscheck__', args, 1, 1);
  const sub = args[0];
  if (!(sub instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  return Py_NewRef(PyBool(sub.isSubtype(self as PyType)));
});
// type_or (nb_or) as the slot wrappers __or__ and __ror__: a types.UnionType, or NotImplemented
defMethod(TypeType, '__or__', (self, args) => {
  check_num_args(args, 1);
  return _Py_union_type_or(self!, args[0]) ?? Py_NewRef(NotImplemented);
});
defMethod(TypeType, '__ror__', (self, args) => {
  check_num_args(args, 1);
  return _Py_union_type_or(args[0], self!) ?? Py_NewRef(NotImplemented);
});
