// Models Objects/typeobject.c (CPython 3.12): classes (heap types), their instances with a
// managed __dict__ or __slots__, subtype_traverse / subtype_dealloc (finalizer first, then
// weakrefs, slots, dict, and the reference to the type), and _PyType_Lookup.
import { extSlotsOf } from './extslots';
import { builtinExceptionBasicsize } from './typeobject_basicsize';
import { staticTypeDoc } from './typeobject_doc';
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_CLEAR, Py_DECREF, Py_XDECREF, RT, SHARED_KEYS_MAX_SIZE, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, _PyObject_GC_IS_TRACKED, traverseLabels, defineSplitAddress, isVarSized } from './object';
import { DictType, PyDict, dictValuesEmbedded, dictGetStr, setHasCustomEq, setIdentityHashSlot, PyDict_New, PyDict_SetItem, dictItems, insertdict, PyDict_Clear } from './dictobject';
import { PyTuple, PyTuple_New, _PyTuple_FromArray } from './tupleobject';
import { ByteArrayType, type PyBytes, freeByteArrayBuffer } from './bytesobject';
import { BoolType, LongType, PyLong_From } from './longobject';
import { dictLookup, dictLookupStr, dictRemoveEntry, NO_ENTRIES, NO_PRIMS, dropKeysObject, hasInlineValues } from './dictobject';
import { heapDescriptor, setVersionMethodsChanged } from './methodobject';
import { sizeofDictValues, sizeofInlineValues } from './layout';
import { attributeError } from './exceptions';
import { PyStr } from './unicodeobject';
import { ClassMethodType, FunctionType, PyWrapDescr, StaticMethodType, newTracked } from './funcobject';
import { BaseExceptionType, excTypes, hasBuiltinException } from './exceptions';
import { typeError, valueError } from './exceptions';
import { _Py_Mangle } from '../eval/mangle';
import { str_isidentifier } from './format/unicode_methods';

/**
 * object_new's TypeError for a class whose `__abstractmethods__` is true (Py_TPFLAGS_IS_ABSTRACT),
 * installed by abstract.ts (it iterates and sorts the names).
 */
export const abstractClassError: { make: (t: PyType) => PyRaise } = {
  make: () => {
    throw new Error('abstract.ts not loaded');
  },
};

/** An instance of a class whose solid base is `object`. */
export class PyInstance extends PyObject {
  declare dict: PyDict | null;
  declare slots: (PyObject | null)[] | null;
  /** 3.11/3.12: address of the PyDictValues block holding its attribute values (0: none, or moved to its dict). */
  declare valuesAddr: number;
  declare valuesHi: number;
  declare valuesLo: number;
  constructor(type: PyType) {
    super(type);
    this.dict = null;
    this.slots = null;
    this.valuesHi = 0;
    this.valuesLo = 0;
  }
}
defineSplitAddress(PyInstance, 'valuesAddr', 'valuesHi', 'valuesLo');

/** _PyType_Lookup: the attribute `name` along the MRO (borrowed), or null. */
export function _PyType_Lookup(type: PyType, name: string): PyObject | null {
  const mro = type.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (t.dict !== null) {
      const v = dictGetStr(t.dict as PyDict, name);
      if (v !== null) return v;
    } else {
      const v = t.methods.get(name);
      if (v !== undefined) return v;
      if (name === '__doc__') return staticTypeDoc(t);
    }
  }
  return null;
}

/** Looks a dunder up only in heap types of the MRO (user overrides); borrowed or null. */
export function lookupHeap(type: PyType, name: string): PyObject | null {
  if (!type.heap) return null;
  const mro = type.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (!t.heap) return null;
    const v = dictGetStr(t.dict as PyDict, name);
    if (v !== null) return v;
  }
  return null;
}

const eqCache = new WeakMap<PyType, boolean>();
setHasCustomEq((t) => {
  let c = eqCache.get(t);
  if (c === undefined) {
    c = lookupHeap(t, '__eq__') !== null || lookupHeap(t, '__hash__') !== null;
    eqCache.set(t, c);
  }
  return c;
});
/**
 * Changes whenever any class's namespace changes after the class was made (PyType_Modified):
 * attribute lookup sites cache what _PyType_Lookup found only while it stays the same. One
 * counter for all types (CPython keeps a tp_version_tag per type): programs change classes
 * rarely, so invalidating every site then costs nothing that matters.
 */
export let typeEpoch = 0;

/**
 * Brings `t.heapNew`, `t.heapInit`, `t.heapDel` and `t.heapGetattribute` (lookupHeap of `__new__`,
 * `__init__`, `__del__` and `__getattribute__`) up to date: every class call and instance deallocation asks for them, and they
 * change only with some class's namespace (typeEpoch).
 */
export function heapSpecialMethods(t: PyType): void {
  if (t.specialEpoch === typeEpoch) return;
  t.heapNew = lookupHeap(t, '__new__');
  t.heapInit = lookupHeap(t, '__init__');
  t.heapDel = lookupHeap(t, '__del__');
  t.heapGetattribute = lookupHeap(t, '__getattribute__');
  t.specialEpoch = typeEpoch;
}

/** PyType_Modified: forget cached per-type facts after a class attribute changes. */
export function typeModified(t: PyType): void {
  eqCache.delete(t);
  typeEpoch++;
}
setVersionMethodsChanged(() => {
  typeEpoch++;
});

/** object.__hash__ (_Py_HashPointer). */
export function identityHash(o: PyObject): number {
  return Math.floor(o.addr / 16);
}
ObjectType.tp_hash = identityHash;
setIdentityHashSlot(identityHash);
TypeType.tp_hash = identityHash;

/**
 * What an instance of a class over `object` with slots somewhere in its MRO allocates: PyGC_Head,
 * PyObject_HEAD, the slots, then (type_new_descriptors) a managed `__dict__` as a two-word
 * pre-header (3.12+: also for a `__weakref__` alone) and, on 3.11, a `__weakref__` slot after the
 * others, whether or not the dict is there.
 */
function slottedInstanceSize(t: PyType): number {
  const managedWeakref = RT.profile.managedWeakref;
  const preHeader = t.hasDict || (t.weakrefable && managedWeakref);
  const weakSlot = t.weakrefable && !managedWeakref;
  return (4 + (t.slotNames?.length ?? 0) + (preHeader ? 2 : 0) + (weakSlot ? 1 : 0)) * RT.profile.pointerSize;
}

/** Size of an instance of `t`. */
export function instanceSize(t: PyType): number {
  return t.basicsize;
}

/** Allocates an instance of heap type `t` (new reference; holds a reference to `t`). */
export function PyInstance_New(t: PyType): PyInstance {
  // object_new: an abstract class is refused before anything is allocated
  if (t.isAbstract) throw abstractClassError.make(t);
  const ck = t.cachedKeys;
  const inline = hasInlineValues(t);
  const o = new PyInstance(t);
  if (t.slotNames) o.slots = new Array(t.slotNames.length).fill(null);
  // 3.13+: the values are at the end of the instance's block, sized before this instance takes its slot
  PyObject_Init(o, instanceSize(t) + (inline && ck !== null ? sizeofInlineValues(ck.nentries + ck.usable) : 0));
  // 3.13+ without inline values: no values until the first attribute or __dict__ (newInstanceDict)
  if (ck !== null && (inline || RT.profile.instanceValues === 'separate')) {
    // init_inline_values: every new instance takes one slot off its class's shared keys' usable count
    if (ck.usable > 1) ck.usable--;
    // 3.11/3.12: new_values, a block of its own
    if (!inline) o.valuesAddr = RT.alloc.PyObject_Malloc(sizeofDictValues(ck.nentries + ck.usable));
  }
  t.ob_refcnt++;
  _PyObject_GC_TRACK(o);
  return o;
}

/** subtype_traverse. */
export function subtype_traverse(o: PyObject, visit: VisitProc): void {
  const inst = o as PyInstance;
  if (inst.slots) {
    const names = o.ob_type.slotNames!;
    for (let i = 0; i < inst.slots.length; i++) {
      const v = inst.slots[i];
      if (v) visit(v, traverseLabels.on ? '.' + names[i] : '');
    }
  }
  const d = inst.dict;
  if (d) {
    if (d.embedded || (dictValuesEmbedded(d) && !traverseLabels.on)) {
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k) visit(d.vals[i]!, traverseLabels.on ? '.' + (k as PyStr).v : '');
      }
    } else visit(d, '__dict__');
  }
  visit(o.ob_type, '__class__');
}

/** Releases an embedded or real instance dict. */
export function releaseInstanceDict(d: PyDict): void {
  d.owner = null;
  if (!d.embedded && d.split !== null && d.ob_refcnt > 1 && RT.profile.instanceValues === 'inline' && !d.valuesAddr) {
    // 3.13+: the dict outlives the instance whose block held its values: they are copied out
    d.valuesAddr = RT.alloc.PyObject_Malloc(sizeofDictValues(d.split.nentries + d.split.usable));
  }
  if (d.embedded) {
    const ks = d.keys, vs = d.vals;
    d.keys = NO_ENTRIES;
    d.vals = NO_ENTRIES;
    d.index = null;
    d.prims = NO_PRIMS;
    d.slow = null;
    d.used = 0;
    for (let i = 0; i < ks.length; i++) {
      Py_XDECREF(ks[i]);
      Py_XDECREF(vs[i]);
    }
    dropKeysObject(d);
  } else Py_DECREF(d);
}

/**
 * subtype_setdict: `o.__dict__ = v` (a dict, which the instance then uses as its namespace) or
 * `del o.__dict__` (v null: the next attribute store or `__dict__` read starts a new dict). The
 * old dict is released: a dict object still referenced elsewhere keeps its entries.
 */
function subtype_setdict(o: PyObject, v: PyObject | null): void {
  if (v !== null && !(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
  const inst = o as PyInstance;
  const old = inst.dict;
  if (v !== null) v.ob_refcnt++;
  inst.dict = v as PyDict | null;
  // 3.11/3.12: the values block the instance still held goes with its embedded dict
  if (inst instanceof PyInstance && inst.valuesAddr) {
    RT.alloc.PyObject_Free(inst.valuesAddr);
    inst.valuesAddr = 0;
  }
  if (old) releaseInstanceDict(old);
}

/** PyObject_GenericSetDict (BaseException's `__dict__` setter): subtype_setdict, except that the dict cannot be deleted. */
export function PyObject_GenericSetDict(o: PyObject, v: PyObject | null): void {
  if (v === null) throw typeError('cannot delete __dict__');
  subtype_setdict(o, v);
}

/** subtype_clear (tp_clear of instances). */
export function subtype_clear(o: PyObject): void {
  const inst = o as PyInstance;
  if (inst.slots) {
    for (let i = 0; i < inst.slots.length; i++) {
      const v = inst.slots[i];
      inst.slots[i] = null;
      Py_XDECREF(v);
    }
  }
  const d = inst.dict;
  if (d) {
    inst.dict = null;
    releaseInstanceDict(d);
  }
}

/**
 * PyObject_CallFinalizerFromDealloc: temporarily resurrects `o` and runs __del__ once (PEP 442).
 * Returns true when `o` was resurrected.
 */
export function callFinalizerFromDealloc(o: PyObject): boolean {
  if (o.finalized) return false;
  o.ob_refcnt = 1;
  o.finalized = true;
  RT.callFinalizer(o);
  if (--o.ob_refcnt === 0) return false;
  return true;
}

/** The nearest builtin (static) base of class `t`: its solid base, or a C subclass of it (defaultdict). */
export function staticBase(t: PyType): PyType {
  let b: PyType = t;
  while (b.heap) b = b.base!;
  return b;
}

/** subtype_dealloc. */
export function subtype_dealloc(o: PyObject): void {
  const type = o.ob_type;
  _PyObject_GC_UNTRACK(o);
  heapSpecialMethods(type);
  if (type.heapDel !== null) {
    _PyObject_GC_TRACK(o);
    if (callFinalizerFromDealloc(o)) return; // resurrected
    _PyObject_GC_UNTRACK(o);
  }
  if (o.weakrefs) RT.clearWeakrefs(o);
  if (type.solid === BaseExceptionType) {
    // the clear of the first builtin exception class in the MRO (OSError's, exception groups')
    const m = type.mro;
    let i = 0;
    while (m[i].heap) i++;
    (m[i].tp_clear ?? BaseExceptionType.tp_clear!)(o);
  } else {
    subtype_clear(o);
    // basedealloc: a subclass of list, dict, set or tuple releases what its base type holds
    const base = staticBase(type);
    if (base !== ObjectType) {
      if (base.tp_clear !== null) {
        base.tp_clear(o);
        const tail = extSlotsOf(base)?.dealloc_tail;
        if (tail) tail(o);
      }
      else if (o instanceof PyTuple) {
        const items = o.items;
        o.items = [];
        for (let i = items.length - 1; i >= 0; i--) Py_XDECREF(items[i]);
      } else if (base === ByteArrayType) freeByteArrayBuffer(o as PyBytes);
    }
  }
  // _PyObject_FreeInstanceAttributes: the values block goes before the instance
  const va = (o as PyInstance).valuesAddr;
  if (va) {
    (o as PyInstance).valuesAddr = 0;
    RT.alloc.PyObject_Free(va);
  }
  PyObject_Free(o);
  Py_DECREF(type);
}

/** Instances of a class: traversal and deallocation. */
export function setupHeapTypeSlots(t: PyType): void {
  if (t.solid === TypeType) {
    // a metaclass: its instances are classes, traversed and released as type's (which also hold their metaclass)
    t.tp_traverse = TypeType.tp_traverse;
    t.tp_clear = TypeType.tp_clear;
    t.tp_dealloc = TypeType.tp_dealloc;
    return;
  }
  if (t.solid === ObjectType) {
    t.tp_traverse = subtype_traverse;
    t.tp_clear = subtype_clear;
  } else if (!t.isExc) {
    // subtype_traverse over a builtin base: the instance's dict and class, then what the base holds
    const basetraverse = staticBase(t).tp_traverse;
    t.tp_traverse = (o, visit) => {
      subtype_traverse(o, visit);
      if (basetraverse !== null) basetraverse(o, visit);
    };
  }
  t.tp_dealloc = subtype_dealloc;
}

/** C3 linearisation of the MRO. */
export function computeMro(t: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => [...b.mro]);
  seqs.push([...bases]);
  const out: PyType[] = [t];
  for (;;) {
    const nonempty = seqs.filter((s) => s.length);
    if (!nonempty.length) return out;
    let cand: PyType | null = null;
    for (const s of nonempty) {
      const h = s[0];
      if (!nonempty.some((s2) => s2.indexOf(h) > 0)) {
        cand = h;
        break;
      }
    }
    if (!cand) {
      // set_mro_error: the heads of the lists still to merge, each once
      const heads = [...new Set(nonempty.map((s) => s[0]))].map((b) => b.name).join(', ');
      throw typeError(`Cannot create a consistent method resolution${RT.profile.messages.mroErrorNewline ? '\n' : ' '}order (MRO) for bases ${heads}`);
    }
    out.push(cand);
    for (const s of nonempty) if (s[0] === cand) s.shift();
  }
}

/** Whether instances of `base` already have a __dict__ (classes do: type's tp_dictoffset), so a subclass adds no __dict__ descriptor. */
function baseHasDict(base: PyType): boolean {
  return base.hasDict || base.solid === TypeType;
}

/** Extra references a class holds to itself (mro tuple, __dict__/__weakref__ descriptors, slot members). */
export function selfRefCount(t: PyType): number {
  let n = 1; // tp_mro tuple
  const base = t.base!;
  if (t.hasDict && !baseHasDict(base)) n++;
  if (t.weakrefable && !base.weakrefable) n++;
  if (t.ownSlots) n += t.ownSlots;
  return n;
}

declare module './object' {
  interface PyType {
    /** Number of __slots__ declared by this class itself. */
    ownSlots?: number;
  }
}


/** Keyword arguments of a class statement or a type() call: names, and their values (borrowed). */
export interface ClassKeywords {
  names: string[];
  values: PyObject[];
}

/** _PyType_CalculateMetaclass: the most derived of `meta` and the metaclasses of `bases`. */
export function _PyType_CalculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = b.ob_type;
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** No class keyword arguments. */
export const NO_CLASS_KEYWORDS: ClassKeywords = { names: [], values: [] };

/**
 * type_new: creates a class. `ns` is the class body's namespace (its items are copied into a
 * new dict, as CPython does); `kw` goes to the base's __init_subclass__. Returns a new reference.
 */
export function type_new(meta: PyType, name: string, bases: PyType[], ns: PyDict, qualname: string, module: string, basesTupleIn: PyObject | null = null, kw: ClassKeywords = NO_CLASS_KEYWORDS, globalsName: PyObject | null = null): PyType {
  if (!bases.length) bases = [ObjectType];
  for (const b of bases) {
    if (!b.baseType) throw typeError(`type '${b.tp_name}' is not an acceptable base type`);
  }
  const base = bases[0];
  const t = new PyType(meta, name, base, module);
  t.qualname = qualname;
  t.bases = bases;
  t.mro = computeMro(t, bases);
  t.heap = true;
  t.gc = true;
  t.ob_refcnt = 1;
  t.ob_type = meta;
  // type_alloc (PyType_GenericAlloc): an instance of a class holds a reference to it
  if (meta.heap) meta.ob_refcnt++;
  t.solid = base.solid;
  const W = RT.profile.pointerSize;
  if (base.solid === ObjectType || base.isExc) t.basicsize = base.heap ? base.basicsize : base.isExc ? (builtinExceptionBasicsize(base) / 8) * W : 2 * W;
  // type_new_get_bases: `class C:` gets the tuple (object,) (PyTuple_Pack) before anything else
  let basesTuple: PyObject;
  if (basesTupleIn && (basesTupleIn as unknown as { items: PyObject[] }).items.length === bases.length) {
    basesTupleIn.ob_refcnt++;
    basesTuple = basesTupleIn;
  } else basesTuple = PyTuple_New(bases.map((b) => { b.ob_refcnt++; return b; }));
  // type_new_init: the namespace is copied first (PyDict_Copy), then __slots__ is read from the
  // copy: type_new_get_slots makes it a tuple (a str is packed, anything else PySequence_Tuple),
  // type_new_copy_slots mangles and sorts the names into a list and makes that the type's
  // ht_slots tuple; a slot cannot also be a class attribute
  const dict = PyDict_New();
  for (const [k, v] of dictItems(ns)) {
    PyDict_SetItem(dict, k, v);
  }
  // type_new_set_module: a namespace without __module__ (type(name, bases, dict)) gets the
  // calling frame's globals' __name__ (`globalsName`)
  if (globalsName !== null && dictGetStr(dict, '__module__') === null) {
    const k = PyUnicode_Intern('__module__');
    PyDict_SetItem(dict, k, globalsName);
    Py_DECREF(k);
  }
  const slots = dictGetStr(ns, '__slots__');
  let slotNames: string[] | null = null;
  let slotItems: string[] | null = null;
  if (slots) {
    let tup: PyTuple;
    try {
      tup = slotsTuple(slots);
    } catch (e) {
      Py_DECREF(dict);
      Py_DECREF(basesTuple);
      throw e;
    }
    try {
      slotNames = type_new_visit_slots(base, tup);
      t.htSlots = type_new_copy_slots(name, tup, ns);
    } catch (e) {
      Py_DECREF(tup);
      Py_DECREF(dict);
      Py_DECREF(basesTuple);
      throw e;
    }
    Py_DECREF(tup);
    if (t.solid === ObjectType) slotItems = copySlots(name, slotNames);
  }
  t.dict = dict;
  // type_new_set_ht_name: the type keeps __qualname__ itself; the namespace loses it
  const qi = dictLookupStr(dict, '__qualname__');
  if (qi >= 0) {
    const [k, v] = dictRemoveEntry(dict, qi);
    Py_DECREF(k);
    t.ht_qualname = v;
  }
  // type_new_set_attrs: __new__ defined as a plain function is a staticmethod (type_new_staticmethod),
  // __init_subclass__ and __class_getitem__ are classmethods (type_new_classmethod)
  for (const special of ['__new__', '__init_subclass__', '__class_getitem__']) {
    const f = dictGetStr(dict, special);
    if (f !== null && f.ob_type === FunctionType) {
      f.ob_refcnt++;
      const cm = newTracked(new PyWrapDescr(special === '__new__' ? StaticMethodType : ClassMethodType, f));
      const k = PyUnicode_Intern(special);
      PyDict_SetItem(dict, k, cm);
      Py_DECREF(k);
      Py_DECREF(cm);
    }
  }
  if (dictGetStr(dict, '__eq__') && !dictGetStr(dict, '__hash__')) PyDict_SetItem(dict, hashKey(), NoneObj());
  const inheritedSlots = base.slotNames ?? [];
  if (slotItems !== null) {
    const names: string[] = [];
    const items = slotItems;
    let wantDict = false, wantWeak = false;
    for (const s of items) {
      if (s === '__dict__') wantDict = true;
      else if (s === '__weakref__') wantWeak = true;
      else names.push(s);
    }
    t.slotNames = [...inheritedSlots, ...names];
    t.ownSlots = names.length;
    t.hasDict = base.hasDict || wantDict;
    t.weakrefable = base.weakrefable || wantWeak;
    t.basicsize = slottedInstanceSize(t);
  } else if (slotNames !== null && slotNames.every((n) => n === '__dict__' || n === '__weakref__')) {
    // __slots__ on another solid base (empty on int, tuple, bytes): a __dict__ / __weakref__ only as
    // listed. Named slots on such a base are not modelled: its instances get a __dict__ instead.
    t.slotNames = base.slotNames ? [...base.slotNames] : null;
    t.hasDict = base.hasDict || slotNames.includes('__dict__');
    t.weakrefable = base.weakrefable || slotNames.includes('__weakref__');
  } else {
    t.slotNames = base.slotNames ? [...base.slotNames] : null;
    t.hasDict = true;
    // type_new's may_add_weak: no __weakref__ slot after the items of a variable-size base (int, tuple, bytes)
    t.weakrefable = base.weakrefable || !isVarSized(t.solid);
    if (base.slotNames && base.slotNames.length) t.basicsize = slottedInstanceSize(t);
    else if (t.solid === ObjectType) t.basicsize = RT.profile.sizes.instanceWords * W;
  }
  // _PyDict_NewKeysForClass: classes whose instances get a managed __dict__ share its keys
  if (t.hasDict && t.solid === ObjectType) t.cachedKeys = { names: new Set(), objs: [], nentries: 0, usable: SHARED_KEYS_MAX_SIZE, orders: [NO_ENTRIES] };
  setupHeapTypeSlots(t);
  PyObject_Init(t, 1704);
  _PyObject_GC_TRACK(t);
  // tp_base, tp_bases and tp_mro are real objects, as in type_new_impl
  t.base!.ob_refcnt++;
  t.basesTuple = basesTuple;
  // mro_internal: `type` itself computes the MRO; another metatype's mro() is called (below)
  const customMro = meta !== TypeType;
  if (!customMro) t.mroTuple = PyTuple_New(t.mro.map((b) => { b.ob_refcnt++; return b; }));
  // type_new_descriptors: __dict__ / __weakref__ getset descriptors and __slots__ members
  const descrNames: string[] = [];
  const addDescr = (name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null, kind: 'getset' | 'member') => {
    descrNames.push(name);
    const d = heapDescriptor(name, get, set, t, kind);
    const k = PyUnicode_Intern(name);
    insertdict(dict, k, d);
  };
  if (t.slotNames) {
    const own = t.slotNames.slice(inheritedSlots.length);
    own.forEach((n, j) => {
      const idx = inheritedSlots.length + j;
      addDescr(n, (o) => slotGet(o, idx, n), (o, v) => slotSet(o, idx, n, v), 'member');
    });
  }
  if (t.hasDict && !baseHasDict(base)) addDescr('__dict__', (o) => dictDescrGet(o), subtype_setdict, 'getset');
  if (t.weakrefable && !base.weakrefable) addDescr('__weakref__', (o) => { const w = o.weakrefs?.[0] ?? NoneSingleton; w.ob_refcnt++; return w; }, null, 'getset');
  if (!dictGetStr(dict, '__doc__')) {
    const k = PyUnicode_Intern('__doc__');
    insertdict(dict, k, NoneSingleton);
  }
  if (customMro) {
    // type_ready → mro_invoke: the metatype's mro(), after the class's dict is complete
    try {
      t.mroTuple = typeMroInvoke(t);
    } catch (e) {
      // type_ready fills the dict with the descriptors (type_ready_fill_dict) only after its MRO,
      // so a class whose mro() failed holds none of them: no cycle keeps it alive
      for (const name of descrNames) {
        const i = dictLookupStr(dict, name);
        if (i < 0) continue;
        const [k, v] = dictRemoveEntry(dict, i);
        Py_DECREF(k);
        Py_DECREF(v);
      }
      t.mroTuple = null; // tp_mro was never set
      Py_DECREF(t);
      throw e;
    }
  }
  // add_subclass: each base keeps a weak reference to its new subclass in tp_subclasses
  for (const b of bases) {
    const sd = subclassDict(b, true)!;
    const wr = subclassRef(t);
    const key = PyLong_From(t.addr);
    insertdict(sd, key, wr);
  }
  typeEpoch++;
  // type_new_set_names, then type_new_init_subclass: a class that fails either is released
  try {
    typeNewSetNames(t);
    typeNewInitSubclass(t, kw);
  } catch (e) {
    Py_DECREF(t);
    throw e;
  }
  return t;
}

let typeMroInvoke: (t: PyType) => PyObject = () => {
  throw new Error('abstract.ts not loaded');
};
/** Installs mro_invoke for classes whose metatype is not `type` (it calls the metatype's mro(): bltinmodule.ts). */
export function setTypeMroInvoke(f: (t: PyType) => PyObject): void {
  typeMroInvoke = f;
}
let typeNewSetNames: (t: PyType) => void = () => {};
let typeNewInitSubclass: (t: PyType, kw: ClassKeywords) => void = () => {};
/** Installs type_new_set_names and type_new_init_subclass (they call Python code: abstract.ts). */
export function setTypeNewCalls(setNames: (t: PyType) => void, initSubclass: (t: PyType, kw: ClassKeywords) => void): void {
  typeNewSetNames = setNames;
  typeNewInitSubclass = initSubclass;
}

let subclassRef: (t: PyType) => PyObject = () => NoneSingleton;
/** Installs the weakref constructor used for tp_subclasses. */
export function setSubclassRef(f: (t: PyType) => PyObject): void {
  subclassRef = f;
}

declare module './object' {
  interface PyType {
    /** tp_subclasses: {id: weakref} of the direct subclasses (owned), created on the first subclass. */
    subclasses?: PyDict | null;
    /** Heap types: ht_slots, the mangled and sorted __slots__ names (owned; null for none). */
    htSlots?: PyObject | null;
    /** Heap types: the tp_bases tuple (owned). */
    basesTuple?: PyObject | null;
    /** Heap types: the tp_mro tuple (owned; contains the type itself). */
    mroTuple?: PyObject | null;
  }
}

function slotGet(o: PyObject, i: number, name: string): PyObject {
  const v = o instanceof PyInstance && o.slots ? o.slots[i] : null;
  if (!v) throw attributeError(`'${o.ob_type.tp_name}' object has no attribute '${name}'`);
  v.ob_refcnt++;
  return v;
}
function slotSet(o: PyObject, i: number, name: string, v: PyObject | null): void {
  if (!(o instanceof PyInstance) || !o.slots) throw attributeError(`'${o.ob_type.tp_name}' object has no attribute '${name}'`);
  const old = o.slots[i];
  // PyMember_SetOne (Py_T_OBJECT_EX): deleting an empty slot raises AttributeError(name)
  if (!v && !old) throw attributeError(name);
  if (v) v.ob_refcnt++;
  o.slots[i] = v;
  Py_XDECREF(old);
}
let dictDescrGet: (o: PyObject) => PyObject = () => NoneSingleton;
/** PyObject_GenericGetDict: the instance's __dict__ (made and materialised if needed). New reference. */
export function PyObject_GenericGetDict(o: PyObject): PyObject {
  return dictDescrGet(o);
}
/** Installs the instance __dict__ getter (materialises the managed dict). */
export function setDictDescrGet(f: (o: PyObject) => PyObject): void {
  dictDescrGet = f;
}

import { PyUnicode_Intern, PyUnicode_From } from './unicodeobject';
import { None as NoneSingleton } from './singletons';
function hashKey(): PyObject {
  const k = PyUnicode_Intern('__hash__');
  k.ob_refcnt--;
  return k;
}
function NoneObj(): PyObject {
  return NoneSingleton;
}

/** tp_subclasses of `b`: on the type for classes; per interpreter for static builtin types. */
export function subclassDict(b: PyType, create: boolean): PyDict | null {
  if (b.heap) {
    if (!b.subclasses && create) b.subclasses = PyDict_New();
    return b.subclasses ?? null;
  }
  const m = RT.staticSubclasses;
  let d = m.get(b) as PyDict | undefined;
  if (!d && create) {
    d = PyDict_New();
    m.set(b, d);
  }
  return d ?? null;
}

function removeSubclass(base: PyType, t: PyType): void {
  const d = subclassDict(base, false);
  if (!d) return;
  const k = PyLong_From(t.addr);
  const i = dictLookup(d, k);
  Py_DECREF(k);
  if (i >= 0) {
    const [kk, v] = dictRemoveEntry(d, i);
    Py_DECREF(kk);
    Py_DECREF(v);
  }
}

/** type_new_copy_slots' names: `__dict__` and `__weakref__` first as listed, then the other slots mangled and sorted (PyList_Sort). */
function copySlots(className: string, items: string[]): string[] {
  const special = items.filter((n) => n === '__dict__' || n === '__weakref__');
  const own = items.filter((n) => n !== '__dict__' && n !== '__weakref__').map((n) => _Py_Mangle(className, n));
  return [...special, ...own.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

/** type_new_get_slots: the __slots__ value as a tuple (new reference): a str packed in a 1-tuple, anything else PySequence_Tuple. */
let slotsTuple: (v: PyObject) => PyTuple = () => PyTuple_New([]);
/** str repr (for the conflict message), registered with the reader. */
let PyObject_ReprHook: (s: string) => string = (s) => `'${s}'`;
/** Registers the __slots__ reader (needs iteration from abstract.ts) and the str repr. */
export function setSlotsReader(f: (v: PyObject) => PyTuple, repr: (s: string) => string): void {
  slotsTuple = f;
  PyObject_ReprHook = repr;
}

/**
 * type_new_copy_slots: the slot names but an accepted `__dict__` / `__weakref__`, mangled with the
 * class name, in a new list sorted by PyList_Sort, returned as a new tuple (the type's ht_slots;
 * null for none: the empty tuple is a singleton). A name the namespace also binds is a ValueError
 * (but `__qualname__` and `__classcell__`, which CPython inserts and removes itself).
 */
function type_new_copy_slots(className: string, slots: PyTuple, ns: PyDict): PyTuple | null {
  const kept: PyObject[] = [];
  const list = PyList_New(kept);
  try {
    for (const it of slots.items) {
      const v = (it as PyStr).v;
      if (v === '__dict__' || v === '__weakref__') continue;
      const m = _Py_Mangle(className, v);
      let slot: PyObject;
      if (m === v) {
        it.ob_refcnt++;
        slot = it;
      } else slot = PyUnicode_From(m);
      PyList_Append(list, slot);
      Py_DECREF(slot);
      if (m !== '__qualname__' && m !== '__classcell__' && m !== '__classdictcell__' && dictGetStr(ns, m) !== null) {
        throw valueError(`${PyObject_ReprHook(m)} in __slots__ conflicts with class variable`);
      }
    }
    list.items.sort((a, b) => { const x = (a as PyStr).v, y = (b as PyStr).v; return x < y ? -1 : x > y ? 1 : 0; });
    if (!list.items.length) return null;
    return _PyTuple_FromArray(list.items.map((x) => { x.ob_refcnt++; return x; }));
  } finally {
    Py_DECREF(list);
  }
}

/**
 * type_new_slots_impl's checks, in CPython's order: slots on a variable-size base, then per item
 * valid_identifier (a str, an identifier) and at most one `__dict__` / `__weakref__` slot the base
 * lacks (type_new_visit_slots). Returns the names.
 */
function type_new_visit_slots(base: PyType, slots: PyTuple): string[] {
  const items = slots.items;
  if (items.length > 0 && isVarSized(base.solid)) throw typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
  const mayAddDict = !baseHasDict(base);
  const mayAddWeak = !base.weakrefable && !isVarSized(base.solid);
  let addDict = false, addWeak = false;
  const names: string[] = [];
  for (const it of items) {
    if (!(it instanceof PyStr)) throw typeError(`__slots__ items must be strings, not '${it.ob_type.tp_name}'`);
    if (!str_isidentifier(it.v)) throw typeError('__slots__ must be identifiers');
    if (it.v === '__dict__') {
      if (!mayAddDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
      addDict = true;
    } else if (it.v === '__weakref__') {
      if (!mayAddWeak || addWeak) {
        throw typeError(RT.profile.messages.weakrefSlotItemsize ? '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0' : '__weakref__ slot disallowed: we already got one');
      }
      addWeak = true;
    }
    names.push(it.v);
  }
  return names;
}

TypeType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const t = o as PyType;
  if (!t.heap) return;
  if (t.dict) visit(t.dict, '__dict__');
  if (t.mroTuple) visit(t.mroTuple, '__mro__');
  if (t.subclasses) visit(t.subclasses, '__subclasses__');
  if (t.basesTuple) visit(t.basesTuple, '__bases__');
  if (t.base) visit(t.base, '__base__');
  if (t.ob_type.heap) visit(t.ob_type, '__class__');
  // type_traverse skips ht_slots (a tuple of str cannot be in a cycle); the heap inspectors see it
  if (traverseLabels.on && t.htSlots) visit(t.htSlots, '__slots__');
};
TypeType.tp_clear = (o) => {
  const t = o as PyType;
  if (t.dict) PyDict_Clear(t.dict as PyDict);
  typeModified(t);
  Py_CLEAR(t, 'mroTuple');
};
TypeType.tp_dealloc = (o) => {
  const t = o as PyType;
  _PyObject_GC_UNTRACK(o);
  if (o.weakrefs) RT.clearWeakrefs(o);
  Py_CLEAR(t, 'dict');
  Py_CLEAR(t, 'subclasses');
  for (const base of t.bases) removeSubclass(base, t);
  const b = t.base;
  Py_CLEAR(t, 'basesTuple');
  Py_CLEAR(t, 'mroTuple');
  Py_CLEAR(t, 'ht_qualname');
  Py_CLEAR(t, 'ht_name');
  Py_CLEAR(t, 'htSlots');
  // _PyDictKeys_DecRef(ht_cached_keys): the shared keys release their names
  const ck = t.cachedKeys;
  if (ck !== null) {
    t.cachedKeys = null;
    for (const k of ck.objs) Py_DECREF(k);
  }
  PyObject_Free(o);
  if (b) Py_DECREF(b);
  if (t.ob_type.heap) Py_DECREF(t.ob_type);
};
/**
 * type_module: a class's `__module__` as its namespace holds it now (the class body or a later
 * assignment may have changed it); a builtin type's module. Null when it is missing or not a str.
 */
export function typeModule(t: PyType): string | null {
  if (!t.heap) return t.module;
  const m = t.dict ? dictGetStr(t.dict as PyDict, '__module__') : null;
  return m instanceof PyStr ? m.v : null;
}
/** PyType_GetFullyQualifiedName (%T): `module.qualname`, the module left out for builtins and __main__. */
export function fullyQualifiedName(t: PyType): string {
  if (t.tpName) return t.tpName;
  const mod = typeModule(t);
  return mod === null || mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
}
TypeType.tp_repr = (o) => {
  const t = o as PyType;
  const mod = typeModule(t);
  return mod === null || mod === 'builtins' ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`;
};
ObjectType.tp_repr = (o) => {
  const t = o.ob_type;
  const mod = typeModule(t);
  const prefix = mod === null || mod === 'builtins' ? '' : mod + '.';
  return `<${prefix}${t.qualname} object at 0x${o.addr.toString(16)}>`;
};

/** Raises TypeError when `o` is not a type. */
export function asType(o: PyObject, what: string): PyType {
  if (!(o instanceof PyType)) throw typeError(what);
  return o;
}

export { DictType, PyRaise, _PyObject_GC_IS_TRACKED };

import { PyList_Append, PyList_New } from './listobject';
import { defMethod } from './methodobject';

/** type.mro (mro_implementation): a new list of the class's method resolution order. */
defMethod(TypeType, 'mro', (self, args) => {
  if (args.length) throw typeError(`type.mro() takes no arguments (${args.length} given)`);
  return PyList_New((self as PyType).mro.map((b) => { b.ob_refcnt++; return b; }));
});

/**
 * The builtin (static) types type_ready registered in a static type's tp_subclasses at start-up,
 * in their initialisation order: bool under int; the builtin exceptions in the order of
 * exceptions.c's static_exceptions table, which lists each level alphabetically. Only the
 * subclasses heaplab has and the running version has (`hasBuiltinException`): BaseException and
 * Exception lack the exception groups, and no standard-library exception classes are listed.
 */
export function staticSubclasses(t: PyType): PyType[] {
  if (t.heap) return [];
  if (t === LongType) return [BoolType];
  if (!t.isExc) return [];
  return [...excTypes.values()].filter((c) => !c.heap && c.base === t && hasBuiltinException(c)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** type.__subclasses__: the live direct subclasses, in the order tp_subclasses holds them (the builtin ones first, then creation order). */
defMethod(TypeType, '__subclasses__', (self, args) => {
  if (args.length) throw typeError(`type.__subclasses__() takes no arguments (${args.length} given)`);
  const list = PyList_New([]);
  for (const sub of staticSubclasses(self as PyType)) PyList_Append(list, sub);
  const d = subclassDict(self as PyType, false);
  if (d) {
    for (const [, ref] of dictItems(d)) {
      const sub = (ref as unknown as { obj: PyObject | null }).obj;
      if (sub !== null) PyList_Append(list, sub);
    }
  }
  return list;
});

/** type.__prepare__ (METH_CLASS): the class namespace, a new empty dict, whatever the arguments. */
defMethod(TypeType, '__prepare__', () => PyDict_New(), 'classmethod');

/**
 * type_set_name / type_set_qualname: `C.__name__ = v` and `C.__qualname__ = v` (`v` borrowed,
 * null to delete) change what the class is called, not its namespace.
 */
export function type_set_name(t: PyType, attr: '__name__' | '__qualname__', v: PyObject | null): void {
  // check_set_special_type_attr
  if (!t.heap) throw typeError(`cannot set '${attr}' attribute of immutable type '${t.tp_name}'`);
  if (v === null) throw typeError(`cannot delete '${attr}' attribute of immutable type '${t.tp_name}'`);
  if (!(v instanceof PyStr)) throw typeError(`can only assign string to ${t.tp_name}.${attr}, not '${v.ob_type.tp_name}'`);
  v.ob_refcnt++;
  if (attr === '__qualname__') {
    const old = t.ht_qualname;
    t.ht_qualname = v;
    t.qualname = v.v;
    if (old !== null) Py_DECREF(old);
    return;
  }
  if (v.v.includes('\0')) {
    v.ob_refcnt--;
    throw valueError('type name must not contain null characters');
  }
  const old = t.ht_name;
  t.ht_name = v;
  t.name = v.v;
  if (old !== null) Py_DECREF(old);
}
