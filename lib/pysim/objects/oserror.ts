// Models OSError's constructor, str, members and reduce (Objects/exceptions.c OSError_new,
// OSError_init, oserror_parse_args, oserror_init, OSError_str, OSError_members, OSError_getset,
// OSError_reduce). The struct, traverse and clear are in exceptions.ts.
import { PyObject, PyType, Py_DECREF, Py_XDECREF, RT } from './object';
import { BaseExceptionGroupType, BlockingIOErrorType, OSErrorType, PyBaseException, PyOSError, attributeError, excTypes, newException, typeError } from './exceptions';
import { PyLong, PyLong_From } from './longobject';
import { FloatType } from './floatobject';
import { ComplexType } from './complexobject';
import { PyTuple, PyTuple_New } from './tupleobject';
import { materializeDict } from './dictobject';
import { heapSpecialMethods, lookupHeap } from './typeobject';
import { defGetSet, defMethod, MemberDescrType } from './methodobject';
import { PyObject_Repr, PyObject_Str, asIndex } from '../abstract';
import { None } from './singletons';

/**
 * oserror_use_init: a class that defines `__init__` but not `__new__` gets its arguments parsed
 * by OSError.__init__ (called from its own), not by OSError.__new__.
 */
function oserrorUseInit(t: PyType): boolean {
  if (!t.heap) return false;
  heapSpecialMethods(t);
  return t.heapInit !== null && t.heapNew === null;
}

/** oserror_parse_args: [errno, strerror, filename, winerror, filename2] (null where not given) for 2–5 arguments, else null. */
function parseArgs(args: PyObject[]): (PyObject | null)[] | null {
  if (args.length < 2 || args.length > 5) return null;
  return [args[0], args[1], args[2] ?? null, args[3] ?? null, args[4] ?? null];
}

/** PyNumber_Check: int, float, complex, or a class with __index__ / __int__ / __float__ / __complex__. */
function numberCheck(o: PyObject): boolean {
  if (o instanceof PyLong || o.ob_type.isSubtype(FloatType) || o.ob_type.isSubtype(ComplexType)) return true;
  if (!o.ob_type.heap) return false;
  return ['__index__', '__int__', '__float__', '__complex__'].some((n) => lookupHeap(o.ob_type, n) !== null);
}

/**
 * oserror_init: stores the attributes (new references) and the args tuple: the first two
 * arguments only when a file name was given (BlockingIOError's number of characters written
 * leaves them all).
 */
function oserrorInit(e: PyOSError, args: PyObject[], p: (PyObject | null)[] | null, argsTuple: PyTuple | null = null): void {
  let keep = args;
  const [myerrno, strerror, filename, , filename2] = p ?? [null, null, null, null, null];
  if (filename && filename !== None) {
    if (e.ob_type === BlockingIOErrorType && numberCheck(filename)) {
      e.written = asIndex(filename);
    } else {
      const old = e.filename;
      filename.ob_refcnt++;
      e.filename = filename;
      Py_XDECREF(old);
      if (filename2 && filename2 !== None) {
        const old2 = e.filename2;
        filename2.ob_refcnt++;
        e.filename2 = filename2;
        Py_XDECREF(old2);
      }
      keep = args.slice(0, 2);
    }
  }
  const oldErrno = e.myerrno, oldStr = e.strerror;
  if (myerrno) myerrno.ob_refcnt++;
  if (strerror) strerror.ob_refcnt++;
  e.myerrno = myerrno;
  e.strerror = strerror;
  Py_XDECREF(oldErrno);
  Py_XDECREF(oldStr);
  const oldArgs = e.args;
  if (argsTuple !== null && keep === args) {
    // the tuple tp_call was given, unless a filename cut it to (errno, strerror)
    argsTuple.ob_refcnt++;
    e.args = argsTuple;
  } else {
    for (const a of keep) a.ob_refcnt++;
    e.args = PyTuple_New(keep.slice());
  }
  Py_DECREF(oldArgs);
}

/**
 * A new instance of exception type `t` called with `args` (borrowed; the keyword values last,
 * named by `kwnames`): BaseException_new, or for OSError and its subclasses OSError_new, which
 * parses the arguments and, called on OSError itself with an int errno, makes the subclass the
 * profile's errnomap gives (OSError(2, 'x') is a FileNotFoundError on Linux).
 */
export function excNew(t: PyType, args: PyObject[], kwnames: string[] | null, argsTuple: PyTuple | null = null): PyBaseException {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = nkw ? args.slice(0, args.length - nkw) : args;
  if (!t.isSubtype(OSErrorType)) {
    if (t.isSubtype(BaseExceptionGroupType)) return BaseExceptionGroupType.tp_new!(t, pos, kwnames) as PyBaseException;
    // BaseException_new: `args` is the positional-argument tuple tp_call was given
    if (argsTuple !== null) return newException(t, [], argsTuple);
    for (const a of pos) a.ob_refcnt++;
    return newException(t, pos.slice());
  }
  if (oserrorUseInit(t)) return newException(t, []);
  if (nkw) throw typeError(`${t.tp_name}() takes no keyword arguments`);
  const p = parseArgs(pos);
  let type = t;
  if (p && p[0] instanceof PyLong && t === OSErrorType && typeof p[0].v === 'number') {
    const v = p[0].v;
    const hit = RT.profile.errnoExceptions.find((m) => m[0] === v);
    if (hit) type = excTypes.get(hit[1])!;
  }
  const e = newException(type, []) as PyOSError;
  try {
    oserrorInit(e, pos, p, nkw ? null : argsTuple);
  } catch (err) {
    Py_DECREF(e);
    throw err;
  }
  return e;
}

// OSError_init: nothing unless the class's own __init__ parses the arguments (oserror_use_init)
defMethod(OSErrorType, '__init__', (self, args, kwnames) => {
  const e = self as PyOSError;
  if (!oserrorUseInit(e.ob_type)) return None;
  if (kwnames && kwnames.length) throw typeError(`${e.ob_type.tp_name}() takes no keyword arguments`);
  oserrorInit(e, args, parseArgs(args));
  return None;
});

/** OSError_str: "[Errno 2] strerror", with ": 'filename'" and " -> 'filename2'", else BaseException_str. */
export function osErrorStr(o: PyObject, baseStr: (o: PyObject) => string): string {
  const e = o as PyOSError;
  const orNone = (x: PyObject | null) => PyObject_Str(x ?? None);
  if (e.filename) {
    if (e.filename2) return `[Errno ${orNone(e.myerrno)}] ${orNone(e.strerror)}: ${PyObject_Repr(e.filename)} -> ${PyObject_Repr(e.filename2)}`;
    return `[Errno ${orNone(e.myerrno)}] ${orNone(e.strerror)}: ${PyObject_Repr(e.filename)}`;
  }
  if (e.myerrno && e.strerror) return `[Errno ${PyObject_Str(e.myerrno)}] ${PyObject_Str(e.strerror)}`;
  return baseStr(o);
}

// OSError_members: T_OBJECT members (None while NULL; del sets NULL)
for (const [name, field] of [['errno', 'myerrno'], ['strerror', 'strerror'], ['filename', 'filename'], ['filename2', 'filename2']] as const) {
  defGetSet(OSErrorType, name, (o) => {
    const v = (o as PyOSError)[field] ?? None;
    v.ob_refcnt++;
    return v;
  }, (o, v) => {
    const e = o as PyOSError;
    const old = e[field];
    if (v) v.ob_refcnt++;
    e[field] = v;
    Py_XDECREF(old);
  });
  OSErrorType.methods.get(name)!.ob_type = MemberDescrType;
}

// OSError_written_get / OSError_written_set
defGetSet(OSErrorType, 'characters_written', (o) => {
  const e = o as PyOSError;
  if (e.written === -1) throw attributeError('characters_written');
  return PyLong_From(e.written);
}, (o, v) => {
  const e = o as PyOSError;
  if (v === null) {
    if (e.written === -1) throw attributeError('characters_written');
    e.written = -1;
    return;
  }
  e.written = asIndex(v);
});

// OSError_reduce: the args get the file names back (errno, strerror, filename[, None, filename2])
defMethod(OSErrorType, '__reduce__', (self) => {
  const e = self as PyOSError;
  let args: PyTuple;
  if (e.args.items.length === 2 && e.filename) {
    const items = [e.args.items[0], e.args.items[1], e.filename];
    if (e.filename2) items.push(None, e.filename2);
    for (const x of items) x.ob_refcnt++;
    args = PyTuple_New(items);
  } else {
    args = e.args;
    args.ob_refcnt++;
  }
  const parts: PyObject[] = [e.ob_type, args];
  e.ob_type.ob_refcnt++;
  if (e.dict) {
    materializeDict(e.dict);
    e.dict.ob_refcnt++;
    parts.push(e.dict);
  }
  return PyTuple_New(parts);
});

