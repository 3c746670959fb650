// Models the three callable types of Modules/_operator.c (CPython 3.11–3.14): operator.itemgetter,
// operator.attrgetter (dotted names split into tuples of interned names, as attrgetter_new does)
// and operator.methodcaller, with their argument checks, reprs, __reduce__, sizes and gc support.
import { _PyStack_AsDict } from '../objects/call_args';
import {
  ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_NewRef, RT, TypeType, VisitProc,
  _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr,
} from '../objects/object';
import { PyTuple, PyTuple_New, EmptyTuple } from '../objects/tupleobject';
import { PyStr, PyUnicode_From, PyUnicode_Intern, internObject, strRepr } from '../objects/unicodeobject';
import { PyDict, dictItems } from '../objects/dictobject';
import { typeError } from '../objects/exceptions';
import { defMethod } from '../objects/methodobject';
import { pointerFieldsSize, sizeofGCHead } from '../objects/layout';
import { PyObject_GetAttr, PyObject_GetItem, PyObject_Repr, callObject, withReprGuard } from '../abstract';
import { importModule } from '../eval/compile';

/** An operator type: a static gc type named `operator.<name>` that cannot be subclassed. */
function operatorType(name: string, basicsize: () => number): PyType {
  const t = new PyType(TypeType, name, ObjectType, 'operator');
  t.tpName = `operator.${name}`;
  t.gc = true;
  t.baseType = false;
  t.tp_getsizeof = () => sizeofGCHead() + pointerFieldsSize(basicsize());
  staticAddr(t, 912);
  return t;
}

/** Allocates and tracks a new instance of operator type `t` (PyObject_GC_New + PyObject_GC_Track). */
function gcNew<T extends PyObject>(o: T, t: PyType): T {
  PyObject_Init(o, t.tp_getsizeof!(o));
  _PyObject_GC_TRACK(o);
  return o;
}

/** `_PyArg_NoKeywords(name, kwds)` of a constructor or `_PyArg_NoKwnames` of a call. */
function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional(name, nargs, 1, 1) of the objects' calls. */
function oneArgument(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords(name, kwnames);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

// --- itemgetter ---

/** itemgetterobject: `item` is the one key, or the tuple of keys when there are several. */
export class PyItemGetter extends PyObject {
  declare nitems: number;
  declare item: PyObject;
}

/** operator.itemgetter: PyObject_HEAD, nitems, item, index, vectorcall. */
export const ItemGetterType = operatorType('itemgetter', () => 48);
ItemGetterType.tp_new = (_t, args, kwnames) => {
  noKeywords('itemgetter', kwnames);
  const n = args.length;
  if (n === 0) throw typeError('itemgetter expected 1 argument, got 0');
  const ig = new PyItemGetter(ItemGetterType);
  ig.nitems = n;
  // nitems <= 1: the item itself; else the argument tuple
  if (n === 1) ig.item = Py_NewRef(args[0]);
  else {
    for (const a of args) a.ob_refcnt++;
    ig.item = PyTuple_New(args.slice());
  }
  return gcNew(ig, ItemGetterType);
};
ItemGetterType.tp_call = (self, args, kwnames) => {
  const ig = self as PyItemGetter;
  const obj = oneArgument('itemgetter', args, kwnames);
  if (ig.nitems === 1) return PyObject_GetItem(obj, ig.item);
  const keys = (ig.item as PyTuple).items;
  const vals: PyObject[] = [];
  try {
    for (const k of keys) vals.push(PyObject_GetItem(obj, k));
  } catch (e) {
    for (const v of vals) Py_DECREF(v);
    throw e;
  }
  return PyTuple_New(vals);
};
ItemGetterType.tp_repr = (o) => withReprGuard(o, () => {
  const ig = o as PyItemGetter;
  // "%s(%R)" for one item, "%s%R" with the tuple of several
  return ig.nitems === 1 ? `operator.itemgetter(${PyObject_Repr(ig.item)})` : `operator.itemgetter${PyObject_Repr(ig.item)}`;
}, 'operator.itemgetter(...)');
// CPython's types are heap types that their instances hold and visit (itemgetter: the type first)
ItemGetterType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  visit(o.ob_type, 'ob_type');
  visit((o as PyItemGetter).item, 'item');
};
ItemGetterType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  Py_DECREF((o as PyItemGetter).item);
  PyObject_Free(o);
};
// itemgetter_reduce: (type, (item,)) or (type, items)
defMethod(ItemGetterType, '__reduce__', (self) => {
  const ig = self as PyItemGetter;
  const args = ig.nitems === 1 ? PyTuple_New([Py_NewRef(ig.item)]) : Py_NewRef(ig.item);
  return PyTuple_New([Py_NewRef(ItemGetterType), args]);
});

// --- attrgetter ---

/** attrgetterobject: `attr` is a tuple with one entry per name: an interned str, or a tuple of them for a dotted name. */
export class PyAttrGetter extends PyObject {
  declare nattrs: number;
  declare attr: PyTuple;
}

/** operator.attrgetter: PyObject_HEAD, nattrs, attr, vectorcall. */
export const AttrGetterType = operatorType('attrgetter', () => 40);
AttrGetterType.tp_new = (_t, args, kwnames) => {
  noKeywords('attrgetter', kwnames);
  const n = args.length;
  if (n === 0) throw typeError('attrgetter expected 1 argument, got 0');
  const names: PyObject[] = [];
  for (const item of args) {
    if (!(item instanceof PyStr)) {
      for (const x of names) Py_DECREF(x);
      throw typeError('attribute name must be a string');
    }
    if (!item.v.includes('.')) {
      // Py_INCREF(item); PyUnicode_InternInPlace(&item)
      names.push(internObject(item));
    } else {
      // a tuple of the interned parts between the dots
      names.push(PyTuple_New(item.v.split('.').map((part) => PyUnicode_Intern(part))));
    }
  }
  const ag = new PyAttrGetter(AttrGetterType);
  ag.nattrs = n;
  ag.attr = PyTuple_New(names);
  return gcNew(ag, AttrGetterType);
};

/** dotted_getattr: getattr through each part of a dotted name. New reference. */
function dotted_getattr(obj: PyObject, attr: PyObject): PyObject {
  if (!(attr instanceof PyTuple)) return PyObject_GetAttr(obj, (attr as PyStr).v);
  let o = Py_NewRef(obj);
  for (const name of attr.items) {
    const next = PyObject_GetAttr(o, (name as PyStr).v);
    Py_DECREF(o);
    o = next;
  }
  return o;
}

AttrGetterType.tp_call = (self, args, kwnames) => {
  const ag = self as PyAttrGetter;
  const obj = oneArgument('attrgetter', args, kwnames);
  if (ag.nattrs === 1) return dotted_getattr(obj, ag.attr.items[0]);
  const vals: PyObject[] = [];
  try {
    for (const a of ag.attr.items) vals.push(dotted_getattr(obj, a));
  } catch (e) {
    for (const v of vals) Py_DECREF(v);
    throw e;
  }
  return PyTuple_New(vals);
};

/** attrgetter_args: the names as given (dotted ones joined again), as JS strings. */
function attrgetterNames(ag: PyAttrGetter): string[] {
  return ag.attr.items.map((a) => (a instanceof PyTuple ? a.items.map((p) => (p as PyStr).v).join('.') : (a as PyStr).v));
}

AttrGetterType.tp_repr = (o) => withReprGuard(o, () => {
  const ag = o as PyAttrGetter;
  const names = attrgetterNames(ag).map(strRepr);
  // "%s%R" of the names' tuple, without the 1-tuple's comma
  return `operator.attrgetter(${names.join(', ')})`;
}, 'operator.attrgetter(...)');
AttrGetterType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  visit((o as PyAttrGetter).attr, 'attr');
  visit(o.ob_type, 'ob_type');
};
AttrGetterType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  Py_DECREF((o as PyAttrGetter).attr);
  PyObject_Free(o);
};
// attrgetter_reduce: (type, names)
defMethod(AttrGetterType, '__reduce__', (self) => {
  const names = attrgetterNames(self as PyAttrGetter).map((s) => PyUnicode_From(s) as PyObject);
  return PyTuple_New([Py_NewRef(AttrGetterType), PyTuple_New(names)]);
});

// --- methodcaller ---

/**
 * methodcallerobject: the interned method `name`, the positional `args` (3.13: the whole argument
 * tuple, name first) and the keyword arguments `kwds` (a dict of its own, or null).
 */
export class PyMethodCaller extends PyObject {
  declare name: PyStr;
  declare args: PyTuple;
  declare kwds: PyDict | null;
  /** 3.14: vectorcall_args, the positional arguments then the keyword values (`args` itself without keywords), else null. */
  declare vcArgs: PyTuple | null;
  /** 3.14: vectorcall_kwnames, the keyword names, or null. */
  declare vcKwnames: PyTuple | null;
}

/**
 * operator.methodcaller: PyObject_HEAD, name, args, kwds; 3.13 adds vectorcall_args,
 * vectorcall_kwnames and vectorcall.
 */
export const MethodCallerType = operatorType('methodcaller', () => (RT.profile.versionInfo[1] >= 13 ? 64 : 40));
MethodCallerType.tp_new = (_t, args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError('methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (!(name instanceof PyStr)) throw typeError('method name must be a string');
  const mc = new PyMethodCaller(MethodCallerType);
  const kwds = nkw ? _PyStack_AsDict(args, kwnames!) : null;
  mc.name = internObject(name);
  const first = argsKeepName() ? 0 : 1;
  const pos = args.slice(first, npos);
  for (const a of pos) a.ob_refcnt++;
  mc.args = pos.length ? PyTuple_New(pos) : Py_NewRef(EmptyTuple);
  mc.kwds = kwds;
  mc.vcArgs = null;
  mc.vcKwnames = null;
  if (RT.profile.versionInfo[1] >= 14) {
    // the 3.14 vectorcall's own tuples: arguments then keyword values, and the keyword names
    if (kwds === null) mc.vcArgs = Py_NewRef(mc.args);
    else {
      const items = dictItems(kwds);
      const vals = [...pos, ...items.map(([, v]) => v)];
      for (const v of vals) v.ob_refcnt++;
      mc.vcArgs = PyTuple_New(vals);
      mc.vcKwnames = PyTuple_New(items.map(([k]) => Py_NewRef(k)));
    }
  }
  return gcNew(mc, MethodCallerType);
};

/** 3.13 keeps the whole argument tuple, name first, as `args` (xargs); the others the arguments after the name. */
function argsKeepName(): boolean {
  return RT.profile.versionInfo[1] === 13;
}

/** The positional arguments the method is called with. */
function callArgs(mc: PyMethodCaller): PyObject[] {
  return mc.args.items.slice(argsKeepName() ? 1 : 0);
}

/** Releases the 3.14 vectorcall's tuples. */
function releaseVectorcall(mc: PyMethodCaller): void {
  const { vcArgs, vcKwnames } = mc;
  mc.vcArgs = null;
  mc.vcKwnames = null;
  if (vcArgs) Py_DECREF(vcArgs);
  if (vcKwnames) Py_DECREF(vcKwnames);
}

MethodCallerType.tp_call = (self, args, kwnames) => {
  const mc = self as PyMethodCaller;
  // 3.13's vectorcall checks the positional count before the keywords
  const nkw = kwnames ? kwnames.length : 0;
  if (RT.profile.versionInfo[1] >= 13 && args.length - nkw !== 1) throw typeError(`methodcaller expected 1 argument, got ${args.length - nkw}`);
  const obj = oneArgument('methodcaller', args, kwnames);
  const method = PyObject_GetAttr(obj, mc.name.v);
  try {
    const pos = callArgs(mc);
    if (mc.kwds === null || !mc.kwds.used) return callObject(method, pos, null);
    const items = dictItems(mc.kwds);
    return callObject(method, [...pos, ...items.map(([, v]) => v)], items.map(([k]) => (k as PyStr).v));
  } finally {
    Py_DECREF(method);
  }
};
MethodCallerType.tp_repr = (o) => withReprGuard(o, () => {
  const mc = o as PyMethodCaller;
  const parts = callArgs(mc).map((a) => PyObject_Repr(a));
  if (mc.kwds) for (const [k, v] of dictItems(mc.kwds)) parts.push(`${(k as PyStr).v}=${PyObject_Repr(v)}`);
  const name = PyObject_Repr(mc.name);
  return parts.length ? `operator.methodcaller(${name}, ${parts.join(', ')})` : `operator.methodcaller(${name})`;
}, 'operator.methodcaller(...)');
MethodCallerType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const mc = o as PyMethodCaller;
  visit(mc.name, 'name');
  visit(mc.args, 'args');
  if (mc.kwds) visit(mc.kwds, 'kwds');
  if (mc.vcArgs) visit(mc.vcArgs, 'vectorcall_args');
  if (mc.vcKwnames) visit(mc.vcKwnames, 'vectorcall_kwnames');
  visit(o.ob_type, 'ob_type');
};
MethodCallerType.tp_clear = (o) => {
  const mc = o as PyMethodCaller;
  const { args, kwds } = mc;
  mc.args = Py_NewRef(EmptyTuple);
  mc.kwds = null;
  releaseVectorcall(mc);
  Py_DECREF(args);
  if (kwds) Py_DECREF(kwds);
};
MethodCallerType.tp_dealloc = (o) => {
  const mc = o as PyMethodCaller;
  _PyObject_GC_UNTRACK(o);
  Py_DECREF(mc.name);
  Py_DECREF(mc.args);
  if (mc.kwds) Py_DECREF(mc.kwds);
  releaseVectorcall(mc);
  PyObject_Free(o);
};
// methodcaller_reduce: (type, (name, *args)), or with keywords (functools.partial(type, name, **kwds), args)
defMethod(MethodCallerType, '__reduce__', (self) => {
  const mc = self as PyMethodCaller;
  const pos = callArgs(mc);
  if (mc.kwds === null || !mc.kwds.used) {
    const items = [mc.name as PyObject, ...pos];
    for (const x of items) x.ob_refcnt++;
    return PyTuple_New([Py_NewRef(MethodCallerType), PyTuple_New(items)]);
  }
  const functools = importModule('functools');
  let partial: PyObject;
  try {
    partial = PyObject_GetAttr(functools, 'partial');
  } finally {
    Py_DECREF(functools);
  }
  try {
    const items = dictItems(mc.kwds);
    const ctor = callObject(partial, [MethodCallerType, mc.name, ...items.map(([, v]) => v)], items.map(([k]) => (k as PyStr).v));
    for (const x of pos) x.ob_refcnt++;
    return PyTuple_New([ctor, pos.length ? PyTuple_New(pos) : Py_NewRef(EmptyTuple)]);
  } finally {
    Py_DECREF(partial);
  }
});
