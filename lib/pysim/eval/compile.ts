// Models Python/compile.c + Python/ceval.c (CPython 3.12) in one step: each code object's AST is
// compiled once into JS closures that behave like its bytecode, including which references are
// created and released (value stack, co_consts, the parser arena, constant folding and merging).
import { exceptionHasVectorcall, importError } from '../objects/exceptions_init';
import type * as A from '../parser/ast';
import { PySyntaxError } from '../parser/errors';
import { PyObject, PyObject_Init, PyRaise, PyType, Py_DECREF, Py_NewRef, Py_XDECREF, RT, StepLimit, TypeType, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, _PyObject_GC_IS_TRACKED, isImmortal, ops } from '../objects/object';
import { Ellipsis, None } from '../objects/singletons';
import { False, PyLong, PyLong_From, True, LongType, BoolType } from '../objects/longobject';
import { FloatType, PyFloat, PyFloat_FromDouble } from '../objects/floatobject';
import { PyStr, PyUnicode_From, PyUnicode_New, PyUnicode_Intern, StrType, internObject, PyUnicode_Append } from '../objects/unicodeobject';
import { BytesType, PyBytes, PyBytes_From } from '../objects/bytesobject';
import { EmptyTuple, PyTuple, PyTuple_New, TupleType, _PyTuple_MaybeUntrack, _PyTuple_FromArray } from '../objects/tupleobject';
import { ListType, PyList, PyList_New, listAppendSteal, list_preallocate_exact } from '../objects/listobject';
import { DictType, PyDict, PyDict_New, dictGetStr, dictLookupStr, dictLookup, dictRemoveEntry, insertdict, dictItems, PyDict_SetItem, StrKeyCache, dictGetStrCached, insertStrCached, dict_merge } from '../objects/dictobject';
import { FrozenSetType, PySet, PySet_New, set_add_entry, set_merge, setKeys as setKeysOf } from '../objects/setobject';
import { set_update_internal } from '../objects/typemethods';
import { PyCell, PyCode, PyCode as Code, PyFunction, PyFunction_New, PyMethod, CodeInfo, FunctionType, MethodType, SharedConsts } from '../objects/funcobject';
import { _PyExc_CreateExceptionGroup, _PyExc_PrepReraiseStar, exceptionGroupSplit } from '../objects/exceptiongroup';
import { AssertionErrorType, AttributeErrorType, KeyErrorType, BaseExceptionGroupType, PyBaseExceptionGroup, RecursionErrorType, BaseExceptionType, ImportErrorType, ModuleNotFoundErrorType, NameErrorType, PyBaseException, RuntimeErrorType, TypeErrorType, UnboundLocalErrorType, ValueErrorType, newException, pyErr, typeError } from '../objects/exceptions';
import { type_new, lookupHeap, PyInstance_New, ClassKeywords, NO_CLASS_KEYWORDS, _PyType_CalculateMetaclass } from '../objects/typeobject';
import { CFunctionType, MethodDescrType, PyCFunction, PyMethodDescr, WrapperDescrType, builtinTakesArgTuple } from '../objects/methodobject';
import { ComplexType, PyComplex, PyComplex_FromDoubles } from '../objects/complexobject';
import { BinaryOpSite, INPLACE_ADD_UNICODE, isIntSite } from './specialize_binop';
import { type CodeWarmup, _PyCode_Warmup, isQuickened, newCodeWarmup } from './warmup';
import { PySlice_New } from '../objects/sliceobject';
import {
  PyObject_GetAttr, PyObject_GetItem, PyObject_GetIter, PyObject_IsTrue, PyObject_RichCompare, PyObject_RichCompareBool,
  PyObject_SetAttr, PyObject_SetItem, PySequence_Contains, binaryOp, callObject, inplaceOp, iterNext,
  iterToArray, listExtend, checkDescrSelf, getAttrOrNull, PyObject_Str, PyObject_StrObject, PyObject_ReprObject, makeRaisable, unaryOp, PyObject_Repr, PyObject_Hash, plainPythonInit, typeCallPlainInit, type_call,
} from '../abstract';
import { Frame, S } from './frame';
import { PyTraceBack_SetLasti, deallocRunsNoCode, releaseAt } from '../objects/traceback';
import { SETUP_ANNOTATIONS, annotateBody, annotateLambda, annotationItems, findAnn } from './annotations';
import { buildSymtable, resolve, Scope, Binding } from './symtable';
import { callPython, callPythonArgs, runFrame, clearFrame, canBorrowArgs, setBorrowedArgs, setAfterBind, addTraceback, isStackOverflow } from './call';
import { definitelyBoundLoads } from './flowgraph_unbound';
import type { GenRunner } from './genobject';
import { GenCompiler } from './gencompile';
import { formatObject } from './format';
import { applyDocstrings, docstringOf } from './docstrings';
import { staticAttributes } from './classbody';
import { AttrCache, cachedMethodSelf, isSpecializing, loadAttr, loadMethod, storeAttr } from './specialize';
import { functionStackSize, generatorStackSize, genexpStackSize, lambdaStackSize } from './stackdepth';
import { compileMatch } from './match';
import { FutureFeatures, _PyFuture_FromAST, futureImportMisplaced, stringifyAnnotations } from './future';

/** A compiled expression: evaluates to a new reference. */
export type Ev = (f: Frame) => PyObject;
/** A compiled statement: returns a completion status (NORMAL, BREAK, CONTINUE, RETURN). */
export type St = (f: Frame) => number;
/** A compiled assignment target: stores (steals) `v`. */
export type Store = (f: Frame, v: PyObject) => void;

/** Statement completion statuses. */
export const NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;

/** State shared by all code objects of one file (one compile unit). */
export interface CompileUnit {
  filename: string;
  /** The parser arena: owned references to every literal object the parser made (released after the module runs). */
  arena: PyObject[];
  /** Constant merge table (compile.c's c_const_cache). */
  consts: Map<string, PyObject>;
  /**
   * Merged constants the CFG optimizer made (cfgFoldTuple) before the AST optimizer met an equal
   * tuple: CPython folds the whole AST first, so that tuple, which the arena holds, is the one kept.
   */
  cfgFolded?: Set<PyObject>;
  /** Receives the compiler's SyntaxWarnings (compiler_warn), in the order the compiler emits them. */
  warn?: (lineno: number, message: string) => void;
  /** The co_consts tuples made so far, by their items' addresses: the const cache's merged tuples. */
  constTuples?: Map<string, { first: PyCode; firstNames: Set<PyObject>; shared: SharedConsts | null }>;
  /** The `from __future__` features of the unit's module (set by compileModule). */
  future?: FutureFeatures;
  /** Source given to exec, eval or compile: the module code may run with locals of its own. */
  namesInLocals?: boolean;
}

/** The future features of each module AST, read once (compiling rewrites its docstring). */
const futureOfModule = new WeakMap<A.Module, FutureFeatures>();

/** _PyFuture_FromAST, once per AST; annotations are stringified then, in place. */
function futureFeaturesOf(mod: A.Module): FutureFeatures {
  let ff = futureOfModule.get(mod);
  if (ff === undefined) {
    ff = _PyFuture_FromAST(mod);
    if (ff.annotations) stringifyAnnotations(mod.body);
    futureOfModule.set(mod, ff);
  }
  return ff;
}

/**
 * Whether annotated names of a module or class body are stored in `__annotations__` as the body
 * runs (SETUP_ANNOTATIONS): before 3.14, and on 3.14 under `from __future__ import annotations`
 * (codegen_annassign), where a class then has no `__annotate__`. A def's annotations follow the
 * profile either way (3.14 makes its `__annotate__` return the strings).
 */
function eagerVariableAnnotations(unit: CompileUnit): boolean {
  return RT.profile.functionAnnotations === 'tuple' || unit.future?.annotations === true;
}

function isNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

function constKey(v: A.ConstantValue): string {
  if (v === null) return 'N';
  if (typeof v === 'boolean') return 'b' + v;
  if (typeof v === 'bigint') return 'i' + v;
  if (typeof v === 'number') return 'f' + (Object.is(v, -0) ? '-0' : String(v));
  if (typeof v === 'string') return 's' + v;
  if ('bytes' in v) return 'y' + Array.from(v.bytes).join(',');
  if ('ellipsis' in v) return 'E';
  return 'j' + v.imag;
}

/** A constant value as the parser would create it (a new object; singletons shared). */
function makeConst(v: A.ConstantValue): PyObject {
  if (v === null) return None;
  if (v === true) return True;
  if (v === false) return False;
  if (typeof v === 'bigint') return PyLong_From(v);
  if (typeof v === 'number') return PyFloat_FromDouble(v);
  if (typeof v === 'string') return PyUnicode_From(v);
  if ('bytes' in v) return PyBytes_From(v.bytes);
  if ('ellipsis' in v) return Ellipsis;
  return PyComplex_FromDoubles(0, v.imag);
}

/** Raises heaplab's positioned "does not simulate `what` yet" SyntaxError. */
export function positionedUnsupported(n: A.Pos, what: string): never {
  throw new PySyntaxError('SyntaxError', `heaplab does not simulate \`${what}\` yet`, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, '', true);
}

/**
 * A folded constant: the result of the AST optimizer (Python/ast_opt.c) or null. `obj` is the
 * merged constant; `occ`, when it differs, the object the AST node itself holds (the parser's
 * occurrence of a literal), which a container the AST optimizer builds holds until merged.
 */
type Folded = { obj: PyObject; key: string; occ?: PyObject } | null;

/** The constant-merging key of a tuple of folded constants (_PyCode_ConstantKey's equality). */
function tupleConstKey(items: NonNullable<Folded>[]): string {
  return 't(' + items.map((i) => i.key).join('|') + ')';
}

/** Compiles one code object (module, function, lambda, class body or genexp). */
export class CodeCompiler {
  code: PyCode;
  info: CodeInfo;
  constSet = new Set<PyObject>();
  /** co_consts in the order of first use (the constants the code's co_consts tuple holds). */
  constOrder = new Set<PyObject>();
  /** The names among the code's references (co_names, co_varnames). */
  nameSet = new Set<PyObject>();
  /** 3.11: the `<listcomp>` code objects, made when an exception first leaves the comprehension. */
  compCodes = new Map<A.Node, PyCode>();
  loopDepth = 0;
  /** loopDepth where the innermost except* handler body being compiled began; -1 outside one. */
  starLoopDepth = -1;
  /** 3.14: the Name loads of this function that are definitely bound (may become LOAD_FAST_BORROW); null outside functions. */
  boundLoads: Set<A.Name> | null = null;
  /** Fast slots in the order the code first names them: compiler_nameop adds a local to co_varnames at its first use. */
  fastUses = new Set<number>();
  /** 3.11: the warm-up of the code being compiled (a comprehension's own while it is compiled); null on 3.12+. */
  warmup: CodeWarmup | null = newCodeWarmup();

  constructor(public unit: CompileUnit, public scopes: Map<A.Node, Scope>, public scope: Scope, info: Partial<CodeInfo>, public parent: CodeCompiler | null) {
    this.info = {
      name: '<module>', qualname: '<module>', filename: unit.filename, firstlineno: 1, argcount: 0, posonlyargcount: 0,
      kwonlyargcount: 0, varargs: false, varkw: false, paramNames: [], varnames: [], nfast: 0, cellSlots: [], freeSlots: [],
      freevars: [], run: null, isModule: false, isClassBody: false, isGenexp: false, isLambda: false, ...info,
    };
    this.code = new Code(this.info);
    PyObject_Init(this.code, 200);
    if (parent !== null) {
      // co_name (interned) and co_qualname, which the code's functions share (the same object at module level)
      const nm = this.code.co_name = PyUnicode_Intern(this.info.name);
      if (this.info.qualname === this.info.name) {
        nm.ob_refcnt++;
        this.code.co_qualname = nm;
      } else this.code.co_qualname = PyUnicode_From(this.info.qualname);
    }
  }

  /** Adds `o` to co_consts (one reference per code object, shared with co_names; see shareConsts). */
  useConst(o: PyObject): void {
    if (!this.constOrder.has(o)) this.constOrder.add(o);
    this.hold(o);
  }

  /** Adds a name to co_names / co_varnames (held by the same reference as a constant equal to it). */
  useName(o: PyObject): void {
    this.nameSet.add(o);
    this.hold(o);
  }

  private hold(o: PyObject): void {
    if (this.constSet.has(o)) return;
    this.constSet.add(o);
    o.ob_refcnt++;
    this.code.consts.push(o);
  }

  /**
   * makecode's _PyCompile_ConstCacheMergeOne of co_consts: a finished code object whose constants
   * are those of an earlier code object of the unit, in the same order, shares its co_consts tuple,
   * so each constant counts one reference for all of them (two functions that both use only the
   * literal 1000 hold it once).
   */
  shareConsts(): void {
    const items = [...this.constOrder];
    if (!items.length) return;
    const key = items.map((o) => o.addr).join(',');
    const table = (this.unit.constTuples ??= new Map());
    const prev = table.get(key);
    if (prev === undefined) {
      table.set(key, { first: this.code, firstNames: this.nameSet, shared: null });
      return;
    }
    let shared = prev.shared;
    if (shared === null) {
      // the tuple becomes a holder of its own: it takes the first code's references to the
      // constants (a second one for a constant that code also uses as a name)
      shared = prev.shared = { items, holders: [prev.first] };
      const own = prev.first.consts;
      for (const o of items) {
        if (prev.firstNames.has(o)) o.ob_refcnt++;
        else own.splice(own.indexOf(o), 1);
      }
      prev.first.sharedConsts = shared;
    }
    const own = this.code.consts;
    for (const o of items) {
      if (this.nameSet.has(o)) continue;
      own.splice(own.indexOf(o), 1);
      this.constSet.delete(o);
      Py_DECREF(o);
    }
    shared.holders.push(this.code);
    this.code.sharedConsts = shared;
  }

  /** The merged constant for a literal occurrence; the occurrence's own object goes to the arena. */
  literal(v: A.ConstantValue): PyObject {
    const occ = makeConst(v);
    if (!isImmortal(occ)) this.unit.arena.push(occ);
    return this.merge(constKey(v), occ, typeof v === 'string');
  }

  merge(key: string, occ: PyObject, isStr: boolean): PyObject {
    let m = this.unit.consts.get(key);
    if (!m) {
      m = occ;
      if (isStr && isNameChars((occ as PyStr).v)) {
        // intern_string_constants interns the constant in place: the first occurrence of a name
        // not interned yet becomes the interned string (the arena and co_consts share it)
        const s = occ as PyStr;
        m = s.v.length > 1 && !isImmortal(s) ? internObject(s) : PyUnicode_Intern(s.v);
        // the interned object is owned by the merge table
      } else occ.ob_refcnt++;
      this.unit.consts.set(key, m);
    }
    return m;
  }

  // ------------------------------------------------------------------ constant folding

  foldCache = new Map<A.Expr, Folded>();

  /** A constant made by folding (a new object): kept alive by the arena, merged with an equal constant (a str one interned). */
  private foldedConstant(r: PyObject, key = objConstKey(r)): Folded {
    const isStr = r.ob_type === StrType;
    if (RT.profile.cfgFoldsOperators) {
      // 3.14: only the compiler's constant cache holds the result (then co_consts)
      const m = this.merge(key, r, isStr);
      Py_DECREF(r);
      return { obj: m, key };
    }
    if (!isImmortal(r)) this.unit.arena.push(r);
    return { obj: this.merge(key, r, isStr), key };
  }

  /** Constant folding with a per-node cache, so a literal occurrence makes exactly one arena object. */
  fold(e: A.Expr): Folded {
    if (this.foldCache.has(e)) return this.foldCache.get(e)!;
    const r = this.foldUncached(e);
    this.foldCache.set(e, r);
    return r;
  }

  foldUncached(e: A.Expr): Folded {
    switch (e.kind) {
      case 'Constant': {
        const occ = makeConst(e.value);
        if (e.fromCompiler) {
          // ADDOP_LOAD_CONST_NEW: only the compiler's constant cache and co_consts keep it
          const key = constKey(e.value);
          const m = this.merge(key, occ, typeof e.value === 'string');
          Py_DECREF(occ);
          return { obj: m, key };
        }
        if (!isImmortal(occ)) {
          this.unit.arena.push(occ);
          const twice = RT.profile.bytesLiteralArenaTwice;
          if (e.bytesFromOneToken && (twice === 'always' || (twice === 'concatenated' && e.bytesFromOneToken === twice))) {
            occ.ob_refcnt++;
            this.unit.arena.push(occ);
          }
        }
        const key = constKey(e.value);
        return { obj: this.merge(key, occ, typeof e.value === 'string'), key, occ };
      }
      case 'Tuple': {
        if (e.ctx !== 'Load' || e.elts.some((x) => x.kind === 'Starred')) return null;
        if (!e.elts.every((x) => this.isConstExpr(x))) return null;
        const folded = e.elts.map((x) => this.fold(x));
        if (folded.some((x) => x === null)) return null;
        return this.foldTuple(folded as NonNullable<Folded>[]);
      }
      case 'UnaryOp': {
        if (!this.isConstExpr(e.operand)) return null;
        const v = this.fold(e.operand);
        if (!v) return null;
        if (e.op === 'Not') return null;
        const r = tryFold(() => unaryOp(e.op, v.obj));
        if (r === null) return null;
        return this.foldedConstant(r);
      }
      case 'BinOp': {
        if (!this.isConstExpr(e.left) || !this.isConstExpr(e.right)) return null;
        const a = this.fold(e.left), b = this.fold(e.right);
        if (!a || !b) return null;
        if (!safeToFold(e.op, a.obj, b.obj)) return null;
        const r = tryFold(() => binaryOp(a.obj, b.obj, e.op));
        return r === null ? null : this.foldedConstant(r);
      }
      case 'Subscript': {
        // fold_subscr (3.11-3.13 ast_opt.c): a constant indexed by a constant
        if (!this.isConstExpr(e)) return null;
        const v = this.fold(e.value), i = this.fold(e.slice);
        if (!v || !i) return null;
        const r = tryFold(() => PyObject_GetItem(v.obj, i.obj));
        return r === null ? null : this.foldedConstant(r);
      }
    }
    return null;
  }

  /** A constant tuple of folded items (kept alive by the arena, merged with an equal constant). */
  foldTuple(items: NonNullable<Folded>[]): NonNullable<Folded> {
    for (const it of items) it.obj.ob_refcnt++;
    const t = PyTuple_New(items.map((i) => i.obj));
    // 3.12's compiler leaves atomic constant tuples untracked; 3.11/3.13/3.14 keep them tracked.
    if (RT.profile.constTuplesUntracked) _PyTuple_MaybeUntrack(t);
    else if (t.items.length) _PyObject_GC_TRACK(t);
    const key = tupleConstKey(items);
    if (!RT.profile.cfgFoldsConstantTuples) {
      const m = this.merge(key, t, false);
      if (m !== t && this.unit.cfgFolded?.delete(m)) {
        // the AST optimizer's tuple would have come first and been kept: the arena holds the kept one
        m.ob_refcnt++;
        if (!_PyObject_GC_IS_TRACKED(t)) _PyObject_GC_UNTRACK(m);
        this.unit.arena.push(m);
        Py_DECREF(t);
      } else {
        if (m !== t) {
          // fold_tuple made this tuple of the literals' own objects; merge_consts_recursive finds an
          // equal tuple and leaves this one (in the arena) as it is, its items never merged
          const its = (t as PyTuple).items;
          items.forEach((it, i) => {
            if (it.occ === undefined || it.occ === its[i]) return;
            it.occ.ob_refcnt++;
            Py_DECREF(its[i]);
            its[i] = it.occ;
          });
        }
        this.unit.arena.push(t);
      }
      return { obj: m, key };
    }
    // 3.14: only the compiler's constant cache holds it (then co_consts, or the tuples containing it)
    const m = this.merge(key, t, false);
    Py_DECREF(t);
    return { obj: m, key };
  }

  /**
   * fold_tuple_on_constants (the CFG optimizer, every version): a BUILD_TUPLE of constants, such as
   * a function's defaults, becomes one constant tuple made at compile time, tracked, and merged
   * with an equal constant of the file (so `f.__defaults__ is (1, 2)` when the file has that
   * literal). Only the compiler's constant cache holds it, then co_consts.
   */
  cfgFoldTuple(items: NonNullable<Folded>[]): PyObject {
    for (const it of items) it.obj.ob_refcnt++;
    const t = PyTuple_New(items.map((i) => i.obj));
    _PyObject_GC_TRACK(t);
    const m = this.merge(tupleConstKey(items), t, false);
    if (m === t) (this.unit.cfgFolded ??= new Set()).add(m);
    Py_DECREF(t);
    return m;
  }

  /**
   * compiler_call_simple_kw_helper: a call's keyword names are one constant tuple of their
   * interned strings (KW_NAMES's operand; 3.13+ loads it for CALL_KW), made while the call is
   * compiled and merged with an equal constant of the file (`dict(a=1, b=2)` before
   * `t = ('a', 'b')` makes t that tuple, which the parser arena does not hold).
   */
  kwnamesConst(names: string[]): void {
    const items: PyObject[] = names.map((n) => PyUnicode_Intern(n));
    const t = PyTuple_New(items);
    if (RT.profile.constTuplesUntracked) _PyTuple_MaybeUntrack(t);
    else _PyObject_GC_TRACK(t);
    const m = this.merge('t(' + names.map((n) => 's' + n).join('|') + ')', t, false);
    this.useConst(m);
    Py_DECREF(t);
  }

  /**
   * starunpack_helper: a list display of three or more constants is BUILD_LIST, then LIST_EXTEND
   * of one constant tuple of them that codegen makes (so the parser arena does not hold it before
   * 3.14), merged in compile order with equal constants (`[1, 2, 3]` before `t = (1, 2, 3)` makes
   * t that tuple). Returns the tuple (in co_consts), or null when an item does not fold.
   */
  listDisplayConst(e: A.List): PyTuple | null {
    if (RT.profile.cfgFoldsConstantTuples) {
      // 3.14: as any constant tuple (the CFG's), which the arena does not hold either
      const t = this.fold({ kind: 'Tuple', elts: e.elts, ctx: 'Load', lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset });
      if (!t) return null;
      this.useConst(t.obj);
      return t.obj as PyTuple;
    }
    const items = e.elts.map((x) => this.fold(x));
    if (items.some((x) => x === null)) return null;
    const folded = items as NonNullable<Folded>[];
    for (const it of folded) it.obj.ob_refcnt++;
    const t = PyTuple_New(folded.map((i) => i.obj));
    if (RT.profile.constTuplesUntracked) _PyTuple_MaybeUntrack(t);
    else _PyObject_GC_TRACK(t);
    const m = this.merge(tupleConstKey(folded), t, false);
    this.useConst(m);
    Py_DECREF(t);
    return m as PyTuple;
  }

  isConstExpr(e: A.Expr): boolean {
    switch (e.kind) {
      case 'Constant': return true;
      case 'Tuple': return e.ctx === 'Load' && e.elts.every((x) => x.kind !== 'Starred' && this.isConstExpr(x));
      case 'UnaryOp': return e.op !== 'Not' && this.isConstExpr(e.operand) && (e.operand.kind === 'Constant' || e.operand.kind === 'UnaryOp' || e.operand.kind === 'BinOp');
      case 'BinOp': return this.isConstExpr(e.left) && this.isConstExpr(e.right);
      case 'Subscript': return RT.profile.astFoldsSubscripts && e.ctx === 'Load' && e.slice.kind !== 'Slice' && this.isConstExpr(e.value) && this.isConstExpr(e.slice);
    }
    return false;
  }

  /** Whether every expression folds to a constant. */
  allFoldable(elts: A.Expr[]): boolean {
    return elts.every((x) => this.isConstExpr(x) && this.fold(x) !== null);
  }

  /**
   * A frozenset constant of folded items, in co_consts (as merge_consts_recursive rebuilds it).
   * `astFolded`: made by the AST optimizer (fold_iter), whose frozenset the parser arena keeps.
   */
  constFrozenset(elts: A.Expr[], astFolded = false): PySet {
    const fz = PySet_New(FrozenSetType);
    const merged = new Map<PyObject, PyObject>();
    for (const x of elts) {
      // fold_iter's frozenset holds the AST's own objects; merging rebuilds it from the merged ones
      const c = this.fold(x)!, o = astFolded && c.occ ? c.occ : c.obj;
      merged.set(o, c.obj);
      o.ob_refcnt++;
      set_add_entry(fz, o, PyObject_Hash(o));
    }
    // merge_consts_recursive rebuilds the frozenset from the first one's table order
    const fz3 = PySet_New(FrozenSetType);
    for (const k of setKeysOf(fz)) {
      const m = merged.get(k) ?? k;
      m.ob_refcnt++;
      set_add_entry(fz3, m, PyObject_Hash(m));
    }
    if (astFolded && !RT.profile.cfgFoldsConstantTuples) this.unit.arena.push(fz);
    else Py_DECREF(fz);
    this.useConst(fz3);
    Py_DECREF(fz3);
    return fz3;
  }

  /** The Tuple node fold_iter makes of a List node (one per List node, so its fold is cached). */
  private iterTuples = new WeakMap<A.Expr, A.Expr>();

  /**
   * An iterable that is only iterated or searched (a `for` loop's or a comprehension's, the right
   * side of a last `in` / `not in`), as ast_opt.c's fold_iter rewrites it (3.14: the CFG's
   * optimize_lists_and_sets, the same result): a list display becomes a tuple (a constant one when
   * every item is constant), a set display of constants a frozenset constant.
   */
  iterExpr(e: A.Expr, sc: Scope): Ev {
    if (e.kind === 'List' && !e.elts.some((x) => x.kind === 'Starred')) {
      let t = this.iterTuples.get(e);
      if (!t) {
        t = { kind: 'Tuple', elts: e.elts, ctx: 'Load', lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
        this.iterTuples.set(e, t);
      }
      return this.expr(t, sc);
    }
    if (e.kind === 'Set' && !e.elts.some((x) => x.kind === 'Starred') && this.allFoldable(e.elts)) return this.constEv(this.constFrozenset(e.elts, true));
    return this.expr(e, sc);
  }

  constEv(o: PyObject): Ev {
    this.useConst(o);
    return () => {
      o.ob_refcnt++;
      return o;
    };
  }

  // ------------------------------------------------------------------ names

  bind(name: string, sc: Scope = this.scope): Binding {
    return resolve(sc, name);
  }

  // loadName / storeName / deleteName take a name as written and mangle it (compiler_nameop)

  loadName(raw: string, sc: Scope, at: A.Pos | null = null): Ev {
    const name = sc.mangle(raw);
    const b = this.bind(name, sc);
    const key = PyUnicode_Intern(name);
    this.useName(key);
    Py_DECREF(key);
    switch (b.k) {
      case 'fast': {
        const slot = b.slot;
        this.fastUses.add(slot);
        return (f) => {
          const v = f.fast[slot];
          if (v === null) throw unboundAt(name, at);
          v.ob_refcnt++;
          return v;
        };
      }
      case 'cell': {
        const slot = b.slot;
        const isFree = this.scope.codeScope.frees.has(name);
        return (f) => {
          const c = f.fast[slot] as PyCell;
          const v = c.ref;
          if (v === null) {
            if (isFree) throw at ? PyTraceBack_SetLasti(unboundFreeIn(f, name), at) : unboundFreeIn(f, name);
            throw unboundAt(name, at);
          }
          v.ob_refcnt++;
          return v;
        };
      }
      case 'global': {
        const inGlobals = new StrKeyCache(), inBuiltins = new StrKeyCache();
        return (f) => {
          let v = dictGetStrCached(f.globals, name, inGlobals);
          if (v === null) {
            v = dictGetStrCached(S.builtins, name, inBuiltins);
            if (v === null) throw at ? PyTraceBack_SetLasti(nameErrorIn(f, name), at) : nameErrorIn(f, name);
          }
          v.ob_refcnt++;
          return v;
        };
      }
      case 'name': {
        const inLocals = new StrKeyCache(), inGlobals = new StrKeyCache(), inBuiltins = new StrKeyCache();
        return (f) => {
          let v = f.locals ? dictGetStrCached(f.locals, name, inLocals) : null;
          if (v === null) v = dictGetStrCached(f.globals, name, inGlobals);
          if (v === null) v = dictGetStrCached(S.builtins, name, inBuiltins);
          if (v === null) throw at ? PyTraceBack_SetLasti(nameErrorIn(f, name), at) : nameErrorIn(f, name);
          v.ob_refcnt++;
          return v;
        };
      }
      case 'classderef': {
        const slot = b.slot;
        return (f) => {
          const v = f.locals ? dictGetStr(f.locals, name) : null;
          if (v !== null) {
            v.ob_refcnt++;
            return v;
          }
          const c = (f.fast[slot] as PyCell).ref;
          if (c === null) throw at ? PyTraceBack_SetLasti(unboundFreeIn(f, name), at) : unboundFreeIn(f, name);
          c.ob_refcnt++;
          return c;
        };
      }
    }
  }

  /** LOAD_FAST_BORROW (3.14): the value of fast local `name` without a new reference, or null when `name` is not a fast local. */
  loadFastBorrow(raw: string, sc: Scope): Ev | null {
    const name = sc.mangle(raw);
    const b = this.bind(name, sc);
    if (b.k !== 'fast') return null;
    const key = PyUnicode_Intern(name);
    this.useName(key);
    Py_DECREF(key);
    const slot = b.slot;
    this.fastUses.add(slot);
    return (f) => {
      const v = f.fast[slot];
      if (v === null) throw pyErr(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
      return v;
    };
  }

  /** A simple call whose arguments `borrowMask` were pushed as borrowed references (3.14). */
  callBorrowed(e: A.Call, sc: Scope, argEvs: Ev[], kwnames: string[] | null, borrowMask: number, recv: Ev | null): Ev {
    const nargs = argEvs.length;
    const pushArgs = (f: Frame, userStart: number, selfBorrowed: boolean) => {
      const vs = f.vs;
      try {
        for (let i = 0; i < nargs; i++) vs.push(argEvs[i](f));
      } catch (err) {
        // the unwinding frame releases its value stack: give the borrowed entries a reference
        if (selfBorrowed) vs[userStart - 1].ob_refcnt++;
        for (let i = 0; userStart + i < vs.length; i++) if (borrowMask & (1 << i)) vs[userStart + i].ob_refcnt++;
        throw err;
      }
    };
    if (e.func.kind === 'Attribute') {
      const attr = e.func as A.Attribute;
      const name = sc.mangle(attr.attr), cache = new AttrCache();
      if (recv) {
        // the receiver is a borrowed local: so is `self` on the stack (LOAD_ATTR method form)
        return (f) => {
          const vs = f.vs;
          const base = vs.length;
          const o = recv(f);
          let fn: PyObject;
          try {
            fn = loadMethod(o, name, cache);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, attr);
          }
          const self = cachedMethodSelf;
          vs.push(fn);
          if (self !== null) {
            self.ob_refcnt--;
            vs.push(self);
          }
          pushArgs(f, vs.length, self !== null);
          try {
            return doCallBorrowed(f, base, kwnames, borrowMask, nargs, self !== null);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
        };
      }
      const O = this.expr(attr.value, sc);
      return (f) => {
        const vs = f.vs;
        const base = vs.length;
        pushMethod(f, O, name, cache, attr);
        pushArgs(f, vs.length, false);
        try {
          return doCallBorrowed(f, base, kwnames, borrowMask, nargs, false);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, e);
        }
      };
    }
    const F = this.expr(e.func, sc);
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      vs.push(F(f));
      pushArgs(f, base + 1, false);
      try {
        return doCallBorrowed(f, base, kwnames, borrowMask, nargs, false);
      } catch (x) {
        throw PyTraceBack_SetLasti(x, e);
      }
    };
  }

  /**
   * STORE_FAST / STORE_DEREF / STORE_GLOBAL / STORE_NAME. With `at` (an assignment's target name),
   * a replaced value's last reference is released at that instruction (releaseAt), so an
   * unraisable error of its finalization gets the target's position, as in CPython.
   */
  storeName(raw: string, sc: Scope, at: A.Pos | null = null): Store {
    const name = sc.mangle(raw);
    const b = this.bind(name, sc);
    const key = PyUnicode_Intern(name);
    this.useName(key);
    Py_DECREF(key);
    switch (b.k) {
      case 'fast': {
        const slot = b.slot;
        this.fastUses.add(slot);
        const bit = slot < 31 ? 1 << slot : 0;
        return (f, v) => {
          const old = f.fast[slot];
          f.fast[slot] = v;
          if (old !== null) {
            // 3.14: a borrowed argument slot owned no reference
            if (f.borrowed & bit) f.borrowed &= ~bit;
            else if (at !== null && old.ob_refcnt === 1) releaseAt(f, old, at);
            else Py_DECREF(old);
          }
        };
      }
      case 'cell':
      case 'classderef': {
        const slot = b.slot;
        return (f, v) => {
          const c = f.fast[slot] as PyCell;
          const old = c.ref;
          c.ref = v;
          if (old !== null && at !== null && old.ob_refcnt === 1) releaseAt(f, old, at);
          else Py_XDECREF(old);
        };
      }
      case 'global': {
        const site = new StrKeyCache();
        if (at === null) return (f, v) => insertStrCached(f.globals, key, v, site);
        return (f, v) => {
          const d = f.globals;
          const old = dictGetStrCached(d, name, site);
          if (old === null || old.ob_refcnt !== 1 || deallocRunsNoCode(old.ob_type)) return insertStrCached(d, key, v, site);
          old.ob_refcnt++;
          insertStrCached(d, key, v, site);
          releaseAt(f, old, at);
        };
      }
      case 'name': {
        const site = new StrKeyCache();
        if (at === null) return (f, v) => insertStrCached(f.locals!, key, v, site);
        return (f, v) => {
          const d = f.locals!;
          const old = dictGetStrCached(d, name, site);
          if (old === null || old.ob_refcnt !== 1 || deallocRunsNoCode(old.ob_type)) return insertStrCached(d, key, v, site);
          old.ob_refcnt++;
          insertStrCached(d, key, v, site);
          releaseAt(f, old, at);
        };
      }
    }
  }

  deleteName(raw: string, sc: Scope, at: A.Pos | null = null): St {
    const name = sc.mangle(raw);
    const b = this.bind(name, sc);
    switch (b.k) {
      case 'fast': {
        const slot = b.slot;
        this.fastUses.add(slot);
        return (f) => {
          const old = f.fast[slot];
          if (old === null) throw unboundAt(name, at);
          f.fast[slot] = null;
          if (slot < 31 && f.borrowed & (1 << slot)) f.borrowed &= ~(1 << slot);
          else releaseAt(f, old, at);
          return NORMAL;
        };
      }
      case 'cell':
      case 'classderef': {
        const slot = b.slot;
        // format_exc_unbound: the frame's own cell is an unbound local, a free variable a NameError
        const isFree = b.k === 'classderef' || this.scope.codeScope.frees.has(name);
        return (f) => {
          const c = f.fast[slot] as PyCell;
          const old = c.ref;
          if (old === null) {
            if (!isFree) throw unboundAt(name, at);
            throw at ? PyTraceBack_SetLasti(unboundFreeIn(f, name), at) : unboundFreeIn(f, name);
          }
          c.ref = null;
          releaseAt(f, old, at);
          return NORMAL;
        };
      }
      case 'global':
      case 'name':
        return (f) => {
          const d = b.k === 'name' && f.locals ? f.locals : f.globals;
          const i = dictLookupStr(d, name);
          if (i < 0) throw at ? PyTraceBack_SetLasti(nameErrorIn(f, name), at) : nameErrorIn(f, name);
          const [k, v] = dictRemoveEntry(d, i);
          Py_DECREF(k);
          releaseAt(f, v, at);
          return NORMAL;
        };
    }
  }

  // ------------------------------------------------------------------ expressions

  expr(e: A.Expr, sc: Scope = this.scope): Ev {
    switch (e.kind) {
      case 'Constant': {
        const c = this.fold(e)!;
        return this.constEv(c.obj);
      }
      case 'Name':
        return this.loadName(e.id, sc, e);
      case 'BinOp': {
        if (this.isConstExpr(e)) {
          const fo = this.fold(e);
          if (fo) return this.constEv(fo.obj);
        }
        if (e.op === 'Mod' && e.left.kind === 'Constant' && typeof e.left.value === 'string' && e.right.kind === 'Tuple' && !this.isConstExpr(e.right)) {
          // ast_opt.c's optimize_format: `'...%s...' % (a, b)` compiles as an f-string
          const js = optimizeFormat(e, e.left.value, e.right.elts);
          if (js !== null) return this.joinedStr(js, sc);
        }
        const L = this.expr(e.left, sc), R = this.expr(e.right, sc), op = e.op;
        const site = binaryOpSite(op, this.warmup);
        return (f) => {
          const vs = f.vs;
          const a = L(f);
          vs.push(a);
          const b = R(f);
          if (site !== null && !isIntSite(site, a, b)) {
            const r = site.exec(a, b) as PyObject | null;
            if (r !== null) {
              vs.pop();
              return r;
            }
          }
          vs.push(b);
          let r: PyObject;
          try {
            r = binaryOp(a, b, op);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
          vs.pop(); vs.pop();
          Py_DECREF(a);
          Py_DECREF(b);
          return r;
        };
      }
      case 'UnaryOp': {
        if (e.op !== 'Not' && this.isConstExpr(e)) {
          const fo = this.fold(e);
          if (fo) return this.constEv(fo.obj);
        }
        // fold_unaryop (the AST optimizer's, until 3.13; 3.14 folds operators in the CFG, after the
        // warnings): `not a is b` is compiled as `a is not b`, which check_compare's warning names
        if (e.op === 'Not' && e.operand.kind === 'Compare' && e.operand.ops.length === 1 && !RT.profile.cfgFoldsOperators) this.notFolded.add(e.operand);
        const V = this.expr(e.operand, sc), op = e.op;
        if (op === 'Not') {
          return (f) => {
            const v = V(f);
            f.vs.push(v);
            const t = PyObject_IsTrue(v);
            f.vs.pop();
            Py_DECREF(v);
            return t ? False : True;
          };
        }
        return (f) => {
          const v = V(f);
          f.vs.push(v);
          let r: PyObject;
          try {
            r = unaryOp(op, v);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
          f.vs.pop();
          Py_DECREF(v);
          return r;
        };
      }
      case 'BoolOp': {
        const vals = e.values.map((v) => this.expr(v, sc));
        const isAnd = e.op === 'And';
        return (f) => {
          let v: PyObject = None;
          for (let i = 0; i < vals.length; i++) {
            v = vals[i](f);
            if (i === vals.length - 1) return v;
            f.vs.push(v);
            const t = PyObject_IsTrue(v);
            f.vs.pop();
            if (t !== isAnd) return v;
            Py_DECREF(v);
          }
          return v;
        };
      }
      case 'Compare':
        return this.compare(e, sc);
      case 'IfExp': {
        const T = this.expr(e.test, sc), B = this.expr(e.body, sc), O = this.expr(e.orelse, sc);
        return (f) => (this.truth(T, f) ? B(f) : O(f));
      }
      case 'NamedExpr': {
        const V = this.expr(e.value, sc);
        let tsc = sc;
        while (tsc.kind === 'comp') tsc = tsc.parent!;
        const store = this.storeName(e.target.id, tsc);
        return (f) => {
          const v = V(f);
          v.ob_refcnt++;
          store(f, v);
          return v;
        };
      }
      case 'Call':
        return this.call(e, sc);
      case 'Attribute': {
        const V = this.expr(e.value, sc), name = sc.mangle(e.attr), cache = new AttrCache();
        return (f) => {
          const o = V(f);
          f.vs.push(o);
          let r: PyObject;
          try {
            r = loadAttr(o, name, cache);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
          f.vs.pop();
          Py_DECREF(o);
          return r;
        };
      }
      case 'Subscript': {
        if (this.isConstExpr(e)) {
          const fo = this.fold(e);
          if (fo) return this.constEv(fo.obj);
        }
        const sliced = this.cfgFoldSlice(e);
        if (sliced) return sliced;
        this.checkSubscript(e.value, e.slice);
        const V = this.expr(e.value, sc), K = this.expr(e.slice, sc);
        return (f) => {
          const vs = f.vs;
          const o = V(f);
          vs.push(o);
          const k = K(f);
          vs.push(k);
          let r: PyObject | null;
          try {
            // an exact dict's missing key: the KeyError is thrown once, already placed, below
            r = o.ob_type === DictType ? dictSubscriptOrNull(o as PyDict, k) : PyObject_GetItem(o, k);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
          if (r === null) throw PyTraceBack_SetLasti(new PyRaise(newException(KeyErrorType, [Py_NewRef(k)])), e);
          vs.pop(); vs.pop();
          Py_DECREF(o);
          Py_DECREF(k);
          return r;
        };
      }
      case 'Slice': {
        const none: Ev = () => None;
        const L = e.lower ? this.expr(e.lower, sc) : none, U = e.upper ? this.expr(e.upper, sc) : none, T = e.step ? this.expr(e.step, sc) : none;
        return (f) => {
          const vs = f.vs;
          const a = L(f);
          vs.push(a);
          const b = U(f);
          vs.push(b);
          const c = T(f);
          vs.pop(); vs.pop();
          return PySlice_New(a, b, c);
        };
      }
      case 'Tuple': {
        if (this.isConstExpr(e)) {
          const fo = this.fold(e);
          if (fo) return this.constEv(fo.obj);
        }
        if (RT.profile.versionInfo[1] <= 13 && e.elts.some((x) => x.kind === 'Starred')) {
          // starunpack_helper: BUILD_LIST, LIST_EXTEND / LIST_APPEND, then INTRINSIC_LIST_TO_TUPLE
          // (3.14 under Pyodide was seen counting no list here: left as it was)
          const parts = e.elts.map((x) => (x.kind === 'Starred' ? { star: true, ev: this.expr(x.value, sc) } : { star: false, ev: this.expr(x, sc) }));
          return (f) => {
            const l = buildStarredList(f, parts, (v) => `Value after * must be an iterable, not ${v.ob_type.name}`, e);
            const t = PyTuple_New(l.items.map((x) => { x.ob_refcnt++; return x; }));
            f.vs.pop();
            Py_DECREF(l);
            return t;
          };
        }
        const items = this.elements(e.elts, sc, e);
        return (f) => _PyTuple_FromArray(items(f));
      }
      case 'List': {
        const n = e.elts.length;
        const allConst = n > 2 && e.elts.every((x) => this.isConstExpr(x));
        const tup = allConst ? this.listDisplayConst(e) : null;
        if (tup) {
          return () => {
            const l = PyList_New([]);
            list_preallocate_exact(l, tup.items.length);
            for (const x of tup.items) {
              x.ob_refcnt++;
              l.items.push(x);
            }
            return l;
          };
        }
        if (e.elts.some((x) => x.kind === 'Starred')) return this.starredList(e, sc);
        const items = this.elements(e.elts, sc);
        const big = n > 30;
        return (f) => {
          const arr = items(f);
          if (!big) return PyList_New(arr);
          const l = PyList_New([]);
          for (const x of arr) listAppendSteal(l, x);
          return l;
        };
      }
      case 'Set': {
        const n = e.elts.length;
        if (n > 2 && this.allFoldable(e.elts)) {
          const fzc = this.constFrozenset(e.elts);
          return () => {
            const s = PySet_New();
            set_merge(s, fzc);
            return s;
          };
        }
        if (e.elts.some((x) => x.kind === 'Starred')) return this.starredSet(e, sc);
        const items = this.elements(e.elts, sc);
        return (f) => {
          const arr = items(f);
          const s = PySet_New();
          f.vs.push(s);
          // BUILD_SET: on an unhashable item the remaining items and the set are released
          for (let i = 0; i < arr.length; i++) {
            const x = arr[i];
            let h: number | bigint;
            try {
              h = ops.keyHash(x, 'set element');
            } catch (err) {
              for (let j = i; j < arr.length; j++) Py_DECREF(arr[j]);
              f.vs.pop();
              Py_DECREF(s);
              throw PyTraceBack_SetLasti(err, e);
            }
            set_add_entry(s, x, h);
          }
          f.vs.pop();
          return s;
        };
      }
      case 'Dict':
        return this.dict(e, sc);
      case 'ListComp': case 'SetComp': case 'DictComp': {
        const fnRef: { fn: PyFunction | null } = { fn: null };
        const comp = this.comprehension(e, sc, fnRef);
        if (!RT.profile.comprehensionFunction) return comp;
        // 3.11 (before PEP 709): MAKE_FUNCTION builds a <listcomp> function object, called at
        // once and released when it returns (a gc allocation the counts see)
        const code = this.code;
        return (f) => {
          const fn = PyFunction_New(code, f.globals, S.builtins, dictGetStr(f.globals, '__name__'));
          const saved = fnRef.fn;
          fnRef.fn = fn;
          try {
            return comp(f);
          } finally {
            fnRef.fn = saved;
            Py_DECREF(fn);
          }
        };
      }
      case 'GeneratorExp':
        return this.genexp(e, sc);
      case 'Lambda':
        return this.makeFunction(e, sc, [], null);
      case 'JoinedStr':
        return this.joinedStr(e, sc);
      case 'FormattedValue':
        return this.formattedValue(e, sc);
      case 'Starred':
        throw new PySyntaxError('SyntaxError', "can't use starred expression here", e.lineno, e.col_offset + 1, e.end_lineno, e.end_col_offset + 1, '');
      case 'Await':
        positionedUnsupported(e, 'await');
      // falls through
      case 'Yield': case 'YieldFrom':
        // generator functions compile their yields with GenCompiler; this one sits in an
        // expression GenCompiler does not handle
        positionedUnsupported(e, e.kind === 'Yield' ? 'yield' : 'yield from');
    }
    positionedUnsupported(e as A.Pos, (e as { kind: string }).kind);
  }

  truth(E: Ev, f: Frame): boolean {
    const v = E(f);
    if (v === True) return true;
    if (v === False || v === None) return false;
    f.vs.push(v);
    const t = PyObject_IsTrue(v);
    f.vs.pop();
    Py_DECREF(v);
    return t;
  }

  /** Evaluates a list of elements (with *starred) into owned references, protected on the value stack. */
  /**
   * A list display with starred items, as the bytecode builds it: BUILD_LIST of the items before
   * the first star, then LIST_EXTEND for each starred item (list_extend, with its length hint and
   * over-allocation) and LIST_APPEND for the others.
   */
  starredList(e: A.List, sc: Scope): Ev {
    const parts = e.elts.map((x) => (x.kind === 'Starred' ? { star: true, ev: this.expr(x.value, sc) } : { star: false, ev: this.expr(x, sc) }));
    return (f) => {
      const l = buildStarredList(f, parts, (v) => `Value after * must be an iterable, not ${v.ob_type.name}`, e);
      f.vs.pop();
      return l;
    };
  }

  /**
   * A set display with starred items, as starunpack_helper compiles it: BUILD_SET of the items
   * before the first star, then SET_UPDATE (_PySet_Update: set_merge for a set, presized for a
   * dict) for each starred item and SET_ADD for the others.
   */
  starredSet(e: A.SetExpr, sc: Scope): Ev {
    const parts = e.elts.map((x) => (x.kind === 'Starred' ? { star: true, ev: this.expr(x.value, sc) } : { star: false, ev: this.expr(x, sc) }));
    const first = parts.findIndex((p) => p.star);
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      for (let i = 0; i < first; i++) vs.push(parts[i].ev(f));
      const s = PySet_New();
      const arr = vs.splice(base, first);
      vs.push(s);
      const add = (x: PyObject, rest: PyObject[]): void => {
        // BUILD_SET / SET_ADD: on an unhashable item the remaining items and the set are released
        let h: number | bigint;
        try {
          h = ops.keyHash(x, 'set element');
        } catch (err) {
          Py_DECREF(x);
          for (const y of rest) Py_DECREF(y);
          vs.pop();
          Py_DECREF(s);
          throw PyTraceBack_SetLasti(err, e);
        }
        set_add_entry(s, x, h);
      };
      for (let i = 0; i < arr.length; i++) add(arr[i], arr.slice(i + 1));
      for (let i = first; i < parts.length; i++) {
        let v: PyObject;
        try {
          v = parts[i].ev(f);
        } catch (err) {
          vs.pop();
          Py_DECREF(s);
          throw err;
        }
        if (!parts[i].star) {
          add(v, []);
          continue;
        }
        vs.push(v);
        try {
          set_update_internal(s, v);
        } catch (err) {
          vs.pop();
          Py_DECREF(v);
          vs.pop();
          Py_DECREF(s);
          throw PyTraceBack_SetLasti(err, e);
        }
        vs.pop();
        Py_DECREF(v);
      }
      vs.pop();
      return s;
    };
  }

  /** The items of a display, `*x` unpacked; `at` is the display's position (its LIST_EXTEND's). */
  elements(elts: A.Expr[], sc: Scope, at: A.Pos | null = null): (f: Frame) => PyObject[] {
    const parts = elts.map((x) => (x.kind === 'Starred' ? { star: true, ev: this.expr(x.value, sc) } : { star: false, ev: this.expr(x, sc) }));
    const anyStar = parts.some((p) => p.star);
    if (!anyStar) {
      const evs = parts.map((p) => p.ev);
      const n = evs.length;
      return (f) => {
        const vs = f.vs;
        const base = vs.length;
        for (let i = 0; i < n; i++) vs.push(evs[i](f));
        return vs.splice(base, n);
      };
    }
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      for (const p of parts) {
        const v = p.ev(f);
        if (!p.star) {
          vs.push(v);
          continue;
        }
        vs.push(v);
        let arr: PyObject[];
        try {
          arr = iterToArray(v, starNotIterable(v, `Value after * must be an iterable, not ${v.ob_type.name}`));
        } catch (err) {
          throw at !== null ? PyTraceBack_SetLasti(err, at) : err;
        }
        vs.pop();
        Py_DECREF(v);
        for (const x of arr) vs.push(x);
      }
      return vs.splice(base, vs.length - base);
    };
  }

  /** The one-operator comparisons that are the operand of a `not` (fold_unaryop inverts them). */
  private notFolded = new WeakSet<A.Compare>();

  /** check_compare: `is` / `is not` with a literal operand gets a SyntaxWarning. */
  checkCompare(e: A.Compare): void {
    const warn = this.unit.warn;
    if (!warn) return;
    // check_is_arg: anything but a constant, or the constants None, True, False and Ellipsis
    const literal = (x: A.Expr): PyObject | null => {
      const c = this.isConstExpr(x) ? this.fold(x) : null;
      if (c === null) return null;
      const o = c.obj;
      return o === None || o === True || o === False || o === Ellipsis ? null : o;
    };
    let left = literal(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      let op = e.ops[i];
      const right = literal(e.comparators[i]);
      if ((op === 'Is' || op === 'IsNot') && (left !== null || right !== null)) {
        if (this.notFolded.has(e)) op = op === 'Is' ? 'IsNot' : 'Is';
        const type = RT.profile.isLiteralWarningNamesType ? ` '${(left ?? right)!.ob_type.name}'` : ' a';
        warn(e.lineno, op === 'Is' ? `"is" with${type} literal. Did you mean "=="?` : `"is not" with${type} literal. Did you mean "!="?`);
        return;
      }
      left = right;
    }
  }

  /** infer_type: the type name an expression's value is known to have at compile time, or null. */
  inferType(e: A.Expr): string | null {
    switch (e.kind) {
      // a constant expression the optimizer cannot fold (`-"x"`, `(1, -"x")`) stays what it is
      case 'Tuple': return (this.isConstExpr(e) ? this.fold(e)?.obj.ob_type.name : undefined) ?? 'tuple';
      case 'List': case 'ListComp': return 'list';
      case 'Dict': case 'DictComp': return 'dict';
      case 'Set': case 'SetComp': return 'set';
      case 'GeneratorExp': return 'generator';
      case 'Lambda': return 'function';
      case 'JoinedStr': case 'FormattedValue': return 'str';
      case 'Constant': return this.fold(e)!.obj.ob_type.name;
      default: return (this.isConstExpr(e) ? this.fold(e)?.obj.ob_type.name : undefined) ?? null;
    }
  }

  /** check_caller: calling a literal gets "'T' object is not callable; perhaps you missed a comma?". */
  checkCaller(func: A.Expr): void {
    const warn = this.unit.warn;
    if (!warn) return;
    switch (func.kind) {
      case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
      case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
        warn(func.lineno, `'${this.inferType(func)}' object is not callable; perhaps you missed a comma?`);
    }
  }

  /** check_subscripter and check_index: subscripting a literal that cannot be, or with an index it cannot take. */
  checkSubscript(value: A.Expr, index: A.Expr): void {
    const warn = this.unit.warn;
    if (!warn) return;
    const vt = this.inferType(value);
    if (value.kind === 'Constant' ? ['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex', 'frozenset'].includes(vt!) : ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value.kind)) {
      warn(value.lineno, `'${vt}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    }
    const it = this.inferType(index);
    if (it === null || it === 'int' || it === 'bool' || it === 'slice') return;
    if (value.kind === 'Constant' ? ['str', 'bytes', 'tuple'].includes(vt!) : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value.kind)) {
      warn(value.lineno, `${vt} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
    }
  }

  compare(e: A.Compare, sc: Scope): Ev {
    this.checkCompare(e);
    const L = this.expr(e.left, sc);
    // fold_compare: the last comparator of an `in` / `not in` goes through fold_iter
    const last = e.ops.length - 1;
    const rights = e.comparators.map((c, i) => (i === last && (e.ops[i] === 'In' || e.ops[i] === 'NotIn') ? this.iterExpr(c, sc) : this.expr(c, sc)));
    const ops = e.ops;
    const cmp1 = compareOp;
    if (ops.length === 1) {
      const R = rights[0], op = ops[0];
      return (f) => {
        const vs = f.vs;
        const a = L(f);
        vs.push(a);
        const b = R(f);
        vs.push(b);
        let r: PyObject;
        try {
          r = cmp1(a, b, op);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, e);
        }
        vs.pop(); vs.pop();
        Py_DECREF(a);
        Py_DECREF(b);
        return r;
      };
    }
    return (f) => {
      const vs = f.vs;
      let a = L(f);
      for (let i = 0; i < ops.length; i++) {
        vs.push(a);
        const b = rights[i](f);
        vs.push(b);
        let r: PyObject;
        try {
          r = cmp1(a, b, ops[i]);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, e);
        }
        vs.pop(); vs.pop();
        Py_DECREF(a);
        if (i === ops.length - 1) {
          Py_DECREF(b);
          return r;
        }
        vs.push(b);
        vs.push(r);
        const t = PyObject_IsTrue(r);
        vs.pop(); vs.pop();
        if (!t) {
          Py_DECREF(b);
          return r;
        }
        Py_DECREF(r);
        a = b;
      }
      return None;
    };
  }

  dict(e: A.Dict, sc: Scope): Ev {
    const n = e.keys.length;
    const keys = e.keys.map((k) => (k ? this.expr(k, sc) : null));
    const vals = e.values.map((v) => this.expr(v, sc));
    // compiler_dict: runs of `key: value` items become sub-dicts (compiler_subdict: keys and values
    // on the stack, then BUILD_MAP, so each is allocated and tracked after them), a run ending
    // when it passes STACK_USE_GUIDELINE (30 stack items) or at a `**mapping`; the first run is the
    // dict, later ones are merged into it (DICT_UPDATE); a `**` first makes an empty dict (BUILD_MAP 0)
    const segments: { begin: number; end: number }[] = [];
    let elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) segments.push({ begin: i - elements, end: i });
        segments.push({ begin: i, end: -1 });
        elements = 0;
      } else if (elements * 2 > 30) {
        segments.push({ begin: i - elements, end: i + 1 });
        elements = 0;
      } else elements++;
    }
    if (elements) segments.push({ begin: n - elements, end: n });
    const subdict = (f: Frame, begin: number, end: number): PyDict => {
      const vs = f.vs;
      const base = vs.length;
      for (let i = begin; i < end; i++) {
        vs.push(keys[i]!(f));
        vs.push(vals[i](f));
      }
      const m = end - begin;
      const items = vs.splice(base, 2 * m);
      // _PyDict_FromItems: presized past 5 items, str-keyed when every key is an exact str
      let unicode = true;
      for (let i = 0; i < m; i++) if (items[2 * i].ob_type !== StrType) unicode = false;
      const d = PyDict_New(m, DictType, true, unicode);
      let i = 0;
      try {
        for (; i < m; i++) insertdict(d, items[2 * i], items[2 * i + 1]);
      } catch (err) {
        // insertdict released the pair it failed on; BUILD_MAP releases the rest and the dict
        for (let j = 2 * i + 2; j < items.length; j++) Py_DECREF(items[j]);
        Py_DECREF(d);
        throw PyTraceBack_SetLasti(err, e);
      }
      return d;
    };
    if (n === 0) return () => PyDict_New();
    if (segments.length === 1 && segments[0].end >= 0) return (f) => subdict(f, 0, n);
    // (on an error the dict and the mapping stay on the value stack, which the frame releases)
    return (f) => {
      const vs = f.vs;
      let d: PyDict | null = null;
      for (const seg of segments) {
        let m: PyObject;
        if (seg.end >= 0) {
          m = subdict(f, seg.begin, seg.end);
          if (d === null) {
            d = m as PyDict;
            vs.push(d);
            continue;
          }
        } else {
          if (d === null) {
            d = PyDict_New();
            vs.push(d);
          }
          m = vals[seg.begin](f);
        }
        vs.push(m);
        try {
          DICT_UPDATE(d, m);
        } catch (err) {
          throw PyTraceBack_SetLasti(err, e);
        }
        vs.pop();
        Py_DECREF(m);
      }
      vs.pop();
      return d!;
    };
  }

  joinedStr(e: A.JoinedStr, sc: Scope): Ev {
    // FORMAT_VALUE's position: 3.11 gives an f-string's parts the whole string's position
    const whole = RT.profile.versionInfo[1] === 11 ? e : null;
    if (e.values.length === 1 && e.values[0].kind === 'FormattedValue') return this.formattedValue(e.values[0], sc, whole);
    // compiler_joined_str: a single part needs no BUILD_STRING, so `f'text'` is the merged constant
    if (e.values.length === 1 && e.values[0].kind === 'Constant') return this.expr(e.values[0], sc);
    const parts = e.values.map((v) => (v.kind === 'Constant' ? this.expr(v, sc) : this.formattedValue(v, sc, whole)));
    return (f) => {
      const arr = this.elementsRun(parts, f);
      let s = '';
      for (const x of arr) {
        s += (x as PyStr).v;
        Py_DECREF(x);
      }
      // BUILD_STRING: _PyUnicode_JoinArray writes the parts into a new str (PyUnicode_New), so a
      // one-character result is not the latin-1 singleton
      return PyUnicode_New(s);
    };
  }

  elementsRun(evs: Ev[], f: Frame): PyObject[] {
    const vs = f.vs;
    const base = vs.length;
    for (const ev of evs) vs.push(ev(f));
    return vs.splice(base, evs.length);
  }

  formattedValue(e: A.FormattedValue, sc: Scope, at: A.Pos | null = null): Ev {
    const formatAt = at ?? e;
    const V = this.expr(e.value, sc);
    const spec = e.format_spec ? this.joinedStr(e.format_spec, sc) : null;
    const conv = e.conversion;
    return (f) => {
      let v = V(f);
      f.vs.push(v);
      if (conv === 115 || conv === 114 || conv === 97) {
        const nv = conv === 115 ? PyObject_StrObject(v) : conv === 114 ? PyObject_ReprObject(v) : PyUnicode_From(asciiOf(PyObject_Repr(v)));
        f.vs.pop();
        Py_DECREF(v);
        v = nv;
        f.vs.push(v);
      }
      let sp: PyObject | null = null;
      if (spec) {
        sp = spec(f);
        f.vs.push(sp);
      }
      let r: PyObject;
      try {
        r = formatObject(v, sp ? (sp as PyStr).v : '');
      } catch (x) {
        throw PyTraceBack_SetLasti(x, formatAt);
      }
      if (sp) {
        f.vs.pop();
        Py_DECREF(sp);
      }
      f.vs.pop();
      Py_DECREF(v);
      return r;
    };
  }

  // ------------------------------------------------------------------ calls

  /**
   * `o.name(arg)`: the method call with one positional argument, with CALL_NO_KW_LIST_APPEND's
   * shortcut when the method turns out to be list.append on an exact list (the list takes the
   * argument's reference straight from the stack; like that instruction, no eval-breaker check).
   */
  private callMethodOneArg(O: Ev, name: string, A0: Ev, e: A.Call): Ev {
    const cache = new AttrCache();
    const listAppend = isSpecializing() ? ListType.methods.get('append')! : null;
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      const self = pushMethod(f, O, name, cache, e.func);
      const fn = vs[base];
      const a = A0(f);
      vs.push(a);
      if (fn !== listAppend || self === null || self.ob_type !== ListType) {
        try {
          return doCall(f, base, null);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, e);
        }
      }
      listAppendSteal(self as PyList, a);
      vs.pop();
      vs.pop();
      Py_DECREF(self);
      vs.pop();
      Py_DECREF(fn);
      None.ob_refcnt++;
      return None;
    };
  }

  call(e: A.Call, sc: Scope): Ev {
    this.checkCaller(e.func);
    const simple = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
    const isMethod = e.func.kind === 'Attribute' && simple;
    if (simple) {
      const argExprs = [...e.args, ...e.keywords.map((k) => k.value)];
      const kwnames = e.keywords.length ? e.keywords.map((k) => k.arg!) : null;
      const nargs = argExprs.length;
      // 3.14 (LOAD_FAST_BORROW): a local passed as an argument is pushed without a new reference
      let borrowMask = 0;
      const argEvs = argExprs.map((a, i) => {
        // only a definitely bound local (LOAD_FAST, not LOAD_FAST_CHECK) is borrowed
        const bev = RT.profile.borrowedLocalLoads && i < 31 && a.kind === 'Name' && (!this.boundLoads || this.boundLoads.has(a)) ? this.loadFastBorrow(a.id, sc) : null;
        if (bev) borrowMask |= 1 << i;
        return bev ?? this.expr(a, sc);
      });
      if (kwnames !== null) this.kwnamesConst(kwnames);
      const recvName = isMethod && (e.func as A.Attribute).value.kind === 'Name' ? ((e.func as A.Attribute).value as A.Name) : null;
      const recv = recvName && RT.profile.borrowedLocalLoads && (!this.boundLoads || this.boundLoads.has(recvName)) ? this.loadFastBorrow(recvName.id, sc) : null;
      if (borrowMask || recv) return this.callBorrowed(e, sc, argEvs, kwnames, borrowMask, recv);
      if (isMethod) {
        const attr = e.func as A.Attribute;
        const O = this.expr(attr.value, sc), name = sc.mangle(attr.attr), cache = new AttrCache();
        if (nargs === 1 && kwnames === null) return this.callMethodOneArg(O, name, argEvs[0], e);
        return (f) => {
          const vs = f.vs;
          const base = vs.length;
          pushMethod(f, O, name, cache, attr);
          for (let i = 0; i < nargs; i++) vs.push(argEvs[i](f));
          try {
            return doCall(f, base, kwnames);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
        };
      }
      const F = this.expr(e.func, sc);
      if (nargs === 1 && kwnames === null && RT.profile.versionInfo[1] <= 12) {
        // CALL_NO_KW_STR_1 (3.11: PRECALL_NO_KW_STR_1): once the site has run, str(x) calls
        // PyObject_Str without the argument tuple str's tp_call would get (str has no vectorcall
        // before 3.13); the first run goes the generic way
        // (3.11 specializes it at the first run once its code is quickened)
        const A0 = argEvs[0], w = this.warmup;
        let warm = false;
        return (f) => {
          const vs = f.vs;
          const base = vs.length;
          vs.push(F(f));
          vs.push(A0(f));
          try {
            if ((w === null ? warm : isQuickened(w)) && vs[base] === StrType) return callStr1(vs, base);
            warm = true;
            return doCall(f, base, null);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
        };
      }
      if (kwnames === null && RT.profile.versionInfo[1] >= 13 && isSpecializing()) {
        // CALL_ALLOC_AND_ENTER_INIT (3.13+): once the site has run, a call of a plain class whose
        // __init__ is a simple Python function allocates the instance and enters __init__ with
        // the arguments taken from the stack (no argument tuple); the first run goes the generic
        // way, and the site stays with the class it specialized for
        let warm = false;
        let spec: PyType | null = null;
        return (f) => {
          const vs = f.vs;
          const base = vs.length;
          vs.push(F(f));
          for (let i = 0; i < nargs; i++) vs.push(argEvs[i](f));
          try {
            const fn = vs[base];
            if (warm && fn instanceof PyType && (spec === null || spec === fn)) {
              const init = allocAndEnterInitFor(fn, nargs);
              if (init !== null) {
                spec = fn;
                return callAllocAndEnterInit(vs, base, fn, init);
              }
            }
            warm = true;
            return doCall(f, base, null);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
        };
      }
      return (f) => {
        const vs = f.vs;
        const base = vs.length;
        vs.push(F(f));
        for (let i = 0; i < nargs; i++) vs.push(argEvs[i](f));
        try {
          return doCall(f, base, kwnames);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, e);
        }
      };
    }
    const F = this.expr(e.func, sc);
    const pos = e.args.map((a) => (a.kind === 'Starred' ? { star: true, ev: this.expr(a.value, sc) } : { star: false, ev: this.expr(a, sc) }));
    const kws = e.keywords.map((k) => ({ name: k.arg, ev: this.expr(k.value, sc) }));
    const starredOnlyPositional = pos.some((p) => p.star);
    const callEx = (f: Frame): PyObject => {
      const vs = f.vs;
      const base = vs.length;
      const fn = F(f);
      vs.push(fn);
      if (fn.ob_type === FunctionType || (fn.ob_type === MethodType && (fn as PyMethod).func.ob_type === FunctionType)) {
        return callFunctionEx(f, base, fn, pos, kws);
      }
      if (kws.length === 0 && starredOnlyPositional) return callStarredNonPython(f, fn, pos);
      // any other callable but a class: PyObject_Call with CALL_FUNCTION_EX's tuple and dict
      if (!(fn instanceof PyType)) return callFunctionEx(f, base, fn, pos, kws);
      for (let i = 0; i < pos.length; i++) {
        const p = pos[i];
        const v = p.ev(f);
        if (!p.star) {
          vs.push(v);
          continue;
        }
        vs.push(v);
        const arr = starredArgs(fn, v, pos.length === 1);
        vs.pop();
        Py_DECREF(v);
        for (const x of arr) vs.push(x);
      }
      const names: string[] = [];
      for (const k of kws) {
        const v = k.ev(f);
        if (k.name !== null) {
          vs.push(v);
          names.push(k.name);
          continue;
        }
        vs.push(v);
        if (!(v instanceof PyDict)) throw typeError(`${funcDesc(fn)} argument after ** must be a mapping, not ${v.ob_type.tp_name}`);
        const items = dictItems(v);
        vs.pop();
        for (const [kk, vv] of items) {
          if (!(kk instanceof PyStr)) throw typeError('keywords must be strings');
          if (names.includes(kk.v)) throw typeError(`${funcDesc(fn)} got multiple values for keyword argument '${kk.v}'`);
          vv.ob_refcnt++;
          vs.push(vv);
          names.push(kk.v);
        }
        Py_DECREF(v);
      }
      return doCall(f, base, names.length ? names : null);
    };
    // CALL_FUNCTION_EX: an error of the call itself is at the Call (its arguments' own errors are already placed)
    return (f) => {
      try {
        return callEx(f);
      } catch (x) {
        throw PyTraceBack_SetLasti(x, e);
      }
    };
  }

  // ------------------------------------------------------------------ functions and classes

  childCode(node: A.FunctionDef | A.Lambda | A.ClassDef | A.GeneratorExp, _sc: Scope, annotate = false): CodeCompiler {
    const cs = this.scopes.get(node)!;
    const name = annotate ? '__annotate__' : node.kind === 'FunctionDef' || node.kind === 'ClassDef' ? node.name : node.kind === 'Lambda' ? '<lambda>' : '<genexpr>';
    const qualname = qualnameOf(cs, name);
    const cc = new CodeCompiler(this.unit, this.scopes, cs, { name, qualname, firstlineno: node.lineno }, this);
    return cc;
  }

  /** MAKE_FUNCTION for a def or lambda; `annotate` makes 3.14's `__annotate__(format)` from its lambda. */
  makeFunction(node: A.FunctionDef | A.Lambda, sc: Scope, decorators: Ev[], doc: PyObject | null, annotate = false): Ev {
    const cc = this.childCode(node, sc, annotate);
    const a = node.args;
    const info = cc.info;
    info.argcount = a.posonlyargs.length + a.args.length;
    info.posonlyargcount = a.posonlyargs.length;
    info.kwonlyargcount = a.kwonlyargs.length;
    info.varargs = !!a.vararg;
    info.varkw = !!a.kwarg;
    info.isLambda = node.kind === 'Lambda' && !annotate;
    if (RT.profile.borrowedLocalLoads) cc.boundLoads = definitelyBoundLoads(node);
    if (node.kind === 'Lambda') cc.compileLambdaBody(node);
    else cc.compileFunctionBody(node.body);
    if (annotate) info.run = annotateBody(info.run as (f: Frame) => number);
    cc.shareConsts();
    const code = cc.code;
    this.useConst(code);
    Py_DECREF(code);
    // defaults that are all constants are one constant tuple (fold_tuple_on_constants), else BUILD_TUPLE
    const constDefaults = a.defaults.length && this.allFoldable(a.defaults) ? this.cfgFoldTuple(a.defaults.map((d) => this.fold(d)!)) : null;
    if (constDefaults) this.useConst(constDefaults);
    const defaults = constDefaults ? [] : a.defaults.map((d) => this.expr(d, sc));
    const kwd = a.kwonlyargs.map((p, i) => ({ name: sc.mangle(p.arg), ev: a.kw_defaults[i] ? this.expr(a.kw_defaults[i]!, sc) : null })).filter((x) => x.ev);
    const anns = this.annotationsOf(node, sc);
    const closure = this.closureOf(cc, sc);
    if (doc) this.useConst(doc);
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      let defs: PyTuple | null = null;
      if (constDefaults) {
        constDefaults.ob_refcnt++;
        defs = constDefaults as PyTuple;
        vs.push(defs);
      } else if (defaults.length) {
        for (const d of defaults) vs.push(d(f));
        defs = PyTuple_New(vs.splice(base, defaults.length));
        vs.push(defs);
      }
      let kwdefs: PyDict | null = null;
      if (kwd.length) {
        kwdefs = PyDict_New();
        vs.push(kwdefs);
        for (const k of kwd) insertdict(kwdefs, PyUnicode_Intern(k.name), k.ev!(f));
      }
      let ann: PyObject | null = null;
      if (anns) vs.push(ann = anns(f));
      const fn = PyFunction_New(code, f.globals, S.builtins, dictGetStr(f.globals, '__name__'));
      while (vs.length > base) vs.pop();
      fn.defaults = defs;
      fn.kwdefaults = kwdefs;
      if (ann) {
        if (RT.profile.functionAnnotations === 'annotate') fn.annotate = ann;
        else fn.annotations = ann;
      }
      if (closure) fn.closure = closure(f);
      if (doc) {
        doc.ob_refcnt++;
        const none = fn.doc;
        fn.doc = doc;
        Py_XDECREF(none);
      }
      return fn;
    };
  }

  /**
   * compiler_annassign's annotation part in a module or class body (3.11-3.13): a simple name's
   * annotation is evaluated and stored in `__annotations__[name]`; another target's is evaluated
   * and dropped. Null in functions, where annotations of variables are not evaluated, and on 3.14.
   */
  annotationStore(s: A.AnnAssign, sc: Scope): St | null {
    if (!eagerVariableAnnotations(this.unit) || (sc.kind !== 'module' && sc.kind !== 'class')) return null;
    const A_ = this.expr(s.annotation, sc);
    if (!(s.simple && s.target.kind === 'Name')) {
      return (f) => {
        Py_DECREF(A_(f));
        return NORMAL;
      };
    }
    const key = PyUnicode_Intern(sc.mangle(s.target.id));
    this.useName(key);
    Py_DECREF(key);
    const D = this.loadName('__annotations__', sc);
    return (f) => {
      const vs = f.vs;
      const v = A_(f);
      vs.push(v);
      const d = D(f);
      vs.push(d);
      try {
        PyObject_SetItem(d, key, v);
      } finally {
        vs.pop(); vs.pop();
        Py_DECREF(d);
        Py_DECREF(v);
      }
      return NORMAL;
    };
  }

  /**
   * What MAKE_FUNCTION gets for a def's annotations, null without any: the (name, value, ...)
   * tuple (compiler_visit_annotations, 3.11-3.13; a constant when every annotation is one), or
   * 3.14's `__annotate__` function (codegen_annotations).
   */
  annotationsOf(node: A.FunctionDef | A.Lambda, sc: Scope): Ev | null {
    if (node.kind === 'Lambda') return null;
    if (RT.profile.functionAnnotations === 'annotate') {
      const lam = annotateLambda(node, sc.private);
      return lam ? this.makeFunction(lam, sc, [], null, true) : null;
    }
    const items = annotationItems(node, sc.private);
    if (!items.length) return null;
    const names = items.map((it) => {
      const k = PyUnicode_Intern(it.name);
      this.useName(k);
      Py_DECREF(k);
      return k;
    });
    if (items.every((it) => this.isConstExpr(it.annotation))) {
      const vals = items.map((it) => this.fold(it.annotation));
      if (vals.every((v) => v !== null)) {
        // 3.11's CFG folds the BUILD_TUPLE and leaves the values in co_consts too
        if (RT.profile.versionInfo[1] === 11) for (const v of vals) this.useConst(v!.obj);
        const parts = vals.flatMap((v, i) => [{ obj: names[i], key: 's' + items[i].name }, v!]);
        return this.constEv(this.foldTuple(parts)!.obj);
      }
    }
    const vals = items.map((it) => this.expr(it.annotation, sc));
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      for (let i = 0; i < vals.length; i++) {
        names[i].ob_refcnt++;
        vs.push(names[i]);
        vs.push(vals[i](f));
      }
      return PyTuple_New(vs.splice(base, 2 * vals.length));
    };
  }

  closureOf(cc: CodeCompiler, sc: Scope): ((f: Frame) => PyTuple) | null {
    const frees = cc.info.freevars;
    if (!frees.length) return null;
    const slots = frees.map((n) => {
      const b = resolveCell(sc, n);
      return b;
    });
    return (f) => {
      const cells = slots.map((s) => {
        const c = f.fast[s]!;
        c.ob_refcnt++;
        return c;
      });
      return PyTuple_New(cells);
    };
  }

  setupSlots(): void {
    const sc = this.scope;
    const info = this.info;
    info.paramNames = [...sc.params];
    for (const c of sc.cells) {
      const slot = sc.slotNames.indexOf(c);
      const p = sc.params.indexOf(c);
      info.cellSlots.push({ slot, fromParam: p });
    }
    // co_freevars (and the closure tuple) in sorted order, as dictbytype makes them
    info.freevars = [...sc.frees].sort();
    info.freeSlots = info.freevars.map((n) => sc.slotNames.indexOf(n));
  }

  /** 3.14's CFG folds of this code object, merged with the file's constants once its codegen is done. */
  lateFolds: { key: string; r: PyObject; holder: { obj: PyObject | null } }[] = [];

  /**
   * 3.14: a constant sliced by constant bounds is folded by the CFG optimizer (fold_const_binop),
   * which runs after the code object's codegen: the result is merged with an equal constant (a
   * literal anywhere in the module's own code wins), kept by co_consts, not by the parser arena.
   */
  cfgFoldSlice(e: A.Subscript): Ev | null {
    if (!RT.profile.cfgFoldsConstantSlices || e.ctx !== 'Load' || e.slice.kind !== 'Slice' || !this.isConstExpr(e.value)) return null;
    const sl = e.slice;
    const bounds = [sl.lower, sl.upper, sl.step];
    if (bounds.some((b) => b !== null && !this.isConstExpr(b))) return null;
    const v = this.fold(e.value);
    const folded = bounds.map((b) => (b === null ? null : this.fold(b)));
    if (!v || folded.some((b, i) => bounds[i] !== null && b === null)) return null;
    const arg = (b: Folded) => {
      const o = b === null ? None : b.obj;
      o.ob_refcnt++;
      return o;
    };
    const slice = PySlice_New(arg(folded[0]), arg(folded[1]), arg(folded[2]));
    const r = tryFold(() => PyObject_GetItem(v.obj, slice));
    Py_DECREF(slice);
    if (r === null) return null;
    const key = objConstKey(r);
    const holder: { obj: PyObject | null } = { obj: null };
    this.lateFolds.push({ key, r, holder });
    return () => {
      const o = holder.obj!;
      o.ob_refcnt++;
      return o;
    };
  }

  /** Merges the CFG folds with the file's constants (add_const): the merged constant goes to co_consts. */
  flushLateFolds(): void {
    for (const { key, r, holder } of this.lateFolds) {
      const m = this.merge(key, r, r.ob_type === StrType);
      Py_DECREF(r);
      this.useConst(m);
      holder.obj = m;
    }
    this.lateFolds = [];
  }

  finishSlots(): void {
    this.flushLateFolds();
    const sc = this.scope;
    this.info.varnames = [...sc.slotNames];
    // co_varnames: the parameters, then the other fast locals in the order the code first names
    // them (a comprehension's own names too where it is inlined); cells are not among them unless
    // they are parameters. co_cellvars: the parameters that are cells, then the others sorted.
    const names: string[] = [];
    if (sc.isFunctionLike) {
      names.push(...sc.params);
      const hidden = RT.profile.comprehensionFunction ? new Set(sc.hiddenSlots) : null;
      const add = (slot: number) => {
        const n = sc.slotNames[slot];
        if ((hidden !== null && hidden.has(slot)) || sc.frees.has(n) || sc.cells.has(n) || names.includes(n)) return;
        names.push(n);
      };
      for (const slot of this.fastUses) add(slot);
      for (let slot = 0; slot < sc.slotNames.length; slot++) add(slot);
    }
    this.info.localNames = names;
    this.info.cellNames = [...sc.params.filter((p) => sc.cells.has(p)), ...[...sc.cells].filter((c) => !sc.params.includes(c)).sort()];
    this.info.nfast = sc.slotNames.length;
    const hidden = sc.hiddenSlots;
    if (hidden.length) {
      this.info.extraSlots = RT.profile.comprehensionFunction
        ? hidden.length
        : hidden.filter((slot) => sc.slotNames.indexOf(sc.slotNames[slot]) !== slot).length;
    }
  }

  compileFunctionBody(body: A.Stmt[]): void {
    this.setupSlots();
    if (this.scope.isGenerator) {
      // a generator function: calling it makes a generator over the frame (CO_GENERATOR)
      this.info.isGenexp = true;
      this.info.stacksize = generatorStackSize(body, RT.profile.stackDepth);
      const run = new GenCompiler(this).functionBody(body, this.scope);
      this.finishSlots();
      this.info.run = run;
      return;
    }
    const block = this.block(body, this.scope);
    this.finishSlots();
    const w = this.warmup;
    // RESUME at the start of the frame
    this.info.run = w === null ? block : (f: Frame) => {
      _PyCode_Warmup(w);
      return block(f);
    };
    this.info.computeStacksize = () => functionStackSize(body, RT.profile.stackDepth);
  }

  compileLambdaBody(node: A.Lambda): void {
    this.setupSlots();
    const E = this.expr(node.body, this.scope);
    this.finishSlots();
    this.info.computeStacksize = () => lambdaStackSize(node.body, RT.profile.stackDepth);
    const line = node.lineno;
    const w = this.warmup;
    this.info.run = (f: Frame) => {
      _PyCode_Warmup(w);
      f.lineno = line;
      f.retval = E(f);
      return RETURN;
    };
  }

  funcDef(st: A.FunctionDef, sc: Scope): St {
    const decos = st.decorator_list.map((d) => this.expr(d, sc));
    const docNode = docstringOf(st.body);
    const doc: PyObject | null = docNode ? this.fold(docNode)!.obj : null;
    const mk = this.makeFunction(st, sc, decos, doc);
    const store = this.storeName(st.name, sc);
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      for (const d of decos) vs.push(d(f));
      let fn = mk(f);
      for (let i = decos.length - 1; i >= 0; i--) {
        vs.push(fn);
        let r: PyObject;
        try {
          r = callObject(vs[base + i], [fn], null);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, st.decorator_list[i]);
        }
        vs.pop();
        Py_DECREF(fn);
        fn = r;
      }
      for (let i = decos.length - 1; i >= 0; i--) Py_DECREF(vs[base + i]);
      while (vs.length > base) vs.pop();
      store(f, fn);
      return NORMAL;
    };
  }

  classDef(st: A.ClassDef, sc: Scope): St {
    const decos = st.decorator_list.map((d) => this.expr(d, sc));
    const bases = this.elements(st.bases, sc);
    const kw = st.keywords.map((k) => ({ name: k.arg, ev: this.expr(k.value, sc) }));
    const cc = this.childCode(st, sc);
    cc.info.isClassBody = true;
    cc.compileClassBody(st);
    const code = cc.code;
    this.useConst(code);
    Py_DECREF(code);
    // the metaclass call's keyword names (compiler_call_helper, when no base is starred)
    if (kw.length && kw.every((k) => k.name !== null) && !st.bases.some((b) => b.kind === 'Starred')) this.kwnamesConst(kw.map((k) => k.name!));
    const closure = this.closureOf(cc, sc);
    const store = this.storeName(st.name, sc);
    const name = st.name;
    const qualname = cc.info.qualname;
    const classcellSlot = cc.scope.cells.has('__class__') ? cc.scope.slotNames.indexOf('__class__') : -1;
    const firstLineno = cc.firstLinenoConst;
    const build = (f: Frame): number => {
      const vs = f.vs;
      const base = vs.length;
      for (const d of decos) vs.push(d(f));
      // LOAD_BUILD_CLASS, MAKE_FUNCTION of the body: the function is made before the bases are
      // evaluated and stays on the stack (an argument of the CALL) until __build_class__ returns
      const fn = PyFunction_New(code, f.globals, S.builtins, dictGetStr(f.globals, '__name__'));
      if (closure) fn.closure = closure(f);
      vs.push(fn);
      let bs = bases(f);
      for (const b of bs) vs.push(b);
      // update_bases: a base that is not a class names its classes through __mro_entries__
      // (list[int] stands for list); the bases as written become __orig_bases__
      let origBases: PyObject[] | null = null;
      if (bs.some((b) => !(b instanceof PyType))) {
        const nb = update_bases(bs);
        if (nb !== null) {
          origBases = bs;
          bs = nb;
          for (const b of nb) vs.push(b);
        }
      }
      // the class keywords other than metaclass go to the metaclass call (and on to __init_subclass__)
      let meta: PyObject | null = null;
      const classKw: ClassKeywords = kw.length ? { names: [], values: [] } : NO_CLASS_KEYWORDS;
      for (const k of kw) {
        const v = k.ev(f);
        if (k.name === 'metaclass') meta = v;
        else if (k.name === null) {
          // **mapping: its str keys and values (borrowed from the mapping, which stays on the stack)
          vs.push(v);
          if (!(v instanceof PyDict)) throw typeError(`${name}() argument after ** must be a mapping, not ${v.ob_type.tp_name}`);
          for (const [dk, dv] of dictItems(v)) {
            if (!(dk instanceof PyStr)) throw typeError('keywords must be strings');
            if (dk.v === 'metaclass') {
              dv.ob_refcnt++;
              meta = dv;
            } else {
              classKw.names.push(dk.v);
              classKw.values.push(dv);
            }
          }
        } else {
          vs.push(v);
          classKw.names.push(k.name!);
          classKw.values.push(v);
        }
      }
      if (meta) vs.push(meta);
      // __build_class__: the bases as a tuple first (the empty one is a singleton), then the
      // namespace from the metaclass's __prepare__ (type.__prepare__: a bound builtin method
      // alive while it makes the dict)
      const basesTuple = PyTuple_New(bs.map((b) => { b.ob_refcnt++; return b; }));
      vs.push(basesTuple);
      const prep = PyObject_GetAttr(TypeType, '__prepare__');
      const ns = PyDict_New();
      Py_DECREF(prep);
      vs.push(ns);
      // the class body runs in its own frame with the namespace as f_locals
      fn.ob_refcnt++;
      const bf = new Frame(code, f.globals, ns, f, fn, cc.info.nfast, ++S.serial);
      // the class body's `__module__ = __name__` is a LOAD_NAME: globals, then builtins ('builtins'
      // under exec(src, {}))
      const modname = dictGetStr(f.globals, '__name__') ?? dictGetStr(S.builtins, '__name__');
      if (modname) {
        // PyUnicode_Intern gives a new reference, which insertdict takes (PyDict_SetItem would add one more)
        modname.ob_refcnt++;
        insertdict(ns, PyUnicode_Intern('__module__'), modname);
      }
      const qn = PyUnicode_From(qualname);
      insertdict(ns, PyUnicode_Intern('__qualname__'), qn);
      if (firstLineno !== null) {
        firstLineno.ob_refcnt++;
        insertdict(ns, PyUnicode_Intern('__firstlineno__'), firstLineno);
      }
      let cell: PyCell | null = null;
      try {
        const r = runFrameKeep(bf, (fr) => {
          if (classcellSlot >= 0) {
            cell = fr.fast[classcellSlot] as PyCell;
            cell.ob_refcnt++;
          }
        });
        Py_DECREF(r);
      } finally {
        // frame cleared by runFrameKeep
      }
      if (origBases !== null) insertdict(ns, PyUnicode_Intern('__orig_bases__'), PyTuple_New(origBases.map((b) => { b.ob_refcnt++; return b; })));
      for (const b of bs) {
        if (!(b instanceof PyType)) {
          Py_XDECREF(cell);
          throw typeError('bases must be types');
        }
      }
      // __build_class__: the given metaclass, or the first base's type, then the most derived of the bases' metaclasses
      let metaType: PyType = TypeType;
      if (meta) metaType = meta as PyType;
      else if (bs.length) metaType = (bs[0] as PyType).ob_type;
      if (metaType instanceof PyType && bs.length) {
        try {
          metaType = _PyType_CalculateMetaclass(metaType, bs);
        } catch (e) {
          Py_XDECREF(cell);
          throw e;
        }
      }
      let cls: PyObject;
      if (metaType !== TypeType && metaType.heap) {
        const nameObj = PyUnicode_From(name);
        try {
          cls = callObject(metaType, [nameObj, basesTuple, ns, ...classKw.values], classKw.names.length ? classKw.names : null);
        } finally {
          Py_DECREF(nameObj);
        }
      } else {
        // __build_class__ calls type(name, bases, ns): its argument tuple is a short-lived 3-tuple
        const nameObj = PyUnicode_From(name);
        basesTuple.ob_refcnt++;
        ns.ob_refcnt++;
        const argsTuple = PyTuple_New([nameObj, basesTuple, ns]);
        try {
          cls = type_new(metaType, name, bs as PyType[], ns, qualname, modname instanceof PyStr ? modname.v : '__main__', bs.length ? basesTuple : null, classKw);
        } finally {
          Py_DECREF(argsTuple);
        }
      }
      if (cell) {
        const c = cell as PyCell;
        cls.ob_refcnt++;
        c.ref = cls;
        Py_DECREF(c);
      }
      // release ns, the bases tuple, meta, bases, the body function (in stack order from the top)
      while (vs.length > base + decos.length) Py_DECREF(vs.pop()!);
      // CALL of __build_class__ checks the eval breaker after it returns
      if (RT.gcPending) RT.runPendingGC();
      for (let i = decos.length - 1; i >= 0; i--) {
        vs.push(cls);
        let r: PyObject;
        try {
          r = callObject(vs[base + i], [cls], null);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, st.decorator_list[i]);
        }
        vs.pop();
        Py_DECREF(cls);
        cls = r;
      }
      for (let i = decos.length - 1; i >= 0; i--) Py_DECREF(vs[base + i]);
      while (vs.length > base) vs.pop();
      store(f, cls);
      return NORMAL;
    };
    // __build_class__ and the metaclass call: at the class statement (its decorators' calls and
    // arguments are placed already)
    return (f) => {
      try {
        return build(f);
      } catch (x) {
        throw PyTraceBack_SetLasti(x, st);
      }
    };
  }

  /** 3.13+: the `__firstlineno__` constant of this class body (stored by the class statement after `__qualname__`). */
  firstLinenoConst: PyObject | null = null;

  compileClassBody(st: A.ClassDef): void {
    this.setupSlots();
    let staticAttrs: PyObject | null = null;
    if (RT.profile.classBodyExtras) {
      // the first decorator's line when the class is decorated
      const line = st.decorator_list.length ? st.decorator_list[0].lineno : st.lineno;
      this.firstLinenoConst = this.compilerConst(PyLong_From(line), constKey(BigInt(line)));
      const names = staticAttributes(st);
      staticAttrs = names.length ? this.compilerConst(PyTuple_New(names.map((n) => PyUnicode_Intern(n))), null) : EmptyTuple;
    }
    const block = this.block(st.body, this.scope);
    const setupAnnotations = eagerVariableAnnotations(this.unit) && findAnn(st.body);
    // 3.14: the class's __annotate__ function, stored as __annotate_func__ after the body
    const lam = eagerVariableAnnotations(this.unit) ? null : annotateLambda(st, this.scope.private);
    const annotate = lam ? this.makeFunction(lam, this.scope, [], null, true) : null;
    this.finishSlots();
    const w = this.warmup;
    this.info.run = (f: Frame) => {
      _PyCode_Warmup(w);
      if (setupAnnotations) SETUP_ANNOTATIONS(f.locals!);
      block(f);
      if (annotate) insertdict(f.locals!, PyUnicode_Intern('__annotate_func__'), annotate(f));
      if (staticAttrs !== null) {
        staticAttrs.ob_refcnt++;
        insertdict(f.locals!, PyUnicode_Intern('__static_attributes__'), staticAttrs);
      }
      f.retval = None;
      return RETURN;
    };
  }

  /**
   * A constant the compiler makes itself (not a literal of the source, so nothing goes to the
   * parser arena): merged with an equal constant of the file when `key` is given, and added to
   * this code's co_consts. Takes `o`; returns the constant (borrowed from co_consts).
   */
  compilerConst(o: PyObject, key: string | null): PyObject {
    const m = key === null ? o : this.merge(key, o, false);
    if (m !== o || key !== null) Py_DECREF(o);
    this.useConst(m);
    if (key === null) Py_DECREF(m);
    return m;
  }

  // ------------------------------------------------------------------ comprehensions

  /** Compiles the nested for/if clauses; `inner` runs for each produced element. */
  compLoops(gens: A.Comprehension[], sc: Scope, firstIter: Ev | null, inner: (f: Frame) => void, comp: A.Pos | null = null): (f: Frame, it0: PyObject | null) => void {
    const levels = gens.map((g, i) => ({
      iter: i === 0 && firstIter ? firstIter : this.iterExpr(g.iter, sc),
      at: comp !== null ? getIterPos(comp, g) : null,
      store: this.storeTarget(g.target, sc),
      ifs: g.ifs.map((c) => this.expr(c, sc)),
    }));
    const w = this.warmup;
    const run = (f: Frame, i: number, it0: PyObject | null): void => {
      const lv = levels[i];
      const vs = f.vs;
      let it: PyObject;
      if (i === 0 && it0) it = it0;
      else {
        const src = lv.iter(f);
        vs.push(src);
        try {
          it = PyObject_GetIter(src);
        } catch (err) {
          throw lv.at !== null ? PyTraceBack_SetLasti(err, lv.at) : err;
        }
        vs.pop();
        Py_DECREF(src);
      }
      vs.push(it);
      for (;;) {
        const x = iterNext(it);
        if (x === null) break;
        lv.store(f, x);
        let ok = true;
        for (const c of lv.ifs) if (!this.truth(c, f)) { ok = false; break; }
        if (ok) {
          if (i + 1 < levels.length) run(f, i + 1, null);
          else inner(f);
          // JUMP_BACKWARD (3.11's code threads a false filter straight back: POP_JUMP_BACKWARD_IF_FALSE)
          if (w !== null) _PyCode_Warmup(w);
        }
        if (RT.gcPending) RT.runPendingGC();
      }
      vs.pop();
      Py_DECREF(it);
    };
    return (f, it0) => run(f, 0, it0);
  }

  /**
   * 3.11's exception path out of a comprehension, which CPython runs as a function of its own: the
   * `<listcomp>` frame gets its traceback entry (PyTraceBack_Here), its value stack (the result
   * being built, the iterators) is popped, and the frame finishes with its frame object still held
   * by the traceback, which takes over its locals (`.0`, the loop variables) and its function.
   * Only the exception path pays for it: the comprehension itself runs inlined.
   */
  private comprehensionFrameError(exc: PyObject, f: Frame, e: A.ListComp | A.SetComp | A.DictComp, hidden: number[], cellHidden: number[], names: string[], it: PyObject, depth: number, fn: PyFunction): void {
    const cs = this.scopes.get(e)!;
    // co_freevars (sorted): the enclosing function's cells the comprehension or its nested scopes read
    const used = new Set<string>();
    const walk = (x: Scope) => {
      for (const n of x.used) used.add(n);
      for (const c of x.children) walk(c);
    };
    walk(cs);
    // (heaplab's enclosing frame holds such a name in a plain slot when only the comprehension
    // reads it; CPython 3.11 makes it a cell: the frame then holds the value itself)
    const frees = [...used].filter((n) => !cs.assigned.has(n) && (resolve(cs, n).k === 'cell' || resolve(cs, n).k === 'fast')).sort();
    const freeSlots = frees.map((n) => (resolve(cs, n) as { slot: number }).slot);
    let code = this.compCodes.get(e);
    if (code === undefined) {
      const name = e.kind === 'ListComp' ? '<listcomp>' : e.kind === 'SetComp' ? '<setcomp>' : '<dictcomp>';
      const varnames = ['.0', ...names, ...frees];
      const cellSlots: { slot: number; fromParam: number }[] = [];
      hidden.forEach((slot, i) => {
        if (cellHidden.includes(slot)) cellSlots.push({ slot: 1 + i, fromParam: -1 });
      });
      const info: CodeInfo = {
        ...this.info, name, qualname: qualnameOf(cs, name), firstlineno: e.lineno, argcount: 1, posonlyargcount: 0,
        kwonlyargcount: 0, varargs: false, varkw: false, paramNames: ['.0'], varnames, nfast: varnames.length,
        localNames: ['.0', ...names.filter((_, i) => !cellHidden.includes(hidden[i]))], cellNames: names.filter((_, i) => cellHidden.includes(hidden[i])),
        cellSlots, freeSlots: frees.flatMap((n, i) => (resolve(cs, n).k === 'cell' ? [1 + names.length + i] : [])), freevars: frees, run: null, isModule: false, isClassBody: false, isGenexp: false,
        isLambda: false, stacksize: undefined, computeStacksize: () => e.generators.length + (e.kind === 'DictComp' ? 3 : 2), extraSlots: 0,
      };
      code = new Code(info);
      PyObject_Init(code, 200);
      code.co_name = PyUnicode_Intern(name);
      code.co_qualname = PyUnicode_From(info.qualname);
      this.compCodes.set(e, code);
      this.useConst(code);
      Py_DECREF(code);
    }
    const cf = new Frame(code, f.globals, null, f, fn, 1 + hidden.length + frees.length, ++S.serial);
    fn.ob_refcnt++;
    it.ob_refcnt++;
    cf.fast[0] = it;
    hidden.forEach((slot, i) => {
      cf.fast[1 + i] = f.fast[slot];
      f.fast[slot] = null;
    });
    freeSlots.forEach((slot, i) => {
      const cell = f.fast[slot];
      if (cell !== null) cell.ob_refcnt++;
      cf.fast[1 + hidden.length + i] = cell;
    });
    cf.lineno = f.lineno;
    addTraceback(exc, cf);
    // the enclosing frame's instruction is the call of the comprehension's function: the comprehension
    PyTraceBack_SetLasti(new PyRaise(exc), e);
    unwindTo(f, depth);
    clearFrame(cf);
  }

  comprehension(e: A.ListComp | A.SetComp | A.DictComp, sc: Scope, fnRef: { fn: PyFunction | null } = { fn: null }): Ev {
    const cs = this.scopes.get(e)!;
    const first = this.iterExpr(e.generators[0].iter, sc);
    // resolve the comprehension's own names first so their hidden slots exist
    const hiddenBefore = cs.codeScope.slotNames.length;
    let inner: (f: Frame) => void;
    const accRef: { acc: PyObject | null } = { acc: null };
    // MAP_ADD / SET_ADD's position: 3.11's comprehension function gives its instructions the
    // whole comprehension's; inlined (3.12+), `key: value` and the element
    const own = RT.profile.versionInfo[1] === 11;
    // 3.11: the comprehension's own code object warms up on its own
    const outerWarmup = this.warmup;
    const w = own ? newCodeWarmup() : outerWarmup;
    this.warmup = w;
    if (e.kind === 'DictComp') {
      const K = this.expr(e.key, cs), V = this.expr(e.value, cs);
      const at: A.Pos = own ? e : { lineno: e.key.lineno, col_offset: e.key.col_offset, end_lineno: e.value.end_lineno, end_col_offset: e.value.end_col_offset };
      inner = (f) => {
        const k = K(f);
        f.vs.push(k);
        const v = V(f);
        f.vs.pop();
        try {
          insertdict(accRef.acc as PyDict, k, v);
        } catch (err) {
          throw PyTraceBack_SetLasti(err, at);
        }
      };
    } else {
      const E = this.expr(e.elt, cs);
      const at: A.Pos = own ? e : e.elt;
      if (e.kind === 'ListComp') inner = (f) => listAppendSteal(accRef.acc as PyList, E(f));
      else inner = (f) => {
        const v = E(f);
        f.vs.push(v);
        let h: number | bigint;
        try {
          h = ops.keyHash(v, 'set element');
        } catch (err) {
          throw PyTraceBack_SetLasti(err, at);
        } finally {
          f.vs.pop();
        }
        set_add_entry(accRef.acc as PySet, v, h);
      };
    }
    const loops = this.compLoops(e.generators, cs, first, inner, e);
    this.warmup = outerWarmup;
    const hidden: number[] = [];
    for (let i = hiddenBefore; i < cs.codeScope.slotNames.length; i++) hidden.push(i);
    const hiddenNames = hidden.map((i) => cs.codeScope.slotNames[i]);
    const cellHidden = [...cs.assigned].filter((n) => cs.cells.has(n)).map((n) => resolve(cs, n)).map((b) => (b as { slot: number }).slot);
    const kind = e.kind;
    return (f) => {
      const vs = f.vs;
      const src = first(f);
      vs.push(src);
      let it: PyObject;
      try {
        it = PyObject_GetIter(src);
      } catch (err) {
        // GET_ITER of the first iterable
        throw PyTraceBack_SetLasti(err, getIterPos(e, e.generators[0]));
      }
      vs.pop();
      Py_DECREF(src);
      const saved = accRef.acc;
      const acc = kind === 'ListComp' ? PyList_New([]) : kind === 'SetComp' ? PySet_New() : PyDict_New();
      const depth = vs.length;
      vs.push(acc);
      for (const s of cellHidden) {
        const old = f.fast[s];
        f.fast[s] = newCell();
        Py_XDECREF(old);
      }
      accRef.acc = acc;
      if (own) _PyCode_Warmup(w); // the comprehension function's RESUME
      try {
        loops(f, it);
      } catch (err) {
        if (err instanceof PyRaise && fnRef.fn !== null) this.comprehensionFrameError(err.exc, f, e, hidden, cellHidden, hiddenNames, it, depth, fnRef.fn);
        throw err;
      } finally {
        accRef.acc = saved;
        for (const s of hidden) {
          const old = f.fast[s];
          if (old !== null) {
            f.fast[s] = null;
            Py_DECREF(old);
          }
        }
      }
      vs.pop();
      return acc;
    };
  }

  genexp(e: A.GeneratorExp, sc: Scope): Ev {
    const cc = this.childCode(e, sc);
    cc.info.isGenexp = true;
    cc.info.stacksize = genexpStackSize(e, RT.profile.stackDepth);
    cc.info.argcount = 1;
    cc.setupSlots();
    const cs = cc.scope;
    const E = cc.expr(e.elt, cs);
    // the generator body: loops over .0 (slot 0) and yields elements
    const levels = e.generators.map((g, i) => ({
      iter: i === 0 ? null : cc.iterExpr(g.iter, cs),
      at: getIterPos(e, g),
      store: cc.storeTarget(g.target, cs),
      ifs: g.ifs.map((c) => cc.expr(c, cs)),
    }));
    cc.finishSlots();
    const w = cc.warmup;
    function* run(f: Frame, i: number): Generator<PyObject, void, PyObject> {
      const lv = levels[i];
      const vs = f.vs;
      let it: PyObject;
      if (i === 0) {
        it = f.fast[0]!;
        it.ob_refcnt++;
      } else {
        const src = lv.iter!(f);
        vs.push(src);
        try {
          it = PyObject_GetIter(src);
        } catch (err) {
          throw PyTraceBack_SetLasti(err, lv.at);
        }
        vs.pop();
        Py_DECREF(src);
      }
      vs.push(it);
      for (;;) {
        const x = iterNext(it);
        if (x === null) break;
        lv.store(f, x);
        let ok = true;
        for (const c of lv.ifs) if (!cc.truth(c, f)) { ok = false; break; }
        if (ok) {
          if (i + 1 < levels.length) yield* run(f, i + 1);
          else {
            Py_DECREF(yield E(f)); // the sent value is discarded (POP_TOP)
            _PyCode_Warmup(w); // RESUME
            if (RT.gcPending) RT.runPendingGC(); // RESUME after YIELD_VALUE checks the eval breaker
          }
          _PyCode_Warmup(w); // JUMP_BACKWARD (a false filter jumps back conditionally)
        }
      }
      vs.pop();
      Py_DECREF(it);
    }
    const line = e.lineno;
    const gen: GenRunner = function* (f: Frame): Generator<PyObject, void, PyObject> {
      f.lineno = line;
      _PyCode_Warmup(w);
      if (RT.gcPending) RT.runPendingGC(); // RESUME at the start of the frame
      yield* run(f, 0);
    };
    cc.info.run = gen;
    const code = cc.code;
    this.useConst(code);
    Py_DECREF(code);
    const first = this.iterExpr(e.generators[0].iter, sc);
    const closure = this.closureOf(cc, sc);
    return (f) => {
      const fn = PyFunction_New(code, f.globals, S.builtins, dictGetStr(f.globals, '__name__'));
      if (closure) fn.closure = closure(f);
      f.vs.push(fn);
      const src = first(f);
      f.vs.push(src);
      let it: PyObject;
      try {
        it = PyObject_GetIter(src);
      } catch (err) {
        // GET_ITER of the first iterable
        throw PyTraceBack_SetLasti(err, getIterPos(e, e.generators[0]));
      }
      f.vs.pop();
      Py_DECREF(src);
      f.vs.pop();
      try {
        return callPython(fn, [it], null, true);
      } finally {
        Py_DECREF(fn);
      }
    };
  }

  // ------------------------------------------------------------------ targets

  /**
   * `a, b = b, a` with one to three targets and as many values: the CFG optimizer turns BUILD_TUPLE
   * n + UNPACK_SEQUENCE n into NOPs and a SWAP (optimize_basic_block), so no tuple is made; the
   * values are stored from the first target on. Null for any other shape, and for a value that is
   * a constant tuple (LOAD_CONST + UNPACK_SEQUENCE).
   */
  assignFromTupleDisplay(target: A.Expr, value: A.Expr, sc: Scope): St | null {
    if ((target.kind !== 'Tuple' && target.kind !== 'List') || value.kind !== 'Tuple') return null;
    const n = target.elts.length;
    if (n < 1 || n > 3 || value.elts.length !== n) return null;
    if (target.elts.some((x) => x.kind === 'Starred') || value.elts.some((x) => x.kind === 'Starred')) return null;
    if (this.isConstExpr(value) && this.fold(value) !== null) return null;
    const values = value.elts.map((e) => this.expr(e, sc));
    const stores = target.elts.map((x) => this.storeTarget(x, sc));
    return (f) => {
      const vs = f.vs;
      const base = vs.length;
      for (let i = 0; i < n; i++) vs.push(values[i](f));
      // SWAP n (n <= 3) puts the first value on top
      const first = vs[base];
      vs[base] = vs[base + n - 1];
      vs[base + n - 1] = first;
      for (let i = 0; i < n; i++) stores[i](f, vs.pop()!);
      return NORMAL;
    };
  }

  storeTarget(t: A.Expr, sc: Scope): Store {
    switch (t.kind) {
      case 'Name':
        return this.storeName(t.id, sc, t);
      case 'Attribute': {
        const O = this.expr(t.value, sc), name = sc.mangle(t.attr), cache = new AttrCache();
        return (f, v) => {
          f.vs.push(v);
          const o = O(f);
          f.vs.push(o);
          try {
            storeAttr(o, name, v, cache);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, t);
          }
          f.vs.pop(); f.vs.pop();
          Py_DECREF(v);
          Py_DECREF(o);
        };
      }
      case 'Subscript': {
        const O = this.expr(t.value, sc), K = this.expr(t.slice, sc);
        return (f, v) => {
          const vs = f.vs;
          vs.push(v);
          const o = O(f);
          vs.push(o);
          const k = K(f);
          vs.push(k);
          try {
            PyObject_SetItem(o, k, v);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, t);
          }
          vs.pop(); vs.pop(); vs.pop();
          Py_DECREF(v);
          Py_DECREF(o);
          Py_DECREF(k);
        };
      }
      case 'Tuple':
      case 'List': {
        const elts = t.elts;
        const starIdx = elts.findIndex((x) => x.kind === 'Starred');
        unpackHelperCheck(t, starIdx);
        const stores = elts.map((x) => this.storeTarget(x.kind === 'Starred' ? x.value : x, sc));
        const n = elts.length;
        return (f, v) => {
          const vs = f.vs;
          vs.push(v);
          let items: PyObject[];
          if ((v.ob_type === TupleType || v.ob_type.name === 'list') && starIdx < 0 && (v as PyTuple).items.length === n) {
            items = (v as PyTuple).items.slice();
            for (const x of items) x.ob_refcnt++;
          } else {
            // UNPACK_SEQUENCE / UNPACK_EX: an error is at the target
            try {
              let arr: PyObject[];
              try {
                arr = iterToArray(v);
              } catch (err) {
                if (err instanceof PyRaise && err.exc.ob_type === TypeErrorType && !v.ob_type.heap) {
                  Py_DECREF(err.exc);
                  throw typeError(`cannot unpack non-iterable ${v.ob_type.tp_name} object`);
                }
                throw err;
              }
              if (starIdx < 0) {
                if (arr.length !== n) {
                  for (const x of arr) Py_DECREF(x);
                  if (arr.length < n) throw pyErr(ValueErrorType, `not enough values to unpack (expected ${n}, got ${arr.length})`);
                  throw pyErr(ValueErrorType, `too many values to unpack (expected ${n})`);
                }
                items = arr;
              } else {
                const after = n - starIdx - 1;
                if (arr.length < n - 1) {
                  for (const x of arr) Py_DECREF(x);
                  throw pyErr(ValueErrorType, `not enough values to unpack (expected at least ${n - 1}, got ${arr.length})`);
                }
                const mid = arr.slice(starIdx, arr.length - after);
                const l = PyList_New(mid);
                items = [...arr.slice(0, starIdx), l, ...arr.slice(arr.length - after)];
              }
            } catch (x) {
              throw PyTraceBack_SetLasti(x, t);
            }
          }
          vs.pop();
          Py_DECREF(v);
          const base = vs.length;
          for (let i = items.length - 1; i >= 0; i--) vs.push(items[i]);
          for (let i = 0; i < n; i++) {
            const x = vs.pop()!;
            stores[i](f, x);
          }
          while (vs.length > base) vs.pop();
        };
      }
      case 'Starred':
        throw new PySyntaxError('SyntaxError', 'starred assignment target must be in a list or tuple', t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1, '');
    }
    throw new PySyntaxError('SyntaxError', `cannot assign to ${t.kind.toLowerCase()}`, t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1, '');
  }

  deleteTarget(t: A.Expr, sc: Scope): St {
    switch (t.kind) {
      case 'Name':
        return this.deleteName(t.id, sc, t);
      case 'Attribute': {
        const O = this.expr(t.value, sc), name = sc.mangle(t.attr);
        return (f) => {
          const o = O(f);
          f.vs.push(o);
          try {
            PyObject_SetAttr(o, name, null);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, t);
          }
          f.vs.pop();
          Py_DECREF(o);
          return NORMAL;
        };
      }
      case 'Subscript': {
        const O = this.expr(t.value, sc), K = this.expr(t.slice, sc);
        return (f) => {
          const vs = f.vs;
          const o = O(f);
          vs.push(o);
          const k = K(f);
          vs.push(k);
          try {
            PyObject_SetItem(o, k, null);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, t);
          }
          vs.pop(); vs.pop();
          Py_DECREF(o);
          Py_DECREF(k);
          return NORMAL;
        };
      }
      case 'Tuple':
      case 'List': {
        const ds = t.elts.map((x) => this.deleteTarget(x, sc));
        return (f) => {
          for (const d of ds) d(f);
          return NORMAL;
        };
      }
    }
    throw new PySyntaxError('SyntaxError', 'cannot delete expression', t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1, '');
  }

  // ------------------------------------------------------------------ statements

  /** Compiles a statement list; the loop emits each statement's line event (one JS frame per level). */
  block(body: A.Stmt[], sc: Scope): St {
    const sts = body.map((s) => this.stmtInner(s, sc));
    const lines = body.map((s) => s.lineno);
    const n = sts.length;
    if (n === 1) {
      const st0 = sts[0], line0 = lines[0];
      return (f) => {
        f.lineno = line0;
        const es = S;
        if (++es.steps > es.maxSteps) throw new StepLimit(es.steps);
        if (es.onLine !== null) es.onLine(f);
        return st0(f);
      };
    }
    return (f) => {
      const es = S;
      for (let i = 0; i < n; i++) {
        f.lineno = lines[i];
        if (++es.steps > es.maxSteps) throw new StepLimit(es.steps);
        if (es.onLine !== null) es.onLine(f);
        const r = sts[i](f);
        if (r !== NORMAL) return r;
      }
      return NORMAL;
    };
  }

  stmtInner(s: A.Stmt, sc: Scope): St {
    switch (s.kind) {
      case 'Expr': {
        const E = this.expr(s.value, sc);
        return (f) => {
          Py_DECREF(E(f));
          return NORMAL;
        };
      }
      case 'Assign': {
        const direct = s.targets.length === 1 ? this.assignFromTupleDisplay(s.targets[0], s.value, sc) ?? this.assignSumToLocal(s.targets[0], s.value, sc) : null;
        if (direct !== null) return direct;
        const V = this.expr(s.value, sc);
        const stores = s.targets.map((t) => this.storeTarget(t, sc));
        if (stores.length === 1) {
          const st = stores[0];
          return (f) => {
            st(f, V(f));
            return NORMAL;
          };
        }
        return (f) => {
          const v = V(f);
          for (let i = 0; i < stores.length; i++) {
            if (i < stores.length - 1) v.ob_refcnt++;
            stores[i](f, v);
          }
          return NORMAL;
        };
      }
      case 'AnnAssign': {
        const ann = this.annotationStore(s, sc);
        if (!s.value) return ann ?? (() => NORMAL);
        const V = this.expr(s.value, sc);
        const st = this.storeTarget(s.target, sc);
        return (f) => {
          st(f, V(f));
          if (ann) ann(f);
          return NORMAL;
        };
      }
      case 'AugAssign':
        return this.augAssign(s, sc);
      case 'Delete': {
        const ds = s.targets.map((t) => this.deleteTarget(t, sc));
        return (f) => {
          for (const d of ds) d(f);
          return NORMAL;
        };
      }
      case 'Pass': case 'Global': case 'Nonlocal':
        return () => NORMAL;
      case 'Break':
        if (this.starLoopDepth === this.loopDepth) this.exceptStarFlowError(s);
        if (!this.loopDepth) throw new PySyntaxError('SyntaxError', "'break' outside loop", s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1, '');
        return () => BREAK;
      case 'Continue':
        if (this.starLoopDepth === this.loopDepth) this.exceptStarFlowError(s);
        if (!this.loopDepth) throw new PySyntaxError('SyntaxError', "'continue' not properly in loop", s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1, '');
        return () => CONTINUE;
      case 'Return': {
        if (!this.scope.codeScope.isFunctionLike) throw new PySyntaxError('SyntaxError', "'return' outside function", s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1, '');
        // compiler_return: a constant value puts the location on the value
        if (this.starLoopDepth >= 0) this.exceptStarFlowError(s.value && s.value.kind === 'Constant' ? s.value : s);
        const V = s.value ? this.expr(s.value, sc) : null;
        return (f) => {
          f.retval = V ? V(f) : None;
          return RETURN;
        };
      }
      case 'If': {
        const T = this.expr(s.test, sc), B = this.block(s.body, sc), O = s.orelse.length ? this.block(s.orelse, sc) : null;
        return (f) => {
          if (this.truth(T, f)) return B(f);
          return O ? O(f) : NORMAL;
        };
      }
      case 'While': {
        const T = this.expr(s.test, sc);
        this.loopDepth++;
        const B = this.block(s.body, sc);
        this.loopDepth--;
        const O = s.orelse.length ? this.block(s.orelse, sc) : null;
        const w = this.warmup, jumpsBack = loopJumpsBack(s);
        return (f) => {
          for (;;) {
            if (!this.truth(T, f)) break;
            const r = B(f);
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return r;
            if (w !== null && (jumpsBack || r === CONTINUE)) _PyCode_Warmup(w);
            if (RT.gcPending) RT.runPendingGC();
          }
          return O ? O(f) : NORMAL;
        };
      }
      case 'For': {
        const forLine = s.lineno;
        const I = this.iterExpr(s.iter, sc);
        const store = this.storeTarget(s.target, sc);
        this.loopDepth++;
        const B = this.block(s.body, sc);
        this.loopDepth--;
        const O = s.orelse.length ? this.block(s.orelse, sc) : null;
        // GET_ITER and FOR_ITER: at the `for` statement (3.11, 3.12), at the iterable (3.13+)
        const iterAt: A.Pos = RT.profile.versionInfo[1] >= 13 ? s.iter : s;
        const w = this.warmup;
        return (f) => {
          const vs = f.vs;
          const src = I(f);
          vs.push(src);
          let it: PyObject;
          try {
            it = PyObject_GetIter(src);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, iterAt);
          }
          vs.pop();
          Py_DECREF(src);
          vs.push(it);
          const base = vs.length;
          for (;;) {
            // FOR_ITER runs on the `for` line: an error from the iterator is reported there
            f.lineno = forLine;
            let x: PyObject | null;
            try {
              x = iterNext(it);
            } catch (err) {
              throw PyTraceBack_SetLasti(err, iterAt);
            }
            if (x === null) break;
            store(f, x);
            const r = B(f);
            if (r === BREAK) {
              while (vs.length > base - 1) vs.pop();
              Py_DECREF(it);
              return NORMAL;
            }
            if (r === RETURN) return r;
            if (w !== null) _PyCode_Warmup(w); // JUMP_BACKWARD
            if (RT.gcPending) RT.runPendingGC();
          }
          while (vs.length > base - 1) vs.pop();
          Py_DECREF(it);
          return O ? O(f) : NORMAL;
        };
      }
      case 'FunctionDef':
        return this.funcDef(s, sc);
      case 'ClassDef':
        return this.classDef(s, sc);
      case 'Raise':
        return this.raise(s, sc);
      case 'Try':
        return this.tryStmt(s, sc);
      case 'TryStar':
        return this.tryStarStmt(s, sc);
      case 'Assert': {
        const T = this.expr(s.test, sc), M = s.msg ? this.expr(s.msg, sc) : null;
        // compiler_assert's RAISE_VARARGS: 3.13+ at the test; 3.12 at the statement; 3.11 where
        // compiler_jump_if left the location: a comparison's, else the statement's
        const minor = RT.profile.versionInfo[1];
        const assertAt: A.Pos = minor >= 13 || (minor === 11 && s.test.kind === 'Compare') ? s.test : s;
        return (f) => {
          if (this.truth(T, f)) return NORMAL;
          const args = M ? [M(f)] : [];
          throw PyTraceBack_SetLasti(new PyRaise(newException(AssertionErrorType, args)), assertAt);
        };
      }
      case 'With':
        return this.withStmt(s, sc, 0);
      case 'Import':
        return this.importStmt(s, sc);
      case 'ImportFrom':
        return this.importFrom(s, sc);
      case 'Match': {
        const bodies: St[] = [];
        const select = compileMatch(this, s, sc, (i) => { bodies.push(this.block(s.cases[i].body, sc)); });
        return (f) => {
          const i = select(f);
          return i < 0 ? NORMAL : bodies[i](f);
        };
      }
    }
    positionedUnsupported(s as A.Pos, (s as { kind: string }).kind);
  }

  /**
   * `local = left + right` in a function (3.12+): the BINARY_OP right before a STORE_FAST
   * specializes to BINARY_OP_INPLACE_ADD_UNICODE when its left operand is the local's own str
   * (_Py_Specialize_BinaryOp looks at the next instruction), as for `local += right`: the string
   * then grows in place when nothing else holds it. Null when the statement is not of that form.
   */
  private assignSumToLocal(t: A.Expr, v: A.Expr, sc: Scope): St | null {
    if (t.kind !== 'Name' || v.kind !== 'BinOp' || v.op !== 'Add' || !RT.profile.strInplaceAddLocal || this.isConstExpr(v)) return null;
    const tb = this.bind(sc.mangle(t.id), sc);
    if (tb.k !== 'fast') return null;
    const slot = tb.slot;
    const L = this.expr(v.left, sc), R = this.expr(v.right, sc), st = this.storeTarget(t, sc);
    const site = binaryOpSite('Add', this.warmup)!;
    return (f) => {
      const vs = f.vs;
      const a = L(f);
      vs.push(a);
      const b = R(f);
      if (!isIntSite(site, a, b) && storedBySite(f, site, a, b, slot, st)) return NORMAL;
      vs.push(b);
      let r: PyObject;
      try {
        r = binaryOp(a, b, 'Add');
      } catch (x) {
        throw PyTraceBack_SetLasti(x, v);
      }
      vs.pop(); vs.pop();
      Py_DECREF(a);
      Py_DECREF(b);
      st(f, r);
      return NORMAL;
    };
  }

  augAssign(s: A.AugAssign, sc: Scope): St {
    const V = this.expr(s.value, sc), op = s.op, t = s.target;
    if (t.kind === 'Name') {
      const L = this.loadName(t.id, sc), st = this.storeName(t.id, sc), site = binaryOpSite(op, this.warmup);
      // BINARY_OP_INPLACE_ADD_UNICODE: `local += str` followed by STORE_FAST to the same local
      const tb = op === 'Add' && RT.profile.strInplaceAddLocal ? this.bind(sc.mangle(t.id), sc) : null;
      const slot = tb !== null && tb.k === 'fast' ? tb.slot : -1;
      return (f) => {
        const vs = f.vs;
        let a: PyObject;
        try {
          a = L(f);
        } catch (x) {
          // the NameError / UnboundLocalError of the load points at the target name
          throw PyTraceBack_SetLasti(x, t);
        }
        vs.push(a);
        const b = V(f);
        if (site !== null && storedBySite(f, site, a, b, slot, st)) return NORMAL;
        vs.push(b);
        const r = inplaceOp(a, b, op);
        vs.pop(); vs.pop();
        Py_DECREF(a);
        Py_DECREF(b);
        st(f, r);
        return NORMAL;
      };
    }
    if (t.kind === 'Attribute') {
      const O = this.expr(t.value, sc), name = sc.mangle(t.attr), load = new AttrCache(), store = new AttrCache();
      return (f) => {
        const vs = f.vs;
        const o = O(f);
        vs.push(o);
        let a: PyObject;
        try {
          a = loadAttr(o, name, load);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, t);
        }
        vs.push(a);
        const b = V(f);
        vs.push(b);
        const r = inplaceOp(a, b, op);
        vs.pop(); vs.pop();
        Py_DECREF(a);
        Py_DECREF(b);
        vs.push(r);
        try {
          storeAttr(o, name, r, store);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, t);
        }
        vs.pop(); vs.pop();
        Py_DECREF(r);
        Py_DECREF(o);
        return NORMAL;
      };
    }
    if (t.kind === 'Subscript') {
      const O = this.expr(t.value, sc), K = this.expr(t.slice, sc);
      return (f) => {
        const vs = f.vs;
        const o = O(f);
        vs.push(o);
        const k = K(f);
        vs.push(k);
        let a: PyObject;
        try {
          a = PyObject_GetItem(o, k);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, t);
        }
        vs.push(a);
        const b = V(f);
        vs.push(b);
        const r = inplaceOp(a, b, op);
        vs.pop(); vs.pop();
        Py_DECREF(a);
        Py_DECREF(b);
        vs.push(r);
        try {
          PyObject_SetItem(o, k, r);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, t);
        }
        vs.pop(); vs.pop(); vs.pop();
        Py_DECREF(r);
        Py_DECREF(o);
        Py_DECREF(k);
        return NORMAL;
      };
    }
    throw new PySyntaxError('SyntaxError', "'tuple' is an illegal expression for augmented assignment", s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1, '');
  }

  raise(s: A.Raise, sc: Scope): St {
    const E = s.exc ? this.expr(s.exc, sc) : null;
    const C = s.cause ? this.expr(s.cause, sc) : null;
    return (f) => {
      if (!E) {
        const h = S.handled;
        if (!h.length) throw pyErr(RuntimeErrorType, 'No active exception to reraise');
        const e = h[h.length - 1];
        e.ob_refcnt++;
        throw new PyRaise(e);
      }
      const v = E(f);
      f.vs.push(v);
      const exc = makeRaisable(v);
      f.vs.pop();
      Py_DECREF(v);
      if (C) {
        f.vs.push(exc);
        const c = C(f);
        f.vs.pop();
        let cause: PyObject | null;
        if (c === None) cause = null;
        else {
          f.vs.push(exc);
          try {
            cause = makeRaisable(c);
          } catch (err) {
            if (err instanceof PyRaise && err.exc.ob_type === TypeErrorType) {
              Py_DECREF(err.exc);
              Py_DECREF(c);
              throw typeError('exception causes must derive from BaseException');
            }
            throw err;
          } finally {
            f.vs.pop();
          }
          Py_DECREF(c);
        }
        const be = exc as PyBaseException;
        const old = be.cause;
        be.cause = cause;
        be.suppressContext = true;
        Py_XDECREF(old);
      }
      addTraceback(exc, f, true, s);
      throw new PyRaise(exc);
    };
  }

  tryStmt(s: A.Try, sc: Scope): St {
    const body = this.block(s.body, sc);
    checkDefaultExceptLast(s);
    const handlers = s.handlers.map((h) => ({
      type: h.type ? this.expr(h.type, sc) : null,
      store: h.name ? this.storeName(h.name, sc) : null,
      del: h.name ? this.deleteNameQuiet(h.name, sc) : null,
      body: this.block(h.body, sc),
      line: h.lineno,
    }));
    const orelse = s.orelse.length ? this.block(s.orelse, sc) : null;
    const finalbody = s.finalbody.length ? this.block(s.finalbody, sc) : null;
    const tryExcept = (f: Frame): number => {
      const depth = f.vs.length;
      let exc: PyObject;
      try {
        const r = body(f);
        if (r !== NORMAL || !orelse) return r;
      } catch (e0) {
        const e = asRecursionError(e0);
        if (!(e instanceof PyRaise) || !handlers.length) throw e;
        unwindTo(f, depth);
        exc = e.exc;
        addTraceback(exc, f);
        const matched = matchExceptHandler(f, handlers, exc);
        if (matched < 0) throw e;
        const h = handlers[matched];
        S.handled.push(exc);
        try {
          if (h.store) {
            exc.ob_refcnt++;
            h.store(f, exc);
          }
          try {
            return h.body(f);
          } finally {
            if (h.del) h.del(f);
          }
        } catch (e2) {
          if (e2 instanceof PyRaise && e2.exc !== exc) setContext(e2.exc, exc);
          throw e2;
        } finally {
          S.handled.pop();
          Py_DECREF(exc);
        }
      }
      return orelse!(f);
    };
    return finalbody ? this.withFinally(tryExcept, finalbody) : tryExcept;
  }

  /**
   * try/except* (compiler_try_star_except): the exception (a group, or a naked exception wrapped
   * in one) is split by each handler's type in turn, each handler running at most once on its
   * part; what the handlers raised and the unmatched rest are raised again as _PyExc_PrepReraiseStar
   * combines them.
   */
  tryStarStmt(s: A.TryStar, sc: Scope): St {
    const body = this.block(s.body, sc);
    const handlers = s.handlers.map((h) => {
      const saved = this.starLoopDepth;
      this.starLoopDepth = this.loopDepth;
      try {
        return {
          type: this.expr(h.type!, sc),
          store: h.name ? this.storeName(h.name, sc) : null,
          del: h.name ? this.deleteNameQuiet(h.name, sc) : null,
          body: this.block(h.body, sc),
          line: h.lineno,
          at: h as A.Pos,
        };
      } finally {
        this.starLoopDepth = saved;
      }
    });
    const orelse = s.orelse.length ? this.block(s.orelse, sc) : null;
    const finalbody = s.finalbody.length ? this.block(s.finalbody, sc) : null;
    const tryExcept = (f: Frame): number => {
      const depth = f.vs.length;
      try {
        const r = body(f);
        if (r !== NORMAL || !orelse) return r;
      } catch (e0) {
        const e = asRecursionError(e0);
        if (!(e instanceof PyRaise)) throw e;
        unwindTo(f, depth);
        const orig = e.exc;
        addTraceback(orig, f);
        let result: PyObject | null;
        try {
          result = exceptStarHandlers(f, handlers, orig);
        } finally {
          Py_DECREF(orig);
        }
        if (result === null) return NORMAL;
        if (result instanceof PyBaseExceptionGroup) result.reraiseFrame = f.serial;
        throw new PyRaise(result);
      }
      return orelse!(f);
    };
    return finalbody ? this.withFinally(tryExcept, finalbody) : tryExcept;
  }

  /** compiler_unwind_fblock_stack meeting an except* handler (EXCEPTION_GROUP_HANDLER). */
  exceptStarFlowError(at: A.Pos): never {
    throw new PySyntaxError('SyntaxError', "'break', 'continue' and 'return' cannot appear in an except* block", at.lineno, at.col_offset + 1, at.end_lineno, at.end_col_offset + 1, '');
  }

  /** The `finally:` around a try statement's closure (the same for try/except and try/except*). */
  withFinally(tryExcept: St, finalbody: St): St {
    return (f) => {
      const depth = f.vs.length;
      let r: number;
      try {
        r = tryExcept(f);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        unwindTo(f, depth);
        addTraceback(e.exc, f);
        S.handled.push(e.exc);
        let fr: number;
        try {
          fr = finalbody(f);
        } catch (e2) {
          if (e2 instanceof PyRaise && e2.exc !== e.exc) setContext(e2.exc, e.exc);
          S.handled.pop();
          Py_DECREF(e.exc);
          throw e2;
        }
        S.handled.pop();
        if (fr !== NORMAL) {
          Py_DECREF(e.exc);
          return fr;
        }
        throw e;
      }
      const saved = f.retval;
      if (r === RETURN) f.retval = null;
      const fr = finalbody(f);
      if (fr !== NORMAL) {
        Py_XDECREF(saved);
        return fr;
      }
      if (r === RETURN) f.retval = saved;
      return r;
    };
  }

  deleteNameQuiet(name: string, sc: Scope): (f: Frame) => void {
    const store = this.storeName(name, sc);
    const del = this.deleteName(name, sc);
    void store;
    return (f) => {
      try {
        del(f);
      } catch (e) {
        if (e instanceof PyRaise) Py_DECREF(e.exc);
        else throw e;
      }
    };
  }

  withStmt(s: A.With, sc: Scope, idx: number): St {
    const item = s.items[idx];
    const M = this.expr(item.context_expr, sc);
    const store = item.optional_vars ? this.storeTarget(item.optional_vars, sc) : null;
    const body = idx + 1 < s.items.length ? this.withStmt(s, sc, idx + 1) : this.block(s.body, sc);
    const at = withPos(s, item);
    return (f) => {
      const exit = withEnter(f, M(f), store, at);
      const depth = f.vs.length;
      let r: number;
      try {
        r = body(f);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        if (withExitRaised(f, exit, e, depth, at)) return NORMAL;
        throw e;
      }
      withExitNormal(f, exit, at);
      return r;
    };
  }

  importStmt(s: A.Import, sc: Scope): St {
    // IMPORT_NAME's operand is mangled too (`import __m` in class C imports `_C__m`; a dotted name never is)
    const items = s.names.map((a) => ({ name: sc.mangle(a.name), store: this.storeName(a.asname ?? a.name.split('.')[0], sc) }));
    return (f) => {
      for (const it of items) {
        let m: PyObject;
        try {
          m = importModule(it.name);
        } catch (x) {
          // IMPORT_NAME's position: the whole statement
          throw PyTraceBack_SetLasti(x, s);
        }
        it.store(f, m);
      }
      return NORMAL;
    };
  }

  importFrom(s: A.ImportFrom, sc: Scope): St {
    const misplaced = futureImportMisplaced(s, this.unit.future);
    if (misplaced) throw misplaced;
    if (s.level) throw new PySyntaxError('ImportError' as 'SyntaxError', 'attempted relative import with no known parent package', s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1, '');
    // IMPORT_NAME's and IMPORT_FROM's operands are mangled names
    const modname = sc.mangle(s.module ?? '');
    const items = s.names.map((a) => ({ name: sc.mangle(a.name), store: a.name === '*' ? null : this.storeName(a.asname ?? a.name, sc) }));
    return (f) => {
      let m: PyObject;
      try {
        m = importModule(modname);
      } catch (x) {
        // IMPORT_NAME's and IMPORT_FROM's position: the whole statement
        throw PyTraceBack_SetLasti(x, s);
      }
      f.vs.push(m);
      for (const it of items) {
        if (it.name === '*') {
          const d = (m as unknown as { dict: PyDict }).dict;
          // import_all_from: the names of __all__ when the module has one, each through getattr
          const all = dictGetStr(d, '__all__');
          if (all !== null) {
            for (const k of iterToArray(all)) {
              try {
                if (!(k instanceof PyStr)) throw typeError(`Item in ${modname}.__all__ must be str, not ${k.ob_type.tp_name}`);
                const v = PyObject_GetAttr(m, k.v);
                insertdict(f.locals ?? f.globals, Py_NewRef(k), v);
              } finally {
                Py_DECREF(k);
              }
            }
            continue;
          }
          for (const [k, v] of dictItems(d)) {
            if ((k as PyStr).v.startsWith('_')) continue;
            v.ob_refcnt++;
            k.ob_refcnt++;
            insertdict(f.locals ?? f.globals, k, v);
          }
          continue;
        }
        let v: PyObject;
        try {
          v = PyObject_GetAttr(m, it.name);
        } catch (e) {
          if (e instanceof PyRaise && e.exc.ob_type.isSubtype(AttributeErrorType)) {
            Py_DECREF(e.exc);
            const err = importError(ImportErrorType, `cannot import name '${it.name}' from '${modname}' (unknown location)`, modname, null, it.name);
            (err.exc as PyBaseException).suggest = { name: it.name, obj: m };
            throw PyTraceBack_SetLasti(err, s);
          }
          throw e;
        }
        it.store!(f, v);
      }
      f.vs.pop();
      Py_DECREF(m);
      return NORMAL;
    };
  }

  /** Compiles a module body. */
  compileModule(mod: A.Module, evalMode = false): void {
    this.info.isModule = true;
    this.setupSlots();
    if (evalMode) {
      const st = mod.body[0];
      if (mod.body.length !== 1 || st.kind !== 'Expr') throw new PySyntaxError('SyntaxError', 'invalid syntax', st ? st.lineno : 1, st ? st.col_offset + 1 : 1, st ? st.end_lineno : 1, st ? st.end_col_offset + 1 : 1, '');
      const E = this.expr(st.value, this.scope);
      this.finishSlots();
      const w = this.warmup;
      this.info.run = (f: Frame) => {
        _PyCode_Warmup(w);
        f.retval = E(f);
        return RETURN;
      };
      return;
    }
    const block = this.block(mod.body, this.scope);
    this.finishSlots();
    const setupAnnotations = eagerVariableAnnotations(this.unit) && findAnn(mod.body);
    const w = this.warmup;
    this.info.run = (f: Frame) => {
      _PyCode_Warmup(w);
      if (setupAnnotations) SETUP_ANNOTATIONS(f.locals ?? f.globals);
      block(f);
      return NORMAL;
    };
  }
}

/** _PyObject_FunctionStr: `module.qualname()` ("print()" for builtins), else str() of the callable. */
function funcDesc(fn: PyObject): string {
  const attrStr = (name: string): string | null => {
    const v = getAttrOrNull(fn, name);
    if (v === null) return null;
    const s = v instanceof PyStr ? v.v : v === None ? null : PyObject_Str(v);
    Py_DECREF(v);
    return s;
  };
  const qualname = attrStr('__qualname__');
  if (qualname === null) return PyObject_Str(fn);
  const module = attrStr('__module__');
  return module === null || module === 'builtins' ? `${qualname}()` : `${module}.${qualname}()`;
}

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 65536) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function newCell(): PyCell {
  return PyCell_New(null);
}
import { PyCell_New } from '../objects/funcobject';

function qualnameOf(s: Scope, name: string): string {
  const parts: string[] = [name];
  let p = s.parent;
  while (p && p.kind !== 'module') {
    if (p.kind === 'comp') { p = p.parent; continue; }
    if (p.kind === 'class') parts.unshift(p.name);
    else parts.unshift(p.name + '.<locals>');
    p = p.parent;
  }
  return parts.join('.');
}

function resolveCell(sc: Scope, name: string): number {
  const b = resolve(sc, name);
  if (b.k === 'cell' || b.k === 'classderef') return b.slot;
  // a class body passing a cell through
  const cs = sc.codeScope;
  const i = cs.slotNames.indexOf(name);
  if (i >= 0) return i;
  throw new Error(`internal: no cell for ${name}`);
}

function safeToFold(op: A.Operator, a: PyObject, b: PyObject): boolean {
  const MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096, MAX_TOTAL_ITEMS = 1024;
  const bits = (o: PyObject) => (o instanceof PyLong ? (typeof o.v === 'bigint' ? (o.v < 0n ? -o.v : o.v).toString(2).length : Math.abs(o.v) === 0 ? 0 : Math.floor(Math.log2(Math.abs(o.v))) + 1) : 0);
  const isInt = (o: PyObject) => o.ob_type === LongType || o.ob_type === BoolType;
  if (op === 'Mult') {
    if (isInt(a) && isInt(b)) {
      const va = bits(a), vb = bits(b);
      if (va && vb && va + vb > MAX_INT_SIZE) return false;
      return true;
    }
    const seqLen = (o: PyObject) => (o instanceof PyStr ? o.v.length : o instanceof PyBytes ? o.v.length : o instanceof PyTuple ? o.items.length : -1);
    const n = isInt(b) ? Number((b as PyLong).v) : isInt(a) ? Number((a as PyLong).v) : 0;
    const seq = isInt(b) ? a : b;
    const l = seqLen(seq);
    if (l >= 0 && n > 0) {
      const limit = seq instanceof PyTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
      if (l && n > limit / l) return false;
      if (seq instanceof PyTuple && l * n > MAX_TOTAL_ITEMS) return false;
    }
    return true;
  }
  if (op === 'Pow') {
    if (isInt(a) && isInt(b)) {
      const va = bits(a), wb = Number((b as PyLong).v);
      if (wb < 0) return true;
      if (va && wb && va > MAX_INT_SIZE / wb) return false;
    }
    return true;
  }
  if (op === 'LShift') {
    if (isInt(a) && isInt(b)) {
      const va = bits(a), wb = Number((b as PyLong).v);
      if (wb < 0) return false;
      if (wb > MAX_INT_SIZE || va > MAX_INT_SIZE - wb) return false;
    }
    return true;
  }
  // safe_mod: str and bytes formatting is never folded
  if (op === 'Mod' && (a instanceof PyStr || a instanceof PyBytes)) return false;
  if (op === 'Add' && a instanceof PyStr && b instanceof PyStr) return a.v.length + b.v.length <= MAX_STR_SIZE;
  return true;
}

/** One comparison `a op b` (COMPARE_OP / IS_OP / CONTAINS_OP): a new reference. */
export function compareOp(a: PyObject, b: PyObject, op: A.CmpOperator): PyObject {
  switch (op) {
    case 'Is': return a === b ? True : False;
    case 'IsNot': return a !== b ? True : False;
    case 'In': return PySequence_Contains(b, a) ? True : False;
    case 'NotIn': return PySequence_Contains(b, a) ? False : True;
    default: return PyObject_RichCompare(a, b, op);
  }
}

/** Releases value-stack entries above `depth` (exception unwinding inside a frame). */
export function unwindTo(f: Frame, depth: number): void {
  const vs = f.vs;
  while (vs.length > depth) Py_DECREF(vs.pop()!);
}

/** Sets exc.__context__ = ctx (PyErr_SetObject's chaining), avoiding cycles. */
export function setContext(exc: PyObject, ctx: PyObject): void {
  if (!(exc instanceof PyBaseException) || exc.context !== null || exc === ctx) return;
  let c: PyObject | null = ctx;
  while (c instanceof PyBaseException) {
    if (c.context === exc) {
      const x = c.context;
      c.context = null;
      Py_DECREF(x);
      break;
    }
    c = c.context;
  }
  ctx.ob_refcnt++;
  exc.context = ctx;
}

/**
 * The start of a `with` item (SETUP_WITH / BEFORE_WITH): looks up `__enter__` and `__exit__` on
 * `mgr` (a new reference, taken), calls `__enter__` and stores or drops its result. Returns
 * `__exit__`, left on the value stack (the stack owns it until withExitRaised/withExitNormal).
 */
export function withEnter(f: Frame, mgr: PyObject, store: Store | null, at: A.Pos): PyObject {
  const vs = f.vs;
  vs.push(mgr);
  let enter: PyObject, exit: PyObject;
  const special = (name: string, missed: string): PyObject => {
    try {
      return PyObject_GetAttr(mgr, name);
    } catch (e) {
      if (e instanceof PyRaise) { Py_DECREF(e.exc); throw PyTraceBack_SetLasti(typeError(`'${mgr.ob_type.tp_name}' object does not support the context manager protocol${missed}`), at); }
      throw e;
    }
  };
  if (RT.profile.versionInfo[1] >= 14) {
    // 3.14: LOAD_SPECIAL __exit__, then __enter__ (_Py_SpecialMethods' messages)
    exit = special('__exit__', ' (missed __exit__ method)');
    vs.push(exit);
    enter = special('__enter__', ' (missed __enter__ method)');
  } else {
    enter = special('__enter__', '');
    vs.push(enter);
    exit = special('__exit__', ' (missed __exit__ method)');
  }
  vs.pop(); vs.pop();
  vs.push(exit);
  Py_DECREF(mgr);
  let res: PyObject;
  try {
    res = callObject(enter, [], null);
  } catch (x) {
    throw PyTraceBack_SetLasti(x, at);
  } finally {
    Py_DECREF(enter);
  }
  if (store) store(f, res);
  else Py_DECREF(res);
  return exit;
}

/**
 * The body of a `with` raised `e`: unwinds the stack to `depth`, calls `__exit__(type, exc, tb)`
 * with the exception being handled, and pops `__exit__`. Returns true when `__exit__` suppressed
 * the exception (its reference is then released); the caller re-raises otherwise.
 */
export function withExitRaised(f: Frame, exit: PyObject, e: PyRaise, depth: number, at: A.Pos): boolean {
  unwindTo(f, depth);
  const exc = e.exc;
  addTraceback(exc, f);
  S.handled.push(exc);
  f.lineno = at.lineno;
  let sup: boolean;
  try {
    const rv = callObject(exit, [exc.ob_type, exc, None], null);
    sup = PyObject_IsTrue(rv);
    Py_DECREF(rv);
  } catch (e2) {
    if (e2 instanceof PyRaise && e2.exc !== exc) {
      setContext(e2.exc, exc);
      PyTraceBack_SetLasti(e2, at);
    }
    S.handled.pop();
    Py_DECREF(exc);
    throw e2;
  } finally {
    if (S.handled[S.handled.length - 1] === exc) S.handled.pop();
  }
  f.vs.pop();
  Py_DECREF(exit);
  if (sup) Py_DECREF(exc);
  return sup;
}

/**
 * Where a `with` item's BEFORE_WITH and `__exit__` calls sit (compiler_with): the whole statement
 * on 3.11 and 3.12, the item's context expression from 3.13.
 */
export function withPos(s: A.With, item: A.WithItem): A.Pos {
  return RT.profile.versionInfo[1] >= 13 ? item.context_expr : s;
}

/** The body of a `with` finished: calls `__exit__(None, None, None)` and pops it. */
export function withExitNormal(f: Frame, exit: PyObject, at: A.Pos): void {
  let rv: PyObject;
  try {
    rv = callObject(exit, [None, None, None], null);
  } catch (x) {
    throw PyTraceBack_SetLasti(x, at);
  }
  Py_DECREF(rv);
  f.vs.pop();
  Py_DECREF(exit);
}

/**
 * The index of the first `except` clause of `handlers` that matches `exc` (a bare `except`
 * matches anything), evaluating each clause's type expression on its line; -1 when none does.
 */
export function matchExceptHandler(f: Frame, handlers: readonly { type: Ev | null; line: number }[], exc: PyObject): number {
  for (let i = 0; i < handlers.length; i++) {
    const h = handlers[i];
    if (!h.type) return i;
    f.lineno = h.line;
    const t = h.type(f);
    let m: boolean;
    try {
      m = exceptionMatches(exc, t);
    } finally {
      Py_DECREF(t);
    }
    if (m) return i;
  }
  return -1;
}

/**
 * NameError for `name` in frame `f` (format_exc_check_arg), with what the traceback display will
 * need to suggest a name: the frame's local names and `self`, its globals and the builtins.
 */
/** LOAD_FAST_CHECK's UnboundLocalError, placed at the Name node `at` when given. */
function unboundAt(name: string, at: A.Pos | null): unknown {
  const err = pyErr(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
  return at ? PyTraceBack_SetLasti(err, at) : err;
}

/** LOAD_DEREF / DELETE_DEREF of an empty free-variable cell: a NameError that names the variable
 * (format_exc_check_arg sets `name`, so the traceback offers a suggestion). */
function unboundFreeIn(f: Frame, name: string): PyRaise {
  return nameErrorIn(f, name, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function nameErrorIn(f: Frame, name: string, message = `name '${name}' is not defined`): PyRaise {
  const err = pyErr(NameErrorType, message);
  (err.exc as PyBaseException).attrName = PyUnicode_From(name);
  const varnames = f.code.info.varnames;
  const si = varnames.indexOf('self');
  (err.exc as PyBaseException).suggest = {
    name, varnames, self: si >= 0 ? f.fast[si] : null, globals: f.globals, builtins: S.builtins,
    boundLocals: f.locals ? [] : varnames.filter((_, i) => f.fast[i] != null),
    locals: f.locals ?? undefined,
  };
  return err;
}

/**
 * LOAD_ATTR with the method flag: evaluates the receiver and leaves the callable on the value
 * stack, then `self` when the attribute is a plain method. Returns that self, or null.
 */
function pushMethod(f: Frame, O: Ev, name: string, cache: AttrCache, at: A.Pos): PyObject | null {
  const vs = f.vs;
  const base = vs.length;
  const o = O(f);
  vs.push(o);
  let fn: PyObject;
  try {
    fn = loadMethod(o, name, cache);
  } catch (x) {
    throw PyTraceBack_SetLasti(x, at);
  }
  const self = cachedMethodSelf;
  if (self !== null) {
    // the callable takes the receiver's slot; self holds its own reference, so this release
    // cannot free the receiver
    vs[base] = fn;
    Py_DECREF(o);
    vs.push(self);
  } else {
    // LOAD_ATTR releases the owner before the attribute goes on the stack
    vs.pop();
    Py_DECREF(o);
    vs.push(fn);
  }
  return self;
}

/** A JS stack overflow as the RecursionError a Python handler can catch; anything else unchanged. */
function asRecursionError(e: unknown): unknown {
  if (isStackOverflow(e)) return pyErr(RecursionErrorType, 'maximum recursion depth exceeded');
  return e;
}

/** compiler_try_except: a bare `except:` anywhere but last is a SyntaxError at that handler. */
/**
 * update_bases (Python/bltinmodule.c): each base that is not a class and has __mro_entries__ is
 * replaced by the classes that method returns, given the tuple of the original bases. New
 * references, or null when no base was replaced.
 */
function update_bases(bases: PyObject[]): PyObject[] | null {
  let out: PyObject[] | null = null;
  let orig: PyObject | null = null;
  try {
    for (let i = 0; i < bases.length; i++) {
      const b = bases[i];
      const meth = b instanceof PyType ? null : getAttrOrNull(b, '__mro_entries__');
      if (meth === null) {
        if (out) out.push(Py_NewRef(b));
        continue;
      }
      if (!out) out = bases.slice(0, i).map((x) => Py_NewRef(x));
      if (!orig) orig = PyTuple_New(bases.map((x) => Py_NewRef(x)));
      let r: PyObject;
      try {
        r = callObject(meth, [orig], null);
      } finally {
        Py_DECREF(meth);
      }
      if (!(r instanceof PyTuple)) {
        Py_DECREF(r);
        throw typeError('__mro_entries__ must return a tuple');
      }
      for (const x of r.items) out.push(Py_NewRef(x));
      Py_DECREF(r);
    }
  } catch (e) {
    if (out) for (const x of out) Py_DECREF(x);
    throw e;
  } finally {
    if (orig) Py_DECREF(orig);
  }
  return out;
}

export function checkDefaultExceptLast(s: A.Try): void {
  const n = s.handlers.length;
  for (let i = 0; i < n - 1; i++) {
    const h = s.handlers[i];
    if (!h.type) throw new PySyntaxError('SyntaxError', "default 'except:' must be last", h.lineno, h.col_offset + 1, h.end_lineno, h.end_col_offset + 1, '');
  }
}

/** An except* clause compiled: its type expression, the `as` name's store and delete, its body. */
interface StarHandler { type: Ev; store: Store | null; del: ((f: Frame) => void) | null; body: St; line: number; at: A.Pos }

/**
 * The handlers of a try/except* run on `orig` (borrowed): CHECK_EG_MATCH per clause, the handler
 * on its match, then PREP_RERAISE_STAR. Returns what to raise (new reference) or null.
 */
function exceptStarHandlers(f: Frame, handlers: readonly StarHandler[], orig: PyObject): PyObject | null {
  let rest: PyObject = orig;
  orig.ob_refcnt++;
  const raised: PyObject[] = [];
  try {
    for (const h of handlers) {
      f.lineno = h.line;
      const t = h.type(f);
      let match: PyObject;
      try {
        checkExceptStarTypeValid(t);
        const [m, r] = exceptionGroupMatch(f, rest, t, h.at);
        Py_DECREF(rest);
        rest = r;
        match = m;
      } finally {
        Py_DECREF(t);
      }
      if (match === None) continue;
      S.handled.push(match);
      try {
        if (h.store) {
          match.ob_refcnt++;
          h.store(f, match);
        }
        try {
          h.body(f);
        } finally {
          if (h.del) h.del(f);
        }
      } catch (e2) {
        if (!(e2 instanceof PyRaise)) throw e2;
        if (e2.exc !== match) setContext(e2.exc, match);
        raised.push(e2.exc);
      } finally {
        S.handled.pop();
        Py_DECREF(match);
      }
    }
    return _PyExc_PrepReraiseStar(orig, [...raised, rest]);
  } finally {
    Py_DECREF(rest);
    for (const x of raised) Py_DECREF(x);
  }
}

/** check_except_star_type_valid: exception classes (or a tuple of them), none an exception group. */
function checkExceptStarTypeValid(t: PyObject): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtype(BaseExceptionType)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  for (const x of types) {
    if ((x as PyType).isSubtype(BaseExceptionGroupType)) throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/**
 * _PyEval_ExceptionGroupMatch: [match, rest] (new references, None for none) of `exc` (None once
 * everything matched) against `t`; a naked exception that matches is wrapped in ExceptionGroup("")
 * (3.14 keeps the frame's traceback on it, at the handler clause `at`; before, __traceback__ stays None).
 */
function exceptionGroupMatch(f: Frame, exc: PyObject, t: PyObject, at: A.Pos): [PyObject, PyObject] {
  if (exc === None) return [None, None];
  if (exceptionMatches(exc, t)) {
    if (exc instanceof PyBaseExceptionGroup) {
      exc.ob_refcnt++;
      return [exc, None];
    }
    const wrapped = _PyExc_CreateExceptionGroup('', [exc], true);
    if (RT.profile.versionInfo[1] >= 14) addTraceback(wrapped, f, true, at);
    return [wrapped, None];
  }
  if (exc instanceof PyBaseExceptionGroup) {
    const [m, r] = exceptionGroupSplit(exc, t, true);
    return [m ?? None, r ?? None];
  }
  exc.ob_refcnt++;
  return [None, exc];
}

/** PyErr_GivenExceptionMatches. */
export function exceptionMatches(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => exceptionMatches(exc, x));
  if (!(t instanceof PyType) || !t.isSubtype(BaseExceptionType)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
  return exc.ob_type.isSubtype(t);
}

/**
 * unpack_helper's compile-time checks of a tuple/list assignment target whose first starred
 * element is at `starIdx` (-1 for none): one star only, and UNPACK_EX's operand limits. The
 * SyntaxError is located at the whole target.
 */
function unpackHelperCheck(t: A.Tuple | A.List, starIdx: number): void {
  if (starIdx < 0) return;
  const elts = t.elts;
  let msg: string | null = null;
  if (starIdx >= 1 << 8) msg = 'too many expressions in star-unpacking assignment';
  else if (elts.some((x, i) => i > starIdx && x.kind === 'Starred')) msg = 'multiple starred expressions in assignment';
  if (msg) throw new PySyntaxError('SyntaxError', msg, t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1, '');
}

/** The argument array of calls without arguments: frozen, so a callee that tried to keep or fill it would fail loudly. */
const NO_ARGS: PyObject[] = Object.freeze([]) as unknown as PyObject[];

/** Finishes a call whose callable is vs[base] and arguments vs[base+1..]. Returns a new reference. */
/**
 * BUILD_LIST of the items before the first starred one, then LIST_EXTEND for each starred item
 * (list_extend, with its length hint and over-allocation; `notIterable` words its TypeError) and
 * LIST_APPEND for the others. The list is left on top of the value stack while it is built, and
 * after (a new reference the caller takes over).
 */
/** The position of a comprehension's GET_ITER: the whole comprehension (3.11, 3.12), the iterable itself (3.13+). */
function getIterPos(comp: A.Pos, g: A.Comprehension): A.Pos {
  return RT.profile.versionInfo[1] >= 13 ? g.iter : comp;
}

/**
 * ast_opt.c's optimize_format (fold_binop): a str literal `%` a tuple display without starred items
 * becomes a JoinedStr when every format unit is a simple %s, %r or %a (flags, a width and a
 * precision of at most two digits each: `%-5s` is `{x!s:5}`, `%5s` `{x!s:>5}`, `%.3r` `{x!r:.3}`)
 * and there are as many units as items; null when it stays a `%` operation.
 */
function optimizeFormat(at: A.BinOp, fmt: string, elts: A.Expr[]): A.JoinedStr | null {
  if (elts.some((x) => x.kind === 'Starred')) return null;
  const pos = { lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
  const values: (A.Constant | A.FormattedValue)[] = [];
  let i = 0;
  let cnt = 0;
  for (;;) {
    // parse_literal: up to the next lone '%', with '%%' as '%'
    let lit = '';
    while (i < fmt.length) {
      if (fmt[i] !== '%') lit += fmt[i++];
      else if (i + 1 < fmt.length && fmt[i + 1] === '%') {
        lit += '%';
        i += 2;
      } else break;
    }
    if (lit !== '') values.push({ kind: 'Constant', value: lit, ...pos });
    if (i >= fmt.length) break;
    if (cnt >= elts.length) return null;
    i++;
    // simple_format_arg_parse
    let ljust = false;
    let ch = '';
    const next = (): boolean => {
      if (i >= fmt.length) return false;
      ch = fmt[i++];
      return true;
    };
    for (;;) {
      if (!next()) return null;
      if (ch === '-') ljust = true;
      else if (!'+ #0'.includes(ch)) break;
    }
    let width = -1, prec = -1;
    if (ch >= '0' && ch <= '9') {
      width = 0;
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        width = width * 10 + Number(ch);
        if (!next()) return null;
        if (++digits >= 3) return null;
      }
    }
    if (ch === '.') {
      if (!next()) return null;
      prec = 0;
      let digits = 0;
      while (ch >= '0' && ch <= '9') {
        prec = prec * 10 + Number(ch);
        if (!next()) return null;
        if (++digits >= 3) return null;
      }
    }
    if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
    let spec = '';
    if (!ljust && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += '.' + String(prec);
    const arg = elts[cnt++];
    const format_spec: A.JoinedStr | null = spec ? { kind: 'JoinedStr', values: [{ kind: 'Constant', value: spec, ...pos }], ...pos } : null;
    values.push({ kind: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0), format_spec, lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset });
  }
  if (cnt < elts.length) return null;
  return { kind: 'JoinedStr', values, ...pos };
}

function buildStarredList(f: Frame, parts: { star: boolean; ev: Ev }[], notIterable: (v: PyObject) => string, at: A.Pos | null = null): PyList {
  const vs = f.vs;
  const base = vs.length;
  const first = parts.findIndex((p) => p.star);
  for (let i = 0; i < first; i++) vs.push(parts[i].ev(f));
  const l = PyList_New(vs.splice(base, first));
  vs.push(l);
  for (let i = first; i < parts.length; i++) {
    const v = parts[i].ev(f);
    if (!parts[i].star) {
      listAppendSteal(l, v);
      continue;
    }
    vs.push(v);
    try {
      listExtend(l, v, starNotIterable(v, notIterable(v)));
    } catch (err) {
      throw at !== null ? PyTraceBack_SetLasti(err, at) : err;
    }
    vs.pop();
    Py_DECREF(v);
  }
  return l;
}

/**
 * The specialized forms of a `+` (or `-`, `*`) whose result is stored to a name (`s += t`,
 * `s = s + t`), with `a` on the value stack and `b` just computed: true when the site did the
 * store. BINARY_OP_INPLACE_ADD_UNICODE (`slot`: the local it stores to, -1 for none) drops the
 * local's reference without deallocating (_Py_DECREF_NO_DEALLOC), appends the stack's in place
 * (PyUnicode_Append) and puts the result straight into the local, skipping the STORE_FAST; a
 * float form's result goes through `st`. False: the generic path runs, nothing consumed.
 */
function storedBySite(f: Frame, site: BinaryOpSite, a: PyObject, b: PyObject, slot: number, st: Store): boolean {
  const r = site.exec(a, b, slot >= 0 && f.fast[slot] === a);
  if (r === null) return false;
  f.vs.pop();
  if (r === INPLACE_ADD_UNICODE) {
    a.ob_refcnt--;
    f.fast[slot] = PyUnicode_Append(a as PyStr, b as PyStr);
    Py_DECREF(b);
  } else st(f, r);
  return true;
}

/**
 * Whether each turn of a `while` loop ends in JUMP_BACKWARD (3.11): only when its test is a true
 * constant (`while True:`); any other test is compiled again at the bottom as a conditional
 * backward jump, which does not warm the code up (a `continue` still jumps back).
 */
export function loopJumpsBack(s: A.While): boolean {
  if (s.test.kind !== 'Constant') return false;
  const v = s.test.value;
  if (v === null) return false;
  if (typeof v === 'object') return 'bytes' in v ? v.bytes.length > 0 : 'imag' in v ? v.imag !== 0 : true;
  return typeof v === 'bigint' ? v !== 0n : Boolean(v);
}

/**
 * The adaptive BINARY_OP site of a `+`, `-` or `*` in code with warm-up `warmup`, on the profiles
 * where a specialized form can be seen (floats reused or consumed, 3.12+; a str appended in place,
 * 3.11-3.13), else null.
 */
function binaryOpSite(op: A.Operator, warmup: CodeWarmup | null): BinaryOpSite | null {
  const p = RT.profile;
  const floats = p.floatBinaryOpSpecialized;
  if (floats === 'none' && !(p.strInplaceAddLocal && op === 'Add')) return null;
  return op === 'Add' || op === 'Sub' || op === 'Mult' ? new BinaryOpSite(op, floats, warmup) : null;
}

/** The constant-merge key of a constant object (what constKey gives its literal; tuples by their items). */
function objConstKey(o: PyObject): string {
  if (o === None) return 'N';
  const t = o.ob_type;
  if (t === BoolType) return 'b' + (o === True);
  if (t === LongType) return 'i' + (o as PyLong).v;
  if (t === FloatType) return 'f' + (Object.is((o as PyFloat).v, -0) ? '-0' : String((o as PyFloat).v));
  if (t === StrType) return 's' + (o as PyStr).v;
  if (t === BytesType) return 'y' + Array.from((o as PyBytes).v).join(',');
  if (t === TupleType) return 't(' + (o as PyTuple).items.map(objConstKey).join('|') + ')';
  if (t === ComplexType) {
    // a pure imaginary (real +0.0) has the key of the imaginary literal it equals (constKey)
    const c = o as PyComplex, z = (x: number) => (Object.is(x, -0) ? '-0' : String(x));
    return c.re === 0 && !Object.is(c.re, -0) ? 'j' + z(c.im) : 'c' + z(c.re) + ',' + z(c.im);
  }
  return 'x' + t.name + PyObject_Repr(o);
}

function tryFold(op: () => PyObject): PyObject | null {
  try {
    return op();
  } catch (err) {
    if (err instanceof PyRaise) {
      Py_DECREF(err.exc);
      return null;
    }
    throw err;
  }
}

/**
 * The TypeError that LIST_EXTEND and check_args_iterable put in place of iter()'s for a starred
 * value, or undefined when `v`'s type has tp_iter or is a sequence (a class defining `__iter__` or
 * `__getitem__`): then the TypeError its own `__iter__` raised is the one seen.
 */
function starNotIterable(v: PyObject, message: string): string | undefined {
  const t = v.ob_type;
  if (t.heap && (lookupHeap(t, '__iter__') !== null || (!t.isSubtype(DictType) && lookupHeap(t, '__getitem__') !== null))) return undefined;
  return message;
}

/**
 * The items of `*v` in a call of `fn` (new references), with CPython's TypeError when `v` is not
 * iterable: a lone `*v` is checked by CALL_FUNCTION_EX (check_args_iterable names the function);
 * after or before other positional arguments it is LIST_EXTEND's "Value after *" error.
 */
function starredArgs(fn: PyObject, v: PyObject, lone: boolean): PyObject[] {
  return iterToArray(v, starNotIterable(v, lone ? `${funcDesc(fn)} argument after * must be an iterable, not ${v.ob_type.tp_name}` : `Value after * must be an iterable, not ${v.ob_type.name}`));
}

/**
 * CALL_FUNCTION_EX's positional tuple for a call with a `*` among `pos`, pushed on the value stack
 * (above the callable) and returned: a lone tuple as it is; PySequence_Tuple of a lone other
 * iterable (the call's check names the function when it is not iterable); else BUILD_LIST,
 * LIST_EXTEND (whose own message names no function) and LIST_TO_TUPLE.
 */
function starredCallTuple(f: Frame, fn: PyObject, pos: { star: boolean; ev: Ev }[]): PyTuple {
  const vs = f.vs;
  if (pos.length === 1 && pos[0].star) {
    const v = pos[0].ev(f);
    vs.push(v);
    if (v.ob_type === TupleType) return v as PyTuple;
    const t = PyTuple_New(starredArgs(fn, v, true));
    vs[vs.length - 1] = t;
    Py_DECREF(v);
    return t;
  }
  const l = buildStarredList(f, pos, (v) => `Value after * must be an iterable, not ${v.ob_type.name}`);
  const t = PyTuple_New(l.items.map((x) => { x.ob_refcnt++; return x; }));
  vs[vs.length - 1] = t;
  Py_DECREF(l);
  return t;
}

/**
 * CALL_FUNCTION_EX of a Python function or bound method (a call with `*args` or `**kwargs`), or of
 * any callable but a class when there are keywords, with
 * the objects the bytecode builds: the positional tuple (the starred value itself when it is a
 * lone tuple; PySequence_Tuple of a lone other iterable; else BUILD_LIST, LIST_EXTEND and
 * LIST_TO_TUPLE, or BUILD_TUPLE) and the keyword dict (BUILD_MAP, DICT_MERGE). 3.12+ push a
 * function's frame from them and release both before the body runs; otherwise PyObject_Call keeps
 * them, and _PyStack_UnpackDict's copy of the arguments (with its kwnames tuple) when there are
 * keywords, until the call returns.
 */
function callFunctionEx(f: Frame, base: number, fn: PyObject, pos: { star: boolean; ev: Ev }[], kws: { name: string | null; ev: Ev }[]): PyObject {
  const vs = f.vs;
  // positional arguments: the tuple sits at base + 1 while it is built
  let callargs: PyTuple;
  if (pos.some((p) => p.star)) callargs = starredCallTuple(f, fn, pos);
  else {
    const items: PyObject[] = [];
    for (const p of pos) {
      items.push(p.ev(f));
      vs.push(items[items.length - 1]);
    }
    vs.length -= items.length;
    callargs = PyTuple_New(items);
    vs.push(callargs);
  }
  // keyword arguments: compiler_call_helper's dict, at base + 2
  let kwargs: PyDict | null = null;
  if (kws.length) {
    let seen: { name: string; v: PyObject }[] = [];
    const pack = (): void => {
      // compiler_subkwargs: the named keywords since the last ** in a dict of their own
      const d = PyDict_New();
      for (const k of seen) {
        const key = PyUnicode_Intern(k.name);
        PyDict_SetItem(d, key, k.v);
        Py_DECREF(key);
      }
      vs.length -= seen.length;
      for (const k of seen) Py_DECREF(k.v);
      seen = [];
      if (kwargs) {
        vs.push(d);
        mergeKeywords(fn, kwargs, d);
        vs.pop();
        Py_DECREF(d);
      } else {
        kwargs = d;
        vs.push(d);
      }
    };
    for (const k of kws) {
      if (k.name !== null) {
        const v = k.ev(f);
        vs.push(v);
        seen.push({ name: k.name, v });
        continue;
      }
      if (seen.length) pack();
      if (!kwargs) {
        kwargs = PyDict_New();
        vs.push(kwargs);
      }
      const v = k.ev(f);
      vs.push(v);
      if (!(v instanceof PyDict)) throw typeError(`${funcDesc(fn)} argument after ** must be a mapping, not ${v.ob_type.tp_name}`);
      mergeKeywords(fn, kwargs, v);
      vs.pop();
      Py_DECREF(v);
    }
    if (seen.length) pack();
  }
  // the call: the frame's references to the arguments on the value stack, after fn
  const kw = kwargs as PyDict | null;
  const hasDict = kw !== null && kw.used > 0;
  if (isVarargsBuiltin(fn)) {
    // PyObject_Call → cfunction_call (METH_VARARGS | METH_KEYWORDS): the tuple and the dict as they are
    const argv = hasDict ? [...callargs.items, ...dictItems(kw!).map(([, v]) => v)] : callargs.items;
    const names = hasDict ? dictItems(kw!).map(([k]) => (k as PyStr).v) : null;
    let r: PyObject;
    try {
      r = (fn as PyCFunction).fn((fn as PyCFunction).self, argv, names);
    } finally {
      vs.length = base;
      Py_DECREF(callargs);
      Py_XDECREF(kw);
      Py_DECREF(fn);
    }
    if (RT.gcPending) RT.runPendingGC();
    return r;
  }
  vs.length = base + 1;
  for (const x of callargs.items) {
    x.ob_refcnt++;
    vs.push(x);
  }
  let names: string[] | null = null;
  let kwnames: PyTuple | null = null;
  if (hasDict) {
    names = [];
    const keys: PyObject[] = [];
    for (const [k, v] of dictItems(kw!)) {
      names.push((k as PyStr).v);
      k.ob_refcnt++;
      keys.push(k);
      v.ob_refcnt++;
      vs.push(v);
    }
    kwnames = PyTuple_New(keys);
  }
  if (RT.profile.callExPushesFrame && fn.ob_type === FunctionType) {
    setAfterBind(() => {
      Py_XDECREF(kwnames);
      Py_DECREF(callargs);
      Py_XDECREF(kw);
    });
    return doCall(f, base, names);
  }
  // PyObject_Call: _PyStack_UnpackDict's array holds its own reference to every argument
  const copy = hasDict ? vs.slice(base + 1) : [];
  for (const x of copy) x.ob_refcnt++;
  try {
    return doCall(f, base, names);
  } finally {
    for (const x of copy) Py_DECREF(x);
    Py_XDECREF(kwnames);
    Py_DECREF(callargs);
    Py_XDECREF(kw);
  }
}

/** DICT_MERGE of `other` into the keyword dict: keys must be strings and must not repeat. */
function mergeKeywords(fn: PyObject, into: PyDict, other: PyDict): void {
  for (const [k, v] of dictItems(other)) {
    if (!(k instanceof PyStr)) throw typeError('keywords must be strings');
    if (dictGetStr(into, k.v) !== null) throw typeError(`${funcDesc(fn)} got multiple values for keyword argument '${k.v}'`);
    PyDict_SetItem(into, k, v);
  }
}

/** CALL_NO_KW_STR_1: `str(x)` with the class at `vs[base]` and x above it; a new reference, the stack cut back. */
function callStr1(vs: PyObject[], base: number): PyObject {
  const arg = vs[base + 1];
  const r = PyObject_StrObject(arg);
  vs.length = base;
  Py_DECREF(arg);
  Py_DECREF(StrType);
  if (RT.gcPending) RT.runPendingGC();
  return r;
}

/**
 * specialize_class_call's test for CALL_ALLOC_AND_ENTER_INIT: `t` is called through type.__call__,
 * object.__new__ makes its instances, and its __init__ is a Python function without *args,
 * **kwargs or keyword-only parameters (get_init_for_simple_managed_python_class). 3.13 also needs
 * inline values (no __slots__ along the MRO) and exactly nargs + 1 parameters; 3.14 takes any
 * positional call the parameters accept. Returns that __init__, or null.
 */
function allocAndEnterInitFor(t: PyType, nargs: number): PyFunction | null {
  if (t.ob_type !== TypeType) return null;
  const init = plainPythonInit(t);
  if (init === null) return null;
  const info = init.code.info;
  if (info.varargs || info.varkw || info.kwonlyargcount) return null;
  if (RT.profile.versionInfo[1] === 13) {
    if (info.argcount !== nargs + 1) return null;
    if (t.mro.some((c) => c.slotNames !== null && c.slotNames !== undefined)) return null;
    return init;
  }
  const ndefs = init.defaults ? init.defaults.items.length : 0;
  return nargs + 1 <= info.argcount && nargs + 1 >= info.argcount - ndefs ? init : null;
}

/**
 * CALL_ALLOC_AND_ENTER_INIT: the new instance replaces the class on the stack, a shim frame holds
 * another reference to it while __init__ runs in a frame that takes self and the arguments from
 * the stack; the shim's EXIT_INIT_CHECK wants None back. Returns the instance.
 */
function callAllocAndEnterInit(vs: PyObject[], base: number, t: PyType, init: PyFunction): PyObject {
  const obj = PyInstance_New(t);
  obj.ob_refcnt++;
  vs[base] = obj;
  Py_DECREF(t);
  let r: PyObject;
  try {
    r = callPythonArgs(init, vs, base, vs.length - base, null, true, base);
  } catch (x) {
    Py_DECREF(obj);
    throw x;
  }
  if (r !== None) {
    Py_DECREF(r);
    Py_DECREF(obj);
    throw typeError(`__init__() should return None, not '${r.ob_type.tp_name}'`);
  }
  return obj;
}

export function doCall(f: Frame, base: number, kwnames: string[] | null): PyObject {
  // Kept small: this frame is on the JS stack once per Python call, so every register it saves
  // is recursion depth (the rarer paths are functions of their own).
  const vs = f.vs;
  let fn = vs[base];
  if (fn.ob_type === MethodType) fn = unpackMethodAt(vs, base, fn as PyMethod);
  if (fn.ob_type !== FunctionType) return callNonPythonAt(vs, base, kwnames, fn);
  // the new frame takes over the stack's references to the arguments
  let r: PyObject;
  try {
    r = callPythonArgs(fn as PyFunction, vs, base + 1, vs.length - base - 1, kwnames, true, base);
  } catch (e) {
    Py_DECREF(fn);
    throw e;
  }
  Py_DECREF(fn);
  return r;
}

/** A bound method at vs[base]: its function there and `self` inserted after it (the method's reference dropped). */
function unpackMethodAt(vs: PyObject[], base: number, m: PyMethod): PyObject {
  const func = m.func, self = m.self;
  func.ob_refcnt++;
  self.ob_refcnt++;
  vs[base] = func;
  vs.splice(base + 1, 0, self);
  Py_DECREF(m);
  return func;
}

/** doCall's callee that is not a Python function: a builtin, a method descriptor, a class, any callable. */
function callNonPythonAt(vs: PyObject[], base: number, kwnames: string[] | null, fn: PyObject): PyObject {
  let r: PyObject;
  const ft = fn.ob_type;
  if (fn === TypeType && kwnames === null && vs.length === base + 2) {
    // type(x): its type, as CALL_NO_KW_TYPE_1 takes it
    r = vs[base + 1].ob_type;
    r.ob_refcnt++;
  } else if (ft === CFunctionType && (fn as PyCFunction).fast1 !== null && kwnames === null && vs.length === base + 2) {
    // a one-argument builtin (METH_O, CALL_NO_KW_BUILTIN_O): no argument array
    r = (fn as PyCFunction).fast1!((fn as PyCFunction).self, vs[base + 1]);
  } else if ((ft === MethodDescrType || ft === WrapperDescrType) && (fn as PyMethodDescr).kind !== 'static' && vs.length > base + 1) {
    // a method of a builtin type called with its receiver: one argument array, not two
    const d = fn as PyMethodDescr;
    if (d.kind === 'method') checkDescrSelf(d, vs[base + 1]);
    const n = vs.length - base - 2;
    if (n === 1 && d.fast1 !== null && kwnames === null) r = d.fast1(vs[base + 1], vs[base + 2]);
    else if (n === 2 && d.fast2 !== null && kwnames === null) r = d.fast2(vs[base + 1], vs[base + 2], vs[base + 3]);
    else r = d.fn(vs[base + 1], n === 0 ? NO_ARGS : vs.slice(base + 2), kwnames);
  } else {
    const init = ft !== CFunctionType && fn instanceof PyType ? plainPythonInit(fn) : null;
    if (init !== null) r = typeCallPlainInit(fn as PyType, init, vs, base, kwnames);
    else r = callObject(fn, vs.length === base + 1 ? NO_ARGS : vs.slice(base + 1), kwnames);
  }
  for (let i = vs.length - 1; i > base; i--) Py_DECREF(vs[i]);
  while (vs.length > base) vs.pop();
  Py_DECREF(fn);
  // CALL checks the eval breaker afterwards, except the specializations that do not
  // (CALL_NO_KW_LIST_APPEND, CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE in 3.12)
  if (RT.gcPending && !noEvalBreakerCall(fn)) RT.runPendingGC();
  return r;
}

/**
 * doCall for a call whose user argument i (bit i of `mask`; `nUser` arguments) was pushed as a
 * borrowed reference (3.14 LOAD_FAST_BORROW). A Python callee keeps positional ones borrowed in
 * its fast slots; a builtin callee just uses them; nothing borrowed is released.
 */
function doCallBorrowed(f: Frame, base: number, kwnames: string[] | null, mask: number, nUser: number, selfBorrowed: boolean): PyObject {
  const vs = f.vs;
  let fn = vs[base];
  if (selfBorrowed) {
    // `self` sits just below the user arguments: fold it into the mask as argument -1
    mask = (mask << 1) | 1;
    nUser++;
  }
  if (fn.ob_type === MethodType) fn = unpackMethodAt(vs, base, fn as PyMethod);
  const userStart = vs.length - nUser;
  if (fn.ob_type === FunctionType) {
    const func = fn as PyFunction;
    const args = vs.slice(base + 1);
    while (vs.length > base) vs.pop();
    const off = userStart - (base + 1);
    if (canBorrowArgs(func, args.length - (kwnames ? kwnames.length : 0), kwnames)) setBorrowedArgs(mask << off);
    else for (let i = 0; i < nUser; i++) if (mask & (1 << i)) args[off + i].ob_refcnt++;
    // the callable's slot is gone from the stack: this call releases it, raised or not
    let r: PyObject;
    try {
      r = callPython(func, args, kwnames, true);
    } catch (e) {
      Py_DECREF(fn);
      throw e;
    }
    Py_DECREF(fn);
    return r;
  }
  const args = vs.slice(base + 1);
  let r: PyObject;
  try {
    r = callObject(fn, args, kwnames);
  } catch (err) {
    for (let i = 0; i < nUser; i++) if (mask & (1 << i)) vs[userStart + i].ob_refcnt++;
    throw err;
  }
  for (let i = vs.length - 1; i > base; i--) {
    const j = i - userStart;
    if (j >= 0 && mask & (1 << j)) continue;
    Py_DECREF(vs[i]);
  }
  while (vs.length > base) vs.pop();
  Py_DECREF(fn);
  if (RT.gcPending) RT.runPendingGC();
  return r;
}

/** dict_subscript of an exact dict: the value (new reference), or null when the key is missing (no __missing__ on an exact dict). */
function dictSubscriptOrNull(d: PyDict, k: PyObject): PyObject | null {
  const i = dictLookup(d, k);
  if (i < 0) return null;
  const v = d.vals[i]!;
  v.ob_refcnt++;
  return v;
}

function noEvalBreakerCall(fn: PyObject): boolean {
  if (fn.ob_type === MethodDescrType) return (fn as PyMethodDescr).name === 'append' && (fn as PyMethodDescr).owner.name === 'list';
  if (fn.ob_type === CFunctionType) {
    const n = (fn as PyCFunction).name;
    return (n === 'len' || n === 'isinstance') && (fn as PyCFunction).self === null;
  }
  return false;
}

/**
 * CALL_FUNCTION_EX without keywords of a callable other than a Python function (`fn` is at the top
 * of the stack): the positional tuple is the starred value itself when it is a lone tuple,
 * PySequence_Tuple of a lone other iterable, else BUILD_LIST, LIST_EXTEND and LIST_TO_TUPLE; it is
 * held until the call returns. PyObject_Call hands it as it is to a tp_call (a class through
 * type.__call__, a METH_VARARGS builtin); a vectorcall callee gets its items (_PyVectorcall_Call).
 */
function callStarredNonPython(f: Frame, fn: PyObject, pos: { star: boolean; ev: Ev }[]): PyObject {
  const vs = f.vs;
  const callargs = starredCallTuple(f, fn, pos);
  let r: PyObject;
  try {
    // a builtin type's type_call passes the tuple to tp_new if it has no vectorcall
    if (takesTupleAsIs(fn) || (fn instanceof PyType && !fn.heap && !fn.isExc)) r = type_call(fn as PyType, callargs.items, null, callargs);
    else if (isVarargsBuiltin(fn)) r = (fn as PyCFunction).fn((fn as PyCFunction).self, callargs.items, null);
    else r = callObject(fn, callargs.items.length ? callargs.items : NO_ARGS, null);
  } finally {
    vs.pop();
    Py_DECREF(callargs);
    vs.pop();
    Py_DECREF(fn);
  }
  if (RT.gcPending) RT.runPendingGC();
  return r;
}

/**
 * A builtin whose C function takes its positional arguments as a tuple (METH_VARARGS), so
 * PyObject_Call hands it CALL_FUNCTION_EX's tuple unchanged. Not print, nor gc.get_referrers and
 * gc.get_referents from 3.13: their Argument Clinic parsers (METH_FASTCALL) pack `*args` into a
 * tuple of their own whatever the call passes.
 */
function isVarargsBuiltin(fn: PyObject): boolean {
  if (fn.ob_type !== CFunctionType) return false;
  const cf = fn as PyCFunction;
  if (!cf.varargs || !builtinTakesArgTuple(cf) || cf.name === 'print') return false;
  return RT.profile.versionInfo[1] <= 12 || (cf.name !== 'get_referrers' && cf.name !== 'get_referents');
}

/**
 * A callable that CALL_FUNCTION_EX's PyObject_Call gives an exact tuple as it is: a class without
 * vectorcall whose call is type.__call__ (no metaclass `__call__`), or an exception class
 * (BaseException_new keeps the tuple as `args`).
 */
function takesTupleAsIs(fn: PyObject): boolean {
  if (!(fn instanceof PyType) || !(fn.heap || fn.isExc) || exceptionHasVectorcall(fn)) return false;
  const mt = fn.ob_type;
  return mt === TypeType || !(mt.heap && lookupHeap(mt, '__call__') !== null);
}

/** Runs a frame (class body) and lets `peek` see it before it is cleared. */
function runFrameKeep(f: Frame, peek: (f: Frame) => void): PyObject {
  const code = f.code;
  const orig = code.info.run as (f: Frame) => number;
  const wrapped = (fr: Frame) => {
    const r = orig(fr);
    peek(fr);
    return r;
  };
  code.info.run = wrapped;
  try {
    return runFrame(f);
  } finally {
    code.info.run = orig;
  }
}

/** dict.update(mapping) used by `{**m}`. */
/** DICT_UPDATE (`{**m}`): PyDict_Update, whose AttributeError (no `keys`) becomes "'X' object is not a mapping". */
function DICT_UPDATE(d: PyDict, m: PyObject): void {
  try {
    dictUpdate(d, m);
  } catch (err) {
    if (err instanceof PyRaise && err.exc.ob_type.isSubtype(AttributeErrorType)) {
      Py_DECREF(err.exc);
      throw typeError(`'${m.ob_type.tp_name}' object is not a mapping`);
    }
    throw err;
  }
}

export function dictUpdate(d: PyDict, m: PyObject): void {
  if (m instanceof PyDict && !(m.ob_type.heap && lookupHeap(m.ob_type, '__iter__'))) {
    dict_merge(d, m);
    return;
  }
  if (m instanceof PyDict) {
    for (const [k, v] of dictItems(m)) PyDict_SetItem(d, k, v);
    return;
  }
  const keys = PyObject_GetAttr(m, 'keys');
  const ks = callObject(keys, [], null);
  Py_DECREF(keys);
  const arr = iterToArray(ks);
  Py_DECREF(ks);
  for (const k of arr) {
    const v = PyObject_GetItem(m, k);
    insertdict(d, k, v);
  }
}

/** The module importer (installed by the interpreter). */
export let importModule: (name: string) => PyObject = (name) => {
  throw importError(ModuleNotFoundErrorType, `No module named '${name}'`, name);
};
/** Installs the module importer. */
export function setImporter(f: (name: string) => PyObject): void {
  importModule = f;
}

/** Compiles a module AST into a code object (the module's code; child codes are in its co_consts). */
export function compileModule(mod: A.Module, unit: CompileUnit, evalMode = false): PyCode {
  // future_parse reads the statements as parsed, before the docstring becomes a `__doc__` store
  unit.future = futureFeaturesOf(mod);
  if (!evalMode) applyDocstrings(mod, RT.profile.cleanDocstrings);
  const { top, scopes } = buildSymtable(mod, RT.profile.functionAnnotations, eagerVariableAnnotations(unit), unit.namesInLocals);
  const cc = new CodeCompiler(unit, scopes, top, { name: '<module>', qualname: '<module>', firstlineno: 1 }, null);
  cc.compileModule(mod, evalMode);
  return cc.code;
}

export { clearFrame, PyObject_RichCompareBool };
void dictLookup;
void PyObject_Init;
void _PyObject_GC_TRACK;
void PyBytes;
void PyFloat;
void BytesType;
void EmptyTuple;
void listExtend;
