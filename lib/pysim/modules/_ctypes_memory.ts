// Models what `ctypes` reads at a simulated address (`c_long.from_address(id(x)).value`): the
// memory layout of Include/object.h's PyObject header (ob_refcnt, ob_type), the first fields of a
// few object structs (Include/cpython/listobject.h, tupleobject.h, longintrepr.h, floatobject.h),
// and what Objects/obmalloc.c's pymalloc_free and the free lists leave in a dead object's memory.
// Anything else is a NotImplementedError saying heaplab does not simulate reading it: never a
// number CPython would not print.
import { PyObject, PyType, RT, isImmortal, preHeaderSize } from '../objects/object';
import { PyList } from '../objects/listobject';
import { PyTuple } from '../objects/tupleobject';
import { BoolType, False, LongType, PyLong, True, intFreeList, longDigits, smallInt } from '../objects/longobject';
import { PyStr, StrType } from '../objects/unicodeobject';
import { PyBytes } from '../objects/bytesobject';
import { Ellipsis, None, NotImplemented } from '../objects/singletons';
import { FloatType, PyFloat } from '../objects/floatobject';
import { NotImplementedErrorType, pyErr } from '../objects/exceptions';
import type { PyRaise } from '../objects/object';

/** One field of an object's memory: `size` bytes at `off` from its address, little-endian. */
interface Field {
  off: number;
  size: number;
  value: bigint;
  /** An address: heaplab's addresses are 64-bit ones, so a 32-bit build's pointer is read only whole. */
  pointer?: boolean;
}

/** The part of a ctypes instance the memory reader needs (its value buffer). */
export interface CDataMemory {
  /** Offset of b_value (the instance's own buffer) from the object's address. */
  valueOffset: number;
  /** sizeof the C type. */
  size: number;
  /** The buffer, unsigned little-endian; null when the instance reads another address. */
  own: bigint | null;
  /** The buffer holds an address (c_void_p, py_object). */
  pointer: boolean;
}

/** Objects whose memory is a ctypes buffer (set by _ctypes.ts). */
export const cdataOf = new WeakMap<PyObject, CDataMemory>();
/** Types heaplab keeps static but CPython makes heap types (their ob_refcnt is not modelled). */
export const notModelledRefcnt = new WeakSet<PyType>();

/** The NotImplementedError for memory heaplab does not model. */
export function notSimulated(what: string): PyRaise {
  return pyErr(NotImplementedErrorType, `heaplab does not simulate reading this memory (${what})`);
}

/** `what` for messages: "a 'list' object". */
function an(o: PyObject): string {
  return `a '${o.ob_type.tp_name}' object`;
}

/**
 * Whether an object heaplab keeps immortal is immortal in CPython too (3.12+): the singletons, the
 * small ints, strings and bytes (cached, interned or static ones), the empty tuple, and the static
 * types of the builtins. heaplab also keeps builtin functions, method descriptors and the types of
 * extension modules immortal, where CPython counts their references.
 */
function immortalInCPython(o: PyObject): boolean {
  if (o === None || o === True || o === False || o === Ellipsis || o === NotImplemented) return true;
  if (o instanceof PyLong || o instanceof PyStr || o instanceof PyBytes || o instanceof PyTuple) return true;
  return o instanceof PyType && !o.heap && o.module === 'builtins' && !notModelledRefcnt.has(o);
}

/** The ob_refcnt word of a live object, as memory holds it. */
function refcntWord(o: PyObject): bigint {
  if (!isImmortal(o)) return BigInt(o.ob_refcnt);
  const p = RT.profile;
  if (o instanceof PyType && notModelledRefcnt.has(o)) throw notSimulated(`the reference count of ${o.name}, a heap type in CPython`);
  if (!p.immortal) throw notSimulated(`the reference count of ${an(o)}, which CPython ${p.versionInfo[0]}.${p.versionInfo[1]} allocates statically`);
  if (!immortalInCPython(o)) throw notSimulated(`the reference count of ${an(o)}: heaplab keeps it immortal, CPython counts its references`);
  // 3.12/3.13, 64-bit: _Py_IMMORTAL_REFCNT is UINT_MAX, and Py_INCREF leaves the low 32 bits at it
  if (p.pointerSize === 8 && p.immortalRefcnt === 0xffffffff) return 0xffffffffn;
  // 32-bit builds: ob_refcnt is the whole word (3.14 wasm32: _Py_STATIC_IMMORTAL_INITIAL_REFCNT)
  if (p.pointerSize === 4) return BigInt(p.immortalRefcnt);
  // 3.14, 64-bit: the word also holds ob_flags, which heaplab does not model
  throw notSimulated(`the full reference-count word of an immortal object on CPython 3.14`);
}

/** The fields heaplab knows in a live object's memory. */
function liveFields(o: PyObject): Field[] {
  const W = RT.profile.pointerSize;
  const minor = RT.profile.versionInfo[1];
  const out: Field[] = [{ off: 0, size: W, value: -1n }];
  const ta = o.ob_type.addr;
  if (ta !== 0) out.push({ off: W, size: W, value: BigInt(ta), pointer: true });
  const cd = cdataOf.get(o);
  if (cd && cd.own !== null) out.push({ off: cd.valueOffset, size: cd.size, value: cd.own, pointer: cd.pointer });
  if (o instanceof PyList) {
    out.push({ off: 2 * W, size: W, value: BigInt(o.items.length) }, { off: 4 * W, size: W, value: BigInt(o.allocated) });
  } else if (o instanceof PyTuple) {
    out.push({ off: 2 * W, size: W, value: BigInt(o.items.length) });
    const first = (RT.profile.tupleHashCache ? 4 : 3) * W;
    o.items.forEach((it, i) => out.push({ off: first + i * W, size: W, value: BigInt(it.addr), pointer: true }));
  } else if (o instanceof PyFloat && o.ob_type === FloatType) {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, o.v, true);
    out.push({ off: 2 * W, size: 8, value: dv.getBigUint64(0, true) });
  } else if (o instanceof PyLong && (o.ob_type === LongType || o.ob_type === BoolType)) {
    // 30-bit digits on every profile (Pyodide's too). 3.11: ob_size is the signed digit count;
    // 3.12+: lv_tag = ndigits << 3 | sign (0 +, 1 zero, 2 -), and 3.14 sets bit 2 in the cached small ints
    const v = o.v;
    const zero = v === 0 || v === 0n;
    const neg = v < 0;
    const nd = zero ? 0 : longDigits(v);
    const cached = minor >= 14 && o.ob_type === LongType && v >= -5 && v <= 256 && o === smallInt(Number(v));
    const size = minor < 12 ? BigInt(neg ? -nd : nd) : BigInt((nd << 3) | (zero ? 1 : neg ? 2 : 0) | (cached ? 4 : 0));
    out.push({ off: 2 * W, size: W, value: size });
  } else if (o instanceof PyStr && o.ob_type === StrType) {
    // PyASCIIObject.length: the length in code points
    out.push({ off: 2 * W, size: W, value: BigInt([...o.v].length) });
  }
  return out;
}

/** The free list `o` is parked on (its entries, oldest first), or null. */
function parkedOn(o: PyObject): PyObject[] | null {
  const fl = RT.freeLists;
  for (const l of [fl.list, fl.dict, fl.float]) if (l.includes(o)) return l;
  for (const l of fl.tuple) if (l && l.includes(o)) return l;
  const ints = intFreeList();
  if ((ints as PyObject[]).includes(o)) return ints;
  return null;
}

/**
 * The fields heaplab knows in the memory of a dead object, whose block no other object has taken:
 * on a free list (3.11–3.13: ob_refcnt stays 0, a float's ob_type links the next free float; 3.14:
 * `_PyFreeList_Push` writes the link over ob_refcnt), or freed to pymalloc (the block's first word
 * links the pool's next free block; in a gc object that word is PyGC_Head's, so ob_refcnt stays 0).
 * Null when another object has the block now.
 */
function deadFields(o: PyObject): Field[] | null {
  const W = RT.profile.pointerSize;
  const typeWord: Field = { off: W, size: W, value: BigInt(o.ob_type.addr), pointer: true };
  const list = parkedOn(o);
  if (list !== null) {
    const i = list.indexOf(o);
    const link = BigInt(i > 0 ? list[i - 1]!.addr : 0);
    if (RT.profile.versionInfo[1] >= 14) {
      // the oldest entry links to what the interpreter's start-up left on the list, which is calibrated, not known
      if (i === 0) throw notSimulated(`the free-list link of the oldest dead ${o.ob_type.tp_name} on 3.14's free list`);
      return [{ off: 0, size: W, value: link, pointer: true }, typeWord];
    }
    if (o.ob_type === FloatType) return [{ off: 0, size: W, value: 0n }, { off: W, size: W, value: link, pointer: true }];
    return [{ off: 0, size: W, value: 0n }, typeWord];
  }
  const t = o.ob_type;
  const pre = t.heap ? preHeaderSize(t) : t.gc ? 16 : 0;
  const block = o.addr - pre;
  if (o.allocSize > 512) throw notSimulated(`the memory of ${an(o)} freed to the system allocator`);
  // CPython 3.12 was seen putting a str of its own in the block of an object gc.collect() had just
  // freed: what a collection leaves in the memory it frees is not modelled
  if (RT.freedByCollector.has(o)) throw notSimulated(`memory the cyclic collector freed`);
  if (RT.alloc.isLive(block)) return null;
  // heaplab's pools are a 64-bit build's: which of a wasm32 pool's blocks the interpreter reuses
  // (and so overwrites) after a free is not modelled
  if (W !== 8) throw notSimulated(`memory a 32-bit build's pymalloc has taken back`);
  const link = RT.alloc.freeBlockLink(block);
  if (link === null) throw notSimulated(`memory pymalloc has released or reused`);
  if (pre > 0) return [{ off: 0, size: W, value: 0n }, typeWord];
  return [{ off: 0, size: W, value: BigInt(link), pointer: true }, typeWord];
}

/** Whether `o` is alive (held, or immortal). */
function alive(o: PyObject): boolean {
  return o.ob_refcnt > 0;
}

/** Bytes of `o`'s memory past its address (a static object's: its size as sys.getsizeof counts it). */
function extent(o: PyObject): number {
  const t = o.ob_type;
  const pre = t.heap ? preHeaderSize(t) : t.gc ? 16 : 0;
  const size = o.allocSize || (t.tp_getsizeof ? t.tp_getsizeof(o) : 0);
  return Math.max(size - pre, 2 * RT.profile.pointerSize);
}

/**
 * The object whose memory holds `addr`: one `id()` returned an address for (a live one first),
 * else one `walk` finds alive (objects reachable from the interpreter's roots and the collector's
 * lists). Returns the object and its fields, or throws saying the memory is not simulated.
 */
function locate(addr: number, walk: () => Iterable<PyObject>): { o: PyObject; fields: Field[] } {
  const book = RT.addressBook;
  // the most recently allocated object known to have covered addr was there last
  let last: PyObject | null = null;
  if (book !== null) {
    for (let back = 0; back <= 512; back += 4) {
      const o = book.get(addr - back);
      if (o === undefined || addr >= o.addr + extent(o) || o.addr !== addr - back) continue;
      if (last === null || o.serial > last.serial) last = o;
    }
  }
  if (last !== null) {
    if (alive(last)) return { o: last, fields: liveFields(last) };
    const f = deadFields(last);
    if (f !== null) return { o: last, fields: f };
  }
  for (const o of walk()) {
    const a = o.addr;
    if (a !== 0 && a <= addr && addr < a + extent(o) && alive(o)) return { o, fields: liveFields(o) };
  }
  throw notSimulated(`no object heaplab knows of is at this address`);
}

/**
 * The live object whose address (`id()`) is `addr`, or null: what a pointer to `addr` points at
 * (py_object, cast()).
 */
export function objectAt(addr: number, walk: () => Iterable<PyObject>): PyObject | null {
  const o = RT.addressBook?.get(addr);
  if (o !== undefined && o.addr === addr && alive(o)) return o;
  for (const x of walk()) if (x.addr === addr && alive(x)) return x;
  return null;
}

/**
 * Reads `size` bytes at `addr` as CPython's memory holds them: an unsigned little-endian value,
 * and whether it is a whole pointer field (an address, which a signed read must not wrap).
 * `walk` lists the live objects when the address is not one `id()` returned.
 */
export function readMemory(addr: number, size: number, walk: () => Iterable<PyObject>): { raw: bigint; pointer: boolean } {
  if (!Number.isSafeInteger(addr) || addr <= 0) throw notSimulated(`an address no object is at: CPython would crash`);
  const { o, fields } = locate(addr, walk);
  const k = addr - o.addr;
  const whole = fields.find((f) => f.off === k && f.size === size && f.pointer);
  if (whole) return { raw: whole.value, pointer: true };
  let v = 0n;
  for (let b = size - 1; b >= 0; b--) {
    const at = k + b;
    const f = fields.find((f) => f.off <= at && at < f.off + f.size);
    if (f === undefined) throw notSimulated(`byte ${at} of ${an(o)}`);
    if (f.pointer && RT.profile.pointerSize !== 8) throw notSimulated(`part of a pointer in ${an(o)}`);
    const value = f.off === 0 && f.value === -1n ? refcntWord(o) : f.value;
    v = (v << 8n) | ((value >> BigInt(8 * (at - f.off))) & 0xffn);
  }
  return { raw: v, pointer: false };
}
