// Models the names Lib/ctypes/__init__.py exports, over the _ctypes types (modules/_ctypes.ts): the
// simple types and the aliases each pointer size gives them, sizeof, addressof and cast. Looking up
// one of the public names heaplab does not simulate (Structure, POINTER, CDLL…) says so.
import { PyObject, RT } from '../objects/object';
import { PyLong_From } from '../objects/longobject';
import { excTypes, pyErr, typeError } from '../objects/exceptions';
import type { CFunc } from '../objects/object';
import type { PyModule } from '../objects/moduleobject';
import { makeModule } from './moduletools';
import { PyCData, ctypesTypes, specOfArg } from './_ctypes';
import { ctypes_cast } from './_ctypes_cast';

/** Public names of Lib/ctypes/__init__.py heaplab does not simulate: looking one up says so. */
const UNSIMULATED_CTYPES = [
  'POINTER', 'pointer', 'byref', 'Structure', 'Union', 'Array', 'BigEndianStructure', 'LittleEndianStructure',
  'CDLL', 'PyDLL', 'cdll', 'pydll', 'pythonapi', 'CFUNCTYPE', 'PYFUNCTYPE', 'c_char', 'c_wchar', 'c_char_p',
  'c_wchar_p', 'c_longdouble', 'create_string_buffer', 'create_unicode_buffer', 'string_at', 'wstring_at',
  'memmove', 'memset', 'alignment', 'resize', 'get_errno', 'set_errno', 'ArgumentError', 'SetPointerType',
];

/** `_PyArg_CheckPositional`-style check of a one-argument function. */
function oneArg(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/**
 * The `ctypes` module for the running profile's pointer size. `walk` lists the live objects, for
 * addresses `id()` has not returned since the import; from the import on, `id()` and every free
 * record the object at an address (RT.addressBook).
 */
export function makeCtypesModule(walk: () => Iterable<PyObject>): PyModule {
  RT.addressBook ??= new Map();
  const T = ctypesTypes(RT.profile.pointerSize, walk);
  const attrs: Record<string, PyObject | CFunc> = {};
  for (const [n, t] of T.types) attrs[n] = t;
  for (const [a, n] of Object.entries(T.aliases)) attrs[a] = T.types.get(n)!;
  attrs.sizeof = (_s, args) => {
    const s = specOfArg(oneArg('sizeof', args));
    if (!s) throw typeError('this type has no size');
    return PyLong_From(s.size);
  };
  attrs.addressof = (_s, args) => {
    const o = oneArg('addressof', args);
    if (!(o instanceof PyCData)) throw typeError('invalid type');
    RT.addressBook!.set(o.addr, o);
    return PyLong_From(o.foreign > 0 ? o.foreign : o.foreign < 0 ? 0 : o.addr + o.mem.valueOffset);
  };
  attrs.cast = (_s, args, kw) => {
    if ((kw && kw.length) || args.length !== 2) throw typeError(`heaplab does not simulate cast() called with ${kw && kw.length ? 'keyword arguments' : `${args.length} arguments`}`);
    return ctypes_cast(args[0]!, args[1]!);
  };
  const m = makeModule('ctypes', attrs);
  m.missingAttr = (name) => {
    if (UNSIMULATED_CTYPES.includes(name)) throw pyErr(excTypes.get('ImportError')!, `heaplab does not simulate ctypes.${name} yet`);
    return null;
  };
  return m;
}
