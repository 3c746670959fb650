// Models Python/compile.c's compiler_match and compiler_pattern_* (CPython 3.11-3.14) together
// with the opcodes they emit: MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS
// (Python/ceval.c's match_keys and match_class), GET_LEN, UNPACK_SEQUENCE/UNPACK_EX, COPY and the
// fail_pop blocks. A pattern matches the object on top of the frame's value stack and consumes
// it; the captures are held until the whole pattern has matched, then stored in compile order.
import type * as A from '../parser/ast';
import { PySyntaxError } from '../parser/errors';
import { PyObject, PyType, Py_DECREF, Py_NewRef, RT, StepLimit, ObjectType, TypeType } from '../objects/object';
import { None } from '../objects/singletons';
import { False, True, PyLong_From, LongType, BoolType } from '../objects/longobject';
import { FloatType } from '../objects/floatobject';
import { StrType, PyStr } from '../objects/unicodeobject';
import { BytesType, ByteArrayType } from '../objects/bytesobject';
import { EmptyTuple, PyTuple, PyTuple_New, TupleType, _PyTuple_FromArray } from '../objects/tupleobject';
import { ListType, PyList_New } from '../objects/listobject';
import { DictType, PyDict, PyDict_New, dict_merge } from '../objects/dictobject';
import { FrozenSetType, PySet, PySet_New, PySet_Add, SetType, set_lookkey } from '../objects/setobject';
import { RangeType } from '../objects/iterobject';
import { ValueErrorType, pyErr, typeError } from '../objects/exceptions';
import {
  PyObject_GetItem, PyObject_IsTrue, PyObject_RichCompare, PyObject_SetItem, PyObject_Size, callObject, callOneArgTruth, _PyObject_LookupAttr,
  getMethodFast, iterToArray, methodSelf, PyObject_Repr, _PyObject_LookupSpecial, PyObject_GetIter, iterNext, listExtend,
} from '../abstract';
import { PyTraceBack_SetLasti } from '../objects/traceback';
import { Frame, S } from './frame';
import type { CodeCompiler, Ev, Store } from './compile';
import type { Scope } from './symtable';
import { checkCasePattern, isWildcard, isWildcardStar } from './compile_patterns';

/** A compiled pattern: matches the object on top of `f.vs` and pops it; captures go to `caps`. */
type PM = (f: Frame, caps: PyObject[]) => boolean;

/** The builtin types whose instances match `C(x)` as themselves (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF: readonly PyType[] = [BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, LongType, ListType, SetType, StrType, TupleType];

/** Whether `t` or a type it inherits its flags from (tp_base chain) is one of `types`. */
function inheritsFlag(t: PyType, types: readonly PyType[]): boolean {
  for (let b: PyType | null = t; b !== null; b = b.base) if (types.includes(b)) return true;
  return false;
}

/** Py_TPFLAGS_SEQUENCE: list, tuple, range and their subclasses (str, bytes and bytearray are not sequences here). */
export function MATCH_SEQUENCE(o: PyObject): boolean {
  return inheritsFlag(o.ob_type, [ListType, TupleType, RangeType]);
}

/** Py_TPFLAGS_MAPPING: dict and its subclasses. */
export function MATCH_MAPPING(o: PyObject): boolean {
  return inheritsFlag(o.ob_type, [DictType]);
}

/** PySet_Contains || PySet_Add, as match_keys/match_class_attr test a key against `seen`. */
function seenBefore(seen: PySet, key: PyObject): boolean {
  if (set_lookkey(seen, key) >= 0) return true;
  PySet_Add(seen, key);
  return false;
}

/**
 * match_keys (ceval.c): the values of `keys` in `map` through `map.get(key, dummy)`, as a new
 * tuple, or null when a key is missing. Raises ValueError for a key that repeats.
 */
export function match_keys(map: PyObject, keys: PyTuple): PyTuple | null {
  const nkeys = keys.items.length;
  if (!nkeys) return EmptyTuple;
  const get = getMethodFast(map, 'get');
  const self = methodSelf;
  let seen: PySet | null = null, dummy: PyObject | null = null, values: PyTuple | null = null;
  try {
    seen = PySet_New();
    dummy = callObject(ObjectType, [], null);
    values = PyTuple_New(Array.from({ length: nkeys }, () => Py_NewRef(None)));
    for (let i = 0; i < nkeys; i++) {
      const key = keys.items[i];
      if (seenBefore(seen, key)) {
        const r = PyObject_Repr(key);
        throw pyErr(ValueErrorType, `mapping pattern checks duplicate key (${r})`);
      }
      const value: PyObject = self !== null ? callObject(get, [self, key, dummy], null) : callObject(get, [key, dummy], null);
      if (value === dummy) {
        Py_DECREF(value);
        Py_DECREF(values);
        values = null;
        return null;
      }
      const old = values.items[i];
      values.items[i] = value;
      Py_DECREF(old);
    }
    const r = values;
    values = null;
    return r;
  } finally {
    if (values !== null) Py_DECREF(values);
    Py_DECREF(get);
    if (self !== null) Py_DECREF(self);
    if (seen !== null) Py_DECREF(seen);
    if (dummy !== null) Py_DECREF(dummy);
  }
}

/** PyObject_IsInstance for a class: the exact type, a metaclass's `__instancecheck__`, then the MRO. */
function PyObject_IsInstance(inst: PyObject, cls: PyType): boolean {
  if (inst.ob_type === cls) return true;
  if (cls.ob_type !== TypeType) {
    const checker = _PyObject_LookupSpecial(cls, '__instancecheck__');
    if (checker !== null) return callOneArgTruth(checker, inst);
  }
  return inst.ob_type.isSubtype(cls);
}

/** match_class_attr: getattr(subject, name) or null, refusing a name already matched. */
function match_class_attr(subject: PyObject, type: PyType, name: PyObject, seen: PySet): PyObject | null {
  if (seenBefore(seen, name)) throw typeError(`${type.tp_name}() got multiple sub-patterns for attribute ${PyObject_Repr(name)}`);
  return _PyObject_LookupAttr(subject, (name as PyStr).v);
}

/**
 * match_class (ceval.c): the tuple of the `nargs` positional attributes (`__match_args__`, or the
 * subject itself for the self-matching builtins) and the keyword attributes `kwargs`, or null
 * when the subject is not an instance or lacks an attribute.
 */
export function match_class(subject: PyObject, type: PyObject, nargs: number, kwargs: PyTuple): PyTuple | null {
  if (!(type instanceof PyType)) throw typeError(RT.profile.versionInfo[1] >= 12 ? 'called match pattern must be a class' : 'called match pattern must be a type');
  if (!PyObject_IsInstance(subject, type)) return null;
  const seen = PySet_New();
  const attrs = PyList_New([]);
  let matchArgs: PyObject | null = null;
  try {
    if (nargs) {
      let matchSelf = false;
      matchArgs = _PyObject_LookupAttr(type, '__match_args__');
      if (matchArgs !== null) {
        if (matchArgs.ob_type !== TupleType) throw typeError(`${type.tp_name}.__match_args__ must be a tuple (got ${matchArgs.ob_type.tp_name})`);
      } else {
        matchArgs = EmptyTuple;
        matchSelf = inheritsFlag(type, MATCH_SELF);
      }
      const names = (matchArgs as PyTuple).items;
      const allowed = matchSelf ? 1 : names.length;
      if (allowed < nargs) throw typeError(`${type.tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      if (matchSelf) attrs.items.push(Py_NewRef(subject));
      else {
        for (let i = 0; i < nargs; i++) {
          const name = names[i];
          if (name.ob_type !== StrType) throw typeError(`__match_args__ elements must be strings (got ${name.ob_type.tp_name})`);
          const attr = match_class_attr(subject, type, name, seen);
          if (attr === null) return null;
          attrs.items.push(attr);
        }
      }
      Py_DECREF(matchArgs);
      matchArgs = null;
    }
    for (const name of kwargs.items) {
      const attr = match_class_attr(subject, type, name, seen);
      if (attr === null) return null;
      attrs.items.push(attr);
    }
    // PyList_AsTuple
    return _PyTuple_FromArray(attrs.items.map((x) => Py_NewRef(x)));
  } finally {
    if (matchArgs !== null) Py_DECREF(matchArgs);
    Py_DECREF(seen);
    Py_DECREF(attrs);
  }
}

/** Pops and releases the top `n` items of the value stack (a fail_pop block). */
function failPop(f: Frame, n: number): void {
  const vs = f.vs;
  for (let i = 0; i < n; i++) Py_DECREF(vs.pop()!);
}

/** Pushes `items` so that items[0] is on top (UNPACK_SEQUENCE's order). */
function pushReversed(f: Frame, items: PyObject[]): void {
  for (let i = items.length - 1; i >= 0; i--) f.vs.push(items[i]);
}

/** A line event for an instruction of `line`, when it starts a new line (CPython's line tracing). */
function lineEvent(f: Frame, line: number): void {
  if (f.lineno === line) return;
  f.lineno = line;
  const es = S;
  if (++es.steps > es.maxSteps) throw new StepLimit(es.steps);
  if (es.onLine !== null) es.onLine(f);
}

/** Compiles patterns of one code object (compiler_pattern and its helpers). */
class PatternCompiler {
  /** pc->on_top: values under the one being matched that the pattern must keep. */
  private onTop = 0;
  /** pc->stores: the names captured so far, in store order. */
  stores: string[] = [];
  /** 3.11's current location after compiling: the line of the last pattern compiled. */
  lastLine = 0;

  constructor(private readonly cc: CodeCompiler, private readonly sc: Scope) {}

  /** Starts a case: no values kept, nothing captured. */
  reset(): void {
    this.onTop = 0;
    this.stores = [];
  }

  /** A synthetic tuple display of `elts` at `at`, compiled as the compiler folds or builds it. */
  private tuple(elts: A.Expr[], at: A.Pos): Ev {
    const node: A.Tuple = { kind: 'Tuple', elts, ctx: 'Load', lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
    return this.cc.expr(node, this.sc);
  }

  /** compiler_pattern: a pattern whose first instruction is at its own line (a line event when that line is new). */
  pattern(p: A.Pattern): PM {
    this.lastLine = p.lineno;
    const m = this.patternInner(p);
    if (p.kind === 'MatchStar' || (p.kind === 'MatchAs' && p.pattern === null)) return m;
    const line = p.lineno;
    return (f, caps) => {
      lineEvent(f, line);
      return m(f, caps);
    };
  }

  private patternInner(p: A.Pattern): PM {
    switch (p.kind) {
      case 'MatchValue': return this.value(p);
      case 'MatchSingleton': {
        const c = p.value === null ? None : p.value ? True : False;
        return (f) => {
          const v = f.vs.pop()!;
          Py_DECREF(v);
          return v === c;
        };
      }
      case 'MatchSequence': return this.sequence(p);
      case 'MatchMapping': return this.mapping(p);
      case 'MatchClass': return this.klass(p);
      case 'MatchStar': return this.store(p.name, p);
      case 'MatchAs': {
        if (p.pattern === null) return this.store(p.name, p);
        this.onTop++;
        const inner = this.pattern(p.pattern);
        this.onTop--;
        const store = this.store(p.name, p);
        return (f, caps) => {
          const vs = f.vs;
          const v = vs[vs.length - 1];
          v.ob_refcnt++;
          vs.push(v);
          if (!inner(f, caps)) {
            failPop(f, 1);
            return false;
          }
          return store(f, caps);
        };
      }
      case 'MatchOr': return this.or(p);
    }
  }

  /** pattern_helper_store_name: holds the value as a capture (or drops it for `_`). */
  private store(name: string | null, at: A.Pos): PM {
    const line = at.lineno;
    if (name === null) return (f) => { lineEvent(f, line); Py_DECREF(f.vs.pop()!); return true; };
    // the rotation under the kept values and earlier captures is an instruction only when there are some
    const rotates = this.onTop + this.stores.length > 0;
    this.stores.push(name);
    if (!rotates) return (f, caps) => { caps.push(f.vs.pop()!); return true; };
    return (f, caps) => { lineEvent(f, line); caps.push(f.vs.pop()!); return true; };
  }

  /** compiler_pattern_value: `subject == value`. */
  private value(p: A.MatchValue): PM {
    const V = this.cc.expr(p.value, this.sc);
    return (f) => {
      const vs = f.vs;
      const v = V(f);
      vs.push(v);
      const subj = vs[vs.length - 2];
      let r: PyObject;
      try {
        r = PyObject_RichCompare(subj, v, 'Eq');
      } catch (x) {
        throw PyTraceBack_SetLasti(x, p);
      }
      vs.pop(); vs.pop();
      Py_DECREF(subj);
      Py_DECREF(v);
      return truthAt(f, r, p);
    };
  }

  /** compiler_pattern_sequence with pattern_helper_sequence_subscr / _unpack. */
  private sequence(p: A.MatchSequence): PM {
    const pats = p.patterns, size = pats.length;
    const star = pats.findIndex((x) => x.kind === 'MatchStar');
    const starWildcard = star >= 0 && isWildcardStar(pats[star]);
    const onlyWildcard = pats.every((x) => isWildcard(x) || isWildcardStar(x));
    const check = (f: Frame): boolean => {
      const vs = f.vs;
      const subj = vs[vs.length - 1];
      if (!MATCH_SEQUENCE(subj)) { failPop(f, 1); return false; }
      if (star < 0 || size - 1 > 0) {
        let n: number;
        try {
          n = PyObject_Size(subj);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, p);
        }
        if (star < 0 ? n !== size : n < size - 1) { failPop(f, 1); return false; }
      }
      return true;
    };
    if (onlyWildcard) return (f) => { if (!check(f)) return false; failPop(f, 1); return true; };
    const o = this.onTop;
    if (starWildcard) {
      this.onTop = o + 1;
      const subs = pats.map((x, i) => (isWildcard(x) || i === star ? null : this.pattern(x)));
      this.onTop = o;
      return (f, caps) => {
        if (!check(f)) return false;
        const vs = f.vs;
        const subj = vs[vs.length - 1];
        for (let i = 0; i < size; i++) {
          const sub = subs[i];
          if (sub === null) continue;
          let item: PyObject;
          try {
            const idx = PyLong_From(i < star ? i : PyObject_Size(subj) - (size - i));
            vs.push(idx);
            item = PyObject_GetItem(subj, idx);
            vs.pop();
            Py_DECREF(idx);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, p);
          }
          vs.push(item);
          if (!sub(f, caps)) { failPop(f, 1); return false; }
        }
        failPop(f, 1);
        return true;
      };
    }
    const subs = pats.map((x, i) => { this.onTop = o + size - 1 - i; return this.pattern(x); });
    this.onTop = o;
    return (f, caps) => {
      if (!check(f)) return false;
      const vs = f.vs;
      const subj = vs[vs.length - 1];
      let items: PyObject[];
      try {
        items = unpack(subj, size, star);
      } catch (x) {
        throw PyTraceBack_SetLasti(x, p);
      }
      vs.pop();
      Py_DECREF(subj);
      pushReversed(f, items);
      for (let i = 0; i < size; i++) {
        if (!subs[i](f, caps)) { failPop(f, size - 1 - i); return false; }
      }
      return true;
    };
  }

  /** compiler_pattern_mapping: MATCH_MAPPING, the length check, MATCH_KEYS and `**rest`. */
  private mapping(p: A.MatchMapping): PM {
    const size = p.keys.length, rest = p.rest;
    const K = this.tuple(p.keys, p);
    const o = this.onTop;
    const subs = p.patterns.map((x, i) => { this.onTop = o + 2 + size - 1 - i; return this.pattern(x); });
    this.onTop = o;
    const storeRest = rest === null ? null : this.store(rest, p);
    return (f, caps) => {
      const vs = f.vs;
      const subj = vs[vs.length - 1];
      if (!MATCH_MAPPING(subj)) { failPop(f, 1); return false; }
      if (!size && rest === null) { failPop(f, 1); return true; }
      if (size) {
        let n: number;
        try {
          n = PyObject_Size(subj);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, p);
        }
        if (n < size) { failPop(f, 1); return false; }
      }
      const keys = K(f) as PyTuple;
      vs.push(keys);
      let values: PyTuple | null;
      try {
        values = match_keys(subj, keys);
      } catch (x) {
        throw PyTraceBack_SetLasti(x, p);
      }
      if (values === null) { failPop(f, 2); return false; }
      const items = values.items.map((x) => Py_NewRef(x));
      Py_DECREF(values);
      pushReversed(f, items);
      for (let i = 0; i < size; i++) {
        if (!subs[i](f, caps)) { failPop(f, size - 1 - i + 2); return false; }
      }
      if (rest === null) { failPop(f, 2); return true; }
      // rest = dict(subject); for key in keys: del rest[key]  (last key first)
      const copy = PyDict_New();
      vs.push(copy);
      try {
        if (subj instanceof PyDict) dict_merge(copy, subj);
        else throw typeError(`'${subj.ob_type.tp_name}' object is not a mapping`);
      } catch (x) {
        throw PyTraceBack_SetLasti(x, p);
      }
      vs.splice(vs.length - 3, 2);
      Py_DECREF(subj);
      const ks = keys.items.map((x) => Py_NewRef(x));
      Py_DECREF(keys);
      pushReversed(f, ks);
      for (let i = size - 1; i >= 0; i--) {
        const k = vs[vs.length - 1 - i];
        try {
          PyObject_SetItem(copy, k, null);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, p);
        }
        vs.splice(vs.length - 1 - i, 1);
        Py_DECREF(k);
      }
      return storeRest!(f, caps);
    };
  }

  /** compiler_pattern_class: MATCH_CLASS, then the attributes' sub-patterns. */
  private klass(p: A.MatchClass): PM {
    const C = this.cc.expr(p.cls, this.sc);
    const names = this.tuple(p.kwd_attrs.map((a, i) => {
      const at = p.kwd_patterns[i];
      return { kind: 'Constant', value: a, lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset } as A.Constant;
    }), p);
    const all = [...p.patterns, ...p.kwd_patterns];
    const nargs = p.patterns.length, n = all.length;
    const o = this.onTop;
    const subs = all.map((x, i) => { this.onTop = o + n - 1 - i; return isWildcard(x) ? null : this.pattern(x); });
    this.onTop = o;
    return (f, caps) => {
      const vs = f.vs;
      const cls = C(f);
      vs.push(cls);
      const kw = names(f) as PyTuple;
      vs.push(kw);
      const subj = vs[vs.length - 3];
      let attrs: PyTuple | null;
      try {
        attrs = match_class(subj, cls, nargs, kw);
      } catch (x) {
        vs.pop(); vs.pop(); vs.pop();
        Py_DECREF(subj); Py_DECREF(cls); Py_DECREF(kw);
        throw PyTraceBack_SetLasti(x, p);
      }
      vs.pop(); vs.pop(); vs.pop();
      Py_DECREF(subj); Py_DECREF(cls); Py_DECREF(kw);
      if (attrs === null) return false;
      const items = attrs.items.map((x) => Py_NewRef(x));
      Py_DECREF(attrs);
      pushReversed(f, items);
      for (let i = 0; i < n; i++) {
        const sub = subs[i];
        if (sub === null) { failPop(f, 1); continue; }
        if (!sub(f, caps)) { failPop(f, n - 1 - i); return false; }
      }
      return true;
    };
  }

  /** compiler_pattern_or: each alternative on a copy; the captures reordered as the first alternative binds them. */
  private or(p: A.MatchOr): PM {
    const stores: string[][] = [];
    const saved = { stores: this.stores, onTop: this.onTop };
    const alts = p.patterns.map((alt) => {
      this.stores = [];
      this.onTop = 0;
      const m = this.pattern(alt);
      stores.push(this.stores);
      return m;
    });
    this.stores = saved.stores;
    this.onTop = saved.onTop;
    const control = stores[0];
    this.stores.push(...control);
    const perms = stores.map((names) => control.map((nm) => names.indexOf(nm)));
    return (f, caps) => {
      const vs = f.vs;
      const subj = vs[vs.length - 1];
      for (let i = 0; i < alts.length; i++) {
        subj.ob_refcnt++;
        vs.push(subj);
        const base = caps.length;
        if (alts[i](f, caps)) {
          const mine = caps.splice(base);
          const perm = perms[i];
          for (let j = 0; j < perm.length; j++) caps.push(mine[perm[j]]);
          failPop(f, 1);
          return true;
        }
        for (const c of caps.splice(base)) Py_DECREF(c);
      }
      failPop(f, 1);
      return false;
    };
  }
}

/** POP_JUMP_IF_FALSE on a comparison's result (TO_BOOL), with the error at the pattern. */
function truthAt(f: Frame, r: PyObject, at: A.Pos): boolean {
  if (r === True) return true;
  if (r === False) return false;
  f.vs.push(r);
  let t: boolean;
  try {
    t = PyObject_IsTrue(r);
  } catch (x) {
    throw PyTraceBack_SetLasti(x, at);
  }
  f.vs.pop();
  Py_DECREF(r);
  return t;
}

/** UNPACK_SEQUENCE (no star) or UNPACK_EX (star at `star`) of a sequence of `size` patterns. */
function unpack(v: PyObject, size: number, star: number): PyObject[] {
  if (star < 0 && (v.ob_type === TupleType || v.ob_type === ListType) && (v as PyTuple).items.length === size) {
    return (v as PyTuple).items.map((x) => Py_NewRef(x));
  }
  if (star < 0) {
    const arr = iterToArray(v);
    if (arr.length !== size) {
      for (const x of arr) Py_DECREF(x);
      if (arr.length < size) throw pyErr(ValueErrorType, `not enough values to unpack (expected ${size}, got ${arr.length})`);
      throw pyErr(ValueErrorType, `too many values to unpack (expected ${size})`);
    }
    return arr;
  }
  return unpack_iterable(v, star, size - star - 1);
}

/**
 * unpack_iterable (ceval.c) for UNPACK_EX: `before` items from the iterator, then the rest as a
 * list (PySequence_List, sized by the iterator's length hint) whose last `after` items move out
 * of it (its size shrinks, its allocation stays).
 */
function unpack_iterable(v: PyObject, before: number, after: number): PyObject[] {
  const it = PyObject_GetIter(v);
  const head: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const w = iterNext(it);
      if (w === null) throw pyErr(ValueErrorType, `not enough values to unpack (expected at least ${before + after}, got ${i})`);
      head.push(w);
    }
    const l = PyList_New([]);
    try {
      listExtend(l, it);
    } catch (x) {
      Py_DECREF(l);
      throw x;
    }
    const ll = l.items.length;
    if (ll < after) {
      Py_DECREF(l);
      throw pyErr(ValueErrorType, `not enough values to unpack (expected at least ${before + after}, got ${before + ll})`);
    }
    const tail = l.items.splice(ll - after);
    return [...head, l, ...tail];
  } catch (x) {
    for (const w of head) Py_DECREF(w);
    throw x;
  } finally {
    Py_DECREF(it);
  }
}

/** One case as compiler_match_inner compiles it. */
interface CompiledCase {
  match: PM;
  stores: Store[];
  guard: Ev | null;
  guardLine: number;
  /** COPY 1 of the subject before the pattern (every case but the last one that matches). */
  copy: boolean;
  line: number;
  /** The line of the stores and of the subject's POP_TOP: the pattern's (3.12+), the last sub-pattern's (3.11). */
  storeLine: number;
}

/**
 * compiler_match: compiles a match statement's subject, patterns and guards into a function
 * that returns the index of the case whose body runs, or -1 (the bodies are the caller's, so a
 * generator's can suspend). Raises the compiler's SyntaxErrors in compile order; `body(i)`
 * compiles case i's body, which CPython compiles before the next case's pattern.
 */
export function compileMatch(cc: CodeCompiler, s: A.Match, sc: Scope, body: (i: number) => void): (f: Frame) => number {
  const subject = cc.expr(s.subject, sc);
  const minor = RT.profile.versionInfo[1];
  const fail = (msg: string, at: A.Pos): never => {
    throw new PySyntaxError('SyntaxError', msg, at.lineno, at.col_offset + 1, at.end_lineno, at.end_col_offset + 1, '');
  };
  const n = s.cases.length;
  const last = s.cases[n - 1];
  const hasDefault = isWildcard(last.pattern) && n > 1;
  const pc = new PatternCompiler(cc, sc);
  const compiled: CompiledCase[] = [];
  s.cases.forEach((c, i) => {
    checkCasePattern(c.pattern, c.guard !== null || i === n - 1, minor, fail);
    if (!(hasDefault && i === n - 1)) {
      pc.reset();
      const match = pc.pattern(c.pattern);
      compiled.push({
        match,
        stores: pc.stores.map((nm) => cc.storeName(nm, sc, c.pattern)),
        guard: c.guard ? cc.expr(c.guard, sc) : null,
        guardLine: c.guard ? c.guard.lineno : 0,
        copy: i !== n - (hasDefault ? 1 : 0) - 1,
        line: c.pattern.lineno,
        storeLine: minor >= 12 ? c.pattern.lineno : pc.lastLine,
      });
    }
    body(i);
  });
  const defGuard = hasDefault && last.guard ? cc.expr(last.guard, sc) : null;
  const defGuardLine = last.guard ? last.guard.lineno : 0;
  const defLine = last.pattern.lineno;
  const m = compiled.length;
  return (f) => {
    const vs = f.vs;
    const subj = subject(f);
    vs.push(subj);
    for (let i = 0; i < m; i++) {
      const c = compiled[i];
      lineEvent(f, c.line);
      const base = vs.length;
      if (c.copy) { subj.ob_refcnt++; vs.push(subj); }
      const caps: PyObject[] = [];
      let ok: boolean;
      try {
        ok = c.match(f, caps);
      } catch (x) {
        while (vs.length > base) Py_DECREF(vs.pop()!);
        for (const o of caps) Py_DECREF(o);
        throw x;
      }
      if (!ok) {
        for (const o of caps) Py_DECREF(o);
        continue;
      }
      if (caps.length) lineEvent(f, c.storeLine);
      for (let k = 0; k < caps.length; k++) c.stores[k](f, caps[k]);
      if (c.guard !== null) {
        lineEvent(f, c.guardLine);
        if (!cc.truth(c.guard, f)) continue;
      }
      if (c.copy) {
        lineEvent(f, c.storeLine);
        vs.pop();
        Py_DECREF(subj);
      }
      return i;
    }
    if (hasDefault) {
      lineEvent(f, defLine);
      if (defGuard !== null) {
        lineEvent(f, defGuardLine);
        if (!cc.truth(defGuard, f)) return -1;
      }
      return n - 1;
    }
    return -1;
  };
}
