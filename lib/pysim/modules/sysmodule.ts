// Models Python/sysmodule.c (CPython 3.12): the parts of `sys` heaplab supports.
import { badKeyword } from '../objects/argcheck';
import { builtinExceptionBasicsize } from '../objects/typeobject_basicsize';
import { setSizeofHook, subclassInstanceSizeof } from '../objects/typemethods';
import { ObjectType, PyObject, PyType, Py_DECREF, RT, TypeType, staticAddr, preHeaderSize, IMMORTAL_MIN, IMMORTAL_REFCNT, hasManagedDict } from '../objects/object';
import { None } from '../objects/singletons';
import { LongType, PyLong, PyLong_From, True, False } from '../objects/longobject';
import { PyFloat } from '../objects/floatobject';
import type { Profile } from '../profiles/types';
import { PyStr, PyUnicode_From, PyUnicode_Intern, StrType, internObject } from '../objects/unicodeobject';
import { PyTuple_New, type PyTuple } from '../objects/tupleobject';
import { PyList_New } from '../objects/listobject';
import { PyDict, PyDict_New, dictGetStr, insertdict } from '../objects/dictobject';
import { NamespaceType, PyNamespace } from '../objects/namespaceobject';
import { lookupHeap } from '../objects/typeobject';
import { typeError, valueError, overflowError, pyErr, excTypes, newException, TypeErrorType } from '../objects/exceptions';
import { PyRaise } from '../objects/object';
import { PyNumber_Index, asIndex, callObject } from '../abstract';
import { DEFAULT_MAX_STR_DIGITS, setMaxStrDigitsSource } from '../objects/format';
import { clinicArgs } from './bltinmodule';
import { PyStructSequence_New, PyStructSequence_NewType, staticStructSeq, type StructSeqType } from '../objects/structseq';
import { checkArgs } from '../objects/typemethods';
import { builtinFunction, defMethod, type PyCFunction } from '../objects/methodobject';
import { S } from '../eval/frame';
import { _PyFrame_GetFrameObject } from '../objects/frameobject';
import type { PyBaseException } from '../objects/exceptions';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';
import { pointerFieldsSize, sizeofGCHead, sizeofHeapTypeObject, sizeofSharedKeys, sizeofTypeObject } from '../objects/layout';
import { ALLOC_PROFILES } from '../alloc/profile';

/** sys.getsizeof(o) without the default argument. */
export function getsizeof(o: PyObject): number {
  const t = o.ob_type;
  if (t.heap) {
    const m = lookupHeap(t, '__sizeof__');
    if (m) {
      const r = callObject(m, [o], null);
      let v: number;
      try {
        v = sizeofResult(r);
      } finally {
        Py_DECREF(r);
      }
      if (v < 0) throw valueError('__sizeof__() should return >= 0');
      return v + preHeaderSize(t);
    }
  }
  return builtinSizeof(o);
}

/** PyLong_AsSsize_t of what `__sizeof__` returned: an int (no `__index__`) that fits a Py_ssize_t. */
function sizeofResult(r: PyObject): number {
  if (!(r instanceof PyLong)) throw typeError('an integer is required');
  const v = r.v;
  const bits = BigInt(8 * RT.profile.pointerSize - 1);
  if (typeof v === 'bigint' ? v > (1n << bits) - 1n || v < -(1n << bits) : Math.abs(v) > 2 ** Number(bits) - 1) {
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

/** What sys.getsizeof reports for `o` from its type alone (no Python-level __sizeof__). */
function builtinSizeof(o: PyObject): number {
  const t = o.ob_type;
  if (t.heap && t.solid !== ObjectType && t.solid !== TypeType) return subclassInstanceSizeof(o);
  if (t.tp_getsizeof) return t.tp_getsizeof(o);
  // type___sizeof__: PyHeapTypeObject and its shared keys (with the PyGC_Head of a heap type),
  // or PyTypeObject for a static type
  if (t === TypeType || (o instanceof PyType)) {
    const ty = o as PyType;
    if (!ty.heap) return sizeofTypeObject();
    return sizeofGCHead() + sizeofHeapTypeObject() + (hasManagedDict(ty) ? sizeofSharedKeys() : 0);
  }
  if (t.heap) return t.basicsize;
  return pointerFieldsSize(t.isExc ? builtinExceptionBasicsize(t) : t.basicsize);
}
setSizeofHook(builtinSizeof);

/** The `sys.version_info` type (a struct sequence). */
const VersionInfoType = structSeqType('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);

/** An immortal object outside the heap: sys's constant attributes, which CPython makes before the program runs. */
function staticObject<T extends PyObject>(o: T, size = 32): T {
  o.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(o, size);
  return o;
}

/** A struct sequence type of sys: its instances are made by the interpreter only ("cannot create 'sys.flags' instances"). */
function structSeqType(name: string, fields: string[]): StructSeqType {
  return PyStructSequence_NewType({ name: `sys.${name}`, fields: fields.map((f) => ({ name: f })), nInSequence: fields.length, newable: false });
}

/** sys.float_info: the C double's limits (IEEE 754 binary64 on every build). */
const FLOAT_INFO = staticStructSeq(structSeqType('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']), [
  new PyFloat(Number.MAX_VALUE), new PyLong(LongType, 1024), new PyLong(LongType, 308), new PyFloat(2.2250738585072014e-308), new PyLong(LongType, -1021),
  new PyLong(LongType, -307), new PyLong(LongType, 15), new PyLong(LongType, 53), new PyFloat(Number.EPSILON), new PyLong(LongType, 2), new PyLong(LongType, 1),
]);

/** sys.int_info: 30-bit digits of 4 bytes on every build heaplab models, and the int/str conversion limits of 3.11+. */
const INT_INFO = staticStructSeq(structSeqType('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']), [
  new PyLong(LongType, 30), new PyLong(LongType, 4), new PyLong(LongType, 4300), new PyLong(LongType, 640),
]);

/** sys.maxunicode. */
const MAXUNICODE = staticObject(new PyLong(LongType, 0x10ffff));

/**
 * A dict made outside the heap for a static object (immortal, never tracked): at most 8 str keys,
 * so lookups compare the keys' values (no index), in a table sized as insertion would size it.
 */
function staticDict(entries: [string, PyObject][]): PyDict {
  const d = staticObject(new PyDict(), 64);
  d.keys = entries.map(([k]) => staticObject(new PyStr(k)));
  d.vals = entries.map(([, v]) => v);
  d.used = entries.length;
  d.log2 = entries.length <= 5 ? 3 : 4;
  d.usable = (((1 << d.log2) * 2) / 3 | 0) - entries.length;
  return d;
}

/** sys.implementation of each profile (made once; immortal). */
const IMPLEMENTATION = new Map<string, PyObject>();
function implementation(p: Profile): PyObject {
  let o = IMPLEMENTATION.get(p.name);
  if (o === undefined) {
    const [major, minor, micro] = p.versionInfo;
    const version = staticStructSeq(VersionInfoType, [new PyLong(LongType, major), new PyLong(LongType, minor), new PyLong(LongType, micro), new PyStr(p.versionInfo[3]), new PyLong(LongType, p.versionInfo[4])]);
    const attrs: [string, PyObject][] = [
      ['name', staticObject(new PyStr('cpython'))],
      ['cache_tag', staticObject(new PyStr(`cpython-${major}${minor}`))],
      ['version', version],
      ['hexversion', staticObject(new PyLong(LongType, hexversion(p)))],
      ['_multiarch', staticObject(new PyStr(p.implementation.multiarch))],
    ];
    const iso = p.implementation.supportsIsolatedInterpreters;
    if (iso !== null) attrs.push(['supports_isolated_interpreters', iso ? True : False]);
    o = staticObject(new PyNamespace(NamespaceType, staticDict(attrs)), 48);
    IMPLEMENTATION.set(p.name, o);
  }
  return o;
}

/** sys.flags of each profile (made once; immortal): what the interpreter reports when the oracle runs it. */
const FLAGS = new Map<string, PyObject>();
const FlagsType = structSeqType('flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']);
function flags(p: Profile): PyObject {
  let o = FLAGS.get(p.name);
  if (o === undefined) {
    const f = p.sysFlags;
    const int = (n: number) => new PyLong(LongType, n);
    const t = staticStructSeq(FlagsType, [int(0), int(f.inspect), int(0), int(0), int(f.dontWriteBytecode), int(0), int(0), int(0), int(0), int(0), int(0), int(0), int(0), int(0), int(f.utf8Mode), int(0), int(0), int(f.intMaxStrDigits)]);
    // dev_mode and safe_path are bools (the static False)
    t.items[13] = t.items[16] = False;
    o = t;
    FLAGS.set(p.name, o);
  }
  return o;
}

/** The position of `int_max_str_digits` in sys.flags (SYS_FLAGS_INT_MAX_STR_DIGITS). */
const SYS_FLAGS_INT_MAX_STR_DIGITS = 17;
/** The values sys.flags.int_max_str_digits has held, by value (immortal, as the shared flags object is). */
const FLAG_INTS = new Map<number, PyObject>();

/**
 * Sets sys.flags.int_max_str_digits of the running interpreter (3.14's _PySys_SetIntMaxStrDigits
 * updates it; earlier versions leave sys.flags as start-up made it). Every interpreter of a profile
 * shares its flags object, so each run's sys module sets the start-up value back first.
 */
function setFlagIntMaxStrDigits(p: Profile, n: number): void {
  let v = FLAG_INTS.get(n);
  if (v === undefined) FLAG_INTS.set(n, (v = staticObject(new PyLong(LongType, n))));
  (flags(p) as PyTuple).items[SYS_FLAGS_INT_MAX_STR_DIGITS] = v;
}

/** sys.hash_info of each profile (made once; immortal): Py_hash_t's width, the modulus _PyHASH_MODULUS, the str/bytes hash algorithm. */
const HASH_INFO = new Map<string, PyObject>();
const HashInfoType = structSeqType('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
function hashInfo(p: Profile): PyObject {
  let o = HASH_INFO.get(p.name);
  if (o === undefined) {
    const bits = 8 * p.pointerSize;
    const int = (n: number | bigint) => new PyLong(LongType, n);
    // SipHash-1-3: 64-bit hash, 128-bit key; FNV: Py_hash_t wide, seeded with two Py_hash_t
    const sip = p.hashAlgorithm === 'siphash13';
    o = staticStructSeq(HashInfoType, [int(bits), int(bits === 64 ? (1n << 61n) - 1n : 2147483647), int(314159), int(0), int(1000003), new PyStr(p.hashAlgorithm), int(sip ? 64 : bits), int(sip ? 128 : 2 * bits), int(0)]);
    HASH_INFO.set(p.name, o);
  }
  return o;
}

/** sys.hexversion: PY_VERSION_HEX of a final release. */
function hexversion(p: Profile): number {
  return p.versionInfo[0] * 0x1000000 + p.versionInfo[1] * 0x10000 + p.versionInfo[2] * 0x100 + 0xf0;
}

/** A text stream object for sys.stdout / sys.stderr. */
const TextIOType = new PyType(TypeType, 'TextIOWrapper', ObjectType, '_io');
staticAddr(TextIOType, 912);
TextIOType.tp_repr = (o) => `<_io.TextIOWrapper name='<${(o as unknown as { streamTag: string }).streamTag}>' mode='w' encoding='utf-8'>`;
defMethod(TextIOType, 'write', (self, args) => {
  checkArgs('write', args, 1, 1);
  const s = args[0];
  if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${s.ob_type.tp_name}`);
  const tag = (self as unknown as { streamTag: string }).streamTag;
  if (RT.profile.stdoutPendingBuffer && !RT.lazyObjects.has(tag)) RT.firstUse(tag);
  (tag === 'stderr' ? S.streams.err : S.streams.out).push(s.v);
  return PyLong_From(s.v.length);
});
defMethod(TextIOType, 'flush', () => None);

function stream(tag: string): PyObject {
  const o = new PyObject(TextIOType);
  (o as unknown as { streamTag: string }).streamTag = tag;
  o.ob_refcnt = IMMORTAL_REFCNT;
  staticAddr(o, 200);
  return o;
}
const STDOUT = stream('stdout');
const STDERR = stream('stderr');

/** A METH_O / METH_NOARGS function called with keywords. */
function noKeywords(qual: string, kw: string[] | null): void {
  if (kw && kw.length) throw typeError(`${qual}() takes no keyword arguments`);
}

/**
 * sys_getsizeof's PyArg_ParseTupleAndKeywords(args, kwds, "O|O:getsizeof", ["object", "default"]):
 * the object and the optional default, positional or by keyword.
 */
function getsizeofArgs(argv: readonly PyObject[], kw: string[] | null): PyObject[] {
  const nkw = kw ? kw.length : 0;
  const npos = argv.length - nkw;
  if (argv.length > 2) throw typeError(`getsizeof() takes at most 2 arguments (${argv.length} given)`);
  const out: (PyObject | undefined)[] = argv.slice(0, npos);
  const names = ['object', 'default'];
  let unknown: string | null = null;
  for (let i = 0; i < nkw; i++) {
    const k = kw![i];
    const at = names.indexOf(k);
    if (at < 0) {
      unknown ??= k;
      continue;
    }
    if (at < npos) throw typeError(`argument for getsizeof() given by name ('${k}') and position (${at + 1})`);
    out[at] = argv[npos + i];
  }
  // vgetargskeywords: a missing required argument is reported before an unknown keyword
  if (out[0] === undefined) throw typeError(`getsizeof() missing required argument 'object' (pos 1)`);
  if (unknown !== null) throw typeError(badKeyword('getsizeof', unknown, names));
  return out.filter((o): o is PyObject => o !== undefined);
}

/** sys.getrefcount(o): the count, or the profile's figure for an immortal object. */
function sys_getrefcount_impl(o: PyObject): PyObject {
  const n = o.ob_refcnt;
  return PyLong_From(n >= IMMORTAL_MIN ? RT.profile.immortalRefcnt : n);
}

/** Each interpreter's int/str conversion limit, once a program has set it (sys.set_int_max_str_digits). */
const maxStrDigits = new WeakMap<object, number>();
setMaxStrDigitsSource(() => maxStrDigits.get(RT) ?? DEFAULT_MAX_STR_DIGITS);

/** Creates the sys module for the running interpreter. */
export function makeSysModule(filename: string, debugMallocStats: () => void = () => {}): PyModule {
  const p = RT.profile;
  // PyStructSequence_New: never tracked (gc.is_tracked(sys.version_info) is False)
  const vi = PyStructSequence_New(VersionInfoType, [PyLong_From(p.versionInfo[0]), PyLong_From(p.versionInfo[1]), PyLong_From(p.versionInfo[2]), PyUnicode_From(p.versionInfo[3]), PyLong_From(p.versionInfo[4])], []);
  const argv = PyList_New([PyUnicode_From(filename)]);
  if (p.versionInfo[1] >= 14) setFlagIntMaxStrDigits(p, p.sysFlags.intMaxStrDigits);
  const m = makeModule('sys', {
    getrefcount: (_s, args, kw) => {
      // METH_O: _PyObject_FunctionStr names it with its module
      noKeywords('sys.getrefcount', kw);
      checkArgs('sys.getrefcount', args, 1, 1);
      return sys_getrefcount_impl(args[0]);
    },
    // METH_VARARGS | METH_KEYWORDS: callObject packs its arguments (methodobject's VARARGS_BUILTINS)
    getsizeof: (_s, argv, kw) => {
      const args = getsizeofArgs(argv, kw);
      try {
        return PyLong_From(getsizeof(args[0]));
      } catch (e) {
        // only a TypeError gives way to the default (sys_getsizeof)
        if (args.length > 1 && e instanceof PyRaise && e.exc.ob_type.isSubtype(TypeErrorType)) {
          Py_DECREF(e.exc);
          args[1].ob_refcnt++;
          return args[1];
        }
        throw e;
      }
    },
    intern: (_s, args, kw) => {
      noKeywords('sys.intern', kw);
      checkArgs('sys.intern', args, 1, 1);
      if (!(args[0] instanceof PyStr)) throw typeError(`intern() argument must be str, not ${args[0] === None ? 'None' : args[0].ob_type.tp_name}`);
      // sys_intern_impl: only an exact str is interned
      if (args[0].ob_type !== StrType) throw typeError(`can't intern ${args[0].ob_type.tp_name}`);
      return internObject(args[0]);
    },
    get_int_max_str_digits: (_s, args, kw) => {
      noKeywords('sys.get_int_max_str_digits', kw);
      checkArgs('sys.get_int_max_str_digits', args, 0, 0);
      return PyLong_From(maxStrDigits.get(RT) ?? DEFAULT_MAX_STR_DIGITS);
    },
    set_int_max_str_digits: (_s, args, kw) => {
      const [maxdigits] = clinicArgs('set_int_max_str_digits', args, kw, ['maxdigits'], 0, 1);
      // Argument Clinic's `int` converter, then _PySys_SetIntMaxStrDigits' check
      const v = BigInt(PyNumber_Index(maxdigits!));
      if (v > 0x7fffffffn || v < -0x80000000n) throw overflowError('Python int too large to convert to C int');
      const n = Number(v);
      if (n !== 0 && n < 640) throw valueError(RT.profile.versionInfo[1] >= 14 ? 'maxdigits must be >= 640 or 0 for unlimited' : 'maxdigits must be 0 or larger than 640');
      maxStrDigits.set(RT, n);
      if (RT.profile.versionInfo[1] >= 14) setFlagIntMaxStrDigits(RT.profile, n);
      return None;
    },
    getrecursionlimit: () => PyLong_From(S.recursionLimit),
    setrecursionlimit: (_s, args) => {
      checkArgs('setrecursionlimit', args, 1, 1);
      const n = asIndex(args[0]);
      if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
      if (n <= S.depth) throw pyErr(excTypes.get('RecursionError')!, `cannot set the recursion limit to ${n} at the recursion depth ${S.depth}: the limit is too low`);
      S.recursionLimit = n;
      return None;
    },
    exit: (_s, args, kw) => {
      noKeywords('exit', kw);
      checkArgs('exit', args, 0, 1);
      throw new PyRaise(newException(excTypes.get('SystemExit')!, args.map((a) => { a.ob_refcnt++; return a; })));
    },
    getdefaultencoding: () => PyUnicode_From('utf-8'),
    // the exception being handled (the innermost except or finally block running), as _PyErr_GetHandledException
    exc_info: (_s, args) => {
      checkArgs('exc_info', args, 0, 0);
      const e = S.handled.length ? S.handled[S.handled.length - 1] : null;
      if (e === null) return PyTuple_New([None, None, None]);
      const tb = (e as PyBaseException).traceback ?? None;
      e.ob_type.ob_refcnt++;
      e.ob_refcnt++;
      tb.ob_refcnt++;
      return PyTuple_New([e.ob_type, e, tb]);
    },
    exception: (_s, args) => {
      checkArgs('exception', args, 0, 0);
      const e = S.handled.length ? S.handled[S.handled.length - 1] : None;
      e.ob_refcnt++;
      return e;
    },
    _getframe: (_s, args) => {
      checkArgs('_getframe', args, 0, 1);
      let f = S.frame;
      for (let n = args.length ? asIndex(args[0]) : 0; n > 0 && f; n--) f = f.back;
      if (!f) throw valueError('call stack is not deep enough');
      const fo = _PyFrame_GetFrameObject(f);
      fo.ob_refcnt++;
      return fo;
    },
    _debugmallocstats: () => {
      debugMallocStats();
      return None;
    },
    // a build without pymalloc (Pyodide) counts no blocks
    // the interpreter's own start-up blocks, which heaplab does not simulate, are a profile figure
    getallocatedblocks: () => PyLong_From(ALLOC_PROFILES[RT.profile.name].pymalloc ? RT.profile.startupAllocatedBlocks + RT.alloc._Py_GetAllocatedBlocks() : 0),
    is_finalizing: () => PyLong_From(0),
    version_info: vi,
    version: PyUnicode_From(p.version),
    hexversion: PyLong_From(hexversion(p)),
    // PY_SSIZE_T_MAX
    maxsize: PyLong_From(p.pointerSize === 8 ? 9223372036854775807n : 2147483647),
    byteorder: PyUnicode_From('little'),
    platform: PyUnicode_From(p.platform),
    implementation: implementation(p),
    float_info: FLOAT_INFO,
    int_info: INT_INFO,
    maxunicode: MAXUNICODE,
    argv,
    path: PyList_New([]),
    stdout: STDOUT,
    stderr: STDERR,
    __stdout__: STDOUT,
    __stderr__: STDERR,
    flags: flags(p),
    hash_info: hashInfo(p),
    modules: PyDict_New(),
  });
  (dictGetStr(m.dict, 'getrefcount') as PyCFunction).fast1 = (_s, o) => sys_getrefcount_impl(o);
  // sys._getframemodulename(depth=0), new in 3.12: the __module__ of the function running `depth`
  // frames up (a module's code runs as a function whose __module__ is the module's __name__)
  if (p.versionInfo[1] >= 12) {
    const f = builtinFunction('_getframemodulename', (_s, args, kw) => {
      const npos = args.length - (kw ? kw.length : 0);
      if (npos > 1 || (kw && kw.some((k) => k !== 'depth')) || args.length > 1) {
        throw typeError(npos > 1 ? `_getframemodulename() takes at most 1 argument (${args.length} given)` : `_getframemodulename() got an unexpected keyword argument '${kw!.find((k) => k !== 'depth')}'`);
      }
      let fr = S.frame;
      for (let n = args.length ? asIndex(args[0]) : 0; n > 0 && fr; n--) fr = fr.back;
      if (!fr) return None;
      const mod = fr.func ? fr.func.module : dictGetStr(fr.globals, '__name__');
      if (!mod || mod === None) return None;
      mod.ob_refcnt++;
      return mod;
    }, 'sys');
    f.ob_refcnt++;
    insertdict(m.dict, PyUnicode_Intern('_getframemodulename'), f);
  }
  // the temporaries above were borrowed by makeModule: drop our own references
  for (const k of ['version_info', 'version', 'hexversion', 'maxsize', 'byteorder', 'platform', 'argv', 'path', 'modules']) {
    const v = dictGetStr(m.dict, k);
    if (v) Py_DECREF(v);
  }
  return m;
}
