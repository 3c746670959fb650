// Models Objects/object.c's static singletons (CPython 3.12): None, NotImplemented, Ellipsis.
import { ObjectType, PyObject, PyType, TypeType, staticAddr, IMMORTAL_REFCNT } from './object';

/** type(None). */
export const NoneType = new PyType(TypeType, 'NoneType', ObjectType);
NoneType.tp_repr = () => 'None';
NoneType.tp_hash = () => 0x1f3a5d0b7e4;
NoneType.copyAtomic = true;
NoneType.baseType = false;
/** type(NotImplemented). */
export const NotImplementedType = new PyType(TypeType, 'NotImplementedType', ObjectType);
NotImplementedType.tp_repr = () => 'NotImplemented';
NotImplementedType.copyAtomic = true;
/** type(...). */
export const EllipsisType = new PyType(TypeType, 'ellipsis', ObjectType);
EllipsisType.tp_repr = () => 'Ellipsis';
EllipsisType.copyAtomic = true;

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
