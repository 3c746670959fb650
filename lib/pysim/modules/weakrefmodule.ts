// Models Modules/_weakref.c + the parts of Lib/weakref.py heaplab supports (CPython 3.12).
import { PyObject, PyType, Py_DECREF } from '../objects/object';
import { PyLong_From } from '../objects/longobject';
import { PyList_New } from '../objects/listobject';
import { checkArgs } from '../objects/typemethods';
import { PyWeakref_NewRef, WeakrefType, weakrefSubclassNew, weakref_richcompare } from '../objects/weakrefobject';
import { NotImplemented } from '../objects/singletons';
import { defMethod } from '../objects/methodobject';
import { typeError } from '../objects/exceptions';
import { makeModule } from './moduletools';
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
// tp_new_wrapper: weakref.ref.__new__(R, obj, callback) from a subclass's own __new__
defMethod(WeakrefType, '__new__', (_s, args) => {
  const sub = args[0];
  if (!(sub instanceof PyType)) throw typeError(`ReferenceType.__new__(X): X is not a type object (${sub ? sub.ob_type.name : 'NULL'})`);
  if (!sub.isSubtype(WeakrefType)) throw typeError(`ReferenceType.__new__(${sub.name}): ${sub.name} is not a subtype of ReferenceType`);
  return WeakrefType.tp_new!(sub, args.slice(1), null);
}, 'static');

/** Python source of the rest of the weakref module (run at import). */
export const WEAKREF_PY = `
class WeakValueDictionary:
    def __init__(self, other=(), **kw):
        self.data = {}
        selfref = ref(self)
        def _remover(key):
            def remove(wr):
                s = selfref()
                if s is not None and s.data.get(key) is wr:
                    del s.data[key]
            return remove
        self._remover = _remover
        if other:
            self.update(other)
        if kw:
            self.update(kw)
    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o
    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))
    def __delitem__(self, key):
        del self.data[key]
    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        for k in list(self.data):
            if self.data[k]() is not None:
                yield_from_list = None
        return iter([k for k in list(self.data) if self.data[k]() is not None])
    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o
    def keys(self):
        return [k for k in list(self.data) if self.data[k]() is not None]
    def values(self):
        return [v for v in [w() for w in list(self.data.values())] if v is not None]
    def items(self):
        return [(k, w()) for k, w in list(self.data.items()) if w() is not None]
    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if args:
                return args[0]
            raise
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o
    def update(self, other=None, **kw):
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for k, v in other.items():
                self[k] = v
        for k, v in kw.items():
            self[k] = v
    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)

class WeakKeyDictionary:
    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)
        def remove(k):
            s = selfref()
            if s is not None:
                try:
                    del s.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            for k, v in dict.items():
                self[k] = v
    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value
    def __getitem__(self, key):
        return self.data[ref(key)]
    def __delitem__(self, key):
        del self.data[ref(key)]
    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data
    def __len__(self):
        return len(self.data)
    def get(self, key, default=None):
        return self.data.get(ref(key), default)
    def keys(self):
        return [k() for k in list(self.data) if k() is not None]
    def items(self):
        return [(k(), v) for k, v in list(self.data.items()) if k() is not None]
    def values(self):
        return [v for k, v in list(self.data.items()) if k() is not None]
    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)
    def __iter__(self):
        return iter(self.keys())

class ProxyType:
    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_heaplab_ref', ref(obj, callback))
    def _heaplab_obj(self):
        o = object.__getattribute__(self, '_heaplab_ref')()
        if o is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return o
    def __getattr__(self, name):
        return getattr(ProxyType._heaplab_obj(self), name)
    def __setattr__(self, name, value):
        setattr(ProxyType._heaplab_obj(self), name, value)
    def __repr__(self):
        o = object.__getattribute__(self, '_heaplab_ref')()
        return '<weakproxy at %#x; %s>' % (id(self), 'dead' if o is None else 'to %r at %#x' % (type(o).__name__, id(o)))

def proxy(obj, callback=None):
    return ProxyType(obj, callback)

class WeakMethod(ref):
    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__

class finalize:
    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index = 0
    _dirty = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._index
        finalize._index += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    @classmethod
    def _select_for_exit(cls):
        L = [(f,i) for (f,i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item:item[1].index)
        return [f for (f,i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    f()
        finally:
            finalize._shutdown = True

class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)
        def remove(item):
            s = selfref()
            if s is not None:
                s.data.discard(item)
        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)
    def add(self, item):
        self.data.add(ref(item, self._remove))
    def discard(self, item):
        self.data.discard(ref(item))
    def remove(self, item):
        self.data.remove(ref(item))
    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter([x for x in [w() for w in list(self.data)] if x is not None])
`.replace('        for k in list(self.data):\n            if self.data[k]() is not None:\n                yield_from_list = None\n', '');

/** METH_O's check (Objects/methodobject.c cfunction_vectorcall_O), `qual` as _PyObject_FunctionStr gives it. */
function checkMethO(qual: string, args: readonly PyObject[], kw: string[] | null): void {
  if (kw && kw.length) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
}

/** The native part of weakref (ref, getweakrefcount, getweakrefs). */
export function makeWeakrefModule(): PyModule {
  return makeModule('weakref', {
    ref: WeakrefType,
    ReferenceType: WeakrefType,
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
void Py_DECREF;
