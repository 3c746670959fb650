// Models Objects/object.c + Include/object.h (CPython 3.12): PyObject, type objects, reference
// counting (Py_INCREF / Py_DECREF / _Py_Dealloc) and the per-interpreter runtime state they use.
import type { Profile } from '../profiles/types';
import type { PyMalloc } from '../alloc/obmalloc';

/**
 * ob_refcnt of an immortal object (PEP 683). A small integer rather than Infinity so that every
 * object's count stays a V8 small integer: a single Infinity would turn the field into a boxed
 * double on every object of that shape. Increments and decrements move it a little; it can never
 * fall to zero, and anything at or above IMMORTAL_MIN counts as immortal.
 */
export const IMMORTAL_REFCNT = 2 ** 29;
/** Counts at or above this are immortal objects (no mortal object ever has 2^28 references). */
export const IMMORTAL_MIN = 2 ** 28;

/** When false (the collector), tp_traverse skips building slot labels; heapCheck and traces turn it on. */
export const traverseLabels = { on: false };

/** A visit callback of tp_traverse: `label` names the slot ("[0]", ".x", "{'k'}"). */
export type VisitProc = (o: PyObject, label: string) => void;

/**
 * A Python object. `ob_refcnt` is IMMORTAL_REFCNT for immortal objects (so incref/decref need no branch);
 * sys.getrefcount shows the profile's immortal value for them.
 */
export class PyObject {
  declare ob_refcnt: number;
  declare ob_type: PyType;
  /** The memory the object sits in: its pymalloc pool, or a fixed base address (see `addr`). */
  declare blk: MemBase;
  /** Offset of the object (after its pre-header) from `blk.address`: a small integer. */
  declare off: number;
  /** Bytes obtained from the allocator (for free). */
  declare allocSize: number;
  /** Stable serial number for traces. */
  declare serial: number;
  // --- gc header (Include/internal/pycore_gc.h) ---
  declare gc_next: PyObject | null;
  declare gc_prev: PyObject | null;
  declare gc_refs: number;
  /** Collection-time flags: 1 = in the generation being collected, 2 = tentatively unreachable. */
  declare gc_flags: number;
  /** Generation index while tracked (0,1,2, 3 = permanent). */
  declare gc_gen: number;
  /** PEP 442 finalized flag. */
  declare finalized: boolean;
  /** Weak references to this object, oldest first. */
  declare weakrefs: PyObject[] | null;

  /** `noGCHeader`: a part of another object (an instance's embedded dict), not a gc object of its own yet. */
  constructor(type: PyType, noGCHeader = false) {
    this.ob_refcnt = 1;
    this.blk = NO_BASE;
    this.off = 0;
    this.allocSize = 0;
    this.serial = 0;
    this.ob_type = type;
    // Only objects of gc types carry the gc header fields (as only they have PyGC_Head in
    // CPython): an int, float or str is a much smaller JS object without them. Reads of these
    // fields on other objects see undefined, which every reader treats as "untracked, no weakrefs".
    if (!noGCHeader && (type === null || type.gc || type.weakrefable)) initGCHeader(this);
  }

  /**
   * id(): the address after the pre-header (0 for static objects until first asked). Kept as a
   * base object and a small-integer offset: a 47-bit address in one field would be a boxed double,
   * one more heap allocation for every object the simulator creates, and freeing a pymalloc
   * block finds its pool without any address arithmetic.
   */
  get addr(): number {
    return this.blk.address + this.off;
  }

  /** Places the object at a fixed address (static objects, a reallocated block). */
  set addr(a: number) {
    this.blk = a === 0 ? NO_BASE : new FixedBase(a);
    this.off = 0;
  }
}

/**
 * The base an object's address is counted from: a pymalloc pool (`pooled`, the object's block is
 * in it) or a fixed address (static objects, system-allocator blocks). `hash32` is a 32-bit mix of
 * the base address, for identity-keyed lookups.
 */
export interface MemBase {
  readonly address: number;
  readonly pooled: boolean;
  readonly hash32: number;
}

/** A fixed base address (see MemBase). */
export class FixedBase implements MemBase {
  readonly pooled = false;
  readonly hash32: number;
  constructor(readonly address: number) {
    this.hash32 = (address | 0) ^ (Math.floor(address / 4294967296) | 0);
  }
}

/** The base of objects without memory of their own yet (address 0). */
export const NO_BASE: MemBase = new FixedBase(0);

/**
 * The high part of a split address. `| 0` keeps both parts V8 small integers: a field that once
 * receives a float64 result (even an integral one) becomes a boxed double for every object.
 */
export function addrHigh(a: number): number {
  return Math.floor(a / ADDR_SPLIT) | 0;
}

/** Reads an address kept as two small integers (see addrHigh). */
export function joinAddr(hi: number, lo: number): number {
  return hi * ADDR_SPLIT + lo;
}

/**
 * Gives `cls`'s instances an address property `name` kept as the two small-integer fields `hi`
 * and `lo` (as `addr` is), so that storing an address never boxes a double.
 */
export function defineSplitAddress(cls: { prototype: object }, name: string, hi: string, lo: string): void {
  Object.defineProperty(cls.prototype, name, {
    get(this: Record<string, number>) {
      return this[hi] * ADDR_SPLIT + this[lo];
    },
    set(this: Record<string, number>, a: number) {
      const h = addrHigh(a);
      this[hi] = h;
      this[lo] = addrLow(a, h);
    },
  });
}

/** The low 24 bits of a split address whose high part is `hi` (see addrHigh). */
export function addrLow(a: number, hi: number): number {
  return (a - hi * ADDR_SPLIT) | 0;
}

/** The split of an address kept as two small integers (hi * ADDR_SPLIT + lo; see defineSplitAddress). */
export const ADDR_SPLIT = 2 ** 24;

/** Gives `o` the gc header fields (untracked, not finalized, no weak references). */
export function initGCHeader(o: PyObject): void {
  o.gc_refs = 0;
  o.gc_flags = 0;
  o.gc_gen = -1;
  o.finalized = false;
  o.gc_next = null;
  o.gc_prev = null;
  o.weakrefs = null;
}

/**
 * A class's shared keys (ht_cached_keys, a split dict's PyDictKeysObject): the attribute names
 * its instances have set, `dk_nentries` and `dk_usable`. Each new instance takes one from
 * `usable` while it is above 1 (init_inline_values), each new name one more; an instance dict's
 * sys.getsizeof counts nentries + usable value slots.
 */
export interface CachedKeys {
  names: Set<string>;
  /** The key objects, in insertion order: the shared keys' entries own them (new references). */
  objs: PyObject[];
  nentries: number;
  usable: number;
  /**
   * heaplab's own sharing, not CPython's: entry n is a frozen array of the first n names in the
   * order instances usually set them, used as those instances' `keys` (one JS array less each).
   */
  orders: (PyObject | null)[][];
}

/** SHARED_KEYS_MAX_SIZE: the names a class's shared keys can hold. */
export const SHARED_KEYS_MAX_SIZE = 30;

/** A JS-implemented function slot taking borrowed args and returning a new reference. */
export type CFunc = (self: PyObject | null, args: PyObject[], kwnames: string[] | null) => PyObject;

/** A type object (PyTypeObject). Builtin types are static and immortal; classes are heap types. */
export class PyType extends PyObject {
  declare name: string;
  declare qualname: string;
  declare module: string;
  declare base: PyType | null;
  declare bases: PyType[];
  declare mro: PyType[];
  /** Methods and attributes of builtin types (tp_methods / tp_getset), by name. */
  declare methods: Map<string, PyObject>;
  /** Heap types: the class namespace (a PyDict), set by typeobject.ts. */
  declare dict: PyObject | null;
  declare heap: boolean;
  /** Instances take part in cyclic gc (Py_TPFLAGS_HAVE_GC). */
  declare gc: boolean;
  /** Base exception machinery applies (subclass of BaseException). */
  declare isExc: boolean;
  /** Builtin base whose slots instances use (int for bool, list for class L(list), object for classes). */
  solid!: PyType;
  /** Instances have a __dict__. */
  declare hasDict: boolean;
  /** __slots__ names (heap types), in layout order, including inherited ones. */
  declare slotNames: string[] | null;
  declare weakrefable: boolean;
  /** getsizeof of a bare instance (basicsize + pre-header). */
  declare basicsize: number;
  /** Can be subclassed. */
  declare baseType: boolean;
  /** weakref.ProxyType and CallableProxyType: operations go to the referent (abstract.ts proxyReferent). */
  declare weakProxy: boolean;
  /** Py_TPFLAGS_IS_ABSTRACT: set by type_set_abstractmethods when `__abstractmethods__` is true; object_new refuses to instantiate. */
  declare isAbstract: boolean;
  /** tp_name when it names the module ("types.SimpleNamespace", "weakref.ReferenceType"). */
  declare tpName?: string;
  /** tp_name: what CPython's error messages name the type by. */
  get tp_name(): string {
    return this.tpName ?? this.name;
  }
  // --- slots implemented in JS for builtin types ---
  tp_dealloc: (o: PyObject) => void = defaultDealloc;
  tp_traverse: ((o: PyObject, visit: VisitProc) => void) | null = null;
  tp_clear: ((o: PyObject) => void) | null = null;
  tp_repr: ((o: PyObject) => string) | null = null;
  tp_str: ((o: PyObject) => string) | null = null;
  tp_hash: ((o: PyObject) => number | bigint) | null = null;
  /** Rich comparison of a builtin type whose instances compare by value (a new reference; NotImplemented to defer). */
  tp_richcompare: ((a: PyObject, b: PyObject, op: string) => PyObject) | null = null;
  declare tp_call: CFunc | null;
  /** Constructor: `type(args)`. Returns a new reference. */
  tp_new: ((type: PyType, args: PyObject[], kwnames: string[] | null) => PyObject) | null = null;
  tp_iter: ((o: PyObject) => PyObject) | null = null;
  /** Returns a new reference, or null when exhausted (no StopIteration object). */
  tp_iternext: ((o: PyObject) => PyObject | null) | null = null;
  tp_getsizeof: ((o: PyObject) => number) | null = null;
  /** Attributes computed per instance (e.g. function.__name__): return a new ref or null. */
  tp_getattr_extra: ((o: PyObject, name: string) => PyObject | null) | null = null;
  /**
   * Attribute lookup that comes before the generic one (super's super_getattro searches the MRO
   * after its class first); a new reference, or null to go on with the generic lookup.
   */
  tp_getattro: ((o: PyObject, name: string) => PyObject | null) | null = null;
  /** tp_descr_get of a builtin type whose instances bind like methods (functools._lru_cache_wrapper): a new reference. */
  tp_descr_get: ((self: PyObject, obj: PyObject | null, type: PyType) => PyObject) | null = null;
  /** tp_descr_set of a builtin data descriptor type (collections._tuplegetter): `value` null deletes. */
  tp_descr_set: ((self: PyObject, obj: PyObject, value: PyObject | null) => void) | null = null;
  /** Per-type count of live instances (for the grader). */
  declare live: number;
  /** Heap types: the `__qualname__` str taken out of the class namespace (owned), or null. */
  declare ht_qualname: PyObject | null;
  /** Heap types: the str last assigned to `__name__` (owned), or null while it is the class statement's name. */
  declare ht_name: PyObject | null;
  /** Classes whose instances have a managed __dict__: the shared keys' counters (ht_cached_keys), else null. */
  declare cachedKeys: CachedKeys | null;
  /** typeEpoch when `heapNew`/`heapInit`/`heapDel` were looked up (-1: never); see typeobject.ts heapSpecialMethods. */
  declare specialEpoch: number;
  /** lookupHeap(this, '__new__') as of `specialEpoch` (borrowed). */
  declare heapNew: PyObject | null;
  /** lookupHeap(this, '__init__') as of `specialEpoch` (borrowed). */
  declare heapInit: PyObject | null;
  /** lookupHeap(this, '__del__') as of `specialEpoch` (borrowed). */
  declare heapDel: PyObject | null;
  /** lookupHeap(this, '__getattribute__') as of `specialEpoch` (borrowed): slot_tp_getattr_hook's override. */
  declare heapGetattribute: PyObject | null;
  /** Heap types: preHeaderSize of an instance once computed, else -1. */
  declare preHeader: number;
  /** extSlotsOf's answer for this type, valid while `extSlotsMro` is `mro` and `extSlotsEpoch` is current. */
  declare extSlotsCache: unknown;
  declare extSlotsMro: PyType[] | null;
  declare extSlotsEpoch: number;

  constructor(meta: PyType | null, name: string, base: PyType | null, module = 'builtins') {
    super(meta as PyType);
    // types are gc objects even while `type` itself is being set up (TypeType.gc is set later)
    if (this.gc_next === undefined) initGCHeader(this);
    this.methods = new Map<string, PyObject>();
    this.heap = false;
    this.gc = false;
    this.isExc = false;
    this.hasDict = false;
    this.weakrefable = false;
    this.basicsize = 16;
    this.baseType = true;
    this.weakProxy = false;
    this.isAbstract = false;
    this.live = 0;
    this.ht_qualname = null;
    this.ht_name = null;
    this.cachedKeys = null;
    this.specialEpoch = -1;
    this.heapNew = null;
    this.heapInit = null;
    this.heapDel = null;
    this.heapGetattribute = null;
    this.preHeader = -1;
    this.extSlotsCache = null;
    this.extSlotsMro = null;
    this.extSlotsEpoch = -1;
    this.mro = [];
    this.dict = null;
    this.slotNames = null;
    this.tp_call = null;
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.base = base;
    this.bases = base ? [base] : [];
    this.mro = base ? [this, ...base.mro] : [this];
    if (base) {
      this.solid = base.name === 'object' && !base.heap ? this : base.solid;
      this.gc = base.gc;
      this.isExc = base.isExc;
      this.tp_dealloc = base.tp_dealloc;
      this.tp_traverse = base.tp_traverse;
      this.tp_clear = base.tp_clear;
      this.tp_repr = base.tp_repr;
      this.tp_str = base.tp_str;
      this.tp_hash = base.tp_hash;
      this.tp_call = base.tp_call;
      this.tp_new = base.tp_new;
      this.tp_iter = base.tp_iter;
      this.tp_iternext = base.tp_iternext;
      this.tp_getsizeof = base.tp_getsizeof;
      this.tp_getattr_extra = base.tp_getattr_extra;
      this.tp_getattro = base.tp_getattro;
      this.basicsize = base.basicsize;
      this.hasDict = base.hasDict;
      this.weakrefable = base.weakrefable;
    } else {
      this.solid = this;
    }
    this.ob_refcnt = IMMORTAL_REFCNT;
  }

  /** True when `this` is `t` or a subclass of it. */
  isSubtype(t: PyType): boolean {
    if (this === t) return true;
    const m = this.mro;
    for (let i = 0; i < m.length; i++) if (m[i] === t) return true;
    return false;
  }
}

function defaultDealloc(o: PyObject): void {
  PyObject_Free(o);
}

/** The metatype `type`. Its ob_type is itself. */
export const TypeType = new PyType(null, 'type', null);
TypeType.ob_type = TypeType;
/** The root type `object`. */
export const ObjectType = new PyType(TypeType, 'object', null);
ObjectType.basicsize = 16;
TypeType.base = ObjectType;
TypeType.bases = [ObjectType];
TypeType.mro = [TypeType, ObjectType];
TypeType.gc = true;
TypeType.weakrefable = true;
TypeType.solid = TypeType;

/** The Python exception carried through JS: `exc` is an owned reference to the exception instance. */
export class PyRaise {
  constructor(public exc: PyObject) {}
}

/** Thrown when a budget (step limit) is exhausted: not catchable by Python code. */
export class StepLimit {
  constructor(public steps: number) {}
}

/** Hooks the trace recorder installs; null when tracing is off. */
export interface HeapTracer {
  alloc(o: PyObject): void;
  free(o: PyObject, cause: 'refcount' | 'gc' | 'freelist'): void;
}

/** Per-interpreter state every object operation needs (the running interpreter's). */
export interface Runtime {
  profile: Profile;
  alloc: PyMalloc;
  /** Generation counts (gen0 count, gen1, gen2). */
  gcCount: [number, number, number];
  gcThreshold: [number, number, number];
  gcEnabled: boolean;
  gcCollecting: boolean;
  /** A collection is due at the next eval-breaker check. */
  gcPending: boolean;
  serial: number;
  tracer: HeapTracer | null;
  /** Cause of frees currently happening ('gc' while the collector deletes garbage). */
  freeCause: 'refcount' | 'gc';
  heapBytes: number;
  maxHeapBytes: number;
  /** Called when the heap budget is exceeded (raises MemoryError). */
  onHeapLimit: () => void;
  /** Generation list heads (sentinels) 0, 1, 2, permanent. */
  gens: PyObject[];
  /** Free lists (Objects/*.c free_list arrays) keyed by kind. */
  /** The free lists of objects, and dictKeys: the addresses of the keys objects on the keys free list. */
  freeLists: { float: PyObject[]; list: PyObject[]; dict: PyObject[]; tuple: PyObject[][]; dictKeys: number[] };
  /** Delayed work run at the next eval-breaker check (gc). */
  runPendingGC: () => void;
  /** Runs __del__ etc.: set by the evaluator. */
  callFinalizer: (o: PyObject) => void;
  /** Reports an exception ignored in a destructor / callback ("Exception ignored in: ..."). */
  writeUnraisable: (exc: PyObject, where: PyObject | null, what?: string) => void;
  /**
   * Lazily created interpreter objects CPython allocates on first use (the thread-state dict and
   * Py_ReprEnter's list on the first container repr, a stream's buffer on its first write):
   * `firstUse` allocates them once; they are owned here (heapCheck roots).
   */
  lazyObjects: Map<string, PyObject>;
  firstUse: (what: string) => void;
  /** tp_subclasses dicts of static builtin types, per interpreter (owned). */
  staticSubclasses: Map<PyType, PyObject>;
  /**
   * Once `ctypes` is imported: per address, the object `id()` last returned it for or the last
   * object freed there (borrowed), so `from_address(id(x))` finds the object whose memory it
   * reads, alive or dead (modules/_ctypes_memory.ts).
   */
  addressBook: Map<number, PyObject> | null;
  /** Once `ctypes` is imported: the objects a collection freed (their memory is not modelled after). */
  freedByCollector: WeakSet<PyObject>;
  /** The interned-string table (Objects/unicodeobject.c `interned`). */
  interned: Map<string, PyObject>;
  /** Clears weakrefs and runs their callbacks. */
  clearWeakrefs: (o: PyObject) => void;
}

/** The active runtime (one interpreter runs at a time). */
export let RT: Runtime = null as unknown as Runtime;

/** The CPython minor version the builtin types are set up for (see onVersionSwitch). */
let activeMinor = -1;
const versionSwitchHooks: ((minor: number) => void)[] = [];
/**
 * Registers `f`, called with the CPython minor version whenever the active runtime's version
 * differs from the previous one's (builtin methods that exist from one version on).
 */
export function onVersionSwitch(f: (minor: number) => void): void {
  versionSwitchHooks.push(f);
  if (activeMinor >= 0) f(activeMinor);
}

/**
 * Mortal objects CPython puts in the namespaces of static builtin types (the staticmethod objects
 * type_add_method makes for METH_STATIC methods, and their functions): they are shared by every
 * runtime here, so each runtime keeps its own ob_refcnt for them. A runtime starts with `held`
 * references from other heaplab objects plus `outside(profile)` from what heaplab does not model
 * (the type's dict, objects of the real start-up).
 */
const runtimeMortals: { o: PyObject; held: number; outside: (profile: Profile) => number }[] = [];
/** The counts of runtimeMortals a runtime had when another one became active. */
const savedMortalCounts = new WeakMap<Runtime, number[]>();
/** Registers a mortal object of a static type's namespace (see runtimeMortals). */
export function registerRuntimeMortal(o: PyObject, held: number, outside: (profile: Profile) => number): void {
  runtimeMortals.push({ o, held, outside });
  if (RT) o.ob_refcnt = held + outside(RT.profile);
}
/** The registered mortal objects of static types' namespaces, each with the references held to it outside heaplab's objects under `profile`. */
export function runtimeMortalRoots(profile: Profile): { o: PyObject; n: number }[] {
  return runtimeMortals.map((m) => ({ o: m.o, n: m.outside(profile) }));
}

/** Makes `rt` the active runtime; returns the previous one. */
export function setRuntime(rt: Runtime): Runtime {
  const prev = RT;
  RT = rt;
  if (rt !== prev && runtimeMortals.length) {
    if (prev) savedMortalCounts.set(prev, runtimeMortals.map((m) => m.o.ob_refcnt));
    if (rt) {
      const saved = savedMortalCounts.get(rt);
      runtimeMortals.forEach((m, i) => (m.o.ob_refcnt = saved ? saved[i] : m.held + m.outside(rt.profile)));
    }
  }
  if (rt && rt.profile.versionInfo[1] !== activeMinor) {
    activeMinor = rt.profile.versionInfo[1];
    for (const f of versionSwitchHooks) f(activeMinor);
  }
  return prev;
}

/** Py_INCREF. Immortal objects start at IMMORTAL_REFCNT, far from zero, which absorbs the increment. */
export function Py_INCREF(o: PyObject): void {
  o.ob_refcnt++;
}

/** Py_NewRef: increments and returns `o`. */
export function Py_NewRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** Py_DECREF: deallocates when the count reaches zero. */
export function Py_DECREF(o: PyObject): void {
  if (--o.ob_refcnt === 0) _Py_Dealloc(o);
}

/** Py_XDECREF. */
export function Py_XDECREF(o: PyObject | null | undefined): void {
  if (o && --o.ob_refcnt === 0) _Py_Dealloc(o);
}

/**
 * Py_CLEAR(o->field), or of an array slot: empties the field first, then releases what it held, so
 * that code the release runs (a finalizer, a weakref callback) finds the field already empty, as
 * CPython's macro does. For tp_clear and tp_dealloc, not hot paths: it reads the field by name.
 */
export function Py_CLEAR<K extends string | number>(o: { [P in K]?: PyObject | null }, field: K): void {
  const v = o[field];
  if (v) {
    o[field] = null;
    if (--v.ob_refcnt === 0) _Py_Dealloc(v);
  }
}

let deallocDepth = 0;
const trashcan: PyObject[] = [];
/** Py_TRASHCAN nesting limit (Include/cpython/object.h). */
const TRASHCAN_LIMIT = 50;

/**
 * _Py_Dealloc: calls the type's tp_dealloc. Deep chains of container deallocations are deferred
 * as CPython's trashcan mechanism does (so a 100 000-node linked list does not overflow the stack).
 */
export function _Py_Dealloc(o: PyObject): void {
  const t = o.ob_type;
  if (!t.gc) {
    // scalars cannot start a chain of deallocations: no trashcan bookkeeping
    t.tp_dealloc(o);
    return;
  }
  if (deallocDepth >= TRASHCAN_LIMIT) {
    trashcan.push(o);
    return;
  }
  deallocDepth++;
  try {
    o.ob_type.tp_dealloc(o);
  } finally {
    deallocDepth--;
  }
  if (deallocDepth === 0 && trashcan.length) {
    while (trashcan.length) {
      const t = trashcan.pop()!;
      deallocDepth++;
      try {
        t.ob_type.tp_dealloc(t);
      } finally {
        deallocDepth--;
      }
    }
  }
}

/** Resets the deallocation nesting state (after an internal error). */
export function resetDeallocState(): void {
  deallocDepth = 0;
  trashcan.length = 0;
}

/** True for immortal objects. */
export function isImmortal(o: PyObject): boolean {
  return o.ob_refcnt >= IMMORTAL_MIN;
}

/** Marks `o` immortal (PEP 683). */
export function makeImmortal(o: PyObject): void {
  o.ob_refcnt = IMMORTAL_REFCNT;
}

/** Pre-header size (gc head, plus managed dict/weakref pointers for instances of classes). */
export function preHeaderSize(t: PyType): number {
  // a class belongs to one interpreter (one profile): its figure is kept once its first instance asks
  if (t.heap && t.preHeader >= 0) return t.preHeader;
  // sizeof(PyGC_Head) and the managed dict/weakref pointers: two words each
  const w2 = RT ? 2 * RT.profile.pointerSize : 16;
  const size = (t.gc ? w2 : 0) + (t.heap && hasManagedPreHeader(t) ? w2 : 0);
  if (t.heap && RT) t.preHeader = size;
  return size;
}

/**
 * Whether heap type `t` derives from a C subclass of its solid base that has a `__dict__` and a
 * weakref list of its own (OrderedDict: od_inst_dict, od_weakreflist): type_new adds neither.
 */
export function inheritsDictSlot(t: PyType): boolean {
  let b = t;
  while (b.heap && b.base !== null) b = b.base;
  return b !== t.solid && b.hasDict && b.weakrefable;
}

/** Builtin types whose instances end in their items (tp_itemsize != 0): int, tuple, bytes, memoryview. */
export function isVarSized(t: PyType): boolean {
  return t.name === 'int' || t.name === 'tuple' || t.name === 'bytes' || t.name === 'memoryview';
}

/**
 * Whether instances of heap type `t` carry the managed `__dict__`/`__weakref__` pointers in front
 * of their PyGC_Head (_PyType_PreHeaderSize's Py_TPFLAGS_MANAGED_DICT / MANAGED_WEAKREF).
 */
function hasManagedPreHeader(t: PyType): boolean {
  if (inheritsDictSlot(t)) return false;
  const managedWeakref = RT ? RT.profile.managedWeakref : true;
  const solid = t.solid;
  if (solid === ObjectType) return t.hasDict || (managedWeakref && t.weakrefable);
  // BaseException has a dict pointer of its own: a subclass adds only the weakref (none with __slots__ = ())
  if (solid.isExc) return managedWeakref && t.weakrefable;
  if (managedWeakref) return t.hasDict || (t.weakrefable && !solid.weakrefable);
  return t.hasDict && !isVarSized(solid);
}

/**
 * Whether heap type `t` has Py_TPFLAGS_MANAGED_DICT, so type_new gave it shared keys
 * (ht_cached_keys): a `__dict__` not inherited from a builtin that has one of its own (exceptions,
 * type), over a fixed-size base (3.11) or any base (3.12+).
 */
export function hasManagedDict(t: PyType): boolean {
  if (inheritsDictSlot(t)) return false;
  const solid = t.solid;
  if (!t.hasDict || solid.isExc || solid.name === 'type') return false;
  return RT.profile.managedWeakref || !isVarSized(solid);
}

/**
 * Bytes type_new puts after a builtin base's own fields in an instance of heap class `t`: 3.11's
 * `__weakref__` slot (fixed-size bases without one, exceptions) or `__dict__` slot (after the
 * items of a var-sized base). 3.12+ keep both pointers in the pre-header instead.
 */
export function typeNewSlotBytes(t: PyType): number {
  if (RT.profile.managedWeakref || t.solid === ObjectType || inheritsDictSlot(t)) return 0;
  const solid = t.solid;
  const W = RT.profile.pointerSize;
  if (solid.isExc) return t.weakrefable ? W : 0;
  if (isVarSized(solid)) return t.hasDict ? W : 0;
  return t.weakrefable && !solid.weakrefable ? W : 0;
}

/** What an instance of heap class `t`, derived from a builtin other than object, is larger than an instance of that builtin. */
export function subclassExtraSize(t: PyType): number {
  return typeNewSlotBytes(t) + preHeaderSize(t) - preHeaderSize(t.solid);
}


/**
 * Gives `o` its memory: an address from the allocator and, for gc types, the generation-0 count
 * increment of _PyObject_GC_Link (which may schedule a collection).
 */
export function PyObject_Init(o: PyObject, size: number): void {
  const t = o.ob_type;
  const pre = t.heap ? preHeaderSize(t) : t.gc ? 16 : 0;
  const rt = RT;
  o.allocSize = size;
  rt.alloc.mallocObject(o, size, pre);
  o.serial = ++rt.serial;
  rt.heapBytes += size;
  t.live++;
  if (t.gc) _PyObject_GC_Link();
  if (rt.tracer) rt.tracer.alloc(o);
  if (rt.heapBytes > rt.maxHeapBytes) rt.onHeapLimit();
}

/** _PyObject_GC_Link: gen-0 count +1 and maybe schedule a collection. */
export function _PyObject_GC_Link(): void {
  const rt = RT;
  // 3.14.0-3.14.4 count tracked objects instead (see _PyObject_GC_TRACK)
  if (rt.profile.gcVariant === 'incremental') return;
  const c = ++rt.gcCount[0];
  if (c > rt.gcThreshold[0] && rt.gcEnabled && rt.gcThreshold[0] && !rt.gcCollecting) {
    rt.gcPending = true;
    // 3.11: the collection runs right inside the allocation (before the new object is tracked)
    if (rt.profile.gcTiming === 'allocation') rt.runPendingGC();
  }
}

/** Re-initialises an object taken from a free list (no allocation, no gc count). */
export function PyObject_InitFromFreeList(o: PyObject): void {
  o.ob_refcnt = 1;
  o.serial = ++RT.serial;
  if (o.ob_type.gc) o.finalized = false;
  o.ob_type.live++;
  if (RT.tracer) RT.tracer.alloc(o);
}

/** PyObject_Free / PyObject_GC_Del: returns the memory; gc objects decrement the gen-0 count. */
export function PyObject_Free(o: PyObject): void {
  const rt = RT;
  const t = o.ob_type;
  if (t.gc && rt.gcCount[0] > 0 && rt.profile.gcVariant !== 'incremental') rt.gcCount[0]--;
  t.live--;
  rt.heapBytes -= o.allocSize;
  if (rt.tracer) rt.tracer.free(o, rt.freeCause);
  // once ctypes is imported, the last object in each piece of memory is what from_address reads there
  if (rt.addressBook !== null) {
    rt.addressBook.set(o.addr, o);
    if (rt.freeCause === 'gc') rt.freedByCollector.add(o);
  }
  rt.alloc.freeObject(o, t.heap ? preHeaderSize(t) : t.gc ? 16 : 0);
}

/**
 * Returns the memory of an object parked on a free list (the free lists' clear functions, run by
 * a full collection): PyObject_GC_Del / PyObject_Free of an object already counted as dead.
 */
export function PyObject_FreeParked(o: PyObject): void {
  const rt = RT;
  const t = o.ob_type;
  if (t.gc && rt.gcCount[0] > 0 && rt.profile.gcVariant !== 'incremental') rt.gcCount[0]--;
  rt.heapBytes -= o.allocSize;
  if (rt.addressBook !== null) rt.addressBook.set(o.addr, o);
  rt.alloc.freeObject(o, t.heap ? preHeaderSize(t) : t.gc ? 16 : 0);
}

/** Puts a dead object on a free list instead of freeing its memory. */
export function PyObject_ToFreeList(o: PyObject): void {
  o.ob_type.live--;
  if (RT.addressBook !== null) RT.addressBook.set(o.addr, o);
  if (RT.tracer) RT.tracer.free(o, 'freelist');
}

// ------------------------------------------------------------------ gc list operations

/** _PyObject_GC_TRACK: append to generation 0. */
export function _PyObject_GC_TRACK(o: PyObject): void {
  if (o.gc_next !== null) return;
  const rt = RT;
  const head = rt.gens[0];
  gcListAppend(o, head);
  o.gc_gen = 0;
  if (rt.profile.gcVariant === 'incremental') {
    head.gc_refs++;
    // 3.14.0-3.14.4: young.count counts tracked objects; _Py_TriggerGC past the threshold
    const c = ++rt.gcCount[0];
    if (c > rt.gcThreshold[0] && rt.gcEnabled && rt.gcThreshold[0] && !rt.gcCollecting) rt.gcPending = true;
  }
}

/** _PyObject_GC_UNTRACK. */
export function _PyObject_GC_UNTRACK(o: PyObject): void {
  if (o.gc_next == null) return;
  gcListRemove(o);
  o.gc_gen = -1;
  const rt = RT;
  if (rt.profile.gcVariant === 'incremental') {
    rt.gens[0].gc_refs--;
    if (rt.gcCount[0] > 0) rt.gcCount[0]--;
  }
}

/**
 * The number of tracked objects (all generation lists and the collector's temporary lists):
 * gcstate->heap_size of 3.14's incremental collector, which reads it on every increment. Kept
 * by _PyObject_GC_TRACK/UNTRACK in the generation-0 list head's gc_refs (a list head is not an
 * object and has no other use for it); maintained only for the incremental collector.
 */
export function gc_tracked_count(): number {
  return RT.gens[0].gc_refs;
}

/** True when `o` is tracked by the collector. */
export function _PyObject_GC_IS_TRACKED(o: PyObject): boolean {
  return o.gc_next != null;
}

/** Appends `o` at the tail of the circular list headed by `head`. */
export function gcListAppend(o: PyObject, head: PyObject): void {
  const last = head.gc_prev!;
  last.gc_next = o;
  o.gc_prev = last;
  o.gc_next = head;
  head.gc_prev = o;
}

/** Unlinks `o` from its gc list. */
export function gcListRemove(o: PyObject): void {
  o.gc_prev!.gc_next = o.gc_next;
  o.gc_next!.gc_prev = o.gc_prev;
  o.gc_next = null;
  o.gc_prev = null;
}

/** True when the gc list headed by `h` holds no object (gc_list_is_empty). */
export function gc_list_is_empty(h: PyObject): boolean {
  return h.gc_next === h;
}

/** Number of objects in the gc list headed by `h` (gc_list_size). */
export function gc_list_size(h: PyObject): number {
  let n = 0;
  for (let g = h.gc_next!; g !== h; g = g.gc_next!) n++;
  return n;
}

/** Moves `o` from its gc list to the tail of `to` (gc_list_move). */
export function gc_list_move(o: PyObject, to: PyObject): void {
  gcListRemove(o);
  gcListAppend(o, to);
}

/** Moves all of `from` to the tail of `to`, leaving `from` empty (gc_list_merge). */
export function gc_list_merge(from: PyObject, to: PyObject): void {
  if (gc_list_is_empty(from)) return;
  const first = from.gc_next!, last = from.gc_prev!;
  const tail = to.gc_prev!;
  tail.gc_next = first;
  first.gc_prev = tail;
  last.gc_next = to;
  to.gc_prev = last;
  from.gc_next = from;
  from.gc_prev = from;
}

/** A new empty circular list head. */
export function gcListHead(): PyObject {
  const h = new PyObject(ObjectType);
  h.gc_next = h;
  h.gc_prev = h;
  // generation 0's head counts the tracked objects (see gc_tracked_count)
  h.gc_refs = 0;
  h.ob_refcnt = IMMORTAL_REFCNT;
  return h;
}

/** Static (non-heap) objects get addresses from a fixed region, like objects in the binary. */
let staticNext = 0x7f3a5d100000 - 0x40000;
/** Gives a static object an address (types, builtin functions, singletons). */
export function staticAddr(o: PyObject, size = 32): void {
  o.addr = staticNext;
  staticNext += (size + 15) & ~15;
}
staticAddr(TypeType, 912);
staticAddr(ObjectType, 912);

/**
 * Generic operations the low-level container modules need (installed by abstract.ts), kept here
 * so dictobject/setobject do not import abstract.ts (which would create an import cycle).
 */
export const ops: {
  hash: (o: PyObject) => number | bigint;
  /** The hash of a dict key or set element: as `hash`, with 3.14's "cannot use 'T' as a dict key (...)" TypeError. */
  keyHash: (o: PyObject, role: 'dict key' | 'set element') => number | bigint;
  eq: (a: PyObject, b: PyObject, op: string) => boolean;
} = {
  hash: () => {
    throw new Error('abstract.ts not loaded');
  },
  keyHash: () => {
    throw new Error('abstract.ts not loaded');
  },
  eq: () => {
    throw new Error('abstract.ts not loaded');
  },
};
