// Models the compile-time checks of Python/compile.c's pattern compiler (compiler_pattern and its
// helpers, CPython 3.11-3.14): the SyntaxErrors `ast.parse` accepts and `compile()` rejects, and
// the order in which a pattern's captures are stored once it matches (pc->stores).
import type * as A from '../parser/ast';
import { constantRepr } from '../parser/dump';

/** Raises the SyntaxError `msg` at a node (the caller's own error type and source text). */
export type PatternFail = (msg: string, at: A.Pos) => never;

/** compile.c's pattern_context, for the checks: names captured so far and whether an irrefutable pattern may appear. */
interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  /** 3.11: the location SET_LOC last set (the pattern compiled last), which some errors report. */
  cur: A.Pos;
}

/** WILDCARD_CHECK: `_`. */
export function isWildcard(p: A.Pattern): boolean {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

/** WILDCARD_STAR_CHECK: `*_`. */
export function isWildcardStar(p: A.Pattern): boolean {
  return p.kind === 'MatchStar' && p.name === null;
}

/** Python's repr of a name (an identifier: no escapes needed). */
function nameRepr(s: string): string {
  return `'${s}'`;
}

/**
 * The constant the AST optimizer folds a literal pattern expression into (`-1` is a Constant
 * there), or null for an attribute lookup or a complex literal (`1+2j`, not compared here).
 */
export function foldedPatternConstant(e: A.Expr): A.ConstantValue | undefined {
  if (e.kind === 'Constant') return e.value;
  if (e.kind === 'UnaryOp' && e.op === 'USub' && e.operand.kind === 'Constant') {
    const v = e.operand.value;
    if (typeof v === 'bigint') return -v;
    if (typeof v === 'number') return -v;
    if (v !== null && typeof v === 'object' && 'imag' in v) return { imag: -v.imag };
  }
  return undefined;
}

/** The key a constant is compared under in compile.c's `seen` set (1, 1.0 and True are one key). */
function constSetKey(v: A.ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'i1' : 'i0';
  if (typeof v === 'bigint') return 'i' + v;
  if (typeof v === 'number') return Number.isInteger(v) ? 'i' + BigInt(v) : 'f' + v;
  if (typeof v === 'string') return 's' + v;
  if ('bytes' in v) return 'y' + Array.from(v.bytes).join(',');
  if ('imag' in v) return v.imag === 0 ? 'i0' : 'j' + v.imag;
  return 'E';
}

/** MATCH_VALUE_EXPR after the AST optimizer: a constant (signed and complex numbers fold) or an attribute lookup. */
function isMatchValueExpr(e: A.Expr): boolean {
  if (e.kind === 'Constant' || e.kind === 'Attribute') return true;
  if (e.kind === 'UnaryOp') return e.op === 'USub' && e.operand.kind === 'Constant';
  if (e.kind === 'BinOp') return isMatchValueExpr(e.left) && e.right.kind === 'Constant';
  return false;
}

/**
 * Checks one case's pattern as compiler_match_inner compiles it and returns the names it stores,
 * in store order. `allowIrrefutable` is `guard != NULL || last case`; `minor` picks 3.11's error
 * locations (the last pattern compiled) over 3.12+'s (the pattern at fault).
 */
export function checkCasePattern(p: A.Pattern, allowIrrefutable: boolean, minor: number, fail: PatternFail): string[] {
  const pc: PatternContext = { stores: [], allowIrrefutable, cur: p };
  const at = (own: A.Pos): A.Pos => (minor === 11 ? pc.cur : own);

  const storeName = (name: string | null, loc: A.Pos): void => {
    if (name === null) return;
    if (name === '__debug__') fail('cannot assign to __debug__', at(loc));
    if (pc.stores.includes(name)) fail(`multiple assignments to name ${nameRepr(name)} in pattern`, at(loc));
    pc.stores.push(name);
  };

  const subpattern = (q: A.Pattern): void => {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    pattern(q);
    pc.allowIrrefutable = saved;
  };

  const pattern = (q: A.Pattern): void => {
    pc.cur = q;
    switch (q.kind) {
      case 'MatchValue':
        if (!isMatchValueExpr(q.value)) fail('patterns may only match literals and attribute lookups', q);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence': {
        let star = -1, onlyWildcard = true, starWildcard = false;
        q.patterns.forEach((x, i) => {
          if (x.kind === 'MatchStar') {
            if (star >= 0) fail('multiple starred names in sequence pattern', q);
            starWildcard = isWildcardStar(x);
            onlyWildcard = onlyWildcard && starWildcard;
            star = i;
            return;
          }
          onlyWildcard = onlyWildcard && isWildcard(x);
        });
        if (onlyWildcard) return;
        if (starWildcard) {
          q.patterns.forEach((x, i) => { if (!isWildcard(x) && i !== star) subpattern(x); });
          return;
        }
        for (const x of q.patterns) subpattern(x);
        return;
      }
      case 'MatchMapping': {
        const seen = new Set<string>();
        for (const k of q.keys) {
          if (k.kind === 'Attribute') continue;
          if (!isMatchValueExpr(k)) fail('mapping pattern keys may only match literals and attribute lookups', q);
          const v = foldedPatternConstant(k);
          if (v === undefined) continue;
          const key = constSetKey(v);
          if (seen.has(key)) fail(`mapping pattern checks duplicate key (${constantRepr(v)})`, q);
          seen.add(key);
        }
        for (const x of q.patterns) subpattern(x);
        storeName(q.rest, q);
        return;
      }
      case 'MatchClass': {
        const n = q.kwd_attrs.length;
        for (let i = 0; i < n; i++) {
          const attr = q.kwd_attrs[i];
          if (attr === '__debug__') fail('cannot assign to __debug__', q.kwd_patterns[i]);
          for (let j = i + 1; j < n; j++) {
            if (q.kwd_attrs[j] === attr) fail(`attribute name repeated in class pattern: ${attr}`, q.kwd_patterns[j]);
          }
        }
        for (const x of [...q.patterns, ...q.kwd_patterns]) if (!isWildcard(x)) subpattern(x);
        return;
      }
      case 'MatchStar':
        storeName(q.name, q);
        return;
      case 'MatchAs':
        if (q.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (q.name !== null) fail(`name capture ${nameRepr(q.name)} makes remaining patterns unreachable`, q);
            fail('wildcard makes remaining patterns unreachable', q);
          }
          storeName(q.name, q);
          return;
        }
        pattern(q.pattern);
        storeName(q.name, q);
        return;
      case 'MatchOr': {
        const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable };
        let control: string[] | null = null;
        q.patterns.forEach((alt, i) => {
          pc.stores = [];
          pc.allowIrrefutable = i === q.patterns.length - 1 && old.allowIrrefutable;
          pattern(alt);
          if (control === null) control = pc.stores;
          else if (pc.stores.length !== control.length || control.some((nm) => !pc.stores.includes(nm))) {
            fail('alternative patterns bind different names', at(q));
          }
        });
        pc.stores = old.stores;
        pc.allowIrrefutable = old.allowIrrefutable;
        for (const nm of control ?? []) {
          if (pc.stores.includes(nm)) fail(`multiple assignments to name ${nameRepr(nm)} in pattern`, at(q));
          pc.stores.push(nm);
        }
        return;
      }
    }
  };

  pattern(p);
  return pc.stores;
}

/**
 * Checks every case of a match statement in compile order and returns each case's stores;
 * `each` runs after a case's pattern (the guard and body, which compile before the next case).
 */
export function checkMatchCases(m: A.Match, minor: number, fail: PatternFail, each?: (c: A.MatchCase) => void): string[][] {
  const n = m.cases.length;
  return m.cases.map((c, i) => {
    const stores = checkCasePattern(c.pattern, c.guard !== null || i === n - 1, minor, fail);
    if (each) each(c);
    return stores;
  });
}
