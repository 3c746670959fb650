// Models the tp_init of the exception types (Objects/exceptions.c BaseException_init,
// AttributeError_init, NameError_init, ImportError_init, SyntaxError_init): what `type(*args, **kwargs)` runs after
// BaseException_new, and what `super().__init__(...)` in a subclass's __init__ reaches. Only
// AttributeError, NameError and ImportError take keywords; every other exception refuses them
// ("ValueError() takes no keyword arguments"). OSError's own init is in oserror.ts.
import { PyObject, PyRaise, PyType, Py_DECREF, Py_XDECREF, RT } from './object';
import { AttributeErrorType, BaseExceptionGroupType, BaseExceptionType, ImportErrorType, NameErrorType, OSErrorType, PyBaseException, PyImportError, SyntaxErrorType, newException, typeError } from './exceptions';
import { PyStr, PyUnicode_From, StrType } from './unicodeobject';
import { PyTuple, PyTuple_New } from './tupleobject';
import { badKeyword } from './argcheck';
import { defMethod } from './methodobject';
import { None } from './singletons';

/** BaseException_init with the keywords already refused: `args` becomes the positional arguments. */
function setArgs(e: PyBaseException, pos: PyObject[]): void {
  const old = e.args;
  if (initArgsTuple !== null) {
    // type_call's tp_init gets the tuple tp_new got: BaseException_init sets it again
    initArgsTuple.ob_refcnt++;
    e.args = initArgsTuple;
  } else {
    for (const a of pos) a.ob_refcnt++;
    e.args = PyTuple_New(pos.slice());
  }
  Py_DECREF(old);
}

/** The positional-argument tuple of the type_call whose tp_init excInit is running (null otherwise). */
let initArgsTuple: PyTuple | null = null;

/**
 * PyArg_ParseTupleAndKeywords(empty_tuple, kwds, "|$O…:func", kwlist): the keyword-only values
 * named in `kwlist` (null where not given), a TypeError for any other keyword.
 */
function parseKeywordOnly(func: string, kwlist: readonly string[], args: PyObject[], kwnames: string[] | null): (PyObject | null)[] {
  const out: (PyObject | null)[] = kwlist.map(() => null);
  if (!kwnames) return out;
  const first = args.length - kwnames.length;
  kwnames.forEach((k, i) => {
    const at = kwlist.indexOf(k);
    if (at < 0) throw typeError(badKeyword(func, k, kwlist));
    out[at] = args[first + i];
  });
  return out;
}

/** Py_XSETREF(self->field, Py_XNewRef(v)) for AttributeError.name / .obj, NameError.name. */
function setMember(e: PyBaseException, field: 'attrName' | 'attrObj', v: PyObject | null): void {
  const old = e[field];
  if (v) v.ob_refcnt++;
  e[field] = v;
  Py_XDECREF(old);
}

/** BaseException_init: refuses keywords with `<tp_name>() takes no keyword arguments`, sets args. */
export function BaseException_init(e: PyBaseException, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames && kwnames.length) throw typeError(`${e.ob_type.tp_name}() takes no keyword arguments`);
  setArgs(e, args);
}

/** The positional part of a vectorcall argument array. */
const positional = (args: PyObject[], kwnames: string[] | null) => (kwnames && kwnames.length ? args.slice(0, args.length - kwnames.length) : args);

/** AttributeError_init: args from the positionals, keyword-only `name` and `obj` (reset when absent). */
function AttributeError_init(e: PyBaseException, args: PyObject[], kwnames: string[] | null): void {
  setArgs(e, positional(args, kwnames));
  const [name, obj] = parseKeywordOnly('AttributeError', ['name', 'obj'], args, kwnames);
  setMember(e, 'attrName', name);
  setMember(e, 'attrObj', obj);
}

/** NameError_init: args from the positionals, keyword-only `name` (reset when absent). */
function NameError_init(e: PyBaseException, args: PyObject[], kwnames: string[] | null): void {
  setArgs(e, positional(args, kwnames));
  const [name] = parseKeywordOnly('NameError', ['name'], args, kwnames);
  setMember(e, 'attrName', name);
}

/** Py_XSETREF(self->field, Py_XNewRef(v)) for ImportError's msg, path, name_from. */
function setImportMember(e: PyImportError, field: 'msg' | 'path' | 'nameFrom', v: PyObject | null): void {
  const old = e[field];
  if (v) v.ob_refcnt++;
  e[field] = v;
  Py_XDECREF(old);
}

/**
 * ImportError_init: args from the positionals, keyword-only `name`, `path` (and `name_from` from
 * 3.12 on); `msg` is the one positional argument when there is exactly one, else unset.
 */
function ImportError_init(e: PyBaseException, args: PyObject[], kwnames: string[] | null): void {
  const pos = positional(args, kwnames);
  setArgs(e, pos);
  const [name, path, nameFrom] = parseKeywordOnly('ImportError', RT.profile.versionInfo[1] >= 12 ? ['name', 'path', 'name_from'] : ['name', 'path'], args, kwnames);
  const ie = e as PyImportError;
  setMember(ie, 'attrName', name);
  setImportMember(ie, 'path', path);
  setImportMember(ie, 'nameFrom', nameFrom ?? null);
  setImportMember(ie, 'msg', pos.length === 1 ? pos[0] : null);
}

/** A tp_init of an exception type: sets the exception up from the call's arguments. */
export type ExceptionInit = (e: PyBaseException, args: PyObject[], kwnames: string[] | null) => void;

/** SyntaxError_init (exceptions_syntax.ts, which needs the abstract object layer), once installed. */
let SyntaxError_init: ExceptionInit = BaseException_init;
/** Installs SyntaxError_init. */
export function setSyntaxErrorInit(init: ExceptionInit): void {
  SyntaxError_init = init;
}

/**
 * PyErr_SetImportErrorSubclass / _PyErr_SetImportErrorWithNameFrom: a new `type(msg, name=name)`
 * (with path and name_from when given), as the import system raises it.
 */
export function importError(type: PyType, msg: string, name: string, path: string | null = null, nameFrom: string | null = null): PyRaise {
  const m = PyUnicode_From(msg);
  const e = newException(type, [m]) as PyImportError;
  m.ob_refcnt++;
  e.msg = m;
  e.attrName = PyUnicode_From(name);
  if (path !== null) e.path = PyUnicode_From(path);
  if (nameFrom !== null && RT.profile.versionInfo[1] >= 12) e.nameFrom = PyUnicode_From(nameFrom);
  return new PyRaise(e);
}

/** ImportError_str: the message when `msg` is exactly a str, else BaseException_str. */
export function importErrorStr(o: PyObject): string | null {
  const msg = (o as PyImportError).msg;
  return msg !== null && msg.ob_type === StrType ? (msg as PyStr).v : null;
}

/**
 * Whether calling builtin exception type `t` goes through BaseException_vectorcall (3.14: the
 * types with BaseException's tp_new and tp_init) rather than tp_call.
 */
export function exceptionHasVectorcall(t: PyType): boolean {
  return RT.profile.exceptionVectorcall && !t.heap && initOf(t) === BaseException_init && !t.isSubtype(BaseExceptionGroupType);
}

/** The tp_init a builtin exception type has (inherited along the MRO), null for OSError's (oserror.ts). */
function initOf(t: PyType): typeof BaseException_init | null {
  if (t.isSubtype(OSErrorType)) return null;
  if (t.isSubtype(AttributeErrorType)) return AttributeError_init;
  if (t.isSubtype(NameErrorType)) return NameError_init;
  if (t.isSubtype(ImportErrorType)) return ImportError_init;
  if (t.isSubtype(SyntaxErrorType)) return SyntaxError_init;
  return BaseException_init;
}

/**
 * type_call's tp_init for an exception just made by excNew whose class defines no __init__ (the
 * arguments are borrowed, keyword values last as named by `kwnames`); on an error the new
 * exception is released before the error propagates, as type_call does.
 */
export function excInit(e: PyBaseException, args: PyObject[], kwnames: string[] | null, argsTuple: PyTuple | null = null, afterOwnNew = false): void {
  const init = initOf(e.ob_type);
  if (init === null) return;
  // args already set by BaseException_new (not when a Python __new__ made the exception)
  if (init === BaseException_init && !(kwnames && kwnames.length) && !afterOwnNew) return;
  const prev = initArgsTuple;
  initArgsTuple = argsTuple;
  try {
    init(e, args, kwnames);
  } catch (err) {
    Py_DECREF(e);
    throw err;
  } finally {
    initArgsTuple = prev;
  }
}

/** Installs BaseException.__init__, AttributeError.__init__, NameError.__init__, ImportError.__init__, SyntaxError.__init__. */
export function defExceptionInits(): void {
  const pairs = [[BaseExceptionType, BaseException_init], [AttributeErrorType, AttributeError_init], [NameErrorType, NameError_init], [ImportErrorType, ImportError_init], [SyntaxErrorType, ((e, a, k) => SyntaxError_init(e, a, k)) as ExceptionInit]] as const;
  for (const [T, init] of pairs) {
    defMethod(T, '__init__', (self, args, kwnames) => {
      init(self as PyBaseException, args, kwnames);
      return None;
    });
  }
}
