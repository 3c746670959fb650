// Models Objects/exceptions.c (CPython 3.12): BaseException and the builtin exception hierarchy.
import { builtinExceptionBasicsize } from './typeobject_basicsize';
import type { SuggestionContext } from '../modules/suggestions';
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_CLEAR, RT, Py_DECREF, Py_XDECREF, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from './object';
import { EmptyTuple, PyTuple, _PyTuple_FromArray } from './tupleobject';
import { PyUnicode_From } from './unicodeobject';
import { NO_ENTRIES, PyDict, dropKeysObject } from './dictobject';
import type { PyTraceBack } from './traceback';
import type { Pos } from '../parser/ast';

/** One traceback entry (a frame the exception passed through). */
export interface TbEntry {
  filename: string;
  lineno: number;
  name: string;
  col?: number;
  endCol?: number;
  endLineno?: number;
  /** The frame's serial (one entry per frame the exception passed through). */
  frame?: number;
}

/** An exception instance (builtin or of a user subclass). */
export class PyBaseException extends PyObject {
  declare args: PyTuple;
  declare dict: PyDict | null;
  /** __traceback__: the traceback chain (owned), outermost frame first, or null. */
  declare traceback: PyTraceBack | null;
  declare cause: PyObject | null;
  declare context: PyObject | null;
  declare suppressContext: boolean;
  /** NameError / AttributeError: what the traceback display needs for "Did you mean: …?", else null. */
  declare suggest: SuggestionContext | null;
  /**
   * The source position (co_positions) of the instruction that raised or propagated this exception
   * in the frame it is passing through, until that frame's traceback entry takes it; else null.
   */
  declare lasti: Pos | null;
  /** AttributeError.name / NameError.name (owned), null for None. */
  declare attrName: PyObject | null;
  /** AttributeError.obj (owned), null for None: the object whose attribute lookup failed. */
  declare attrObj: PyObject | null;
  /** StopIteration.value, KeyError key etc. are read from args. */
  constructor(type: PyType) {
    super(type);
    this.suppressContext = false;
    this.args = EmptyTuple;
    this.dict = null;
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suggest = null;
    this.lasti = null;
    this.attrName = null;
    this.attrObj = null;
  }
}

/** BaseException. */
export const BaseExceptionType = new PyType(TypeType, 'BaseException', ObjectType);
BaseExceptionType.isExc = true;
BaseExceptionType.gc = true;
BaseExceptionType.hasDict = true;
BaseExceptionType.basicsize = 88;
BaseExceptionType.weakrefable = false;
staticAddr(BaseExceptionType, 912);

BaseExceptionType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const e = o as PyBaseException;
  if (e.dict) {
    if (e.dict.embedded) {
      for (let i = 0; i < e.dict.keys.length; i++) if (e.dict.keys[i]) visit(e.dict.vals[i]!, traverseLabels.on ? '.' + String((e.dict.keys[i] as unknown as { v: string }).v) : '');
    } else visit(e.dict, '__dict__');
  }
  visit(e.args, 'args');
  if (e.traceback) visit(e.traceback, '__traceback__');
  if (e.cause) visit(e.cause, '__cause__');
  if (e.context) visit(e.context, '__context__');
  if (e.attrName) visit(e.attrName, 'name');
  if (e.attrObj) visit(e.attrObj, 'obj');
  if (e.ob_type.heap) visit(e.ob_type, '__class__');
};

/** BaseException_clear: drops args, cause, context and attributes. */
export function exceptionClear(o: PyObject): void {
  const e = o as PyBaseException;
  Py_CLEAR(e, 'traceback');
  const args = e.args;
  e.args = EmptyTuple;
  Py_DECREF(args);
  Py_CLEAR(e, 'cause');
  Py_CLEAR(e, 'context');
  Py_CLEAR(e, 'attrName');
  Py_CLEAR(e, 'attrObj');
  const d = e.dict;
  e.dict = null;
  if (d) {
    if (d.embedded) {
      const ks = d.keys, vs = d.vals;
      d.keys = NO_ENTRIES; d.vals = NO_ENTRIES;
      for (let i = 0; i < ks.length; i++) { Py_XDECREF(ks[i]); Py_XDECREF(vs[i]); }
      dropKeysObject(d);
    } else Py_DECREF(d);
  }
}
BaseExceptionType.tp_clear = exceptionClear;

BaseExceptionType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  exceptionClear(o);
  const t = o.ob_type;
  PyObject_Free(o);
  if (t.heap) Py_DECREF(t);
};

/** PyException_SetCause: `cause` (stolen; null for None) becomes __cause__, and __suppress_context__ is set. */
export function PyException_SetCause(e: PyBaseException, cause: PyObject | null): void {
  e.suppressContext = true;
  const old = e.cause;
  e.cause = cause;
  Py_XDECREF(old);
}

/** PyException_SetContext: `context` (stolen; null for None) becomes __context__. */
export function PyException_SetContext(e: PyBaseException, context: PyObject | null): void {
  const old = e.context;
  e.context = context;
  Py_XDECREF(old);
}

/**
 * An OSError instance (PyOSErrorObject): errno, strerror, filename and filename2 are owned
 * references or null (read as None); `written` is BlockingIOError's characters_written, -1 unset.
 */
export class PyOSError extends PyBaseException {
  declare myerrno: PyObject | null;
  declare strerror: PyObject | null;
  declare filename: PyObject | null;
  declare filename2: PyObject | null;
  declare written: number;
  constructor(type: PyType) {
    super(type);
    this.myerrno = null;
    this.strerror = null;
    this.filename = null;
    this.filename2 = null;
    this.written = -1;
  }
}

/** OSError_traverse / OSError_clear / the dealloc over them, set before the subclasses inherit them. */
function initOSErrorType(t: PyType): void {
  const baseTraverse = BaseExceptionType.tp_traverse!;
  t.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const e = o as PyOSError;
    if (e.myerrno) visit(e.myerrno, 'errno');
    if (e.strerror) visit(e.strerror, 'strerror');
    if (e.filename) visit(e.filename, 'filename');
    if (e.filename2) visit(e.filename2, 'filename2');
    baseTraverse(o, visit);
  };
  t.tp_clear = osErrorClear;
  t.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    osErrorClear(o);
    const ty = o.ob_type;
    PyObject_Free(o);
    if (ty.heap) Py_DECREF(ty);
  };
}

/** OSError_clear: the four attributes, then BaseException_clear. */
function osErrorClear(o: PyObject): void {
  const e = o as PyOSError;
  Py_CLEAR(e, 'myerrno');
  Py_CLEAR(e, 'strerror');
  Py_CLEAR(e, 'filename');
  Py_CLEAR(e, 'filename2');
  exceptionClear(o);
}

/**
 * An ImportError instance (PyImportErrorObject): msg, path and name_from are owned references or
 * null (read as None); its `name` member is the base struct's attrName.
 */
export class PyImportError extends PyBaseException {
  declare msg: PyObject | null;
  declare path: PyObject | null;
  declare nameFrom: PyObject | null;
  constructor(type: PyType) {
    super(type);
    this.msg = null;
    this.path = null;
    this.nameFrom = null;
  }
}

/** ImportError_traverse / ImportError_clear / the dealloc over them, set before ModuleNotFoundError inherits them. */
function initImportErrorType(t: PyType): void {
  const baseTraverse = BaseExceptionType.tp_traverse!;
  t.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const e = o as PyImportError;
    if (e.msg) visit(e.msg, 'msg');
    if (e.path) visit(e.path, 'path');
    if (e.nameFrom) visit(e.nameFrom, 'name_from');
    baseTraverse(o, visit);
  };
  t.tp_clear = importErrorClear;
  t.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    importErrorClear(o);
    const ty = o.ob_type;
    PyObject_Free(o);
    if (ty.heap) Py_DECREF(ty);
  };
}

/** ImportError_clear: msg, path, name_from, then BaseException_clear (which clears name). */
function importErrorClear(o: PyObject): void {
  const e = o as PyImportError;
  Py_CLEAR(e, 'msg');
  Py_CLEAR(e, 'path');
  Py_CLEAR(e, 'nameFrom');
  exceptionClear(o);
}

/** The members of a SyntaxError (PySyntaxErrorObject), in its struct's order. */
export const SYNTAX_ERROR_FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'] as const;
/** One member of a SyntaxError. */
export type SyntaxErrorField = (typeof SYNTAX_ERROR_FIELDS)[number];

/** A SyntaxError instance (PySyntaxErrorObject): each member an owned reference or null (read as None). */
export class PySyntaxErrorObject extends PyBaseException {
  declare msg: PyObject | null;
  declare filename: PyObject | null;
  declare lineno: PyObject | null;
  declare offset: PyObject | null;
  declare text: PyObject | null;
  declare end_lineno: PyObject | null;
  declare end_offset: PyObject | null;
  declare print_file_and_line: PyObject | null;
  constructor(type: PyType) {
    super(type);
    this.msg = null;
    this.filename = null;
    this.lineno = null;
    this.offset = null;
    this.text = null;
    this.end_lineno = null;
    this.end_offset = null;
    this.print_file_and_line = null;
  }
}

/** SyntaxError_clear: the members, then BaseException_clear. */
function syntaxErrorClear(o: PyObject): void {
  const e = o as PySyntaxErrorObject;
  for (const f of SYNTAX_ERROR_FIELDS) Py_CLEAR(e, f);
  exceptionClear(o);
}

/** SyntaxError_traverse / SyntaxError_clear / SyntaxError_dealloc, set before its subclasses inherit them. */
function initSyntaxErrorType(t: PyType): void {
  const baseTraverse = BaseExceptionType.tp_traverse!;
  t.tp_traverse = (o: PyObject, visit: VisitProc) => {
    const e = o as PySyntaxErrorObject;
    for (const f of SYNTAX_ERROR_FIELDS) {
      const v = e[f];
      if (v) visit(v, f);
    }
    baseTraverse(o, visit);
  };
  t.tp_clear = syntaxErrorClear;
  t.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    syntaxErrorClear(o);
    const ty = o.ob_type;
    PyObject_Free(o);
    if (ty.heap) Py_DECREF(ty);
  };
}

/** All builtin exception types by name. */
export const excTypes = new Map<string, PyType>();
excTypes.set('BaseException', BaseExceptionType);

function exc(name: string, base: PyType): PyType {
  const t = new PyType(TypeType, name, base);
  staticAddr(t, 912);
  excTypes.set(name, t);
  return t;
}

export const SystemExitType = exc('SystemExit', BaseExceptionType);
export const KeyboardInterruptType = exc('KeyboardInterrupt', BaseExceptionType);
export const GeneratorExitType = exc('GeneratorExit', BaseExceptionType);
export const ExceptionType = exc('Exception', BaseExceptionType);
export const StopIterationType = exc('StopIteration', ExceptionType);
export const ArithmeticErrorType = exc('ArithmeticError', ExceptionType);
export const ZeroDivisionErrorType = exc('ZeroDivisionError', ArithmeticErrorType);
export const OverflowErrorType = exc('OverflowError', ArithmeticErrorType);
export const FloatingPointErrorType = exc('FloatingPointError', ArithmeticErrorType);
export const AssertionErrorType = exc('AssertionError', ExceptionType);
export const AttributeErrorType = exc('AttributeError', ExceptionType);
export const BufferErrorType = exc('BufferError', ExceptionType);
export const EOFErrorType = exc('EOFError', ExceptionType);
export const ImportErrorType = exc('ImportError', ExceptionType);
initImportErrorType(ImportErrorType);
export const ModuleNotFoundErrorType = exc('ModuleNotFoundError', ImportErrorType);
export const LookupErrorType = exc('LookupError', ExceptionType);
export const IndexErrorType = exc('IndexError', LookupErrorType);
export const KeyErrorType = exc('KeyError', LookupErrorType);
export const MemoryErrorType = exc('MemoryError', ExceptionType);
export const NameErrorType = exc('NameError', ExceptionType);
export const UnboundLocalErrorType = exc('UnboundLocalError', NameErrorType);
export const OSErrorType = exc('OSError', ExceptionType);
initOSErrorType(OSErrorType);
// OSError's subclasses (exceptions.c static_exceptions "Level 4" and ConnectionError's level)
export const BlockingIOErrorType = exc('BlockingIOError', OSErrorType);
export const ChildProcessErrorType = exc('ChildProcessError', OSErrorType);
export const ConnectionErrorType = exc('ConnectionError', OSErrorType);
export const BrokenPipeErrorType = exc('BrokenPipeError', ConnectionErrorType);
export const ConnectionAbortedErrorType = exc('ConnectionAbortedError', ConnectionErrorType);
export const ConnectionRefusedErrorType = exc('ConnectionRefusedError', ConnectionErrorType);
export const ConnectionResetErrorType = exc('ConnectionResetError', ConnectionErrorType);
export const FileExistsErrorType = exc('FileExistsError', OSErrorType);
export const FileNotFoundErrorType = exc('FileNotFoundError', OSErrorType);
export const IsADirectoryErrorType = exc('IsADirectoryError', OSErrorType);
export const NotADirectoryErrorType = exc('NotADirectoryError', OSErrorType);
export const InterruptedErrorType = exc('InterruptedError', OSErrorType);
export const PermissionErrorType = exc('PermissionError', OSErrorType);
export const ProcessLookupErrorType = exc('ProcessLookupError', OSErrorType);
export const TimeoutErrorType = exc('TimeoutError', OSErrorType);
export const ReferenceErrorType = exc('ReferenceError', ExceptionType);
export const RuntimeErrorType = exc('RuntimeError', ExceptionType);
export const NotImplementedErrorType = exc('NotImplementedError', RuntimeErrorType);
export const RecursionErrorType = exc('RecursionError', RuntimeErrorType);
export const PythonFinalizationErrorType = exc('PythonFinalizationError', RuntimeErrorType);
export const StopAsyncIterationType = exc('StopAsyncIteration', ExceptionType);
export const SyntaxErrorType = exc('SyntaxError', ExceptionType);
initSyntaxErrorType(SyntaxErrorType);
export const IndentationErrorType = exc('IndentationError', SyntaxErrorType);
export const TabErrorType = exc('TabError', IndentationErrorType);
export const IncompleteInputErrorType = exc('_IncompleteInputError', SyntaxErrorType);
export const SystemErrorType = exc('SystemError', ExceptionType);
export const TypeErrorType = exc('TypeError', ExceptionType);
export const ValueErrorType = exc('ValueError', ExceptionType);
export const UnicodeErrorType = exc('UnicodeError', ValueErrorType);
export const UnicodeEncodeErrorType = exc('UnicodeEncodeError', UnicodeErrorType);
export const UnicodeDecodeErrorType = exc('UnicodeDecodeError', UnicodeErrorType);
export const UnicodeTranslateErrorType = exc('UnicodeTranslateError', UnicodeErrorType);
export const WarningType = exc('Warning', ExceptionType);
export const DeprecationWarningType = exc('DeprecationWarning', WarningType);
export const UserWarningType = exc('UserWarning', WarningType);
/**
 * BaseExceptionGroup (PyBaseExceptionGroupObject: BaseException's fields, then msg and excs), and
 * ExceptionGroup, which _PyExc_InitTypes makes with PyErr_NewException over (BaseExceptionGroup,
 * Exception): its MRO is ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
 */
export const BaseExceptionGroupType = exc('BaseExceptionGroup', BaseExceptionType);
/** ExceptionGroup (see BaseExceptionGroupType). */
export const ExceptionGroupType = exc('ExceptionGroup', BaseExceptionGroupType);
ExceptionGroupType.bases = [BaseExceptionGroupType, ExceptionType];
ExceptionGroupType.mro = [ExceptionGroupType, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType];

/** An exception group instance: `msg` (a str) and `excs` (a tuple), owned, null once cleared. */
export class PyBaseExceptionGroup extends PyBaseException {
  declare msg: PyObject | null;
  declare excs: PyTuple | null;
  /**
   * The serial of the frame whose try/except* re-raised this group (RERAISE: no traceback entry
   * for that frame), -1 otherwise; the next addTraceback in that frame consumes it.
   */
  declare reraiseFrame: number;
  constructor(type: PyType) {
    super(type);
    this.msg = null;
    this.excs = null;
    this.reraiseFrame = -1;
  }
}

/** BaseExceptionGroup_clear: msg, excs, then BaseException_clear. */
function exceptionGroupClear(o: PyObject): void {
  const e = o as PyBaseExceptionGroup;
  Py_CLEAR(e, 'msg');
  Py_CLEAR(e, 'excs');
  exceptionClear(o);
}
BaseExceptionGroupType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const e = o as PyBaseExceptionGroup;
  if (e.msg) visit(e.msg, 'message');
  if (e.excs) visit(e.excs, 'exceptions');
  BaseExceptionType.tp_traverse!(o, visit);
};
BaseExceptionGroupType.tp_clear = exceptionGroupClear;
BaseExceptionGroupType.tp_dealloc = (o) => {
  _PyObject_GC_UNTRACK(o);
  exceptionGroupClear(o);
  const t = o.ob_type;
  PyObject_Free(o);
  if (t.heap) Py_DECREF(t);
};
ExceptionGroupType.tp_traverse = BaseExceptionGroupType.tp_traverse;
ExceptionGroupType.tp_clear = BaseExceptionGroupType.tp_clear;
ExceptionGroupType.tp_dealloc = BaseExceptionGroupType.tp_dealloc;

export const RuntimeWarningType = exc('RuntimeWarning', WarningType);
for (const w of ['BytesWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'SyntaxWarning', 'UnicodeWarning']) exc(w, WarningType);

/**
 * The builtin exception types only some versions have (3.13 added PythonFinalizationError and
 * _IncompleteInputError): a profile lists the ones it has in `addedExceptions`; builtins and
 * `__subclasses__()` leave out the others.
 */
export const versionedExceptions: ReadonlySet<string> = new Set(['PythonFinalizationError', '_IncompleteInputError']);

/** Whether the running version has builtin exception type `t`. */
export function hasBuiltinException(t: PyType): boolean {
  return !versionedExceptions.has(t.name) || RT.profile.addedExceptions.includes(t.name);
}

/**
 * A new exception instance of `type` with `args` (stolen), or with `argsTuple` itself (a new
 * reference taken): BaseException_new keeps the argument tuple tp_call got as `args`.
 */
export function newException(type: PyType, args: PyObject[], argsTuple: PyTuple | null = null): PyBaseException {
  const e = type.isSubtype(OSErrorType) ? new PyOSError(type) : type.isSubtype(ImportErrorType) ? new PyImportError(type) : type.isSubtype(SyntaxErrorType) ? new PySyntaxErrorObject(type) : new PyBaseException(type);
  PyObject_Init(e, type.heap ? type.basicsize : builtinExceptionBasicsize(type));
  if (argsTuple !== null) {
    argsTuple.ob_refcnt++;
    e.args = argsTuple;
  } else e.args = _PyTuple_FromArray(args);
  _PyObject_GC_TRACK(e);
  if (type.heap) type.ob_refcnt++;
  return e;
}

/** A PyRaise carrying a new `type(msg)`. */
export function pyErr(type: PyType, msg?: string): PyRaise {
  return new PyRaise(newException(type, msg === undefined ? [] : [PyUnicode_From(msg)]));
}

/** TypeError(msg). */
export const typeError = (msg: string) => pyErr(TypeErrorType, msg);
/** ValueError(msg). */
export const valueError = (msg: string) => pyErr(ValueErrorType, msg);
/** IndexError(msg). */
export const indexError = (msg: string) => pyErr(IndexErrorType, msg);
/** AttributeError(msg). */
export const attributeError = (msg: string) => pyErr(AttributeErrorType, msg);
/** ZeroDivisionError(msg). */
export const zeroDivision = (msg: string) => pyErr(ZeroDivisionErrorType, msg);
/** NameError(msg). */
export const nameError = (name: string) => pyErr(NameErrorType, `name '${name}' is not defined`);
/** RuntimeError(msg). */
export const runtimeError = (msg: string) => pyErr(RuntimeErrorType, msg);
/** OverflowError(msg). */
export const overflowError = (msg: string) => pyErr(OverflowErrorType, msg);
