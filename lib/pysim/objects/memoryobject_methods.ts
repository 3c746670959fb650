// Models the methods and attributes of Objects/memoryobject.c (CPython 3.11–3.14): memoryview(object),
// the getters (obj, nbytes, format, shape…), release and the context manager, tobytes, tolist,
// toreadonly, cast (1-D <-> 0-D/N-D), hex, the 3.12+ `_from_flags`, 3.14's count, index and __class_getitem__,
// and the `__buffer__` / `__release_buffer__` slot wrappers (3.12+) of every exporter type.
import { PyObject, PyType, Py_DECREF, Py_NewRef } from './object';
import { None } from './singletons';
import { PyBool, PyLong_From } from './longobject';
import { PyUnicode_From, PyStr } from './unicodeobject';
import { PyBytes_From } from './bytesobject';
import { PyList_New } from './listobject';
import { PyTuple, PyTuple_New, EmptyTuple } from './tupleobject';
import { NotImplementedErrorType, pyErr, typeError, valueError } from './exceptions';
import { defMethod, defMethodSince, defGetSet } from './methodobject';
import { makeTpCall } from './call_args';
import { Py_GenericAlias } from './genericaliasobject';
import { PyIndex_Check, PyObject_GetItem, PyObject_GetIter, PyObject_RichCompareBool, PyObject_SetItem, PyObject_Size, asIndex, iterNext } from '../abstract';
import { PyObject_CheckBuffer } from './bufferproto';
import { adjust_fmt, fmtChar, get_native_fmtchar, unpack_single } from './memoryobject_format';
import {
  CHECK_RELEASED, MV, MemoryViewType, PyMemoryView, PyMemoryView_FromObject, _memory_release, contiguous, fContiguous, mbuf_add_view,
  memory_item, nbytes, viewBytes,
} from './memoryobject';
import { memoryFromBufferProc } from './memoryobject_buffer';

/** The view's object, checked as not released (most methods). */
function live(o: PyObject | null): PyMemoryView {
  const mv = MV(o);
  CHECK_RELEASED(mv);
  return mv;
}

/** No arguments at all (METH_NOARGS). */
function noArgs(name: string, args: PyObject[], kw: string[] | null): void {
  if (args.length) throw typeError(`memoryview.${name}() takes no arguments (${args.length} given)`);
  if (kw && kw.length) throw typeError(`memoryview.${name}() takes no keyword arguments`);
}

/** Argument Clinic's positional-or-keyword parsing of a method (`names`, at most). */
function clinic(name: string, args: PyObject[], kw: string[] | null, names: string[], required: number): (PyObject | undefined)[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (args.length > names.length) throw typeError(`${name}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${args.length} given)`);
  const out: (PyObject | undefined)[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const k = names.indexOf(kw![i]);
    if (k < 0) throw typeError(`${name}() got an unexpected keyword argument '${kw![i]}'`);
    if (k < npos) throw typeError(`argument for ${name}() given by name ('${kw![i]}') and position (${k + 1})`);
    out[k] = args[npos + i];
  }
  for (let i = 0; i < required; i++) if (out[i] === undefined) throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

// memoryview_impl: memoryview(object)
MemoryViewType.tp_new = (_t, args, kw) => makeTpCall(args, kw, () => {
  const [object] = clinic('memoryview', args, kw, ['object'], 1);
  return PyMemoryView_FromObject(object!);
});

defGetSet(MemoryViewType, 'obj', (o) => Py_NewRef(live(o).obj ?? None));
defGetSet(MemoryViewType, 'nbytes', (o) => PyLong_From(nbytes(live(o))));
defGetSet(MemoryViewType, 'readonly', (o) => PyBool(live(o).readonly));
defGetSet(MemoryViewType, 'itemsize', (o) => PyLong_From(live(o).itemsize));
defGetSet(MemoryViewType, 'format', (o) => PyUnicode_From(live(o).format));
defGetSet(MemoryViewType, 'ndim', (o) => PyLong_From(live(o).ndim));
defGetSet(MemoryViewType, 'shape', (o) => PyTuple_New(live(o).shape.map((n) => PyLong_From(n))));
defGetSet(MemoryViewType, 'strides', (o) => PyTuple_New(live(o).strides.map((n) => PyLong_From(n))));
defGetSet(MemoryViewType, 'suboffsets', (o) => {
  live(o);
  return Py_NewRef(EmptyTuple);
});
defGetSet(MemoryViewType, 'c_contiguous', (o) => PyBool(contiguous(live(o))));
defGetSet(MemoryViewType, 'f_contiguous', (o) => PyBool(fContiguous(live(o))));
defGetSet(MemoryViewType, 'contiguous', (o) => PyBool(contiguous(live(o)) || fContiguous(live(o))));

defMethod(MemoryViewType, 'release', (self, args, kw) => {
  noArgs('release', args, kw);
  _memory_release(MV(self));
  return None;
});
defMethod(MemoryViewType, '__enter__', (self, args, kw) => {
  noArgs('__enter__', args, kw);
  return Py_NewRef(live(self));
});
defMethod(MemoryViewType, '__exit__', (self) => {
  _memory_release(MV(self));
  return None;
});
defMethod(MemoryViewType, 'tobytes', (self, args, kw) => {
  const [order] = clinic('tobytes', args, kw, ['order'], 0);
  const mv = live(self);
  if (order !== undefined && order !== None) {
    if (!(order instanceof PyStr)) throw typeError(`tobytes() argument 'order' must be str or None, not ${order.ob_type.tp_name}`);
    if (!['C', 'F', 'A'].includes(order.v)) throw valueError("order must be 'C', 'F' or 'A'");
  }
  // PyBuffer_ToContiguous: 'A' copies the memory as it is when the view is contiguous either way
  const o = order instanceof PyStr ? order.v : 'C';
  const fortran = o === 'F' || (o === 'A' && !contiguous(mv) && fContiguous(mv));
  return PyBytes_From(viewBytes(mv, fortran ? 'F' : 'C'));
});
defMethod(MemoryViewType, 'tolist', (self, args, kw) => {
  noArgs('tolist', args, kw);
  const mv = live(self);
  const f = adjust_fmt(mv.format);
  const mem = mv.mbuf!.master!.read();
  // unpack_single of a 0-dim view, tolist_base / tolist_rec (nested lists) otherwise
  const rec = (dim: number, at: number): PyObject => {
    if (dim === mv.ndim) return unpack_single(f, mem, at);
    const items: PyObject[] = [];
    for (let i = 0; i < mv.shape[dim]; i++) items.push(rec(dim + 1, at + i * mv.strides[dim]));
    return PyList_New(items);
  };
  return rec(0, mv.start);
});
defMethod(MemoryViewType, 'toreadonly', (self, args, kw) => {
  noArgs('toreadonly', args, kw);
  const mv = live(self);
  const r = mbuf_add_view(mv.mbuf!, mv);
  r.readonly = true;
  return r;
});
// memoryview_cast_impl: cast_to_1D (one of the two formats a byte format), shapes of one dimension
defMethod(MemoryViewType, 'cast', (self, args, kw) => {
  const [format, shape] = clinic('cast', args, kw, ['format', 'shape'], 1);
  if (!(format instanceof PyStr)) throw typeError(`cast() argument 'format' must be str, not ${format!.ob_type.tp_name}`);
  const mv = live(self);
  if (!contiguous(mv)) throw typeError('memoryview: casts are restricted to C-contiguous views');
  if ((shape !== undefined || mv.ndim !== 1) && mv.shape.includes(0)) throw typeError('memoryview: cannot cast view with zeros in shape or strides');
  let ndim = 1;
  if (shape !== undefined) {
    if (!(shape instanceof PyTuple) && shape.ob_type.name !== 'list') throw typeError('shape must be a list or a tuple');
    ndim = (shape as PyTuple).items.length;
    if (ndim > 64) throw valueError('memoryview: number of dimensions must not exceed 64');
    if (mv.ndim !== 1 && ndim !== 1) throw typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  // mbuf_add_incomplete_view: room for the new dimensions (one for a 0-dim result)
  const r = mbuf_add_view(mv.mbuf!, mv, ndim === 0 ? 1 : ndim);
  try {
    // cast_to_1D
    const itemsize = get_native_fmtchar(format.v);
    if (itemsize < 0) throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    const byteFmt = (f: string) => f === 'b' || f === 'B' || f === 'c';
    const src = fmtChar(mv.format);
    if ((get_native_fmtchar(mv.format) < 0 || !byteFmt(src)) && !byteFmt(fmtChar(format.v))) throw typeError('memoryview: cannot cast between two non-byte formats');
    const len = nbytes(mv);
    if (len % itemsize) throw typeError('memoryview: length is not a multiple of itemsize');
    r.format = format.v;
    r.itemsize = itemsize;
    r.ndim = 1;
    r.shape = [len / itemsize];
    r.strides = [itemsize];
    if (shape !== undefined) {
      // cast_to_ND: copy_shape's checks, C strides, then the byte length
      let n = itemsize;
      const dims: number[] = [];
      for (const x of (shape as PyTuple).items) {
        if (x.ob_type.name !== 'int' && x.ob_type.name !== 'bool') throw typeError('memoryview.cast(): elements of shape must be integers');
        const d = asIndex(x);
        if (d <= 0) throw valueError('memoryview.cast(): elements of shape must be integers > 0');
        n *= d;
        dims.push(d);
      }
      r.ndim = ndim;
      r.shape = dims;
      r.strides = dims.map(() => 0);
      let sd = itemsize;
      for (let i = ndim - 1; i >= 0; i--) {
        r.strides[i] = sd;
        sd *= dims[i];
      }
      if (n !== len) throw typeError('memoryview: product(shape) * itemsize != buffer size');
    }
  } catch (e) {
    Py_DECREF(r);
    throw e;
  }
  return r;
});

// memoryview__from_flags_impl (3.12+): PyMemoryView_FromObjectAndFlags (PyBUF_WRITABLE is bit 0)
defMethodSince(12, MemoryViewType, '_from_flags', (_cls, args, kw) => {
  const [object, flags] = clinic('_from_flags', args, kw, ['object', 'flags'], 2);
  if (!PyIndex_Check(flags!) || flags!.ob_type.name === 'float') throw typeError(`'${flags!.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const f = asIndex(flags!);
  if (object instanceof PyMemoryView) return PyMemoryView_FromObject(object);
  if (!PyObject_CheckBuffer(object!)) throw typeError(`memoryview: a bytes-like object is required, not '${object!.ob_type.tp_name}'`);
  return memoryFromBufferProc(object!, f);
}, 'classmethod');

/** A lookup's checks (3.14 count/index): not released, one dimension. */
function lookupView(o: PyObject | null): PyMemoryView {
  const mv = live(o);
  if (mv.ndim === 0) throw typeError('invalid lookup on 0-dim memory');
  if (mv.ndim !== 1) throw pyErr(NotImplementedErrorType, 'multi-dimensional lookup is not implemented');
  return mv;
}
// memoryview_count_impl (3.14+): through memory_iter, == on each item
defMethodSince(14, MemoryViewType, 'count', (self, args, kw) => {
  if (kw && kw.length) throw typeError('memoryview.count() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`memoryview.count() takes exactly one argument (${args.length} given)`);
  // memory_iter's own checks refuse other than one dimension
  live(self);
  const it = PyObject_GetIter(self!);
  let n = 0;
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      try {
        if (PyObject_RichCompareBool(x, args[0], 'Eq')) n++;
      } finally {
        Py_DECREF(x);
      }
    }
  } finally {
    Py_DECREF(it);
  }
  return PyLong_From(n);
});
// memoryview_index_impl (3.14+): memory_item from start to stop, == on each
defMethodSince(14, MemoryViewType, 'index', (self, args, kw) => {
  if (kw && kw.length) throw typeError('memoryview.index() takes no keyword arguments');
  if (args.length < 1 || args.length > 3) throw typeError(`index expected ${args.length < 1 ? 'at least 1 argument' : 'at most 3 arguments'}, got ${args.length}`);
  const mv = lookupView(self);
  const n = mv.shape[0];
  const adjust = (o: PyObject | undefined, d: number) => {
    if (o === undefined) return d;
    let i = asIndex(o);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = adjust(args[1], 0), stop = adjust(args[2], n);
  for (let i = start; i < stop; i++) {
    const x = memory_item(mv, i);
    try {
      if (PyObject_RichCompareBool(x, args[0], 'Eq')) return PyLong_From(i);
    } finally {
      Py_DECREF(x);
    }
  }
  throw valueError('memoryview.index(x): x not found');
});
// 3.14: memoryview[int] (Py_GenericAlias)
defMethodSince(14, MemoryViewType, '__class_getitem__', (cls, args) => {
  if (args.length !== 1) throw typeError(`memoryview.__class_getitem__() takes exactly one argument (${args.length} given)`);
  return Py_GenericAlias(cls!, args[0]);
}, 'classmethod');

/** memoryview.hex: the bytes of the view through _Py_strhex_with_sep (bytes_methods.ts). */
let strhex: ((v: Uint8Array, sep: PyObject | undefined, per: PyObject | undefined) => string) | null = null;
/** Lets bytes_methods.ts hand over _Py_strhex_with_sep. */
export function setStrhex(f: (v: Uint8Array, sep: PyObject | undefined, per: PyObject | undefined) => string): void {
  strhex = f;
}
defMethod(MemoryViewType, 'hex', (self, args, kw) => {
  const [sep, per] = clinic('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
  const mv = live(self);
  return PyUnicode_From(strhex!(viewBytes(mv), sep, per));
});

/** wrap_releasebuffer (`__release_buffer__`, 3.12+): releases a view of `self`'s buffer. */
export function wrapReleaseBuffer(self: PyObject, arg: PyObject): PyObject {
  if (!(arg instanceof PyMemoryView)) throw typeError('expected a memoryview object');
  // view.obj NULL: already released, ignored
  if (arg.obj === null) return Py_NewRef(None);
  if (arg.obj !== self) throw valueError("memoryview's buffer is not this object");
  if (arg.released) throw valueError("memoryview's buffer has already been released");
  _memory_release(arg);
  return Py_NewRef(None);
}

/** The `__buffer__(flags)` and `__release_buffer__(view)` methods of an exporter type (3.12+). */
export function defBufferMethods(t: PyType, release: boolean): void {
  defMethodSince(12, t, '__buffer__', (self, args, kw) => {
    if (kw && kw.length) throw typeError('__buffer__() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
    const flags = args[0];
    if (!PyIndex_Check(flags) || flags.ob_type.name === 'float') throw typeError(`'${flags.ob_type.tp_name}' object cannot be interpreted as an integer`);
    return memoryFromBufferProc(self!, asIndex(flags));
  });
  if (!release) return;
  defMethodSince(12, t, '__release_buffer__', (self, args, kw) => {
    if (kw && kw.length) throw typeError('__release_buffer__() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
    return wrapReleaseBuffer(self!, args[0]);
  });
}
defBufferMethods(MemoryViewType, true);

// the slot wrappers add_operators makes for memoryview's slots (memoryview.__len__, m.__getitem__(0)…)
/** Installs the slot wrapper `name` taking `nargs` arguments. */
function slotWrapper(name: string, nargs: number, fn: (self: PyObject, args: PyObject[]) => PyObject): void {
  defMethod(MemoryViewType, name, (self, args, kw) => {
    if (kw && kw.length) throw typeError(`wrapper ${name}() takes no keyword arguments`);
    if (args.length !== nargs) throw typeError(`expected ${nargs} argument${nargs === 1 ? '' : 's'}, got ${args.length}`);
    return fn(self!, args);
  });
}
slotWrapper('__len__', 0, (self) => PyLong_From(PyObject_Size(self)));
slotWrapper('__getitem__', 1, (self, a) => PyObject_GetItem(self, a[0]));
slotWrapper('__setitem__', 2, (self, a) => {
  PyObject_SetItem(self, a[0], a[1]);
  return Py_NewRef(None);
});
slotWrapper('__delitem__', 1, (self, a) => {
  PyObject_SetItem(self, a[0], null);
  return Py_NewRef(None);
});
slotWrapper('__iter__', 0, (self) => PyObject_GetIter(self));
slotWrapper('__repr__', 0, (self) => PyUnicode_From(MemoryViewType.tp_repr!(self)));
slotWrapper('__hash__', 0, (self) => PyLong_From(MemoryViewType.tp_hash!(self)));
for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
  slotWrapper(name, 1, (self, a) => MemoryViewType.tp_richcompare!(self, a[0], op));
}
