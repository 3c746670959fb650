// Models Python/pythonrun.c + Python/pylifecycle.c (CPython 3.12): running a script file
// (parse, compile, run the module code while the parser arena is alive), printing uncaught
// exceptions, and interpreter shutdown (finalize_modules clearing __main__, a last collection).
import { COLLECTIONS_PRELUDE_PY, is_mapping_fn, makeCollectionsModule, make_collectionsModule } from './modules/collectionsmodule';
import { collectionsSource } from './modules/collections_py';
import { keywordSource } from './modules/keyword_py';
import { copyregHeadSource } from './modules/copyreg_py';
import { importError } from './objects/exceptions_init';
import { PyObject, PyObject_FreeParked, PyRaise, Py_DECREF, Py_XDECREF, Runtime, StepLimit, TypeType, setRuntime, resetDeallocState, PyType } from './objects/object';
import { PyTuple, PyTuple_New } from './objects/tupleobject';
import { PyFloat_FromDouble } from './objects/floatobject';
import { None } from './objects/singletons';
import { PyLong } from './objects/longobject';
import { PyStr, PyUnicode_From, PyUnicode_Intern } from './objects/unicodeobject';
import { PyDict, PyDict_LOG_MINSIZE, PyDict_New, dictGetStr, dictItems, insertdict, dictRemoveEntry, keysObjectBytes, keysOutsideHeap } from './objects/dictobject';
import { _PyEval_GetFrameLocals } from './objects/frameobject';
import { PyList, PyList_New } from './objects/listobject';
import { PyCode } from './objects/funcobject';
import { BaseExceptionType, KeyboardInterruptType, MemoryErrorType, PyBaseException, PyBaseExceptionGroup, SystemExitType, excTypes, newException, PySyntaxErrorObject, SyntaxErrorType } from './objects/exceptions';
import { PyModule, PyModule_New, _PyModule_ClearDict } from './objects/moduleobject';
import { PySlice_New, resetSliceCache } from './objects/sliceobject';
import { PyObject_Repr, PyObject_Str, callObject, PyObject_GetAttr } from './abstract';
import { PyMalloc, ALLOC_PROFILES, INDEX2SIZE, standardFreeListStats, _PyDebugAllocatorStats } from './alloc/index';
import { getProfile, type ProfileName, type Profile } from './profiles/index';
import { parse, PySyntaxError } from './parser/index';
import { compileModule, setImporter, type CompileUnit } from './eval/compile';
import { Frame, S, EvalState, setEvalState } from './eval/frame';
import { runFrame, clearFrame, addTraceback } from './eval/call';
import { releasing, tracebackEntries } from './objects/traceback';
import { formatEntrySource } from './objects/traceback_carets';
import { lookupHeap, subclassDict, typeModule } from './objects/typeobject';
import { dirNames, hasAttrQuiet, makeBuiltins, setCompilerHooks } from './modules/bltinmodule';
import { suggestionTrailer } from './modules/suggestions';
import { STDLIB_MODULE_NAMES } from './modules/stdlib_module_names';
import { makeTimeModule } from './modules/timemodule';
import { futureSource } from './modules/future_py';
import { atexit_callfuncs, makeAtexitModule } from './modules/atexitmodule';
import { make_abcModule } from './modules/_abcmodule';
import { abcSource } from './modules/abc_py';
import { makeArrayModule } from './modules/arraymodule';
import { newSyntaxError } from './objects/exceptions_syntax';
import { timeitSource } from './modules/timeit_py';
import './objects/reduce';
import './objects/methodsig';
import './objects/dictviews';
import { makeSysModule } from './modules/sysmodule';
import { makeGcModule } from './modules/gcmodule';
import { makeMathModule, makeStructModule } from './modules/mathmodule';
import { makeCtypesModule } from './modules/ctypesmodule';
import { reachableObjects } from './heapcheck';
import { COLLECTIONS_ABC_PY, makeWeakrefModule } from './modules/weakrefmodule';
import { makeItertoolsModule } from './modules/itertoolsmodule';
import { makeFunctoolsCModule } from './modules/_functoolsmodule';
import { FUNCTOOLS_POSTLUDE_PY, FUNCTOOLS_PRELUDE_PY } from './modules/functoolsmodule';
import { functoolsSource } from './modules/functools_py';
import { WEAKREF_PY, WEAKREF_PY_314, WEAKREFSET_PY, WEAKREFSET_PY_314 } from './modules/weakref_py';
import { copySource } from './modules/copymodule';
import { contextlibSource } from './modules/contextlibmodule';
import { makeOperatorModule } from './modules/_operator';
import { makeHeapqModule } from './modules/_heapqmodule';
import { makeBisectModule } from './modules/_bisectmodule';
import { operatorSource } from './modules/operator_py';
import { heapqSource } from './modules/heapq_py';
import { bisectSource } from './modules/bisect_py';
import { makeRandomModule } from './modules/_randommodule';
import { makeSha2Module } from './modules/sha2module';
import { PyCFunction_New } from './objects/methodobject';
import { RANDOM_NATIVE_NAMES, RANDOM_PRELUDE_PY } from './modules/randommodule';
import { randomSource } from './modules/random_py';
import { makeTypesModule, makeCopyregModule } from './modules/typesmodule';
import { GCState, _Py_RunGC, _PyGC_CollectNoFail, gcCollect, initGC, placeStartupObjects } from './gc/gcmodule';
import { PyObject_ClearWeakRefs, clearWeakrefsForGc, runCallback } from './objects/weakrefobject';
import './objects/typemethods';
import './objects/bytes_methods';
import './objects/typenew_keywords';
import './objects/slot_wrappers';
import './objects/number_methods';
import './objects/bytearrayobject';

/** Options of one interpreter. */
export interface InterpreterOptions {
  profile?: ProfileName;
  filename?: string;
  maxSteps?: number;
  maxHeapBytes?: number;
}

/** Thrown when the heap budget is exceeded. */
/** Where the Python-source library modules heaplab runs (copy.py, weakref.py …) say they live: `/usr/lib/python3.<minor>/`. */
export const LIBRARY_DIR = '/usr/lib/python3.';

/** The parsed library sources (Lib/copy.py, weakref.py, contextlib.py as heaplab runs them), by source text. */
const parsedLibrarySources = new Map<string, ReturnType<typeof parse>>();

export class HeapLimit {
  constructor(public bytes: number) {}
}

/** The outcome of running a file's module code. */
export interface ExecOutcome {
  kind: 'ok' | 'exception' | 'syntax-error' | 'step-limit' | 'heap-limit' | 'exit';
  exitCode: number;
  error?: { type: string; message: string; line?: number; col?: number };
}

/**
 * The modules whose body is the version's own Lib/<name>.py (its source for a minor version), run
 * by importSourceModule: weakref.py and _weakrefset.py with what they import from
 * _collections_abc; operator.py, heapq.py and bisect.py over their C parts; timeit.py (its imports:
 * gc, itertools, sys, time); __future__.py, the _Feature records `from __future__ import` binds.
 */
/** The lines of Lib/types.py (3.13) that make and drop its throwaway class (typesImportLeavesGarbage). */
const TYPES_THROWAWAY_CLASS_PY = `${'\n'.repeat(39)}class _C:
    def _m(self): pass
MethodType = type(_C()._m)
del _C
`;

const LIB_SOURCE_MODULES = new Map<string, (minor: number) => string>([
  ['keyword', keywordSource],
  ['timeit', timeitSource],
  ['__future__', futureSource],
  ['weakref', (minor) => (minor >= 14 ? WEAKREF_PY_314 : WEAKREF_PY)],
  ['_weakrefset', (minor) => (minor >= 14 ? WEAKREFSET_PY_314 : WEAKREFSET_PY)],
  ['_collections_abc', () => COLLECTIONS_ABC_PY],
  ['copy', copySource],
  ['contextlib', contextlibSource],
  ['operator', operatorSource],
  ['heapq', heapqSource],
  ['bisect', bisectSource],
  ['abc', abcSource],
]);

/** One simulated CPython interpreter (one run of one file). */
export class Interpreter {
  rt: Runtime;
  st: EvalState;
  gc: GCState;
  profile: Profile;
  main!: PyModule;
  builtins: PyDict;
  filename: string;
  arena: PyObject[] = [];
  /**
   * The references the real interpreter's start-up holds to objects heaplab made (profile
   * moduleStartupRefs for modules, collectionsStartupHolders for namedtuple and Counter), released
   * by finalize_modules.
   */
  startupRefs = new Map<PyObject, number>();
  source = '';
  finalized = false;
  /** Set once finalize_modules has dropped the modules: tracebacks print no source lines from then on. */
  private sourceLinesGone = false;

  constructor(opts: InterpreterOptions = {}) {
    this.profile = getProfile(opts.profile ?? '3.12');
    this.filename = opts.filename ?? 'main.py';
    const gens: PyObject[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    // text streams (stdout, stderr) that hold one pending text, before their pending list exists
    const pendingText = new Set<string>();
    this.rt = {
      profile: this.profile,
      alloc: new PyMalloc(ALLOC_PROFILES[this.profile.name], { limitBytes: opts.maxHeapBytes }),
      gcCount: [0, 0, 0],
      gcThreshold: [...this.profile.gcThresholds] as [number, number, number],
      gcEnabled: true,
      gcCollecting: false,
      gcPending: false,
      serial: 0,
      tracer: null,
      freeCause: 'refcount',
      heapBytes: 0,
      maxHeapBytes: opts.maxHeapBytes ?? 512 * 1024 * 1024,
      onHeapLimit: () => {
        self.rt.maxHeapBytes = Infinity;
        throw new HeapLimit(self.rt.heapBytes);
      },
      gens,
      freeLists: { float: [], list: [], dict: [], tuple: [], dictKeys: [] },
      runPendingGC: () => _Py_RunGC(self.gc),
      callFinalizer: (o) => self.callFinalizer(o),
      writeUnraisable: (exc, where, what) => self.writeUnraisable(exc, where, what),
      clearWeakrefs: PyObject_ClearWeakRefs,
      interned: new Map(),
      staticSubclasses: new Map(),
      addressBook: null,
      freedByCollector: new WeakSet(),
      lazyObjects: new Map(),
      firstUse: (what) => {
        const lz = self.rt.lazyObjects;
        if (lz.has(what)) return;
        if (what === 'Py_Repr') {
          // PyThreadState_GetDict() creates the thread-state dict; Py_ReprEnter stores a list in it
          const d = PyDict_New();
          lz.set('tstate_dict', d);
          const l = PyList_New([]);
          d.ob_refcnt++;
          lz.set(what, l);
          insertdict(d, PyUnicode_Intern('Py_Repr'), l);
          l.ob_refcnt++;
          Py_DECREF(d);
        } else if (what === 'print_kwtuple') {
          // 3.11 parser_init: the keyword names of print(), as a tuple of interned strings
          lz.set(what, PyTuple_New(['sep', 'end', 'file', 'flush'].map((k) => PyUnicode_Intern(k))));
        } else if (!pendingText.has(what)) {
          // TextIOWrapper.write (Modules/_io/textio.c) keeps the first pending text as it is
          pendingText.add(what);
        } else {
          // the second write turns pending_bytes into a list (not flushed on a pipe before 8 KiB;
          // heaplab keeps it for the rest of the run)
          lz.set(what, PyList_New([]));
        }
      },
    };
    this.gc = {
      longLivedTotal: 0,
      longLivedPending: 0,
      stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })),
      debug: 0,
      permanentExtra: this.profile.permanentAtStart,
      unfrozenImmortals: 0,
      garbage: [],
      callbacks: () => [],
      invokeCallback: () => {},
      clearWeakrefsForGc,
      runWeakrefCallback: runCallback,
      finalize: (o) => self.callFinalizer(o),
      onCollect: null,
      clearFreeLists: () => {
        // _PyGC_ClearAllFreeLists: each free list frees its objects, the last one parked first;
        // tuples (by size) before floats up to 3.13, floats first on 3.14 (_PyObject_ClearFreeLists)
        const fl = self.rt.freeLists;
        const drain = (objs: PyObject[]) => {
          while (objs.length) PyObject_FreeParked(objs.pop()!);
        };
        const tuples = () => {
          for (const objs of fl.tuple) if (objs) drain(objs);
        };
        if (self.profile.versionInfo[1] >= 14) {
          drain(fl.float);
          tuples();
        } else {
          tuples();
          drain(fl.float);
        }
        drain(fl.list);
        // _PyDict_ClearFreeList: the dicts, then the keys objects
        drain(fl.dict);
        while (fl.dictKeys.length) self.rt.alloc.PyObject_Free(fl.dictKeys.pop()!);
      },
    };
    this.st = {
      profile: this.profile,
      filename: this.filename,
      sourceLines: [],
      frame: null,
      depth: 0,
      recursionLimit: this.profile.recursionLimit,
      steps: 0,
      maxSteps: opts.maxSteps ?? 10_000_000,
      builtins: null as unknown as PyDict,
      modules: new Map(),
      streams: { out: [], err: [] },
      handled: [],
      serial: 0,
      onLine: null,
      onCall: null,
    };
    this.enter();
    initGC(gens);
    resetSliceCache();
    this.builtins = makeBuiltins();
    setCompilerHooks({
      execString: (src, g, l, ev) => this.execString(src, g, l, ev),
      execCode: (code, g, l) => this.execCode(code, g, l),
      compile: (src, filename, ev) => this.compileString(src, filename, ev),
    });
    this.st.builtins = this.builtins;
    const bmod = PyModule_New('builtins', this.builtins);
    this.builtins.ob_refcnt++;
    this.st.modules.set('builtins', bmod);
    this.st.modules.set('sys', this.withStartupRefs('sys', makeSysModule(this.filename, () => this.debugMallocStats())));
    this.makeStartupModules();
    this.initMain();
    this.makeStartupSubclassDicts();
    placeStartupObjects(this.profile.startupGeneration);
    this.seedStartupFreeLists();
    this.seedStartupPools();
    this.leave();
  }

  /**
   * The builtin modules the real start-up has already imported and heaplab simulates (`time`):
   * made now, so that `import time` only binds them. The start-up's gen-0 count is not modelled:
   * these allocations leave it as it was.
   */
  private makeStartupModules(): void {
    const count = this.rt.gcCount[0];
    this.st.modules.set('time', this.withStartupRefs('time', makeTimeModule()));
    this.rt.gcCount[0] = count;
  }

  /**
   * Gives the builtin types the real start-up has already subclassed (profile startupSubclassed)
   * their tp_subclasses dict, so the program's first `class C:` finds it made, as add_subclass
   * does. The start-up's gen-0 count is not modelled: these allocations leave it as it was.
   */
  private makeStartupSubclassDicts(): void {
    const count = this.rt.gcCount[0];
    for (const name of this.profile.startupSubclassed) {
      const t = dictGetStr(this.builtins, name);
      // CPython's dict holds the start-up's subclasses already: its table is not modelled
      if (t instanceof PyType) keysOutsideHeap(subclassDict(t, true)!);
    }
    this.rt.gcCount[0] = count;
  }

  /**
   * Fills pymalloc's pools up to what the real interpreter's start-up leaves in use (profile
   * startupPoolBlocks), less heaplab's own start-up objects: the blocks are allocated once and
   * never freed, so a program's objects share pools with them as they would in CPython.
   */
  private seedStartupPools(): void {
    const target = this.profile.startupPoolBlocks;
    if (!target.length || !ALLOC_PROFILES[this.profile.name].pymalloc) return;
    const alloc = this.rt.alloc as PyMalloc;
    const inUse = alloc.mallocStatsFigures().numblocks;
    for (let c = 0; c < target.length; c++) {
      for (let i = inUse[c] ?? 0; i < target[c]; i++) alloc.PyObject_Malloc(INDEX2SIZE(c));
    }
  }

  /**
   * Leaves on the free lists what the real interpreter's start-up leaves there (profile
   * startupFreeLists): the objects are made and released, so they hold pymalloc blocks and the
   * program's first lists, dicts, floats and tuples reuse them, as in CPython.
   */
  private seedStartupFreeLists(): void {
    const s = this.profile.startupFreeLists;
    const made: PyObject[] = [];
    for (let i = 0; i < s.list; i++) made.push(PyList_New([]));
    for (let i = 0; i < s.dict; i++) made.push(PyDict_New());
    // keys objects of the smallest str-keyed table, parked on the keys free list
    for (let i = 0; i < s.dictKeys; i++) this.rt.freeLists.dictKeys.push(this.rt.alloc.PyObject_Malloc(keysObjectBytes(PyDict_LOG_MINSIZE, true)));
    for (let i = 0; i < s.float; i++) made.push(PyFloat_FromDouble(0.5));
    s.tuple.forEach((count, k) => {
      for (let i = 0; i < count; i++) {
        const items: PyObject[] = [];
        for (let j = 0; j <= k; j++) {
          None.ob_refcnt++;
          items.push(None);
        }
        made.push(PyTuple_New(items));
      }
    });
    if (s.slice) {
      None.ob_refcnt += 3;
      made.push(PySlice_New(None, None, None));
    }
    for (let i = made.length - 1; i >= 0; i--) Py_DECREF(made[i]);
  }

  private prevRT: Runtime | null = null;
  private prevST: EvalState | null = null;
  /** Makes this interpreter the active one. */
  enter(): void {
    this.prevRT = setRuntime(this.rt);
    this.prevST = setEvalState(this.st);
    setImporter((name) => this.importModule(name));
  }
  /** Restores the previously active interpreter. */
  leave(): void {
    if (this.prevRT) setRuntime(this.prevRT);
    if (this.prevST) setEvalState(this.prevST);
  }

  private initMain(): void {
    const d = PyDict_New();
    const put = (k: string, v: PyObject) => {
      insertdict(d, PyUnicode_Intern(k), v);
    };
    put('__name__', PyUnicode_Intern('__main__'));
    put('__doc__', None);
    put('__package__', None);
    put('__loader__', None);
    put('__spec__', None);
    // PyModule_NewObject tracks the module once module_init_dict has stored those five (the
    // dict, holding no tracked object yet, is untracked before 3.14); the dict is tracked later,
    // when add_main_module stores __builtins__. So the collector meets the module first.
    this.main = PyModule_New('__main__', d);
    this.st.modules.set('__main__', this.main);
    // the runner's empty __annotations__ (3.14 keeps module annotations behind __annotate__)
    if (this.profile.functionAnnotations === 'tuple') put('__annotations__', PyDict_New());
    const b = this.st.modules.get('builtins')!;
    b.ob_refcnt++;
    put('__builtins__', b);
    put('__file__', PyUnicode_From(this.filename));
    put('__cached__', None);
  }

  /** sys._debugmallocstats(): the allocator's statistics on stderr. */
  debugMallocStats(): void {
    const fl = this.rt.freeLists;
    const prof = ALLOC_PROFILES[this.profile.name];
    const tuples: number[] = [];
    for (let n = 1; n <= prof.freeLists.tupleMaxSaveSize; n++) tuples.push(fl.tuple[n]?.length ?? 0);
    const stats = standardFreeListStats(prof, { dicts: fl.dict.length, dictkeys: fl.dictKeys.length, floats: fl.float.length, lists: fl.list.length, tuples });
    // without pymalloc (Pyodide) _PyObject_DebugMallocStats prints nothing: only the free lists
    this.st.streams.err.push(prof.pymalloc ? (this.rt.alloc as PyMalloc).debugmallocstats(stats) : stats.map((s) => _PyDebugAllocatorStats(s.blockName, s.numBlocks, s.sizeofBlock)).join(''));
  }

  /**
   * Parses and compiles `src` as a compile unit of its own (file `filename`); returns the code
   * object and the unit, whose parser arena still holds the source's literals. A SyntaxError
   * becomes the Python exception.
   */
  private compileSource(src: string, filename: string, evalMode: boolean): { code: PyCode; unit: CompileUnit } {
    let mod;
    const raise = (e: PySyntaxError): PyRaise => {
      // the tokenizer's line: in exec mode every line ends with a newline
      const line = src.split('\n')[e.lineno - 1];
      const text = line === undefined ? null : evalMode ? line : line + '\n';
      return new PyRaise(newSyntaxError(excTypes.get(e.type) ?? SyntaxErrorType, e.msg, filename, e.lineno, e.offset, text, e.end_lineno, e.end_offset));
    };
    try {
      mod = parse(evalMode ? src.trim() : src, filename, { onWarning: this.escapeWarnings(filename), minor: this.profile.versionInfo[1] });
    } catch (e) {
      if (e instanceof PySyntaxError) throw raise(e);
      throw e;
    }
    const unit: CompileUnit = { filename, arena: [], consts: new Map(), namesInLocals: true, warn: (line, msg) => this.syntaxWarning(filename, line, msg) };
    try {
      const code = compileModule(mod, unit, evalMode);
      return { code, unit };
    } catch (e) {
      for (const o of unit.arena) Py_DECREF(o);
      if (e instanceof PySyntaxError) throw raise(e);
      throw e;
    } finally {
      releaseConstTable(unit);
    }
  }

  /** exec(source, globals, locals) / eval(...) for str sources (file "<string>": its arena lives while it runs). */
  execString(src: string, globals: PyDict | null, locals: PyDict | null, evalMode: boolean): PyObject {
    const { code, unit } = this.compileSource(src, '<string>', evalMode);
    try {
      return this.execCode(code, globals, locals);
    } finally {
      Py_DECREF(code);
      for (const o of unit.arena) Py_DECREF(o);
    }
  }

  /** compile(source, filename, mode): the code object; the parser arena is freed before it returns. */
  compileString(src: string, filename: string, evalMode: boolean): PyCode {
    const { code, unit } = this.compileSource(src, filename, evalMode);
    for (const o of unit.arena) Py_DECREF(o);
    return code;
  }

  /** Runs a code object in `globals` / `locals` (the caller's by default); a new reference to its result. */
  execCode(code: PyCode, globals: PyDict | null, locals: PyDict | null): PyObject {
    const cur = this.st.frame;
    const g = globals ?? (cur ? cur.globals : this.main.dict);
    // builtin_exec_impl: no globals and no locals in a function: its locals (PyEval_GetLocals)
    const frameLocals = globals === null && locals === null && cur !== null && cur.locals === null ? _PyEval_GetFrameLocals(cur) : null;
    const l = locals ?? frameLocals ?? (globals ? g : cur ? cur.locals ?? g : g);
    if (!dictGetStr(g, '__builtins__')) {
      const b = this.st.modules.get('builtins');
      if (b) {
        b.ob_refcnt++;
        insertdict(g, PyUnicode_Intern('__builtins__'), b);
      }
    }
    const f = new Frame(code, g, l, cur, null, code.info.nfast, ++this.st.serial);
    g.ob_refcnt++;
    code.ob_refcnt++;
    try {
      return runFrame(f);
    } finally {
      Py_DECREF(g);
      Py_DECREF(code);
      if (frameLocals !== null) Py_DECREF(frameLocals);
    }
  }

  /** import name: builtin modules and the Python-source modules heaplab ships. */
  importModule(name: string): PyObject {
    const have = this.st.modules.get(name);
    if (have) {
      have.ob_refcnt++;
      return have;
    }
    const libSource = LIB_SOURCE_MODULES.get(name);
    if (libSource !== undefined) return this.importSourceModule(name, null, libSource(this.profile.versionInfo[1]));
    let m: PyModule;
    switch (name) {
      case 'gc': m = makeGcModule(this.gc); break;
      case 'math': m = makeMathModule(); break;
      case 'atexit': m = makeAtexitModule(); break;
      case '_abc': m = make_abcModule(); break;
      case 'array': m = makeArrayModule(); break;
      case 'ctypes': m = makeCtypesModule(() => reachableObjects(this)); break;
      case 'struct': m = makeStructModule(this.profile.pointerSize); break;
      case 'types': {
        m = makeTypesModule();
        if (this.profile.typesImportLeavesGarbage) {
          // Lib/types.py's `class _C: def _m(self): pass` (for MethodType), deleted at its end: a
          // cycle left for the collector
          this.st.modules.set(name, this.withStartupRefs(name, m));
          this.execModuleSource(m, TYPES_THROWAWAY_CLASS_PY, `${LIBRARY_DIR}${this.profile.versionInfo[1]}/types.py`);
          m.ob_refcnt++;
          return m;
        }
        break;
      }
      case 'copyreg': {
        // the builtin part (objects/reduce.ts), then the head of Lib/copyreg.py: pickle(),
        // constructor() and dispatch_table's entries for complex and types.UnionType
        m = this.withStartupRefs(name, makeCopyregModule());
        this.st.modules.set(name, m);
        const filename = `${LIBRARY_DIR}${this.profile.versionInfo[1]}/copyreg.py`;
        const src = copyregHeadSource(this.profile.versionInfo[1]);
        this.libSourceLines.set(filename, src.split('\n'));
        this.execModuleSource(m, src, filename);
        m.ob_refcnt++;
        return m;
      }
      case '_weakref': m = makeWeakrefModule(); break;
      case '_collections': m = make_collectionsModule(); break;
      case 'collections': m = makeCollectionsModule((mod) => this.runCollectionsSource(mod)); break;
      case 'itertools': m = makeItertoolsModule(); break;
      case '_functools': m = makeFunctoolsCModule(); break;
      case 'functools': return this.importFunctools();
      case '_operator': m = makeOperatorModule(); break;
      case '_heapq': m = makeHeapqModule(); break;
      case '_bisect': m = makeBisectModule(); break;
      // Lib/random.py over _random, with _sha2 (3.12+) / _sha512 (3.11) for str and bytes seeds
      case '_random': m = makeRandomModule(); break;
      case '_sha2':
      case '_sha512':
        if ((name === '_sha2') !== (this.profile.versionInfo[1] >= 12)) throw importError(excTypes.get('ModuleNotFoundError')!, `No module named '${name}'`, name);
        m = makeSha2Module(name);
        break;
      case 'random': return this.importRandom();
      default: {
        // _find_and_load of `a.b` imports the parent `a` first: a missing parent is the error ("No
        // module named 'a'"), and a module that is not a package has no submodules
        const dot = name.lastIndexOf('.');
        if (dot > 0) {
          const parent = name.slice(0, dot);
          // a package heaplab simulates in part (collections): its submodules are not simulated
          if (parent === 'collections') throw importError(excTypes.get('ModuleNotFoundError')!, `heaplab does not simulate the '${name}' module yet`, name);
          Py_DECREF(this.importModule(parent));
          throw importError(excTypes.get('ModuleNotFoundError')!, `No module named '${name}'; '${parent}' is not a package`, name);
        }
        // a standard-library module CPython has but heaplab does not model: say so plainly
        const stdlib = (STDLIB_MODULE_NAMES[`${this.profile.versionInfo[0]}.${this.profile.versionInfo[1]}`] ?? '').split(' ').includes(name.split('.')[0]);
        throw importError(excTypes.get('ModuleNotFoundError')!, stdlib ? `heaplab does not simulate the '${name}' module yet` : `No module named '${name}'`, name);
      }
    }
    this.st.modules.set(name, this.withStartupRefs(name, m));
    m.ob_refcnt++;
    return m;
  }

  /**
   * Lib/functools.py run in a module that already holds the names it imports from modules heaplab
   * does not simulate (modules/functoolsmodule.ts), then the stand-ins for what is not simulated.
   */
  private importFunctools(): PyModule {
    const d = PyDict_New();
    insertdict(d, PyUnicode_Intern('__name__'), PyUnicode_Intern('functools'));
    const base = PyModule_New('functools', d);
    const helpers = `${LIBRARY_DIR}${this.profile.versionInfo[1]}/<heaplab functools>.py`;
    this.execModuleSource(base, FUNCTOOLS_PRELUDE_PY, helpers);
    const m = this.importSourceModule('functools', base, functoolsSource(this.profile.versionInfo[1]));
    this.execModuleSource(m, FUNCTOOLS_POSTLUDE_PY, helpers);
    // functools.namedtuple is a reference heaplab now counts itself
    if (this.profile.collectionsStartupHolders.namedtuple.includes('functools')) this.dropStartupRef(dictGetStr(m.dict, 'namedtuple'));
    return m;
  }

  /**
   * The namedtuple and Counter parts of Lib/collections/__init__.py (modules/collections_py.ts) run
   * in the collections module `m`, after the names they import from modules heaplab does not
   * simulate (COLLECTIONS_PRELUDE_PY).
   */
  private runCollectionsSource(m: PyModule): void {
    const minor = this.profile.versionInfo[1];
    const isMapping = PyCFunction_New('_is_mapping', is_mapping_fn, 'collections');
    insertdict(m.dict, PyUnicode_Intern('_is_mapping'), isMapping);
    this.execModuleSource(m, COLLECTIONS_PRELUDE_PY, `${LIBRARY_DIR}${minor}/<heaplab collections>.py`);
    const src = collectionsSource(minor);
    const filename = `${LIBRARY_DIR}${minor}/collections/__init__.py`;
    this.libSourceLines.set(filename, src.split('\n'));
    this.execModuleSource(m, src, filename);
    // the references the start-up's modules hold to namedtuple and Counter
    const holders = this.profile.collectionsStartupHolders;
    for (const name of ['namedtuple', 'Counter'] as const) {
      const o = dictGetStr(m.dict, name);
      if (o === null || !holders[name].length) continue;
      o.ob_refcnt += holders[name].length;
      this.startupRefs.set(o, holders[name].length);
    }
  }

  /** Drops one start-up reference to `o` (a start-up module that holds it was made by heaplab, which counts its own). */
  private dropStartupRef(o: PyObject | null): void {
    const n = o ? this.startupRefs.get(o) : undefined;
    if (!o || !n) return;
    o.ob_refcnt--;
    if (n > 1) this.startupRefs.set(o, n - 1);
    else this.startupRefs.delete(o);
  }

  /**
   * Lib/random.py run in a module that already holds the names it imports from modules heaplab does
   * not simulate (modules/randommodule.ts): os.urandom natively, the rest as Python.
   */
  private importRandom(): PyModule {
    const d = PyDict_New();
    insertdict(d, PyUnicode_Intern('__name__'), PyUnicode_Intern('random'));
    for (const [k, v] of Object.entries(RANDOM_NATIVE_NAMES)) insertdict(d, PyUnicode_Intern(k), PyCFunction_New(v.name, v.fn, v.module));
    const base = PyModule_New('random', d);
    this.execModuleSource(base, RANDOM_PRELUDE_PY, `${LIBRARY_DIR}${this.profile.versionInfo[1]}/<heaplab random>.py`);
    return this.importSourceModule('random', base, randomSource(this.profile.versionInfo[1]));
  }

  /** Gives module `m` the references the real start-up holds to it (profile moduleStartupRefs). */
  private withStartupRefs<M extends PyModule>(name: string, m: M): M {
    const n = (this.profile.moduleStartupRefs as Record<string, number>)[name] ?? 0;
    if (n) {
      m.ob_refcnt += n;
      this.startupRefs.set(m, n);
    }
    return m;
  }

  /**
   * A module whose body is CPython's own Lib/<name>.py source: `base` (its C part) or a fresh module
   * named `name`, registered before its code runs (as _bootstrap does), then the source executed in
   * it. Returns a new reference.
   */
  /** The source lines of the Lib modules run from source, by file name (for traceback source lines). */
  private libSourceLines = new Map<string, string[]>();

  private importSourceModule(name: string, base: PyModule | null, src: string): PyModule {
    let mod = base;
    if (mod === null) {
      const d = PyDict_New();
      insertdict(d, PyUnicode_Intern('__name__'), PyUnicode_Intern(name));
      mod = PyModule_New(name, d);
    }
    const m = this.withStartupRefs(name, mod);
    this.st.modules.set(name, m);
    const filename = `${LIBRARY_DIR}${this.profile.versionInfo[1]}/${name}.py`;
    this.libSourceLines.set(filename, src.split('\n'));
    this.execModuleSource(m, src, filename);
    m.ob_refcnt++;
    return m;
  }

  private execModuleSource(m: PyModule, src: string, filename: string): void {
    // the AST of a library module's source is parsed once per process (compiling does not change it)
    let mod = parsedLibrarySources.get(src);
    if (mod === undefined) parsedLibrarySources.set(src, (mod = parse(src, filename)));
    const unit: CompileUnit = { filename, arena: [], consts: new Map() };
    const b = this.st.modules.get('builtins')!;
    if (!dictGetStr(m.dict, '__builtins__')) {
      b.ob_refcnt++;
      insertdict(m.dict, PyUnicode_Intern('__builtins__'), b);
    }
    const code = compileModule(mod, unit);
    releaseConstTable(unit);
    const f = new Frame(code, m.dict, m.dict, S.frame, null, code.info.nfast, ++S.serial);
    m.dict.ob_refcnt++;
    try {
      Py_DECREF(runFrame(f));
    } finally {
      Py_DECREF(m.dict);
      Py_DECREF(code);
      for (const o of unit.arena) Py_DECREF(o);
    }
  }

  /**
   * Writes a compile-time SyntaxWarning as warnings.showwarning formats it: with the source line
   * linecache finds for `filename`, which is the main script's own (code compiled by exec, eval
   * or compile() under another name has none: "<string>" is no file). The compiler warns with no
   * registry, so the same warning is shown every time the code is compiled.
   */
  private syntaxWarning(filename: string, lineno: number, message: string): void {
    const line = filename === this.filename ? (this.st.sourceLines[lineno - 1] ?? '').trim() : '';
    this.st.streams.err.push(`${filename}:${lineno}: SyntaxWarning: ${message}\n` + (line ? `  ${line}\n` : ''));
  }

  /** The parser's callback for invalid escape sequences in `filename` (per the profile: 3.12+ warn), or undefined. */
  private escapeWarnings(filename: string): ((tokenLine: number, escapeLine: number, msg: string) => void) | undefined {
    const at = this.profile.invalidEscapeWarning;
    return at === 'none' ? undefined : (tokenLine, escapeLine, msg) => this.syntaxWarning(filename, at === 'tokenLine' ? tokenLine : escapeLine, msg);
  }

  /** Runs `source` as the __main__ module of a script file. */
  exec(source: string): ExecOutcome {
    this.source = source;
    this.st.sourceLines = source.split('\n');
    this.enter();
    try {
      let mod;
      try {
        mod = parse(source, this.filename, { onWarning: this.escapeWarnings(this.filename), minor: this.profile.versionInfo[1] });
      } catch (e) {
        if (e instanceof PySyntaxError) return this.syntaxError(e);
        throw e;
      }
      const unit: CompileUnit = { filename: this.filename, arena: this.arena, consts: new Map(), warn: (line, msg) => this.syntaxWarning(this.filename, line, msg) };
      let code: PyCode;
      try {
        code = compileModule(mod, unit);
      } catch (e) {
        releaseConstTable(unit);
        if (e instanceof PySyntaxError) return this.syntaxError(e);
        throw e;
      }
      releaseConstTable(unit);
      const g = this.main.dict;
      const f = new Frame(code, g, g, null, null, code.info.nfast, ++this.st.serial);
      g.ob_refcnt++;
      try {
        Py_DECREF(runFrame(f));
        return { kind: 'ok', exitCode: 0 };
      } catch (e) {
        return this.handleTopLevel(e);
      } finally {
        clearFrame(f);
        Py_DECREF(g);
        Py_DECREF(code);
        this.releaseArena();
      }
    } finally {
      this.leave();
    }
  }

  /**
   * _Py_HandleSystemExit: the exit status of an uncaught SystemExit as a POSIX shell sees it. Its
   * `code` None is 0; an int is truncated to a C int and to its low 8 bits (256 is 0, -1 is 255),
   * one past a C long prints the OverflowError line and exits 255; anything else is printed to
   * stderr and the status is 1.
   */
  handleSystemExit(exc: PyObject): number {
    const code = PyObject_GetAttr(exc, 'code');
    try {
      if (code === None) return 0;
      if (code instanceof PyLong) {
        const v = BigInt(code.v), bits = BigInt(8 * this.profile.pointerSize);
        if (v !== BigInt.asIntN(Number(bits), v)) {
          this.st.streams.err.push('OverflowError: Python int too large to convert to C long\n');
          return 255;
        }
        return Number(BigInt.asUintN(8, v));
      }
      this.st.streams.err.push(PyObject_Str(code) + '\n');
      return 1;
    } finally {
      Py_DECREF(code);
    }
  }

  /** Turns a JS exception escaping the module frame into an outcome (printing the traceback). */
  handleTopLevel(e: unknown): ExecOutcome {
    if (e instanceof PyRaise) {
      const exc = e.exc;
      if (exc.ob_type.isSubtype(SystemExitType)) {
        const code = this.handleSystemExit(exc);
        Py_DECREF(exc);
        return { kind: 'exit', exitCode: code };
      }
      if (exc.ob_type.isSubtype(KeyboardInterruptType)) {
        // _Py_UnhandledKeyboardInterrupt: the traceback, then the process kills itself with SIGINT (status 130)
        const info = this.printException(exc);
        Py_DECREF(exc);
        return { kind: 'exception', exitCode: 130, error: info };
      }
      const info = this.printException(exc);
      Py_DECREF(exc);
      return { kind: 'exception', exitCode: 1, error: info };
    }
    if (e instanceof StepLimit) {
      this.st.streams.err.push(`heaplab: stopped after ${this.st.steps - 1} steps (step limit)\n`);
      this.unwindAll();
      return { kind: 'step-limit', exitCode: 1, error: { type: 'StepLimit', message: `stopped after ${this.st.steps - 1} steps` } };
    }
    if (e instanceof HeapLimit) {
      this.st.streams.err.push(`MemoryError: heaplab heap limit exceeded (${e.bytes} bytes)\n`);
      this.unwindAll();
      return { kind: 'heap-limit', exitCode: 1, error: { type: 'MemoryError', message: 'heap limit exceeded' } };
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // the JS stack ran out before Python's recursion limit: report it like CPython would
      this.unwindAll();
      resetDeallocState();
      const info = { type: 'RecursionError', message: 'maximum recursion depth exceeded' };
      this.st.streams.err.push('Traceback (most recent call last):\n' + `RecursionError: maximum recursion depth exceeded\n`);
      return { kind: 'exception', exitCode: 1, error: info };
    }
    throw e;
  }

  private unwindAll(): void {
    this.st.frame = null;
    this.st.depth = 0;
  }

  private releaseArena(): void {
    const a = this.arena.splice(0);
    for (const o of a) Py_DECREF(o);
  }

  private syntaxError(e: PySyntaxError): ExecOutcome {
    const text = e.text || this.st.sourceLines[e.lineno - 1] || '';
    const lines = syntaxErrorLocation(this.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, text);
    lines.push(`${e.type}: ${e.msg}`);
    this.st.streams.err.push(lines.join('\n') + '\n');
    return { kind: 'syntax-error', exitCode: 1, error: { type: e.type, message: e.msg, line: e.lineno, col: e.offset } };
  }

  /**
   * Formats a traceback like traceback.print_exception, with the position markers of the profile's
   * version; an exception group as print_exception_group (Python/pythonrun.c, 3.11/3.12) and
   * TracebackException.format (Lib/traceback.py, 3.13+) draw it, inside `ctx` when nested.
   */
  formatException(exc: PyObject, unraisable = false): string {
    const be = exc as PyBaseException;
    // write_unraisable_default_hook prints one traceback (no chain), through C: carets up to 3.12 only
    if (unraisable) return this.formatTracebackAndLine(be, 'Traceback (most recent call last):\n', true);
    const tree = this.profile.versionInfo[1] >= 13 ? chainTreePy(be) : chainTreeC(be, new Set(), 0);
    return this.formatNode(tree, { depth: 0, needClose: false });
  }

  /** One exception of the tree: its chain first, then its traceback and line, or its group drawing. */
  private formatNode(node: ExcNode, ctx: ExcPrintContext): string {
    let out = '';
    if (node.cause) {
      out += this.formatNode(node.cause, ctx) + emitIndented(ctx, '\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (node.context) {
      out += this.formatNode(node.context, ctx) + emitIndented(ctx, '\nDuring handling of the above exception, another exception occurred:\n\n');
    }
    if (node.exceptions) return out + this.formatExceptionGroup(node.exc as PyBaseExceptionGroup, node.exceptions, ctx);
    return out + emitIndented(ctx, this.formatTracebackAndLine(node.exc, 'Traceback (most recent call last):\n', false));
  }

  /** The body of an exception group: its traceback, its line and notes, then each sub-exception framed. */
  private formatExceptionGroup(eg: PyBaseExceptionGroup, members: (ExcNode | null)[], ctx: ExcPrintContext): string {
    if (ctx.depth > MAX_GROUP_DEPTH) return emitIndented(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    let out = '';
    const isToplevel = ctx.depth === 0;
    if (isToplevel) ctx.depth++;
    if (eg.traceback) {
      out += emitIndented(ctx, 'Exception Group Traceback (most recent call last):\n', isToplevel ? '+' : '|');
      out += emitIndented(ctx, this.formatTracebackAndLine(eg, '', false, true));
    }
    out += emitIndented(ctx, this.excLine(eg) + '\n' + this.excNotes(eg));
    const excs = eg.excs!.items;
    const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
    ctx.needClose = false;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last) ctx.needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
      ctx.depth++;
      if (!truncated) {
        out += this.formatNode(members[i]!, ctx);
      } else {
        const remaining = excs.length - MAX_GROUP_WIDTH;
        out += emitIndented(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
      }
      if (last && ctx.needClose) {
        out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (isToplevel) ctx.depth = 0;
    return out;
  }

  /**
   * `header` and the traceback entries of `be`, then (unless `stackOnly`) its exception line and
   * notes: the text of one exception of the chain.
   */
  private formatTracebackAndLine(be: PyBaseException, header: string, unraisable: boolean, stackOnly = false): string {
    let out = '';
    const tb = tracebackEntries(be.traceback);
    if (tb.length) {
      out += header;
      let last = '', repeat = 0;
      const flush = () => {
        if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
      };
      for (let i = tb.length - 1; i >= 0; i--) {
        const t = tb[i];
        const head = `  File "${t.filename}", line ${t.lineno}, in ${t.name}\n`;
        // a repeated entry is the same file, line and function (tb_printinternal), whatever its columns
        if (head === last) {
          repeat++;
          if (repeat > 3) continue;
        } else {
          flush();
          last = head;
          repeat = 1;
        }
        out += head;
        const lines = this.sourceLinesGone ? undefined : t.filename === this.filename ? this.st.sourceLines : this.libSourceLines.get(t.filename);
        if (lines) {
          const pos = t.col === undefined ? null : { lineno: t.lineno, end_lineno: t.endLineno ?? t.lineno, col: t.col, end_col: t.endCol ?? t.col };
          const py = this.profile.versionInfo[1] >= 13;
          out += formatEntrySource(py && !unraisable ? 'py' : 'c', lines, t.lineno, py && unraisable ? null : pos);
        }
      }
      flush();
    }
    if (stackOnly) return out;
    // print_exception: a SyntaxError whose members parse_syntax_error accepts shows where it is, then its msg
    const where = be instanceof PySyntaxErrorObject ? syntaxErrorMembers(be) : null;
    if (where) {
      out += syntaxErrorLocation(where.filename, where.lineno, where.offset, where.endLineno, where.endOffset, where.text).join('\n') + '\n';
      out += this.excLine(be, where.msg) + '\n';
    } else out += this.excLine(be) + '\n';
    out += this.excNotes(be);
    return out;
  }

  /**
   * print_exception_notes (Python/pythonrun.c; Lib/traceback.py from 3.13): each note of a
   * sequence `__notes__` on lines of its own (a non-str note through str()), else its repr.
   */
  private excNotes(exc: PyObject): string {
    let notes: PyObject;
    try {
      notes = PyObject_GetAttr(exc, '__notes__');
    } catch (e) {
      if (e instanceof PyRaise) {
        Py_DECREF(e.exc);
        return '';
      }
      throw e;
    }
    const quiet = (f: (o: PyObject) => string, o: PyObject, failed: string): string => {
      try {
        return f(o);
      } catch (e) {
        if (e instanceof PyRaise) {
          Py_DECREF(e.exc);
          return failed;
        }
        throw e;
      }
    };
    let out = '';
    const sequence = notes instanceof PyList || notes instanceof PyTuple || (notes instanceof PyStr && this.profile.notesStrAsSequence);
    if (notes === None) {
      // `__notes__ = None` is no notes
    } else if (!sequence) {
      out = quiet(PyObject_Repr, notes, '<__notes__ repr() failed>') + (this.profile.notesStrAsSequence ? '' : '\n');
    } else {
      const items = notes instanceof PyStr ? [...notes.v].map((c) => PyUnicode_From(c)) : (notes as PyList | PyTuple).items.slice();
      if (!(notes instanceof PyStr)) for (const it of items) it.ob_refcnt++;
      for (const note of items) {
        out += (note instanceof PyStr ? note.v : quiet(PyObject_Str, note, '<note str() failed>')) + '\n';
        Py_DECREF(note);
      }
    }
    Py_DECREF(notes);
    return out;
  }

  /** The exception's last line, `Type: message`; `message` given, it replaces str(exc) (a SyntaxError's msg). */
  private excLine(exc: PyObject, message?: string): string {
    const t = exc.ob_type;
    // print_exception (traceback.py from 3.13): the class's `__module__` now, "<unknown>" when it is not a str
    const mod = typeModule(t);
    const name = mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod ?? '<unknown>'}.${t.qualname}`;
    let msg: string;
    try {
      msg = message ?? PyObject_Str(exc);
    } catch (e) {
      if (e instanceof PyRaise) {
        Py_DECREF(e.exc);
        msg = '<exception str() failed>';
      } else throw e;
    }
    // print_exception_suggestions: ". Did you mean: 'print'?"
    msg += suggestionTrailer(exc, (o, n) => hasAttrQuiet(o, n), (o) => dirNames(o));
    return msg ? `${name}: ${msg}` : name;
  }

  /** Prints an uncaught exception on stderr; returns its summary. */
  printException(exc: PyObject): { type: string; message: string; line?: number } {
    let text: string;
    try {
      text = this.formatException(exc);
    } catch (e) {
      if (e instanceof PyRaise) {
        Py_DECREF(e.exc);
        text = exc.ob_type.name + '\n';
      } else throw e;
    }
    this.st.streams.err.push(text);
    const be = exc as PyBaseException;
    let msg = '';
    try {
      msg = PyObject_Str(exc);
    } catch (e) {
      if (e instanceof PyRaise) Py_DECREF(e.exc);
      else throw e;
    }
    const tb = tracebackEntries(be.traceback);
    const line = tb.length ? tb[tb.length - 1]?.lineno : undefined;
    const first = tb.length ? tb[0].lineno : line;
    return { type: exc.ob_type.name, message: msg, line: first };
  }

  /** PyErr_WriteUnraisable: "Exception ignored in: ..." on stderr. */
  writeUnraisable(exc: PyObject, where: PyObject | null, msg?: string): void {
    let repr: string;
    try {
      repr = where ? PyObject_Repr(where) : 'None';
    } catch (e) {
      if (e instanceof PyRaise) Py_DECREF(e.exc);
      else throw e;
      repr = '<object repr() failed>';
    }
    // _PyErr_WriteUnraisableMsg: "Exception ignored in atexit callback: <obj>" (3.13+: "… <obj>:")
    const head = msg === undefined ? `Exception ignored in: ${repr}` : this.profile.versionInfo[1] >= 13 ? `Exception ignored ${msg} ${repr}:` : `Exception ignored ${msg}: ${repr}`;
    // an exception without a traceback gets the running frame's entry (_PyTraceBack_FromFrame)
    const frame = this.st.frame;
    if (exc instanceof PyBaseException && exc.traceback === null && frame !== null) addTraceback(exc, frame, false, releasing.frame === frame ? releasing.pos : null);
    this.st.streams.err.push(head + '\n' + this.formatException(exc, true));
    Py_DECREF(exc);
  }

  /** Calls o.__del__ (tp_finalize); errors are unraisable. */
  callFinalizer(o: PyObject): void {
    const d = lookupHeap(o.ob_type, '__del__');
    if (!d) return;
    const saved = this.st.handled.length;
    try {
      Py_DECREF(callObject(d, [o], null));
    } catch (e) {
      if (e instanceof PyRaise) this.writeUnraisable(e.exc, d);
      else throw e;
    } finally {
      this.st.handled.length = saved;
    }
  }

  /** Interpreter shutdown (Py_FinalizeEx): atexit, a collection, then finalize_modules. */
  finalize(): void {
    if (this.finalized) return;
    this.finalized = true;
    this.enter();
    try {
      // _PyAtExit_Call: the atexit callbacks, last registered first (weakref.finalize's among them)
      atexit_callfuncs();
      // Py_FinalizeEx: a full collection (PyGC_Collect, gc.callbacks included) while __main__
      // is still in sys.modules, unless the program disabled the collector. Nothing of __main__
      // is garbage yet, but the collection leaves the generation lists in move_unreachable's
      // order, which is the order the shutdown collection finalizes them in.
      if (this.profile.shutdownPreCollection && this.rt.gcEnabled) gcCollect(2, this.gc);
      this.finalize_modules();
    } finally {
      this.leave();
    }
  }

  /**
   * finalize_modules (Python/pylifecycle.c): every sys.modules entry is dropped in insertion
   * order (finalize_remove_modules), so __main__'s module object dies and its dict either dies
   * with it (values released in insertion order) or, when functions and classes keep it in a
   * cycle, is left to the collection that follows (_PyGC_CollectNoFail: every __del__ and
   * generator finalizer in collector order while the globals are still intact, then tp_clear).
   * A __main__ module something else keeps alive is then wiped by _PyModule_ClearDict
   * (finalize_modules_clear_weaklist).
   */
  private finalize_modules(): void {
    const mod = this.main;
    const serial = mod.serial;
    // finalize_remove_modules sets sys.modules['io'] to None before it reaches __main__, so from
    // here on tb_displayline cannot import io to read a source line (the 3.14 oracle's emulated
    // shutdown keeps its modules)
    if (this.profile.shutdownPreCollection) this.sourceLinesGone = true;
    try {
      const mods = [...this.st.modules.values()];
      this.st.modules.clear();
      // the start-up's own modules let go of theirs as they are cleared
      const startup = [...this.startupRefs];
      this.startupRefs.clear();
      for (const [m, n] of startup) m.ob_refcnt -= n;
      for (const m of mods) Py_DECREF(m);
      // the 3.14 oracle's emulated shutdown collects with gc.collect() (gc.callbacks run)
      if (this.profile.shutdownPreCollection) _PyGC_CollectNoFail(this.gc);
      else gcCollect(2, this.gc);
      if (mod.ob_refcnt > 0 && mod.serial === serial) {
        mod.ob_refcnt++;
        try {
          _PyModule_ClearDict(mod.dict);
        } finally {
          Py_DECREF(mod);
        }
      }
    } catch (e) {
      if (e instanceof PyRaise) Py_DECREF(e.exc);
      else if (!(e instanceof StepLimit)) throw e;
    }
  }

  /** The output collected so far. */
  output(): { stdout: string; stderr: string } {
    return { stdout: this.st.streams.out.join(''), stderr: this.st.streams.err.join('') };
  }
}

/** Releases the compiler's constant cache (c_const_cache) once compilation is done. */
function releaseConstTable(unit: CompileUnit): void {
  for (const o of unit.consts.values()) Py_DECREF(o);
  unit.consts.clear();
}

export { TypeType, PyType, Py_XDECREF, dictItems, dictRemoveEntry, newException, MemoryErrorType, BaseExceptionType };

/** Lib/traceback.py _ExceptionPrintContext: the nesting depth of exception groups being drawn. */
interface ExcPrintContext {
  depth: number;
  needClose: boolean;
}

/** TracebackException's max_group_width and max_group_depth (PyErr_Display's are the same). */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext.emit: every line of `text` after the indent and margin of the depth. */
function emitIndented(ctx: ExcPrintContext | null, text: string, marginChar = '|'): string {
  if (!ctx || !ctx.depth) return text;
  const prefix = ' '.repeat(2 * ctx.depth) + marginChar + ' ';
  const lines = text.split('\n');
  const tail = lines[lines.length - 1] === '' ? lines.pop()! : null;
  return lines.map((l) => prefix + l).join('\n') + (tail === null ? '' : '\n');
}

/** An exception to print, with the chained and grouped exceptions printed with it (null: not printed, already seen). */
interface ExcNode {
  exc: PyBaseException;
  cause: ExcNode | null;
  context: ExcNode | null;
  /** A group's sub-exceptions (null entries past what 3.11/3.12 print), else null. */
  exceptions: (ExcNode | null)[] | null;
}

/**
 * What print_exception_recursive (Python/pythonrun.c, 3.11/3.12) prints, in its order: an
 * exception is seen when printed; a cause is followed unless seen (and then no context), else the
 * context unless suppressed or seen; a group's first 15 sub-exceptions unless too deep.
 */
function chainTreeC(exc: PyBaseException, seen: Set<PyObject>, depth: number): ExcNode {
  seen.add(exc);
  const node: ExcNode = { exc, cause: null, context: null, exceptions: null };
  if (exc.cause) {
    if (!seen.has(exc.cause)) node.cause = chainTreeC(exc.cause as PyBaseException, seen, depth);
  } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
    node.context = chainTreeC(exc.context as PyBaseException, seen, depth);
  }
  if (exc instanceof PyBaseExceptionGroup) {
    const items = exc.excs!.items;
    const inner = (depth === 0 ? 1 : depth) + 1;
    node.exceptions = items.map((e, i) => (depth > MAX_GROUP_DEPTH || i >= MAX_GROUP_WIDTH ? null : chainTreeC(e as PyBaseException, seen, inner)));
  }
  return node;
}

/**
 * TracebackException(..., compact=True) (Lib/traceback.py, 3.13+): the whole tree is built first,
 * from a stack of exceptions to expand, each one seen when its node is made.
 */
function chainTreePy(top: PyBaseException): ExcNode {
  const seen = new Set<PyObject>();
  const make = (e: PyObject): ExcNode => {
    seen.add(e);
    return { exc: e as PyBaseException, cause: null, context: null, exceptions: null };
  };
  const root = make(top);
  const queue = [root];
  while (queue.length) {
    const te = queue.pop()!;
    const e = te.exc;
    const cause = e.cause && !seen.has(e.cause) ? make(e.cause) : null;
    const context = e.context && cause === null && !e.suppressContext && !seen.has(e.context) ? make(e.context) : null;
    const exceptions = e instanceof PyBaseExceptionGroup ? e.excs!.items.map(make) : null;
    te.cause = cause;
    te.context = context;
    te.exceptions = exceptions;
    if (cause) queue.push(cause);
    if (context) queue.push(context);
    if (exceptions) queue.push(...exceptions);
  }
  return root;
}

/**
 * The lines print_exception writes for a SyntaxError before its message (print_error_text, 3.12;
 * traceback.py's _format_syntax_error from 3.13): where it is, the line without its indentation,
 * and carets under offset..end_offset (one when the range is empty or spans lines).
 */
function syntaxErrorLocation(filename: string, lineno: number, offset: number, endLineno: number, endOffset: number, text: string | null): string[] {
  const lines = [`  File "${filename}", line ${lineno}`];
  if (text) {
    const stripped = text.replace(/\n$/, '');
    const lead = stripped.length - stripped.trimStart().length;
    lines.push('    ' + stripped.trim());
    if (offset > 0) {
      const endOff = endLineno === lineno && endOffset > offset ? endOffset : offset + 1;
      const start = Math.max(0, offset - 1 - lead);
      lines.push('    ' + ' '.repeat(start) + '^'.repeat(Math.max(1, endOff - offset)));
    }
  }
  return lines;
}

/**
 * parse_syntax_error: a SyntaxError's members as print_exception reads them (lineno an int; no
 * filename is "<string>"; offset and text optional), or null when they do not parse, and the
 * exception is printed as any other.
 */
function syntaxErrorMembers(e: PySyntaxErrorObject): { msg: string; filename: string; lineno: number; offset: number; endLineno: number; endOffset: number; text: string | null } | null {
  const int = (o: PyObject | null): number | null => (o instanceof PyLong ? Number(o.v) : null);
  const lineno = int(e.lineno);
  if (lineno === null || e.msg === null) return null;
  let msg: string;
  try {
    msg = PyObject_Str(e.msg);
  } catch (err) {
    if (err instanceof PyRaise) {
      Py_DECREF(err.exc);
      return null;
    }
    throw err;
  }
  const offset = int(e.offset) ?? -1;
  return {
    msg,
    filename: e.filename instanceof PyStr ? e.filename.v : '<string>',
    lineno,
    offset,
    endLineno: int(e.end_lineno) ?? lineno,
    endOffset: int(e.end_offset) ?? offset,
    text: e.text instanceof PyStr ? e.text.v : null,
  };
}
