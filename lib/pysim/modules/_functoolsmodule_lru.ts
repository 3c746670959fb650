// Models the lru_cache wrapper of Modules/_functoolsmodule.c (CPython 3.11-3.14):
// functools._lru_cache_wrapper, with the three wrappers (uncached for maxsize=0, infinite for
// maxsize=None, bounded), lru_cache_make_key's keys (the argument itself for one int or str, else
// the argument tuple, or a tuple with kwd_mark and the keywords, and the types when typed), and the
// bounded cache's doubly linked list of _lru_list_elem objects (real, non-gc objects holding the
// key and the result; the cache dict maps each key to its link).
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from '../objects/object';
import { None } from '../objects/singletons';
import { LongType, PyLong_From } from '../objects/longobject';
import { StrType } from '../objects/unicodeobject';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { PyDict, PyDict_Clear, PyDict_GetItem, PyDict_New, PyDict_SetItem, PyDict_DelItem, dictItems } from '../objects/dictobject';
import { PyObject_Call, makeTpCall } from '../objects/call_args';
import { defMethod } from '../objects/methodobject';
import { typeError } from '../objects/exceptions';
import { PyCallable_Check, PyNumber_Index, PyObject_IsTrue, callObject } from '../abstract';
import { SIZEOF_VOID_P } from '../objects/layout';
import { PyMethod_New } from '../objects/funcobject';

/** A new reference to `o`. */
function ref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** An _lru_list_elem: key and result (owned), and its place in the wrapper's list. */
export class PyLruLink extends PyObject {
  declare key: PyObject | null;
  declare result: PyObject | null;
  declare prev: PyLruLink | null;
  declare next: PyLruLink | null;
  constructor(key: PyObject, result: PyObject) {
    super(LruListElemType);
    this.key = key;
    this.result = result;
    this.prev = null;
    this.next = null;
  }
}
/** functools._lru_list_elem: PyObject_HEAD, prev, next, hash, key, result (not a gc type). */
export const LruListElemType = new PyType(TypeType, '_lru_list_elem', ObjectType, 'functools');
LruListElemType.tpName = 'functools._lru_list_elem';
LruListElemType.baseType = false;
LruListElemType.tp_getsizeof = () => 7 * SIZEOF_VOID_P();
/** lru_list_elem_dealloc: releases the key and the result. */
LruListElemType.tp_dealloc = (o) => {
  const l = o as PyLruLink;
  const k = l.key, r = l.result;
  l.key = null;
  l.result = null;
  if (k) Py_DECREF(k);
  if (r) Py_DECREF(r);
  PyObject_Free(o);
};
/** Not a gc type: only the heap view and checker walk a link's key and result. */
LruListElemType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const l = o as PyLruLink;
  if (l.key) visit(l.key, 'key');
  if (l.result) visit(l.result, 'result');
};
staticAddr(LruListElemType, 912);

/** An _lru_cache_wrapper. maxsize -1: unbounded (None). The list runs from `first` (oldest) to `last`. */
export class PyLruCache extends PyObject {
  declare func: PyObject | null;
  declare cache: PyDict | null;
  declare maxsize: number;
  declare typed: boolean;
  declare hits: number;
  declare misses: number;
  declare kwdMark: PyObject | null;
  declare cacheInfoType: PyObject | null;
  declare dict: PyDict | null;
  declare first: PyLruLink | null;
  declare last: PyLruLink | null;
  constructor(func: PyObject, maxsize: number, typed: boolean, kwdMark: PyObject, cacheInfoType: PyObject) {
    super(LruCacheType);
    this.func = func;
    this.cache = PyDict_New();
    this.maxsize = maxsize;
    this.typed = typed;
    this.hits = 0;
    this.misses = 0;
    this.kwdMark = kwdMark;
    this.cacheInfoType = cacheInfoType;
    this.dict = null;
    this.first = null;
    this.last = null;
  }
}

/** functools._lru_cache_wrapper (gc, with __dict__ and weak references). */
export const LruCacheType = new PyType(TypeType, '_lru_cache_wrapper', ObjectType, 'functools');
LruCacheType.tpName = 'functools._lru_cache_wrapper';
LruCacheType.gc = true;
LruCacheType.hasDict = true;
LruCacheType.weakrefable = true;
LruCacheType.baseType = false;
/** sizeof(lru_cache_object) with its PyGC_Head: the root link (7 words) and 12 more fields. */
LruCacheType.tp_getsizeof = () => 21 * SIZEOF_VOID_P();
/** lru_cache_tp_traverse: each link's result, then cache, func, kwd_mark, cache_info_type, __dict__. */
LruCacheType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const w = o as PyLruCache;
  const lab = traverseLabels.on;
  // the collector sees each link's result from here (links are not gc objects); the heap view and
  // checker, which name every reference, see them from the links, which the cache dict holds
  if (!lab) for (let l = w.first; l !== null; l = l.next) if (l.result) visit(l.result, '');
  if (w.cache) visit(w.cache, lab ? 'cache' : '');
  if (w.func) visit(w.func, lab ? 'func' : '');
  if (w.kwdMark) visit(w.kwdMark, lab ? 'kwd_mark' : '');
  if (w.cacheInfoType) visit(w.cacheInfoType, lab ? 'cache_info_type' : '');
  if (w.dict) visit(w.dict, lab ? '__dict__' : '');
};

/** lru_cache_unlink_list: takes the links out of the wrapper (the caller releases them). */
function unlinkList(w: PyLruCache): PyLruLink[] {
  const links: PyLruLink[] = [];
  for (let l = w.first; l !== null; l = l.next) links.push(l);
  w.first = w.last = null;
  for (const l of links) l.prev = l.next = null;
  return links;
}

/** lru_cache_tp_clear: the list is unlinked, the fields cleared, then the links released. */
function lruClear(o: PyObject): void {
  const w = o as PyLruCache;
  const links = unlinkList(w);
  const fields = [w.cache, w.func, w.kwdMark, w.cacheInfoType, w.dict];
  w.cache = null;
  w.func = null;
  w.kwdMark = null;
  w.cacheInfoType = null;
  w.dict = null;
  for (const f of fields) if (f) Py_DECREF(f);
  for (const l of links) Py_DECREF(l);
}
LruCacheType.tp_clear = lruClear;
LruCacheType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  lruClear(o);
  PyObject_Free(o);
};
staticAddr(LruCacheType, 912);

/** The module state's kwd_mark (an `object()`), one per interpreter, made when first needed. */
function kwdMark(): PyObject {
  let m = RT.lazyObjects.get('functools kwd_mark');
  if (m === undefined) {
    m = new PyObject(ObjectType);
    PyObject_Init(m, 16);
    RT.lazyObjects.set('functools kwd_mark', m);
  }
  return m;
}

/** lru_cache_new: `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)` (through _PyObject_MakeTpCall). */
LruCacheType.tp_new = (_t, args, kwnames) => makeTpCall(args, kwnames, () => {
  const names = ['user_function', 'maxsize', 'typed', 'cache_info_type'];
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const vals: (PyObject | undefined)[] = args.slice(0, npos);
  if (npos > 4) throw typeError(`lru_cache() takes at most 4 arguments (${args.length} given)`);
  for (let i = 0; i < nkw; i++) {
    const j = names.indexOf(kwnames![i]);
    if (j < 0) throw typeError(`lru_cache() got an unexpected keyword argument '${kwnames![i]}'`);
    vals[j] = args[npos + i];
  }
  for (let i = 0; i < 4; i++) if (vals[i] === undefined) throw typeError(`lru_cache() missing required argument '${names[i]}' (pos ${i + 1})`);
  const [func, maxsizeO, typedO, cacheInfoType] = vals as PyObject[];
  if (!PyCallable_Check(func)) throw typeError('the first argument must be callable');
  const typed = PyObject_IsTrue(typedO);
  let maxsize: number;
  if (maxsizeO === None) maxsize = -1;
  else if (maxsizeO.ob_type.isSubtype(LongType)) {
    maxsize = Number(PyNumber_Index(maxsizeO));
    if (maxsize < 0) maxsize = 0;
  } else throw typeError('maxsize should be integer or None');
  const w = new PyLruCache(ref(func), maxsize, typed, ref(kwdMark()), ref(cacheInfoType));
  PyObject_Init(w, 21 * SIZEOF_VOID_P());
  _PyObject_GC_TRACK(w);
  return w;
});

/**
 * lru_cache_make_key: one int or str argument is its own key; without keywords (and untyped) the
 * call's argument tuple itself; else a tuple of the arguments, kwd_mark, the keyword items and,
 * typed, the types. A new reference.
 */
function makeKey(w: PyLruCache, args: PyTuple, kwds: PyDict | null): PyObject {
  const kwItems = kwds ? dictItems(kwds) : [];
  if (!w.typed && kwItems.length === 0) {
    if (args.items.length === 1 && (args.items[0].ob_type === StrType || args.items[0].ob_type === LongType)) return ref(args.items[0]);
    return ref(args);
  }
  const items: PyObject[] = args.items.map(ref);
  if (kwItems.length) {
    items.push(ref(w.kwdMark!));
    for (const [k, v] of kwItems) items.push(ref(k), ref(v));
  }
  if (w.typed) {
    for (const p of args.items) items.push(ref(p.ob_type));
    for (const [, v] of kwItems) items.push(ref(v.ob_type));
  }
  return PyTuple_New(items);
}

/** Appends `link` at the most recently used end. */
function appendLink(w: PyLruCache, link: PyLruLink): void {
  link.prev = w.last;
  link.next = null;
  if (w.last) w.last.next = link;
  else w.first = link;
  w.last = link;
}
/** Takes `link` out of the list. */
function extractLink(w: PyLruCache, link: PyLruLink): void {
  if (link.prev) link.prev.next = link.next;
  else w.first = link.next;
  if (link.next) link.next.prev = link.prev;
  else w.last = link.prev;
  link.prev = link.next = null;
}

/**
 * lru_cache_call: the uncached, infinite or bounded wrapper, as maxsize chose. The wrapper has no
 * vectorcall, so its arguments arrive packed by _PyObject_MakeTpCall (the tuple may become the key).
 */
LruCacheType.tp_call = (self, argv, kwnames) => makeTpCall(argv, kwnames, ({ args, kwargs }) => {
  const w = self as PyLruCache;
  if (w.func === null) throw typeError('heaplab: the cache was cleared by the collector');
  if (w.maxsize === 0) {
    // uncached_lru_cache_wrapper
    w.misses++;
    return PyObject_Call(w.func, args, kwargs);
  }
  const key = makeKey(w, args, kwargs);
  const cache = w.cache!;
  try {
    if (w.maxsize === -1) {
      // infinite_lru_cache_wrapper
      const hit = PyDict_GetItem(cache, key);
      if (hit !== null) {
        w.hits++;
        return ref(hit);
      }
      w.misses++;
      const result = PyObject_Call(w.func, args, kwargs);
      PyDict_SetItem(cache, key, result);
      return result;
    }
    // bounded_lru_cache_wrapper
    const found = PyDict_GetItem(cache, key) as PyLruLink | null;
    if (found !== null) {
      extractLink(w, found);
      appendLink(w, found);
      w.hits++;
      return ref(found.result!);
    }
    w.misses++;
    const result = PyObject_Call(w.func, args, kwargs);
    if (PyDict_GetItem(cache, key) !== null) {
      // the same key was added during the call: the link is up to date already
      return result;
    }
    if (cache.used < w.maxsize || w.first === null) {
      // not full: a new link
      const link = new PyLruLink(ref(key), ref(result));
      PyObject_Init(link, 7 * SIZEOF_VOID_P());
      PyDict_SetItem(cache, key, link);
      Py_DECREF(link);
      appendLink(w, link);
      return result;
    }
    // full: the oldest link is reused for the new key and result
    const link = w.first;
    extractLink(w, link);
    link.ob_refcnt++; // popresult
    PyDict_DelItem(cache, link.key!);
    const oldkey = link.key!, oldresult = link.result!;
    link.key = ref(key);
    link.result = ref(result);
    PyDict_SetItem(cache, key, link);
    appendLink(w, link);
    Py_DECREF(link);
    Py_DECREF(oldkey);
    Py_DECREF(oldresult);
    return result;
  } finally {
    Py_DECREF(key);
  }
});

/** lru_cache_cache_info: cache_info_type(hits, misses, maxsize or None, currsize). */
defMethod(LruCacheType, 'cache_info', (self) => {
  const w = self as PyLruCache;
  const currsize = w.cache ? w.cache.used : 0;
  const a = [PyLong_From(w.hits), PyLong_From(w.misses), w.maxsize === -1 ? ref(None) : PyLong_From(w.maxsize), PyLong_From(currsize)];
  try {
    return callObject(w.cacheInfoType!, a, null);
  } finally {
    for (const x of a) Py_DECREF(x);
  }
});
/** lru_cache_cache_clear: hits and misses back to 0, the dict cleared, then the links released. */
defMethod(LruCacheType, 'cache_clear', (self) => {
  const w = self as PyLruCache;
  const links = unlinkList(w);
  w.hits = w.misses = 0;
  if (w.cache) PyDict_Clear(w.cache);
  for (const l of links) Py_DECREF(l);
  return ref(None);
});
// lru_cache_reduce / __copy__ / __deepcopy__: the wrapper is copied as itself
defMethod(LruCacheType, '__copy__', (self) => ref(self!));
defMethod(LruCacheType, '__deepcopy__', (self) => ref(self!));
/** lru_cache_descr_get: a method bound to the instance (itself when looked up on the class). */
LruCacheType.tp_descr_get = (self, obj) => (obj === null || obj === None ? ref(self) : PyMethod_New(self, obj));
