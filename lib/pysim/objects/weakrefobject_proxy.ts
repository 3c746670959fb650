// Models the proxy half of Objects/weakrefobject.c: weakref.ProxyType and
// weakref.CallableProxyType (PyWeakref_NewProxy, proxy_repr, proxy_str, proxy_getattr,
// proxy_setattr, proxy_call, proxy_iter, proxy_iternext, proxy_bytes, proxy_reversed). A proxy
// is a weak reference of its own type in the referent's weakref list; the operators, comparisons,
// len(), `in`, item access and truth test are forwarded by abstract.ts (its UNWRAP).
import { PyObject, PyType, Py_DECREF, RT, TypeType, ObjectType, _PyObject_GC_TRACK, PyObject_Init, staticAddr } from './object';
import { PyWeakref, WeakrefType, weakrefListInsert, get_basic_refs, weakrefable } from './weakrefobject';
import { None } from './singletons';
import { fullyQualifiedName } from './typeobject';
import { typeError } from './exceptions';
import { defMethod } from './methodobject';
import { callObject, getMethodFast, isIterator, iterNext, methodSelf, PyCallable_Check, PyObject_GetAttr, PyObject_GetIter, PyObject_HashNotImplemented, PyObject_Str, withReferent } from '../abstract';

function proxyType(name: string): PyType {
  const t = new PyType(TypeType, name, ObjectType, 'weakref');
  t.tpName = `weakref.${name}`;
  t.gc = true;
  t.weakProxy = true;
  t.baseType = false;
  // no tp_new: type_call's "cannot create 'weakref.ProxyType' instances"
  t.tp_new = (type) => {
    throw typeError(`cannot create '${type.tpName}' instances`);
  };
  t.basicsize = WeakrefType.basicsize;
  staticAddr(t, 912);
  t.tp_traverse = WeakrefType.tp_traverse;
  t.tp_clear = WeakrefType.tp_clear;
  // proxy_dealloc: the same as weakref_dealloc (untrack, clear_weakref, free)
  t.tp_dealloc = WeakrefType.tp_dealloc;
  t.tp_repr = proxy_repr;
  // no tp_hash: a proxy is unhashable (its referent can die)
  t.tp_hash = PyObject_HashNotImplemented;
  t.tp_str = (o) => withReferent(o, PyObject_Str);
  // proxy_getattr: every attribute is the referent's (`__class__` included)
  t.tp_getattro = (o, name) => withReferent(o, (obj) => PyObject_GetAttr(obj, name));
  t.tp_iter = (o) => withReferent(o, PyObject_GetIter);
  t.tp_iternext = (o) => withReferent(o, (obj) => {
    if (!isIterator(obj)) throw typeError(`Weakref proxy referenced a non-iterator '${obj.ob_type.tp_name}' object`);
    return iterNext(obj);
  });
  // WRAP_METHOD(proxy_bytes, __bytes__), WRAP_METHOD(proxy_reversed, __reversed__)
  for (const special of ['__bytes__', '__reversed__']) {
    defMethod(t, special, (self) => withReferent(self!, (obj) => {
      const fn = getMethodFast(obj, special);
      const bound = methodSelf;
      try {
        return callObject(fn, bound ? [bound] : [], null);
      } finally {
        Py_DECREF(fn);
        if (bound) Py_DECREF(bound);
      }
    }));
  }
  return t;
}

/** weakref.ProxyType: a proxy to an object that is not callable. */
export const ProxyType = proxyType('ProxyType');
/** weakref.CallableProxyType: a proxy to a callable object (proxy_call forwards the call). */
export const CallableProxyType = proxyType('CallableProxyType');
CallableProxyType.tp_call = (o, args, kwnames) => withReferent(o!, (obj) => callObject(obj, args, kwnames));

/**
 * proxy_repr: 3.11/3.12 "<weakproxy at %p to %s at %p>" (a dead proxy shows None, which
 * PyWeakref_GET_OBJECT returns); 3.13+ "<weakproxy at %p; to '%T' at %p>" or "<weakproxy at %p; dead>".
 */
function proxy_repr(o: PyObject): string {
  const obj = (o as PyWeakref).obj;
  const at = `0x${o.addr.toString(16)}`;
  if (RT.profile.versionInfo[1] <= 12) {
    const r = obj ?? None;
    return `<weakproxy at ${at} to ${r.ob_type.tp_name} at 0x${r.addr.toString(16)}>`;
  }
  if (obj === null) return `<weakproxy at ${at}; dead>`;
  return `<weakproxy at ${at}; to '${fullyQualifiedName(obj.ob_type)}' at 0x${obj.addr.toString(16)}>`;
}

/**
 * PyWeakref_NewProxy (weakref.proxy(obj, callback=None)): the referent's basic proxy when there
 * is no callback and it has one; else a new proxy, callable when the referent is, listed after the
 * basic ref (a basic proxy) or after the basic ref and proxy (a proxy with a callback).
 */
export function PyWeakref_NewProxy(obj: PyObject, callback: PyObject | null): PyObject {
  if (!weakrefable(obj)) throw typeError(`cannot create weak reference to '${obj.ob_type.tp_name}' object`);
  if (callback === None) callback = null;
  const [, basicProxy] = get_basic_refs(obj);
  if (callback === null && basicProxy !== null) {
    basicProxy.ob_refcnt++;
    return basicProxy;
  }
  if (callback) callback.ob_refcnt++;
  const w = new PyWeakref(PyCallable_Check(obj) ? CallableProxyType : ProxyType, obj, callback);
  PyObject_Init(w, WeakrefType.basicsize);
  _PyObject_GC_TRACK(w);
  weakrefListInsert(obj, w);
  return w;
}
