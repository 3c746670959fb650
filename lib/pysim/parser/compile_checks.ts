// Models the SyntaxErrors that CPython 3.12 raises after parsing, in Python/symtable.c (first,
// whole file) and Python/compile.c (then, in source order): `'return' outside function`,
// `'break' outside loop`, nonlocal declarations without a binding, and so on. `ast.parse`
// accepts these programs; `compile()` rejects them.

import type * as A from './ast';
import { PySyntaxError } from './errors';

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

/** Names a function scope binds (parameters, assignment targets, imports, nested def/class). */
function functionBindings(fn: A.FunctionDef | A.Lambda): Set<string> {
  const out = new Set<string>();
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
      default: break;
    }
    children(n, visit);
  };
  if (fn.kind === 'FunctionDef') for (const s of fn.body) visit(s); else visit(fn.body);
  return out;
}

/** Symtable pass: nonlocal declarations. */
function symtableChecks(mod: A.Module, lines: Src): void {
  const visit = (n: { kind: string }, enclosing: Set<string>[], atModule: boolean): void => {
    if (n.kind === 'Nonlocal') {
      const nl = n as A.Nonlocal;
      if (atModule) fail('nonlocal declaration not allowed at module level', nl, lines);
      for (const name of nl.names) if (!enclosing.some((s) => s.has(name))) fail(`no binding for nonlocal '${name}' found`, nl, lines);
      return;
    }
    if (n.kind === 'FunctionDef' || n.kind === 'Lambda') {
      const fn = n as A.FunctionDef | A.Lambda;
      // decorators, defaults and annotations belong to the enclosing scope
      if (fn.kind === 'FunctionDef') for (const d of fn.decorator_list) visit(d, enclosing, atModule);
      const inner = [functionBindings(fn), ...enclosing];
      if (fn.kind === 'FunctionDef') for (const s of fn.body) visit(s, inner, false); else visit(fn.body, inner, false);
      return;
    }
    if (n.kind === 'ClassDef') {
      const c = n as A.ClassDef;
      for (const d of [...c.decorator_list, ...c.bases, ...c.keywords]) visit(d, enclosing, atModule);
      // a class body is not an enclosing scope for nonlocal, but is not the module either
      for (const s of c.body) visit(s, enclosing, false);
      return;
    }
    children(n, (ch) => visit(ch, enclosing, atModule));
  };
  for (const s of mod.body) visit(s, [], true);
}

/** Compiler pass: statements and expressions that need a function or a loop. */
function compilerChecks(mod: A.Module, lines: Src): void {
  const visit = (n: { kind: string }, inFunc: boolean, inLoop: boolean): void => {
    switch (n.kind) {
      case 'Return': if (!inFunc) fail("'return' outside function", n as A.Return, lines); break;
      case 'Break': if (!inLoop) fail("'break' outside loop", n as A.Break, lines); break;
      case 'Continue': if (!inLoop) fail("'continue' not properly in loop", n as A.Continue, lines); break;
      case 'Yield': case 'YieldFrom': if (!inFunc) fail("'yield' outside function", n as A.Yield, lines); break;
      case 'Await': if (!inFunc) fail("'await' outside function", n as A.Await, lines); break;
      case 'FunctionDef': {
        const f = n as A.FunctionDef;
        for (const d of f.decorator_list) visit(d, inFunc, inLoop);
        children(f.args, (c) => visit(c, inFunc, inLoop));
        if (f.returns) visit(f.returns, inFunc, inLoop);
        for (const s of f.body) visit(s, true, false);
        return;
      }
      case 'Lambda': {
        const l = n as A.Lambda;
        children(l.args, (c) => visit(c, inFunc, inLoop));
        visit(l.body, true, false);
        return;
      }
      case 'ClassDef': {
        const c = n as A.ClassDef;
        for (const d of [...c.decorator_list, ...c.bases, ...c.keywords]) visit(d, inFunc, inLoop);
        for (const s of c.body) visit(s, false, false);
        return;
      }
      case 'For': case 'While': {
        const l = n as A.For | A.While;
        if (l.kind === 'For') { visit(l.target, inFunc, inLoop); visit(l.iter, inFunc, inLoop); } else visit(l.test, inFunc, inLoop);
        for (const s of l.body) visit(s, inFunc, true);
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
