// Models Python/specialize.c (CPython 3.12): the inline caches of LOAD_ATTR, STORE_ATTR and the
// method form of LOAD_ATTR. A site remembers what the full lookup found for one class (while no
// class namespace has changed: typeEpoch) and, on the next object of that class, goes straight to
// the answer: LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_MODULE, STORE_ATTR_INSTANCE_VALUE and
// LOAD_ATTR_METHOD_*. They change only how fast heaplab finds the attribute, never what it finds
// or which references it takes: every cached path ends where the generic one would.
import { PyObject, PyType, _PyObject_GC_UNTRACK } from '../objects/object';
import { PyDict, StrKeyCache, dictGetStrCached, dictReplaceStrAt, dictValuesEmbedded, newInstanceDict, indexGet, insertdict } from '../objects/dictobject';
import { PyStr, PyUnicode_Intern } from '../objects/unicodeobject';
import { PyInstance, _PyType_Lookup, lookupHeap, typeEpoch } from '../objects/typeobject';
import { PyModule } from '../objects/moduleobject';
import { FunctionType, PropertyType } from '../objects/funcobject';
import { GetSetDescrType, MemberDescrType, MethodDescrType, PyMethodDescr, WrapperDescrType } from '../objects/methodobject';
import { PyObject_GetAttr, PyObject_SetAttr, getMethodFast, methodSelf, hasGetattributeHook } from '../abstract';

/**
 * One attribute site's cache: the class it was specialized for and the typeEpoch then, plus
 * where the name was in the last instance dict (checked against the entry before use).
 */
export class AttrCache {
  type: PyType | null = null;
  epoch = -1;
  /** Entry index of the name in the instance dict where it was found last. */
  index = 0;
  /** The method found on the type (borrowed: the class's namespace holds it), for method sites. */
  method: PyObject | null = null;
  /** Method sites: instances of the class can have a dict that could shadow the method. */
  checkDict = false;
  /** LOAD_ATTR_MODULE: where the name was in the module's dict. */
  readonly module = new StrKeyCache();
}

/** When false, sites never specialize (every access takes the generic path): for tests that compare both. */
let specializing = true;

/** Turns specialization on or off for sites not specialized yet; returns the previous setting. */
export function setSpecializing(on: boolean): boolean {
  const was = specializing;
  specializing = on;
  return was;
}

/** Whether sites specialize (compile.ts reads it for the call specializations it compiles in). */
export function isSpecializing(): boolean {
  return specializing;
}

/** Whether `o`'s class keeps a managed __dict__ for it that ordinary attribute access uses. */
function plainInstance(o: PyObject, t: PyType): o is PyInstance {
  return specializing && o instanceof PyInstance && t.heap && t.tp_getattro === null && t.cachedKeys !== null && !hasGetattributeHook(t);
}

/** A class attribute that an instance attribute of the same name takes precedence over (not a data descriptor). */
function shadowable(descr: PyObject | null): boolean {
  if (descr === null) return true;
  const dt = descr.ob_type;
  return dt !== PropertyType && dt !== GetSetDescrType && dt !== MemberDescrType && !dt.heap;
}

/** Entry of str `name` in `d` at the cached index, or -1. */
function entryAt(d: PyDict, i: number, name: string): number {
  const keys = d.keys;
  if (i >= keys.length) return -1;
  const k = keys[i];
  return k !== null && (k as PyStr).v === name && d.vals[i] !== null ? i : -1;
}

/** LOAD_ATTR through a site's cache: `o.name` as a new reference (raises as PyObject_GetAttr does). */
export function loadAttr(o: PyObject, name: string, c: AttrCache): PyObject {
  const t = o.ob_type;
  if (t === c.type && c.epoch === typeEpoch) {
    // LOAD_ATTR_INSTANCE_VALUE
    const d = (o as PyInstance).dict;
    if (d !== null) {
      const i = entryAt(d, c.index, name);
      if (i >= 0) {
        const v = d.vals[i]!;
        v.ob_refcnt++;
        return v;
      }
    }
  } else if (o instanceof PyModule && specializing) {
    // LOAD_ATTR_MODULE
    const v = dictGetStrCached(o.dict, name, c.module);
    if (v !== null) {
      v.ob_refcnt++;
      return v;
    }
  }
  const r = PyObject_GetAttr(o, name);
  specializeLoadAttr(o, t, name, c);
  return r;
}

/** _Py_Specialize_LoadAttr: caches an instance attribute found in the instance's own dict. */
function specializeLoadAttr(o: PyObject, t: PyType, name: string, c: AttrCache): void {
  if (!plainInstance(o, t) || name === '__class__' || o.dict === null) return;
  if (t.slotNames !== null && t.slotNames.includes(name)) return;
  if (!shadowable(_PyType_Lookup(t, name))) return;
  const i = indexGet(o.dict, name);
  if (i < 0) return;
  c.type = t;
  c.epoch = typeEpoch;
  c.index = i;
}

/** STORE_ATTR through a site's cache: `o.name = v`; steals nothing (as PyObject_SetAttr). */
export function storeAttr(o: PyObject, name: string, v: PyObject, c: AttrCache): void {
  const t = o.ob_type;
  if (t === c.type && c.epoch === typeEpoch) {
    // STORE_ATTR_INSTANCE_VALUE: what genericSetAttr does once the class is known not to interfere
    const inst = o as PyInstance;
    const d = inst.dict ?? (inst.dict = newInstanceDict(o));
    v.ob_refcnt++;
    // the name is where this site found it last: replace the value in place, as the instruction
    // writes values[index]
    if (d.embedded) {
      if (dictReplaceStrAt(d, c.index, name, v)) return;
      insertdict(d, PyUnicode_Intern(name), v);
    } else {
      // 3.13+ store_instance_attr: a value stored in the inline values of an instance whose
      // dict exists does not track the dict
      const untracked = d.gc_next === null;
      if (!dictReplaceStrAt(d, c.index, name, v)) insertdict(d, PyUnicode_Intern(name), v);
      if (untracked && d.owner !== null && dictValuesEmbedded(d)) _PyObject_GC_UNTRACK(d);
    }
    const last = d.keys.length - 1;
    const k = last >= 0 ? d.keys[last] : null;
    if (k !== null && (k as PyStr).v === name) c.index = last;
    return;
  }
  PyObject_SetAttr(o, name, v);
  specializeStoreAttr(o, t, name, c);
}

/** _Py_Specialize_StoreAttr: a class with no descriptor, slot or __setattr__ in the way of the instance dict. */
function specializeStoreAttr(o: PyObject, t: PyType, name: string, c: AttrCache): void {
  if (!plainInstance(o, t) || !t.hasDict) return;
  if (t.slotNames !== null && t.slotNames.includes(name)) return;
  if (!shadowable(_PyType_Lookup(t, name)) || lookupHeap(t, '__setattr__') !== null) return;
  c.type = t;
  c.epoch = typeEpoch;
}

/**
 * The method form of LOAD_ATTR through a site's cache: like getMethodFast, returns the callable
 * (new reference) and leaves `self` (new reference, or null) in `cachedMethodSelf`.
 */
export function loadMethod(o: PyObject, name: string, c: AttrCache): PyObject {
  const t = o.ob_type;
  if (t === c.type && c.epoch === typeEpoch) {
    // LOAD_ATTR_METHOD_NO_DICT / LOAD_ATTR_METHOD_WITH_VALUES
    const d = c.checkDict ? (o as PyInstance).dict : null;
    if (d === null || indexGet(d, name) < 0) {
      const m = c.method!;
      m.ob_refcnt++;
      o.ob_refcnt++;
      cachedMethodSelf = o;
      return m;
    }
  } else if (o instanceof PyModule && specializing) {
    // LOAD_ATTR_MODULE: a module's function is called as a plain attribute
    const v = dictGetStrCached(o.dict, name, c.module);
    if (v !== null) {
      v.ob_refcnt++;
      cachedMethodSelf = null;
      return v;
    }
  }
  const fn = getMethodFast(o, name);
  cachedMethodSelf = methodSelf;
  if (methodSelf !== null) specializeMethod(o, t, name, fn, c);
  return fn;
}

/** The `self` found by the last loadMethod call (null when the attribute was not a plain method). */
export let cachedMethodSelf: PyObject | null = null;

/** Caches a plain method for instances of builtin types and of classes with a managed dict. */
function specializeMethod(o: PyObject, t: PyType, name: string, fn: PyObject, c: AttrCache): void {
  if (!(fn.ob_type === FunctionType || ((fn.ob_type === MethodDescrType || fn.ob_type === WrapperDescrType) && (fn as PyMethodDescr).kind === 'method'))) return;
  if (t.tp_getattro !== null) return;
  let checkDict: boolean;
  if (plainInstance(o, t)) checkDict = true;
  else if (specializing && !t.heap && !hasOwnDict(o)) checkDict = false;
  else return;
  c.type = t;
  c.epoch = typeEpoch;
  c.method = fn;
  c.checkDict = checkDict;
}

/** Objects of builtin types that still carry a dict of their own (functions, modules, exceptions). */
function hasOwnDict(o: PyObject): boolean {
  return (o as { dict?: unknown }).dict !== undefined;
}
