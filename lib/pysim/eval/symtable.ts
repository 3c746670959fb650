// Models Python/symtable.c (CPython 3.12): scopes, and whether each name is a fast local, a
// cell, a free variable, a global, or a class-namespace name. List/set/dict comprehensions are
// inlined into their enclosing code (PEP 709): their variables get hidden fast slots there.
import type * as A from '../parser/ast';
import { PySyntaxError } from '../parser/errors';
import { annotateLambda, annotationItems } from './annotations';
import { _Py_Mangle } from './mangle';

/** How a name is accessed from one scope. */
export type Binding =
  | { k: 'fast'; slot: number }
  | { k: 'cell'; slot: number } /* slot holds a cell (own cell or free var) */
  | { k: 'global' }
  | { k: 'name' } /* class body: namespace dict, then globals, then builtins */
  | { k: 'classderef'; slot: number } /* class body: namespace dict, then the cell */;

/** A scope (module, function, lambda, class body, generator expression or inlined comprehension). */
export class Scope {
  children: Scope[] = [];
  assigned = new Set<string>();
  used = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  params: string[] = [];
  /** Names in order of first appearance (for co_varnames order). */
  order: string[] = [];
  cells = new Set<string>();
  frees = new Set<string>();
  /** Resolved bindings. */
  bindings = new Map<string, Binding>();
  /** For code scopes: fast slot names. */
  slotNames: string[] = [];
  /** For code scopes: the slots added for inlined comprehensions' variables. */
  hiddenSlots: number[] = [];
  usesSuper = false;
  /** A function whose body contains `yield` / `yield from` (CO_GENERATOR). */
  isGenerator = false;
  /**
   * Module code that may run with a locals mapping of its own (exec, eval, compile): its names
   * are LOAD_NAME / STORE_NAME (locals, then globals, then builtins) rather than the globals alone.
   */
  namesInLocals = false;
  /** The innermost enclosing class's name, which private names are mangled with (st_private); null outside classes. */
  readonly private: string | null;
  constructor(public kind: 'module' | 'function' | 'lambda' | 'class' | 'genexp' | 'comp', public name: string, public parent: Scope | null, public node: A.Node | null) {
    if (parent) parent.children.push(this);
    this.private = kind === 'class' ? name : parent ? parent.private : null;
  }
  /** `name` as this scope's code names it (_Py_Mangle with the enclosing class's name). */
  mangle(name: string): string {
    return _Py_Mangle(this.private, name);
  }
  /** The scope whose frame runs this scope's code (comprehensions run in their parent's). */
  get codeScope(): Scope {
    if (this.kind !== 'comp') return this;
    let s = this.parent!;
    while (s.kind === 'comp') s = s.parent!;
    return s;
  }
  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'genexp';
  }
  note(name: string): void {
    if (!this.order.includes(name)) this.order.push(name);
  }
  addSlot(name: string): number {
    this.slotNames.push(name);
    return this.slotNames.length - 1;
  }
}

/** The comprehension kinds as CPython's messages name them. */
const COMP_NAMES: Record<string, string> = { ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression' };

/** A SyntaxError at `node` (the symbol table's own errors). */
function syntaxError(msg: string, node: A.Pos): never {
  throw new PySyntaxError('SyntaxError', msg, node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1, '');
}

function unsupported(node: A.Pos, what: string): never {
  throw new PySyntaxError('SyntaxError', `heaplab does not simulate \`${what}\` yet`, node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1, '', true);
}

/**
 * Builds the scope tree of a module; `scopes` maps defining nodes to their scope. `annotations`:
 * how defs keep theirs (a tuple evaluated where the def runs, or 3.14's `__annotate__`);
 * `eagerVariableAnnotations`: a class body stores its annotated names as it runs (no `__annotate__`);
 * `namesInLocals`: the module code may get locals of its own (Scope.namesInLocals).
 */
export function buildSymtable(mod: A.Module, annotations: 'tuple' | 'annotate' = 'tuple', eagerVariableAnnotations = annotations === 'tuple', namesInLocals = false): { top: Scope; scopes: Map<A.Node, Scope> } {
  const scopes = new Map<A.Node, Scope>();
  const top = new Scope('module', '<module>', null, mod);
  top.namesInLocals = namesInLocals;
  scopes.set(mod, top);

  // every name is mangled here, as symtable_add_def / symtable_lookup do
  const bind = (s: Scope, raw: string) => {
    const name = s.mangle(raw);
    s.assigned.add(name);
    s.note(name);
  };
  const noteUse = (s: Scope, raw: string) => {
    const name = s.mangle(raw);
    s.used.add(name);
    s.note(name);
    let p: Scope | null = s;
    while (p && p.kind === 'comp' && !p.assigned.has(name)) {
      p = p.parent;
      if (p) { p.used.add(name); p.note(name); }
    }
  };

  function target(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name': bind(s, e.id); break;
      case 'Tuple': case 'List': for (const x of e.elts) target(x, s); break;
      case 'Starred': target(e.value, s); break;
      case 'Attribute': expr(e.value, s); break;
      case 'Subscript': expr(e.value, s); expr(e.slice, s); break;
      default: expr(e, s);
    }
  }

  function args(a: A.Arguments, s: Scope, outer: Scope): void {
    for (const d of a.defaults) expr(d, outer);
    for (const d of a.kw_defaults) if (d) expr(d, outer);
    const param = (p: A.Arg) => { s.params.push(s.mangle(p.arg)); bind(s, p.arg); };
    for (const p of [...a.posonlyargs, ...a.args]) param(p);
    for (const p of a.kwonlyargs) param(p);
    if (a.vararg) param(a.vararg);
    if (a.kwarg) param(a.kwarg);
  }

  function comprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope): void {
    const isGen = node.kind === 'GeneratorExp';
    // the first iterable is evaluated in the enclosing scope
    expr(node.generators[0].iter, s);
    const cs = new Scope(isGen ? 'genexp' : 'comp', isGen ? '<genexpr>' : '<listcomp>', s, node);
    scopes.set(node, cs);
    if (isGen) { cs.params.push('.0'); bind(cs, '.0'); }
    node.generators.forEach((g, i) => {
      if (g.is_async) unsupported(node, 'async for');
      target(g.target, cs);
      if (i > 0) expr(g.iter, cs);
      for (const c of g.ifs) expr(c, cs);
    });
    if (node.kind === 'DictComp') { expr(node.key, cs); expr(node.value, cs); }
    else expr(node.elt, cs);
  }

  function expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') {
          noteUse(s, e.id);
          if (e.id === 'super') markSuper(s);
        } else bind(s, e.id);
        return;
      case 'Constant': return;
      case 'BoolOp': for (const v of e.values) expr(v, s); return;
      case 'NamedExpr': {
        // binds in the nearest non-comprehension scope
        let t = s;
        while (t.kind === 'comp') t = t.parent!;
        bind(t, e.target.id);
        if (t !== s) noteUse(s, e.target.id);
        expr(e.value, s);
        return;
      }
      case 'BinOp': expr(e.left, s); expr(e.right, s); return;
      case 'UnaryOp': expr(e.operand, s); return;
      case 'Lambda': {
        const ls = new Scope('lambda', '<lambda>', s, e);
        scopes.set(e, ls);
        args(e.args, ls, s);
        expr(e.body, ls);
        return;
      }
      case 'IfExp': expr(e.test, s); expr(e.body, s); expr(e.orelse, s); return;
      case 'Dict': e.keys.forEach((k) => k && expr(k, s)); for (const v of e.values) expr(v, s); return;
      case 'Set': for (const x of e.elts) expr(x, s); return;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': comprehension(e, s); return;
      case 'Await': unsupported(e, 'await');
      // falls through (unreachable)
      case 'Yield': case 'YieldFrom':
        // a `def` containing yield is a generator function; yield in a lambda is not simulated
        // (yield in a comprehension or outside a function is a SyntaxError, see compile_checks)
        // symtable_visit_expr: a yield in a comprehension, or outside any function, is an error
        if (s.kind === 'comp' || s.kind === 'genexp') syntaxError(`'yield' inside ${COMP_NAMES[(s.node as A.Node).kind] ?? 'generator expression'}`, e);
        if (s.kind === 'module' || s.kind === 'class') syntaxError("'yield' outside function", e);
        if (s.kind !== 'function') unsupported(e, e.kind === 'Yield' ? 'yield' : 'yield from');
        s.isGenerator = true;
        if (e.value) expr(e.value, s);
        return;
      case 'Compare': expr(e.left, s); for (const c of e.comparators) expr(c, s); return;
      case 'Call': expr(e.func, s); for (const a of e.args) expr(a, s); for (const k of e.keywords) expr(k.value, s); return;
      case 'FormattedValue': expr(e.value, s); if (e.format_spec) expr(e.format_spec, s); return;
      case 'JoinedStr': for (const v of e.values) expr(v, s); return;
      case 'Attribute': expr(e.value, s); return;
      case 'Subscript': expr(e.value, s); expr(e.slice, s); return;
      case 'Starred': expr(e.value, s); return;
      case 'List': case 'Tuple':
        if (e.ctx !== 'Load') { target(e, s); return; }
        for (const x of e.elts) expr(x, s);
        return;
      case 'Slice': if (e.lower) expr(e.lower, s); if (e.upper) expr(e.upper, s); if (e.step) expr(e.step, s); return;
    }
  }

  function pattern(p: A.Pattern, s: Scope): void {
    switch (p.kind) {
      case 'MatchValue': expr(p.value, s); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) pattern(q, s); return;
      case 'MatchStar': if (p.name) bind(s, p.name); return;
      case 'MatchAs': if (p.pattern) pattern(p.pattern, s); if (p.name) bind(s, p.name); return;
      case 'MatchMapping': for (const k of p.keys) expr(k, s); for (const q of p.patterns) pattern(q, s); if (p.rest) bind(s, p.rest); return;
      case 'MatchClass':
        expr(p.cls, s);
        for (const q of p.patterns) pattern(q, s);
        for (const q of p.kwd_patterns) pattern(q, s);
        return;
    }
  }

  function markSuper(s: Scope): void {
    let t: Scope | null = s;
    while (t && t.kind === 'comp') t = t.parent;
    if (t && (t.kind === 'function' || t.kind === 'lambda')) {
      t.usesSuper = true;
      noteUse(t, '__class__');
    }
  }

  function stmts(body: A.Stmt[], s: Scope): void {
    for (const st of body) stmt(st, s);
  }

  function stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case 'FunctionDef': {
        for (const d of st.decorator_list) expr(d, s);
        // annotations: evaluated where the def runs (3.11-3.13), or by 3.14's `__annotate__`
        if (annotations === 'tuple') for (const it of annotationItems(st, s.private)) expr(it.annotation, s);
        else {
          const lam = annotateLambda(st, s.private);
          if (lam) expr(lam, s);
        }
        bind(s, st.name);
        const fs = new Scope('function', st.name, s, st);
        scopes.set(st, fs);
        args(st.args, fs, s);
        stmts(st.body, fs);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decorator_list) expr(d, s);
        for (const b of st.bases) expr(b, s);
        for (const k of st.keywords) expr(k.value, s);
        bind(s, st.name);
        const cs = new Scope('class', st.name, s, st);
        scopes.set(st, cs);
        stmts(st.body, cs);
        // 3.14: the class's `__annotate__`, made at the end of its body (none when its annotated names are stored eagerly)
        if (!eagerVariableAnnotations) {
          const lam = annotateLambda(st, cs.private);
          if (lam) expr(lam, cs);
        }
        return;
      }
      case 'Return': if (st.value) expr(st.value, s); return;
      case 'Delete': for (const t of st.targets) target(t, s); return;
      case 'Assign': expr(st.value, s); for (const t of st.targets) target(t, s); return;
      case 'AugAssign':
        expr(st.value, s);
        if (st.target.kind === 'Name') { noteUse(s, st.target.id); bind(s, st.target.id); } else target(st.target, s);
        return;
      case 'AnnAssign': if (st.value) expr(st.value, s); target(st.target, s); return;
      case 'For': expr(st.iter, s); target(st.target, s); stmts(st.body, s); stmts(st.orelse, s); return;
      case 'While': expr(st.test, s); stmts(st.body, s); stmts(st.orelse, s); return;
      case 'If': expr(st.test, s); stmts(st.body, s); stmts(st.orelse, s); return;
      case 'With':
        for (const it of st.items) { expr(it.context_expr, s); if (it.optional_vars) target(it.optional_vars, s); }
        stmts(st.body, s);
        return;
      case 'Raise': if (st.exc) expr(st.exc, s); if (st.cause) expr(st.cause, s); return;
      case 'Try': case 'TryStar':
        stmts(st.body, s);
        for (const h of st.handlers) { if (h.type) expr(h.type, s); if (h.name) bind(s, h.name); stmts(h.body, s); }
        stmts(st.orelse, s);
        stmts(st.finalbody, s);
        return;
      case 'Assert': expr(st.test, s); if (st.msg) expr(st.msg, s); return;
      case 'Match':
        // symtable_visit_pattern: captures are stores, value lookups and classes are loads
        expr(st.subject, s);
        for (const c of st.cases) {
          pattern(c.pattern, s);
          if (c.guard) expr(c.guard, s);
          stmts(c.body, s);
        }
        return;
      case 'Import': for (const a of st.names) bind(s, a.asname ?? a.name.split('.')[0]); return;
      case 'ImportFrom': for (const a of st.names) bind(s, a.asname ?? a.name); return;
      case 'Global':
        // the checks use the mangled name, the messages the name as written
        for (const raw of st.names) {
          const n = s.mangle(raw);
          if (s.assigned.has(n) || s.used.has(n)) {
            const msg = s.params.includes(n) ? `name '${raw}' is parameter and global` : s.assigned.has(n) ? `name '${raw}' is assigned to before global declaration` : `name '${raw}' is used prior to global declaration`;
            throw new PySyntaxError('SyntaxError', msg, st.lineno, st.col_offset + 1, st.end_lineno, st.end_col_offset + 1, '');
          }
          s.globals.add(n);
        }
        return;
      case 'Nonlocal':
        if (s.kind === 'module') throw new PySyntaxError('SyntaxError', 'nonlocal declaration not allowed at module level', st.lineno, st.col_offset + 1, st.end_lineno, st.end_col_offset + 1, '');
        for (const raw of st.names) {
          const n = s.mangle(raw);
          if (s.assigned.has(n) || s.used.has(n)) {
            const msg = s.params.includes(n) ? `name '${raw}' is parameter and nonlocal` : s.assigned.has(n) ? `name '${raw}' is assigned to before nonlocal declaration` : `name '${raw}' is used prior to nonlocal declaration`;
            throw new PySyntaxError('SyntaxError', msg, st.lineno, st.col_offset + 1, st.end_lineno, st.end_col_offset + 1, '');
          }
          s.nonlocals.add(n);
        }
        return;
      case 'Expr': expr(st.value, s); return;
      case 'Pass': case 'Break': case 'Continue': return;
    }
  }

  stmts(mod.body, top);
  analyze(top);
  return { top, scopes };
}

/** Does `s` bind `name` for nested functions? */
function bindsForChildren(s: Scope, name: string): boolean {
  if (s.globals.has(name)) return false;
  if (s.nonlocals.has(name)) return true;
  return s.assigned.has(name);
}

function registerFree(from: Scope, owner: Scope, name: string): void {
  // every code scope strictly between `owner` and `from` (inclusive of from) passes the cell through
  let s: Scope | null = from;
  while (s && s !== owner) {
    const c = s.codeScope;
    if (c !== owner.codeScope) {
      if (!c.cells.has(name) || c.nonlocals.has(name)) c.frees.add(name);
    }
    s = s.parent;
  }
}

function findEnclosing(s: Scope, name: string): Scope | 'global' {
  let p = s.parent;
  while (p) {
    if (p.kind === 'module') return 'global';
    if (p.kind === 'class') {
      if (name === '__class__') return p;
      p = p.parent;
      continue;
    }
    if (p.globals.has(name)) return 'global';
    if (p.kind === 'comp') {
      if (p.assigned.has(name)) return p;
      p = p.parent;
      continue;
    }
    if (bindsForChildren(p, name) || p.params.includes(name)) {
      if (p.nonlocals.has(name)) {
        // p itself gets it from further out
        return p;
      }
      return p;
    }
    p = p.parent;
  }
  return 'global';
}

/** Resolves free/cell variables over the whole tree (symtable.c analyze_block). */
function analyze(top: Scope): void {
  const all: Scope[] = [];
  (function walk(s: Scope) {
    all.push(s);
    s.children.forEach(walk);
  })(top);
  // pass 1: which names are free where, which scopes own cells
  for (const s of all) {
    if (s.kind === 'module') continue;
    const names = new Set<string>([...s.used, ...s.assigned, ...s.nonlocals]);
    for (const n of names) {
      if (s.globals.has(n)) continue;
      const local = s.kind === 'comp' ? s.assigned.has(n) : (s.isFunctionLike && (s.assigned.has(n) || s.params.includes(n)) && !s.nonlocals.has(n));
      if (local) continue;
      if (s.kind === 'class' && s.assigned.has(n) && !s.nonlocals.has(n)) continue;
      if (s.kind === 'comp' && !s.assigned.has(n)) continue; // resolved through the parent chain
      const owner = findEnclosing(s, n);
      if (owner === 'global') {
        if (s.nonlocals.has(n)) throw new PySyntaxError('SyntaxError', `no binding for nonlocal '${n}' found`, 1, 1, 1, 1, '');
        continue;
      }
      owner.cells.add(n);
      registerFree(s, owner, n);
    }
  }
  // comprehension names used inside nested functions of the comprehension
  for (const s of all) {
    if (s.kind !== 'comp') continue;
    for (const n of s.used) {
      if (s.assigned.has(n)) continue;
      // resolve through parents; nothing to do (same frame)
    }
  }
  // pass 2: slots and bindings per code scope
  for (const s of all) {
    if (s.kind === 'comp') continue;
    assignSlots(s);
  }
  for (const s of all) resolveAll(s);
}

function assignSlots(s: Scope): void {
  if (s.isFunctionLike) {
    for (const p of s.params) s.addSlot(p);
    for (const n of s.order) {
      if (s.params.includes(n) || s.globals.has(n) || s.nonlocals.has(n)) continue;
      if (s.assigned.has(n)) s.addSlot(n);
    }
    for (const c of s.cells) if (!s.slotNames.includes(c)) s.addSlot(c);
  } else {
    for (const c of s.cells) s.addSlot(c);
  }
  for (const f of s.frees) if (!s.slotNames.includes(f)) s.addSlot(f);
}

/** Hidden slots of inlined comprehensions are allocated lazily by the compiler. */
function resolveAll(s: Scope): void {
  void s;
}

/** The binding of `name` as seen from scope `s` (allocating hidden comprehension slots). */
export function resolve(s: Scope, name: string): Binding {
  const hit = s.bindings.get(name);
  if (hit) return hit;
  let b: Binding;
  if (s.kind === 'comp') {
    if (s.assigned.has(name)) {
      const cs = s.codeScope;
      const slot = cs.addSlot(`${name}`);
      cs.hiddenSlots.push(slot);
      b = s.cells.has(name) ? { k: 'cell', slot } : { k: 'fast', slot };
      (b as { hiddenCell?: boolean }).hiddenCell = s.cells.has(name);
    } else if (s.parent!.kind === 'class') {
      // a comprehension does not see the class namespace (as no scope nested in a class does):
      // a free variable of the class reads its cell, anything else is a global
      const cls = s.parent!;
      const slot = cls.slotNames.indexOf(name);
      b = slot >= 0 && (cls.frees.has(name) || cls.nonlocals.has(name)) ? { k: 'cell', slot } : { k: 'global' };
    } else b = resolve(s.parent!, name);
  } else if (s.kind === 'module') {
    b = s.namesInLocals && !s.globals.has(name) ? { k: 'name' } : { k: 'global' };
  } else if (s.globals.has(name)) {
    b = { k: 'global' };
  } else if (s.kind === 'class') {
    if (s.frees.has(name) && !s.assigned.has(name)) b = { k: 'classderef', slot: s.slotNames.indexOf(name) };
    else if (s.nonlocals.has(name)) b = { k: 'cell', slot: s.slotNames.indexOf(name) };
    else b = { k: 'name' };
  } else {
    const slot = s.slotNames.indexOf(name);
    if (slot >= 0) b = s.cells.has(name) || s.frees.has(name) ? { k: 'cell', slot } : { k: 'fast', slot };
    else b = { k: 'global' };
  }
  s.bindings.set(name, b);
  return b;
}
