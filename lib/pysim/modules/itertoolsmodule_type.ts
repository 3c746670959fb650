// Models the object machinery shared by the types of Modules/itertoolsmodule.c: each type is a
// gc type named `itertools.<name>` whose instances hold their references in the order of the C
// struct's fields (that order is tp_traverse's), plus the scalar state the C struct keeps.
import { BoolType, LongType } from '../objects/longobject';
import { FloatType } from '../objects/floatobject';
import { ComplexType } from '../objects/complexobject';
import { lookupHeap } from '../objects/typeobject';
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from '../objects/object';
import { PyJsIter } from '../objects/iterobject';
import { SIZEOF_VOID_P } from '../objects/layout';
import { defMethod } from '../objects/methodobject';
import { StopIterationType, pyErr, typeError } from '../objects/exceptions';
import { splitKw } from '../objects/typemethods';

/**
 * An itertools object. `f` holds its owned references (null for a NULL field), in the C
 * struct's order; `n` its integer fields; `ix` an index array (product, permutations,
 * combinations), `cy` the cycles array of permutations.
 */
export class PyItertool extends PyJsIter {
  declare f: (PyObject | null)[];
  declare n: number[];
  declare ix: number[];
  declare cy: number[];
  constructor(type: PyType, f: (PyObject | null)[], n: number[] = []) {
    super(type, [], () => null);
    this.f = f;
    this.n = n;
    this.ix = [];
    this.cy = [];
  }
}

/** What a type is made of: its field names (for the heap view), size in words per minor version, next, extra size. */
export interface ItertoolSpec {
  /** Names of the reference fields, in struct order. */
  fields: readonly string[];
  /** sizeof the object in pointer-sized words (PyGC_Head included), for CPython 3.`minor`. */
  words: (minor: number) => number;
  /** tp_iternext: a new reference, or null when exhausted. */
  next: ((o: PyItertool) => PyObject | null) | null;
  /** The bytes `__sizeof__` adds for malloc'ed arrays (indices, cycles). */
  extra?: (o: PyItertool) => number;
  /** The module the type's tp_name names (`itertools` unless given). */
  module?: string;
}

/** The minor version of the running profile (11 for 3.11 …). */
export function minor(): number {
  return RT.profile.versionInfo[1];
}

/** Creates the type `<module>.<name>` with tp_traverse, tp_clear, tp_dealloc, tp_iternext and __sizeof__. */
export function itertoolsType(name: string, spec: ItertoolSpec): PyType {
  const module = spec.module ?? 'itertools';
  const t = new PyType(TypeType, name, ObjectType, module);
  t.tpName = `${module}.${name}`;
  t.gc = true;
  t.baseType = true;
  t.basicsize = 16;
  const fields = spec.fields;
  t.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const f = (o as PyItertool).f;
    for (let i = 0; i < f.length; i++) {
      const x = f[i];
      if (x !== null) visit(x, traverseLabels.on ? fields[i] ?? `ref${i}` : '');
    }
    const res = (o as PyItertool).result;
    if (res !== null) visit(res, traverseLabels.on ? 'result' : '');
  };
  const clear = (o: PyObject) => {
    const it = o as PyItertool;
    const f = it.f;
    for (let i = 0; i < f.length; i++) {
      const x = f[i];
      if (x !== null) {
        f[i] = null;
        Py_DECREF(x);
      }
    }
    const res = it.result;
    it.result = null;
    if (res !== null) Py_DECREF(res);
  };
  t.tp_clear = clear;
  t.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    clear(o);
    PyObject_Free(o);
  };
  if (spec.next) {
    const next = spec.next;
    t.tp_iternext = (o) => next(o as PyItertool);
    defMethod(t, '__iter__', (self) => {
      self!.ob_refcnt++;
      return self!;
    });
    defMethod(t, '__next__', (self) => {
      const v = next(self as PyItertool);
      if (v === null) throw pyErr(StopIterationType);
      return v;
    });
  }
  const extra = spec.extra;
  t.tp_getsizeof = (o) => spec.words(minor()) * SIZEOF_VOID_P() + (extra ? extra(o as PyItertool) : 0);
  staticAddr(t, 912);
  return t;
}

/** Allocates and tracks a new instance of `t` holding the references `f` (stolen). */
export function newItertool(t: PyType, f: (PyObject | null)[], n: number[] = [], setup?: (o: PyItertool) => void): PyItertool {
  const o = new PyItertool(t, f, n);
  if (setup) setup(o);
  PyObject_Init(o, t.tp_getsizeof!(o));
  _PyObject_GC_TRACK(o);
  return o;
}

/** `_PyArg_NoKeywords(name, kwds)`. */
export function noKeywords(name: string, kw: string[] | null): void {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
}

/** Splits the call's arguments into positional ones and keywords (by name). */
export function splitArgs(args: PyObject[], kw: string[] | null): [PyObject[], ReadonlyMap<string, PyObject>] {
  return splitKw(args, kw) as [PyObject[], ReadonlyMap<string, PyObject>];
}

/**
 * PyArg_ParseTupleAndKeywords of a clinic signature: `names` in order, the first `required` of
 * them required; positional or keyword. Returns the values (undefined when not given).
 */
export function parseArgs(fname: string, names: readonly string[], required: number, args: PyObject[], kw: string[] | null, posOnly = 0): (PyObject | undefined)[] {
  const [pos, kws] = splitArgs(args, kw);
  // _PyArg_UnpackKeywords counts positional and keyword arguments together
  if (pos.length + kws.size > names.length) {
    throw typeError(`${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${pos.length + kws.size} given)`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => pos[i]);
  for (const [k, v] of kws) {
    const i = names.indexOf(k);
    if (i < posOnly) {
      if (i >= 0 || !names.includes(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
    if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
/** A new reference to `o`. */
export function ref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/** `_PyArg_CheckPositional(name, nargs, min, max)`. */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Refuses subclasses of the itertools types (heaplab does not simulate them). */
export function exact(t: PyType, T: PyType): void {
  if (t !== T) throw typeError(`heaplab does not simulate subclasses of ${T.tp_name}`);
}

/** PyNumber_Check: int, float, complex, bool or a class with __index__, __int__ or __float__. */
export function isNumber(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.isSubtype(LongType) || t.isSubtype(FloatType) || t.isSubtype(ComplexType) || t === BoolType) return true;
  return t.heap && (lookupHeap(t, '__index__') !== null || lookupHeap(t, '__int__') !== null || lookupHeap(t, '__float__') !== null);
}
