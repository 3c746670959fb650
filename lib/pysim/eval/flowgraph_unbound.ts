// Models the "maybe unbound" local analysis of Python/flowgraph.c (CPython 3.14): a load of a
// local that may be unbound on some path is LOAD_FAST_CHECK, and only LOAD_FAST (definitely
// bound) can become LOAD_FAST_BORROW. Structured dataflow over the AST of one function: a name
// is bound after a statement when it is bound on every path that completes it. Conservative
// where the CFG would know more (a `while True` body, a loop's break paths): there a load stays
// strong, which is the pre-3.14 behaviour.
import type * as A from '../parser/ast';

type Bound = Set<string> | null; // null: the path does not complete (return, raise, break, continue)

function meet(a: Bound, b: Bound): Bound {
  if (a === null) return b;
  if (b === null) return a;
  const r = new Set<string>();
  for (const n of a) if (b.has(n)) r.add(n);
  return r;
}

function targetNames(t: A.Expr, out: string[]): void {
  if (t.kind === 'Name') out.push(t.id);
  else if (t.kind === 'Tuple' || t.kind === 'List') for (const e of t.elts) targetNames(e, out);
  else if (t.kind === 'Starred') targetNames(t.value, out);
}

/** Names a statement list deletes anywhere inside (they may be unbound on a loop's back edge). */
function deletedNames(body: A.Stmt[], out: Set<string>): void {
  for (const s of body) {
    if (s.kind === 'Delete') {
      const ns: string[] = [];
      for (const t of s.targets) targetNames(t, ns);
      for (const n of ns) out.add(n);
    } else if (s.kind === 'Try' || s.kind === 'TryStar') {
      for (const h of s.handlers) if (h.name) out.add(h.name);
      deletedNames(s.body, out);
      for (const h of s.handlers) deletedNames(h.body, out);
      deletedNames(s.orelse, out);
      deletedNames(s.finalbody, out);
    } else if (s.kind === 'For' || s.kind === 'While' || s.kind === 'If') {
      deletedNames(s.body, out);
      deletedNames(s.orelse, out);
    } else if (s.kind === 'With') deletedNames(s.body, out);
    else if (s.kind === 'Match') for (const c of s.cases) deletedNames(c.body, out);
  }
}

/** Calls `f` on the expressions a pattern evaluates (value patterns' lookups, class patterns' classes). */
export function patternExprs(p: A.Pattern, f: (e: A.Expr) => void): void {
  switch (p.kind) {
    case 'MatchValue': f(p.value); return;
    case 'MatchSingleton': case 'MatchStar': return;
    case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) patternExprs(q, f); return;
    case 'MatchMapping': for (const k of p.keys) f(k); for (const q of p.patterns) patternExprs(q, f); return;
    case 'MatchClass': f(p.cls); for (const q of [...p.patterns, ...p.kwd_patterns]) patternExprs(q, f); return;
    case 'MatchAs': if (p.pattern) patternExprs(p.pattern, f); return;
  }
}

/** Calls `f` on every name a pattern captures (MatchAs, MatchStar, a mapping's `**rest`). */
export function patternNames(p: A.Pattern, f: (name: string) => void): void {
  switch (p.kind) {
    case 'MatchValue': case 'MatchSingleton': return;
    case 'MatchStar': if (p.name) f(p.name); return;
    case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) patternNames(q, f); return;
    case 'MatchMapping': for (const q of p.patterns) patternNames(q, f); if (p.rest) f(p.rest); return;
    case 'MatchClass': for (const q of [...p.patterns, ...p.kwd_patterns]) patternNames(q, f); return;
    case 'MatchAs': if (p.pattern) patternNames(p.pattern, f); if (p.name) f(p.name); return;
  }
}

class Analysis {
  readonly bound = new Set<A.Name>();

  expr(e: A.Expr | null, b: Set<string>): void {
    if (!e) return;
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load' && b.has(e.id)) this.bound.add(e);
        return;
      case 'NamedExpr':
        this.expr(e.value, b);
        b.add(e.target.id);
        return;
      case 'BoolOp': {
        this.expr(e.values[0], b);
        for (let i = 1; i < e.values.length; i++) this.expr(e.values[i], new Set(b));
        return;
      }
      case 'IfExp':
        this.expr(e.test, b);
        this.expr(e.body, new Set(b));
        this.expr(e.orelse, new Set(b));
        return;
      case 'Lambda':
        for (const d of e.args.defaults) this.expr(d, b);
        for (const d of e.args.kw_defaults) this.expr(d, b);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        const inner = new Set(b);
        e.generators.forEach((g, i) => {
          this.expr(g.iter, i === 0 ? b : inner);
          const ns: string[] = [];
          targetNames(g.target, ns);
          for (const n of ns) inner.add(n);
          for (const c of g.ifs) this.expr(c, inner);
        });
        if (e.kind === 'DictComp') {
          this.expr(e.key, inner);
          this.expr(e.value, inner);
        } else this.expr(e.elt, inner);
        return;
      }
      case 'BinOp': this.expr(e.left, b); this.expr(e.right, b); return;
      case 'UnaryOp': this.expr(e.operand, b); return;
      case 'Dict': e.keys.forEach((k, i) => { this.expr(k, b); this.expr(e.values[i], b); }); return;
      case 'Set': case 'List': case 'Tuple': for (const x of e.elts) this.expr(x, b); return;
      case 'Await': case 'YieldFrom': case 'Starred': this.expr(e.value, b); return;
      case 'Yield': this.expr(e.value, b); return;
      case 'Compare': this.expr(e.left, b); for (const c of e.comparators) this.expr(c, b); return;
      case 'Call':
        this.expr(e.func, b);
        for (const a of e.args) this.expr(a, b);
        for (const k of e.keywords) this.expr(k.value, b);
        return;
      case 'FormattedValue': this.expr(e.value, b); this.expr(e.format_spec, b); return;
      case 'JoinedStr': for (const v of e.values) this.expr(v, b); return;
      case 'Attribute': this.expr(e.value, b); return;
      case 'Subscript': this.expr(e.value, b); this.expr(e.slice, b); return;
      case 'Slice': this.expr(e.lower, b); this.expr(e.upper, b); this.expr(e.step, b); return;
      case 'Constant': return;
    }
  }

  /** Walks an assignment target: its subexpressions load, its names become bound. */
  store(t: A.Expr, b: Set<string>): void {
    if (t.kind === 'Name') b.add(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') for (const e of t.elts) this.store(e, b);
    else if (t.kind === 'Starred') this.store(t.value, b);
    else this.expr(t, b);
  }

  stmts(list: A.Stmt[], b: Bound): Bound {
    for (const s of list) {
      if (b === null) return null;
      b = this.stmt(s, b);
    }
    return b;
  }

  stmt(s: A.Stmt, b: Set<string>): Bound {
    switch (s.kind) {
      case 'Expr': this.expr(s.value, b); return b;
      case 'Assign':
        this.expr(s.value, b);
        for (const t of s.targets) this.store(t, b);
        return b;
      case 'AugAssign':
        this.expr(s.value, b);
        if (s.target.kind !== 'Name') this.expr(s.target, b);
        return b;
      case 'AnnAssign':
        if (s.value) {
          this.expr(s.value, b);
          this.store(s.target, b);
        }
        return b;
      case 'Delete':
        for (const t of s.targets) {
          const ns: string[] = [];
          targetNames(t, ns);
          if (ns.length) for (const n of ns) b.delete(n);
          else this.expr(t, b);
        }
        return b;
      case 'Return': this.expr(s.value, b); return null;
      case 'Raise': this.expr(s.exc, b); this.expr(s.cause, b); return null;
      case 'Break': case 'Continue': return null;
      case 'Assert': this.expr(s.test, b); this.expr(s.msg, new Set(b)); return b;
      case 'Pass': case 'Global': case 'Nonlocal': return b;
      case 'Import':
        for (const a of s.names) b.add(a.asname ?? a.name.split('.')[0]);
        return b;
      case 'ImportFrom':
        for (const a of s.names) if (a.name !== '*') b.add(a.asname ?? a.name);
        return b;
      case 'FunctionDef':
        for (const d of s.decorator_list) this.expr(d, b);
        for (const d of s.args.defaults) this.expr(d, b);
        for (const d of s.args.kw_defaults) this.expr(d, b);
        b.add(s.name);
        return b;
      case 'ClassDef':
        for (const d of s.decorator_list) this.expr(d, b);
        for (const x of s.bases) this.expr(x, b);
        for (const k of s.keywords) this.expr(k.value, b);
        b.add(s.name);
        return b;
      case 'If': {
        this.expr(s.test, b);
        return meet(this.stmts(s.body, new Set(b)), this.stmts(s.orelse, new Set(b)));
      }
      case 'For': case 'While': {
        const del = new Set<string>();
        deletedNames(s.body, del);
        deletedNames(s.orelse, del);
        if (s.kind === 'For') this.expr(s.iter, b);
        const head = new Set([...b].filter((n) => !del.has(n)));
        if (s.kind === 'While') this.expr(s.test, head);
        const inBody = new Set(head);
        if (s.kind === 'For') this.store(s.target, inBody);
        this.stmts(s.body, inBody);
        // the body may run zero times, and breaks skip the else clause: keep only what held before
        this.stmts(s.orelse, new Set(head));
        return head;
      }
      case 'With': {
        // the `as` targets stay strong loads (observed on 3.14.2), and an exception swallowed by
        // __exit__ skips the rest of the body: nothing the statement binds counts as bound
        for (const it of s.items) {
          this.expr(it.context_expr, b);
          if (it.optional_vars) this.expr(it.optional_vars.kind === 'Name' ? null : it.optional_vars, b);
        }
        this.stmts(s.body, new Set(b));
        return b;
      }
      case 'Match': {
        // a case that matched stores its captures before its guard; with no irrefutable
        // unguarded last case, the statement can also complete without matching
        this.expr(s.subject, b);
        const last = s.cases[s.cases.length - 1];
        const irrefutable = last.guard === null && last.pattern.kind === 'MatchAs' && last.pattern.pattern === null;
        let out: Bound = irrefutable ? null : new Set(b);
        for (const c of s.cases) {
          const cb = new Set(b);
          patternExprs(c.pattern, (e) => this.expr(e, cb));
          patternNames(c.pattern, (n) => cb.add(n));
          this.expr(c.guard, cb);
          out = meet(out, this.stmts(c.body, cb));
        }
        return out;
      }
      case 'Try': case 'TryStar': {
        const del = new Set<string>();
        deletedNames(s.body, del);
        const before = new Set([...b].filter((n) => !del.has(n)));
        const bodyOut = this.stmts(s.body, new Set(b));
        let out = bodyOut === null ? null : this.stmts(s.orelse, bodyOut);
        for (const h of s.handlers) {
          const hb = new Set(before);
          this.expr(h.type, hb);
          if (h.name) hb.add(h.name);
          const ho = this.stmts(h.body, hb);
          if (ho && h.name) ho.delete(h.name);
          out = s.handlers.length ? meet(out, ho) : out;
        }
        if (s.finalbody.length) {
          // the finally block also runs on the exceptional path
          this.stmts(s.finalbody, new Set(before));
          if (out === null) return null;
          return this.stmts(s.finalbody, out);
        }
        return out;
      }
    }
  }
}

/** The Name loads of `fn`'s body (not of nested scopes) whose local is bound on every path. */
export function definitelyBoundLoads(fn: A.FunctionDef | A.Lambda): Set<A.Name> {
  const an = new Analysis();
  const a = fn.args;
  const params = new Set<string>([...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((p) => p.arg));
  if (a.vararg) params.add(a.vararg.arg);
  if (a.kwarg) params.add(a.kwarg.arg);
  if (fn.kind === 'Lambda') an.expr(fn.body, params);
  else an.stmts(fn.body, params);
  return an.bound;
}
