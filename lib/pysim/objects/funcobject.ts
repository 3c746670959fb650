// Models Objects/funcobject.c, Objects/cellobject.c, Objects/classobject.c and
// Objects/codeobject.c (CPython 3.12): functions, cells, bound methods, code objects,
// staticmethod / classmethod / property.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from './object';
import type { PyDict } from './dictobject';
import type { PyTuple } from './tupleobject';
import { sizeofFunction, sizeofGCHead } from './layout';
import { None } from './singletons';

/** Compiled body and metadata of a code object; filled by eval/compile.ts. */
export interface CodeInfo {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  varargs: boolean;
  varkw: boolean;
  /** Parameter names in slot order (args, kwonly, *args, **kwargs). */
  paramNames: string[];
  /** Names of all fast slots. */
  varnames: string[];
  nfast: number;
  /** Slots that hold cells created at entry (with the parameter slot to copy from, or -1). */
  cellSlots: { slot: number; fromParam: number }[];
  /** co_varnames: parameters, then the other locals that are not cells (filled by finishSlots). */
  localNames?: string[];
  /** co_cellvars: the parameters that are cells, then the other cells sorted. */
  cellNames?: string[];
  /** Slots receiving the closure's cells, in closure order. */
  freeSlots: number[];
  freevars: string[];
  /** The compiled body. */
  run: unknown;
  isModule: boolean;
  isClassBody: boolean;
  isGenexp: boolean;
  isLambda: boolean;
  /** co_stacksize, worked out for generator code when compiled (it sizes the generator object); 0 otherwise. */
  stacksize?: number;
  /** Works out co_stacksize of function code on demand (what sys.getsizeof of its frame object counts). */
  computeStacksize?: () => number;
  /**
   * Fast slots heaplab gives inlined comprehensions that CPython's frame does not have: all of
   * them where comprehensions are functions (3.11), else those repeating a name the code already
   * has a slot for (3.12+ reuse that slot).
   */
  extraSlots?: number;
}

/**
 * A co_consts tuple that the compiler's constant cache gave to several code objects: one
 * reference to each constant for all of them, released when the last of them goes.
 */
export interface SharedConsts {
  items: PyObject[];
  /** The live code objects holding it; the first one names its references for heapcheck. */
  holders: PyCode[];
}

/** A code object: holds co_consts references (owned). */
export class PyCode extends PyObject {
  declare consts: PyObject[];
  /** Its co_consts when shared with other code objects (those constants are then not in `consts`). */
  declare sharedConsts: SharedConsts | null;
  declare info: CodeInfo;
  /** 3.12+ `_co_cached`: co_varnames, co_cellvars and co_freevars once made (owned), or null. */
  declare cached: (PyObject | null)[] | null;
  /** Address of the `_co_cached` block (PyMem_Malloc'd on the first of those accesses), 0 before. */
  declare cachedAddr: number;
  /** co_name and co_qualname as objects (owned; made by the compiler for function code), or null. */
  declare co_name: PyObject | null;
  declare co_qualname: PyObject | null;
  constructor(info: CodeInfo) {
    super(CodeType);
    this.consts = [];
    this.sharedConsts = null;
    this.info = info;
    this.cached = null;
    this.cachedAddr = 0;
    this.co_name = null;
    this.co_qualname = null;
  }
}
/** The `code` type. */
export const CodeType = new PyType(TypeType, 'code', ObjectType);
CodeType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const c = o as PyCode;
  for (let i = 0; i < c.consts.length; i++) visit(c.consts[i], 'co_consts');
  const sh = c.sharedConsts;
  if (sh && sh.holders[0] === c) for (const x of sh.items) visit(x, 'co_consts');
  if (c.co_name) visit(c.co_name, 'co_name');
  if (c.co_qualname) visit(c.co_qualname, 'co_qualname');
  if (c.cached) for (const t of c.cached) if (t) visit(t, '_co_cached');
};
CodeType.tp_dealloc = (o) => {
  const c = o as PyCode;
  const cs = c.consts;
  c.consts = [];
  for (const x of cs) Py_DECREF(x);
  const sh = c.sharedConsts;
  if (sh) {
    c.sharedConsts = null;
    sh.holders.splice(sh.holders.indexOf(c), 1);
    if (!sh.holders.length) for (const x of sh.items) Py_DECREF(x);
  }
  const nm = c.co_name, qn = c.co_qualname;
  c.co_name = c.co_qualname = null;
  Py_XDECREF(nm);
  Py_XDECREF(qn);
  // free_monitoring_data / _co_cached: the cached name tuples and their block
  const cached = c.cached;
  c.cached = null;
  if (cached) for (const t of cached) Py_XDECREF(t);
  if (c.cachedAddr) {
    RT.alloc.PyObject_Free(c.cachedAddr);
    c.cachedAddr = 0;
  }
  PyObject_Free(o);
};
CodeType.tp_repr = (o) => {
  const c = o as PyCode;
  return `<code object ${c.info.name} at 0x${o.addr.toString(16)}, file "${c.info.filename}", line ${c.info.firstlineno}>`;
};

/** A Python function. All object fields are owned references. */
export class PyFunction extends PyObject {
  /** func_builtins: the builtins dict the function runs with. */
  declare builtins: PyDict;
  /** func_module: `globals['__name__']` when the function was made, or null. */
  declare module: PyObject | null;
  /** func_name and func_qualname: the code's co_name and co_qualname (null when the code has none). */
  declare func_name: PyObject | null;
  declare func_qualname: PyObject | null;
  declare defaults: PyTuple | null;
  declare kwdefaults: PyDict | null;
  declare closure: PyTuple | null;
  declare dict: PyDict | null;
  /** func_annotations: the (name, value, ...) tuple MAKE_FUNCTION gives (3.11-3.13), the dict made from it or by `__annotate__`, or null. */
  declare annotations: PyObject | null;
  /** func_annotate (3.14, PEP 649): the function computing the annotations, or null. */
  declare annotate: PyObject | null;
  declare name: string;
  declare qualname: string;
  declare doc: PyObject | null;
  declare code: PyCode;
  declare globals: PyDict;
  constructor(code: PyCode, globals: PyDict, builtins: PyDict, module: PyObject | null) {
    super(FunctionType);
    this.builtins = builtins;
    this.module = module;
    this.func_name = code.co_name;
    this.func_qualname = code.co_qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.dict = null;
    this.annotations = null;
    this.annotate = null;
    this.doc = null;
    this.code = code;
    this.globals = globals;
    this.name = code.info.name;
    this.qualname = code.info.qualname;
  }
}
/** The `function` type. */
export const FunctionType = new PyType(TypeType, 'function', ObjectType);
FunctionType.gc = true;
FunctionType.basicsize = 160;
/** sys.getsizeof of a function: PyGC_Head and PyFunctionObject (64-bit: 152 on 3.11, 160 on 3.12/3.13, 168 on 3.14). */
FunctionType.tp_getsizeof = () => sizeofGCHead() + sizeofFunction();
FunctionType.hasDict = true;
FunctionType.weakrefable = true;
FunctionType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  // func_traverse, in its order (the same on 3.11-3.14; heaplab keeps no type params)
  const f = o as PyFunction;
  visit(f.code, '__code__');
  visit(f.globals, '__globals__');
  visit(f.builtins, '__builtins__');
  if (f.module) visit(f.module, '__module__');
  if (f.defaults) visit(f.defaults, '__defaults__');
  if (f.kwdefaults) visit(f.kwdefaults, '__kwdefaults__');
  if (f.doc) visit(f.doc, '__doc__');
  if (f.func_name) visit(f.func_name, '__name__');
  if (f.dict) visit(f.dict, '__dict__');
  if (f.closure) visit(f.closure, '__closure__');
  if (f.annotations) visit(f.annotations, '__annotations__');
  if (f.annotate) visit(f.annotate, '__annotate__');
  if (f.func_qualname) visit(f.func_qualname, '__qualname__');
};
/** func_clear. */
export function func_clear(o: PyObject): void {
  const f = o as PyFunction;
  const d = f.defaults, k = f.kwdefaults, c = f.closure, di = f.dict, doc = f.doc, an = f.annotations, ae = f.annotate;
  f.annotations = null;
  f.annotate = null;
  f.defaults = null;
  f.kwdefaults = null;
  f.closure = null;
  f.dict = null;
  f.doc = null;
  Py_XDECREF(d);
  Py_XDECREF(k);
  Py_XDECREF(c);
  Py_XDECREF(di);
  Py_XDECREF(doc);
  Py_XDECREF(an);
  Py_XDECREF(ae);
}
FunctionType.tp_clear = func_clear;
FunctionType.tp_dealloc = (o) => {
  const f = o as PyFunction;
  _PyObject_GC_UNTRACK(o);
  clearWeakrefsHook(o);
  func_clear(o);
  const code = f.code, g = f.globals, b = f.builtins, m = f.module, nm = f.func_name, qn = f.func_qualname;
  f.module = f.func_name = f.func_qualname = null;
  Py_XDECREF(m);
  Py_DECREF(code);
  Py_DECREF(g);
  Py_DECREF(b);
  Py_XDECREF(nm);
  Py_XDECREF(qn);
  PyObject_Free(o);
};
FunctionType.tp_repr = (o) => `<function ${(o as PyFunction).qualname} at 0x${o.addr.toString(16)}>`;

/** Weakref clearing hook, set by weakrefobject.ts. */
export let clearWeakrefsHook: (o: PyObject) => void = () => {};
/** Installs the weakref clearing hook. */
export function setClearWeakrefsHook(f: (o: PyObject) => void): void {
  clearWeakrefsHook = f;
}

/**
 * PyFunction_New: steals nothing; increments code, globals, builtins, the module name
 * (`globals['__name__']`, or null) and the code's name and qualname objects.
 */
export function PyFunction_New(code: PyCode, globals: PyDict, builtins: PyDict, module: PyObject | null): PyFunction {
  code.ob_refcnt++;
  globals.ob_refcnt++;
  builtins.ob_refcnt++;
  if (module) module.ob_refcnt++;
  if (code.co_name) code.co_name.ob_refcnt++;
  if (code.co_qualname) code.co_qualname.ob_refcnt++;
  const f = new PyFunction(code, globals, builtins, module);
  // func_doc: None until the compiler gives the docstring
  None.ob_refcnt++;
  f.doc = None;
  PyObject_Init(f, 160);
  _PyObject_GC_TRACK(f);
  return f;
}

/** A cell (closure variable). */
export class PyCell extends PyObject {
  declare ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(CellType);
    this.ref = ref;
  }
}
/** The `cell` type. */
export const CellType = new PyType(TypeType, 'cell', ObjectType);
CellType.gc = true;
CellType.basicsize = 40;
CellType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const c = o as PyCell;
  if (c.ref) visit(c.ref, 'cell_contents');
};
CellType.tp_clear = (o) => {
  const c = o as PyCell;
  const r = c.ref;
  c.ref = null;
  Py_XDECREF(r);
};
CellType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  const c = o as PyCell;
  const r = c.ref;
  c.ref = null;
  Py_XDECREF(r);
  PyObject_Free(o);
};
CellType.tp_repr = (o) => {
  const c = o as PyCell;
  return c.ref ? `<cell at 0x${o.addr.toString(16)}: ${c.ref.ob_type.name} object at 0x${c.ref.addr.toString(16)}>` : `<cell at 0x${o.addr.toString(16)}: empty>`;
};

/** PyCell_New: steals `ref`. */
export function PyCell_New(ref: PyObject | null): PyCell {
  const c = new PyCell(ref);
  PyObject_Init(c, 40);
  _PyObject_GC_TRACK(c);
  return c;
}

/** A bound method (PyMethodObject). */
export class PyMethod extends PyObject {
  declare func: PyObject;
  declare self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(MethodType);
    this.func = func;
    this.self = self;
  }
}
/** The `method` type. */
export const MethodType = new PyType(TypeType, 'method', ObjectType);
MethodType.gc = true;
// PyMethodObject: PyObject_HEAD, im_func, im_self, im_weakreflist, vectorcall; and its PyGC_Head
MethodType.basicsize = 64;
MethodType.weakrefable = true;
MethodType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const m = o as PyMethod;
  visit(m.func, '__func__');
  visit(m.self, '__self__');
};
MethodType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  clearWeakrefsHook(o);
  const m = o as PyMethod;
  Py_DECREF(m.func);
  Py_DECREF(m.self);
  PyObject_Free(o);
};

/** PyMethod_New: increments func and self. */
export function PyMethod_New(func: PyObject, self: PyObject): PyMethod {
  func.ob_refcnt++;
  self.ob_refcnt++;
  const m = new PyMethod(func, self);
  PyObject_Init(m, MethodType.basicsize);
  _PyObject_GC_TRACK(m);
  return m;
}

/** staticmethod / classmethod wrapper. */
export class PyWrapDescr extends PyObject {
  declare dict: PyDict | null;
  declare callable: PyObject;
  constructor(type: PyType, callable: PyObject) {
    super(type);
    this.dict = null;
    this.callable = callable;
  }
}
/** The `staticmethod` type. */
export const StaticMethodType = new PyType(TypeType, 'staticmethod', ObjectType);
/** The `classmethod` type. */
export const ClassMethodType = new PyType(TypeType, 'classmethod', ObjectType);
for (const t of [StaticMethodType, ClassMethodType]) {
  t.gc = true;
  // staticmethod / classmethod: PyObject_HEAD, cm_callable, cm_dict; and its PyGC_Head
  t.basicsize = 48;
  // sm_traverse / cm_traverse: the callable, then the dict
  t.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const w = o as PyWrapDescr;
    visit(w.callable, '__func__');
    if (w.dict) visit(w.dict, '__dict__');
  };
  t.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    const w = o as PyWrapDescr;
    Py_DECREF(w.callable);
    if (w.dict) {
      const d = w.dict;
      w.dict = null;
      Py_DECREF(d);
    }
    PyObject_Free(o);
  };
}

/** A property. */
export class PyProperty extends PyObject {
  declare fget: PyObject | null;
  declare fset: PyObject | null;
  declare fdel: PyObject | null;
  declare doc: PyObject | null;
  /** prop_name: the attribute name __set_name__ gave it (a class body's name for it), else null. */
  declare name: string | null;
  /** getter_doc: `doc` is the getter's `__doc__`, taken because none was given. */
  declare getterDoc: boolean;
  constructor(fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null, doc: PyObject | null, name: string | null = null) {
    super(PropertyType);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
    this.name = name;
    this.getterDoc = false;
  }
}
/** The `property` type. */
export const PropertyType = new PyType(TypeType, 'property', ObjectType);
PropertyType.gc = true;
// propertyobject: PyObject_HEAD, prop_get, prop_set, prop_del, prop_doc, prop_name, getter_doc (an int, padded); and its PyGC_Head
PropertyType.basicsize = 80;
PropertyType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const p = o as PyProperty;
  if (p.fget) visit(p.fget, 'fget');
  if (p.fset) visit(p.fset, 'fset');
  if (p.fdel) visit(p.fdel, 'fdel');
  if (p.doc) visit(p.doc, '__doc__');
};
// property_clear (also what subtype_dealloc runs for an instance of a property subclass)
PropertyType.tp_clear = (o) => {
  const p = o as PyProperty;
  const refs = [p.fget, p.fset, p.fdel, p.doc];
  p.fget = p.fset = p.fdel = p.doc = null;
  for (const r of refs) Py_XDECREF(r);
};
PropertyType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  PropertyType.tp_clear!(o);
  PyObject_Free(o);
};

/** Allocates a gc-tracked descriptor-like object (its type's basicsize). */
export function newTracked<T extends PyObject>(o: T): T {
  PyObject_Init(o, o.ob_type.basicsize);
  _PyObject_GC_TRACK(o);
  return o;
}

for (const t of [CodeType, FunctionType, CellType, MethodType, StaticMethodType, ClassMethodType, PropertyType]) staticAddr(t, 912);
