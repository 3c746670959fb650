// Models the simple types of Modules/_ctypes/_ctypes.c and cfield.c (CPython 3.11–3.14), with the
// names Lib/ctypes/__init__.py gives them: the metatype `_ctypes.PyCSimpleType`, the bases
// `_ctypes._CData` and `_ctypes._SimpleCData`, and c_byte … c_void_p, c_bool, c_float, c_double.
// An instance owns its value (b_value) or, made by `from_address`, reads the simulated memory at
// that address each time `.value` is read (modules/_ctypes_memory.ts). Writing through such an
// instance would corrupt CPython's heap: heaplab refuses it.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyType, RT, TypeType, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from '../objects/object';
import { PyLong, PyLong_From } from '../objects/longobject';
import { PyFloat, PyFloat_FromDouble } from '../objects/floatobject';
import { None } from '../objects/singletons';
import { True, False } from '../objects/longobject';
import { PyUnicode_From } from '../objects/unicodeobject';
import { NotImplementedErrorType, excTypes, pyErr, typeError } from '../objects/exceptions';
import { defGetSet, defMethod } from '../objects/methodobject';
import { PyNumber_Index, PyObject_IsTrue } from '../abstract';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';
import { cdataOf, notModelledRefcnt, readMemory, type CDataMemory } from './_ctypes_memory';
import type { CFunc } from '../objects/object';

/** A simple C type: its struct-module code (`_type_`), size and how its bytes read as Python. */
interface SimpleSpec {
  name: string;
  code: string;
  size: number;
  kind: 'int' | 'uint' | 'bool' | 'pointer' | 'float';
}

/** A ctypes instance (CDataObject): its type's spec, and the address it reads (b_ptr) when it does not own its buffer. */
export class PyCData extends PyObject {
  declare spec: SimpleSpec;
  /** The address `from_address` was given, or 0 for an instance that owns its value. */
  declare foreign: number;
  declare mem: CDataMemory;
}

/** The objects one pointer size's ctypes module holds. */
interface CtypesTypes {
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
    case 'uint':
      return BigInt.asUintN(bits, BigInt(PyNumber_Index(v)));
    case 'bool':
      return PyObject_IsTrue(v) ? 1n : 0n;
    case 'pointer':
      if (v === None) return 0n;
      if (!(v instanceof PyLong)) throw typeError(`cannot be converted to pointer`);
      return BigInt.asUintN(bits, BigInt(v.v));
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
}

/** A new instance of simple type `t` (GenericPyCData_new), owning its value or reading `foreign`. */
function newCData(t: PyType, spec: SimpleSpec, foreign: number): PyCData {
  const o = new PyCData(t);
  o.spec = spec;
  o.foreign = foreign;
  const W = RT.profile.pointerSize;
  o.mem = { valueOffset: layout(W).valueOffset, size: spec.size, own: foreign === 0 ? 0n : null };
  cdataOf.set(o, o.mem);
  PyObject_Init(o, instanceSize(W, RT.profile.versionInfo[1]));
  _PyObject_GC_TRACK(o);
  return o;
}

/** The spec of the simple type `t` (or of the type of instance `o`). */
const specOf = new WeakMap<PyType, SimpleSpec>();

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
  simple.tp_dealloc = (o) => {
    _PyObject_GC_UNTRACK(o);
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
    return o;
  };
  simple.tp_repr = (o) => {
    const v = simple_get_value(o as PyCData);
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
  defGetSet(simple, '_objects', () => {
    None.ob_refcnt++;
    return None;
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

/** The spec of `o`: a ctypes type or an instance of one (ctypes.sizeof's argument). */
function sizeofArg(o: PyObject): number {
  const s = o instanceof PyType ? specOf.get(o) : o instanceof PyCData ? o.spec : undefined;
  if (!s) throw typeError('this type has no size');
  return s.size;
}

/**
 * The `ctypes` module (Lib/ctypes/__init__.py over _ctypes) for the running profile's pointer
 * size: the simple types and their aliases, `sizeof` and `addressof`. `walk` lists the live
 * objects, for addresses `id()` has not returned since the import.
 */
export function makeCtypesModule(walk: () => Iterable<PyObject>): PyModule {
  liveObjects = walk;
  RT.addressBook ??= new Map();
  const W = RT.profile.pointerSize;
  let T = byPointerSize.get(W);
  if (!T) byPointerSize.set(W, (T = makeTypes(W)));
  const attrs: Record<string, PyObject | CFunc> = {};
  for (const [n, t] of T.types) attrs[n] = t;
  for (const [a, n] of Object.entries(T.aliases)) attrs[a] = T.types.get(n)!;
  attrs.sizeof = (_s, args) => {
    if (args.length !== 1) throw typeError(`sizeof() takes exactly one argument (${args.length} given)`);
    return PyLong_From(sizeofArg(args[0]!));
  };
  attrs.addressof = (_s, args) => {
    if (args.length !== 1) throw typeError(`addressof() takes exactly one argument (${args.length} given)`);
    const o = args[0]!;
    if (!(o instanceof PyCData)) throw typeError('invalid type');
    RT.addressBook!.set(o.addr, o);
    return PyLong_From(o.foreign > 0 ? o.foreign : o.foreign < 0 ? 0 : o.addr + o.mem.valueOffset);
  };
  const m = makeModule('ctypes', attrs);
  m.missingAttr = (name) => {
    if (UNSIMULATED_CTYPES.includes(name)) throw pyErr(excTypes.get('ImportError')!, `heaplab does not simulate ctypes.${name} yet`);
    return null;
  };
  return m;
}

/** Public names of Lib/ctypes/__init__.py heaplab does not simulate: looking one up says so. */
const UNSIMULATED_CTYPES = [
  'cast', 'py_object', 'POINTER', 'pointer', 'byref', 'Structure', 'Union', 'Array', 'BigEndianStructure',
  'LittleEndianStructure', 'CDLL', 'PyDLL', 'cdll', 'pydll', 'pythonapi', 'CFUNCTYPE', 'PYFUNCTYPE', 'c_char',
  'c_wchar', 'c_char_p', 'c_wchar_p', 'c_longdouble', 'create_string_buffer', 'create_unicode_buffer', 'string_at',
  'wstring_at', 'memmove', 'memset', 'alignment', 'resize', 'get_errno', 'set_errno', 'ArgumentError', 'SetPointerType',
];
