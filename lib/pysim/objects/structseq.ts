// Models Objects/structseq.c (CPython 3.11-3.14): struct sequences, tuples whose items are also
// named attributes, with fields past the visible ones reachable by name only (time.struct_time's
// tm_zone and tm_gmtoff). sys.version_info, sys.flags… and time.struct_time are made here.
//
// An instance keeps its visible items in `items` (what len, indexing, slicing, iteration, hashing
// and comparison see, Py_SIZE) and the others in `hidden`; its memory block holds all of them
// (PyObject_GC_NewVar of n_fields items).
import { PyObject, PyRaise, PyObject_Free, PyObject_Init, PyType, Py_DECREF, Py_NewRef, Py_XDECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels, IMMORTAL_REFCNT } from './object';
import { PyTuple, PyTuple_New, TupleType, tupleSize } from './tupleobject';
import { LongType, PyLong } from './longobject';
import { PyStr, PyUnicode_Intern } from './unicodeobject';
import { None } from './singletons';
import { ListType, PyList } from './listobject';
import { PyDict, PyDict_New, dictGetStr, insertdict } from './dictobject';
import { TypeErrorType, typeError } from './exceptions';
import { MemberDescrType, PyGetSetDescr, defMethod, defMethodSince } from './methodobject';
import { SIZEOF_VOID_P } from './layout';
import { PyObject_GetIter, PyObject_Repr } from '../abstract';
import { PySequence_List, splitKw } from './typemethods';
import { clinicArgs } from '../modules/bltinmodule';

/** One field of a struct sequence (PyStructSequence_Field). */
export interface StructSeqField {
  name: string;
  doc?: string;
}

/** PyStructSequence_Desc, with what heaplab needs to know of the type besides. */
export interface StructSeqDesc {
  /** tp_name, module included ("time.struct_time", "sys.flags"). */
  name: string;
  doc?: string;
  fields: StructSeqField[];
  /** n_in_sequence: how many fields are items; the rest are attributes only. */
  nInSequence: number;
  /** Whether Python code may make instances (sys's types delete tp_new). Default true. */
  newable?: boolean;
  /**
   * Made by PyStructSequence_NewType as a heap type in CPython (time.struct_time), whose instances
   * hold a reference to it and visit it; sys's are static types. Default false.
   */
  heapType?: boolean;
}

/** A struct sequence type: a tuple subtype that knows its fields. */
export interface StructSeqType extends PyType {
  structSeq: StructSeqDesc;
}

/** An instance: `items` are the visible fields, `hidden` the named-only ones (owned references). */
export class PyStructSequence extends PyTuple {
  declare hidden: PyObject[];
}

/**
 * Whether `o` is a struct sequence type CPython makes as a heap type (time.struct_time): a gc
 * object, tracked, there (gc.is_tracked), where heaplab shares one type object between interpreters.
 */
export function isHeapStructSeqType(o: PyObject): boolean {
  return o instanceof PyType && (o as Partial<StructSeqType>).structSeq?.heapType === true;
}

/** The fields past the visible ones. */
function nHidden(t: StructSeqType): number {
  return t.structSeq.fields.length - t.structSeq.nInSequence;
}

/**
 * The C struct's extra words past a plain tuple's: from 3.13 tp_basicsize is
 * sizeof(PyStructSequence) + (n_hidden - 1) pointers (the hidden fields), before it was the tuple's.
 */
function extraBasicsize(t: StructSeqType): number {
  return RT.profile.versionInfo[1] >= 13 ? nHidden(t) * SIZEOF_VOID_P() : 0;
}

/** An immortal object made once for a static type (its dict's values). */
function immortal<T extends PyObject>(o: T, size: number): T {
  o.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(o, size);
  return o;
}

/**
 * PyStructSequence_NewType: the type, with a read-only member descriptor per named field,
 * `n_sequence_fields`, `n_fields`, `n_unnamed_fields`, `__match_args__`, `__reduce__`, and from
 * 3.13 `__replace__`. The type object is shared by every interpreter: immortal, or for a heap type
 * a runtime mortal (registerRuntimeMortal) that its instances hold.
 */
export function PyStructSequence_NewType(desc: StructSeqDesc): StructSeqType {
  const dot = desc.name.lastIndexOf('.');
  const module = desc.name.slice(0, dot);
  const short = desc.name.slice(dot + 1);
  const t = new PyType(TypeType, short, TupleType, module) as StructSeqType;
  t.structSeq = desc;
  t.tpName = desc.name;
  t.qualname = short;
  // _struct_sequence_template has no Py_TPFLAGS_BASETYPE
  t.baseType = false;
  staticAddr(t, 912);
  const fields = desc.fields;
  const n = desc.nInSequence;
  fields.forEach((f, i) => {
    const get = i < n ? (o: PyObject) => Py_NewRef((o as PyTuple).items[i]) : (o: PyObject) => Py_NewRef((o as PyStructSequence).hidden[i - n]);
    const d = immortal(new PyGetSetDescr(f.name, get, t, null), 64);
    d.ob_type = MemberDescrType;
    if (f.doc !== undefined) d.doc = f.doc;
    t.methods.set(f.name, d);
  });
  const int = (v: number) => immortal(new PyLong(LongType, v), 32);
  t.methods.set('n_sequence_fields', int(n));
  t.methods.set('n_fields', int(fields.length));
  t.methods.set('n_unnamed_fields', int(0));
  const names = fields.slice(0, n).map((f) => immortal(new PyStr(f.name), 48));
  const matchArgs = immortal(new PyTuple(names), 24 + 8 * n);
  t.methods.set('__match_args__', matchArgs);
  if (desc.doc !== undefined) t.methods.set('__doc__', immortal(new PyStr(desc.doc), 48 + desc.doc.length));
  t.tp_repr = structseq_repr;
  t.tp_traverse = structseq_traverse;
  t.tp_dealloc = structseq_dealloc;
  t.tp_getsizeof = (o) => tupleSize((o as PyTuple).items.length) + extraBasicsize(o.ob_type as StructSeqType);
  t.tp_getattr_extra = null;
  t.tp_new = desc.newable === false ? () => {
    throw typeError(`cannot create '${desc.name}' instances`);
  } : structseq_new;
  // tp_new_wrapper: time.struct_time.__new__(cls, seq) (cls can only be the type: no subclasses)
  if (desc.newable !== false) defMethod(t, '__new__', (_s, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    if (args.length - nkw < 1) throw typeError(`${desc.name}.__new__(): not enough arguments`);
    const sub = args[0];
    if (!(sub instanceof PyType)) throw typeError(`${desc.name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
    if (sub !== t) throw typeError(`${desc.name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${desc.name}`);
    return structseq_new(t, args.slice(1), kwnames);
  }, 'static');
  defMethod(t, '__reduce__', (self, args) => {
    if (args.length) throw typeError(`${short}.__reduce__() takes no arguments (${args.length} given)`);
    return structseq_reduce(self as PyStructSequence);
  });
  defMethodSince(13, t, '__replace__', (self, args, kw) => structseq_replace(self as PyStructSequence, args, kw));
  return t;
}

/**
 * PyStructSequence_New filled with `visible` and `hidden` (references stolen): a block sized for
 * every field, not tracked by the collector (only structseq_new tracks what it makes).
 */
export function PyStructSequence_New(t: StructSeqType, visible: PyObject[], hidden: PyObject[]): PyStructSequence {
  const o = new PyStructSequence(visible);
  o.ob_type = t;
  o.hidden = hidden;
  PyObject_Init(o, tupleSize(t.structSeq.fields.length) + extraBasicsize(t));
  // PyObject_Init: an instance of a heap type holds a reference to it
  if (t.structSeq.heapType) t.ob_refcnt++;
  return o;
}

/**
 * A struct sequence made before the program runs and never freed (sys.version_info, sys.flags):
 * the object and its items immortal, outside the heap.
 */
export function staticStructSeq(t: StructSeqType, items: PyObject[]): PyStructSequence {
  for (const v of items) immortal(v, 32);
  const o = new PyStructSequence(items);
  o.hidden = [];
  o.ob_type = t;
  return immortal(o, 24 + 8 * items.length);
}

/** structseq_repr: "time.struct_time(tm_year=2024, …)", the visible fields only. */
function structseq_repr(o: PyObject): string {
  const t = o.ob_type as StructSeqType;
  const items = (o as PyTuple).items;
  return `${t.structSeq.name}(${items.map((v, i) => `${t.structSeq.fields[i].name}=${PyObject_Repr(v)}`).join(', ')})`;
}

/** structseq_traverse: the type if it is a heap type, then every field, the visible ones first. */
function structseq_traverse(o: PyObject, visit: VisitProc): void {
  const s = o as PyStructSequence;
  const lab = traverseLabels.on;
  if ((o.ob_type as StructSeqType).structSeq.heapType) visit(o.ob_type, lab ? 'ob_type' : '');
  s.items.forEach((v, i) => visit(v, lab ? `[${i}]` : ''));
  const fields = (o.ob_type as StructSeqType).structSeq.fields;
  const n = s.items.length;
  s.hidden.forEach((v, i) => visit(v, lab ? fields[n + i].name : ''));
}

/** structseq_dealloc: untrack, release every field first to last, free (no free list), then release a heap type. */
function structseq_dealloc(o: PyObject): void {
  const s = o as PyStructSequence;
  const t = o.ob_type as StructSeqType;
  _PyObject_GC_UNTRACK(o);
  const items = s.items, hidden = s.hidden;
  s.items = [];
  s.hidden = [];
  for (const v of items) Py_XDECREF(v);
  for (const v of hidden) Py_XDECREF(v);
  PyObject_Free(o);
  if (t.structSeq.heapType) Py_DECREF(t);
}

/**
 * structseq_new (`time.struct_time(sequence[, dict])`): the sequence through PySequence_Fast,
 * its length checked against n_sequence_fields and n_fields, the named-only fields missing from it
 * taken from `dict` (3.13+: a key naming no such field is an error) or None. Tracked.
 */
function structseq_new(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as StructSeqType;
  const [arg, dictArg] = clinicArgs('structseq', args, kwnames, ['sequence', 'dict'], 0, 1);
  const tpName = t.structSeq.name;
  let seq: PyObject;
  // PySequence_Fast: an exact list or tuple as it is, anything else iterated into a list
  if (arg!.ob_type === TupleType || arg!.ob_type === ListType) seq = Py_NewRef(arg!);
  else {
    let it: PyObject;
    try {
      it = PyObject_GetIter(arg!);
    } catch (e) {
      if (isTypeError(e)) throw typeError('constructor requires a sequence');
      throw e;
    }
    try {
      seq = PySequence_List(it);
    } finally {
      Py_DECREF(it);
    }
  }
  try {
    // only an absent dict is none: dict=None is refused as any other non-dict
    const dict = dictArg === undefined ? null : dictArg;
    if (dict !== null && !(dict instanceof PyDict)) throw typeError(`${tpName}() takes a dict as second arg, if any`);
    const items = seq instanceof PyTuple ? seq.items : (seq as PyList).items;
    const len = items.length;
    const minLen = t.structSeq.nInSequence;
    const maxLen = t.structSeq.fields.length;
    if (minLen !== maxLen) {
      if (len < minLen) throw typeError(`${tpName}() takes an at least ${minLen}-sequence (${len}-sequence given)`);
      if (len > maxLen) throw typeError(`${tpName}() takes an at most ${maxLen}-sequence (${len}-sequence given)`);
    } else if (len !== minLen) throw typeError(`${tpName}() takes a ${minLen}-sequence (${len}-sequence given)`);
    const visible = items.slice(0, minLen).map(Py_NewRef);
    const hidden = items.slice(minLen).map(Py_NewRef);
    const res = PyStructSequence_New(t, visible, hidden);
    let found = 0;
    for (let i = len; i < maxLen; i++) {
      const v = dict !== null && dict.used > 0 ? dictGetStr(dict, t.structSeq.fields[i].name) : null;
      if (v) found++;
      hidden.push(Py_NewRef(v ?? None));
    }
    if (dict !== null && dict.used > found && RT.profile.versionInfo[1] >= 13) {
      Py_DECREF(res);
      throw typeError(`${tpName}() got duplicate or unexpected field name(s)`);
    }
    _PyObject_GC_TRACK(res);
    return res;
  } finally {
    Py_DECREF(seq);
  }
}

/** Whether `e` carries a Python TypeError; if so the exception is released (it is replaced). */
function isTypeError(e: unknown): boolean {
  if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(TypeErrorType)) return false;
  Py_DECREF(e.exc);
  return true;
}

/** structseq_reduce: `(type, (visible fields tuple, {named-only field: value}))`. */
function structseq_reduce(self: PyStructSequence): PyObject {
  const t = self.ob_type as StructSeqType;
  const tup = PyTuple_New(self.items.map(Py_NewRef));
  const dict = PyDict_New();
  const n = self.items.length;
  // PyDict_SetItemString interns the key: the member's name, interned since the type was made
  self.hidden.forEach((v, i) => insertdict(dict, PyUnicode_Intern(t.structSeq.fields[n + i].name), Py_NewRef(v)));
  const inner = PyTuple_New([tup, dict]);
  return PyTuple_New([Py_NewRef(t), inner]);
}

/**
 * structseq_replace (3.13+): a copy with the fields named by keyword replaced; "Got unexpected
 * field name(s): [...]" for the others. The copy is not tracked (PyStructSequence_New).
 */
function structseq_replace(self: PyStructSequence, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kws] = splitKw(args, kwnames);
  if (pos.length) throw typeError('__replace__() takes no positional arguments');
  const t = self.ob_type as StructSeqType;
  const fields = t.structSeq.fields;
  const n = self.items.length;
  const all = [...self.items, ...self.hidden];
  const left = new Map(kws);
  const vals = fields.map((f, i) => {
    const v = left.get(f.name);
    left.delete(f.name);
    return Py_NewRef(v ?? all[i]);
  });
  const result = PyStructSequence_New(t, vals.slice(0, n), vals.slice(n));
  if (left.size) {
    Py_DECREF(result);
    throw typeError(`Got unexpected field name(s): [${[...left.keys()].map((k) => `'${k}'`).join(', ')}]`);
  }
  return result;
}
