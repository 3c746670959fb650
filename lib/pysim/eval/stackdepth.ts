// Models the stack depth analysis of Python/flowgraph.c (co_stacksize) for generator code, which
// sizes a generator object: sys.getsizeof(gen) counts its frame's fast locals and value stack.
// heaplab compiles to closures, not bytecode, so the depth is worked out from the AST with the
// stack effects CPython 3.11–3.14 give each construct; what lessons write (loops, calls,
// arithmetic, comparisons, displays, f-strings, subscripts, unpacking, yield) is covered exactly,
// and rarer statements (try, with) get the depth their handlers need.
import type * as A from '../parser/ast';

/** What differs between versions in the depth of generator code. */
export interface StackDepthRules {
  /** 3.12+: the generator's implicit StopIteration handler needs two slots whatever the body does. */
  generatorMinimum: number;
  /** 3.13+: a call with keyword arguments pushes its tuple of keyword names (CALL_KW). */
  kwnamesOnStack: boolean;
  /** 3.11: a list/set/dict comprehension is a function called with its iterator (3.12+ inline it, PEP 709). */
  comprehensionFunction: boolean;
  /** Slots a `with` statement's exception handler needs: 6, and 7 on 3.14. */
  withHandler: number;
  /** 3.14: a slice of constants (`a[1:2]`, `a[::2]`) is one constant slice object. */
  constantSlices: boolean;
}

function isConstant(e: A.Expr | null): boolean {
  return e === null || e.kind === 'Constant' || (e.kind === 'UnaryOp' && e.operand.kind === 'Constant');
}

/** Names a comprehension's `for` targets bind. */
function targetNames(t: A.Expr, out: Set<string>): void {
  if (t.kind === 'Name') out.add(t.id);
  else if (t.kind === 'Tuple' || t.kind === 'List') for (const x of t.elts) targetNames(x, out);
  else if (t.kind === 'Starred') targetNames(t.value, out);
}

/** Slots an expression needs to leave its value on the stack (starting from an empty stack). */
export function exprDepth(e: A.Expr, r: StackDepthRules): number {
  switch (e.kind) {
    case 'Constant': case 'Name': case 'Lambda':
      return 1;
    case 'Attribute':
      return exprDepth(e.value, r);
    case 'Starred':
      return exprDepth(e.value, r);
    case 'UnaryOp':
      return exprDepth(e.operand, r);
    case 'BinOp':
      return Math.max(exprDepth(e.left, r), 1 + exprDepth(e.right, r));
    case 'Compare': {
      // a chain keeps the previous operand under the next one (SWAP / COPY)
      let d = exprDepth(e.left, r);
      e.comparators.forEach((c, i) => {
        d = Math.max(d, 1 + exprDepth(c, r) + (i < e.comparators.length - 1 ? 1 : 0));
      });
      return d;
    }
    case 'BoolOp':
      return Math.max(...e.values.map((v, i) => (i < e.values.length - 1 ? Math.max(exprDepth(v, r), 2) : exprDepth(v, r))));
    case 'IfExp':
      return Math.max(exprDepth(e.test, r), exprDepth(e.body, r), exprDepth(e.orelse, r));
    case 'NamedExpr':
      return exprDepth(e.value, r) + 1;
    case 'Call': {
      // NULL + callable (or method + self), then the arguments one above the other
      const f = e.func;
      let d = f.kind === 'Attribute' ? Math.max(exprDepth(f.value, r), 2) : Math.max(exprDepth(f, r) + 1, 2);
      const args = [...e.args, ...e.keywords.map((k) => k.value)];
      args.forEach((a, i) => {
        d = Math.max(d, 2 + i + exprDepth(a, r));
      });
      if (r.kwnamesOnStack && e.keywords.length) d = Math.max(d, 3 + args.length);
      return d;
    }
    case 'Subscript': {
      const s = e.slice;
      if (s.kind === 'Slice' && r.constantSlices && isConstant(s.lower) && isConstant(s.upper) && isConstant(s.step)) return Math.max(exprDepth(e.value, r), 2);
      if (s.kind === 'Slice' && !s.step) {
        // BINARY_SLICE: container, start, stop
        return Math.max(exprDepth(e.value, r), 1 + (s.lower ? exprDepth(s.lower, r) : 1), 2 + (s.upper ? exprDepth(s.upper, r) : 1));
      }
      return Math.max(exprDepth(e.value, r), 1 + exprDepth(s, r));
    }
    case 'Slice': {
      const parts = [e.lower, e.upper, e.step].filter((x) => x !== undefined);
      return Math.max(1, ...parts.map((p, i) => i + (p ? exprDepth(p, r) : 1)));
    }
    case 'Tuple': case 'List': case 'Set':
      return e.elts.length ? Math.max(...e.elts.map((x, i) => i + exprDepth(x, r))) : 1;
    case 'Dict':
      return e.keys.length ? Math.max(...e.keys.map((k, i) => Math.max(2 * i + (k ? exprDepth(k, r) : 1), 2 * i + 1 + exprDepth(e.values[i], r)))) : 1;
    case 'JoinedStr':
      return e.values.length ? Math.max(...e.values.map((v, i) => i + exprDepth(v, r))) : 1;
    case 'FormattedValue':
      return Math.max(exprDepth(e.value, r), e.format_spec ? 1 + exprDepth(e.format_spec, r) : 1);
    case 'Yield':
      return e.value ? exprDepth(e.value, r) : 1;
    case 'YieldFrom':
      return Math.max(exprDepth(e.value, r), 2);
    case 'GeneratorExp':
      // its own code object: the function, then the iterator it is called with
      return Math.max(1 + exprDepth(e.generators[0].iter, r), 2);
    case 'ListComp': case 'SetComp': case 'DictComp': {
      const iter = exprDepth(e.generators[0].iter, r);
      if (r.comprehensionFunction) return Math.max(1 + iter, 2);
      // inlined (PEP 709): the saved values of its names, the result, each loop's iterator, then
      // the conditions and the element
      const names = new Set<string>();
      for (const g of e.generators) targetNames(g.target, names);
      const elt = e.kind === 'DictComp' ? Math.max(exprDepth(e.key, r), 1 + exprDepth(e.value, r)) : exprDepth(e.elt, r);
      return Math.max(iter, loopsDepth(e.generators, names.size + 1, elt, r));
    }
    default:
      return 2;
  }
}

/** Slots a store into `t` needs above the value being stored. */
function storeDepth(t: A.Expr, r: StackDepthRules): number {
  switch (t.kind) {
    case 'Name': return 1;
    case 'Attribute': return 1 + exprDepth(t.value, r);
    case 'Subscript': return Math.max(1 + exprDepth(t.value, r), 2 + exprDepth(t.slice, r));
    case 'Tuple': case 'List':
      // UNPACK_SEQUENCE leaves every item on the stack, each then stored from the top
      return Math.max(t.elts.length, ...t.elts.map((x, i) => t.elts.length - 1 - i + storeDepth(x, r)));
    case 'Starred': return storeDepth(t.value, r);
    default: return 1;
  }
}

/** Depth of a block of statements run with `base` slots already in use. */
export function blockDepth(body: readonly A.Stmt[], base: number, r: StackDepthRules): number {
  let d = base;
  for (const s of body) d = Math.max(d, stmtDepth(s, base, r));
  return d;
}

function stmtDepth(s: A.Stmt, b: number, r: StackDepthRules): number {
  switch (s.kind) {
    case 'Expr': return b + exprDepth(s.value, r);
    case 'Return': return b + (s.value ? exprDepth(s.value, r) : 1);
    case 'Assign': {
      const v = exprDepth(s.value, r);
      const copies = s.targets.length > 1 ? 1 : 0;
      return b + Math.max(v + copies, copies + Math.max(...s.targets.map((t) => storeDepth(t, r))));
    }
    case 'AnnAssign': return s.value ? b + Math.max(exprDepth(s.value, r), storeDepth(s.target, r)) : b;
    case 'AugAssign': {
      const t = s.target;
      // the target's parts stay below the value: name (1), object + copy (2), object + key + copies (4)
      const under = t.kind === 'Name' ? 1 : t.kind === 'Attribute' ? Math.max(exprDepth(t.value, r), 2) : Math.max(exprDepth(t.kind === 'Subscript' ? t.value : t, r), 4) - 1;
      return b + Math.max(under, under + exprDepth(s.value, r));
    }
    case 'If': return Math.max(b + exprDepth(s.test, r), blockDepth(s.body, b, r), blockDepth(s.orelse, b, r));
    case 'While': return Math.max(b + exprDepth(s.test, r), blockDepth(s.body, b, r), blockDepth(s.orelse, b, r));
    case 'For': {
      // the iterator stays on the stack under the loop body
      return Math.max(b + exprDepth(s.iter, r), b + 1 + storeDepth(s.target, r), blockDepth(s.body, b + 1, r), blockDepth(s.orelse, b, r));
    }
    case 'Delete': return b + Math.max(1, ...s.targets.map((t) => (t.kind === 'Name' ? 0 : storeDepth(t, r))));
    case 'Raise': return b + Math.max(s.exc ? exprDepth(s.exc, r) : 0, s.cause ? 1 + exprDepth(s.cause, r) : 0);
    case 'Assert': return b + Math.max(exprDepth(s.test, r), s.msg ? 1 + exprDepth(s.msg, r) : 1);
    case 'With':
      // __exit__ stays under the body; its exception handler calls __exit__ with the exception,
      // the previous one and the handler's bookkeeping
      return Math.max(b + 2 + Math.max(...s.items.map((i) => exprDepth(i.context_expr, r))), blockDepth(s.body, b + 1, r), b + r.withHandler);
    case 'Try': case 'TryStar':
      // a handler runs with the exception and the previous one on the stack
      return Math.max(blockDepth(s.body, b, r), ...s.handlers.map((h) => Math.max(b + 3 + (h.type ? exprDepth(h.type, r) : 0), blockDepth(h.body, b + 1, r))), blockDepth(s.orelse, b, r), blockDepth(s.finalbody, b + 2, r));
    case 'FunctionDef': case 'ClassDef':
      return b + 2 + s.decorator_list.length;
    case 'Match':
      // the subject (and its copy) stay under a pattern's values while it matches
      return Math.max(b + exprDepth(s.subject, r), ...s.cases.map((c) => Math.max(b + 2 + patternDepth(c.pattern), c.guard ? b + 1 + exprDepth(c.guard, r) : 0, blockDepth(c.body, b, r))));
    default:
      return b;
  }
}

/** Slots a pattern needs above the subject: its extracted values and the captures held until the case stores them. */
function patternDepth(p: A.Pattern): number {
  switch (p.kind) {
    case 'MatchSequence': return p.patterns.length + 1 + Math.max(0, ...p.patterns.map(patternDepth));
    case 'MatchMapping': return p.patterns.length + 3 + Math.max(0, ...p.patterns.map(patternDepth));
    case 'MatchClass': return p.patterns.length + p.kwd_patterns.length + 3 + Math.max(0, ...[...p.patterns, ...p.kwd_patterns].map(patternDepth));
    case 'MatchOr': return 1 + Math.max(...p.patterns.map(patternDepth));
    case 'MatchAs': return p.pattern ? 1 + patternDepth(p.pattern) : 1;
    default: return 2;
  }
}

/** co_stacksize of a generator function's code. */
export function generatorStackSize(body: readonly A.Stmt[], r: StackDepthRules): number {
  return Math.max(r.generatorMinimum, blockDepth(body, 0, r));
}

/** co_stacksize of a function's code (at least 1: the implicit `return None` loads its constant). */
export function functionStackSize(body: readonly A.Stmt[], r: StackDepthRules): number {
  return Math.max(1, blockDepth(body, 0, r));
}

/** co_stacksize of a lambda's code: its expression. */
export function lambdaStackSize(e: A.Expr, r: StackDepthRules): number {
  return exprDepth(e, r);
}

/** co_stacksize of a generator expression's code: a loop over `.0` (then over each inner iterable) yielding the element. */
export function genexpStackSize(e: A.GeneratorExp, r: StackDepthRules): number {
  return Math.max(r.generatorMinimum, loopsDepth(e.generators, 0, exprDepth(e.elt, r), r));
}

/**
 * Depth of a comprehension's loops above `base` slots: each loop's iterator stays under the next
 * (the first one is already evaluated), then its target, its conditions, and at the innermost the
 * element, which needs `elt` slots.
 */
function loopsDepth(gens: readonly A.Comprehension[], base: number, elt: number, r: StackDepthRules): number {
  let d = 0;
  gens.forEach((g, i) => {
    if (i > 0) d = Math.max(d, base + exprDepth(g.iter, r));
    base += 1;
    d = Math.max(d, base + storeDepth(g.target, r));
    for (const c of g.ifs) d = Math.max(d, base + exprDepth(c, r));
  });
  return Math.max(d, base + elt);
}
