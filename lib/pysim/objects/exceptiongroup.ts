// Models the exception groups of Objects/exceptions.c: BaseExceptionGroup_new / _init / _str,
// BaseExceptionGroup_derive, _split, _subgroup (exceptiongroup_split_recursive,
// exceptiongroup_subset, get_matcher_type) and BaseExceptionGroup_members. The struct, traverse
// and clear are in exceptions.ts.
import { PyObject, PyObject_Init, PyType, Py_DECREF, RT, _PyObject_GC_TRACK } from './object';
import {
  BaseExceptionGroupType, BaseExceptionType, ExceptionGroupType, ExceptionType, PyBaseException, PyBaseExceptionGroup,
  PyException_SetCause, PyException_SetContext, attributeError, typeError, valueError,
} from './exceptions';
import { builtinExceptionBasicsize } from './typeobject_basicsize';
import { pointerFieldsSize } from './layout';
import { PyTuple, PyTuple_New, TupleType } from './tupleobject';
import { PyList, PyList_New, PyList_Append, ListType } from './listobject';
import { PyStr, PyUnicode_From, StrType } from './unicodeobject';
import { BytesType, ByteArrayType } from './bytesobject';
import { DictType } from './dictobject';
import { RangeType } from './iterobject';
import { lookupHeap } from './typeobject';
import { PySequence_List, PySequence_Tuple } from './typemethods';
import { argTypeName } from './argcheck';
import { defGetSet, defMethod, MemberDescrType } from './methodobject';
import { None } from './singletons';
import { defClassGetItem } from './genericaliasobject';
import { PyCallable_Check, PyObject_GetAttr, PyObject_IsTrue, PyObject_SetAttr, callObject, getAttrOrNull } from '../abstract';

/** PySequence_Check: the type has sq_item (a builtin sequence, or a class defining __getitem__) and is not a dict. */
function PySequence_Check(o: PyObject): boolean {
  const t = o.ob_type;
  if (t.isSubtype(DictType)) return false;
  if (t.isSubtype(TupleType) || t.isSubtype(ListType) || t.isSubtype(StrType) || t.isSubtype(BytesType) || t.isSubtype(ByteArrayType) || t.isSubtype(RangeType)) return true;
  return t.heap && lookupHeap(t, '__getitem__') !== null;
}

/** Bytes an exception group instance allocates (the struct; ExceptionGroup adds its weakref slot). */
function groupSize(t: PyType): number {
  if (t.heap) return t.basicsize;
  return builtinExceptionBasicsize(BaseExceptionGroupType) + (t === ExceptionGroupType ? 8 : 0);
}

/**
 * BaseExceptionGroup_new: `args` (borrowed) must be (message: str, exceptions: a non-empty
 * sequence of exception instances); BaseExceptionGroup(...) of Exceptions only makes an
 * ExceptionGroup, ExceptionGroup (and a class deriving from Exception) refuses BaseExceptions.
 */
export function BaseExceptionGroup_new(type: PyType, args: PyObject[], kwnames: string[] | null): PyBaseExceptionGroup {
  if (kwnames && kwnames.length) throw typeError(`${type.tp_name}() takes no keyword arguments`);
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const message = args[0];
  if (!(message instanceof PyStr)) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${argTypeName(message)}`);
  if (!PySequence_Check(args[1])) throw typeError('second argument (exceptions) must be a sequence');
  const exceptions = PySequence_Tuple(args[1]) as PyTuple;
  try {
    const n = exceptions.items.length;
    if (n === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    for (let i = 0; i < n; i++) {
      const exc = exceptions.items[i];
      if (!(exc instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
      if (!exc.ob_type.isSubtype(ExceptionType)) nestedBase = true;
    }
    let cls = type;
    if (cls === ExceptionGroupType) {
      if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (cls === BaseExceptionGroupType) {
      if (!nestedBase) cls = ExceptionGroupType;
    } else if (nestedBase && cls.isSubtype(ExceptionType)) {
      throw typeError(`Cannot nest BaseExceptions in '${cls.tp_name}'`);
    }
    const self = new PyBaseExceptionGroup(cls);
    PyObject_Init(self, groupSize(cls));
    for (const a of args) a.ob_refcnt++;
    self.args = PyTuple_New(args.slice());
    _PyObject_GC_TRACK(self);
    if (cls.heap) cls.ob_refcnt++;
    message.ob_refcnt++;
    self.msg = message;
    self.excs = exceptions;
    return self;
  } catch (e) {
    Py_DECREF(exceptions);
    throw e;
  }
}

/** BaseExceptionGroup_str: "message (N sub-exception[s])". */
export function BaseExceptionGroup_str(o: PyObject): string {
  const e = o as PyBaseExceptionGroup;
  const n = e.excs ? e.excs.items.length : 0;
  return `${(e.msg as PyStr).v} (${n} sub-exception${n > 1 ? 's' : ''})`;
}

/** How split/subgroup match: an exception type (or tuple of them), a predicate, or (except*) a set of leaf exceptions. */
type Matcher = { byType: true; value: PyObject } | { byType: false; value: PyObject } | { byType: 'ids'; ids: Set<PyObject> };

function isExceptionClass(o: PyObject): boolean {
  return o instanceof PyType && o.isSubtype(BaseExceptionType);
}

/** get_matcher_type. */
function getMatcherType(value: PyObject): { byType: boolean; value: PyObject } {
  if (PyCallable_Check(value) && !(value instanceof PyType)) return { byType: false, value };
  if (isExceptionClass(value)) return { byType: true, value };
  if (value instanceof PyTuple && value.ob_type === TupleType) {
    if (value.items.every(isExceptionClass)) return { byType: true, value };
  }
  throw typeError(clinic() ? 'expected an exception type, a tuple of exception types, or a callable (other than a class)' : 'expected a function, exception type or tuple of exception types');
}

/** exceptiongroup_split_check_match. */
function checkMatch(exc: PyObject, m: Matcher): boolean {
  if (m.byType === 'ids') return !(exc instanceof PyBaseExceptionGroup) && m.ids.has(exc);
  if (m.byType) {
    const v = m.value;
    if (v instanceof PyTuple) return v.items.some((t) => exc.ob_type.isSubtype(t as PyType));
    return exc.ob_type.isSubtype(v as PyType);
  }
  const r = callObject(m.value, [exc], null);
  try {
    return PyObject_IsTrue(r);
  } finally {
    Py_DECREF(r);
  }
}

/**
 * exceptiongroup_subset: `orig.derive(excs)` with orig's __traceback__, __context__, __cause__
 * and a copy of its __notes__; null when `excs` is empty. Returns a new reference.
 */
function exceptiongroupSubset(orig: PyBaseExceptionGroup, excs: PyList): PyObject | null {
  if (excs.items.length === 0) return null;
  const derive = PyObject_GetAttr(orig, 'derive');
  let eg: PyObject;
  try {
    eg = callObject(derive, [excs], null);
  } finally {
    Py_DECREF(derive);
  }
  try {
    if (!(eg instanceof PyBaseExceptionGroup)) throw typeError('derive must return an instance of BaseExceptionGroup');
    if (orig.traceback) {
      const old = eg.traceback;
      orig.traceback.ob_refcnt++;
      eg.traceback = orig.traceback;
      if (old) Py_DECREF(old);
    }
    if (orig.context) orig.context.ob_refcnt++;
    PyException_SetContext(eg, orig.context);
    if (orig.cause) orig.cause.ob_refcnt++;
    PyException_SetCause(eg, orig.cause);
    const notes = getAttrOrNull(orig, '__notes__');
    if (notes) {
      try {
        if (PySequence_Check(notes)) {
          const copy = PySequence_List(notes);
          try {
            PyObject_SetAttr(eg, '__notes__', copy);
          } finally {
            Py_DECREF(copy);
          }
        }
      } finally {
        Py_DECREF(notes);
      }
    }
    return eg;
  } catch (err) {
    Py_DECREF(eg);
    throw err;
  }
}

/** exceptiongroup_split_recursive: [match, rest] (new references or null). */
function splitRecursive(exc: PyObject, m: Matcher, constructRest: boolean): [PyObject | null, PyObject | null] {
  if (checkMatch(exc, m)) {
    exc.ob_refcnt++;
    return [exc, null];
  }
  if (!(exc instanceof PyBaseExceptionGroup)) {
    if (constructRest) exc.ob_refcnt++;
    return [null, constructRest ? exc : null];
  }
  const matchList = PyList_New([]);
  const restList = constructRest ? PyList_New([]) : null;
  try {
    for (const e of exc.excs!.items) {
      const [rm, rr] = splitRecursive(e, m, constructRest);
      if (rm) { PyList_Append(matchList, rm); Py_DECREF(rm); }
      if (rr) { PyList_Append(restList!, rr); Py_DECREF(rr); }
    }
    const match = exceptiongroupSubset(exc, matchList);
    let rest: PyObject | null = null;
    if (restList) {
      try {
        rest = exceptiongroupSubset(exc, restList);
      } catch (err) {
        if (match) Py_DECREF(match);
        throw err;
      }
    }
    return [match, rest];
  } finally {
    Py_DECREF(matchList);
    if (restList) Py_DECREF(restList);
  }
}

/** BaseExceptionGroup.split(matcher) / .subgroup(matcher): the matching part, and for split the rest. */
export function exceptionGroupSplit(self: PyBaseExceptionGroup, matcherValue: PyObject, constructRest: boolean): [PyObject | null, PyObject | null] {
  return splitRecursive(self, getMatcherType(matcherValue), constructRest);
}

/** 3.13 converted derive/split/subgroup to Argument Clinic (METH_O): their arity messages name the class. */
function clinic(): boolean {
  return RT.profile.versionInfo[1] >= 13;
}

defMethod(BaseExceptionGroupType, 'derive', (self, args) => {
  if (args.length !== 1) throw typeError(clinic() ? `BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)` : `function takes exactly 1 argument (${args.length} given)`);
  const e = self as PyBaseExceptionGroup;
  return callObject(BaseExceptionGroupType, [e.msg!, args[0]], null);
});
defMethod(BaseExceptionGroupType, 'split', (self, args) => {
  if (args.length !== 1) throw typeError(clinic() ? `BaseExceptionGroup.split() takes exactly one argument (${args.length} given)` : `split expected 1 argument, got ${args.length}`);
  const [match, rest] = exceptionGroupSplit(self as PyBaseExceptionGroup, args[0], true);
  return PyTuple_New([match ?? None, rest ?? None]);
});
defMethod(BaseExceptionGroupType, 'subgroup', (self, args) => {
  if (args.length !== 1) throw typeError(clinic() ? `BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)` : `subgroup expected 1 argument, got ${args.length}`);
  const [match] = exceptionGroupSplit(self as PyBaseExceptionGroup, args[0], false);
  return match ?? None;
});
defMethod(BaseExceptionGroupType, '__init__', (self, args, kwnames) => {
  if (kwnames && kwnames.length) throw typeError(`${self!.ob_type.tp_name}() takes no keyword arguments`);
  const e = self as PyBaseException;
  const old = e.args;
  for (const a of args) a.ob_refcnt++;
  e.args = PyTuple_New(args.slice());
  Py_DECREF(old);
  return None;
});
// BaseExceptionGroup_members: READONLY T_OBJECT members
for (const [name, field] of [['message', 'msg'], ['exceptions', 'excs']] as const) {
  defGetSet(BaseExceptionGroupType, name, (o) => {
    const v = (o as PyBaseExceptionGroup)[field] ?? None;
    v.ob_refcnt++;
    return v;
  }, () => {
    throw attributeError('readonly attribute');
  });
  BaseExceptionGroupType.methods.get(name)!.ob_type = MemberDescrType;
}
defClassGetItem(BaseExceptionGroupType);
// excNew (oserror.ts) calls it for BaseExceptionGroup and its subclasses
BaseExceptionGroupType.tp_new = BaseExceptionGroup_new;
// ExceptionGroup is a heap class (PyErr_NewException): a weakref slot (3.11), the managed
// dict/weakref pre-header (3.12+) on top of BaseExceptionGroup's struct
ExceptionGroupType.tp_getsizeof = () => pointerFieldsSize(builtinExceptionBasicsize(BaseExceptionGroupType)) + (RT.profile.versionInfo[1] >= 12 ? 2 : 1) * RT.profile.pointerSize;

/** _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs) (an ExceptionGroup when all are Exceptions); excs passed as a list, or a tuple. */
export function _PyExc_CreateExceptionGroup(msg: string, excs: PyObject[], asTuple = false): PyObject {
  const m = PyUnicode_From(msg);
  const l = asTuple ? PyTuple_New(excs.slice()) : PyList_New(excs.slice());
  for (const e of excs) e.ob_refcnt++;
  try {
    return callObject(BaseExceptionGroupType, [m, l], null);
  } finally {
    Py_DECREF(m);
    Py_DECREF(l);
  }
}

/** collect_exception_group_leaf_ids: the leaf exceptions of `e` (itself when not a group). */
function collectLeaves(e: PyObject, out: Set<PyObject>): void {
  if (e === None) return;
  if (!(e instanceof PyBaseExceptionGroup)) {
    out.add(e);
    return;
  }
  for (const x of e.excs!.items) collectLeaves(x, out);
}

/** is_same_exception_metadata: the same __traceback__, __cause__ and __context__. */
function isSameExceptionMetadata(a: PyObject, b: PyObject): boolean {
  const e1 = a as PyBaseException, e2 = b as PyBaseException;
  return e1.traceback === e2.traceback && e1.cause === e2.cause && e1.context === e2.context;
}

/**
 * _PyExc_PrepReraiseStar: what an except* statement raises once its handlers ran: `excs`
 * (borrowed) are what each handler raised then the unhandled rest (None for nothing). The
 * re-raised parts become the subgroup of `orig` with their leaves; anything newly raised joins them
 * in a new ExceptionGroup(""). Returns a new reference, or null for nothing to raise.
 */
export function _PyExc_PrepReraiseStar(orig: PyObject, excs: PyObject[]): PyObject | null {
  if (!excs.length) return null;
  if (!(orig instanceof PyBaseExceptionGroup)) {
    // a naked exception was caught and wrapped: at most one handler ran
    const e = excs[0];
    if (e === None) return null;
    e.ob_refcnt++;
    return e;
  }
  const raised: PyObject[] = [], reraised: PyObject[] = [];
  for (const e of excs) if (e !== None) (isSameExceptionMetadata(e, orig) ? reraised : raised).push(e);
  // exception_group_projection
  const ids = new Set<PyObject>();
  for (const e of reraised) collectLeaves(e, ids);
  const [reraisedEg] = splitRecursive(orig, { byType: 'ids', ids }, false);
  if (!raised.length) return reraisedEg;
  if (reraisedEg) raised.push(reraisedEg);
  try {
    if (raised.length > 1) return _PyExc_CreateExceptionGroup('', raised);
    raised[0].ob_refcnt++;
    return raised[0];
  } finally {
    if (reraisedEg) Py_DECREF(reraisedEg);
  }
}
