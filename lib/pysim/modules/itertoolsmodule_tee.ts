// Models itertools.tee (Modules/itertoolsmodule.c, CPython 3.11-3.14): the tee objects of one call
// share a linked list of teedataobjects, each holding up to LINKCELLS (57) values read from the
// underlying iterator; a tee object holds the data object it reads and its index there. The values
// stay alive while any tee object still holds the data object that saved them.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_DECREF, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from '../objects/object';
import { SIZEOF_VOID_P } from '../objects/layout';
import { PyTuple_New, EmptyTuple } from '../objects/tupleobject';
import { builtinFunction, defMethod } from '../objects/methodobject';
import { typeError, valueError } from '../objects/exceptions';
import { PyObject_GetIter, iterNext, PyNumber_Index } from '../abstract';
import { PyItertool, itertoolsType, newItertool, parseArgs } from './itertoolsmodule_type';

/** LINKCELLS: the values one teedataobject holds. */
const LINKCELLS = 57;

/** A teedataobject: it (the shared iterator), values read so far, nextlink. */
export class PyTeeData extends PyObject {
  declare it: PyObject | null;
  declare values: PyObject[];
  declare nextlink: PyTeeData | null;
  constructor(it: PyObject) {
    super(TeeDataType);
    this.it = it;
    this.values = [];
    this.nextlink = null;
  }
}

/** itertools._tee_dataobject (gc type: PyObject_HEAD, it, numread, running, nextlink, values[57]). */
export const TeeDataType = new PyType(TypeType, '_tee_dataobject', ObjectType, 'itertools');
TeeDataType.tpName = 'itertools._tee_dataobject';
TeeDataType.gc = true;
/** sizeof(teedataobject) with its PyGC_Head: 63 words and the two ints (one word on 64-bit, two on 32-bit). */
function teeDataSize(): number {
  const P = SIZEOF_VOID_P();
  return (2 + 2 + 1 + 1 + LINKCELLS) * P + 8;
}
TeeDataType.tp_getsizeof = teeDataSize;
TeeDataType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const d = o as PyTeeData;
  if (d.it) visit(d.it, traverseLabels.on ? 'it' : '');
  for (let i = 0; i < d.values.length; i++) visit(d.values[i], traverseLabels.on ? `values[${i}]` : '');
  if (d.nextlink) visit(d.nextlink, traverseLabels.on ? 'nextlink' : '');
};
/** teedataobject_safe_decref / teedataobject_clear: drops the values, the iterator and the next link. */
function teedataClear(o: PyObject): void {
  const d = o as PyTeeData;
  const it = d.it, vals = d.values, nx = d.nextlink;
  d.it = null;
  d.values = [];
  d.nextlink = null;
  if (it) Py_DECREF(it);
  for (const v of vals) Py_DECREF(v);
  if (nx) Py_DECREF(nx);
}
TeeDataType.tp_clear = teedataClear;
TeeDataType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  teedataClear(o);
  PyObject_Free(o);
};
staticAddr(TeeDataType, 912);

/** teedataobject_newinternal: a data object reading `it` (stolen). */
function teedataobject_new(it: PyObject): PyTeeData {
  const d = new PyTeeData(it);
  PyObject_Init(d, teeDataSize());
  _PyObject_GC_TRACK(d);
  return d;
}

/** teedataobject_getitem: value i of `d` (a new reference), read from the iterator when not read yet. */
function teedataobject_getitem(d: PyTeeData, i: number): PyObject | null {
  if (i < d.values.length) {
    const v = d.values[i];
    v.ob_refcnt++;
    return v;
  }
  if (d.it === null) return null;
  const v = iterNext(d.it);
  if (v === null) return null;
  d.values.push(v);
  v.ob_refcnt++;
  return v;
}

/** teedataobject_jumplink: the next data object (a new reference), made when first needed. */
function teedataobject_jumplink(d: PyTeeData): PyTeeData {
  if (d.nextlink === null) {
    d.it!.ob_refcnt++;
    d.nextlink = teedataobject_new(d.it!);
  }
  d.nextlink.ob_refcnt++;
  return d.nextlink;
}

/** itertools._tee: dataobj and index (weakreflist and, 3.12+, the module state). */
export const TeeType = itertoolsType('_tee', {
  fields: ['dataobj'],
  words: (m) => (m >= 12 ? 8 : 7),
  next: (to) => {
    if (to.n[0] >= LINKCELLS) {
      const link = teedataobject_jumplink(to.f[0] as PyTeeData);
      const old = to.f[0]!;
      to.f[0] = link;
      Py_DECREF(old);
      to.n[0] = 0;
    }
    const v = teedataobject_getitem(to.f[0] as PyTeeData, to.n[0]);
    if (v === null) return null;
    to.n[0]++;
    return v;
  },
});
TeeType.weakrefable = true;

/** tee_copy: a new tee object at the same place of the same data. */
function tee_copy(to: PyItertool): PyItertool {
  to.f[0]!.ob_refcnt++;
  return newItertool(TeeType, [to.f[0]], [to.n[0]]);
}
defMethod(TeeType, '__copy__', (self) => tee_copy(self as PyItertool));

/** tee_fromiterable: a tee object over `iterable` (a copy when it already is one). */
function tee_fromiterable(iterable: PyObject): PyItertool {
  const it = PyObject_GetIter(iterable);
  try {
    if (it.ob_type === TeeType) return tee_copy(it as PyItertool);
    it.ob_refcnt++;
    return newItertool(TeeType, [teedataobject_new(it)], [0]);
  } finally {
    Py_DECREF(it);
  }
}
TeeType.tp_new = (t, args, kw) => {
  if (t !== TeeType) throw typeError('heaplab does not simulate subclasses of itertools._tee');
  const [iterable] = parseArgs('_tee', ['iterable'], 1, args, kw, 1);
  return tee_fromiterable(iterable!);
};

/** itertools.tee(iterable, n=2, /): a tuple of n tee objects sharing one data chain. */
export function teeFunction(): PyObject {
  return teeFn;
}
const teeFn = builtinFunction('tee', (_s, args, kw) => {
  if (kw && kw.length) throw typeError('itertools.tee() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) throw typeError(`tee expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
  const n = args.length > 1 ? Number(PyNumber_Index(args[1])) : 2;
  if (n < 0) throw valueError('n must be >= 0');
  if (n === 0) {
    EmptyTuple.ob_refcnt++;
    return EmptyTuple;
  }
  const first = tee_fromiterable(args[0]);
  const items: PyObject[] = [first];
  for (let i = 1; i < n; i++) items.push(tee_copy(first));
  return PyTuple_New(items);
}, 'itertools');
