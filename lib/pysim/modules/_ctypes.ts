// Models the simple types of Modules/_ctypes/_ctypes.c and cfield.c (CPython 3.11–3.14), with the
// names Lib/ctypes/__init__.py gives them: the metatype `_ctypes.PyCSimpleType`, the bases
// `_ctypes._CData` and `_ctypes._SimpleCData`, and c_byte … c_void_p, c_bool, c_float, c_double,
// py_object. An instance owns its value (b_value) or, made by `from_address`, reads the simulated
// memory at that address each time `.value` is read (modules/_ctypes_memory.ts). Writing through
// such an instance would corrupt CPython's heap: heaplab refuses it.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, Py_CLEAR, Py_DECREF, RT, TypeType, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr, traverseLabels } from '../objects/object';
import { False, PyLong, PyLong_From, True } from '../objects/longobject';
import { PyFloat, PyFloat_FromDouble } from '../objects/floatobject';
import { None } from '../objects/singletons';
import { PyUnicode_From } from '../objects/unicodeobject';
import { NotImplementedErrorType, pyErr, typeError, valueError } from '../objects/exceptions';
import { defGetSet, defMethod } from '../objects/methodobject';
import { PyNumber_Index, PyObject_IsTrue, PyObject_Repr } from '../abstract';
import { cdataOf, notModelledRefcnt, notSimulated, objectAt, readMemory, type CDataMemory } from './_ctypes_memory';
import type { CFunc } from '../objects/object';

/** A simple C type: its struct-module code (`_type_`), size and how its bytes read as Python. */
export interface SimpleSpec {
  name: string;
  code: string;
  size: number;
  kind: 'int' | 'uint' | 'bool' | 'pointer' | 'float' | 'object';
}

/** A ctypes instance (CDataObject): its type's spec, and the address it reads (b_ptr) when it does not own its buffer. */
export class PyCData extends PyObject {
  declare spec: SimpleSpec;
  /** The address `from_address` was given (-1 for an address no object can be at), or 0 for an instance that owns its value. */
  declare foreign: number;
  declare mem: CDataMemory;
  /** py_object: the object the pointer in b_value points at (held through `keep`, or borrowed after a cast). */
  declare obj: PyObject | null;
  /** b_objects: what the instance keeps alive (owned): a py_object's object, cast()'s dict, or null (None). */
  declare keep: PyObject | null;
}

/** The objects one pointer size's ctypes module holds. */
export interface CtypesTypes {
  meta: PyType;
  cdata: PyType;
  simple: PyType;
  types: Map<string, PyType>;
  aliases: Record<string, string>;
}

/** sizeof(CDataObject) and offsetof(b_value): PyObject_HEAD, b_ptr, b_needsfree, b_base, b_size, b_length, b_index, b_objects, then the union. */
function layout(W: number): { valueOffset: number; sizeof: number } {
  // the union holds a long double: 16-aligned on x86-64, 8-aligned on wasm32
  const valueOffset = W === 8 ? 80 : 40;
  return { valueOffset, sizeof: valueOffset + 16 };
}

/** sys.getsizeof of an instance: the struct, PyGC_Head and the managed `__dict__`/`__weakref__` pre-header (3.11: dict pointers before, `__weakref__` after). */
function instanceSize(W: number, minor: number): number {
  const base = layout(W).sizeof + 2 * W + 2 * W;
  return minor < 12 ? base + W : base;
}

/** The Python value of `size` bytes `raw` (unsigned little-endian) read as `spec`. */
function decode(spec: SimpleSpec, raw: bigint): PyObject {
  const bits = BigInt(8 * spec.size);
  switch (spec.kind) {
    case 'int':
      return PyLong_From(BigInt.asIntN(Number(bits), raw));
    case 'uint':
      return PyLong_From(raw);
    case 'bool': {
      const b = raw !== 0n ? True : False;
      b.ob_refcnt++;
      return b;
    }
    case 'pointer':
      if (raw === 0n) {
        None.ob_refcnt++;
        return None;
      }
      return PyLong_From(raw);
    case 'object': {
      // a pointer read from memory: the live object heaplab has at that address
      if (raw === 0n) throw valueError('PyObject is NULL');
      const o = objectAt(Number(raw), liveObjects);
      if (o === null) throw notSimulated(`no live object at the address this py_object points at: CPython would follow a dangling pointer`);
      o.ob_refcnt++;
      return o;
    }
    case 'float': {
      const dv = new DataView(new ArrayBuffer(8));
      if (spec.size === 4) {
        dv.setUint32(0, Number(raw), true);
        return PyFloat_FromDouble(dv.getFloat32(0, true));
      }
      dv.setBigUint64(0, raw, true);
      return PyFloat_FromDouble(dv.getFloat64(0, true));
    }
  }
}

/** cfield.c's setfunc for `spec`: the bytes Python value `v` stores (integers wrap, as the C cast does). */
function encode(spec: SimpleSpec, v: PyObject): bigint {
  const bits = 8 * spec.size;
  switch (spec.kind) {
    case 'int':
    case 'uint': {
      const n = PyNumber_Index(v);
      // heaplab's addresses are 64-bit ones on every profile: one does not fit a 32-bit build's word
      if (bits < 64 && RT.profile.pointerSize === 4 && n >= 2 ** 32 && RT.addressBook?.has(Number(n))) {
        throw pyErr(NotImplementedErrorType, `heaplab does not simulate storing an address in a 32-bit build's ${spec.name} (its addresses are 64-bit ones)`);
      }
      return BigInt.asUintN(bits, BigInt(n));
    }
    case 'bool':
      return PyObject_IsTrue(v) ? 1n : 0n;
    case 'pointer':
      if (v === None) return 0n;
      if (!(v instanceof PyLong)) throw typeError(`cannot be converted to pointer`);
      // a 32-bit build's pointer holds heaplab's (64-bit) addresses whole
      return BigInt.asUintN(Math.max(bits, 64), BigInt(v.v));
    case 'object':
      return BigInt(v.addr);
    case 'float': {
      let d: number;
      if (v instanceof PyFloat) d = v.v;
      else if (v instanceof PyLong) d = Number(v.v);
      else throw typeError(`must be real number, not ${v.ob_type.tp_name}`);
      const dv = new DataView(new ArrayBuffer(8));
      if (spec.size === 4) {
        dv.setFloat32(0, d, true);
        return BigInt(dv.getUint32(0, true));
      }
      dv.setFloat64(0, d, true);
      return dv.getBigUint64(0, true);
    }
  }
}

/** The Python objects the memory walk starts from (set by the interpreter that imports ctypes). */
let liveObjects: () => Iterable<PyObject> = () => [];

/** Simple_get_value: the instance's own value, or the memory at its address read now. */
function simple_get_value(o: PyCData): PyObject {
  if (o.spec.kind === 'object' && o.foreign === 0) {
    // O_get: NULL is a ValueError; a cast()'s borrowed object may have died since
    const x = o.obj;
    if (x === null) throw valueError('PyObject is NULL');
    if (x.ob_refcnt <= 0) throw notSimulated(`the object this py_object pointed at was freed: CPython would follow a dangling pointer`);
    x.ob_refcnt++;
    return x;
  }
  if (o.foreign === 0) return decode(o.spec, o.mem.own!);
  const { raw, pointer } = readMemory(o.foreign, o.spec.size, liveObjects);
  // an address read whole: heaplab's (64-bit) address, whatever the profile's pointer size
  if (pointer && (o.spec.kind === 'int' || o.spec.kind === 'uint') && raw !== 0n) return PyLong_From(raw);
  return decode(o.spec, raw);
}

/** Simple_set_value: owned instances store the value; writing through `from_address` is refused. */
function simple_set_value(o: PyCData, v: PyObject | null): void {
  if (v === null) throw typeError(`can't delete attribute`);
  const raw = encode(o.spec, v);
  if (o.foreign !== 0) {
    throw pyErr(NotImplementedErrorType, `heaplab does not simulate writing to memory through ctypes (in CPython this would corrupt the interpreter's heap)`);
  }
  o.mem.own = raw;
  // O_set: the new object is kept in b_objects (KeepRef), the one kept before released
  if (o.spec.kind === 'object') setKeep(o, v, v);
}

/** Makes `x` (a new reference taken here) what `o` keeps alive and points at `target`; releases the old one. */
export function setKeep(o: PyCData, x: PyObject | null, target: PyObject | null): void {
  if (x !== null) x.ob_refcnt++;
  const old = o.keep;
  o.keep = x;
  o.obj = target;
  if (old !== null) Py_DECREF(old);
}

/** A new instance of simple type `t` (GenericPyCData_new), owning its value or reading `foreign`. */
export function newCData(t: PyType, spec: SimpleSpec, foreign: number): PyCData {
  const o = new PyCData(t);
  o.spec = spec;
  o.foreign = foreign;
  o.obj = null;
  o.keep = null;
  const W = RT.profile.pointerSize;
  const pointer = spec.kind === 'pointer' || spec.kind === 'object';
  o.mem = { valueOffset: layout(W).valueOffset, size: spec.size, own: foreign === 0 ? 0n : null, pointer };
  cdataOf.set(o, o.mem);
  PyObject_Init(o, instanceSize(W, RT.profile.versionInfo[1]));
  _PyObject_GC_TRACK(o);
  return o;
}

/** The spec of each simple type. */
export const specOf = new WeakMap<PyType, SimpleSpec>();

/** CDataType_from_address: an instance over the memory at `address` (an int), owning nothing. */
const from_address: CFunc = (self, args, kw) => {
  const t = self as PyType;
  const minor = RT.profile.versionInfo[1];
  if ((kw && kw.length) || args.length !== 1) {
    const n = args.length - (kw ? kw.length : 0);
    if (minor >= 13) throw typeError(`from_address() takes exactly 1 positional argument (${n} given)`);
    throw typeError(`${t.name}.from_address() takes exactly one argument (${args.length} given)`);
  }
  const a = args[0]!;
  if (!(a instanceof PyLong)) throw typeError('integer expected');
  const spec = specOf.get(t);
  if (!spec) throw typeError(`heaplab does not simulate from_address of ${t.name}`);
  // heaplab's addresses are 64-bit ones on every profile (its pymalloc is a 64-bit build's)
  const addr = Number(a.v);
  return newCData(t, spec, addr > 0 ? addr : -1);
};

/** The types of one pointer size's ctypes, made once. */
const byPointerSize = new Map<number, CtypesTypes>();

/** The ctypes types for pointer size `W` (made on first use), and the live-object walk `walk` for the running interpreter. */
export function ctypesTypes(W: number, walk: () => Iterable<PyObject>): CtypesTypes {
  liveObjects = walk;
  let T = byPointerSize.get(W);
  if (!T) byPointerSize.set(W, (T = makeTypes(W)));
  return T;
}

/** The live objects of the running interpreter (for addresses `id()` has not returned). */
export function walkLiveObjects(): Iterable<PyObject> {
  return liveObjects();
}

function makeTypes(W: number): CtypesTypes {
  const meta = new PyType(TypeType, 'PyCSimpleType', TypeType, '_ctypes');
  meta.tpName = '_ctypes.PyCSimpleType';
  staticAddr(meta, 912);
  defMethod(meta, 'from_address', from_address);
  const cdata = new PyType(TypeType, '_CData', ObjectType, '_ctypes');
  cdata.tpName = '_ctypes._CData';
  staticAddr(cdata, 912);
  const simple = new PyType(TypeType, '_SimpleCData', cdata, '_ctypes');
  simple.tpName = '_ctypes._SimpleCData';
  simple.gc = true;
  staticAddr(simple, 912);
  simple.tp_getsizeof = () => instanceSize(W, RT.profile.versionInfo[1]);
  simple.tp_traverse = (o, visit) => {
    const k = (o as PyCData).keep;
    if (k !== null) visit(k, traverseLabels.on ? '._objects' : '');
  };
  simple.tp_clear = (o) => Py_CLEAR(o as PyCData, 'keep');
  simple.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
    Py_CLEAR(o as PyCData, 'keep');
    PyObject_Free(o);
  };
  simple.tp_new = (t, args, kw) => {
    const spec = specOf.get(t);
    if (!spec) throw typeError('abstract class');
    if (kw && kw.length) throw typeError(`heaplab does not simulate keyword arguments to ${t.name}()`);
    if (args.length > 1) throw typeError(`__init__ expected at most 1 argument, got ${args.length}`);
    const value = args.length === 1 ? encode(spec, args[0]!) : 0n;
    const o = newCData(t, spec, 0);
    o.mem.own = value;
    if (spec.kind === 'object' && args.length === 1) setKeep(o, args[0]!, args[0]!);
    return o;
  };
  simple.tp_repr = (o) => {
    const c = o as PyCData;
    if (c.spec.kind === 'object' && c.foreign === 0 && c.obj === null) return `${o.ob_type.name}(<NULL>)`;
    const v = simple_get_value(c);
    if (c.spec.kind === 'object') {
      try {
        return `${o.ob_type.name}(${PyObject_Repr(v)})`;
      } finally {
        Py_DECREF(v);
      }
    }
    const r = v === None ? 'None' : v instanceof PyFloat ? reprFloat(v.v) : v === True ? 'True' : v === False ? 'False' : String((v as PyLong).v);
    v.ob_refcnt--;
    return `${o.ob_type.name}(${r})`;
  };
  defGetSet(simple, 'value', (o) => simple_get_value(o as PyCData), (o, v) => simple_set_value(o as PyCData, v));
  defGetSet(simple, '_b_needsfree_', (o) => PyLong_From((o as PyCData).foreign === 0 ? 1 : 0));
  defGetSet(simple, '_b_base_', () => {
    None.ob_refcnt++;
    return None;
  });
  defGetSet(simple, '_objects', (o) => {
    const k = (o as PyCData).keep ?? None;
    k.ob_refcnt++;
    return k;
  });
  const specs: SimpleSpec[] = [
    { name: 'c_byte', code: 'b', size: 1, kind: 'int' },
    { name: 'c_ubyte', code: 'B', size: 1, kind: 'uint' },
    { name: 'c_short', code: 'h', size: 2, kind: 'int' },
    { name: 'c_ushort', code: 'H', size: 2, kind: 'uint' },
    { name: 'c_long', code: 'l', size: W, kind: 'int' },
    { name: 'c_ulong', code: 'L', size: W, kind: 'uint' },
    { name: 'c_void_p', code: 'P', size: W, kind: 'pointer' },
    { name: 'c_bool', code: '?', size: 1, kind: 'bool' },
    { name: 'c_float', code: 'f', size: 4, kind: 'float' },
    { name: 'c_double', code: 'd', size: 8, kind: 'float' },
    { name: 'py_object', code: 'O', size: W, kind: 'object' },
  ];
  // Lib/ctypes/__init__.py: c_int is c_long where they are the same size (32-bit), c_longlong is c_long where those are (64-bit)
  if (W === 8) specs.push({ name: 'c_int', code: 'i', size: 4, kind: 'int' }, { name: 'c_uint', code: 'I', size: 4, kind: 'uint' });
  else specs.push({ name: 'c_longlong', code: 'q', size: 8, kind: 'int' }, { name: 'c_ulonglong', code: 'Q', size: 8, kind: 'uint' });
  defGetSet(meta, '_type_', (o) => PyUnicode_From(specOf.get(o as PyType)?.code ?? ''));
  const types = new Map<string, PyType>();
  for (const s of specs) {
    const t = new PyType(meta, s.name, simple, 'ctypes');
    staticAddr(t, 912);
    specOf.set(t, s);
    notModelledRefcnt.add(t);
    types.set(s.name, t);
  }
  const aliases: Record<string, string> = W === 8
    ? { c_longlong: 'c_long', c_ulonglong: 'c_ulong', c_ssize_t: 'c_long', c_size_t: 'c_ulong', c_int64: 'c_long', c_uint64: 'c_ulong' }
    : { c_int: 'c_long', c_uint: 'c_ulong', c_ssize_t: 'c_long', c_size_t: 'c_ulong', c_int64: 'c_longlong', c_uint64: 'c_ulonglong' };
  Object.assign(aliases, { c_int8: 'c_byte', c_uint8: 'c_ubyte', c_int16: 'c_short', c_uint16: 'c_ushort', c_int32: W === 8 ? 'c_int' : 'c_long', c_uint32: W === 8 ? 'c_uint' : 'c_ulong' });
  return { meta, cdata, simple, types, aliases };
}

/** repr of a C double as Python prints a float. */
function reprFloat(d: number): string {
  const f = PyFloat_FromDouble(d);
  const s = f.ob_type.tp_repr!(f);
  f.ob_refcnt--;
  if (f.ob_refcnt === 0) f.ob_type.tp_dealloc(f);
  return s;
}

/** The spec of `o`: a ctypes type or an instance of one (ctypes.sizeof's argument), or undefined. */
export function specOfArg(o: PyObject): SimpleSpec | undefined {
  return o instanceof PyType ? specOf.get(o) : o instanceof PyCData ? o.spec : undefined;
}
