// Models Objects/abstract.c's PyObject_Format and the glue between the object model and the pure
// formatting functions of objects/format (format(), f-strings, str % args, str.format).
import { PyObject, PyRaise, Py_DECREF, Py_NewRef } from '../objects/object';
import { BoolType, LongType, PyLong } from '../objects/longobject';
import { FloatType, PyFloat } from '../objects/floatobject';
import { ComplexType, PyComplex } from '../objects/complexobject';
import { PyStr, PyUnicode_From, StrType } from '../objects/unicodeobject';
import { PyTuple, TupleType } from '../objects/tupleobject';
import { excTypes, pyErr, typeError, valueError } from '../objects/exceptions';
import { lookupHeap } from '../objects/typeobject';
import { _PyObject_LookupSpecial, PyObject_GetAttr, PyObject_GetItem, PyObject_Repr, PyObject_ReprObject, PyObject_Str, PyObject_StrObject, callObject, setPercentFormat } from '../abstract';
import * as F from '../objects/format/index';
import { PyDict, dictGetStr } from '../objects/dictobject';
import { PyBytes } from '../objects/bytesobject';
import { PyList } from '../objects/listobject';

/** Runs a pure formatting function, turning PyFormatError into a Python exception. */
export function fmtCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof F.PyFormatError) {
      // KeyError(key): its str() is the key's repr, the message the formatting code computed
      if (e.key !== undefined) throw pyErr(excTypes.get('KeyError')!, e.key);
      throw pyErr(excTypes.get(e.type)!, e.message);
    }
    throw e;
  }
}

/**
 * PyObject_Format: format(value, spec), returning a new str reference. An instance of a class
 * gets its `__format__` bound to it (_PyObject_LookupSpecial: a bound method, or object's
 * builtin one), which holds a reference to it while its __format__ / __str__ runs.
 */
export function formatObject(v: PyObject, spec: string): PyObject {
  const t = v.ob_type;
  if (t.heap) {
    const m = _PyObject_LookupSpecial(v, '__format__');
    if (m) {
      const s = PyUnicode_From(spec);
      try {
        const r = callObject(m, [s], null);
        if (!(r instanceof PyStr)) {
          Py_DECREF(r);
          throw typeError(`__format__ must return a str, not ${r.ob_type.tp_name}`);
        }
        return r;
      } finally {
        Py_DECREF(s);
        Py_DECREF(m);
      }
    }
  }
  return formatBuiltin(v, spec);
}

/**
 * The __format__ of the builtin type `v` is an instance of (unicode_format / long__format__ /
 * float___format__, else object.__format__), without looking for a subclass's override: what
 * `str.__format__(v, spec)` runs. Returns a new str reference.
 */
export function formatBuiltin(v: PyObject, spec: string): PyObject {
  const t = v.ob_type;
  const solid = t.solid;
  if (t === StrType && spec === '') {
    v.ob_refcnt++;
    return v;
  }
  if (solid === StrType) return PyUnicode_From(fmtCall(() => F.format_str((v as PyStr).v, spec)));
  if (solid === LongType) {
    // int.__format__('') is str(self): a new string even for one digit
    if (spec === '' && (t === BoolType || t === LongType)) return PyObject_StrObject(v);
    return PyUnicode_From(fmtCall(() => F.format_int((v as PyLong).v, spec, t.name)));
  }
  if (solid === FloatType) return PyUnicode_From(fmtCall(() => F.format_float((v as PyFloat).v, spec)));
  if (solid === ComplexType && spec !== '') return PyUnicode_From(fmtCall(() => F.format_complex((v as PyComplex).re, (v as PyComplex).im, spec)));
  if (spec !== '') throw typeError(`unsupported format string passed to ${t.name}.__format__`);
  return PyUnicode_From(PyObject_Str(v));
}

/** The FormatArg view of an object for `%`. */
function toFormatArg(o: PyObject): F.FormatArg {
  const t = o.ob_type;
  if (t.solid === LongType) {
    const v = BigInt((o as PyLong).v);
    return t === BoolType ? { kind: 'int', v, str: PyObject_Str(o), repr: PyObject_Repr(o), typeName: 'bool' } : { kind: 'int', v, str: t.heap ? PyObject_Str(o) : undefined, repr: t.heap ? PyObject_Repr(o) : undefined, typeName: t.name };
  }
  if (t.solid === FloatType) return { kind: 'float', v: (o as PyFloat).v };
  if (t.solid === StrType) return { kind: 'str', v: (o as PyStr).v };
  return { kind: 'obj', typeName: t.name, str: PyObject_Str(o), repr: PyObject_Repr(o) };
}

setPercentFormat((fmt, args) => {
  let a: F.PercentArgs;
  if (args instanceof PyTuple) a = args.items.map(toFormatArg);
  // PyMapping_Check (mp_subscript) and neither a tuple nor a str: bytes and lists count too
  else if (args instanceof PyDict || args instanceof PyBytes || args instanceof PyList
    || (args.ob_type.heap && lookupHeap(args.ob_type, '__getitem__') && args.ob_type.solid !== TupleType && args.ob_type.solid !== StrType)) {
    a = {
      kind: 'mapping',
      self: toFormatArg(args),
      get: (key: string) => {
        if (args instanceof PyDict) {
          const v = dictGetStr(args, key);
          return v ? toFormatArg(v) : undefined;
        }
        const k = PyUnicode_From(key);
        try {
          const v = PyObject_GetItem(args, k);
          const r = toFormatArg(v);
          Py_DECREF(v);
          return r;
        } finally {
          Py_DECREF(k);
        }
      },
    };
  } else a = toFormatArg(args);
  return fmtCall(() => F.percent_format(fmt, a));
});

/**
 * str.format(*args, **kwargs) as an object (do_string_format): when the last field is an exact str
 * with an empty spec and everything written before it is empty, the writer is still empty with
 * overallocation off, so _PyUnicodeWriter_WriteStr keeps that str and the result is that very object.
 */
export function strFormatObject(fmt: string, args: PyObject[], kw: ReadonlyMap<string, PyObject> | PyObject | null, self?: PyObject): PyObject {
  // build_string: a format string that is one literal (no braces) is written whole into the
  // empty writer (_PyUnicodeWriter_WriteStr, overallocate off), which keeps it: the result is the
  // format string itself, a str subclass instance included
  if (self !== undefined && fmt.length > 0 && !/[{}]/.test(fmt)) return Py_NewRef(self);
  const last: { obj: PyObject | null } = { obj: null };
  let out: string;
  try {
    out = strFormat(fmt, args, kw, last);
  } catch (e) {
    if (last.obj) Py_DECREF(last.obj);
    throw e;
  }
  const o = last.obj;
  if (o !== null && (o as PyStr).v === out) return o;
  if (o) Py_DECREF(o);
  return PyUnicode_From(out);
}

/** str.format(*args, **kwargs); `last` receives (owns) the str the last field formatted to. */
export function strFormat(fmt: string, args: PyObject[], kw: ReadonlyMap<string, PyObject> | PyObject | null, last: { obj: PyObject | null } = { obj: null }): string {
  const host: F.StrFormatHost<PyObject> = {
    // str.format_map (a mapping, no args at all): get_field_object refuses any positional field
    positional: (i) => {
      if (kw instanceof PyObject) throw valueError('Format string contains positional fields');
      return args[i];
    },
    keyword: (name) => {
      if (kw instanceof Map) return kw.get(name);
      if (kw instanceof PyObject) {
        const k = PyUnicode_From(name);
        try {
          const v = PyObject_GetItem(kw, k);
          Py_DECREF(v);
          return v;
        } catch (e) {
          if (e instanceof PyRaise && e.exc.ob_type.name === 'KeyError') {
            Py_DECREF(e.exc);
            return undefined;
          }
          throw e;
        } finally {
          Py_DECREF(k);
        }
      }
      return undefined;
    },
    access: (obj, acc) => {
      let r: PyObject;
      if (acc.kind === 'attr') r = PyObject_GetAttr(obj, acc.name);
      else {
        const k = acc.kind === 'index' ? PyUnicode_From('') : PyUnicode_From(acc.key);
        let key: PyObject = k;
        if (acc.kind === 'index') {
          Py_DECREF(k);
          key = longFromNumber(acc.index);
        }
        try {
          r = PyObject_GetItem(obj, key);
        } finally {
          Py_DECREF(key);
        }
      }
      temps.push(r);
      return r;
    },
    convert: (obj, c) => {
      if (c !== 'a') {
        // PyObject_Str / PyObject_Repr as objects: an exact str is itself, a bool its static string
        const r = c === 's' ? PyObject_StrObject(obj) : PyObject_ReprObject(obj);
        temps.push(r);
        return r;
      }
      const s = PyObject_Repr(obj);
      const r = PyUnicode_From(F.ascii_from_repr(s));
      temps.push(r);
      return r;
    },
    format: (obj, spec) => {
      const r = formatObject(obj, spec);
      if (last.obj) Py_DECREF(last.obj);
      last.obj = null;
      // render_field: an exact int, float or complex, or a str with a spec, is written into the
      // writer by its formatter; anything else goes through PyObject_Format and _PyUnicodeWriter_WriteStr
      const t = obj.ob_type;
      const intoWriter = t === LongType || t === FloatType || t.name === 'complex' || (t === StrType && spec !== '');
      const s = (r as PyStr).v;
      if (intoWriter) Py_DECREF(r);
      else last.obj = r;
      return s;
    },
  };
  const temps: PyObject[] = [];
  try {
    return fmtCall(() => F.str_format(fmt, host));
  } finally {
    for (const t of temps) Py_DECREF(t);
  }
}

import { PyLong_From } from '../objects/longobject';
function longFromNumber(n: number): PyObject {
  return PyLong_From(n);
}
