// Models Objects/methodobject.c + Objects/descrobject.c (CPython 3.12): builtin functions,
// method descriptors of builtin types and builtin methods bound to an instance.
import { CFunc, ObjectType, PyObject, PyRaise, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_NewRef, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, IMMORTAL_REFCNT, onVersionSwitch, RT, registerRuntimeMortal } from './object';
import { None } from './singletons';
import { PyUnicode_From } from './unicodeobject';
import { S } from '../eval/frame';
import { isSlotWrapper } from './slotdefs';
import { pointerFieldsSize } from './layout';
import { NotImplementedErrorType, pyErr, typeError } from './exceptions';
import { PyWrapDescr, StaticMethodType } from './funcobject';

/** builtin_function_or_method: a JS function, bound to `self` when it is a method. */
export class PyCFunction extends PyObject {
  declare name: string;
  declare fn: CFunc;
  declare self: PyObject | null;
  declare module: string | null;
  /** A module-level builtin whose C implementation takes METH_VARARGS: each call builds an argument tuple. */
  declare varargs: boolean;
  /** A slot wrapper bound to its object (a method-wrapper of Objects/descrobject.c). */
  declare wrapper: boolean;
  /**
   * The function itself for a call with one positional argument and no keywords, when it takes
   * exactly one (METH_O): what `fn` does after its argument checks, without an argument array.
   */
  declare fast1: ((self: PyObject | null, a: PyObject) => PyObject) | null;
  /** METH_STATIC: `self` is the type that defines it (m_self), yet `__self__` is None (PyCFunction_GET_SELF). */
  declare static: boolean;
  constructor(name: string, fn: CFunc, self: PyObject | null, module: string | null = null) {
    super(CFunctionType);
    this.name = name;
    this.fn = fn;
    this.self = self;
    this.module = module;
    this.varargs = self === null && VARARGS_BUILTINS.has(name);
    this.wrapper = false;
    this.fast1 = null;
    this.static = false;
  }
}

/** Whether a `varargs` builtin builds its argument tuple in the active version: min and max are METH_FASTCALL from 3.13. */
export function builtinTakesArgTuple(cf: PyCFunction): boolean {
  // print's clinic `*args` is a tuple until 3.13 (it holds the objects while they are written)
  if (cf.name === 'print') return RT.profile.printArgsTuple;
  return (cf.name !== 'min' && cf.name !== 'max') || RT.profile.versionInfo[1] <= 12;
}

/**
 * Builtins whose C implementation takes METH_VARARGS (or, for print, an Argument Clinic `*args`),
 * so an argument tuple is built per call. (zip is a type without vectorcall: abstract.ts's
 * type_call packs its arguments.)
 */
const VARARGS_BUILTINS = new Set(['set_threshold', 'get_referrers', 'get_referents', 'min', 'max', 'print', 'getsizeof']);
/** method_descriptor: a builtin type's method before binding (classmethod_descriptor for METH_CLASS). */
export class PyMethodDescr extends PyObject {
  declare name: string;
  declare fn: CFunc;
  declare owner: PyType;
  declare kind: 'method' | 'classmethod' | 'static';
  /** A slot wrapper (wrapper_descriptor made by add_operators) rather than a tp_methods entry. */
  declare wrapper: boolean;
  /** `fn` for a call with the receiver and one positional argument, no keywords, without an argument array (see defMethodFast). */
  declare fast1: ((self: PyObject, a: PyObject) => PyObject) | null;
  /** `fn` for a call with the receiver and two positional arguments, no keywords (see defMethodFast). */
  declare fast2: ((self: PyObject, a: PyObject, b: PyObject) => PyObject) | null;
  constructor(name: string, fn: CFunc, owner: PyType, kind: 'method' | 'classmethod' | 'static' = 'method') {
    super(MethodDescrType);
    this.name = name;
    this.fn = fn;
    this.owner = owner;
    this.kind = kind;
    this.wrapper = kind === 'method' && isSlotWrapper(owner.name, name);
    if (this.wrapper) this.ob_type = WrapperDescrType;
    else if (kind === 'classmethod') this.ob_type = ClassMethodDescrType;
    this.fast1 = null;
    this.fast2 = null;
  }
}
/** getset_descriptor: a computed attribute of a builtin type. */
export class PyGetSetDescr extends PyObject {
  /** A member's documentation (PyMemberDef.doc), if it has one. */
  declare doc?: string;
  constructor(public name: string, public get: (o: PyObject) => PyObject, public owner: PyType,
    public set: ((o: PyObject, v: PyObject | null) => void) | null = null) {
    super(GetSetDescrType);
  }
}

/** The builtin_function_or_method type. */
export const CFunctionType = new PyType(TypeType, 'builtin_function_or_method', ObjectType);
CFunctionType.gc = true;
CFunctionType.basicsize = 72;
CFunctionType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const f = o as PyCFunction;
  if (f.self) visit(f.self, '__self__');
};
CFunctionType.tp_dealloc = (o) => {
  const f = o as PyCFunction;
  _PyObject_GC_UNTRACK(o);
  const s = f.self;
  f.self = null;
  if (s) Py_DECREF(s);
  PyObject_Free(o);
};
// a method-wrapper is its own smaller object (wrapperobject) in CPython
CFunctionType.tp_getsizeof = (o) => pointerFieldsSize((o as PyCFunction).wrapper ? 48 : 72);
CFunctionType.tp_repr = (o) => {
  const f = o as PyCFunction;
  // wrapper_repr (Objects/descrobject.c)
  if (f.wrapper) return `<method-wrapper '${f.name}' of ${f.self!.ob_type.tp_name} object at 0x${f.self!.addr.toString(16)}>`;
  if (f.self && f.self.ob_type.name !== 'module') {
    return `<built-in method ${f.name} of ${f.self.ob_type.tp_name} object at 0x${f.self.addr.toString(16)}>`;
  }
  return `<built-in function ${f.name}>`;
};
/** The method_descriptor type. */
export const MethodDescrType = new PyType(TypeType, 'method_descriptor', ObjectType);
MethodDescrType.tp_repr = (o) => {
  const d = o as PyMethodDescr;
  // wrapperdescr_repr; tp_new_wrapper is a builtin function bound to its type (add_tp_new_wrapper)
  if (d.wrapper) return `<slot wrapper '${d.name}' of '${d.owner.tp_name}' objects>`;
  if (d.kind === 'static' && d.name === '__new__') return `<built-in method __new__ of type object at 0x${d.owner.addr.toString(16)}>`;
  return `<method '${d.name}' of '${d.owner.tp_name}' objects>`;
};
/** The classmethod_descriptor type (PyClassMethodDescr_Type): a METH_CLASS method of a builtin type (dict.fromkeys). */
export const ClassMethodDescrType = new PyType(TypeType, 'classmethod_descriptor', ObjectType);
ClassMethodDescrType.tp_repr = MethodDescrType.tp_repr;
ClassMethodDescrType.tp_descr_get = (d, obj, type) => classmethod_get(d as PyMethodDescr, obj, type);

/**
 * classmethod_get (Objects/descrobject.c): the method bound to `type` (the class of `obj` when
 * `type` is null), which must be a subtype of the descriptor's class. New reference.
 */
export function classmethod_get(d: PyMethodDescr, obj: PyObject | null, type: PyObject | null): PyCFunction {
  if (type === null) {
    if (obj === null) throw typeError(`descriptor '${d.name}' for type '${d.owner.tp_name}' needs either an object or a type`);
    type = obj.ob_type;
  }
  if (!(type instanceof PyType)) throw typeError(`descriptor '${d.name}' for type '${d.owner.tp_name}' needs a type, not a '${type.ob_type.tp_name}' as arg 2`);
  if (type !== d.owner && !type.isSubtype(d.owner)) throw typeError(`descriptor '${d.name}' requires a subtype of '${d.owner.tp_name}' but received '${type.tp_name}'`);
  return bindCMethod(d, type);
}
/** The getset_descriptor type. */
export const GetSetDescrType = new PyType(TypeType, 'getset_descriptor', ObjectType);
GetSetDescrType.tp_repr = (o) => `<attribute '${(o as PyGetSetDescr).name}' of '${(o as PyGetSetDescr).owner.tp_name}' objects>`;
/** The wrapper_descriptor type (PyWrapperDescr_Type): a slot wrapper of a builtin type; behaves as a method_descriptor. */
export const WrapperDescrType = new PyType(TypeType, 'wrapper_descriptor', ObjectType);
WrapperDescrType.tp_repr = MethodDescrType.tp_repr;
/** The method-wrapper type (_PyMethodWrapper_Type): a slot wrapper bound to an object; behaves as a bound builtin method. */
export const MethodWrapperType = new PyType(TypeType, 'method-wrapper', ObjectType);
MethodWrapperType.gc = true;
MethodWrapperType.basicsize = 48;
MethodWrapperType.tp_traverse = CFunctionType.tp_traverse;
MethodWrapperType.tp_dealloc = CFunctionType.tp_dealloc;
MethodWrapperType.tp_repr = CFunctionType.tp_repr;
MethodWrapperType.tp_getsizeof = CFunctionType.tp_getsizeof;
for (const t of [CFunctionType, MethodDescrType, ClassMethodDescrType, GetSetDescrType, WrapperDescrType, MethodWrapperType]) staticAddr(t, 912);

/** A static builtin function object (module-level functions such as len). */
export function builtinFunction(name: string, fn: CFunc, module: string | null = 'builtins'): PyCFunction {
  const f = new PyCFunction(name, fn, null, module);
  f.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(f, 72);
  return f;
}

/**
 * Adds a method to a builtin type's method table (type_add_method): a method_descriptor, a
 * classmethod_descriptor for a class method, and for a static method a staticmethod object over a
 * builtin function. `__new__` (tp_new_wrapper, a builtin function bound to the type in CPython) stays
 * a 'static' method descriptor here.
 */
export function defMethod(t: PyType, name: string, fn: CFunc, kind: 'method' | 'classmethod' | 'static' = 'method'): void {
  if (kind === 'static' && name !== '__new__') {
    t.methods.set(name, staticMethodObject(t, name, fn));
    return;
  }
  const d = new PyMethodDescr(name, fn, t, kind);
  // a classmethod_descriptor is mortal, held by the type's dict (the other descriptors are immortal here)
  if (kind === 'classmethod') registerRuntimeMortal(d, 0, () => 1);
  else d.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(d, 48);
  t.methods.set(name, d);
}

/** The staticmethod objects of builtin types' namespaces (gc-tracked in CPython). */
const staticTypeStaticMethods = new Set<PyObject>();
/** Whether `o` is the staticmethod object of a builtin type's METH_STATIC method (gc.is_tracked: True). */
export function isStaticTypeStaticMethod(o: PyObject): boolean {
  return staticTypeStaticMethods.has(o);
}

/**
 * type_add_method for METH_STATIC: `PyStaticMethod_New(PyCFunction_NewEx(meth, type, NULL))`, a
 * mortal staticmethod the type's dict holds, over a builtin function bound to the type whose
 * `__self__` is None.
 */
function staticMethodObject(t: PyType, name: string, fn: CFunc): PyWrapDescr {
  const f = new PyCFunction(name, fn, t);
  f.static = true;
  staticAddr(f, 72);
  const sm = new PyWrapDescr(StaticMethodType, f);
  staticAddr(sm, 48);
  staticTypeStaticMethods.add(sm);
  // held by the type's dict
  registerRuntimeMortal(sm, 0, () => 1);
  // the start-up's references to the function (profile strMaketransStartupRefs)
  registerRuntimeMortal(f, 1, (profile) => (t.name === 'str' && name === 'maketrans' ? profile.strMaketransStartupRefs : 0));
  return sm;
}

/** The builtin methods that exist only from some CPython version on (defMethodSince). */
const versionedMethods: { t: PyType; name: string; descr: PyObject; since: number; until: number }[] = [];
/**
 * defMethod for a method CPython added in 3.`since` (int.is_integer: 12): present in the type
 * while a runtime of that version or later is active, absent under older ones.
 */
export function defMethodSince(since: number, t: PyType, name: string, fn: CFunc, kind: 'method' | 'classmethod' | 'static' = 'method'): void {
  defMethod(t, name, fn, kind);
  versionedMethods.push({ t, name, descr: t.methods.get(name)!, since, until: Infinity });
  t.methods.delete(name);
}

/**
 * defMethod for a method CPython removed in 3.`until` (itertools' __reduce__: 14): present in the
 * type while a runtime older than that version is active.
 */
export function defMethodUntil(until: number, t: PyType, name: string, fn: CFunc, kind: 'method' | 'classmethod' | 'static' = 'method'): void {
  defMethod(t, name, fn, kind);
  versionedMethods.push({ t, name, descr: t.methods.get(name)!, since: 0, until });
  t.methods.delete(name);
}
onVersionSwitch((minor) => {
  let changed = false;
  for (const m of versionedMethods) {
    const want = minor >= m.since && minor < m.until, has = m.t.methods.get(m.name) === m.descr;
    if (want && !has) m.t.methods.set(m.name, m.descr);
    else if (!want && has) m.t.methods.delete(m.name);
    else continue;
    changed = true;
  }
  if (changed) versionMethodsChanged();
});
/** Set by typeobject.ts: invalidates the attribute caches (PyType_Modified) after a version switch. */
let versionMethodsChanged: () => void = () => {};
/** Installs the cache invalidation run when versioned methods come or go. */
export function setVersionMethodsChanged(f: () => void): void {
  versionMethodsChanged = f;
}

/** Adds a computed attribute to a builtin type. */
export function defGetSet(t: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null = null): void {
  const d = new PyGetSetDescr(name, get, t, set);
  d.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(d, 48);
  t.methods.set(name, d);
}

/** defGetSet for a computed attribute CPython added in 3.`since` (type.__type_params__: 12). */
export function defGetSetSince(since: number, t: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null = null): void {
  defGetSet(t, name, get, set);
  versionedMethods.push({ t, name, descr: t.methods.get(name)!, since, until: Infinity });
  t.methods.delete(name);
}

/**
 * Gives method `name` of builtin type `t` (already defined) entry points that skip the argument
 * array for calls with one or two positional arguments: each must do what the method does after
 * its argument checks.
 */
export function defMethodFast(t: PyType, name: string, fast1: PyMethodDescr['fast1'], fast2: PyMethodDescr['fast2'] = null): void {
  const d = t.methods.get(name) as PyMethodDescr;
  d.fast1 = fast1;
  d.fast2 = fast2;
}

/** A bound builtin method (new reference; holds a reference to `self`). */
export function bindCMethod(d: PyMethodDescr, self: PyObject): PyCFunction {
  self.ob_refcnt++;
  const f = new PyCFunction(d.name, d.fn, self);
  f.fast1 = d.fast1 as ((self: PyObject | null, a: PyObject) => PyObject) | null;
  // a method-wrapper (wrapperobject: header, descr, self, gc header) is 48 bytes, a builtin method 72
  if (d.wrapper) {
    f.wrapper = true;
    f.ob_type = MethodWrapperType;
  }
  PyObject_Init(f, d.wrapper ? 48 : 72);
  _PyObject_GC_TRACK(f);
  return f;
}

/** member_descriptor (a __slots__ entry). */
export const MemberDescrType = new PyType(TypeType, 'member_descriptor', ObjectType);
MemberDescrType.tp_repr = (o) => `<member '${(o as PyGetSetDescr).name}' of '${(o as PyGetSetDescr).owner.tp_name}' objects>`;
for (const t of [GetSetDescrType, MemberDescrType]) {
  t.gc = true;
  t.basicsize = 64;
  t.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const d = o as PyGetSetDescr;
    if (d.owner.heap) visit(d.owner, '__objclass__');
  };
  t.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    const owner = (o as PyGetSetDescr).owner;
    PyObject_Free(o);
    Py_DECREF(owner);
  };
}
staticAddr(MemberDescrType, 912);

/** A descriptor object created for a class (type_new_descriptors): holds a reference to the class. */
export function heapDescriptor(name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null, owner: PyType, kind: 'getset' | 'member'): PyGetSetDescr {
  const d = new PyGetSetDescr(name, get, owner, set);
  if (kind === 'member') d.ob_type = MemberDescrType;
  owner.ob_refcnt++;
  PyObject_Init(d, 64);
  _PyObject_GC_TRACK(d);
  return d;
}

// --- attributes of builtin functions and method descriptors: meth_get__name__,
// meth_get__qualname__, meth_get__self__ and meth_members (__module__) in Objects/methodobject.c;
// descr_get_qualname and descr_members (__name__, __objclass__) in Objects/descrobject.c ---

/** `__qualname__` of a builtin: the bare name for module functions, `Type.name` for methods. */
function cfunctionQualname(f: PyCFunction): string {
  const s = f.self;
  if (s === null || s.ob_type.name === 'module') return f.name;
  const t = s instanceof PyType ? s : s.ob_type;
  return `${t.qualname}.${f.name}`;
}

defGetSet(CFunctionType, '__name__', (o) => PyUnicode_From((o as PyCFunction).name));
defGetSet(CFunctionType, '__qualname__', (o) => PyUnicode_From(cfunctionQualname(o as PyCFunction)));
defGetSet(CFunctionType, '__module__', (o) => {
  const m = (o as PyCFunction).module;
  return m === null ? Py_NewRef(None) : PyUnicode_From(m);
});
defGetSet(CFunctionType, '__self__', (o) => {
  const f = o as PyCFunction;
  if (f.static) return Py_NewRef(None);
  // a module-level function's m_self is its module
  const s = f.self ?? (f.module !== null ? S.modules.get(f.module) ?? null : null);
  return Py_NewRef(s ?? None);
});
defGetSet(MethodDescrType, '__name__', (o) => PyUnicode_From((o as PyMethodDescr).name));
defGetSet(MethodDescrType, '__qualname__', (o) => PyUnicode_From(`${(o as PyMethodDescr).owner.qualname}.${(o as PyMethodDescr).name}`));
defGetSet(MethodDescrType, '__objclass__', (o) => Py_NewRef((o as PyMethodDescr).owner));
defGetSet(ClassMethodDescrType, '__name__', (o) => PyUnicode_From((o as PyMethodDescr).name));
defGetSet(ClassMethodDescrType, '__qualname__', (o) => PyUnicode_From(`${(o as PyMethodDescr).owner.qualname}.${(o as PyMethodDescr).name}`));
defGetSet(ClassMethodDescrType, '__objclass__', (o) => Py_NewRef((o as PyMethodDescr).owner));
// wrapperdescr: descr_members / descr_getsets; method-wrapper: wrapper_members / wrapper_getsets
defGetSet(WrapperDescrType, '__name__', (o) => PyUnicode_From((o as PyMethodDescr).name));
defGetSet(WrapperDescrType, '__qualname__', (o) => PyUnicode_From(`${(o as PyMethodDescr).owner.qualname}.${(o as PyMethodDescr).name}`));
defGetSet(WrapperDescrType, '__objclass__', (o) => Py_NewRef((o as PyMethodDescr).owner));
defGetSet(MethodWrapperType, '__name__', (o) => PyUnicode_From((o as PyCFunction).name));
defGetSet(MethodWrapperType, '__qualname__', (o) => PyUnicode_From(cfunctionQualname(o as PyCFunction)));
defGetSet(MethodWrapperType, '__self__', (o) => Py_NewRef((o as PyCFunction).self!));

/**
 * PyCFunction_NewEx for a function of a module made at import (PyModule_AddFunctions): a mortal,
 * gc-tracked builtin_function_or_method, so the module dicts and aliases holding it are counted.
 * New reference.
 */
export function PyCFunction_New(name: string, fn: CFunc, module: string): PyCFunction {
  const f = new PyCFunction(name, fn, null, module);
  PyObject_Init(f, 72);
  _PyObject_GC_TRACK(f);
  return f;
}

// meth_get__text_signature__ / method_get_text_signature / wrapper_text_signature: the signature
// line of the builtin's C docstring, which heaplab does not keep
for (const t of [CFunctionType, MethodDescrType, ClassMethodDescrType, WrapperDescrType, MethodWrapperType]) {
  defGetSet(t, '__text_signature__', () => {
    throw textSignatureNotSimulated();
  });
}
/** The error `__text_signature__` of a builtin function raises: heaplab has no C docstrings. */
function textSignatureNotSimulated(): PyRaise {
  return pyErr(NotImplementedErrorType, 'heaplab does not simulate __text_signature__ of builtin functions yet');
}
