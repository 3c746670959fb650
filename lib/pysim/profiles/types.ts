// heaplab's version profiles: every CPython difference the simulator models is a field here.
import type { StackDepthRules } from '../eval/stackdepth';

/** Names of the CPython versions heaplab models; `3.14-wasm32` is 3.14 on a 32-bit build, the interpreter the 3.14 oracle (Pyodide) is. */
export type ProfileName = '3.11' | '3.12' | '3.13' | '3.14' | '3.14-wasm32';

/** Everything that differs between CPython versions and builds (64-bit, and 3.14 on wasm32). */
export interface Profile {
  name: ProfileName;
  /** sys.version string. */
  version: string;
  versionInfo: [number, number, number, string, number];
  /** gc.get_threshold() at start. */
  gcThresholds: [number, number, number];
  /** 'eval-breaker': collect at the next eval-breaker check (3.12+); 'allocation': inside the allocating call (3.11). */
  gcTiming: 'eval-breaker' | 'allocation';
  /** Immortal objects (PEP 683) exist. */
  immortal: boolean;
  /** ob_refcnt shown for immortal objects (4294967295 on 3.12/3.13, 3221225472 on 3.14). */
  immortalRefcnt: number;
  /** Initial refcount of static objects when not immortal (3.11: 999999999). */
  staticRefcnt: number;
  /** Interned strings are immortal. */
  internedImmortal: boolean;
  /** Dicts are gc-tracked from creation (3.14) rather than lazily. */
  dictTrackedFromCreation: boolean;
  /** Loading a local pushes a borrowed reference (3.14: getrefcount of a local is one lower). */
  borrowedLocalLoads: boolean;
  /** Frozen (permanent generation) object count at start (3.12: 375). */
  permanentAtStart: number;
  /** Tracked objects CPython's start-up leaves in the oldest generation that heaplab does not
   *  model (len(gc.get_objects()) after gc.collect() in `python3 -c`-like runs, minus heaplab's).
   *  They count in long_lived_total, which paces full collections (generational collector only). */
  unmodelledLongLived: number;
  smallIntMin: number;
  smallIntMax: number;
  freeLists: { float: number; list: number; dict: number; tupleMaxLen: number; tuplePerSize: number; smallInt: number };
  /**
   * SIZEOF_VOID_P of the build: 8 on 64-bit (LP64) builds, 4 on wasm32 (ILP32, Pyodide). Pointers,
   * Py_ssize_t, Py_hash_t and C long have this size: every sys.getsizeof formula
   * (objects/layout.ts), sys.maxsize, struct's native sizes, the hash modulus (_PyHASH_BITS 61 or
   * 31) and the C long range of argument conversion follow it.
   */
  pointerSize: 4 | 8;
  /** sys.platform ('linux' for the native builds, 'emscripten' under Pyodide). */
  platform: string;
  /**
   * sys.implementation: `_multiarch` ('x86_64-linux-gnu', 'wasm32-emscripten' under Pyodide) and
   * 3.14's `supports_isolated_interpreters` (null: the field does not exist before 3.14).
   */
  implementation: { multiarch: string; supportsIsolatedInterpreters: boolean | null };
  /** The C library's ERANGE and strerror(ERANGE): the args of the OverflowError a float power that overflows raises (glibc 34 "Numerical result out of range", Emscripten's musl 68 "Result not representable"). */
  erange: { errno: number; strerror: string };
  /**
   * exceptions.c errnomap: the OSError subclass `OSError(errno, strerror, ...)` returns for each
   * errno value of the platform's libc (glibc on Linux; Emscripten's numbering on wasm32, e.g.
   * ENOENT 44), measured with `import errno` on each interpreter: [errno, class name] pairs.
   */
  errnoExceptions: readonly (readonly [number, string])[];
  /** The builtin exception types this version has beyond 3.11's (3.13+: PythonFinalizationError, _IncompleteInputError). */
  addedExceptions: readonly string[];
  /**
   * The sys.flags that differ between the interpreters as the oracle runs them (`-X utf8`,
   * PYTHONHASHSEED=0): Pyodide runs with `inspect` and `dont_write_bytecode` and without UTF-8
   * mode; 3.11.7 reports int_max_str_digits -1 (the default limit unset), later versions 4300.
   */
  sysFlags: { inspect: number; dontWriteBytecode: number; utf8Mode: number; intMaxStrDigits: number };
  /** Py_HASH_ALGORITHM, the str/bytes hash (_Py_HashBytes): 'siphash13' (the default build) or 'fnv' (Pyodide). */
  hashAlgorithm: 'siphash13' | 'fnv';
  /** Struct sizes that differ between versions, in words (multiplied by pointerSize). */
  sizes: {
    /** PyImportErrorObject's fields after PyBaseExceptionObject: msg, name, path (3, 3.11); + name_from (4, 3.12+). */
    importErrorWords: number;
    /** PySyntaxErrorObject's fields after PyBaseExceptionObject: msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line (8); + metadata (9, 3.14). */
    syntaxErrorWords: number;
    /** getsizeof of a `class C: pass` instance: PyGC_Head, dict/weakref pre-header, PyObject_HEAD (6); 3.11 also the weakref slot (7). */
    instanceWords: number;
    /** Pointer fields of PyFunctionObject after PyObject_HEAD: 14 (3.11), 15 (3.12: func_typeparams), 16 (3.14: func_annotate). */
    functionPointers: number;
    /** rangeiterobject: PyObject_HEAD and start, step, len (5); 3.11 also `index` (6). Not a gc object. */
    rangeIterWords: number;
    /** mapobject with its PyGC_Head: iters and func (6); 3.14 also `strict` (7). */
    mapWords: number;
    /** A generator object without its frame's locals and stack: 21 words (3.11), 20 (3.12+). */
    generatorWords: number;
    /** A frame object without its locals and stack, with its PyGC_Head (frame_sizeof + gc header): 17 words (3.11, 3.12), 19 (3.13), 22 (3.14, measured on wasm32). */
    frameObjectWords: number;
    /** sizeof(PyTypeObject), what sys.getsizeof of a static type shows: 53 words (3.11), 54 (3.12: tp_watched), 52 (3.13+). */
    typeObjectWords: number;
    /** bool.__basicsize__: sizeof(struct _longobject) with its one digit, padded (3.11: 4 words); offsetof(PyLongObject, long_value.ob_digit) from 3.12 (3). */
    boolWords: number;
    /** sizeof(PyHeapTypeObject) (`type.__basicsize__`): 113 words (3.11), 115 (3.12), 116 (3.13), 117 (3.14). */
    heapTypeWords: number;
  };
  /** How deep generator code's value stack gets (co_stacksize, which sys.getsizeof of a generator counts). */
  stackDepth: StackDepthRules;
  /** PyTupleObject caches its hash in an `ob_hash` field (3.14): one more word per tuple. */
  tupleHashCache: boolean;
  /**
   * A class's `__weakref__` pointer lives in the pre-header with its `__dict__` pointer
   * (Py_TPFLAGS_MANAGED_WEAKREF, 3.12+), whatever its base; 3.11 puts a weakref slot after the
   * base's fields and manages the dict only over fixed-size bases (a var-sized int, tuple or
   * bytes gets a dict slot after its items).
   */
  managedWeakref: boolean;
  /**
   * calculate_log2_keysize is the smallest power of two at least max(minsize, 8) (3.14). Up to 3.13
   * it is `_Py_bit_length(((minsize | 8) - 1) | 7)`, which gives 16 slots for minsize 1..7 and
   * the next size up for a power of two from 16: `{**d}` of a one-entry dict has 16 slots.
   */
  dictLog2KeysizeExact: boolean;
  recursionLimit: number;
  /** Compiler-made constant tuples of atomic items are untracked (3.12 only). */
  constTuplesUntracked: boolean;
  /** Tuples built at run time whose items cannot be tracked are untracked at creation (3.14). */
  tupleUntrackAtCreation: boolean;
  /**
   * PyObject_ClearWeakRefs (3.13): clears the basic refs and proxies at the head of the list, then
   * gathers every other weakref into a tuple, even a single one; otherwise (3.11, 3.12) it clears
   * up to two callback-less weakrefs at the head and makes the tuple only for two or more.
   */
  clearWeakrefsAlwaysTuple: boolean;
  /**
   * The one-character strings the interpreter's start-up leaves interned as objects of their own
   * (deep-frozen modules' constants on 3.11 and 3.12): interning one of these characters gives
   * that object, interning any other latin-1 character gives the one-character singleton.
   */
  internedOneCharStrings: string;
  /** A function's fast locals are cleared last to first when its frame ends (3.14). */
  frameClearReverse: boolean;
  /** 3.13+ (PEP 667): a function frame's f_locals is a FrameLocalsProxy (no dict kept by the frame); 3.11/3.12 fill and keep a snapshot dict. */
  frameLocalsProxy: boolean;
  /** 3.13+: frame.clear() of a suspended generator's frame raises RuntimeError ("cannot clear a suspended frame"); 3.11/3.12 close the generator. */
  frameClearSuspendedError: boolean;
  /** 3.14: a local replaced through the FrameLocalsProxy stays alive in the frame object's f_overwritten_fast_locals tuple until the frame object goes; 3.13 releases it at once. */
  frameLocalsOverwrittenKept: boolean;
  /** 3.14: `del` through the FrameLocalsProxy deletes an extra local (a local: ValueError); 3.13 refuses every deletion (TypeError). */
  frameLocalsProxyDelete: boolean;
  /** 3.11 str objects: compact non-ASCII header 72 (wstr fields) instead of 56; no cached UTF-8 for latin-1 chars. */
  strWstrFields: boolean;
  /** Message style of version-specific errors. */
  messages: {
    /** 3.14: every int/float division, modulo and divmod by zero says "division by zero". */
    unifiedZeroDivision: boolean;
    /** complex()'s argument errors name the parameter (3.14: "complex() argument 'real' must be a real number, not str"). */
    complexArgNames: boolean;
    /** 3.14: "list.index(x): x not in list" and "range.index(x): x not in range" (before: "3 is not in list", "3 is not in range"). */
    listIndexGeneric: boolean;
    /** 3.13+: "... and no __dict__ for setting new attributes" on a __slots__ instance. */
    slotsNoDict: boolean;
    /** 3.13+: "gc.set_threshold requires 1 to 3 arguments". */
    setThresholdRange: boolean;
    /** 3.14: an unhashable dict key or set element raises "cannot use 'list' as a dict key (unhashable type: 'list')". */
    unhashableKeyRole: boolean;
    /**
     * 3.13+: str.count/find/index/rfind/rindex/startswith/endswith and replace check their
     * arguments with Argument Clinic ("count expected at least 1 argument, got 0", "count() argument
     * 1 must be str, not None", "replace() takes at least 2 positional arguments (0 given)"), and an
     * unknown keyword is "split() got an unexpected keyword argument 'x'".
     */
    clinicStrMethods: boolean;
    /** 3.11/3.12: the MRO conflict TypeError breaks its line: "Cannot create a consistent method resolution\norder (MRO) for bases A, B". */
    mroErrorNewline: boolean;
    /** 3.14: dict() of an item that is not a sequence says "object is not iterable" (3.11–3.13: "cannot convert dictionary update sequence element #0 to a sequence"). */
    dictSeqItemNotIterable: boolean;
    /** 3.13+: bytearray.extend(str) says "expected iterable of integers; got: 'str'" (3.11/3.12: the first character "cannot be interpreted as an integer"). */
    bytearrayExtendStr: boolean;
    /** 3.13: a float modulo by zero says "float modulo by zero" (3.11/3.12: "float modulo"). */
    floatModuloByZero: boolean;
    /** 3.11: "max() arg is an empty sequence" (3.12+: "max() iterable argument is empty"). */
    minMaxEmptySequence: boolean;
    /** 3.13+: assigning a non-iterable to any list slice says "must assign iterable to extended slice" (3.11/3.12: "can only assign an iterable" for simple slices). */
    sliceAssignExtendedWording: boolean;
    /** 3.13+: a property that __set_name__ never named is named after its getter in "property 'f' of 'C' object has no setter". */
    propertyNameFromGetter: boolean;
    /** 3.14: 0.0 ** -1 says "zero to a negative power" (before: "0.0 cannot be raised to a negative power"). */
    zeroToNegativePower: boolean;
    /** 3.14: add_note's argument is checked by Argument Clinic: "add_note() argument must be str, not int" (before: "note must be a str, not 'int'"). */
    addNoteClinic: boolean;
    /** 3.11: "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0" (3.12+: "... we already got one"). */
    weakrefSlotItemsize: boolean;
  };
  /** Py_FinalizeEx collects every generation (PyGC_Collect, with gc.callbacks, when the collector is enabled) while __main__ is still in sys.modules, and finalize_modules' collection runs without callbacks (native 3.11-3.13). The 3.14 oracle's emulated shutdown drops __main__ and runs one gc.collect(). */
  shutdownPreCollection: boolean;
  /** The generation that holds the interpreter's start-up objects (__main__'s module and dict among them) when the program starts: 2 on 3.11, 1 on 3.12/3.13 (measured with gc.get_objects(g)); 0 leaves them in generation 0 (3.14's incremental collector). */
  startupGeneration: number;
  /** A second pending write to sys.stdout/stderr allocates a pending-bytes list (native builds, stdout a pipe; the 3.14 oracle, Pyodide, writes through without one). */
  stdoutPendingBuffer: boolean;
  /**
   * CALL_FUNCTION_EX pushes a Python function's frame itself (_PyEvalFramePushAndInit_Ex) and
   * releases the positional tuple and keyword dict before the body runs (3.12+); 3.11 calls
   * through PyObject_Call, which keeps them, and with keywords a copy of the arguments, until the
   * call returns.
   */
  callExPushesFrame: boolean;
  /** The AST optimizer folds a constant subscripted by a constant (`'ab'[0]`, fold_subscr: 3.11-3.13; 3.14 folds it later, in the CFG, after the compiler's `is`-literal check). */
  astFoldsSubscripts: boolean;
  /**
   * The CFG optimizer folds a constant sliced by constant bounds (`'hello'[1:3]`: fold_const_binop
   * on 3.14's constant slice), merging the result with an equal constant of the file (3.14).
   */
  cfgFoldsConstantSlices: boolean;
  /**
   * Tuples of constants are folded by the CFG optimizer (fold_tuple_of_constants) rather than the
   * AST optimizer: the parser arena does not hold them, only the constants that use them (3.14).
   */
  cfgFoldsConstantTuples: boolean;
  /**
   * Unary and binary operations on constants (`-1.5`, `'ab' * 3`, `(1, 2) + (3,)`) are folded by
   * the CFG optimizer (fold_const_unaryop, fold_const_binop) rather than the AST optimizer: the
   * parser arena does not hold the result, only the compiler's constant cache and co_consts (3.14).
   */
  cfgFoldsOperators: boolean;
  /**
   * Which bytes literals made of one non-empty token the parser arena holds twice: 3.12+'s
   * `_PyPegen_concatenate_strings` concatenates onto `b''`, so `PyBytes_Concat` returns the token's
   * own object, which it adds to the arena again (`b = b'abc'` at module level counts 5 on
   * 3.12/3.13, 4 on 3.11). 3.14 returns a lone token's node as it is, so only a literal with empty
   * tokens beside it (`b'abc' b''`) goes through the concatenation there. 3.11: none.
   */
  bytesLiteralArenaTwice: 'never' | 'always' | 'concatenated';
  /**
   * The builtin exception types whose tp_new and tp_init are BaseException's have a vectorcall
   * (BaseException_vectorcall, 3.14): `ValueError(*t)` then makes an `args` tuple of its own
   * instead of keeping `t` (which tp_call would; heap subclasses never inherit it).
   */
  exceptionVectorcall: boolean;
  /**
   * What a `+`, `-` or `*` site specialized for two floats (BINARY_OP_ADD_FLOAT…) does with its
   * operands: nothing special (3.11: a new float, then both released); 'reuse' writes the result
   * into an operand no one else holds (DECREF_INPUTS_AND_REUSE_FLOAT, 3.12 and 3.13); 'consume'
   * releases both operands first, then takes the new float from the free list
   * (_PyFloat_FromDouble_ConsumeInputs, 3.14).
   */
  floatBinaryOpSpecialized: 'none' | 'reuse' | 'consume';
  /**
   * `s += t` (or `s = s + t`) on a function's str local, once the site is specialized
   * (BINARY_OP_INPLACE_ADD_UNICODE), extends the string in place when no one else holds it
   * (PyUnicode_Append), so it keeps its id while its block has room (3.11 once its code is
   * quickened, 3.12, 3.13).
   */
  strInplaceAddLocal: boolean;
  /**
   * QUICKENING_WARMUP_DELAY: the RESUMEs and JUMP_BACKWARDs a code object runs before its
   * instructions become adaptive (3.11: 8); 0 when code is quickened as it is made (3.12+).
   */
  quickeningWarmupDelay: number;
  /** The first print() call builds its argument parser's keyword-name tuple, kept for the rest of the run (3.11's lazily initialised _PyArg_Parser; 3.12+ has static ones). */
  printKwtupleOnFirstCall: boolean;
  /** print()'s Argument Clinic `*args` packs the positional arguments into a tuple (3.11-3.13; 3.14 passes them as an array). */
  printArgsTuple: boolean;
  /** The compiler strips docstrings' common indentation (3.13+ `_PyCompile_CleanDoc`). */
  cleanDocstrings: boolean;
  /** list.extend of a set, frozenset, dict or dict view resizes the list to m + n with over-allocation (3.13+ list_extend_set / list_extend_dict); before, it preallocates by length hint. */
  listExtendResizesForSetsAndDicts: boolean;
  /** str.split/rsplit without maxsplit bound the result by the string's length (3.12+ unicodeobject.c split: `(len - 1) / 2 + 1` on whitespace, `len / len(sep) + 1` with a separator); before, by PY_SSIZE_T_MAX, so the list starts at 12 slots. */
  splitPreallocFromLength: boolean;
  /** Class bodies store `__firstlineno__` and `__static_attributes__` (3.13+). */
  classBodyExtras: boolean;
  /** The SyntaxWarning for `is` with a literal names the literal's type (3.12+: "with 'int' literal"; 3.11: "with a literal"). */
  isLiteralWarningNamesType: boolean;
  /**
   * An unknown escape in a string literal (`"\\d"`): 'none' when it is a hidden DeprecationWarning
   * (3.11), else a SyntaxWarning on stderr reported at the line where the literal starts (3.12,
   * 3.13) or at the escape's own line (3.14).
   */
  invalidEscapeWarning: 'none' | 'tokenLine' | 'escapeLine';
  /**
   * PyErr_Display prints a str `__notes__` as a sequence, one note per character, and a
   * non-sequence `__notes__`' repr with no newline after it (3.11's print_exception_notes; 3.12+
   * print the repr of a str, or of any non-sequence, on a line of its own).
   */
  notesStrAsSequence: boolean;
  /** List/set/dict comprehensions run in their own function, whose object is allocated per evaluation (3.11; inlined by PEP 709 in 3.12+). */
  comprehensionFunction: boolean;
  /**
   * co_varnames, co_cellvars and co_freevars are made once and kept in the code object's
   * `_co_cached` block (3.12+); 3.11 makes a new tuple on every access.
   */
  codeCachesLocalNames: boolean;
  /** sum() of floats uses Neumaier compensated summation (3.12+). */
  sumCompensated: boolean;
  /** Tracked objects the real interpreter holds after start-up that heaplab does not create (the incremental collector's accounting counts them; 3.14 under Pyodide: 20073). */
  gcStartupTracked: number;
  /** How many of those mark_at_start reaches from the roots (calibrated on Pyodide 3.14.2: the rest is only held from C). */
  gcStartupRootReachable: number;
  /**
   * Memory blocks the real interpreter has allocated when a script starts that heaplab does not
   * create (its start-up: site, codecs, imports); added to sys.getallocatedblocks(). Measured by
   * scripts/calibrate-startup.mjs; 0 where no native interpreter was measured or without pymalloc.
   */
  startupAllocatedBlocks: number;
  /**
   * Objects the interpreter's own start-up leaves on the free lists (sys._debugmallocstats() at a
   * script's first line, measured by scripts/calibrate-startup.mjs): heaplab puts as many there
   * before the program runs. `tuple[n - 1]` counts tuples of length n. Empty where not measured.
   * `dictKeys`: the keys objects of the smallest str-keyed table on the keys free list (measured
   * by how many `{'a': 1}` a script's start takes without a new keys block).
   * `slice`: whether the one-slice cache (interp->slice_cache) holds a slice (3.11: a script's
   * first `s[1:]` takes no block; 3.12 and 3.13: a script's first `x[::2]` or `m[1:]` of a
   * memoryview adds no gc object; their `s[1:]` of a list makes no slice at all, BINARY_SLICE).
   */
  startupFreeLists: { dict: number; dictKeys: number; float: number; list: number; tuple: number[]; slice: boolean };
  /**
   * The builtin types whose tp_subclasses dict the real start-up has already made (it registered
   * a subclass: a static one, or a class of a module imported at start-up), so a program's first
   * subclass of them allocates no dict (add_subclass). Measured: `type.__subclasses__(t)` at a
   * script's first line.
   */
  startupSubclassed: readonly string[];
  /**
   * pymalloc blocks in use per size class when a script starts (sys._debugmallocstats() at its
   * first line, measured by scripts/calibrate-startup.mjs): heaplab fills its pools to these counts
   * before the program runs, so pools fill, empty and get reused as CPython's do. Empty where not
   * measured or without pymalloc.
   */
  startupPoolBlocks: number[];
  /** Slices are hashable (3.12+); 3.11's are not. */
  sliceHashable: boolean;
  /** hash(None) is the constant 0xFCA86420 (3.12+); 3.11 hashes None by its address. */
  noneHashConstant: boolean;
  /**
   * Where an instance's attribute values live while it has no dict object: 'separate' (3.11,
   * 3.12: a PyDictValues block of their own, allocated with the instance) or 'inline' (3.13+: at
   * the end of the instance's own block, which is that much larger).
   */
  instanceValues: 'separate' | 'inline';
  /**
   * With 'inline' values: whether a class with named `__slots__` beside its `__dict__` keeps them
   * inline too (3.14), or has no Py_TPFLAGS_INLINE_VALUES (3.13: its instances get a dict object
   * over the shared keys at their first attribute).
   */
  inlineValuesBesideSlots: boolean;
  /** dict.clear() on an instance's split dict keeps it split, its size still the class's shared-key slots (3.13+); before, it becomes an empty combined dict. */
  splitDictClearKeepsSplit: boolean;
  /**
   * Function annotations: 'tuple' when MAKE_FUNCTION stores the evaluated (name, value, ...) pairs
   * as a tuple that the first `__annotations__` read turns into a dict (3.11-3.13); 'annotate'
   * when they are deferred to an `__annotate__` function called on that first read (3.14, PEP 649).
   */
  functionAnnotations: 'tuple' | 'annotate';
  /** types.SimpleNamespace takes one positional mapping or iterable of pairs (3.13+); before, "no positional arguments expected". */
  namespacePositionalMapping: boolean;
  /**
   * The first `import types` runs Lib/types.py, whose throwaway class `_C` (the class, its dict,
   * its bases and MRO tuples, its `__dict__`/`__weakref__` descriptors and its method: 7 gc objects
   * in a cycle) waits for the next collection. True where that garbage is still there for the
   * program's own `gc.collect()`: 3.13 (young threshold 2000). On 3.12 the imports that bring types
   * in (copy) allocate enough in CPython's import machinery, which heaplab does not run, for an
   * automatic collection to take it first; 3.11 and Pyodide's 3.14 import types at start-up.
   */
  typesImportLeavesGarbage: boolean;
  /**
   * References to a module that the interpreter's start-up leaves behind and heaplab does not
   * create: the standard-library modules it imported that imported this one, and the
   * interpreter's own tables (sys.getrefcount of the module after `import`, less heaplab's count;
   * 3.14 as measured under Pyodide), for each module heaplab makes.
   */
  /**
   * abc.get_cache_token() at a program's first line: the register() calls CPython's start-up made
   * (collections.abc registering the builtin types, io, os.PathLike…), as the oracle's interpreters
   * report it (3.14 under Pyodide).
   */
  abcStartupCacheToken: number;
  moduleStartupRefs: Record<'sys' | 'gc' | 'time' | '__future__' | 'atexit' | 'math' | 'types' | 'copy' | 'weakref' | 'struct' | 'copyreg' | 'contextlib' | 'operator' | 'heapq' | 'bisect' | 'abc', number>;
  /**
   * References the start-up leaves to the builtin function in `str.__dict__['maketrans']`:
   * collections.UserString's `maketrans = str.maketrans`, where the start-up has imported
   * collections (3.11, and 3.14 as measured under Pyodide).
   */
  strMaketransStartupRefs: number;
  /**
   * The start-up's modules that hold collections.namedtuple and collections.Counter (functools,
   * urllib.parse and typing's `Counter` alias on 3.11; functools, inspect, selectors, ssl and typing
   * under Pyodide), as measured with gc.get_referrers: each is a reference heaplab adds when it runs
   * the collections source, less one when heaplab imports such a module itself (functools).
   */
  collectionsStartupHolders: { namedtuple: string[]; Counter: string[] };
  /** Collector variant: 'generational' (3 generations) or 'incremental' (3.14.0-3.14.4). */
  gcVariant: 'generational' | 'incremental';
}

/** glibc's errno numbers in exceptions.c's errnomap (native 3.11–3.14 on Linux, `import errno`). */
export const LINUX_ERRNO_EXCEPTIONS: readonly (readonly [number, string])[] = [
  [1, 'PermissionError'], [2, 'FileNotFoundError'], [3, 'ProcessLookupError'], [4, 'InterruptedError'],
  [10, 'ChildProcessError'], [11, 'BlockingIOError'], [13, 'PermissionError'], [17, 'FileExistsError'],
  [20, 'NotADirectoryError'], [21, 'IsADirectoryError'], [32, 'BrokenPipeError'],
  [103, 'ConnectionAbortedError'], [104, 'ConnectionResetError'], [108, 'BrokenPipeError'],
  [110, 'TimeoutError'], [111, 'ConnectionRefusedError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'],
];
