// Models Python/bltinmodule.c (CPython 3.12): the builtins heaplab supports.
import { MemoryViewType, releasedIterResult } from '../objects/memoryobject';
import '../objects/memoryobject_methods';
import { extSlotsOf } from '../objects/extslots';
import { long_pow_mod } from '../objects/longobject_pow';
import { CFunc, ObjectType, PyObject, PyRaise, PyType, Py_DECREF, Py_XDECREF, TypeType, RT, IMMORTAL_REFCNT, staticAddr } from '../objects/object';
import { _PyEval_GetFrameLocals } from '../objects/frameobject';
import { Ellipsis, None, NotImplemented } from '../objects/singletons';
import { BoolType, False, LongType, PyBool, PyLong, PyLong_From, True, normInt } from '../objects/longobject';
import { PyLong_FromDouble } from '../objects/longobject_double';
import { FloatType, PyFloat, PyFloat_FromDouble } from '../objects/floatobject';
import { PyStr, PyUnicode_From, PyUnicode_Intern, StrType } from '../objects/unicodeobject';
import { BytesType, ByteArrayType, PyBytes } from '../objects/bytesobject';
import { PyTuple, PyTuple_New, TupleType, EmptyTuple, _PyTuple_FromArray, staticTypeTuple } from '../objects/tupleobject';
import { ListType, PyList, PyList_Append, PyList_New } from '../objects/listobject';
import { DictType, PyDict, PyDict_New, PyDict_SetItem, PyDict_DelItem, dictGetStr, dictItems, insertdict } from '../objects/dictobject';
import { FrozenSetType, SetType } from '../objects/setobject';
import { builtinFunction, CFunctionType, PyCFunction } from '../objects/methodobject';
import { GenericAliasType, defClassGetItem, Py_GenericAlias } from '../objects/genericaliasobject';
import { UnionType, _Py_union_args } from '../objects/unionobject';
import { argTypeName, badKeyword, checkKeywordOnly, checkKeywords, withSignature } from '../objects/argcheck';
import { setWeakrefReferentName } from '../objects/weakrefobject';
import { ClassMethodType, FunctionType, PropertyType, PyFunction, PyProperty, PyWrapDescr, StaticMethodType, newTracked, PyMethod, MethodType, PyCell, CellType, PyCode, CodeType } from '../objects/funcobject';
import { BaseExceptionGroup_str } from '../objects/exceptiongroup';
import { defExceptionInits, importErrorStr } from '../objects/exceptions_init';
import { syntaxErrorStr } from '../objects/exceptions_syntax';
import { BaseExceptionGroupType, ExceptionGroupType, ImportErrorType, BaseExceptionType, PyBaseException, PyException_SetCause, PyException_SetContext, StopIterationType, SystemExitType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, ValueErrorType, excTypes, newException, pyErr, typeError, valueError, attributeError, AttributeErrorType, NameErrorType, OSErrorType, UnicodeTranslateErrorType, hasBuiltinException, OverflowErrorType, SYNTAX_ERROR_FIELDS, SyntaxErrorType } from '../objects/exceptions';
import { osErrorStr } from '../objects/oserror';
import { _PyType_Lookup, lookupHeap, setSlotsReader, PyObject_GenericGetDict, PyObject_GenericSetDict } from '../objects/typeobject';
import { RangeType, jsIterType, newJsIter, PyJsIter, PyRange, PyRangeIter_New, iterRecycleResult } from '../objects/iterobject';
import { SliceType, PySlice, PySlice_New } from '../objects/sliceobject';
import { unicodeErrorStr, unicodeTranslateErrorStr } from '../codecs';
import { ModuleType, PyModule } from '../objects/moduleobject';
import {
  PyCallable_Check, PyNumber_Absolute, PyNumber_Divmod, PyObject_GetAttr, PyObject_GetItem, PyObject_GetIter, PyObject_Hash, PyObject_IsTrue, PyObject_Repr, PyObject_RichCompareBool,
  PyObject_SetAttr, PyObject_Size, PyObject_Str, PyObject_StrObject, asIndex, binaryOp, callObject, callOneArgTruth, _PyObject_LookupAttr, getAttrOrNull, getAttrOrMissing, iterNext, iterToArray, setTypeExtraAttr,
  PyObject_SetItem, range_length, PyNumber_Index, genericSetAttr, instanceDict, isIterator, PyObject_ReprObject, _PyObject_LookupSpecial, type_call, sliceIndices, descrGet, checkDescrSelf, property_descr_set,
} from '../abstract';
import { checkArgs, check_num_args, iterStateIndex, splitKw, listSort, setObjectHooks, setItemHooks, isDictView, asSubclassInstance, PySequence_Tuple, PySequence_List, recycledPair, dictReversed } from '../objects/typemethods';
import { formatObject, formatBuiltin, fmtCall } from '../eval/format';
import { importModule } from '../eval/compile';
import * as F from '../objects/format/index';
import { S } from '../eval/frame';
import { GenType, PyGen, gen_send_ex, takeGenReturn } from '../eval/genobject';
import { ComplexType, PyComplex, PyComplex_FromDoubles } from '../objects/complexobject';
ComplexType.tp_new = (t, args, kw) => asSubclassInstance(t, complexNew(args, kw), PyComplexCopy);
/** complex(real, imag) as the base type makes it. */
/**
 * complex_new_impl: complex(real=0, imag=0). An exact complex alone is itself; a string is parsed
 * (complex_from_string_inner); __complex__, then __float__ or __index__, make numbers of objects.
 */
function complexNew(args: PyObject[], kw: string[] | null): PyComplex {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length + kws.size > 2) throw typeError(`complex() takes at most 2 ${pos.length ? '' : 'keyword '}arguments (${pos.length + kws.size} given)`);
  const r = pos[0] ?? kws.get('real');
  const i = pos[1] ?? kws.get('imag');
  const named = RT.profile.messages.complexArgNames;
  if (r instanceof PyStr) {
    if (i !== undefined) throw typeError(named ? "complex() argument 'real' must be a real number, not str" : "complex() can't take second arg if first is a string");
    const [re, im] = complexFromString(r.v);
    return PyComplex_FromDoubles(re, im);
  }
  if (i instanceof PyStr) throw typeError(named ? "complex() argument 'imag' must be a real number, not str" : "complex() second arg can't be a string");
  if (r !== undefined && r.ob_type === ComplexType && i === undefined) return newRef(r as PyComplex);
  // PyNumber_Float of a real part: an exact float is itself; an int (the default 0 of a missing
  // real part too) or a float subclass makes a float that is freed once its value is read
  const asDouble = (o: PyObject): [number, number] => {
    const f = FloatType.tp_new!(FloatType, [o], null) as PyFloat;
    Py_DECREF(f);
    return [f.v, 0];
  };
  const val = (o: PyObject | undefined, which: 'first' | 'second'): [number, number] => {
    if (!o) {
      if (which === 'second') return [0, 0];
      const zero = PyLong_From(0);
      try {
        return asDouble(zero);
      } finally {
        Py_DECREF(zero);
      }
    }
    if (which === 'first') {
      const m = lookupHeap(o.ob_type, '__complex__');
      if (m) {
        const c = callObject(m, [o], null);
        if (!(c instanceof PyComplex)) {
          Py_DECREF(c);
          throw typeError(`__complex__ returned non-complex (type ${c.ob_type.tp_name})`);
        }
        Py_DECREF(c);
        return [c.re, c.im];
      }
    }
    if (o instanceof PyComplex) return [o.re, o.im];
    if (o instanceof PyFloat || o instanceof PyLong) return asDouble(o);
    if (lookupHeap(o.ob_type, '__float__') || lookupHeap(o.ob_type, '__index__')) {
      const f = FloatType.tp_new!(FloatType, [o], null) as PyFloat;
      Py_DECREF(f);
      return [f.v, 0];
    }
    const tn = o.ob_type.tp_name;
    if (named) throw typeError(which === 'first' ? `complex() argument must be a string or a number, not ${tn}` : `complex() argument 'imag' must be a real number, not ${tn}`);
    throw typeError(which === 'first' ? `complex() first argument must be a string or a number, not '${tn}'` : `complex() second argument must be a number, not '${tn}'`);
  };
  const a = val(r, 'first'), b = val(i, 'second');
  // only a complex part adds its other half, so complex(0.0, -0.0) keeps the negative zero
  let re = a[0], im = i === undefined ? a[1] : b[0];
  if (i instanceof PyComplex) re -= b[1];
  if (i !== undefined && (r instanceof PyComplex || (r !== undefined && lookupHeap(r.ob_type, '__complex__')))) im += a[1];
  return PyComplex_FromDoubles(re, im);
}

const FLOAT_TEXT = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const COMPLEX_TEXT = new RegExp(String.raw`^(?:([+-]?${FLOAT_TEXT})(?:([+-])(${FLOAT_TEXT})?[jJ])?|([+-]?)(${FLOAT_TEXT})?[jJ])$`, 'i');
/** complex_from_string_inner: "[(] real [(+|-) [imag] j] [)]" or "[sign] [imag] j", whitespace around. */
function complexFromString(text: string): [number, number] {
  let s = text.trim();
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) throw valueError('complex() arg is a malformed string');
    s = s.slice(1, -1).trim();
  }
  const m = COMPLEX_TEXT.exec(s);
  if (!m) throw valueError('complex() arg is a malformed string');
  const num = (t: string) => fmtCall(() => F.float_from_string(t));
  if (m[1] !== undefined) {
    const re = num(m[1]);
    if (m[2] === undefined) return [re, 0];
    const im = m[3] === undefined ? 1 : num(m[3]);
    return [re, m[2] === '-' ? -im : im];
  }
  const im = m[5] === undefined ? 1 : num(m[5]);
  return [0, m[4] === '-' ? -im : im];
}
/** A new complex object with `c`'s value (not allocated: asSubclassInstance allocates it). */
function PyComplexCopy(c: PyComplex): PyComplex {
  return new PyComplex(c.re, c.im);
}
defGetSetLater();
function defGetSetLater(): void {
  defGetSetC(ComplexType, 'real', (o) => PyFloat_FromDouble((o as PyComplex).re));
  defGetSetC(ComplexType, 'imag', (o) => PyFloat_FromDouble((o as PyComplex).im));
  defMethodC(ComplexType, 'conjugate', (self) => PyComplex_FromDoubles((self as PyComplex).re, -(self as PyComplex).im));
}
import { defGetSet as defGetSetC, defGetSetSince, defMethodSince, defMethod as defMethodC, MemberDescrType, MethodDescrType, ClassMethodDescrType, classmethod_get, WrapperDescrType, GetSetDescrType, MethodWrapperType, PyGetSetDescr } from '../objects/methodobject';
import { PyException_SetTraceback } from '../objects/traceback';


function newRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

/**
 * Writes text to sys.stdout / sys.stderr (the interpreter's buffers, or a user object's write()).
 * `writes` is how many TextIOWrapper.write calls CPython makes for this text (print writes each
 * argument, separator and end on its own); they decide when the pending-bytes list appears.
 */
export function writeStream(which: 'stdout' | 'stderr', text: string, file: PyObject | null = null, writes = 1): void {
  if (file && file !== None) {
    const tag = (file as unknown as { streamTag?: string }).streamTag;
    if (tag === 'stdout' || tag === 'stderr') {
      if (RT.profile.stdoutPendingBuffer && !RT.lazyObjects.has(tag)) RT.firstUse(tag);
      (tag === 'stdout' ? S.streams.out : S.streams.err).push(text);
    }
    else {
      const w = PyObject_GetAttr(file, 'write');
      const s = PyUnicode_From(text);
      try {
        Py_DECREF(callObject(w, [s], null));
      } finally {
        Py_DECREF(s);
        Py_DECREF(w);
      }
    }
    return;
  }
  if (RT.profile.stdoutPendingBuffer) for (let i = 0; i < writes && !RT.lazyObjects.has(which); i++) RT.firstUse(which);
  (which === 'stdout' ? S.streams.out : S.streams.err).push(text);
}

const B = new Map<string, PyObject>();
/**
 * The builtins whose C function takes no keywords: METH_O, METH_VARARGS and METH_FASTCALL
 * functions, and clinic functions whose parameters are all positional-only (_PyArg_NoKwnames).
 */
const NO_KEYWORDS = new Set(['abs', 'ascii', 'bin', 'delattr', 'dir', 'divmod', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id',
  'isinstance', 'issubclass', 'iter', 'len', 'locals', 'next', 'oct', 'repr', 'setattr', 'vars', 'input', 'filter', 'reversed']);
function def(name: string, fn: CFunc): void {
  const f: CFunc = NO_KEYWORDS.has(name) ? (s, args, kw) => {
    if (kw !== null && kw.length) throw typeError(`${name}() takes no keyword arguments`);
    return fn(s, args, kw);
  } : fn;
  B.set(name, builtinFunction(name, f));
}
/**
 * A METH_O builtin: exactly one positional argument, no keywords. `fn1` also serves the calls that
 * need no check (PyCFunction.fast1: one positional argument, no keywords) without an argument array.
 */
function defO(name: string, fn1: (a: PyObject) => PyObject): void {
  def(name, withSignature(name, name, 'o', false, (_s, args) => fn1(args[0])));
  (B.get(name) as PyCFunction).fast1 = (_s, a) => fn1(a);
}

def('print', (_s, args, kw) => {
  if (RT.profile.printKwtupleOnFirstCall && !RT.lazyObjects.has('print_kwtuple')) RT.firstUse('print_kwtuple');
  const [pos, kws] = splitKw(args, kw);
  const sepO = kws.get('sep'), endO = kws.get('end'), file = kws.get('file') ?? null;
  for (const [k] of kws) if (!['sep', 'end', 'file', 'flush'].includes(k)) throw typeError(badKeyword('print', k, ['sep', 'end', 'file', 'flush']));
  if (sepO && sepO !== None && !(sepO instanceof PyStr)) throw typeError(`sep must be None or a string, not ${sepO.ob_type.tp_name}`);
  if (endO && endO !== None && !(endO instanceof PyStr)) throw typeError(`end must be None or a string, not ${endO.ob_type.tp_name}`);
  builtin_print(pos, sepO ?? null, endO ?? null, file, kws.get('flush') ?? null);
  return None;
});

/** builtin_print_impl: each argument, separator and end goes through PyFile_WriteObject in turn. */
function builtin_print(pos: PyObject[], sepO: PyObject | null, endO: PyObject | null, file: PyObject | null, flush: PyObject | null = null): void {
  let f = file;
  if (f === null || f === None) {
    const so = S.modules.get('sys') as PyModule | undefined;
    f = so ? dictGetStr(so.dict, 'stdout') : null;
    if (f === None) return;
    if (f === null) {
      // heaplab's shutdown has cleared sys while CPython still writes to the interpreter's stdout
      const parts = pos.map((a) => PyObject_Str(a));
      writeStream('stdout', parts.join(sepO instanceof PyStr ? sepO.v : ' ') + (endO instanceof PyStr ? endO.v : '\n'), null, Math.max(1, 2 * parts.length));
      return;
    }
  }
  for (let i = 0; i < pos.length; i++) {
    if (i) {
      if (sepO instanceof PyStr) PyFile_WriteObject(sepO, f);
      else PyFile_WriteString(' ', f);
    }
    PyFile_WriteObject(pos[i], f);
  }
  if (endO instanceof PyStr) PyFile_WriteObject(endO, f);
  else PyFile_WriteString('\n', f);
  // flush=True: the file's flush() is called (builtin_print_impl's PyObject_IsTrue(flush))
  if (flush !== null && PyObject_IsTrue(flush)) {
    const m = PyObject_GetAttr(f, 'flush');
    try {
      Py_DECREF(callObject(m, [], null));
    } finally {
      Py_DECREF(m);
    }
  }
}

/**
 * PyFile_WriteObject(v, f, Py_PRINT_RAW): f.write looked up (a new bound method, alive while
 * str(v) is made and written: a gen-0 allocation an automatic collection can start on), then
 * called with str(v).
 */
function PyFile_WriteObject(v: PyObject, f: PyObject): void {
  const w = PyObject_GetAttr(f, 'write');
  try {
    const s = PyObject_StrObject(v);
    try {
      Py_DECREF(callObject(w, [s], null));
    } finally {
      Py_DECREF(s);
    }
  } finally {
    Py_DECREF(w);
  }
}

/** PyFile_WriteString: the text as a new str, written by PyFile_WriteObject. */
function PyFile_WriteString(text: string, f: PyObject): void {
  const s = PyUnicode_From(text);
  try {
    PyFile_WriteObject(s, f);
  } finally {
    Py_DECREF(s);
  }
}

// a range's length can pass 2**53 and still be a Py_ssize_t
defO('len', (o) => PyLong_From(o.ob_type === RangeType ? range_length(o as PyRange) : PyObject_Size(o)));
defO('repr', (o) => PyObject_ReprObject(o));
defO('ascii', (o) => PyUnicode_From(F.ascii_from_repr(PyObject_Repr(o))));
defO('id', (o) => {
  // once ctypes is imported, remember whose address this is (from_address reads that object)
  const book = RT.addressBook;
  if (book !== null) book.set(o.addr, o);
  return PyLong_From(o.addr);
});
defO('hash', (o) => PyLong_From(PyObject_Hash(o)));
defO('abs', (o) => PyNumber_Absolute(o));
def('isinstance', (_s, args) => {
  checkArgs('isinstance', args, 2, 2);
  return PyBool(isinstance(args[0], args[1]));
});
/** isinstance(o, cls). */
export function isinstance(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstance(o, c));
  // PyObject_IsInstance: a union is the tuple of its arguments; a generic alias refuses
  if (cls.ob_type === UnionType) return _Py_union_args(cls).some((c) => isinstance(o, c));
  if (cls.ob_type === GenericAliasType) throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  if (!(cls instanceof PyType)) throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  if (o.ob_type === cls) return true;
  // PyObject_IsInstance: a metaclass other than type that overrides __instancecheck__ decides
  if (cls.ob_type !== TypeType && cls.ob_type.heap) {
    const check = lookupHeap(cls.ob_type, '__instancecheck__');
    if (check !== null) return callTruth(check, cls, o);
  }
  if (o.ob_type.isSubtype(cls)) return true;
  // object_isinstance: then the `__class__` the object reports (a weakref proxy's is its referent's)
  if (!o.ob_type.weakProxy) return false;
  const icls = PyObject_GetAttr(o, '__class__');
  Py_DECREF(icls);
  return icls !== o.ob_type && icls instanceof PyType && icls.isSubtype(cls);
}
def('issubclass', (_s, args) => {
  checkArgs('issubclass', args, 2, 2);
  return PyBool(issubclass(args[0], args[1]));
});
/**
 * object_issubclass: issubclass(derived, cls). An exact type answers from its MRO; a tuple or a
 * union tries each member; a class whose metaclass defines `__subclasscheck__` (abc.ABCMeta)
 * lets it decide.
 */
export function issubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && cls.ob_type === TypeType) return derived === cls || recursive_issubclass(derived, cls);
  if (cls.ob_type === UnionType) return _Py_union_args(cls).some((c) => issubclass(derived, c));
  if (cls instanceof PyTuple) return cls.items.some((c) => issubclass(derived, c));
  if (cls.ob_type === GenericAliasType) throw typeError('issubclass() argument 2 cannot be a parameterized generic');
  if (cls instanceof PyType && cls.ob_type.heap) {
    const check = lookupHeap(cls.ob_type, '__subclasscheck__');
    if (check !== null) return callTruth(check, cls, derived);
  }
  return recursive_issubclass(derived, cls);
}

/** recursive_issubclass: both must be classes; then the MRO decides. */
function recursive_issubclass(derived: PyObject, cls: PyObject): boolean {
  if (!(derived instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  if (!(cls instanceof PyType)) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return derived.isSubtype(cls);
}

/** The truth of `check.__get__(cls)(arg)`: a metaclass's `__instancecheck__` / `__subclasscheck__` called on `cls`. */
function callTruth(check: PyObject, cls: PyType, arg: PyObject): boolean {
  return callOneArgTruth(descrGet(check, cls, cls.ob_type), arg);
}
defO('callable', (o) => PyBool(PyCallable_Check(o)));
def('iter', (_s, args) => {
  checkArgs('iter', args, 1, 2);
  if (args.length === 1) {
    const pending = releasedIterResult(args[0]);
    if (pending !== null) throw pending;
  }
  if (args.length === 2) {
    const fn = args[0], sentinel = args[1];
    if (!PyCallable_Check(fn)) throw typeError(RT.profile.versionInfo[1] === 12 ? 'iter(object, sentinel): object must be callable' : 'iter(v, w): v must be callable');
    fn.ob_refcnt++;
    sentinel.ob_refcnt++;
    return newJsIter('callable_iterator', [fn, sentinel], (it) => {
      if (!it.refs.length) return null;
      const v = callObject(it.refs[0], [], null);
      if (PyObject_RichCompareBool(v, it.refs[1], 'Eq')) {
        Py_DECREF(v);
        return null;
      }
      return v;
    });
  }
  return PyObject_GetIter(args[0]);
});
def('next', (_s, args) => {
  checkArgs('next', args, 1, 2);
  if (!isIterator(args[0])) throw typeError(`'${args[0].ob_type.tp_name}' object is not an iterator`);
  if (args[0].ob_type === GenType) {
    // next() resumes a generator through gen_send_ex2: a finished generator's return value
    // travels in StopIteration.value (a for loop's tp_iternext drops it)
    const v = gen_send_ex(args[0] as PyGen, null, null);
    if (v !== null) return v;
    const r = takeGenReturn();
    if (args.length > 1) {
      if (r !== None) Py_DECREF(r);
      return newRef(args[1]);
    }
    throw new PyRaise(newException(StopIterationType, r === None ? [] : [r]));
  }
  const v = iterNext(args[0]);
  if (v !== null) return v;
  if (args.length > 1) return newRef(args[1]);
  throw new PyRaise(newException(StopIterationType, []));
});
/**
 * The attribute for hasattr() and getattr() with a default (_PyObject_LookupAttr), null when it is
 * missing. 3.11's module_getattro is not suppressed there: its AttributeError is made and cleared.
 */
function lookupAttrQuiet(o: PyObject, name: string): PyObject | null {
  if (o instanceof PyModule && RT.profile.versionInfo[1] <= 11) return getAttrOrMissing(o, name) ?? PyObject_GetAttr(o, name);
  return getAttrOrMissing(o, name);
}
def('getattr', (_s, args) => {
  checkArgs('getattr', args, 2, 3);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${name.ob_type.tp_name}'`);
  if (args.length === 3) {
    // _PyObject_LookupAttr: a missing attribute makes no exception object
    try {
      return lookupAttrQuiet(args[0], name.v) ?? newRef(args[2]);
    } catch (e) {
      if (e instanceof PyRaise && e.exc.ob_type.isSubtype(excTypes.get('AttributeError')!)) {
        Py_DECREF(e.exc);
        return newRef(args[2]);
      }
      throw e;
    }
  }
  return PyObject_GetAttr(args[0], name.v);
});
def('setattr', (_s, args) => {
  checkArgs('setattr', args, 3, 3);
  if (!(args[1] instanceof PyStr)) throw typeError(`attribute name must be string, not '${args[1].ob_type.tp_name}'`);
  PyObject_SetAttr(args[0], args[1].v, args[2]);
  return None;
});
def('delattr', (_s, args) => {
  checkArgs('delattr', args, 2, 2);
  if (!(args[1] instanceof PyStr)) throw typeError(`attribute name must be string, not '${args[1].ob_type.tp_name}'`);
  PyObject_SetAttr(args[0], args[1].v, null);
  return None;
});
def('hasattr', (_s, args) => {
  checkArgs('hasattr', args, 2, 2);
  if (!(args[1] instanceof PyStr)) throw typeError(`attribute name must be string, not '${args[1].ob_type.tp_name}'`);
  try {
    const v = lookupAttrQuiet(args[0], args[1].v);
    if (v === null) return False;
    Py_DECREF(v);
    return True;
  } catch (e) {
    if (e instanceof PyRaise && e.exc.ob_type.isSubtype(excTypes.get('AttributeError')!)) {
      Py_DECREF(e.exc);
      return False;
    }
    throw e;
  }
});
defO('chr', (o) => {
  // builtin_chr: 3.11/3.12 convert to a C int first (an OverflowError beyond it); 3.13+ call anything out of range a ValueError
  const big = PyNumber_Index(o);
  if ((big > 2147483647 || big < -2147483648) && RT.profile.versionInfo[1] < 13) throw pyErr(OverflowErrorType, 'Python int too large to convert to C int');
  const i = typeof big === 'bigint' ? -1 : Number(big);
  if (i < 0 || i > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return PyUnicode_From(String.fromCodePoint(i));
});
defO('ord', (x) => {
  if (x instanceof PyStr) {
    const cps = Array.from(x.v);
    if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return PyLong_From(cps[0].codePointAt(0)!);
  }
  if (x instanceof PyBytes) {
    if (x.v.length !== 1) throw typeError(`ord() expected a character, but string of length ${x.v.length} found`);
    return PyLong_From(x.v[0]);
  }
  throw typeError(`ord() expected string of length 1, but ${x.ob_type.tp_name} found`);
});
for (const [name, base] of [['hex', 16], ['oct', 8], ['bin', 2]] as const) {
  defO(name, (o) => PyUnicode_From(F.int_to_base(PyNumber_Index(o), base)));
}
def('divmod', (_s, args) => {
  checkArgs('divmod', args, 2, 2);
  return PyNumber_Divmod(args[0], args[1]);
});
/**
 * ternary_op (Objects/abstract.c) for `pow(v, w, z)` when not all three are ints: the nb_power
 * slots of v's, w's and z's types in turn; int's declines (NotImplemented), float's refuses a
 * modulus, complex's says "complex modulo", a class's `__pow__` gets all three (slot_nb_power;
 * 3.14's also calls the second operand's `__rpow__`).
 */
function ternaryPow(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const tried: PyType[] = [];
  for (const o of [v, w, z]) {
    const t = o.ob_type;
    if (tried.includes(t)) continue;
    tried.push(t);
    if (t.heap && o === v) {
      const m = lookupHeap(t, '__pow__');
      if (m) {
        const r = callObject(m, [v, w, z], null);
        if (r !== NotImplemented) return r;
        Py_DECREF(r);
        continue;
      }
    }
    // 3.14's slot_nb_power also tries the other operand's __rpow__(v, z)
    if (t.heap && o === w && RT.profile.versionInfo[1] >= 14) {
      const m = lookupHeap(t, '__rpow__');
      if (m) {
        const r = callObject(m, [w, v, z], null);
        if (r !== NotImplemented) return r;
        Py_DECREF(r);
        continue;
      }
    }
    if (o instanceof PyFloat) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    if (o instanceof PyComplex) throw valueError('complex modulo');
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${v.ob_type.tp_name}', '${w.ob_type.tp_name}', '${z.ob_type.tp_name}'`);
}
def('pow', (_s, allArgs, kw) => {
  // builtin_pow(base, exp, mod=None): every parameter may be given by name
  const [base, exp, mod] = clinicArgs('pow', allArgs, kw, ['base', 'exp', 'mod'], 0, 2);
  const args = mod === undefined ? [base!, exp!] : [base!, exp!, mod];
  if (args.length === 3 && args[2] !== None) {
    if (!(args[0] instanceof PyLong && args[1] instanceof PyLong && args[2] instanceof PyLong)) return ternaryPow(args[0], args[1], args[2]);
    // long_pow with a modulus: a negative exponent uses the base's inverse (long_invmod)
    return PyLong_From(normInt(long_pow_mod(BigInt((args[0] as PyLong).v), BigInt((args[1] as PyLong).v), BigInt((args[2] as PyLong).v))));
  }
  return binaryOp(args[0], args[1], 'Pow');
});
def('round', (_s, args, kw) => {
  // builtin_round(number, ndigits=None) (Argument Clinic)
  const [x, nd] = clinicArgs('round', args, kw, ['number', 'ndigits'], 0, 1) as [PyObject, PyObject | undefined];
  if (lookupHeap(x.ob_type, '__round__')) return callObject(lookupHeap(x.ob_type, '__round__')!, nd ? [x, nd] : [x], null);
  if (x instanceof PyFloat) {
    if (nd === undefined || nd === None) {
      if (!Number.isFinite(x.v)) return PyLong_FromDouble(x.v);
      return PyLong_From(normInt(fmtCall(() => F.round_float(x.v)) as bigint));
    }
    return PyFloat_FromDouble(fmtCall(() => F.round_float(x.v, asIndex(nd))) as number);
  }
  // int.__round__ (int___round___impl, objects/number_methods.ts): the int itself when no rounding is needed
  if (x instanceof PyLong) return (LongType.methods.get('__round__') as PyMethodDescr).fn(x, nd === undefined || nd === None ? [] : [nd], null);
  throw typeError(`type ${x.ob_type.tp_name} doesn't define __round__ method`);
});
/**
 * Argument Clinic's keyword parsing (_PyArg_UnpackKeywords) for a builtin whose parameters are
 * `names`, the first `posOnly` of them positional-only and the first `required` required: the
 * values in parameter order (undefined when absent), with getargs.c's messages.
 */
export function clinicArgs(fname: string, args: PyObject[], kw: string[] | null, names: readonly string[], posOnly: number, required: number): (PyObject | undefined)[] {
  const [pos, kws] = splitKw(args, kw);
  // _PyArg_UnpackKeywords counts positional and keyword arguments together first ("keyword " when all are keywords)
  const total = pos.length + kws.size;
  if (total > names.length) throw typeError(`${fname}() takes at most ${names.length} ${pos.length ? '' : 'keyword '}argument${names.length === 1 ? '' : 's'} (${total} given)`);
  if (pos.length < posOnly && pos.length < required) {
    throw typeError(`${fname}() takes at least ${Math.min(posOnly, required)} positional argument${Math.min(posOnly, required) === 1 ? '' : 's'} (${pos.length} given)`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => pos[i]);
  for (const [k, v] of kws) {
    const i = names.indexOf(k);
    if (i < posOnly) continue;
    if (i < pos.length) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  for (let i = 0; i < required; i++) if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  // error_unexpected_keyword_arg: what is left once the parameters took theirs
  for (const [k] of kws) if (names.indexOf(k) < posOnly) throw typeError(badKeyword(fname, k, names.slice(posOnly)));
  return out;
}

def('sum', (_s, args, kw) => {
  const [iterable, start] = clinicArgs('sum', args, kw, ['iterable', 'start'], 1, 1);
  const pos = [iterable!];
  let acc: PyObject = start ?? PyLong_From(0);
  if (acc instanceof PyStr) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw typeError(`sum() can't sum ${acc.ob_type === ByteArrayType ? 'bytearray' : 'bytes'} [use b''.join(seq) instead]`);
  acc.ob_refcnt++;
  const it = PyObject_GetIter(pos[0]);
  try {
    // float fast path of builtin_sum_impl: Neumaier-compensated summation (3.12)
    let fsum = 0, comp = 0, inFloat = false;
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      if (acc.ob_type === FloatType && !inFloat) {
        inFloat = true;
        fsum = (acc as PyFloat).v;
        comp = 0;
      }
      if (inFloat && x.ob_type === LongType && Math.abs(Number((x as PyLong).v)) < 2 ** 63) {
        fsum += Number((x as PyLong).v);
        Py_DECREF(x);
        continue;
      }
      if (inFloat && x.ob_type === FloatType) {
        const xv = (x as PyFloat).v;
        const t = fsum + xv;
        if (!RT.profile.sumCompensated) {
          // 3.11: plain double accumulation
        } else if (Math.abs(fsum) >= Math.abs(xv)) comp += (fsum - t) + xv;
        else comp += (xv - t) + fsum;
        fsum = t;
        Py_DECREF(x);
        continue;
      }
      if (inFloat) {
        Py_DECREF(acc);
        acc = PyFloat_FromDouble(comp && Number.isFinite(comp) ? fsum + comp : fsum);
        inFloat = false;
      }
      try {
        const r = binaryOp(acc, x, 'Add');
        Py_DECREF(acc);
        acc = r;
      } finally {
        Py_DECREF(x);
      }
    }
    if (inFloat) {
      Py_DECREF(acc);
      acc = PyFloat_FromDouble(comp && Number.isFinite(comp) ? fsum + comp : fsum);
    }
  } catch (e) {
    Py_DECREF(acc);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return acc;
});
function minmax(name: string, op: 'Lt' | 'Gt'): CFunc {
  return (_s, args, kw) => {
    const [pos, kws] = splitKw(args, kw);
    const key = kws.get('key');
    const dflt = kws.get('default');
    let items: PyObject[];
    if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    checkKeywordOnly(name, ['key', 'default'], kws); // PyArg_ParseTupleAndKeywords(…, "|$OO:min", kwlist)
    if (pos.length === 1) items = iterToArray(pos[0]);
    else {
      if (dflt) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = pos.map((x) => newRef(x));
    }
    try {
      if (!items.length) {
        if (dflt) return newRef(dflt);
        throw valueError(RT.profile.messages.minMaxEmptySequence ? `${name}() arg is an empty sequence` : `${name}() iterable argument is empty`);
      }
      let best = items[0];
      let bestKey = key && key !== None ? callObject(key, [best], null) : newRef(best);
      for (let i = 1; i < items.length; i++) {
        const k = key && key !== None ? callObject(key, [items[i]], null) : newRef(items[i]);
        if (PyObject_RichCompareBool(k, bestKey, op)) {
          Py_DECREF(bestKey);
          bestKey = k;
          best = items[i];
        } else Py_DECREF(k);
      }
      Py_DECREF(bestKey);
      return newRef(best);
    } finally {
      for (const x of items) Py_DECREF(x);
    }
  };
}
def('min', minmax('min', 'Lt'));
def('max', minmax('max', 'Gt'));
defO('any', (o) => {
  const it = PyObject_GetIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return False;
      const t = PyObject_IsTrue(x);
      Py_DECREF(x);
      if (t) return True;
    }
  } finally {
    Py_DECREF(it);
  }
});
defO('all', (o) => {
  const it = PyObject_GetIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return True;
      const t = PyObject_IsTrue(x);
      Py_DECREF(x);
      if (!t) return False;
    }
  } finally {
    Py_DECREF(it);
  }
});
def('sorted', (_s, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  if (pos.length !== 1) throw typeError(`sorted expected 1 argument, got ${pos.length}`);
  const l = PySequence_List(pos[0]);
  const rev = kws.get('reverse');
  // 3.11's list.sort parses `reverse` with the "i" converter (an int); 3.12+ take its truth
  if (rev !== undefined && RT.profile.versionInfo[1] < 12 && !(rev instanceof PyLong) && (rev instanceof PyFloat || !(rev.ob_type.heap && lookupHeap(rev.ob_type, '__index__')))) {
    Py_DECREF(l);
    throw typeError(`'${rev.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  // builtin_sorted calls the new list's sort() through PyObject_GetAttr(newlist, "sort"): a bound
  // builtin method (a gc allocation, which can start a collection on 3.11) held until sort()
  // returns; its Argument Clinic parser checks the keywords
  let sort: PyObject;
  try {
    sort = PyObject_GetAttr(l, 'sort');
  } catch (e) {
    Py_DECREF(l);
    throw e;
  }
  try {
    checkKeywordOnly('sort', ['key', 'reverse'], kws);
    listSort(l, kws.get('key') ?? null, kws.has('reverse') ? PyObject_IsTrue(kws.get('reverse')!) : false);
  } catch (e) {
    Py_DECREF(sort);
    Py_DECREF(l);
    throw e;
  }
  Py_DECREF(sort);
  return l;
});
def('reversed', (_s, args) => {
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  return builtinReversed(args[0]);
});
// list___reversed___impl (list_reverseiterator) and range_reverse, as methods
defMethodC(ListType, '__reversed__', (self) => builtinReversed(self!));
defMethodC(RangeType, '__reversed__', (self) => builtinReversed(self!));
/** reversed(x): a class's own __reversed__, else the reverse iterator of a builtin sequence. */
function builtinReversed(x: PyObject): PyObject {
  const m = lookupHeap(x.ob_type, '__reversed__');
  // reversed_new_impl: `__reversed__ = None` means not reversible
  if (m === None) throw typeError(`'${x.ob_type.tp_name}' object is not reversible`);
  if (m) return callObject(m, [x], null);
  if (x instanceof PyList || x instanceof PyTuple) {
    x.ob_refcnt++;
    const it = newJsIter(x instanceof PyList ? 'list_reverseiterator' : 'reversed', [x], (self) => {
      if (!self.refs.length) return null;
      const items = (self.refs[0] as PyList).items;
      const i = items.length - 1 - self.state++;
      if (i < 0) return null;
      return newRef(items[i]);
    });
    // listreviter_len / reversed_len: the index left plus one, 0 once exhausted
    it.lengthHint = (self) => (self.refs.length ? Math.max(0, (self.refs[0] as PyList).items.length - self.state) : 0);
    return it;
  }
  // range_reverse: a range_iterator running backwards, no items made in advance
  if (x.ob_type === RangeType) return PyRangeIter_New(x as PyRange, true);
  if (x instanceof PyDict || isDictView(x)) {
    // a C subclass's own reverse iterator (OrderedDict's and its views')
    let b = x.ob_type;
    while (b.heap) b = b.base!;
    const own = b.methods.get('__reversed__');
    if (own !== undefined && b.base !== ObjectType) return callObject(own, [x], null);
    return dictReversed(x);
  }
  if (x instanceof PyStr) {
    const items = iterToArray(x).reverse();
    const it = newJsIter('reversed', items, (self) => {
      const i = self.state++;
      if (i >= self.refs.length) return null;
      return newRef(self.refs[i]);
    });
    it.lengthHint = (self) => Math.max(0, self.refs.length - self.state);
    return it;
  }
  if (lookupHeap(x.ob_type, '__len__') && lookupHeap(x.ob_type, '__getitem__')) return sequenceReversed(x);
  // a sequence (sq_item) without sq_length: PySequence_Size's error
  if (lookupHeap(x.ob_type, '__getitem__') && !lookupHeap(x.ob_type, '__len__') && !x.ob_type.isSubtype(DictType) && _PyType_Lookup(x.ob_type, '__reversed__') === null) {
    throw typeError(`object of type '${x.ob_type.tp_name}' has no len()`);
  }
  // a builtin type's own __reversed__ (deque's)
  const rm = _PyType_Lookup(x.ob_type, '__reversed__');
  if (rm !== null && rm !== None) return callObject(rm, [x], null);
  // a C sequence without __reversed__ (array.array)
  const ext = extSlotsOf(x.ob_type);
  if (ext !== null && ext.sq_length && ext.mp_subscript) return sequenceReversed(x);
  throw typeError(`'${x.ob_type.tp_name}' object is not reversible`);
}

/** reversed() of a sequence: its items from the end, by index (reversed_next over PySequence_GetItem). */
function sequenceReversed(x: PyObject): PyObject {
  x.ob_refcnt++;
  const n = PyObject_Size(x);
  const it = newJsIter('reversed', [x], (self) => {
    const i = n - 1 - self.state++;
    if (i < 0 || !self.refs.length) return null;
    const k = PyLong_From(i);
    try {
      return PyObject_GetItem(self.refs[0], k);
    } finally {
      Py_DECREF(k);
    }
  });
  // reversed_len: the position left, 0 when the sequence has shrunk below it
  it.lengthHint = (self) => {
    if (!self.refs.length) return 0;
    const position = Math.max(0, n - self.state);
    return PyObject_Size(self.refs[0]) < position ? 0 : position;
  };
  return it;
}

def('enumerate', (_s, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  // enum_vectorcall: more than two arguments in all is "missing 'iterable'" without positional ones
  if (pos.length + kws.size > 2) {
    if (!pos.length) throw typeError("enumerate() missing required argument 'iterable'");
    throw typeError(`enumerate() takes at most 2 arguments (${pos.length + kws.size} given)`);
  }
  for (const k of kws.keys()) if (k !== 'iterable' && k !== 'start') throw typeError(`'${k}' is an invalid keyword argument for enumerate()`);
  const src = pos[0] ?? kws.get('iterable');
  if (src === undefined) throw typeError("enumerate() missing required argument 'iterable'");
  const startO = pos[1] ?? kws.get('start');
  // en_index counts as a C ssize_t, then (past PY_SSIZE_T_MAX) as a Python int: exact either way
  let n: number | bigint = startO ? PyNumber_Index(startO) : 0;
  const it = PyObject_GetIter(src);
  const en = newJsIter('enumerate', [it], (self) => {
    if (!self.refs.length) return null;
    const x = iterNext(self.refs[0]);
    if (x === null) return null;
    // enum_next: en_result refilled when only the enumerate object holds it
    const i = n;
    n = typeof n === 'number' && n < Number.MAX_SAFE_INTEGER ? n + 1 : normInt(BigInt(n) + 1n);
    return recycledPair(self, PyLong_From(i), x);
  });
  // enum_new_impl: en_result = PyTuple_Pack(2, None, None) (on 3.14 untracked from its creation)
  en.result = _PyTuple_FromArray([newRef(None), newRef(None)]);
  return en;
});
def('zip', (_s, args, kw) => {
  // zip_new: PyArg_ParseTupleAndKeywords("|$p:zip") counts the keywords first
  if (kw && kw.length > 1) throw typeError(`zip() takes at most 1 keyword argument (${kw.length} given)`);
  checkKeywords('zip', kw, ['strict']);
  const [pos, kws] = splitKw(args, kw);
  // zip_new parses strict with the "p" converter: its truth, taken once
  const strictArg = kws.get('strict');
  const strict = strictArg !== undefined && PyObject_IsTrue(strictArg);
  // zip_new: a tuple of the iterators (ittuple) made first, then the result holder of Nones, then
  // the zip object, which holds both
  const its: PyObject[] = pos.map(() => None);
  const ittuple = pos.length ? PyTuple_New(its) : null;
  for (let i = 0; i < pos.length; i++) {
    try {
      its[i] = PyObject_GetIter(pos[i]);
    } catch (e) {
      for (let j = i; j < its.length; j++) None.ob_refcnt++;
      Py_DECREF(ittuple!);
      throw e;
    }
  }
  const result = pos.length ? PyTuple_New(its.map(() => newRef(None))) : null;
  const z = newJsIter('zip', ittuple ? [ittuple] : [], (self) => {
    if (!self.refs.length) return null;
    const iters = (self.refs[0] as PyTuple).items;
    const reuse = iterRecycleResult(self) as PyTuple | null;
    if (reuse !== null) {
      // zip_next: each item goes into the result tuple as it comes; an exhausted iterator leaves
      // the items stored so far in it
      for (let i = 0; i < iters.length; i++) {
        const x = iterNext(iters[i]);
        if (x === null) {
          Py_DECREF(reuse);
          if (self.state === 1) zipStrictCheck(iters, i);
          return null;
        }
        const old = reuse.items[i];
        reuse.items[i] = x;
        Py_DECREF(old);
      }
      return reuse;
    }
    const vals: PyObject[] = [];
    for (let i = 0; i < iters.length; i++) {
      const x = iterNext(iters[i]);
      if (x === null) {
        for (const v of vals) Py_DECREF(v);
        if (self.state === 1) zipStrictCheck(iters, i);
        return null;
      }
      vals.push(x);
    }
    return PyTuple_New(vals);
  });
  z.result = result;
  // lz->strict lives in the iterator's state word (zip has no position to keep)
  z.state = strict ? 1 : 0;
  return z;
});
/** zip(strict=True) once argument i + 1 ran out: the others must be exhausted at the same point. */
function zipStrictCheck(iters: PyObject[], i: number, fname = 'zip'): void {
  if (i > 0) throw valueError(`${fname}() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
  for (let j = 1; j < iters.length; j++) {
    const y = iterNext(iters[j]);
    if (y !== null) {
      Py_DECREF(y);
      throw valueError(`${fname}() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
    }
  }
}
def('map', (_s, allArgs, kw) => {
  // map_new: keywords only from 3.14 (strict=, parsed with the "p" converter)
  let strict = false;
  let args = allArgs;
  if (kw && kw.length) {
    if (RT.profile.versionInfo[1] < 14) throw typeError('map() takes no keyword arguments');
    const [pos, kws] = splitKw(allArgs, kw);
    for (const k of kws.keys()) if (k !== 'strict') throw typeError(badKeyword('map', k, ['strict']));
    strict = PyObject_IsTrue(kws.get('strict')!);
    args = pos;
  }
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  // map_vectorcall: a tuple of the iterators (lz->iters) made first, then the map object, which
  // holds it and the function
  const its: PyObject[] = args.slice(1).map(() => None);
  const iters = PyTuple_New(its);
  for (let i = 0; i < its.length; i++) {
    try {
      its[i] = PyObject_GetIter(args[i + 1]);
    } catch (e) {
      for (let j = i; j < its.length; j++) None.ob_refcnt++;
      Py_DECREF(iters);
      throw e;
    }
  }
  const fn = newRef(args[0]);
  const m = newJsIter('map', [iters, fn], (self) => {
    if (!self.refs.length) return null;
    const sources = (self.refs[0] as PyTuple).items;
    const vals: PyObject[] = [];
    for (let i = 0; i < sources.length; i++) {
      const x = iterNext(sources[i]);
      if (x === null) {
        for (const v of vals) Py_DECREF(v);
        if (self.state === 1) zipStrictCheck(sources, i, 'map');
        return null;
      }
      vals.push(x);
    }
    try {
      return callObject(self.refs[1], vals, null);
    } finally {
      for (const v of vals) Py_DECREF(v);
    }
  });
  // lz->strict (3.14+) lives in the iterator's state word, as zip's
  m.state = strict ? 1 : 0;
  return m;
});
def('filter', (_s, args) => {
  checkArgs('filter', args, 2, 2);
  const fn = newRef(args[0]);
  const it = PyObject_GetIter(args[1]);
  return newJsIter('filter', [fn, it], (self) => {
    if (!self.refs.length) return null;
    for (;;) {
      const x = iterNext(self.refs[1]);
      if (x === null) return null;
      let ok: boolean;
      if (self.refs[0] === None) ok = PyObject_IsTrue(x);
      else {
        const r = callObject(self.refs[0], [x], null);
        ok = PyObject_IsTrue(r);
        Py_DECREF(r);
      }
      if (ok) return x;
      Py_DECREF(x);
    }
  });
});
// int/bool/float/complex/str.__format__(format_spec) (METH_O, Argument Clinic's `unicode` converter)
for (const t of [LongType, FloatType, ComplexType, StrType]) {
  defMethodC(t, '__format__', (self, args) => {
    if (args.length !== 1) throw typeError(`${self!.ob_type.tp_name}.__format__() takes exactly one argument (${args.length} given)`);
    if (!(args[0] instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${argTypeName(args[0])}`);
    return formatBuiltin(self!, args[0].v);
  });
}
def('format', (_s, args) => {
  checkArgs('format', args, 1, 2);
  if (args.length > 1 && !(args[1] instanceof PyStr)) throw typeError(`format() argument 2 must be str, not ${argTypeName(args[1])}`);
  return formatObject(args[0], args[1] ? (args[1] as PyStr).v : '');
});
def('globals', () => newRef(S.frame!.globals));
/** builtin_locals: a new reference to the running frame's locals (PyEval_GetLocals /
 * 3.13's _PyEval_GetFrameLocals), which `locals()`, `vars()` and `dir()` all use. */
function currentLocals(): PyObject {
  const f = S.frame!;
  return f.locals ? newRef(f.locals) : _PyEval_GetFrameLocals(f);
}
def('locals', () => currentLocals());
def('vars', (_s, args) => {
  // builtin_vars: PyArg_UnpackTuple(args, "vars", 0, 1, &v)
  if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
  if (!args.length) return callObject(B.get('locals')!, [], null);
  try {
    return PyObject_GetAttr(args[0], '__dict__');
  } catch (e) {
    if (e instanceof PyRaise) {
      Py_DECREF(e.exc);
      throw typeError('vars() argument must have __dict__ attribute');
    }
    throw e;
  }
});
/** dir(o)'s names, sorted: the instance's attributes, then its class's along the MRO. */
export function dirNames(o: PyObject): string[] {
  // module_dir: the names in the module's namespace only
  if (o instanceof PyModule) return [...new Set([...dictItems(o.dict)].map(([k]) => (k as PyStr).v).concat(o.lazyNames))].sort();
  const names = new Set<string>();
  const d = instanceDict(o, false);
  if (d) for (const [k] of dictItems(d)) if (k instanceof PyStr) names.add(k.v);
  const t = o instanceof PyType ? o : o.ob_type;
  for (const c of t.mro) {
    if (c.dict) for (const [k] of dictItems(c.dict as PyDict)) names.add((k as PyStr).v);
    else {
      for (const k of c.methods.keys()) names.add(k);
      names.add('__doc__');
      const extra = DIR_EXTRA.get(c);
      if (extra) for (const k of extra(RT.profile.versionInfo[1])) names.add(k);
    }
  }
  if (o.ob_type.slotNames) for (const s of o.ob_type.slotNames) names.add(s);
  return [...names].sort();
}

// object___dir___impl and type___dir___impl: the same names dir() lists, as a list
defMethodC(ObjectType, '__dir__', (self) => PyList_New(dirNames(self!).map((n) => PyUnicode_From(n))));
defMethodC(TypeType, '__dir__', (self) => PyList_New(dirNames(self!).map((n) => PyUnicode_From(n))));

/** getAttrOrNull that also swallows the lookup's own errors: a new reference or null. */
function getAttrQuiet(o: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    if (e instanceof PyRaise) {
      Py_DECREF(e.exc);
      return null;
    }
    throw e;
  }
}

/** hasattr without raising: whether `o.name` resolves (__getattr__ aside). */
export function hasAttrQuiet(o: PyObject, name: string): boolean {
  const v = getAttrQuiet(o, name);
  if (v === null) return false;
  Py_DECREF(v);
  return true;
}

setWeakrefReferentName((o) => {
  const n = getAttrQuiet(o, '__name__');
  if (n === null) return null;
  const s = n instanceof PyStr ? n.v : null;
  Py_DECREF(n);
  return s;
});

def('dir', (_s, args) => {
  if (args.length) {
    // _dir_object: a class's own __dir__ gives the names, which dir() sorts into a new list
    const own = lookupHeap(args[0].ob_type, '__dir__');
    if (own === null) return PyList_New(dirNames(args[0]).map((n) => PyUnicode_From(n)));
    return sortedListOf(callObject(own, [args[0]], null));
  }
  // _dir_locals: the keys of the frame's locals (in a function, the snapshot locals() makes), sorted
  return sortedListOf(currentLocals());
});

/** PySequence_List of `r` (a new reference, released here), sorted in place: what dir() returns. */
function sortedListOf(r: PyObject): PyObject {
  try {
    const l = PySequence_List(r);
    try {
      listSort(l, null, false);
    } catch (e) {
      Py_DECREF(l);
      throw e;
    }
    return l;
  } finally {
    Py_DECREF(r);
  }
}
/** What exec, eval and compile need from the interpreter: its compiler and its frames. */
export interface CompilerHooks {
  /** exec/eval of a str: compiled as a unit of its own whose parser arena lives while it runs. */
  execString(src: string, g: PyDict | null, l: PyDict | null, evalMode: boolean): PyObject;
  /** Runs a code object in `g`/`l` (the caller's when null); a new reference to its result. */
  execCode(code: PyCode, g: PyDict | null, l: PyDict | null): PyObject;
  /** compile(): a new code object, the parser arena already freed. */
  compile(src: string, filename: string, evalMode: boolean): PyCode;
}
let hooks: CompilerHooks | null = null;
/** Installs exec/eval/compile's access to the interpreter's compiler. */
export function setCompilerHooks(h: CompilerHooks): void {
  hooks = h;
}

/** source_as_string: a str, or bytes decoded as UTF-8; `what` names the other types accepted. */
function sourceText(fname: string, src: PyObject, what: string): string {
  if (src instanceof PyStr) return src.v;
  if (src instanceof PyBytes) return new TextDecoder().decode(src.v);
  throw typeError(`${fname}() arg 1 must be a ${what}`);
}

for (const name of ['exec', 'eval'] as const) {
  def(name, (_s, args) => {
    checkArgs(name, args, 1, 3);
    const src = args[0];
    const g = args[1] && args[1] !== None ? (args[1] as PyDict) : null;
    const l = args[2] && args[2] !== None ? (args[2] as PyDict) : null;
    if (g && !(g instanceof PyDict)) throw typeError(`${name}() globals must be a dict, not ${args[1].ob_type.tp_name}`);
    let r: PyObject;
    if (src instanceof PyCode) {
      const nfree = src.info.freeSlots.length;
      if (nfree) throw typeError(RT.profile.versionInfo[1] >= 12 ? `code object requires a closure of exactly length ${nfree}` : `code object passed to ${name}() may not contain free variables`);
      r = hooks!.execCode(src, g, l);
    } else r = hooks!.execString(sourceText(name, src, 'string, bytes or code object'), g, l, name === 'eval');
    if (name === 'exec') {
      Py_DECREF(r);
      return None;
    }
    return r;
  });
}

/** PyCF_ONLY_AST and the other flags compile() accepts (PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK), 3.12. */
const PyCF_ONLY_AST = 0x400;
const COMPILE_FLAGS = 0x2000 | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000 | 0x2000000 | 0x0010 | 0x0200 | 0x0400 | 0x0800 | 0x1000 | 0x4000 | 0x8000;

// builtin_compile_impl: a str (or UTF-8 bytes) compiled as a module ('exec') or an expression ('eval')
def('compile', (_s, args, kw) => {
  const [source, filename, mode, flags] = clinicArgs('compile', args, kw, ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 0, 3);
  if (!(filename instanceof PyStr) && !(filename instanceof PyBytes)) throw typeError(`expected str, bytes or os.PathLike object, not ${filename!.ob_type.tp_name}`);
  const fname = filename instanceof PyStr ? filename.v : new TextDecoder().decode(filename.v);
  const f = flags === undefined ? 0 : asIndex(flags);
  if (f & ~COMPILE_FLAGS) throw valueError('compile(): unrecognised flags');
  if (!(mode instanceof PyStr)) throw typeError(`compile() argument 'mode' must be str, not ${mode!.ob_type.tp_name}`);
  if (!['exec', 'eval', 'single', 'func_type'].includes(mode.v)) throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  if (f & PyCF_ONLY_AST || mode.v === 'func_type') throw pyErr(excTypes.get('NotImplementedError')!, 'heaplab does not simulate compile() to an AST (the ast module) yet');
  if (mode.v === 'single') throw pyErr(excTypes.get('NotImplementedError')!, "heaplab does not simulate compile(..., 'single') (the interactive mode) yet");
  const text = sourceText('compile', source!, 'string, bytes or AST object');
  return hooks!.compile(text, fname, mode.v === 'eval');
});
def('input', () => {
  throw pyErr(excTypes.get('EOFError')!, 'EOF when reading a line');
});
def('open', () => {
  throw pyErr(excTypes.get('OSError')!, 'heaplab does not simulate files');
});
// builtin___import__: import the module `name` and return the top-level package of a dotted name
def('__import__', (_s, args, kw) => {
  const [name] = clinicArgs('__import__', args, kw, ['name', 'globals', 'locals', 'fromlist', 'level'], 0, 1);
  if (!(name instanceof PyStr)) throw typeError('module name must be a string');
  const m = importModule(name.v);
  const dot = name.v.indexOf('.');
  if (dot < 0) return m;
  Py_DECREF(m);
  return importModule(name.v.slice(0, dot));
});
// the site module's help() and the debugger hook, which a program cannot use here
for (const [name, what] of [['help', 'help() (pydoc)'], ['breakpoint', 'breakpoint() (pdb)']] as const) {
  def(name, () => {
    throw pyErr(excTypes.get('NotImplementedError')!, `heaplab does not simulate ${what}`);
  });
}
def('__build_class__', () => {
  throw typeError('__build_class__ is not available in heaplab');
});
def('exit', (_s, args) => {
  throw new PyRaise(newException(excTypes.get('SystemExit')!, args.map((a) => newRef(a))));
});
B.set('quit', B.get('exit')!);

// staticmethod / classmethod / property / super as types
function wrapNew(t: PyType): void {
  t.tp_new = (tt, args) => {
    checkArgs(t.name, args, 1, 1);
    const w = newTracked(new PyWrapDescr(tt, newRef(args[0])));
    // sm_init / cm_init: functools_wraps copies the callable's attributes into the new __dict__
    try {
      functools_wraps(w, w.callable);
    } catch (e) {
      Py_DECREF(w);
      throw e;
    }
    return w;
  };
}
/**
 * functools_wraps (Objects/funcobject.c): __module__, __name__, __qualname__, __doc__ and (before
 * 3.14's lazy annotations) __annotations__ of `wrapped`, where it has them, set on `wrapper`.
 */
const WRAPS_NAMES = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
function functools_wraps(wrapper: PyObject, wrapped: PyObject): void {
  const names = RT.profile.functionAnnotations === 'annotate' ? WRAPS_NAMES.slice(0, 4) : WRAPS_NAMES;
  for (const name of names) {
    // functools_copy_attr: PyObject_GetOptionalAttr, an AttributeError is no value
    let v: PyObject | null;
    try {
      v = getAttrOrNull(wrapped, name);
    } catch (e) {
      if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(AttributeErrorType)) throw e;
      Py_DECREF(e.exc);
      continue;
    }
    if (v === null) continue;
    try {
      PyObject_SetAttr(wrapper, name, v);
    } finally {
      Py_DECREF(v);
    }
  }
}
wrapNew(StaticMethodType);
wrapNew(ClassMethodType);
StaticMethodType.tp_call = (o, args, kw) => callObject((o as PyWrapDescr).callable, args, kw);
// sm_repr / cm_repr: the wrapped callable's repr inside
StaticMethodType.tp_repr = (o) => `<staticmethod(${PyObject_Repr((o as PyWrapDescr).callable)})>`;
ClassMethodType.tp_repr = (o) => `<classmethod(${PyObject_Repr((o as PyWrapDescr).callable)})>`;
// cm_memberlist / sm_memberlist: __func__ and __wrapped__ read the wrapped callable (read-only members)
for (const T of [StaticMethodType, ClassMethodType]) {
  for (const field of ['__func__', '__wrapped__']) {
    defGetSetC(T, field, (o) => newRef((o as PyWrapDescr).callable), () => { throw attributeError('readonly attribute'); });
    T.methods.get(field)!.ob_type = MemberDescrType;
  }
}
PropertyType.tp_new = (t, args, kw) => {
  const [pos, kws] = splitKw(args, kw);
  const g = pos[0] ?? kws.get('fget'), s = pos[1] ?? kws.get('fset'), d = pos[2] ?? kws.get('fdel'), doc = pos[3] ?? kws.get('doc');
  const nn = (o: PyObject | undefined) => (o && o !== None ? newRef(o) : null);
  if (t === PropertyType) return propertyNew(nn(g), nn(s), nn(d), doc ?? null, null);
  // a subclass (abc.abstractproperty): PyType_GenericAlloc holds the class, and property_init puts
  // the doc (the getter's when none is given) in the instance's __dict__, where the class's own
  // __doc__ cannot shadow it
  const given = doc && doc !== None ? doc : null;
  // 3.11 keeps a given doc in the slot (the class's __doc__ then shadows it) and only the getter's goes in the dict
  const docInSlot = given !== null && RT.profile.versionInfo[1] <= 11;
  const p = new PyProperty(nn(g), nn(s), nn(d), docInSlot ? newRef(given) : null);
  p.ob_type = t;
  if (t.heap) t.ob_refcnt++;
  newTracked(p);
  if (docInSlot || (RT.profile.versionInfo[1] <= 11 && p.fget === null)) return p;
  let pdoc = given !== null ? newRef(given) : p.fget !== null ? getAttrOrNull(p.fget, '__doc__') : null;
  if (pdoc === null) pdoc = newRef(None);
  try {
    PyObject_SetAttr(p, '__doc__', pdoc);
  } catch (e) {
    Py_DECREF(p);
    throw e;
  } finally {
    Py_DECREF(pdoc);
  }
  return p;
};
for (const [name, idx] of [['getter', 0], ['setter', 1], ['deleter', 2]] as const) {
  PropertyType.methods.set(name, builtinMethodDescr(PropertyType, name, (self, args) => {
    const p = self as PyProperty;
    const parts = [p.fget, p.fset, p.fdel];
    parts[idx] = args[0];
    // property_copy calls the property's type: a subclass makes an instance of itself (its doc is
    // in the old instance's __dict__, so None goes as the doc)
    if (p.ob_type !== PropertyType) {
      const copy = callObject(p.ob_type, [...parts.map((x) => x ?? None), None], null);
      if (copy instanceof PyProperty) copy.name = p.name;
      return copy;
    }
    const nn = (o: PyObject | null) => (o && o !== None ? newRef(o) : null);
    // property_copy: None as the doc when it was the getter's (the new getter's is taken again)
    return propertyNew(nn(parts[0]), nn(parts[1]), nn(parts[2]), p.getterDoc && parts[0] !== null && parts[0] !== None ? None : p.doc ?? None, p.name);
  }));
}
/**
 * A new exact property (property_init): `doc` (borrowed; null when not given) is kept, except that
 * without one (or with None) a getter's `__doc__` is taken (getter_doc); 3.12+ keep no None doc.
 * Takes over the references to the three functions.
 */
function propertyNew(fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null, doc: PyObject | null, name: string | null): PyProperty {
  const p = newTracked(new PyProperty(fget, fset, fdel, null, name));
  let pdoc: PyObject | null = doc !== null ? newRef(doc) : null;
  if ((doc === null || doc === None) && fget !== null) {
    if (pdoc) Py_DECREF(pdoc);
    pdoc = null;
    p.getterDoc = true;
    try {
      pdoc = getAttrOrNull(fget, '__doc__');
    } catch (e) {
      Py_DECREF(p);
      throw e;
    }
  }
  if (pdoc === None && RT.profile.versionInfo[1] >= 12) {
    Py_DECREF(pdoc);
    pdoc = null;
  }
  p.doc = pdoc;
  return p;
}
PropertyType.tp_getattr_extra = (o, name) => {
  const p = o as PyProperty;
  // property_init: without a doc of its own, a property shows its getter's
  if (name === '__doc__' && p.doc === null && p.fget !== null) return getAttrOrNull(p.fget, '__doc__') ?? newRef(None);
  // fget, fset and fdel are property_members (member descriptors, below)
  return name === '__doc__' ? newRef(p.doc ?? None) : null;
};
defMethod(PropertyType, '__set_name__', (self, args) => {
  if (args.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
  (self as PyProperty).name = args[1] instanceof PyStr ? args[1].v : null;
  return newRef(None);
});
import { defMethod, PyMethodDescr } from '../objects/methodobject';
import { makeTpCall } from '../objects/call_args';
function builtinMethodDescr(t: PyType, name: string, fn: CFunc): PyObject {
  defMethod(t, name, fn);
  return t.methods.get(name)!;
}
defMethod(PropertyType, '__get__', (self, args) => {
  const p = self as PyProperty;
  if (args[0] === None) return newRef(p);
  return callObject(p.fget!, [args[0]], null);
});

/** The function name PyArg_UnpackTuple reports in a slot wrapper's arity error: none before 3.14. */
function unpackName(name: string): string {
  return RT.profile.versionInfo[1] >= 14 ? name : '';
}
// wrap_descr_get (the `__get__` slot wrapper): None for either argument means "not given"
function wrapDescrGet(self: PyObject, args: PyObject[]): PyObject {
  // PyArg_UnpackTuple(args, "", 1, 2, …): " expected at least 1 argument, got 0"
  checkArgs(unpackName('__get__'), args, 1, 2);
  const obj = args[0] === None ? null : args[0];
  const type = args[1] === undefined || args[1] === None ? null : args[1];
  if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
  if (type !== null && !(type instanceof PyType)) throw typeError(`descriptor '__get__' requires a type as argument 2`);
  return descrGet(self, obj, (type as PyType | null) ?? obj!.ob_type);
}
// property_descr_set as the slot wrappers __set__ (wrap_descr_set) and __delete__ (wrap_descr_delete)
defMethod(PropertyType, '__set__', (self, args) => {
  // wrap_descr_set: PyArg_UnpackTuple(args, "", 2, 2, …)
  checkArgs(unpackName('__set__'), args, 2, 2);
  property_descr_set(self as PyProperty, args[0], args[1]);
  return newRef(None);
});
defMethod(PropertyType, '__delete__', (self, args) => {
  check_num_args(args, 1);
  property_descr_set(self as PyProperty, args[0], null);
  return newRef(None);
});
// property_members: fget, fset, fdel (read-only; None when absent)
for (const field of ['fget', 'fset', 'fdel'] as const) {
  defGetSetC(PropertyType, field, (o) => newRef((o as PyProperty)[field] ?? None), () => { throw attributeError('readonly attribute'); });
  PropertyType.methods.get(field)!.ob_type = MemberDescrType;
}
// property_get__name__ / property_set__name__ (3.13+): the name __set_name__ gave it, else its getter's
defGetSetSince(13, PropertyType, '__name__', (o) => {
  const p = o as PyProperty;
  if (p.name !== null) return PyUnicode_From(p.name);
  const n = p.fget !== null ? getAttrOrNull(p.fget, '__name__') : null;
  if (n === null) throw attributeError("'property' object has no attribute '__name__'");
  return n;
}, (o, v) => {
  if (v !== null && !(v instanceof PyStr)) throw pyErr(excTypes.get('NotImplementedError')!, 'heaplab does not simulate a property __name__ that is not a str yet');
  (o as PyProperty).name = v === null ? null : v.v;
});
/** _PyObject_IsAbstract: whether `o.__isabstractmethod__` is true (no such attribute, or an AttributeError getting it: false). */
export function isAbstract(o: PyObject | null): boolean {
  if (o === null) return false;
  const v = _PyObject_LookupAttr(o, '__isabstractmethod__');
  if (v === null) return false;
  try {
    return PyObject_IsTrue(v);
  } finally {
    Py_DECREF(v);
  }
}
// property_get___isabstractmethod__: any of the three functions is abstract
defGetSetC(PropertyType, '__isabstractmethod__', (o) => {
  const p = o as PyProperty;
  return newRef(PyBool(isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel)));
});
// sm_descr_get / cm_descr_get as __get__, sm_call as staticmethod.__call__, and sm_get___isabstractmethod__ / cm_get___isabstractmethod__
for (const T of [StaticMethodType, ClassMethodType]) {
  defMethod(T, '__get__', (self, args) => wrapDescrGet(self!, args));
  defGetSetC(T, '__isabstractmethod__', (o) => newRef(PyBool(isAbstract((o as PyWrapDescr).callable))));
}
defMethod(StaticMethodType, '__call__', (self, args, kw) => callObject((self as PyWrapDescr).callable, args, kw));
// method_get (method_descriptor) and wrapperdescr_get as __get__; methoddescr_call / wrapperdescr_call as __call__
for (const T of [MethodDescrType, WrapperDescrType]) {
  defMethod(T, '__get__', (self, args) => {
    const d = self as PyMethodDescr;
    if (d.kind === 'method' && args.length && args[0] !== None) checkDescrSelf(d, args[0]);
    return wrapDescrGet(self!, args);
  });
  defMethod(T, '__call__', (self, args, kw) => callObject(self!, args, kw));
}
// classmethod_descriptor: classmethod_get as __get__ (wrap_descr_get), classmethoddescr_call as
// tp_call and __call__. It has no vectorcall: a call packs its arguments (_PyObject_MakeTpCall),
// binds the method to the class given first, and calls that.
defMethod(ClassMethodDescrType, '__get__', (self, args) => {
  checkArgs(unpackName('__get__'), args, 1, 2);
  const obj = args[0] === None ? null : args[0];
  const type = args[1] === undefined || args[1] === None ? null : args[1];
  if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
  return classmethod_get(self as PyMethodDescr, obj, type);
});
ClassMethodDescrType.tp_call = (self, args, kw) => makeTpCall(args, kw, () => {
  const d = self! as PyMethodDescr;
  if (args.length - (kw ? kw.length : 0) < 1) throw typeError(`descriptor '${d.name}' of '${d.owner.tp_name}' object needs an argument`);
  const bound = classmethod_get(d, null, args[0]);
  try {
    return callObject(bound, args.slice(1), kw);
  } finally {
    Py_DECREF(bound);
  }
});
defMethod(ClassMethodDescrType, '__call__', (self, args, kw) => callObject(self!, args, kw));

// getset_descriptor / member_descriptor: descr_get_qualname, descr_members (__name__, __objclass__),
// and getset_get / getset_set (member_get / member_set) as __get__, __set__, __delete__
for (const T of [GetSetDescrType, MemberDescrType]) {
  defGetSetC(T, '__name__', (o) => PyUnicode_From((o as PyGetSetDescr).name));
  defGetSetC(T, '__qualname__', (o) => PyUnicode_From(`${(o as PyGetSetDescr).owner.qualname}.${(o as PyGetSetDescr).name}`));
  defGetSetC(T, '__objclass__', (o) => newRef((o as PyGetSetDescr).owner));
  // member_get_doc: the PyMemberDef's doc (a struct sequence field's), else None
  if (T === MemberDescrType) defGetSetC(T, '__doc__', (o) => {
    const doc = (o as PyGetSetDescr).doc;
    return doc === undefined ? newRef(None) : PyUnicode_From(doc);
  });
  defMethod(T, '__get__', (self, args) => {
    const d = self as PyGetSetDescr;
    if (args.length && args[0] !== None) descrCheck(d, args[0]);
    return wrapDescrGet(self!, args);
  });
  for (const [name, n] of [['__set__', 2], ['__delete__', 1]] as const) {
    defMethod(T, name, (self, args) => {
      if (n === 2) checkArgs(unpackName('__set__'), args, 2, 2);
      else check_num_args(args, 1);
      const d = self as PyGetSetDescr;
      descrCheck(d, args[0]);
      if (d.set === null) {
        if (d.ob_type === MemberDescrType) throw attributeError('readonly attribute');
        throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
      }
      d.set(args[0], n === 2 ? args[1] : null);
      return newRef(None);
    });
  }
}
/** descr_check: a descriptor used on an object of another type. */
function descrCheck(d: PyGetSetDescr, obj: PyObject): void {
  if (!obj.ob_type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
}
// method_call as the bound method's __call__; wrapper_call and wrapper_objclass for method-wrapper
defMethod(MethodType, '__call__', (self, args, kw) => callObject(self!, args, kw));
// method_descr_get (3.13+): a bound method looked up as a class attribute stays itself
defMethodSince(13, MethodType, '__get__', (self, args) => {
  checkArgs(unpackName('__get__'), args, 1, 2);
  if (args[0] === None && (args[1] === undefined || args[1] === None)) throw typeError('__get__(None, None) is invalid');
  return newRef(self!);
});
defMethod(MethodWrapperType, '__call__', (self, args, kw) => callObject(self!, args, kw));
defGetSetC(MethodWrapperType, '__objclass__', (o) => {
  // the builtin type whose slot wrapper this is bound from
  const f = o as PyCFunction;
  const owner = f.self!.ob_type.mro.find((t: PyType) => !t.heap && t.methods.has(f.name)) ?? f.self!.ob_type;
  return newRef(owner);
});

/** super objects. */
class PySuper extends PyObject {
  declare type: PyType;
  /** The object it is bound to; null for an unbound `super(C)`. */
  declare obj: PyObject | null;
  declare objType: PyType | null;
  constructor(type: PyType, obj: PyObject | null, objType: PyType | null) {
    super(SuperType);
    this.type = type;
    this.obj = obj;
    this.objType = objType;
  }
}
const SuperType = new PyType(TypeType, 'super', ObjectType);
SuperType.gc = true;
// superobject: PyObject_HEAD, type, obj, obj_type; and its PyGC_Head
SuperType.basicsize = 56;
SuperType.tp_traverse = (o, visit) => {
  const s = o as PySuper;
  visit(s.type, '__thisclass__');
  if (s.obj) visit(s.obj, '__self__');
  if (s.objType) visit(s.objType, '__self_class__');
};
import { PyObject_Free, _PyObject_GC_UNTRACK } from '../objects/object';
SuperType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  const s = o as PySuper;
  Py_DECREF(s.type);
  if (s.obj) Py_DECREF(s.obj);
  if (s.objType) Py_DECREF(s.objType);
  PyObject_Free(o);
};
// super_repr: an unbound super says NULL
SuperType.tp_repr = (o) => {
  const s = o as PySuper;
  return `<super: <class '${s.type.name}'>, ${s.objType ? `<${s.objType.name} object>` : 'NULL'}>`;
};
SuperType.tp_new = (_t, args, kwnames) => {
  // super_vectorcall: _PyArg_NoKwnames("super", kwnames), _PyArg_CheckPositional("super()", nargs, 0, 2)
  if (kwnames && kwnames.length) throw typeError('super() takes no keyword arguments');
  if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
  let type: PyObject, obj: PyObject | null;
  if (args.length === 2) {
    type = args[0];
    obj = args[1];
  } else if (args.length === 1) {
    // super(C): unbound, bound later by __get__
    type = args[0];
    obj = null;
  } else if (args.length === 0) {
    const f = S.frame!;
    const info = f.code.info;
    const ci = info.varnames.indexOf('__class__');
    if (ci < 0) throw pyErr(excTypes.get('RuntimeError')!, 'super(): __class__ cell not found');
    const cell = f.fast[ci] as PyCell;
    if (!cell || !cell.ref) throw pyErr(excTypes.get('RuntimeError')!, 'super(): empty __class__ cell');
    type = cell.ref;
    if (!info.argcount) throw pyErr(excTypes.get('RuntimeError')!, 'super(): no arguments');
    let first = f.fast[0];
    if (first instanceof PyCell && info.cellSlots.some((c) => c.slot === 0)) first = first.ref;
    if (!first) throw pyErr(excTypes.get('RuntimeError')!, 'super(): arg[0] deleted');
    obj = first;
  } else throw typeError('super() argument 1 must be a type');
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${type.ob_type.tp_name}`);
  if (obj === null) return newTracked(new PySuper(newRef(type), null, null));
  return newSuper(type, obj);
};
/** super(type, obj) after its arguments are known: supercheck, then a new bound super object. */
function newSuper(type: PyType, obj: PyObject): PyObject {
  const objType = obj instanceof PyType && obj.isSubtype(type) ? obj : obj.ob_type;
  if (!objType.isSubtype(type)) {
    // supercheck: 3.13 names both sides
    if (RT.profile.versionInfo[1] < 13) throw typeError('super(type, obj): obj must be an instance or subtype of type');
    const what = obj instanceof PyType ? `type ${obj.tp_name}` : `instance of ${obj.ob_type.tp_name}`;
    throw typeError(`super(type, obj): obj (${what}) is not an instance or subtype of type (${type.tp_name}).`);
  }
  const s = new PySuper(newRef(type), newRef(obj), newRef(objType));
  return newTracked(s);
}
// super_descr_get: an unbound super binds to the object (a bound one, or None, gives itself)
defMethod(SuperType, '__get__', (self, args) => {
  // wrap_descr_get's checks first
  checkArgs(unpackName('__get__'), args, 1, 2);
  if (args[0] === None && (args[1] === undefined || args[1] === None)) throw typeError('__get__(None, None) is invalid');
  const s = self as PySuper;
  if (args[0] === None || s.obj !== null) return newRef(s);
  return newSuper(s.type, args[0]);
});
// super_members: __thisclass__, __self__, __self_class__ (read-only; None when unbound)
for (const [field, get] of [['__thisclass__', (s: PySuper) => s.type], ['__self__', (s: PySuper) => s.obj], ['__self_class__', (s: PySuper) => s.objType]] as const) {
  defGetSetC(SuperType, field, (o) => newRef(get(o as PySuper) ?? None), () => { throw attributeError('readonly attribute'); });
  SuperType.methods.get(field)!.ob_type = MemberDescrType;
}
// super_getattro: every name but __class__ is looked up along the MRO after __thisclass__
// first, so super().__init__ finds the base class's __init__, not object.__init__ bound to the
// super object
SuperType.tp_getattro = (o, name) => {
  const s = o as PySuper;
  // an unbound super, and __class__, are looked up on the super object itself
  if (s.objType === null || name === '__class__') return null;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.type) + 1;
  for (; i < mro.length; i++) {
    const t = mro[i];
    const v = t.dict ? dictGetStr(t.dict as PyDict, name) : t.methods.get(name) ?? null;
    if (v) {
      const self = s.obj === s.objType ? null : s.obj;
      if (v.ob_type === FunctionType) return self ? newMethod(v, self) : newRef(v);
      if (v.ob_type === ClassMethodType) return newMethod((v as PyWrapDescr).callable, s.objType);
      if (v.ob_type === StaticMethodType) return newRef((v as PyWrapDescr).callable);
      if (v instanceof PyMethodDescr) {
        if (v.kind === 'static') return newRef(v);
        if (v.kind === 'classmethod') return bindC(v, s.objType);
        return self ? bindC(v, self) : newRef(v);
      }
      if (v.ob_type === PropertyType && self) return callObject((v as PyProperty).fget!, [self], null);
      return newRef(v);
    }
  }
  return null;
};
import { PyMethod_New } from '../objects/funcobject';
import { bindCMethod } from '../objects/methodobject';
function newMethod(f: PyObject, self: PyObject): PyObject {
  return PyMethod_New(f, self);
}
function bindC(d: PyMethodDescr, self: PyObject): PyObject {
  return bindCMethod(d, self);
}
SuperType.tp_call = null;

setTypeNewCalls((t) => {
  // type_new_set_names: __set_name__(owner, name) of every attribute that has one, in namespace
  // order, over a copy of the namespace (PyDict_Copy) so that the calls may change it
  const copy = DictType.methods.get('copy') as PyMethodDescr;
  const names = copy.fn(t.dict, [], null) as PyDict;
  try {
    for (const [k, v] of dictItems(names)) {
      const setName = _PyObject_LookupSpecial(v, '__set_name__');
      if (setName === null) continue;
      try {
        Py_DECREF(callObject(setName, [t, k], null));
      } finally {
        Py_DECREF(setName);
      }
    }
  } finally {
    Py_DECREF(names);
  }
}, (t, kw) => {
  // type_new_init_subclass: super(type, type).__init_subclass__(**kwds)
  const sup = SuperType.tp_new!(SuperType, [t, t], null);
  let func: PyObject;
  try {
    func = PyObject_GetAttr(sup, '__init_subclass__');
  } finally {
    Py_DECREF(sup);
  }
  try {
    Py_DECREF(callObject(func, kw.values, kw.names.length ? kw.names : null));
  } finally {
    Py_DECREF(func);
  }
});

/**
 * mro_invoke for a class whose metatype is not `type`: the metatype's mro() (type.mro unless a
 * class overrides it: mro_implementation's tuple made into a new list) becomes a tuple
 * (PySequence_Tuple), which mro_check vets; the class then resolves attributes in that order.
 */
setTypeMroInvoke((t) => {
  const meta = t.ob_type;
  const override = lookupHeap(meta, 'mro');
  let result: PyObject;
  if (override !== null) {
    const f = descrGet(override, t, meta);
    try {
      result = callObject(f, [], null);
    } finally {
      Py_DECREF(f);
    }
  } else {
    const seq = PyTuple_New(t.mro.map((b) => newRef(b)));
    try {
      result = PySequence_List(seq);
    } finally {
      Py_DECREF(seq);
    }
  }
  let mro: PyObject;
  try {
    mro = PySequence_Tuple(result);
  } finally {
    Py_DECREF(result);
  }
  const items = (mro as PyTuple).items;
  // mro_check: classes only, each a layout the new class can have
  for (const b of items) {
    let err: string | null = null;
    if (!(b instanceof PyType)) err = `mro() returned a non-class ('${b.ob_type.tp_name}')`;
    else if (!t.solid.isSubtype(b.solid)) err = `mro() returned base with unsuitable layout ('${b.tp_name}')`;
    if (err !== null) {
      Py_DECREF(mro);
      throw typeError(err);
    }
  }
  t.mro = items as PyType[];
  return mro;
});

// slice type
SliceType.tp_new = (_t, args) => {
  checkArgs('slice', args, 1, 3);
  const a = args.map((x) => newRef(x));
  if (a.length === 1) return PySlice_New(None, a[0], None);
  return PySlice_New(a[0], a[1], a.length > 2 ? a[2] : None);
};
// slice_members (start, stop, step: READONLY T_OBJECT) and slice.indices (slice_indices)
for (const field of ['start', 'stop', 'step'] as const) {
  defGetSetC(SliceType, field, (o) => newRef((o as PySlice)[field]), () => { throw attributeError('readonly attribute'); });
  SliceType.methods.get(field)!.ob_type = MemberDescrType;
}
defMethodC(SliceType, 'indices', (self, args) => {
  checkArgs('indices', args, 1, 1);
  const length = asIndex(args[0]);
  if (length < 0) throw valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(self as PySlice, length);
  return PyTuple_New([PyLong_From(start), PyLong_From(stop), PyLong_From(step)]);
});
SliceType.tp_repr = (o) => {
  const s = o as unknown as { start: PyObject; stop: PyObject; step: PyObject };
  return `slice(${PyObject_Repr(s.start)}, ${PyObject_Repr(s.stop)}, ${PyObject_Repr(s.step)})`;
};

// type(...) with 1 or 3 arguments (type_new); keyword arguments go to __init_subclass__
TypeType.tp_new = (metatype, args, kwnames) => {
  let meta = metatype;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos === 1 && meta === TypeType) {
    // type_vectorcall: _PyArg_NoKwnames
    if (nkw) throw typeError('type() takes no keyword arguments');
    return newRef(args[0].ob_type);
  }
  if (npos !== 3) throw typeError('type() takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  // type_new's PyArg_ParseTuple(args, "UO!O!:type.__new__", ...)
  if (!(name instanceof PyStr)) throw typeError(`type.__new__() argument 1 must be str, not ${argTypeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${argTypeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${argTypeName(ns)}`);
  const bs = (bases as PyTuple).items as PyType[];
  const n = (name as PyStr).v;
  // a base's metaclass that derives from `meta` makes the class, through its own __new__ if it has one
  const winner = _PyType_CalculateMetaclass(meta, bs);
  if (winner !== meta) {
    heapSpecialMethods(winner);
    const newm = winner.heapNew;
    if (newm !== null) return callObject(newm.ob_type === StaticMethodType ? (newm as PyWrapDescr).callable : newm, [winner, ...args], kwnames);
    meta = winner;
  }
  // type_new_set_module reads __name__ from the calling frame's globals (PyEval_GetGlobals)
  const globalsName = S.frame ? dictGetStr(S.frame.globals, '__name__') : null;
  const module = globalsName instanceof PyStr ? globalsName.v : '__main__';
  return type_new(meta, n, bs, ns as PyDict, n, module, null, nkw ? { names: kwnames!, values: args.slice(3) } : NO_CLASS_KEYWORDS, globalsName);
};
// type.__call__ (slot wrapper of type_call), what a metaclass's super().__call__ finds
defMethod(TypeType, '__call__', (self, args, kwnames) => type_call(self as PyType, args, kwnames));
// type.__new__(meta, name, bases, ns, **kwds) (tp_new_wrapper), what a metaclass's super().__new__ finds
defMethod(TypeType, '__new__', (_s, args, kwnames) => {
  const meta = args[0];
  if (!(meta instanceof PyType)) throw typeError(`type.__new__(X): X is not a type object (${meta ? meta.ob_type.name : 'NULL'})`);
  if (!meta.isSubtype(TypeType)) throw typeError(`type.__new__(${meta.name}): ${meta.name} is not a subtype of type`);
  return TypeType.tp_new!(meta, args.slice(1), kwnames);
}, 'static');
import { type_new, NO_CLASS_KEYWORDS, setTypeNewCalls, setTypeMroInvoke, _PyType_CalculateMetaclass, heapSpecialMethods } from '../objects/typeobject';

import { PyDictProxy_New } from '../objects/descrobject';
import { func_get_annotate } from '../objects/funcobject_annotations';
import { type_slots } from '../objects/typeobject_basicsize';
import '../objects/typeobject_getsets';
import { type_get_annotate } from '../objects/typeobject_annotations';
import { staticTypeDoc } from '../objects/typeobject_doc';
/** Builtin type attributes (__name__, __mro__, __dict__, __bases__ …). */
setTypeExtraAttr((t, name) => {
  switch (name) {
    case '__name__': return t.ht_name ? newRef(t.ht_name) : PyUnicode_From(t.name);
    case '__qualname__': return t.ht_qualname ? newRef(t.ht_qualname) : PyUnicode_From(t.qualname);
    case '__module__': return t.heap ? null : PyUnicode_From(t.module);
    // the class's own tp_mro and tp_bases tuples (a class with a custom mro() may have none yet)
    case '__mro__': return t.mroTuple ? newRef(t.mroTuple) : t.heap ? PyTuple_New(t.mro.map((x) => newRef(x))) : staticTypeTuple(t, 'mro', t.mro);
    case '__bases__': return t.basesTuple ? newRef(t.basesTuple) : t.heap ? PyTuple_New(t.bases.map((x) => newRef(x))) : staticTypeTuple(t, 'bases', t.bases);
    case '__base__': return newRef(t.base ?? None);
    case '__dict__': {
      // a read-only view of the namespace, new on every access
      return PyDictProxy_New(t.dict ? (t.dict as PyDict) : staticTypeDict(t));
    }
    case '__doc__': return t.dict ? null : newRef(staticTypeDoc(t) ?? None);
    case '__class__': return newRef(t.ob_type);
    case '__annotate__': return type_get_annotate(t);
    case '__basicsize__': case '__itemsize__': case '__dictoffset__': case '__weakrefoffset__': {
      const v = type_slots(t);
      return v === null ? null : PyLong_From(v[['__basicsize__', '__itemsize__', '__dictoffset__', '__weakrefoffset__'].indexOf(name)]);
    }
  }
  return null;
});

/** The tp_dict of each static type by profile (their methods differ by version), made on first use (see staticTypeDict). */
const STATIC_TYPE_DICTS = new Map<string, Map<PyType, PyDict>>();

/**
 * A static type's tp_dict: CPython fills it at start-up, so looking at it (`set.__dict__`)
 * allocates nothing but the proxy. heaplab makes it once per process outside the heap, like the
 * type itself (once per profile): immortal, never tracked, its keys static strings (lookups
 * compare their values).
 */
function staticTypeDict(t: PyType): PyDict {
  let byType = STATIC_TYPE_DICTS.get(RT.profile.name);
  if (byType === undefined) STATIC_TYPE_DICTS.set(RT.profile.name, (byType = new Map()));
  let d = byType.get(t);
  if (d === undefined) {
    d = new PyDict();
    d.ob_refcnt = IMMORTAL_REFCNT;
    staticAddr(d, 64);
    const keys: PyObject[] = [], vals: PyObject[] = [];
    for (const [k, v] of t.methods) {
      const key = new PyStr(k);
      key.ob_refcnt = IMMORTAL_REFCNT;
      staticAddr(key, 48 + k.length);
      keys.push(key);
      vals.push(v);
    }
    d.keys = keys;
    d.vals = vals;
    d.used = keys.length;
    let log2 = 3;
    while (((1 << log2) * 2) / 3 < keys.length) log2++;
    d.log2 = log2;
    d.usable = ((((1 << log2) * 2) / 3) | 0) - keys.length;
    byType.set(t, d);
  }
  return d;
}

/** Extra per-instance attributes of functions, methods, exceptions, cells… */
FunctionType.tp_getattr_extra = (o, name) => {
  const f = o as PyFunction;
  switch (name) {
    case '__name__': return f.func_name ? newRef(f.func_name) : PyUnicode_From(f.name);
    case '__qualname__': return f.func_qualname ? newRef(f.func_qualname) : PyUnicode_From(f.qualname);
    case '__module__': return newRef(f.module ?? None);
    case '__defaults__': return newRef(f.defaults ?? None);
    case '__kwdefaults__': return newRef(f.kwdefaults ?? None);
    case '__closure__': return newRef(f.closure ?? None);
    case '__code__': return newRef(f.code);
    case '__globals__': return newRef(f.globals);
    case '__doc__': return newRef(f.doc ?? None);
    case '__dict__': { if (!f.dict) f.dict = PyDict_New(); return newRef(f.dict); }
    case '__annotate__': return func_get_annotate(f);
    // func_get_builtins (3.10+): the builtins namespace the function runs with
    case '__builtins__': return newRef(S.builtins);
    // func_get_type_params (3.12+): the PEP 695 type parameters, none here
    case '__type_params__': return RT.profile.versionInfo[1] >= 12 ? newRef(EmptyTuple) : null;
  }
  return null;
};
// func_call and func_descr_get as slot wrappers; cfunction_call
defMethodC(FunctionType, '__call__', (self, args, kw) => callObject(self!, args, kw));
defMethodC(FunctionType, '__get__', (self, args) => {
  checkArgs('__get__', args, 1, 2);
  const [obj, type] = args;
  if (obj === None && (type === undefined || type === None)) throw typeError('__get__(None, None) is invalid');
  if (obj === None) return newRef(self!);
  return PyMethod_New(self!, obj);
});
defMethodC(CFunctionType, '__call__', (self, args, kw) => callObject(self!, args, kw));
/** The attributes of a builtin type's instances that its tp_getattr_extra computes, as dir() lists them. */
const DIR_EXTRA = new Map<PyType, (minor: number) => readonly string[]>([
  // method_memberlist: __func__ and __self__ (computed by MethodType.tp_getattr_extra)
  [MethodType, () => ['__func__', '__self__']],
  // sm_getsetlist / cm_getsetlist: __dict__ (the wrapper's own dict, made on first use)
  [StaticMethodType, () => ['__dict__']],
  [ClassMethodType, () => ['__dict__']],
  [FunctionType, (minor) => ['__builtins__', '__closure__', '__code__', '__defaults__', '__dict__', '__globals__', '__kwdefaults__', '__module__', '__name__', '__qualname__', ...(minor >= 12 ? ['__type_params__'] : []), ...(minor >= 14 ? ['__annotate__'] : [])]],
]);
/**
 * co_varnames / co_cellvars / co_freevars (_PyCode_GetVarnames …): a tuple of the interned names;
 * 3.12+ keep it in the code's `_co_cached` block (allocated on the first such access), 3.11 makes
 * a new one every time. `which`: 0 varnames, 1 cellvars, 2 freevars.
 */
function codeLocalNames(c: PyCode, which: 0 | 1 | 2): PyObject {
  const info = c.info;
  const names = which === 0 ? info.localNames ?? [] : which === 1 ? info.cellNames ?? [] : info.freevars;
  const make = () => (names.length ? PyTuple_New(names.map((n) => PyUnicode_Intern(n))) : newRef(EmptyTuple));
  if (!RT.profile.codeCachesLocalNames) return make();
  if (c.cached === null) {
    // init_co_cached: _co_code, _co_varnames, _co_cellvars, _co_freevars
    c.cachedAddr = RT.alloc.PyObject_Malloc(4 * RT.profile.pointerSize);
    c.cached = [null, null, null];
  }
  let t = c.cached[which];
  if (t === null) t = c.cached[which] = make();
  return newRef(t);
}
/** The code object attributes learners read (code_memberlist, code_getsetlist). */
CodeType.tp_getattr_extra = (o, name) => {
  const c = o as PyCode;
  const info = c.info;
  switch (name) {
    case 'co_name': return PyUnicode_Intern(info.name);
    case 'co_qualname': return PyUnicode_From(info.qualname);
    case 'co_argcount': return PyLong_From(info.argcount);
    case 'co_posonlyargcount': return PyLong_From(info.posonlyargcount);
    case 'co_kwonlyargcount': return PyLong_From(info.kwonlyargcount);
    case 'co_nlocals': return PyLong_From((info.localNames ?? []).length);
    case 'co_firstlineno': return PyLong_From(info.firstlineno);
    case 'co_filename': return PyUnicode_From(info.filename);
    case 'co_varnames': return codeLocalNames(c, 0);
    case 'co_cellvars': return codeLocalNames(c, 1);
    case 'co_freevars': return codeLocalNames(c, 2);
  }
  return null;
};
MethodType.tp_getattr_extra = (o, name) => {
  const m = o as PyMethod;
  if (name === '__self__') return newRef(m.self);
  if (name === '__func__') return newRef(m.func);
  return getAttrOrNull(m.func, name);
};
MethodType.tp_repr = (o) => {
  const m = o as PyMethod;
  // method_repr: the function's __qualname__, else its __name__, else "?"
  let fname = '?';
  if (m.func instanceof PyFunction) fname = m.func.qualname;
  else {
    for (const attr of ['__qualname__', '__name__']) {
      const n = getAttrQuiet(m.func, attr);
      if (n === null) continue;
      const ok = n instanceof PyStr;
      if (ok) fname = n.v;
      Py_DECREF(n);
      if (ok) break;
    }
  }
  return `<bound method ${fname} of ${PyObject_Repr(m.self)}>`;
};
CellType.tp_getattr_extra = (o, name) => {
  if (name === 'cell_contents') {
    const c = o as PyCell;
    if (!c.ref) throw pyErr(ValueErrorType, 'Cell is empty');
    return newRef(c.ref);
  }
  return null;
};
BaseExceptionType.tp_getattr_extra = (o, name) => {
  const e = o as PyBaseException;
  switch (name) {
    case 'value': if (e.ob_type.isSubtype(StopIterationType)) return newRef(e.args.items[0] ?? None); return null;
    // SystemExit_init's code: None without arguments, the argument, or the args tuple
    case 'code': if (e.ob_type.isSubtype(SystemExitType)) return newRef(e.args.items.length === 1 ? e.args.items[0] : e.args.items.length ? e.args : None); return null;
    // UnicodeEncodeError / UnicodeDecodeError members, from the five args the codecs pass
    case 'encoding': case 'object': case 'start': case 'end': case 'reason':
      if ((e.ob_type.isSubtype(UnicodeEncodeErrorType) || e.ob_type.isSubtype(UnicodeDecodeErrorType)) && e.args.items.length === 5) return newRef(e.args.items[['encoding', 'object', 'start', 'end', 'reason'].indexOf(name)]);
      // UnicodeTranslateError's four (object, start, end, reason); its encoding is None
      if (e.ob_type.isSubtype(UnicodeTranslateErrorType) && e.args.items.length === 4) return newRef(name === 'encoding' ? None : e.args.items[['object', 'start', 'end', 'reason'].indexOf(name)]);
      return null;
    case 'with_traceback': return null;
  }
  return null;
};
BaseExceptionType.tp_repr = (o) => {
  const e = o as PyBaseException;
  const a = e.args.items;
  const n = e.ob_type.name;
  if (a.length === 1) return `${n}(${PyObject_Repr(a[0])})`;
  return `${n}(${a.map((x) => PyObject_Repr(x)).join(', ')})`;
};
BaseExceptionType.tp_str = (o) => {
  const e = o as PyBaseException;
  const a = e.args.items;
  if (e.ob_type.isSubtype(excTypes.get('KeyError')!) && a.length === 1) return PyObject_Repr(a[0]);
  if (!a.length) return '';
  if (a.length === 1) return PyObject_Str(a[0]);
  return PyObject_Repr(e.args);
};
for (const t of excTypes.values()) {
  if (t === BaseExceptionType) continue;
  t.tp_repr = BaseExceptionType.tp_repr;
  t.tp_str = BaseExceptionType.tp_str;
  t.tp_getattr_extra = BaseExceptionType.tp_getattr_extra;
}
for (const t of excTypes.values()) if (t.isSubtype(OSErrorType)) t.tp_str = (o) => osErrorStr(o, BaseExceptionType.tp_str!);
BaseExceptionGroupType.tp_str = ExceptionGroupType.tp_str = BaseExceptionGroup_str;
for (const t of excTypes.values()) if (t.isSubtype(ImportErrorType)) t.tp_str = (o) => importErrorStr(o) ?? BaseExceptionType.tp_str!(o);
for (const t of excTypes.values()) if (t.isSubtype(SyntaxErrorType)) t.tp_str = syntaxErrorStr;
UnicodeTranslateErrorType.tp_str = (o) => unicodeTranslateErrorStr(o as PyBaseException) ?? BaseExceptionType.tp_str!(o);
for (const [t, decode] of [[UnicodeEncodeErrorType, false], [UnicodeDecodeErrorType, true]] as const) {
  t.tp_str = (o) => unicodeErrorStr(o as PyBaseException, decode) ?? BaseExceptionType.tp_str!(o);
}
defMethod(BaseExceptionType, 'with_traceback', (self, args) => {
  checkArgs('with_traceback', args, 1, 1);
  PyException_SetTraceback(self as PyBaseException, args[0]);
  return newRef(self!);
});
defGetSetC(BaseExceptionType, '__traceback__', (o) => newRef((o as PyBaseException).traceback ?? None), (o, v) => {
  if (v === null) throw typeError('__traceback__ may not be deleted');
  PyException_SetTraceback(o as PyBaseException, v);
});
// BaseException_getset and BaseException_members (Objects/exceptions.c): data descriptors, so an
// instance's __dict__ cannot shadow them
defGetSetC(BaseExceptionType, 'args', (o) => newRef((o as PyBaseException).args), (o, v) => {
  if (v === null) throw typeError('args may not be deleted');
  const e = o as PyBaseException;
  const seq = PySequence_Tuple(v) as PyTuple;
  const old = e.args;
  e.args = seq;
  Py_DECREF(old);
});
defGetSetC(BaseExceptionType, '__cause__', (o) => newRef((o as PyBaseException).cause ?? None), (o, v) => {
  if (v === null) throw typeError('__cause__ may not be deleted');
  if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
  PyException_SetCause(o as PyBaseException, v === None ? null : newRef(v));
});
defGetSetC(BaseExceptionType, '__context__', (o) => newRef((o as PyBaseException).context ?? None), (o, v) => {
  if (v === null) throw typeError('__context__ may not be deleted');
  if (v !== None && !(v instanceof PyBaseException)) throw typeError('exception context must be None or derive from BaseException');
  PyException_SetContext(o as PyBaseException, v === None ? null : newRef(v));
});
// a T_BOOL member (structmember.c PyMember_SetOne)
defGetSetC(BaseExceptionType, '__suppress_context__', (o) => PyBool((o as PyBaseException).suppressContext), (o, v) => {
  if (v === null) throw typeError("can't delete numeric/char attribute");
  if (v.ob_type !== BoolType) throw typeError('attribute value type must be bool');
  (o as PyBaseException).suppressContext = v === True;
});
BaseExceptionType.methods.get('__suppress_context__')!.ob_type = MemberDescrType;
/**
 * A settable T_OBJECT member of an exception type (PyMemberDef): None while unset; with
 * `noneUnsets`, assigning None unsets it (heaplab keeps those fields null for None).
 */
function defObjectMember(T: PyType, name: string, key: string, noneUnsets: boolean): void {
  type Fields = Record<string, PyObject | null>;
  defGetSetC(T, name, (o) => newRef((o as unknown as Fields)[key] ?? None), (o, v) => {
    const e = o as unknown as Fields;
    const old = e[key];
    if (v) v.ob_refcnt++;
    e[key] = noneUnsets && v === None ? (Py_DECREF(v), null) : v;
    Py_XDECREF(old);
  });
  T.methods.get(name)!.ob_type = MemberDescrType;
}
// ImportError_members (msg, path, name), AttributeError_members (name, obj), NameError_members (name)
for (const field of ['msg', 'path'] as const) defObjectMember(ImportErrorType, field, field, true);
for (const [T, fields] of [[AttributeErrorType, ['name', 'obj']], [NameErrorType, ['name']], [ImportErrorType, ['name']]] as const) {
  for (const field of fields) defObjectMember(T, field, field === 'name' ? 'attrName' : 'attrObj', true);
}
// SyntaxError_members
for (const field of SYNTAX_ERROR_FIELDS) defObjectMember(SyntaxErrorType, field, field, false);
defGetSetC(BaseExceptionType, '__dict__', PyObject_GenericGetDict, PyObject_GenericSetDict);
// BaseException_add_note (Objects/exceptions.c, METH_O): `__notes__` is an ordinary attribute (the
// instance dict's), looked up and set through the generic protocol; a list is created on first use
defMethod(BaseExceptionType, 'add_note', withSignature('BaseException.add_note', 'add_note', 'o', false, (self, args) => {
  const note = args[0];
  if (!(note instanceof PyStr)) {
    throw typeError(RT.profile.messages.addNoteClinic ? `add_note() argument must be str, not ${argTypeName(note)}` : `note must be a str, not '${note.ob_type.tp_name}'`);
  }
  let notes: PyObject | null;
  try {
    notes = PyObject_GetAttr(self!, '__notes__');
  } catch (e) {
    if (!(e instanceof PyRaise) || !e.exc.ob_type.isSubtype(AttributeErrorType)) throw e;
    Py_DECREF(e.exc);
    notes = null;
  }
  if (notes === null) {
    notes = PyList_New([]);
    try {
      PyObject_SetAttr(self!, '__notes__', notes);
    } catch (e) {
      Py_DECREF(notes);
      throw e;
    }
  } else if (!(notes instanceof PyList)) {
    Py_DECREF(notes);
    throw typeError('Cannot add note: __notes__ is not a list');
  }
  PyList_Append(notes as PyList, note);
  Py_DECREF(notes);
  return None;
}));
defExceptionInits();
BaseExceptionType.methods.set('__new__', ObjectType.methods.get('__new__')!);
ModuleType.tp_getattr_extra = () => null;
CodeType_attrs();
function CodeType_attrs(): void {
  const ct = (PyCode.prototype as unknown as { ob_type?: PyType }).ob_type;
  void ct;
}

setSlotsReader((v) => {
  if (v instanceof PyStr) return PyTuple_New([newRef(v)]);
  return PySequence_Tuple(v) as PyTuple;
}, (s) => {
  const o = PyUnicode_From(s);
  const r = PyObject_Repr(o);
  Py_DECREF(o);
  return r;
});

setObjectHooks({
  setattr: genericSetAttr,
  getattr: (o, n) => {
    const r = getAttrOrNull(o, n);
    if (r) return r;
    throw attributeError(`'${o.ob_type.tp_name}' object has no attribute '${n}'`);
  },
});
// copyreg.__newobj__(cls, *args): cls.__new__(cls, *args)
B.set('__newobj__', builtinFunction('__newobj__', (_s, args) => {
  const m = PyObject_GetAttr(args[0], '__new__');
  try {
    return callObject(m, args, null);
  } finally {
    Py_DECREF(m);
  }
}, 'copyreg'));
setItemHooks(PyObject_GetItem, (o, k, v) => PyObject_SetItem(o, k, v));

/** copyreg.__newobj__ (static builtin function). */
export function newobjFunction(): PyObject {
  return B.get('__newobj__')!;
}

/** Fills the builtins dict. */
// enumerate, zip, map, filter and reversed are classes: calling one runs the function above as
// its tp_new (zip's keeps its argument tuple), and the objects it makes are its instances
for (const name of ['enumerate', 'zip', 'map', 'filter', 'reversed']) {
  const fn = B.get(name)!;
  const T = jsIterType(name);
  T.tp_new = (t, args, kw) => {
    if (t !== T) throw typeError(`heaplab does not simulate subclasses of ${name}`);
    return callObject(fn, args, kw);
  };
  B.set(name, T);
}
// enum_methods' __class_getitem__ (enumerate[int] is a types.GenericAlias)
defClassGetItem(jsIterType('enumerate'));
// zip_setstate: the strict flag, as the truth of the argument
defMethod(jsIterType('zip'), '__setstate__', (self, args) => {
  checkArgs('zip.__setstate__', args, 1, 1);
  (self as PyJsIter).state = PyObject_IsTrue(args[0]) ? 1 : 0;
  return newRef(None);
});
// map_setstate (3.14+): the strict flag
defMethodSince(14, jsIterType('map'), '__setstate__', (self, args) => {
  checkArgs('map.__setstate__', args, 1, 1);
  (self as PyJsIter).state = PyObject_IsTrue(args[0]) ? 1 : 0;
  return newRef(None);
});
// 3.14: staticmethod[...] and classmethod[...] are generic aliases, and __annotations__ /
// __annotate__ read the wrapped callable's, cached in the wrapper's dict
// (descriptor_get_wrapped_attribute / descriptor_set_wrapped_attribute)
for (const T of [StaticMethodType, ClassMethodType]) {
  defMethodSince(14, T, '__class_getitem__', (cls, args) => {
    if (args.length !== 1) throw typeError(`${T.name}.__class_getitem__() takes exactly one argument (${args.length} given)`);
    return Py_GenericAlias(cls!, args[0]);
  }, 'classmethod');
  for (const name of ['__annotations__', '__annotate__']) {
    defGetSetSince(14, T, name, (o) => {
      const d = instanceDict(o, true)!;
      const cached = dictGetStr(d, name);
      if (cached) return newRef(cached);
      const v = PyObject_GetAttr((o as PyWrapDescr).callable, name);
      const k = PyUnicode_Intern(name);
      try {
        PyDict_SetItem(d, k, v);
      } finally {
        Py_DECREF(k);
      }
      return v;
    }, (o, v) => {
      const d = instanceDict(o, true)!;
      const k = PyUnicode_Intern(name);
      try {
        if (v !== null) PyDict_SetItem(d, k, v);
        else if (dictGetStr(d, name) === null) throw attributeError(name);
        else PyDict_DelItem(d, k);
      } finally {
        Py_DECREF(k);
      }
    });
  }
}
// reversed_setstate: the index of the next item, clamped to -1..len-1 (ignored once exhausted)
defMethod(jsIterType('reversed'), '__setstate__', (self, args) => {
  checkArgs('reversed.__setstate__', args, 1, 1);
  const index = iterStateIndex(args[0]);
  const it = self as PyJsIter;
  if (!it.refs.length) return newRef(None);
  const seq = it.refs[0];
  // the tuple variant reads items[n - 1 - state]; the str variant holds its characters reversed
  if (seq instanceof PyTuple || seq instanceof PyStr) {
    const n = seq instanceof PyTuple ? seq.items.length : it.refs.length;
    it.state = n - 1 - Math.min(Math.max(index, -1), n - 1);
  } else throw pyErr(excTypes.get('NotImplementedError')!, 'heaplab does not simulate reversed.__setstate__ over this sequence yet');
  return newRef(None);
});

export function makeBuiltins(): PyDict {
  const d = PyDict_New();
  const put = (name: string, v: PyObject) => {
    v.ob_refcnt++;
    insertdict(d, PyUnicode_Intern(name), v);
  };
  for (const [k, v] of B) if (k !== '__newobj__') put(k, v);
  const types: [string, PyType][] = [
    ['int', LongType], ['float', FloatType], ['str', StrType], ['bool', BoolType], ['bytes', BytesType], ['tuple', TupleType],
    ['list', ListType], ['dict', DictType], ['set', SetType], ['frozenset', FrozenSetType], ['object', ObjectType],
    ['type', TypeType], ['range', RangeType], ['slice', SliceType], ['staticmethod', StaticMethodType],
    ['classmethod', ClassMethodType], ['property', PropertyType], ['super', SuperType], ['complex', ComplexType], ['bytearray', ByteArrayType],
    ['memoryview', MemoryViewType],
  ];
  for (const [n, t] of types) put(n, t);
  for (const [n, t] of excTypes) if (hasBuiltinException(t)) put(n, t);
  // _PyBuiltins_AddExceptions: the aliases of OSError
  put('EnvironmentError', OSErrorType);
  put('IOError', OSErrorType);
  put('None', None);
  put('True', True);
  put('False', False);
  put('Ellipsis', Ellipsis);
  put('NotImplemented', NotImplemented);
  const name = PyUnicode_Intern('builtins');
  insertdict(d, PyUnicode_Intern('__name__'), name);
  return d;
}

export { SuperType, PySuper, EmptyTuple, PyGen, PyJsIter };
