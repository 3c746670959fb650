// Models Modules/_weakref.c (the _weakref module: ref, proxy, getweakrefcount, getweakrefs,
// _remove_dead_weakref) and, for Lib/weakref.py, the parts of _collections_abc it imports. Lib/weakref.py itself runs from modules/weakref_py.ts.
import { PyObject, PyType, Py_DECREF } from '../objects/object';
import { PyLong_From } from '../objects/longobject';
import { PyList_New } from '../objects/listobject';
import { checkArgs } from '../objects/typemethods';
import { PyWeakref, PyWeakref_NewRef, WeakrefType, weakrefSubclassNew, weakref_richcompare } from '../objects/weakrefobject';
import { None, NotImplemented } from '../objects/singletons';
import { defGetSet, defMethod } from '../objects/methodobject';
import { typeError } from '../objects/exceptions';
import { makeModule } from './moduletools';
import { CallableProxyType, ProxyType, PyWeakref_NewProxy } from '../objects/weakrefobject_proxy';
import { PyDict, dictLookup, dictRemoveEntry } from '../objects/dictobject';
import type { PyModule } from '../objects/moduleobject';

WeakrefType.tp_new = (t, args) => {
  checkArgs('__new__', args, 1, 2); // PyArg_UnpackTuple(args, "__new__", 1, 2)
  if (t !== WeakrefType) return weakrefSubclassNew(t, args[0], args[1] ?? null);
  return PyWeakref_NewRef(args[0], args[1] ?? null);
};
// the slot wrappers ref.__call__, __hash__, __eq__ and __ne__ (WeakMethod calls them)
defMethod(WeakrefType, '__call__', (self, args) => WeakrefType.tp_call!(self!, args, null));
defMethod(WeakrefType, '__hash__', (self) => PyLong_From(WeakrefType.tp_hash!(self!)));
defMethod(WeakrefType, '__eq__', (self, args) => weakref_richcompare(self!, args[0], 'Eq') ?? (NotImplemented.ob_refcnt++, NotImplemented));
defMethod(WeakrefType, '__ne__', (self, args) => weakref_richcompare(self!, args[0], 'NotEq') ?? (NotImplemented.ob_refcnt++, NotImplemented));
// weakref_members: the read-only __callback__ (None once the referent died and the callback ran)
defGetSet(WeakrefType, '__callback__', (o) => {
  const cb = (o as PyWeakref).callback ?? None;
  cb.ob_refcnt++;
  return cb;
});
// tp_new_wrapper: weakref.ref.__new__(R, obj, callback) from a subclass's own __new__
defMethod(WeakrefType, '__new__', (_s, args) => {
  const sub = args[0];
  if (!(sub instanceof PyType)) throw typeError(`ReferenceType.__new__(X): X is not a type object (${sub ? sub.ob_type.name : 'NULL'})`);
  if (!sub.isSubtype(WeakrefType)) throw typeError(`ReferenceType.__new__(${sub.name}): ${sub.name} is not a subtype of ReferenceType`);
  return WeakrefType.tp_new!(sub, args.slice(1), null);
}, 'static');

/** METH_O's check (Objects/methodobject.c cfunction_vectorcall_O), `qual` as _PyObject_FunctionStr gives it. */
function checkMethO(qual: string, args: readonly PyObject[], kw: string[] | null): void {
  if (kw && kw.length) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
}

/** Modules/_weakref.c: the native part of weakref (ref, proxy, getweakrefcount, getweakrefs, _remove_dead_weakref). */
export function makeWeakrefModule(): PyModule {
  return makeModule('_weakref', {
    ref: WeakrefType,
    ReferenceType: WeakrefType,
    ProxyType,
    CallableProxyType,
    // _weakref.proxy(object, callback=None): PyArg_UnpackTuple(args, "proxy", 1, 2)
    proxy: (_s, args, kw) => {
      if (kw && kw.length) throw typeError('proxy() takes no keyword arguments');
      checkArgs('proxy', args, 1, 2);
      return PyWeakref_NewProxy(args[0], args[1] ?? null);
    },
    // _weakref._remove_dead_weakref(dct, key, /): deletes dct[key] if it is a dead weakref
    // (_PyDict_DelItemIf with is_dead_weakref); a missing key is not an error
    _remove_dead_weakref: (_s, args, kw) => {
      if (kw && kw.length) throw typeError('_remove_dead_weakref() takes no keyword arguments');
      if (args.length !== 2) throw typeError(`_remove_dead_weakref expected 2 arguments, got ${args.length}`);
      const [dct, key] = args;
      if (!(dct instanceof PyDict)) throw typeError(`_remove_dead_weakref() argument 1 must be dict, not ${dct.ob_type.tp_name}`);
      const i = dictLookup(dct, key);
      if (i >= 0) {
        const v = dct.vals[i]!;
        if (!(v instanceof PyWeakref)) throw typeError('not a weakref');
        if (v.obj === null) {
          const [k, old] = dictRemoveEntry(dct, i);
          Py_DECREF(k);
          Py_DECREF(old);
        }
      }
      None.ob_refcnt++;
      return None;
    },
    // METH_O functions of Modules/_weakref.c
    getweakrefcount: (_s, args, kw) => {
      checkMethO('_weakref.getweakrefcount', args, kw);
      return PyLong_From(args[0].weakrefs ? args[0].weakrefs.length : 0);
    },
    getweakrefs: (_s, args, kw) => {
      checkMethO('_weakref.getweakrefs', args, kw);
      return PyList_New((args[0].weakrefs ?? []).map((w: PyObject) => { w.ob_refcnt++; return w; }));
    },
  });
}

/**
 * The parts of Lib/_collections_abc.py that Lib/weakref.py uses: Mapping's __eq__, MutableMapping's
 * clear (the mixin methods weak dictionaries inherit) and MutableSet.register. There is no
 * ABCMeta: register() records nothing.
 */
export const COLLECTIONS_ABC_PY = `
class Mapping:
    __module__ = 'collections.abc'
    __slots__ = ()
    __reversed__ = None

    def __eq__(self, other):
        if not isinstance(other, (dict, Mapping)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

class MutableMapping(Mapping):
    __module__ = 'collections.abc'
    __slots__ = ()

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

class MutableSet:
    __module__ = 'collections.abc'
    __slots__ = ()

    @classmethod
    def register(cls, subclass):
        return subclass
`;
