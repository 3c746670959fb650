// Models SyntaxError's part of Objects/exceptions.c (CPython 3.12): SyntaxError_init, SyntaxError_str,
// and the SyntaxError the compiler raises with its location (PyErr_SyntaxLocationObject).
import { PyObject, PyType, Py_DECREF, Py_NewRef, Py_XDECREF } from './object';
import { PyBaseException, PySyntaxErrorObject, SyntaxErrorField, newException, typeError } from './exceptions';
import { BaseException_init, setSyntaxErrorInit } from './exceptions_init';
import { PyStr, PyUnicode_From } from './unicodeobject';
import { PyTuple, PyTuple_New } from './tupleobject';
import { LongType, PyLong, PyLong_From } from './longobject';
import { None } from './singletons';
import { PySequence_Tuple } from './typemethods';
import { PyObject_Str } from '../abstract';

/** Py_XSETREF(self->field, v) for a SyntaxError member, `v` already a new reference (or null). */
function setSyntaxMember(e: PySyntaxErrorObject, field: SyntaxErrorField, v: PyObject | null): void {
  const old = e[field];
  e[field] = v;
  Py_XDECREF(old);
}

/**
 * SyntaxError_init: BaseException_init, then `msg` from the first argument and, given exactly two,
 * filename, lineno, offset, text (and end_lineno, end_offset) from the second, any sequence
 * (PyArg_ParseTuple "OOOO|OO").
 */
export function SyntaxError_init(e: PyBaseException, args: PyObject[], kwnames: string[] | null): void {
  BaseException_init(e, args, kwnames);
  const se = e as PySyntaxErrorObject;
  if (args.length >= 1) {
    args[0].ob_refcnt++;
    setSyntaxMember(se, 'msg', args[0]);
  }
  if (args.length !== 2) return;
  const info = PySequence_Tuple(args[1]) as PyTuple;
  const n = info.items.length;
  if (n < 4 || n > 6) {
    Py_DECREF(info);
    throw typeError(n < 4 ? `function takes at least 4 arguments (${n} given)` : `function takes at most 6 arguments (${n} given)`);
  }
  const fields: SyntaxErrorField[] = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
  fields.forEach((f, i) => {
    const v = info.items[i] ?? null;
    if (v) v.ob_refcnt++;
    setSyntaxMember(se, f, v);
  });
  Py_DECREF(info);
  if (se.end_lineno !== null && se.end_offset === null) throw typeError('end_offset must be provided when end_lineno is provided');
}

/** SyntaxError_str: "msg (file, line N)", with the file's base name, as far as filename and lineno are there. */
export function syntaxErrorStr(o: PyObject): string {
  const e = o as PySyntaxErrorObject;
  const msg = PyObject_Str(e.msg ?? None);
  const filename = e.filename instanceof PyStr ? e.filename.v.slice(e.filename.v.lastIndexOf('/') + 1) : null;
  const lineno = e.lineno !== null && e.lineno.ob_type === LongType ? String((e.lineno as PyLong).v) : null;
  if (filename !== null && lineno !== null) return `${msg} (${filename}, line ${lineno})`;
  if (filename !== null) return `${msg} (${filename})`;
  if (lineno !== null) return `${msg} (line ${lineno})`;
  return msg;
}

/**
 * The SyntaxError the compiler raises for an error at `lineno`/`offset` of `filename`:
 * `type(msg, (filename, lineno, offset, text, end_lineno, end_offset))` with its members set.
 */
export function newSyntaxError(type: PyType, msg: string, filename: string, lineno: number, offset: number, text: string | null, endLineno: number, endOffset: number): PySyntaxErrorObject {
  const info = [PyUnicode_From(filename), PyLong_From(lineno), PyLong_From(offset), text === null ? Py_NewRef(None) : PyUnicode_From(text), PyLong_From(endLineno), PyLong_From(endOffset)];
  const m = PyUnicode_From(msg);
  const e = newException(type, [m, PyTuple_New(info)]) as PySyntaxErrorObject;
  m.ob_refcnt++;
  e.msg = m;
  const fields: SyntaxErrorField[] = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
  fields.forEach((f, i) => {
    info[i].ob_refcnt++;
    e[f] = info[i];
  });
  return e;
}

setSyntaxErrorInit(SyntaxError_init);
