// Models Modules/_abc.c (CPython 3.12): the C half of abc.ABCMeta. Each ABC keeps an `_abc_data`
// object in `_abc_impl` whose registry and caches are plain sets of weak references (made on first
// use, each reference with a callback that drops it from its set when its class dies), and one
// counter per interpreter, bumped by every register(), invalidates the negative caches.
import { ObjectType, ops, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_DECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, traverseLabels, type CFunc } from '../objects/object';
import { None, NotImplemented } from '../objects/singletons';
import { False, PyLong_From, True } from '../objects/longobject';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { FrozenSetType, PySet, PySet_Add, PySet_Clear, PySet_Discard, PySet_New, setKeys, set_add_entry, set_contains_key, set_merge } from '../objects/setobject';
import { PyStr } from '../objects/unicodeobject';
import { PyDict, dictLookupStr, dictRemoveEntry } from '../objects/dictobject';
import { PyCFunction } from '../objects/methodobject';
import { PyWeakref, PyWeakref_NewRef } from '../objects/weakrefobject';
import { AssertionErrorType, RuntimeErrorType, TypeErrorType, pyErr, typeError } from '../objects/exceptions';
import { checkArgs } from '../objects/typemethods';
import { PyObject_GetAttr, PyObject_IsTrue, PyObject_SetAttr, _PyObject_LookupAttr, callObject, iterToArray } from '../abstract';
import { isAbstract, issubclass } from './bltinmodule';
import { SIZEOF_VOID_P, sizeofGCHead } from '../objects/layout';
import { makeModuleWithFunctions } from './moduletools';
import type { PyModule } from '../objects/moduleobject';

/** `_abc_data`: an ABC's registry, positive cache and negative cache (sets of weakrefs, null until first used). */
export class PyAbcData extends PyObject {
  declare registry: PySet | null;
  declare cache: PySet | null;
  declare negativeCache: PySet | null;
  /** The interpreter's invalidation counter when the negative cache was last valid. */
  declare negativeCacheVersion: number;
  constructor() {
    super(AbcDataType);
    this.registry = null;
    this.cache = null;
    this.negativeCache = null;
    this.negativeCacheVersion = abcInvalidationCounter();
  }
}

/** The `_abc._abc_data` type (a gc type: the sets are visited). */
export const AbcDataType = new PyType(TypeType, '_abc_data', ObjectType, '_abc');
AbcDataType.tpName = '_abc._abc_data';
AbcDataType.gc = true;
AbcDataType.baseType = false;

const FIELDS = ['_abc_registry', '_abc_cache', '_abc_negative_cache'] as const;
function fieldsOf(d: PyAbcData): (PySet | null)[] {
  return [d.registry, d.cache, d.negativeCache];
}

// abc_data_traverse / abc_data_clear / abc_data_dealloc
AbcDataType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const f = fieldsOf(o as PyAbcData);
  for (let i = 0; i < 3; i++) if (f[i] !== null) visit(f[i]!, traverseLabels.on ? FIELDS[i] : '');
};
AbcDataType.tp_clear = (o: PyObject) => {
  const d = o as PyAbcData;
  const f = fieldsOf(d);
  d.registry = d.cache = d.negativeCache = null;
  for (const s of f) if (s !== null) Py_DECREF(s);
};
AbcDataType.tp_dealloc = (o: PyObject) => {
  _PyObject_GC_UNTRACK(o);
  AbcDataType.tp_clear!(o);
  PyObject_Free(o);
};

/** sizeof(_abc_data) plus its gc header: three pointers and an unsigned long long after the object header. */
function abcDataSize(): number {
  const P = SIZEOF_VOID_P();
  return sizeofGCHead() + Math.ceil((5 * P) / 8) * 8 + 8;
}
AbcDataType.basicsize = 48;
AbcDataType.tp_getsizeof = () => abcDataSize();

/** Each interpreter's abc_invalidation_counter, from the count CPython's start-up left (profile abcStartupCacheToken). */
const counters = new WeakMap<object, number>();
function abcInvalidationCounter(): number {
  return counters.get(RT) ?? RT.profile.abcStartupCacheToken;
}

/** abc_data_new: a new `_abc_data` whose negative cache is valid for the current counter. */
function abc_data_new(): PyAbcData {
  const d = new PyAbcData();
  PyObject_Init(d, abcDataSize());
  _PyObject_GC_TRACK(d);
  return d;
}

/** _get_impl: `self._abc_impl` (new reference), which must be an `_abc_data`. */
function _get_impl(self: PyObject): PyAbcData {
  const impl = PyObject_GetAttr(self, '_abc_impl');
  if (impl.ob_type !== AbcDataType) {
    Py_DECREF(impl);
    throw typeError('_abc_impl is set to a wrong type');
  }
  return impl as PyAbcData;
}

/** _in_weak_set: whether `set` holds a weakref to `obj` (looked up through a weakref made for the purpose). */
function _in_weak_set(set: PySet | null, obj: PyObject): boolean {
  if (set === null || set.used === 0) return false;
  let ref: PyWeakref;
  try {
    ref = PyWeakref_NewRef(obj, null);
  } catch (e) {
    // an object that cannot be weakly referenced is in no weak set
    if (e instanceof PyRaise && e.exc.ob_type.isSubtype(TypeErrorType)) {
      Py_DECREF(e.exc);
      return false;
    }
    throw e;
  }
  try {
    return set_contains_key(set, ref);
  } finally {
    Py_DECREF(ref);
  }
}

/** _destroy (METH_O, bound to a weakref to the set): drops the dead class's weakref from the set. */
const _destroy: CFunc = (setweakref, args) => {
  const set = (setweakref as PyWeakref).obj;
  if (set !== null) {
    set.ob_refcnt++;
    try {
      PySet_Discard(set as PySet, args[0]);
    } finally {
      Py_DECREF(set);
    }
  }
  None.ob_refcnt++;
  return None;
};

type WeakSetField = 'registry' | 'cache' | 'negativeCache';

/**
 * _add_to_weak_set: adds a weakref to `obj` to the set in `impl[field]` (made now if there is none
 * yet). The weakref's callback is `_destroy` bound to a weakref to the set.
 */
function _add_to_weak_set(impl: PyAbcData, field: WeakSetField, obj: PyObject): void {
  const set = impl[field] ?? (impl[field] = PySet_New());
  const wr = PyWeakref_NewRef(set, null);
  try {
    // PyCFunction_NewEx(&_destroy_def, wr, NULL): a builtin method holding the set's weakref
    wr.ob_refcnt++;
    const destroy_cb = new PyCFunction('_destroy', _destroy, wr);
    PyObject_Init(destroy_cb, 72);
    _PyObject_GC_TRACK(destroy_cb);
    let ref: PyWeakref;
    try {
      ref = PyWeakref_NewRef(obj, destroy_cb);
    } finally {
      Py_DECREF(destroy_cb);
    }
    // PySet_Add then Py_DECREF(ref): the set keeps the only reference (or drops it, already there)
    set_add_entry(set, ref, ops.keyHash(ref, 'set element'));
  } finally {
    Py_DECREF(wr);
  }
}

/**
 * compute_abstract_methods: the names whose values in the class's own `__dict__` are abstract,
 * plus each base's `__abstractmethods__` still abstract here, set as `__abstractmethods__`.
 */
function compute_abstract_methods(self: PyObject): void {
  // PyFrozenSet_New(NULL), filled with PySet_Add while nobody else sees it
  const abstracts = PySet_New(FrozenSetType);
  try {
    // Stage 1: direct abstract methods, from a list of the items (the dict may change meanwhile)
    const ns = PyObject_GetAttr(self, '__dict__');
    let items: PyObject[];
    try {
      const meth = PyObject_GetAttr(ns, 'items');
      let view: PyObject;
      try {
        view = callObject(meth, [], null);
      } finally {
        Py_DECREF(meth);
      }
      try {
        items = iterToArray(view);
      } finally {
        Py_DECREF(view);
      }
    } finally {
      Py_DECREF(ns);
    }
    try {
      for (const it of items) {
        const [key, value] = (it as PyTuple).items;
        if (isAbstract(value)) {
          PySet_Add(abstracts, key);
        }
      }
    } finally {
      for (const it of items) Py_DECREF(it);
    }
    // Stage 2: inherited abstract methods
    const bases = PyObject_GetAttr(self, '__bases__');
    try {
      if (!(bases instanceof PyTuple)) throw typeError('__bases__ is not tuple');
      for (const item of bases.items) {
        const baseAbstracts = _PyObject_LookupAttr(item, '__abstractmethods__');
        if (baseAbstracts === null) continue;
        let keys: PyObject[];
        try {
          keys = iterToArray(baseAbstracts);
        } finally {
          Py_DECREF(baseAbstracts);
        }
        try {
          for (const key of keys) {
            if (!(key instanceof PyStr)) throw typeError(`attribute name must be string, not '${key.ob_type.tp_name}'`);
            const value = _PyObject_LookupAttr(self, key.v);
            if (value === null) continue;
            let abstract: boolean;
            try {
              abstract = isAbstract(value);
            } finally {
              Py_DECREF(value);
            }
            if (abstract) {
              PySet_Add(abstracts, key);
            }
          }
        } finally {
          for (const k of keys) Py_DECREF(k);
        }
      }
    } finally {
      Py_DECREF(bases);
    }
    PyObject_SetAttr(self, '__abstractmethods__', abstracts);
  } finally {
    Py_DECREF(abstracts);
  }
}

/** _abc._abc_init(self): the class's `__abstractmethods__` and its `_abc_impl`; a class-body `__abc_tpflags__` is consumed. */
const _abc_init: CFunc = (_m, args) => {
  checkArgs('_abc_init', args, 1, 1);
  const self = args[0];
  compute_abstract_methods(self);
  const data = abc_data_new();
  try {
    PyObject_SetAttr(self, '_abc_impl', data);
  } finally {
    Py_DECREF(data);
  }
  // __abc_tpflags__ (collections.abc's Sequence and Mapping flags for pattern matching) leaves the
  // class dict; heaplab keeps no tp_flags word, so the flags themselves are not kept
  if (self instanceof PyType && self.dict !== null) {
    const d = self.dict as PyDict;
    const i = dictLookupStr(d, '__abc_tpflags__');
    if (i >= 0) {
      const [k, v] = dictRemoveEntry(d, i);
      Py_DECREF(k);
      Py_DECREF(v);
    }
  }
  None.ob_refcnt++;
  return None;
};

/** _abc._abc_register(self, subclass): a virtual subclass; bumps the invalidation counter. */
const _abc_register: CFunc = (_m, args) => {
  checkArgs('_abc_register', args, 2, 2);
  const [self, subclass] = args;
  if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
  if (issubclass(subclass, self)) {
    subclass.ob_refcnt++;
    return subclass; // already a subclass
  }
  // test for cycles after "already a subclass": X.register(X) is a no-op
  if (issubclass(self, subclass)) throw pyErr(RuntimeErrorType, 'Refusing to create an inheritance cycle');
  const impl = _get_impl(self);
  try {
    _add_to_weak_set(impl, 'registry', subclass);
  } finally {
    Py_DECREF(impl);
  }
  // invalidate negative caches
  counters.set(RT, abcInvalidationCounter() + 1);
  subclass.ob_refcnt++;
  return subclass;
};

/** Calls `self.<name>(arg)` (PyObject_CallMethodOneArg); a new reference. */
function callMethodOneArg(self: PyObject, name: string, arg: PyObject): PyObject {
  const m = PyObject_GetAttr(self, name);
  try {
    return callObject(m, [arg], null);
  } finally {
    Py_DECREF(m);
  }
}

/** _abc._abc_instancecheck(self, instance): the caches for the instance's `__class__`, else `__subclasscheck__`. */
const _abc_instancecheck: CFunc = (_m, args) => {
  checkArgs('_abc_instancecheck', args, 2, 2);
  const [self, instance] = args;
  const impl = _get_impl(self);
  let subclass: PyObject | null = null;
  try {
    subclass = PyObject_GetAttr(instance, '__class__');
    if (_in_weak_set(impl.cache, subclass)) {
      True.ob_refcnt++;
      return True;
    }
    const subtype = instance.ob_type;
    if (subtype === subclass) {
      if (impl.negativeCacheVersion === abcInvalidationCounter() && _in_weak_set(impl.negativeCache, subclass)) {
        False.ob_refcnt++;
        return False;
      }
      // fall back to the subclass check
      return callMethodOneArg(self, '__subclasscheck__', subclass);
    }
    const result = callMethodOneArg(self, '__subclasscheck__', subclass);
    let truth: boolean;
    try {
      truth = PyObject_IsTrue(result);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    if (truth) return result;
    Py_DECREF(result);
    return callMethodOneArg(self, '__subclasscheck__', subtype);
  } finally {
    Py_DECREF(impl);
    if (subclass !== null) Py_DECREF(subclass);
  }
};

/** subclasscheck_check_registry: true when `subclass` is (a subclass of) a registered class; caches a hit. */
function subclasscheck_check_registry(impl: PyAbcData, subclass: PyObject): boolean {
  // fast path: the subclass itself is registered
  if (_in_weak_set(impl.registry, subclass)) return true;
  const registry = impl.registry;
  if (registry === null || registry.used === 0) return false;
  // a snapshot: a weakref callback may remove entries meanwhile
  const copy = setKeys(registry);
  for (const k of copy) k.ob_refcnt++;
  try {
    for (const k of copy) {
      const rkey = (k as PyWeakref).obj;
      if (rkey === null) continue;
      rkey.ob_refcnt++;
      let r: boolean;
      try {
        r = issubclass(subclass, rkey);
      } finally {
        Py_DECREF(rkey);
      }
      if (r) {
        _add_to_weak_set(impl, 'cache', subclass);
        return true;
      }
    }
    return false;
  } finally {
    for (const k of copy) Py_DECREF(k);
  }
}

/**
 * _abc._abc_subclasscheck(self, subclass): the positive cache, the negative cache (cleared when a
 * register() happened since), `__subclasshook__`, the MRO, the registry, then the subclasses; the
 * answer is cached.
 */
const _abc_subclasscheck: CFunc = (_m, args) => {
  checkArgs('_abc_subclasscheck', args, 2, 2);
  const [self, subclass] = args;
  if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const impl = _get_impl(self);
  try {
    return PyBoolNew(abcSubclassCheck(self, impl, subclass));
  } finally {
    Py_DECREF(impl);
  }
};

function PyBoolNew(b: boolean): PyObject {
  const r = b ? True : False;
  r.ob_refcnt++;
  return r;
}

function abcSubclassCheck(self: PyObject, impl: PyAbcData, subclass: PyType): boolean {
  // 1. the cache
  if (_in_weak_set(impl.cache, subclass)) return true;
  // 2. the negative cache, invalidated by any register() since it was filled
  const counter = abcInvalidationCounter();
  if (impl.negativeCacheVersion < counter) {
    if (impl.negativeCache !== null) PySet_Clear(impl.negativeCache);
    impl.negativeCacheVersion = counter;
  } else if (_in_weak_set(impl.negativeCache, subclass)) return false;
  // 3. the subclass hook
  const ok = callMethodOneArg(self, '__subclasshook__', subclass);
  Py_DECREF(ok);
  if (ok === True) {
    _add_to_weak_set(impl, 'cache', subclass);
    return true;
  }
  if (ok === False) {
    _add_to_weak_set(impl, 'negativeCache', subclass);
    return false;
  }
  if (ok !== NotImplemented) throw pyErr(AssertionErrorType, '__subclasshook__ must return either False, True, or NotImplemented');
  // 4. a direct subclass
  if (subclass.mro.includes(self as PyType)) {
    _add_to_weak_set(impl, 'cache', subclass);
    return true;
  }
  // 5. a subclass of a registered class
  if (subclasscheck_check_registry(impl, subclass)) return true;
  // 6. a subclass of a subclass
  const subclasses = callMethodNoArgs(self, '__subclasses__');
  try {
    if (subclasses.ob_type.name !== 'list') throw typeError('__subclasses__() must return a list');
    const items = iterToArray(subclasses);
    try {
      if (items.some((scls) => issubclass(subclass, scls))) {
        _add_to_weak_set(impl, 'cache', subclass);
        return true;
      }
    } finally {
      for (const scls of items) Py_DECREF(scls);
    }
  } finally {
    Py_DECREF(subclasses);
  }
  // no dice: the negative cache
  _add_to_weak_set(impl, 'negativeCache', subclass);
  return false;
}

function callMethodNoArgs(self: PyObject, name: string): PyObject {
  const m = PyObject_GetAttr(self, name);
  try {
    return callObject(m, [], null);
  } finally {
    Py_DECREF(m);
  }
}

/** _abc._get_dump(self): shallow copies of the registry and both caches, and the negative cache version. */
const _get_dump: CFunc = (_m, args) => {
  checkArgs('_get_dump', args, 1, 1);
  const impl = _get_impl(args[0]);
  try {
    const copies = fieldsOf(impl).map((s) => {
      const c = PySet_New();
      if (s !== null) set_merge(c, s);
      return c;
    });
    return PyTuple_New([...copies, PyLong_From(impl.negativeCacheVersion)]);
  } finally {
    Py_DECREF(impl);
  }
};

/** _abc._reset_registry(self) / _abc._reset_caches(self): empties the registry, or both caches. */
function resetter(name: string, fields: WeakSetField[]): CFunc {
  return (_m, args) => {
    checkArgs(name, args, 1, 1);
    const impl = _get_impl(args[0]);
    try {
      for (const f of fields) if (impl[f] !== null) PySet_Clear(impl[f]!);
    } finally {
      Py_DECREF(impl);
    }
    None.ob_refcnt++;
    return None;
  };
}

/** The `_abc` module: made at start-up (abc is imported by CPython's own start-up). */
export function make_abcModule(): PyModule {
  return makeModuleWithFunctions('_abc', {
    get_cache_token: (_m, args) => {
      checkArgs('get_cache_token', args, 0, 0);
      return PyLong_From(abcInvalidationCounter());
    },
    _abc_init,
    _abc_register,
    _abc_instancecheck,
    _abc_subclasscheck,
    _get_dump,
    _reset_registry: resetter('_reset_registry', ['registry']),
    _reset_caches: resetter('_reset_caches', ['cache', 'negativeCache']),
  });
}
