// Models Objects/object.c's static singletons (CPython 3.12): None, NotImplemented, Ellipsis.
import { ObjectType, PyObject, PyType, RT, TypeType, staticAddr, IMMORTAL_REFCNT } from './object';

/** type(None). */
export const NoneType = new PyType(TypeType, 'NoneType', ObjectType);
NoneType.tp_repr = () => 'None';
// none_hash: 3.12+ return the constant 0xFCA86420 (a negative Py_hash_t on 32-bit builds);
// 3.11 hashes None by its address like any object
NoneType.tp_hash = (o) => {
  if (!RT.profile.noneHashConstant) return Math.floor(o.addr / 16);
  return RT.profile.pointerSize === 4 ? 0xfca86420 - 2 ** 32 : 0xfca86420;
};
NoneType.baseType = false;
/** type(NotImplemented). */
export const NotImplementedType = new PyType(TypeType, 'NotImplementedType', ObjectType);
NotImplementedType.tp_repr = () => 'NotImplemented';
/** type(...). */
export const EllipsisType = new PyType(TypeType, 'ellipsis', ObjectType);
EllipsisType.tp_repr = () => 'Ellipsis';

function singleton(t: PyType): PyObject {
  const o = new PyObject(t);
  o.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(o, 16);
  return o;
}

/** Py_None. */
export const None = singleton(NoneType);
/** Py_NotImplemented. */
export const NotImplemented = singleton(NotImplementedType);
/** Py_Ellipsis. */
export const Ellipsis = singleton(EllipsisType);
for (const t of [NoneType, NotImplementedType, EllipsisType]) staticAddr(t, 912);
