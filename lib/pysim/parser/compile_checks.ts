// Models the SyntaxErrors that CPython 3.12 raises after parsing, in Python/symtable.c (first,
// whole file) and Python/compile.c (then, in source order): `'return' outside function`,
// `'break' outside loop`, nonlocal declarations without a binding, and so on. `ast.parse`
// accepts these programs; `compile()` rejects them.

import type * as A from './ast';
import { PySyntaxError } from './errors';
import { _Py_Mangle } from '../eval/mangle';
import { checkMatchCases } from '../eval/compile_patterns';

type Src = { line(n: number): string };

function fail(msg: string, n: A.Pos, lines: Src): never {
  throw new PySyntaxError('SyntaxError', msg, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, lines.line(n.lineno));
}

/** Calls `f` on every direct child node of `node` (fields in CPython's order). */
function children(node: object, f: (child: { kind: string }) => void): void {
  for (const [k, v] of Object.entries(node)) {
    if (k === 'kind') continue;
    if (Array.isArray(v)) { for (const x of v) if (x && typeof x === 'object' && 'kind' in x) f(x); }
    else if (v && typeof v === 'object' && 'kind' in v) f(v as { kind: string });
  }
}

/** Names a function scope binds (parameters, assignment targets, imports, nested def/class), mangled with `priv`. */
function functionBindings(fn: A.FunctionDef | A.Lambda, priv: string | null): Set<string> {
  const mangled = new Set<string>();
  const out = { add: (n: string) => mangled.add(_Py_Mangle(priv, n)), delete: (n: string) => mangled.delete(_Py_Mangle(priv, n)) };
  const a = fn.args;
  for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) if (p) out.add(p.arg);
  const visit = (n: { kind: string }): void => {
    switch (n.kind) {
      case 'Name': if ((n as A.Name).ctx !== 'Load') out.add((n as A.Name).id); return;
      case 'FunctionDef': case 'ClassDef': out.add((n as A.FunctionDef).name); return;
      case 'Lambda': case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return;
      case 'Nonlocal': for (const x of (n as A.Nonlocal).names) out.add(x); return;
      case 'Import': case 'ImportFrom':
        for (const al of (n as A.Import).names) if (al.name !== '*') out.add(al.asname ?? al.name.split('.')[0]);
        return;
      case 'ExceptHandler': if ((n as A.ExceptHandler).name) out.add((n as A.ExceptHandler).name as string); break;
      case 'NamedExpr': out.add((n as A.NamedExpr).target.id); break;
      case 'MatchAs': case 'MatchStar': { const nm = (n as A.MatchAs).name; if (nm) out.add(nm); break; }
      case 'MatchMapping': if ((n as A.MatchMapping).rest) out.add((n as A.MatchMapping).rest as string); break;
      default: break;
    }
    children(n, visit);
  };
  const globals = new Set<string>();
  const findGlobals = (n: { kind: string }): void => {
    if (n.kind === 'Global') for (const x of (n as A.Global).names) globals.add(x);
    else if (n.kind !== 'FunctionDef' && n.kind !== 'ClassDef' && n.kind !== 'Lambda') children(n, findGlobals);
  };
  if (fn.kind === 'FunctionDef') for (const s of fn.body) { visit(s); findGlobals(s); } else visit(fn.body);
  for (const g of globals) out.delete(g);
  return mangled;
}

/** Symtable pass: nonlocal declarations. */
function symtableChecks(mod: A.Module, lines: Src): void {
  // outer: binding sets of the enclosing function scopes; current: this function's (null in a class or the module);
  // priv: the innermost enclosing class, whose name private names are mangled with
  const visit = (n: { kind: string }, outer: Set<string>[], current: Set<string> | null, atModule: boolean, priv: string | null = null): void => {
    if (n.kind === 'Nonlocal') {
      const nl = n as A.Nonlocal;
      if (atModule) fail('nonlocal declaration not allowed at module level', nl, lines);
      for (const raw of nl.names) {
        const name = _Py_Mangle(priv, raw);
        if (!outer.some((s) => s.has(name))) fail(`no binding for nonlocal '${name}' found`, nl, lines);
      }
      return;
    }
    const inner = current ? [current, ...outer] : outer;
    if (n.kind === 'FunctionDef' || n.kind === 'Lambda') {
      const fn = n as A.FunctionDef | A.Lambda;
      // decorators, defaults and annotations belong to the enclosing scope
      if (fn.kind === 'FunctionDef') for (const d of fn.decorator_list) visit(d, outer, current, atModule, priv);
      const own = functionBindings(fn, priv);
      if (fn.kind === 'FunctionDef') for (const s of fn.body) visit(s, inner, own, false, priv); else visit(fn.body, inner, own, false, priv);
      return;
    }
    if (n.kind === 'ClassDef') {
      const c = n as A.ClassDef;
      for (const d of [...c.decorator_list, ...c.bases, ...c.keywords]) visit(d, outer, current, atModule, priv);
      for (const s of c.body) visit(s, inner, null, false, c.name);
      return;
    }
    children(n, (ch) => visit(ch, outer, current, atModule, priv));
  };
  for (const s of mod.body) visit(s, [], null, true);
}

/** Compiler pass: statements and expressions that need a function or a loop. */
function compilerChecks(mod: A.Module, lines: Src): void {
  let comp: string | null = null; // innermost comprehension being compiled
  // compiler_unwind_fblock_stack meets an EXCEPTION_GROUP_HANDLER block: break/continue inside an
  // except* body (no loop in between), return (no function in between)
  let starLoop = false, starFunc = false;
  const STAR_MSG = "'break', 'continue' and 'return' cannot appear in an except* block";
  const COMP_NAMES: Record<string, string> = {
    ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression',
  };
  const elements = (elts: A.Expr[], inFunc: boolean, inLoop: boolean): void => {
    for (const e of elts) visit(e.kind === 'Starred' ? e.value : e, inFunc, inLoop);
  };
  const target = (t: A.Expr, inFunc: boolean, inLoop: boolean): void => {
    if (t.kind === 'Starred') fail('starred assignment target must be in a list or tuple', t, lines);
    if (t.kind === 'Tuple' || t.kind === 'List') {
      const stars = t.elts.filter((e) => e.kind === 'Starred');
      if (stars.length > 1) fail('multiple starred expressions in assignment', t, lines);
      for (const e of t.elts) target(e.kind === 'Starred' ? e.value : e, inFunc, inLoop);
      return;
    }
    visit(t, inFunc, inLoop);
  };
  const visit = (n: { kind: string }, inFunc: boolean, inLoop: boolean): void => {
    switch (n.kind) {
      case 'Name': {
        const nm = n as A.Name;
        if (nm.id === '__debug__' && nm.ctx !== 'Load') fail(nm.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', nm, lines);
        return;
      }
      case 'Starred': fail("can't use starred expression here", n as A.Starred, lines); break;
      case 'Tuple': case 'List': case 'Set': {
        const t = n as A.Tuple | A.List | A.SetExpr;
        if (t.kind !== 'Set' && (t as A.Tuple | A.List).ctx !== 'Load') { target(t, inFunc, inLoop); return; }
        elements(t.elts, inFunc, inLoop);
        return;
      }
      case 'Call': {
        const c = n as A.Call;
        visit(c.func, inFunc, inLoop);
        elements(c.args, inFunc, inLoop);
        for (const k of c.keywords) visit(k.value, inFunc, inLoop);
        return;
      }
      case 'Assign': {
        const a = n as A.Assign;
        visit(a.value, inFunc, inLoop);
        for (const t of a.targets) target(t, inFunc, inLoop);
        return;
      }
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
        const c = n as A.ListComp | A.DictComp;
        const saved = comp;
        c.generators.forEach((g, k) => {
          if (k === 0) visit(g.iter, inFunc, inLoop);
          comp = COMP_NAMES[n.kind];
          if (k > 0) visit(g.iter, inFunc, inLoop);
          target(g.target, inFunc, inLoop);
          for (const i of g.ifs) visit(i, inFunc, inLoop);
          comp = saved;
        });
        comp = COMP_NAMES[n.kind];
        if (c.kind === 'DictComp') { visit(c.key, inFunc, inLoop); visit(c.value, inFunc, inLoop); } else visit(c.elt, inFunc, inLoop);
        comp = saved;
        return;
      }
      case 'Return': {
        const r = n as A.Return;
        if (!inFunc) fail("'return' outside function", r, lines);
        // compiler_return: a constant value puts the location on the value
        if (starFunc) fail(STAR_MSG, r.value && r.value.kind === 'Constant' ? r.value : r, lines);
        break;
      }
      case 'Break': if (starLoop) fail(STAR_MSG, n as A.Break, lines); if (!inLoop) fail("'break' outside loop", n as A.Break, lines); break;
      case 'Continue': if (starLoop) fail(STAR_MSG, n as A.Continue, lines); if (!inLoop) fail("'continue' not properly in loop", n as A.Continue, lines); break;
      case 'TryStar': {
        const t = n as A.TryStar;
        for (const s of t.body) visit(s, inFunc, inLoop);
        for (const h of t.handlers) {
          if (h.type) visit(h.type, inFunc, inLoop);
          const saved = [starLoop, starFunc];
          starLoop = starFunc = true;
          for (const s of h.body) visit(s, inFunc, inLoop);
          [starLoop, starFunc] = saved;
        }
        for (const s of [...t.orelse, ...t.finalbody]) visit(s, inFunc, inLoop);
        return;
      }
      case 'Yield': case 'YieldFrom':
        if (comp) fail(`'yield' inside ${comp}`, n as A.Yield, lines);
        if (!inFunc) fail("'yield' outside function", n as A.Yield, lines);
        break;
      case 'Await': if (!inFunc) fail("'await' outside function", n as A.Await, lines); break;
      case 'FunctionDef': {
        const f = n as A.FunctionDef;
        for (const d of f.decorator_list) visit(d, inFunc, inLoop);
        const va = f.args.vararg;
        children(f.args, (c) => {
          if (c === va && va.annotation?.kind === 'Starred') visit(va.annotation.value, inFunc, inLoop);
          else visit(c, inFunc, inLoop);
        });
        if (f.returns) visit(f.returns, inFunc, inLoop);
        const saved = comp; comp = null;
        const star = [starLoop, starFunc];
        starLoop = starFunc = false;
        for (const s of f.body) visit(s, true, false);
        [starLoop, starFunc] = star;
        comp = saved;
        return;
      }
      case 'Lambda': {
        const l = n as A.Lambda;
        children(l.args, (c) => visit(c, inFunc, inLoop));
        const saved = comp; comp = null;
        const star = [starLoop, starFunc];
        starLoop = starFunc = false;
        visit(l.body, true, false);
        [starLoop, starFunc] = star;
        comp = saved;
        return;
      }
      case 'ClassDef': {
        const c = n as A.ClassDef;
        for (const d of [...c.decorator_list, ...c.keywords]) visit(d, inFunc, inLoop);
        elements(c.bases, inFunc, inLoop);
        const star = [starLoop, starFunc];
        starLoop = starFunc = false;
        for (const s of c.body) visit(s, false, false);
        [starLoop, starFunc] = star;
        return;
      }
      case 'Match': {
        const m = n as A.Match;
        visit(m.subject, inFunc, inLoop);
        checkMatchCases(m, 12, (msg, at) => fail(msg, at, lines), (c) => {
          if (c.guard) visit(c.guard, inFunc, inLoop);
          for (const s of c.body) visit(s, inFunc, inLoop);
        });
        return;
      }
      case 'For': case 'While': {
        const l = n as A.For | A.While;
        if (l.kind === 'For') { visit(l.target, inFunc, inLoop); visit(l.iter, inFunc, inLoop); } else visit(l.test, inFunc, inLoop);
        const star = starLoop;
        starLoop = false;
        for (const s of l.body) visit(s, inFunc, true);
        starLoop = star;
        for (const s of l.orelse) visit(s, inFunc, inLoop);
        return;
      }
      default: break;
    }
    children(n, (c) => visit(c, inFunc, inLoop));
  };
  for (const s of mod.body) visit(s, false, false);
}

/**
 * Raises the PySyntaxError CPython 3.12's compile() would raise for a module that parsed, if
 * any. `lines.line(n)` gives the text of line n (SourceLines from tokenizer.ts fits).
 */
export function checkCompile(mod: A.Module, lines: Src): void {
  symtableChecks(mod, lines);
  compilerChecks(mod, lines);
}
