// Models the generator parts of Python/compile.c + Python/ceval.c (CPython 3.12): YIELD_VALUE,
// SEND / yield from (gen_send_ex, _gen_throw delegation), RETURN_GENERATOR. The body of a generator
// function is compiled into JS generator functions: a statement containing no `yield` is compiled
// by the ordinary closure compiler (CodeCompiler); a statement that contains one, and every
// compound statement around it, is compiled here into a `function*` that yields the values the
// Python `yield`s produce (new references) and receives the values sent back (new references).
// Temporaries live on the frame's value stack across a suspension, so the generator owns them.
import type * as A from '../parser/ast';
import { PyObject, PyRaise, Py_DECREF, Py_XDECREF, RT, StepLimit } from '../objects/object';
import { None } from '../objects/singletons';
import { PyTuple_New } from '../objects/tupleobject';
import { PyList_New } from '../objects/listobject';
import { AttributeErrorType, GeneratorExitType, PyBaseException, StopIterationType } from '../objects/exceptions';
import { PyObject_GetAttr, PyObject_GetItem, PyObject_GetIter, PyObject_IsTrue, binaryOp, callObject, inplaceOp, iterNext, unaryOp } from '../abstract';
import { False, True } from '../objects/longobject';
import { Frame, S } from './frame';
import type { Scope } from './symtable';
import { AttrCache, loadAttr } from './specialize';
import { _PyCode_Warmup } from './warmup';
import { BREAK, CONTINUE, checkDefaultExceptLast, loopJumpsBack, CodeCompiler, Ev, NORMAL, RETURN, St, Store, compareOp, doCall, positionedUnsupported, setContext, matchExceptHandler, unwindTo, withEnter, withExitNormal, withExitRaised, withPos } from './compile';
import { GenRunner, GenType, PyGen, gen_close, gen_send_ex, runningGen, takeGenReturn } from './genobject';
import { PySyntaxError } from '../parser/errors';
import { addTraceback } from './call';
import { PyTraceBack_SetLasti } from '../objects/traceback';
import { compileMatch } from './match';

/** A compiled expression that may suspend: its JS generator returns the value (a new reference). */
export type GEv = (f: Frame) => Generator<PyObject, PyObject, PyObject>;
/** A compiled statement that may suspend: its JS generator returns the completion status. */
export type GSt = (f: Frame) => Generator<PyObject, number, PyObject>;

/** The first `yield` / `yield from` node in `n` outside nested scopes, or null. */
export function findYield(n: unknown): A.Yield | A.YieldFrom | null {
  if (Array.isArray(n)) {
    for (const x of n) {
      const r = findYield(x);
      if (r) return r;
    }
    return null;
  }
  if (n === null || typeof n !== 'object') return null;
  const k = (n as { kind?: unknown }).kind;
  if (typeof k !== 'string') return null;
  if (k === 'Yield' || k === 'YieldFrom') return n as A.Yield | A.YieldFrom;
  // nested scopes have their own code objects (their yields, if any, are theirs)
  if (k === 'FunctionDef' || k === 'ClassDef' || k === 'Lambda' || k === 'GeneratorExp' || k === 'ListComp' || k === 'SetComp' || k === 'DictComp') return null;
  for (const key in n) {
    if (key === 'kind') continue;
    const v = (n as Record<string, unknown>)[key];
    if (v !== null && typeof v === 'object') {
      const r = findYield(v);
      if (r) return r;
    }
  }
  return null;
}

function newRef(o: PyObject): PyObject {
  o.ob_refcnt++;
  return o;
}

/** True when `e` is an exception instance of `t` (or a subclass). */
function isExc(e: unknown, t: typeof StopIterationType): e is PyRaise {
  return e instanceof PyRaise && e.exc.ob_type.isSubtype(t);
}

/** StopIteration.value of a caught StopIteration (new reference); releases the exception. */
function stopValue(exc: PyObject): PyObject {
  const args = (exc as PyBaseException).args.items;
  const v = args.length ? args[0] : None;
  v.ob_refcnt++;
  Py_DECREF(exc);
  return v;
}

/** Calls `it.<name>(arg)` for a `yield from` over a non-generator; null when the iterator finished (value in `out`). */
function callSubMethod(it: PyObject, name: string, arg: PyObject, out: { value: PyObject | null }): PyObject | null {
  const m = PyObject_GetAttr(it, name);
  try {
    return callObject(m, [arg], null);
  } catch (e) {
    if (isExc(e, StopIterationType)) {
      out.value = stopValue(e.exc);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(m);
  }
}

/** gen_close_iter: closes the sub-iterator of a `yield from` (generator: close(); else its close method, if any). */
function genCloseIter(it: PyObject): void {
  if (it.ob_type === GenType) {
    Py_DECREF(gen_close(it as PyGen));
    return;
  }
  let m: PyObject;
  try {
    m = PyObject_GetAttr(it, 'close');
  } catch (e) {
    if (isExc(e, AttributeErrorType)) {
      Py_DECREF(e.exc);
      return;
    }
    throw e;
  }
  try {
    Py_DECREF(callObject(m, [], null));
  } finally {
    Py_DECREF(m);
  }
}

const PLAIN = 0, EXPR = 1, ASSIGN = 2, SUSPENDS = 3, IF = 4;
/** One statement of a block: a closure, a suspending expression (discarded or stored), or a suspending statement. */
interface Part {
  k: number;
  s: St | null;
  g: GSt | null;
  e: GEv | null;
  store: Store | null;
  test?: Ev;
  body?: GSt;
  orelse?: GSt | null;
}

/** Compiles the body of a generator function with the help of its CodeCompiler. */
/** A generator-evaluator over an expression that cannot suspend. */
function plainGEv(E: Ev): GEv {
  // eslint-disable-next-line require-yield
  return function* (f) {
    return E(f);
  };
}

export class GenCompiler {
  constructor(public cc: CodeCompiler) {}

  /** The runner of a generator function's frame. */
  functionBody(body: A.Stmt[], sc: Scope): GenRunner {
    // RESUME at the start of the frame checks the eval breaker (a pending collection runs here)
    return this.block(body, sc, true);
  }

  /** A statement list: yield-free statements run as closures, the others as JS generators. */
  block(body: A.Stmt[], sc: Scope, frameStart = false): GSt {
    // An expression statement or a one-target assignment whose value suspends runs its expression
    // straight from this loop: every JS generator level costs JS stack on each resumption, and
    // recursion through generators must reach CPython's limit.
    const parts = body.map((s): Part => {
      if (!findYield(s)) return { k: PLAIN, s: this.cc.stmtInner(s, sc), g: null, e: null, store: null };
      if (s.kind === 'If' && !findYield(s.test)) {
        // the test cannot suspend: the branches run from this loop
        const T = this.cc.expr(s.test, sc);
        return { k: IF, s: null, g: null, e: null, store: null, test: T, body: this.block(s.body, sc), orelse: s.orelse.length ? this.block(s.orelse, sc) : null };
      }
      if (s.kind === 'Expr') return { k: EXPR, s: null, g: null, e: this.expr(s.value, sc), store: null };
      if (s.kind === 'Assign' && s.targets.length === 1) {
        const e = this.expr(s.value, sc);
        return { k: ASSIGN, s: null, g: null, e, store: this.target(s.targets[0], sc) };
      }
      return { k: SUSPENDS, s: null, g: this.stmt(s, sc), e: null, store: null };
    });
    const lines = body.map((s) => s.lineno);
    const n = parts.length;
    const w = frameStart ? this.cc.warmup : null;
    return function* (f) {
      if (frameStart) {
        _PyCode_Warmup(w);
        if (RT.gcPending) RT.runPendingGC();
      }
      const es = S;
      for (let i = 0; i < n; i++) {
        f.lineno = lines[i];
        if (++es.steps > es.maxSteps) throw new StepLimit(es.steps);
        if (es.onLine !== null) es.onLine(f);
        const p = parts[i];
        let r: number;
        switch (p.k) {
          case PLAIN: r = p.s!(f); break;
          case EXPR: Py_DECREF(yield* p.e!(f)); r = NORMAL; break;
          case ASSIGN: p.store!(f, yield* p.e!(f)); r = NORMAL; break;
          case IF:
            if (truth(p.test!(f), f)) r = yield* p.body!(f);
            else r = p.orelse ? yield* p.orelse(f) : NORMAL;
            break;
          default: r = yield* p.g!(f);
        }
        if (r !== NORMAL) return r;
      }
      return NORMAL;
    };
  }

  /** A statement that contains a yield. */
  stmt(s: A.Stmt, sc: Scope): GSt {
    const cc = this.cc;
    switch (s.kind) {
      case 'Expr': {
        const E = this.expr(s.value, sc);
        return function* (f) {
          Py_DECREF(yield* E(f));
          return NORMAL;
        };
      }
      case 'Assign': {
        const V = this.expr(s.value, sc);
        const stores = s.targets.map((t) => this.target(t, sc));
        return function* (f) {
          const v = yield* V(f);
          for (let i = 0; i < stores.length; i++) {
            if (i < stores.length - 1) v.ob_refcnt++;
            stores[i](f, v);
          }
          return NORMAL;
        };
      }
      case 'AnnAssign': {
        const V = this.expr(s.value!, sc);
        const st = this.target(s.target, sc);
        return function* (f) {
          st(f, yield* V(f));
          return NORMAL;
        };
      }
      case 'AugAssign': {
        if (s.target.kind !== 'Name') break;
        const L = cc.loadName(s.target.id, sc), st = cc.storeName(s.target.id, sc), V = this.expr(s.value, sc), op = s.op;
        return function* (f) {
          const vs = f.vs;
          vs.push(L(f));
          const b = yield* V(f);
          const a = vs.pop()!;
          vs.push(a, b);
          const r = inplaceOp(a, b, op);
          vs.pop(); vs.pop();
          Py_DECREF(a);
          Py_DECREF(b);
          st(f, r);
          return NORMAL;
        };
      }
      case 'Return': {
        const V = this.expr(s.value!, sc);
        return function* (f) {
          f.retval = yield* V(f);
          return RETURN;
        };
      }
      case 'If': {
        const T = this.expr(s.test, sc), B = this.block(s.body, sc), O = s.orelse.length ? this.block(s.orelse, sc) : null;
        return function* (f) {
          if (truth(yield* T(f), f)) return yield* B(f);
          return O ? yield* O(f) : NORMAL;
        };
      }
      case 'While': {
        const T = this.expr(s.test, sc);
        cc.loopDepth++;
        const B = this.block(s.body, sc);
        cc.loopDepth--;
        const O = s.orelse.length ? this.block(s.orelse, sc) : null;
        const w = cc.warmup, jumpsBack = loopJumpsBack(s);
        return function* (f) {
          for (;;) {
            if (!truth(yield* T(f), f)) break;
            const r = yield* B(f);
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return r;
            if (w !== null && (jumpsBack || r === CONTINUE)) _PyCode_Warmup(w);
            if (RT.gcPending) RT.runPendingGC();
          }
          return O ? yield* O(f) : NORMAL;
        };
      }
      case 'For': {
        const forLine = s.lineno;
        // fold_iter: a list display iterated is a tuple, a set display of constants a frozenset
        const I: GEv = findYield(s.iter) ? this.expr(s.iter, sc) : plainGEv(cc.iterExpr(s.iter, sc));
        const store = cc.storeTarget(s.target, sc);
        cc.loopDepth++;
        const B = this.block(s.body, sc);
        cc.loopDepth--;
        const O = s.orelse.length ? this.block(s.orelse, sc) : null;
        // GET_ITER and FOR_ITER: at the `for` statement (3.11, 3.12), at the iterable (3.13+)
        const iterAt: A.Pos = RT.profile.versionInfo[1] >= 13 ? s.iter : s;
        const w = cc.warmup;
        return function* (f) {
          const vs = f.vs;
          const src = yield* I(f);
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
            f.lineno = forLine;
            let x: PyObject | null;
            try {
              x = iterNext(it);
            } catch (err) {
              throw PyTraceBack_SetLasti(err, iterAt);
            }
            if (x === null) break;
            store(f, x);
            const r = yield* B(f);
            if (r === BREAK) {
              while (vs.length > base - 1) vs.pop();
              Py_DECREF(it);
              return NORMAL;
            }
            if (r === RETURN) return r;
            _PyCode_Warmup(w); // JUMP_BACKWARD
            if (RT.gcPending) RT.runPendingGC();
          }
          while (vs.length > base - 1) vs.pop();
          Py_DECREF(it);
          return O ? yield* O(f) : NORMAL;
        };
      }
      case 'Try':
        if (s.handlers.some((h) => h.type && findYield(h.type))) break;
        return this.tryStmt(s, sc);
      case 'With':
        if (s.items.some((i) => findYield(i.context_expr))) break;
        return this.withStmt(s, sc, 0);
      case 'Match': {
        // the subject, patterns and guards run from eval/match.ts; only the bodies suspend
        if (findYield(s.subject) || s.cases.some((c) => findYield(c.pattern) || findYield(c.guard))) break;
        const bodies: GSt[] = [];
        const select = compileMatch(cc, s, sc, (i) => { bodies.push(this.block(s.cases[i].body, sc)); });
        return function* (f) {
          const i = select(f);
          return i < 0 ? NORMAL : yield* bodies[i](f);
        };
      }
    }
    const y = findYield(s)!;
    throw new PySyntaxError('SyntaxError', `heaplab does not simulate \`${y.kind === 'Yield' ? 'yield' : 'yield from'}\` inside this \`${s.kind}\` statement yet`, y.lineno, y.col_offset + 1, y.end_lineno, y.end_col_offset + 1, '', true);
  }

  /** An assignment target (targets themselves never suspend). */
  target(t: A.Expr, sc: Scope): Store {
    const y = findYield(t);
    if (y) positionedUnsupported(y, 'yield');
    return this.cc.storeTarget(t, sc);
  }

  /** try/except/else/finally around a yield (CodeCompiler.tryStmt with suspensions). */
  tryStmt(s: A.Try, sc: Scope): GSt {
    const cc = this.cc;
    const body = this.block(s.body, sc);
    checkDefaultExceptLast(s);
    const handlers = s.handlers.map((h) => ({
      type: h.type ? cc.expr(h.type, sc) : null,
      store: h.name ? cc.storeName(h.name, sc) : null,
      del: h.name ? cc.deleteNameQuiet(h.name, sc) : null,
      body: this.block(h.body, sc),
      line: h.lineno,
    }));
    const orelse = s.orelse.length ? this.block(s.orelse, sc) : null;
    const finalbody = s.finalbody.length ? this.block(s.finalbody, sc) : null;
    const tryExcept = function* (f: Frame): Generator<PyObject, number, PyObject> {
      const depth = f.vs.length;
      let exc: PyObject;
      try {
        const r = yield* body(f);
        if (r !== NORMAL || !orelse) return r;
      } catch (e) {
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
            return yield* h.body(f);
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
      return yield* orelse!(f);
    };
    if (!finalbody) return tryExcept;
    return function* (f) {
      const depth = f.vs.length;
      let r: number;
      try {
        r = yield* tryExcept(f);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        unwindTo(f, depth);
        addTraceback(e.exc, f);
        S.handled.push(e.exc);
        let fr: number;
        try {
          fr = yield* finalbody(f);
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
      const fr = yield* finalbody(f);
      if (fr !== NORMAL) {
        Py_XDECREF(saved);
        return fr;
      }
      if (r === RETURN) f.retval = saved;
      return r;
    };
  }

  /** with around a yield (CodeCompiler.withStmt with suspensions). */
  withStmt(s: A.With, sc: Scope, idx: number): GSt {
    const cc = this.cc;
    const item = s.items[idx];
    const M = cc.expr(item.context_expr, sc);
    const store = item.optional_vars ? this.target(item.optional_vars, sc) : null;
    const body = idx + 1 < s.items.length ? this.withStmt(s, sc, idx + 1) : this.block(s.body, sc);
    const at = withPos(s, item);
    return function* (f) {
      const exit = withEnter(f, M(f), store, at);
      const depth = f.vs.length;
      let r: number;
      try {
        r = yield* body(f);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        if (withExitRaised(f, exit, e, depth, at)) return NORMAL;
        throw e;
      }
      withExitNormal(f, exit, at);
      return r;
    };
  }

  /** An expression; one without a yield is the ordinary closure run inside a JS generator. */
  expr(e: A.Expr, sc: Scope): GEv {
    if (!findYield(e)) {
      const E: Ev = this.cc.expr(e, sc);
      // eslint-disable-next-line require-yield
      return function* (f) {
        return E(f);
      };
    }
    switch (e.kind) {
      case 'Yield':
        return this.yieldExpr(e, sc);
      case 'YieldFrom':
        return this.yieldFrom(e, sc);
      case 'Call': {
        if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) break;
        const F = this.expr(e.func, sc);
        const args = [...e.args, ...e.keywords.map((k) => k.value)].map((a) => this.expr(a, sc));
        const kwnames = e.keywords.length ? e.keywords.map((k) => k.arg!) : null;
        return function* (f) {
          const vs = f.vs;
          const base = vs.length;
          vs.push(yield* F(f));
          for (const a of args) vs.push(yield* a(f));
          try {
            return doCall(f, base, kwnames);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
        };
      }
      case 'BinOp': {
        const op = e.op;
        return this.pair(e, e.left, e.right, sc, (a, b) => binaryOp(a, b, op));
      }
      case 'Compare': {
        if (e.ops.length !== 1) break;
        return this.pair(e, e.left, e.comparators[0], sc, (a, b) => compareOp(a, b, e.ops[0]));
      }
      case 'Subscript': {
        if (e.ctx !== 'Load') break;
        return this.pair(e, e.value, e.slice, sc, PyObject_GetItem);
      }
      case 'Attribute': {
        if (e.ctx !== 'Load') break;
        const O = this.expr(e.value, sc), name = sc.mangle(e.attr), cache = new AttrCache();
        return function* (f) {
          const o = yield* O(f);
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
      case 'UnaryOp': {
        const O = this.expr(e.operand, sc), op = e.op;
        return function* (f) {
          const o = yield* O(f);
          if (op === 'Not') return truth(o, f) ? False : True;
          f.vs.push(o);
          let r: PyObject;
          try {
            r = unaryOp(op, o);
          } catch (x) {
            throw PyTraceBack_SetLasti(x, e);
          }
          f.vs.pop();
          Py_DECREF(o);
          return r;
        };
      }
      case 'BoolOp': {
        // `and` stops at the first false value, `or` at the first true one (that value is the result)
        const vals = e.values.map((v) => this.expr(v, sc));
        const stopOn = e.op === 'Or';
        return function* (f) {
          let v = yield* vals[0](f);
          for (let i = 1; i < vals.length; i++) {
            f.vs.push(v);
            const t = PyObject_IsTrue(v);
            f.vs.pop();
            if (t === stopOn) return v;
            Py_DECREF(v);
            v = yield* vals[i](f);
          }
          return v;
        };
      }
      case 'IfExp': {
        const T = this.expr(e.test, sc), B = this.expr(e.body, sc), O = this.expr(e.orelse, sc);
        return function* (f) {
          return truth(yield* T(f), f) ? yield* B(f) : yield* O(f);
        };
      }
      case 'Tuple': case 'List': {
        if (e.ctx !== 'Load' || e.elts.some((x) => x.kind === 'Starred')) break;
        const items = e.elts.map((x) => this.expr(x, sc));
        const isTuple = e.kind === 'Tuple';
        return function* (f) {
          const vs = f.vs;
          const base = vs.length;
          for (const x of items) vs.push(yield* x(f));
          const arr = vs.splice(base, items.length);
          return isTuple ? PyTuple_New(arr) : PyList_New(arr);
        };
      }
    }
    const y = findYield(e)!;
    throw new PySyntaxError('SyntaxError', `heaplab does not simulate \`${y.kind === 'Yield' ? 'yield' : 'yield from'}\` inside this expression yet`, y.lineno, y.col_offset + 1, y.end_lineno, y.end_col_offset + 1, '', true);
  }

  /** Two operands evaluated in order onto the value stack, then `op(a, b)` (a new reference) at `at`'s position. */
  pair(at: A.Pos, left: A.Expr, right: A.Expr, sc: Scope, op: (a: PyObject, b: PyObject) => PyObject): GEv {
    const L = this.expr(left, sc), R = this.expr(right, sc);
    return function* (f) {
      const vs = f.vs;
      vs.push(yield* L(f));
      vs.push(yield* R(f));
      const b = vs[vs.length - 1], a = vs[vs.length - 2];
      let r: PyObject;
      try {
        r = op(a, b);
      } catch (x) {
        throw PyTraceBack_SetLasti(x, at);
      }
      vs.pop(); vs.pop();
      Py_DECREF(a);
      Py_DECREF(b);
      return r;
    };
  }

  /** `yield value`: YIELD_VALUE hands the value to the caller; the sent value is the result. */
  yieldExpr(e: A.Yield, sc: Scope): GEv {
    const V = e.value && findYield(e.value) ? this.expr(e.value, sc) : null;
    // a value that cannot suspend is evaluated without a JS generator level of its own
    const P: Ev | null = e.value && !V ? this.cc.expr(e.value, sc) : null;
    if (!e.value) this.cc.useConst(None);
    const w = this.cc.warmup;
    return function* (f) {
      const v = V ? yield* V(f) : P ? P(f) : newRef(None);
      let sent: PyObject;
      try {
        sent = yield v;
      } catch (x) {
        // an exception thrown in (generator.throw / close) is raised at the YIELD_VALUE
        throw PyTraceBack_SetLasti(x, e);
      }
      _PyCode_Warmup(w); // RESUME
      // RESUME after YIELD_VALUE checks the eval breaker (not after a yield from's SEND)
      if (RT.gcPending) {
        f.vs.push(sent);
        RT.runPendingGC();
        f.vs.pop();
      }
      return sent;
    };
  }

  /** `yield from iterable`: GET_YIELD_FROM_ITER, then SEND until the sub-iterator finishes; its return value is the result. */
  yieldFrom(e: A.YieldFrom, sc: Scope): GEv {
    const V = findYield(e.value) ? this.expr(e.value, sc) : null;
    const P: Ev | null = V ? null : this.cc.expr(e.value, sc);
    return function* (f) {
      const vs = f.vs;
      const src = V ? yield* V(f) : P!(f);
      let it: PyObject;
      if (src.ob_type === GenType) it = src;
      else {
        vs.push(src);
        try {
          it = PyObject_GetIter(src);
        } catch (x) {
          throw PyTraceBack_SetLasti(x, e);
        }
        vs.pop();
        Py_DECREF(src);
      }
      vs.push(it);
      const isGen = it.ob_type === GenType;
      let sent: PyObject | null = newRef(None);
      let thrown: PyObject | null = null;
      const out: { value: PyObject | null } = { value: null };
      let v: PyObject | null;
      for (;;) {
        try {
          v = yieldFromStep();
        } catch (x) {
          // the sub-iterator's exception (or one thrown in) leaves at the SEND: the yield from
          throw PyTraceBack_SetLasti(x, e);
        }
        if (v === null) break;
        const self = runningGen()!;
        self.yieldFrom = it;
        try {
          sent = yield v;
        } catch (e2) {
          if (!(e2 instanceof PyRaise)) throw e2;
          thrown = e2.exc;
        } finally {
          self.yieldFrom = null;
        }
      }
      /** One step of the delegation: the value the sub-iterator yields, or null when it has finished. */
      function yieldFromStep(): PyObject | null {
        let v: PyObject | null;
        if (thrown !== null) {
          const exc = thrown;
          thrown = null;
          if (exc.ob_type.isSubtype(GeneratorExitType)) {
            // _gen_throw: close the sub-iterator, then raise GeneratorExit here
            try {
              genCloseIter(it);
            } catch (e2) {
              Py_DECREF(exc);
              throw e2;
            }
            throw new PyRaise(exc);
          }
          if (isGen) v = gen_send_ex(it as PyGen, null, exc);
          else {
            let m: PyObject;
            try {
              m = PyObject_GetAttr(it, 'throw');
            } catch (e2) {
              if (!isExc(e2, AttributeErrorType)) { Py_DECREF(exc); throw e2; }
              Py_DECREF(e2.exc);
              throw new PyRaise(exc);
            }
            Py_DECREF(m);
            try {
              v = callSubMethod(it, 'throw', exc, out);
            } finally {
              Py_DECREF(exc);
            }
          }
        } else if (isGen) {
          v = gen_send_ex(it as PyGen, sent, null);
          sent = null;
        } else if (sent === None) {
          Py_DECREF(sent);
          sent = null;
          v = iterNext(it);
        } else {
          try {
            v = callSubMethod(it, 'send', sent!, out);
          } finally {
            Py_DECREF(sent!);
            sent = null;
          }
        }
        return v;
      }
      const r = isGen ? takeGenReturn() : out.value ?? newRef(None);
      vs.pop();
      Py_DECREF(it);
      return r;
    };
  }
}

/** The truth of `v` (consumed), protected on the value stack while __bool__ runs. */
function truth(v: PyObject, f: Frame): boolean {
  f.vs.push(v);
  const t = PyObject_IsTrue(v);
  f.vs.pop();
  Py_DECREF(v);
  return t;
}
