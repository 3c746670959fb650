// Models ctypes.cast (Lib/ctypes/__init__.py `cast(obj, typ)`, which calls the C function `cast` of
// Modules/_ctypes/_ctypes.c through `_cast`): the address `obj` converts to as a c_void_p argument,
// put in a new instance of the pointer type `typ`. A ctypes instance given as `obj` gets a dict in
// its b_objects that holds the instance itself, shared with the result (so the two keep each other
// alive, a cycle only the collector frees).
import { PyObject, PyType, RT } from '../objects/object';
import { PyLong, PyLong_From } from '../objects/longobject';
import { None } from '../objects/singletons';
import { PyDict, PyDict_New, insertdict } from '../objects/dictobject';
import { NotImplementedErrorType, pyErr, typeError } from '../objects/exceptions';
import { PyCData, newCData, setKeep, specOf, walkLiveObjects } from './_ctypes';
import { notSimulated, objectAt, readMemory } from './_ctypes_memory';

/** c_void_p.from_param of cast's first argument: the address it stands for. */
function voidPointerOf(obj: PyObject): number {
  if (obj === None) return 0;
  if (obj instanceof PyLong && obj.v >= 0 && Number(obj.v) <= Number.MAX_SAFE_INTEGER) return Number(obj.v);
  if (obj instanceof PyCData && obj.spec.kind === 'pointer') {
    if (obj.foreign === 0) return Number(obj.mem.own!);
    return Number(readMemory(obj.foreign, obj.spec.size, walkLiveObjects).raw);
  }
  // CPython raises ctypes.ArgumentError here (or accepts bytes, str, arrays, pointers…)
  throw pyErr(NotImplementedErrorType, `heaplab does not simulate cast() of a '${obj.ob_type.tp_name}' object (CPython converts it or raises ctypes.ArgumentError)`);
}

/** `ctypes.cast(obj, typ)`: a new `typ` instance holding the address `obj` stands for. */
export function ctypes_cast(obj: PyObject, typ: PyObject): PyObject {
  const addr = voidPointerOf(obj);
  const spec = typ instanceof PyType ? specOf.get(typ) : undefined;
  if (spec === undefined || (spec.kind !== 'pointer' && spec.kind !== 'object')) {
    // cast_check_pointertype: 3.13+ fail earlier, without the name, for what is not a ctypes type
    if (RT.profile.versionInfo[1] >= 13 && spec === undefined) throw typeError('cast() argument 2 must be a pointer type');
    throw typeError(`cast() argument 2 must be a pointer type, not ${typ instanceof PyType ? typ.name : typ.ob_type.name}`);
  }
  let target: PyObject | null = null;
  if (spec.kind === 'object' && addr !== 0) {
    target = objectAt(addr, walkLiveObjects);
    if (target === null) throw notSimulated(`no live object at the address cast to py_object: CPython would make a dangling pointer`);
  }
  const result = newCData(typ as PyType, spec, 0);
  result.mem.own = BigInt(addr);
  result.obj = target;
  if (obj instanceof PyCData) {
    // "But we need a dictionary!": src's b_objects becomes a dict, shared, holding src itself
    let d = obj.keep;
    if (d === null) {
      d = PyDict_New();
      obj.keep = d;
    }
    setKeep(result, d, target);
    if (d instanceof PyDict) {
      obj.ob_refcnt++;
      insertdict(d, PyLong_From(obj.addr), obj);
    }
  }
  return result;
}
