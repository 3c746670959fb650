// Models Parser/parser.c generated from Grammar/python.gram (CPython 3.12): a recursive-descent
// parser over the tokens of tokenizer.ts producing the nodes of ast.ts, with the error messages of
// the grammar's invalid_* rules for the common mistakes.

import type * as A from './ast';
import { PySyntaxError } from './errors';
import { SourceLines, tokenize, type Token } from './tokenizer';
import { StringContext, concatenateStrings } from './string_parser';
import { _Py_Mangle } from '../eval/mangle';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const AUGASSIGN: Record<string, A.Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};
const COMPARE: Record<string, A.CmpOperator> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
const EXPR_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);
const EXPR_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...']);
const OR_OPS: Record<string, A.Operator> = { '|': 'BitOr' };
const XOR_OPS: Record<string, A.Operator> = { '^': 'BitXor' };
const AND_OPS: Record<string, A.Operator> = { '&': 'BitAnd' };
const SHIFT_OPS: Record<string, A.Operator> = { '<<': 'LShift', '>>': 'RShift' };
const SUM_OPS: Record<string, A.Operator> = { '+': 'Add', '-': 'Sub' };
const TERM: Record<string, A.Operator> = { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' };

/** A node's start: the index of its first token. */
type Loc = number;

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

type TargetsType = 'star' | 'del' | 'for';

/** The CPython minor version whose grammar's error rules apply (3.13 added invalid_arithmetic / invalid_factor). */
let grammarMinor = 12;
/** Sets the CPython minor version the next parses report errors for. */
export function setGrammarMinor(minor: number): void {
  grammarMinor = minor;
}

/** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
function invalidTarget(e: A.Expr, type: TargetsType): A.Expr | null {
  switch (e.kind) {
    case 'List': case 'Tuple':
      for (const x of e.elts) { const r = invalidTarget(x, type); if (r) return r; }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for' && e.ops[0] === 'In') return invalidTarget(e.left, type);
      return e;
    case 'Name': case 'Subscript': case 'Attribute': return null;
    default: return e;
  }
}

/** Sets the context of a (validated) target expression. */
function setCtx(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': e.ctx = ctx; break;
    case 'Starred': e.ctx = ctx; setCtx(e.value, ctx); break;
    case 'List': case 'Tuple': e.ctx = ctx; for (const x of e.elts) setCtx(x, ctx); break;
    default: break;
  }
}

/** The recursive-descent parser for one file. */
export class Parser {
  private p = 0;
  private readonly toks: Token[];
  readonly lines: SourceLines;
  private readonly strings: StringContext;
  /** Bracket nesting, for "Perhaps you forgot a comma?". */
  private level = 0;
  private inFunction = 0;
  /** The innermost enclosing class (symtable's st_private): parameter names are compared mangled. */
  private className: string | null = null;
  /** True for the sub-parser of an f-string replacement field. */
  private fstringField_ = false;

  constructor(readonly src: string, toks?: Token[], lines?: SourceLines) {
    this.lines = lines ?? new SourceLines(src);
    this.toks = toks ?? tokenize(src, { lines: this.lines, deferErrors: true });
    this.strings = new StringContext(src, this.lines, (from, to) => this.fstringField(from, to));
  }

  // ------------------------------------------------------------------ token helpers
  private get tok(): Token {
    const t = this.toks[this.p];
    if (t.error) throw t.error;
    return t;
  }
  private peek(k = 1): Token {
    const t = this.toks[Math.min(this.p + k, this.toks.length - 1)];
    if (t.error) throw t.error;
    return t;
  }
  private next(): Token { const t = this.toks[this.p]; if (this.p < this.toks.length - 1) this.p++; return t; }
  private isOp(v: string, t = this.tok): boolean { return t.type === 'OP' && t.value === v; }
  private isKw(v: string, t = this.tok): boolean { return t.type === 'NAME' && t.value === v; }
  private isName(t = this.tok): boolean { return t.type === 'NAME' && !KEYWORDS.has(t.value); }
  private eatOp(v: string): boolean { if (this.isOp(v)) { this.next(); return true; } return false; }
  private eatKw(v: string): boolean { if (this.isKw(v)) { this.next(); return true; } return false; }
  private get prev(): Token { return this.toks[this.p - 1]; }

  private start(): Loc { void this.tok; return this.p; }
  private fin<T extends object>(s: Loc, node: T): T & A.Pos {
    let k = this.p - 1;
    while (k > 0 && (this.toks[k].type === 'NEWLINE' || this.toks[k].type === 'DEDENT' || this.toks[k].type === 'INDENT')) k--;
    const e = this.toks[k];
    const st = this.toks[s];
    const n = node as T & A.Pos;
    n.lineno = st.lineno; n.col_offset = st.col; n.end_lineno = e.end_lineno; n.end_col_offset = e.end_col;
    return n;
  }

  // ------------------------------------------------------------------ errors
  private raise(msg: string, l: number, c: number, el: number, ec: number, type: PySyntaxError['type'] = 'SyntaxError'): never {
    throw new PySyntaxError(type, msg, l, c + 1, el, ec + 1, this.lines.line(l));
  }
  private raiseAt(msg: string, t: Token = this.tok): never {
    if (t.type === 'ENDMARKER' && this.fstringField_) {
      // the replacement field ended before its expression did
      const m = msg === 'invalid syntax' ? "f-string: expecting '=', or '!', or ':', or '}'" : msg;
      const last = this.toks[Math.max(0, this.toks.indexOf(t) - 1)];
      return this.raise(m, last.lineno, last.col, last.end_lineno, last.end_col);
    }
    if (t.type === 'ENDMARKER') {
      // CPython reports errors at EOF at the last NEWLINE token, with end_offset -1
      let k = this.toks.indexOf(t) - 1;
      while (k > 0 && this.toks[k].type !== 'NEWLINE') k--;
      const nl = this.toks[k];
      if (nl && nl.type === 'NEWLINE') return this.raise(msg, nl.lineno, nl.col, nl.lineno, -2);
      return this.raise(msg, 1, 0, 1, -2);
    }
    if (t.type === 'INDENT') return this.raise('unexpected indent', t.lineno, t.end_col - 1, t.lineno, -2, 'IndentationError');
    if (t.type === 'DEDENT') return this.raise('unindent does not match any outer indentation level', t.lineno, t.col, t.lineno, -2, 'IndentationError');
    return this.raise(msg, t.lineno, t.col, t.end_lineno, t.end_col);
  }
  private raiseNode(msg: string, a: A.Pos, b: A.Pos = a): never {
    return this.raise(msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }
  private unsupported(what: string, a: Token, b: Token = a): never {
    throw new PySyntaxError('SyntaxError', `heaplab does not simulate ${what} yet`, a.lineno, a.col + 1, b.end_lineno, b.end_col + 1, this.lines.line(a.lineno), true);
  }
  /** CPython re-tokenizes the rest of the file after a generic syntax error: a tokenizer error wins. */
  private genericInvalid(t: Token): never {
    const last = this.toks[this.toks.length - 1];
    if (last.error) {
      const idx = this.toks.indexOf(t);
      if (!/was never closed$/.test(last.error.msg) || idx >= this.toks.length - 2) throw last.error;
    }
    return this.raiseAt('invalid syntax', t);
  }

  private invalid(): never {
    const t = this.tok;
    if (t.type === 'INDENT') this.raiseAt('unexpected indent', t);
    if (this.isKw('not') && !this.isKw('in', this.peek()) && this.p > 0 && (this.isName(this.prev) || ['NUMBER', 'STRING'].includes(this.prev.type) || [')', ']', '}'].includes(this.prev.value))) this.genericInvalid(this.peek());
    return this.genericInvalid(t);
  }
  private expectOp(v: string): Token {
    if (!this.isOp(v)) {
      if (v === ':') this.raiseAt("expected ':'");
      this.invalid();
    }
    return this.next();
  }
  private expectName(): Token {
    if (!this.isName()) this.invalid();
    return this.next();
  }

  /** Whether the current token can start an expression. */
  private startsExpr(t = this.tok): boolean {
    if (t.type === 'NUMBER' || t.type === 'STRING') return true;
    if (t.type === 'NAME') return !KEYWORDS.has(t.value) || EXPR_KEYWORDS.has(t.value);
    if (t.type === 'OP') return EXPR_START_OPS.has(t.value);
    return false;
  }

  /** CPython's invalid_expression "Perhaps you forgot a comma?" check after an element `a`. */
  private checkComma(a: A.Expr, aStart: number): void {
    if (this.level === 0 || !this.startsExpr()) return;
    const t0 = this.toks[aStart];
    if (t0.type === 'NAME' && this.toks[aStart + 1]?.type === 'STRING') return;
    const save = this.p;
    let b: A.Expr | null = null;
    try { b = this.expression(); } catch (e) { if (!(e instanceof PySyntaxError)) throw e; }
    this.p = save;
    if (!b) return;
    if (this.isKw('if', this.toks[save]) || this.isKw('else', this.toks[save])) return;
    this.raiseNode('invalid syntax. Perhaps you forgot a comma?', a, b);
  }

  // ------------------------------------------------------------------ module and blocks
  /**
   * Parses the file. After a syntax error CPython tokenizes the rest of the source
   * (_PyPegen_tokenize_full_source_to_check_for_errors): a tokenizer error there wins, and so
   * does an unclosed bracket opened on a line before the one the parser failed on.
   */
  parseFile(): A.Module {
    try {
      return this.parseModule();
    } catch (e) {
      const tokErr = this.toks[this.toks.length - 1].error;
      if (!(e instanceof PySyntaxError) || !tokErr || tokErr === e) throw e;
      if (!/was never closed$/.test(tokErr.msg)) throw tokErr;
      if (Math.max(e.lineno, e.end_lineno) > tokErr.lineno) throw tokErr;
      throw e;
    }
  }

  /** file: [statements] ENDMARKER */
  parseModule(): A.Module {
    const body: A.Stmt[] = [];
    while (this.tok.type !== 'ENDMARKER') {
      if (this.tok.type === 'INDENT') this.raise('unexpected indent', this.tok.lineno, this.tok.end_col - 1, this.tok.lineno, -2, 'IndentationError');
      if (this.tok.type === 'NEWLINE') { this.next(); continue; }
      this.statement(body);
    }
    return { kind: 'Module', body };
  }

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
  private block(what: string, header: Token): A.Stmt[] {
    const body: A.Stmt[] = [];
    if (this.tok.type === 'NEWLINE') {
      this.next();
      const t = this.tok as Token;
      if (t.type !== 'INDENT') {
        const msg = `expected an indented block after ${what} on line ${header.lineno}`;
        if (t.type === 'ENDMARKER') {
          const nl = this.prev;
          this.raise(msg, nl.lineno, nl.col, nl.lineno, -2, 'IndentationError');
        }
        this.raise(msg, t.lineno, t.col, t.end_lineno, t.end_col, 'IndentationError');
      }
      this.next();
      while ((this.tok as Token).type !== 'DEDENT' && (this.tok as Token).type !== 'ENDMARKER') {
        if ((this.tok as Token).type === 'INDENT') this.raise('unexpected indent', this.tok.lineno, this.tok.end_col - 1, this.tok.lineno, -2, 'IndentationError');
        this.statement(body);
      }
      this.next();
      return body;
    }
    if (this.tok.type === 'ENDMARKER') this.invalid();
    this.simpleStmts(body);
    return body;
  }

  private statement(out: A.Stmt[]): void {
    const t = this.tok;
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'def': out.push(this.funcDef([], t)); return;
        case 'class': out.push(this.classDef([], t)); return;
        case 'if': out.push(this.ifStmt('if')); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'for': out.push(this.forStmt()); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'with': out.push(this.withStmt()); return;
        case 'async': {
          const n = this.peek();
          const what = this.isKw('def', n) ? 'async def' : this.isKw('for', n) ? 'async for' : this.isKw('with', n) ? 'async with' : null;
          if (what) this.unsupported(`\`${what}\``, t, n);
          break;
        }
        case 'match': {
          const m = this.matchStmt();
          if (m) { out.push(m); return; }
          break;
        }
        case 'type': {
          const n = this.peek();
          if (this.isName(n) && (this.isOp('=', this.peek(2)) || this.isOp('[', this.peek(2)))) this.unsupported('`type` aliases', t, n);
          break;
        }
        default: break;
      }
    } else if (this.isOp('@')) {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  private simpleStmts(out: A.Stmt[]): void {
    while (true) {
      out.push(this.simpleStmt());
      if (this.eatOp(';')) {
        if (this.tok.type === 'NEWLINE') break;
        continue;
      }
      break;
    }
    if (this.tok.type !== 'NEWLINE') this.invalid();
    this.next();
  }

  private simpleStmt(): A.Stmt {
    const t = this.tok;
    const s = this.start();
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'pass': this.next(); return this.fin(s, { kind: 'Pass' as const });
        case 'break': this.next(); return this.fin(s, { kind: 'Break' as const });
        case 'continue': this.next(); return this.fin(s, { kind: 'Continue' as const });
        case 'return': {
          this.next();
          const value = this.atSimpleEnd() ? null : this.starExpressions();
          return this.fin(s, { kind: 'Return' as const, value });
        }
        case 'raise': {
          this.next();
          if (this.atSimpleEnd()) return this.fin(s, { kind: 'Raise' as const, exc: null, cause: null });
          const exc = this.expression();
          const cause = this.eatKw('from') ? this.expression() : null;
          return this.fin(s, { kind: 'Raise' as const, exc, cause });
        }
        case 'global': case 'nonlocal': {
          this.next();
          const names = [this.expectName().value];
          while (this.eatOp(',')) names.push(this.expectName().value);
          return this.fin(s, { kind: (t.value === 'global' ? 'Global' : 'Nonlocal') as 'Global', names });
        }
        case 'del': {
          this.next();
          const after = this.p;
          const targets: A.Expr[] = [];
          let failed: PySyntaxError | null = null;
          try {
            do {
              if (this.atSimpleEnd()) break;
              const e = this.bitwiseOrStarTarget();
              targets.push(e);
            } while (this.eatOp(','));
          } catch (err) {
            if (!(err instanceof PySyntaxError)) throw err;
            failed = err;
          }
          if (!failed && !targets.length) this.invalid();
          if (failed || !this.atSimpleEnd()) {
            // invalid_del_stmt: 'del' star_expressions, naming its first target that cannot be
            // deleted (`del x if c else y`: "cannot delete conditional expression")
            const stop = this.p;
            this.p = after;
            let value: A.Expr;
            try {
              value = this.starExpressions();
            } catch (err) {
              // a generic error of the second parse: the first one's position stands
              if (!(err instanceof PySyntaxError) || err.msg !== 'invalid syntax') throw err;
              if (failed) throw failed;
              this.p = stop;
              this.invalid();
            }
            const bad = invalidTarget(value, 'del');
            if (bad) this.raiseNode(`cannot delete ${exprName(bad)}`, bad);
            if (failed) throw failed;
            this.p = stop;
            this.invalid();
          }
          for (const e of targets) {
            const bad = invalidTarget(e, 'del');
            if (bad) this.raiseNode(`cannot delete ${exprName(bad)}`, bad);
            setCtx(e, 'Del');
          }
          return this.fin(s, { kind: 'Delete' as const, targets });
        }
        case 'assert': {
          this.next();
          const test = this.expression();
          const msg = this.eatOp(',') ? this.expression() : null;
          return this.fin(s, { kind: 'Assert' as const, test, msg });
        }
        case 'import': return this.importName();
        case 'from': return this.importFrom();
        default: break;
      }
    }
    return this.exprStmt();
  }

  private atSimpleEnd(): boolean { return this.tok.type === 'NEWLINE' || this.isOp(';') || this.tok.type === 'ENDMARKER'; }

  private bitwiseOrStarTarget(): A.Expr {
    const s = this.start();
    if (this.eatOp('*')) { const v = this.bitwiseOr(); return this.fin(s, { kind: 'Starred' as const, value: v, ctx: 'Load' as A.ExprContext }); }
    return this.bitwiseOr();
  }

  private dottedName(): string {
    let name = this.expectName().value;
    while (this.eatOp('.')) name += '.' + this.expectName().value;
    return name;
  }

  private importName(): A.Import {
    const s = this.start();
    this.next();
    const names: A.Alias[] = [];
    do {
      const as = this.start();
      const name = this.dottedName();
      const asname = this.eatKw('as') ? this.expectName().value : null;
      names.push(this.fin(as, { kind: 'alias' as const, name, asname }));
    } while (this.eatOp(','));
    return this.fin(s, { kind: 'Import' as const, names });
  }

  private importFrom(): A.ImportFrom {
    const s = this.start();
    this.next();
    let level = 0;
    while (this.isOp('.') || this.isOp('...')) { level += this.tok.value.length; this.next(); }
    const module = this.isKw('import') ? null : this.dottedName();
    if (module === null && level === 0) this.invalid();
    if (!this.isKw('import')) this.invalid();
    this.next();
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const as = this.start();
      this.next();
      names.push(this.fin(as, { kind: 'alias' as const, name: '*', asname: null }));
    } else {
      const paren = this.eatOp('(');
      if (paren) this.level++;
      do {
        if (paren && this.isOp(')') && names.length) break;
        if (!paren && names.length && this.tok.type === 'NEWLINE') this.raiseAt('trailing comma not allowed without surrounding parentheses');
        const as = this.start();
        const name = this.expectName().value;
        const asname = this.eatKw('as') ? this.expectName().value : null;
        names.push(this.fin(as, { kind: 'alias' as const, name, asname }));
      } while (this.eatOp(','));
      if (paren) { this.level--; this.expectOp(')'); }
      else if (this.prev.type === 'OP' && this.prev.value === ',') this.raiseAt('trailing comma not allowed without surrounding parentheses', this.prev);
    }
    return this.fin(s, { kind: 'ImportFrom' as const, module, names, level });
  }

  /** Expression statements, assignments, annotated and augmented assignments. */
  private exprStmt(): A.Stmt {
    const s = this.start();
    const t0 = this.p;
    const first = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
    // legacy print / exec statements
    if (first.kind === 'Name' && (first.id === 'print' || first.id === 'exec') && this.startsExpr() && this.p === t0 + 1) {
      const save = this.p;
      let b: A.Expr | null = null;
      try { b = this.starExpressions(); } catch (e) { if (!(e instanceof PySyntaxError)) throw e; }
      this.p = save;
      if (b) this.raiseNode(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, first, b);
    }
    if (this.isOp(':')) {
      // annotated assignment
      const single = first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript';
      if (!single) {
        if (first.kind === 'Tuple' && !this.isOp('(', this.toks[t0])) this.raiseNode('only single target (not tuple) can be annotated', first);
        if (first.kind === 'Tuple' || first.kind === 'List') this.raiseNode(`only single target (not ${first.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, first);
        this.raiseNode('illegal target for annotation', first);
      }
      this.next();
      const annotation = this.expression();
      let value: A.Expr | null = null;
      if (this.eatOp('=')) value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      setCtx(first, 'Store');
      const simple = first.kind === 'Name' && !this.isOp('(', this.toks[t0]) ? 1 : 0;
      return this.fin(s, { kind: 'AnnAssign' as const, target: first, annotation, value, simple: simple as 0 | 1 });
    }
    if (this.tok.type === 'OP' && AUGASSIGN[this.tok.value]) {
      const op = AUGASSIGN[this.next().value];
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        this.raiseNode(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
      }
      const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      setCtx(first, 'Store');
      return this.fin(s, { kind: 'AugAssign' as const, target: first, op, value });
    }
    if (this.isOp('=')) {
      const targets = [first];
      const starts = [t0];
      let value: A.Expr = first;
      while (this.eatOp('=')) {
        if (this.atSimpleEnd()) {
          for (const tg of targets) {
            const bad = invalidTarget(tg, 'star');
            if (bad) this.raiseNode(`cannot assign to ${exprName(bad)}`, bad);
          }
          this.invalid();
        }
        starts.push(this.p);
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        targets.push(value);
      }
      targets.pop();
      targets.forEach((tg0, k) => {
        let tg = tg0;
        if ((tg.kind === 'Yield' || tg.kind === 'YieldFrom') && this.isKw('yield', this.toks[starts[k]])) this.raiseNode('assignment to yield expression not possible', tg);
        let bad = invalidTarget(tg, 'star');
        if (!bad) return;
        let startTok = this.toks[starts[k]];
        if (tg.kind === 'Tuple' && !this.isOp('(', startTok) && targets.length === 1 && tg.elts.length) {
          // CPython tries the element next to '=' as a named expression first
          const lastElt = tg.elts[tg.elts.length - 1];
          const lb = invalidTarget(lastElt, 'star');
          if (lb && lb === lastElt) {
            tg = lastElt; bad = lb;
            startTok = this.toks.find((t) => t.lineno === lastElt.lineno && t.col === lastElt.col_offset) ?? startTok;
          }
        }
        const hereForm = targets.length === 1 && k === 0 &&
          !['Tuple', 'List', 'GeneratorExp', 'Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Starred'].includes(tg.kind) &&
          !(tg.kind === 'UnaryOp' && tg.op === 'Not') &&
          !(startTok.type === 'NAME' && ['True', 'False', 'None'].includes(startTok.value));
        if (hereForm) this.raiseNode(`cannot assign to ${exprName(bad)} here. Maybe you meant '==' instead of '='?`, bad);
        this.raiseNode(`cannot assign to ${exprName(bad)}`, bad);
      });
      for (const tg of targets) setCtx(tg, 'Store');
      if (value.kind === 'Starred') this.raiseNode("can't use starred expression here", value);
      return this.fin(s, { kind: 'Assign' as const, targets, value });
    }
    if (first.kind === 'Starred' && !this.isOp(',')) this.raiseNode("can't use starred expression here", first);
    return this.fin(s, { kind: 'Expr' as const, value: first });
  }

  // ------------------------------------------------------------------ compound statements
  private decorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.namedExpression());
      if (this.tok.type !== 'NEWLINE') this.invalid();
      this.next();
    }
    const t = this.tok;
    if (this.isKw('def')) return this.funcDef(decorators, t);
    if (this.isKw('class')) return this.classDef(decorators, t);
    if (this.isKw('async') && this.isKw('def', this.peek())) this.unsupported('`async def`', t, this.peek());
    return this.invalid();
  }

  private funcDef(decorator_list: A.Expr[], t: Token): A.FunctionDef {
    const s = this.start();
    this.next();
    const name = this.expectName().value;
    if (this.isOp('[')) this.unsupported('generic functions (PEP 695)', this.tok);
    if (!this.isOp('(')) this.raiseAt("expected '('");
    this.next();
    this.level++;
    const args = this.parameters(')', true);
    this.level--;
    this.expectOp(')');
    let returns: A.Expr | null = null;
    if (this.isOp('->')) {
      const arrow = this.next();
      if (!this.startsExpr()) this.raiseAt("expected ':'", arrow);
      returns = this.expression();
    }
    this.expectOp(':');
    this.inFunction++;
    const body = this.block(`function definition`, t);
    this.inFunction--;
    return this.fin(s, { kind: 'FunctionDef' as const, name, args, body, decorator_list, returns });
  }

  private classDef(decorator_list: A.Expr[], t: Token): A.ClassDef {
    const s = this.start();
    this.next();
    const name = this.expectName().value;
    if (this.isOp('[')) this.unsupported('generic classes (PEP 695)', this.tok);
    let bases: A.Expr[] = [], keywords: A.Keyword[] = [];
    if (this.eatOp('(')) {
      this.level++;
      [bases, keywords] = this.callArgs();
      this.level--;
      this.expectOp(')');
    }
    this.expectOp(':');
    const saved = this.inFunction, savedClass = this.className;
    this.inFunction = 0;
    this.className = name;
    const body = this.block(`class definition`, t);
    this.inFunction = saved;
    this.className = savedClass;
    return this.fin(s, { kind: 'ClassDef' as const, name, bases, keywords, body, decorator_list });
  }

  private ifStmt(kw: 'if' | 'elif'): A.If {
    const t = this.tok;
    const s = this.start();
    this.next();
    const test = this.namedExpression();
    this.expectOp(':');
    const body = this.block(`'${kw}' statement`, t);
    let orelse: A.Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.ifStmt('elif')];
    else if (this.isKw('else')) orelse = this.elseBlock();
    return this.fin(s, { kind: 'If' as const, test, body, orelse });
  }

  private elseBlock(): A.Stmt[] {
    const t = this.next();
    this.expectOp(':');
    return this.block(`'else' statement`, t);
  }

  private whileStmt(): A.While {
    const t = this.tok;
    const s = this.start();
    this.next();
    const test = this.namedExpression();
    this.expectOp(':');
    const body = this.block(`'while' statement`, t);
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    return this.fin(s, { kind: 'While' as const, test, body, orelse });
  }

  private forStmt(): A.For {
    const t = this.tok;
    const s = this.start();
    this.next();
    const target = this.starTargets();
    if (!this.isKw('in')) this.invalid();
    this.next();
    const iter = this.starExpressions();
    this.expectOp(':');
    const body = this.block(`'for' statement`, t);
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    return this.fin(s, { kind: 'For' as const, target, iter, body, orelse });
  }

  /** star_targets for `for` and comprehensions: parsed as expressions then validated. */
  private starTargets(): A.Expr {
    const s = this.start();
    const elts: A.Expr[] = [];
    let trailing = false;
    do {
      if (this.isKw('in')) { trailing = true; break; }
      elts.push(this.bitwiseOrStarTarget());
    } while (this.eatOp(','));
    if (!elts.length) this.invalid();
    const e = elts.length === 1 && !trailing && !(this.prev.type === 'OP' && this.prev.value === ',')
      ? elts[0]
      : this.fin(s, { kind: 'Tuple' as const, elts, ctx: 'Load' as A.ExprContext });
    const bad = invalidTarget(e, 'for');
    if (bad) this.raiseNode(`cannot assign to ${exprName(bad)}`, bad);
    setCtx(e, 'Store');
    return e;
  }

  private tryStmt(): A.Try | A.TryStar {
    const t = this.tok;
    const s = this.start();
    this.next();
    this.expectOp(':');
    const body = this.block(`'try' statement`, t);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const et = this.tok;
      const hs = this.start();
      this.next();
      const isStar = this.isOp('*');
      // invalid_try_stmt: the keyword (with its star) of the first clause of the other kind
      if (star !== null && isStar !== star) {
        const end = isStar ? this.tok : et;
        this.raise("cannot have both 'except' and 'except*' on the same 'try'", et.lineno, et.col, end.end_lineno, end.end_col);
      }
      star = isStar;
      if (isStar) {
        this.next();
        if (this.isOp(':')) this.raiseAt('expected one or more exception types');
      }
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        type = this.expression();
        if (this.isOp(',')) {
          this.next();
          const all = [type, this.expression()];
          while (this.eatOp(',')) all.push(this.expression());
          if (this.isKw('as') || this.isOp(':')) this.raiseNode('multiple exception types must be parenthesized', type, all[all.length - 1]);
        }
        if (this.eatKw('as')) name = this.expectName().value;
      }
      this.expectOp(':');
      const hbody = this.block(`'except' statement`, et);
      handlers.push(this.fin(hs, { kind: 'ExceptHandler' as const, type, name, body: hbody }));
    }
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    if (this.isKw('else')) {
      if (!handlers.length) this.raiseAt("expected 'except' or 'finally' block");
      orelse = this.elseBlock();
    }
    if (this.isKw('finally')) {
      const ft = this.next();
      this.expectOp(':');
      finalbody = this.block(`'finally' statement`, ft);
    }
    if (!handlers.length && !finalbody.length) this.raiseAt("expected 'except' or 'finally' block");
    if (star) return this.fin(s, { kind: 'TryStar' as const, body, handlers, orelse, finalbody });
    return this.fin(s, { kind: 'Try' as const, body, handlers, orelse, finalbody });
  }

  private withStmt(): A.With {
    const t = this.tok;
    const s = this.start();
    this.next();
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      // `with (a as b, c):` — try the parenthesized form first
      const save = this.p;
      try {
        this.next();
        this.level++;
        const its: A.WithItem[] = [];
        do {
          if (this.isOp(')') && its.length) break;
          its.push(this.withItem());
        } while (this.eatOp(','));
        this.level--;
        this.expectOp(')');
        if (!this.isOp(':')) throw new PySyntaxError('SyntaxError', 'retry', 0, 0, 0, 0, '');
        items = its;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        this.p = save;
        this.level = 0;
      }
    }
    if (!items) {
      items = [];
      do items.push(this.withItem()); while (this.eatOp(','));
    }
    this.expectOp(':');
    const body = this.block(`'with' statement`, t);
    return this.fin(s, { kind: 'With' as const, items, body });
  }

  private withItem(): A.WithItem {
    const context_expr = this.expression();
    let optional_vars: A.Expr | null = null;
    if (this.eatKw('as')) {
      optional_vars = this.bitwiseOrStarTarget();
      const bad = invalidTarget(optional_vars, 'star');
      if (bad) this.raiseNode(`cannot assign to ${exprName(bad)}`, bad);
      setCtx(optional_vars, 'Store');
    }
    return { kind: 'withitem', context_expr, optional_vars };
  }

  // ------------------------------------------------------------------ match statements (PEP 634)
  /**
   * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Returns null when the
   * line is not a match statement (`match` is then an ordinary name), after CPython's
   * invalid_match_stmt check for a missing ':'.
   */
  private matchStmt(): A.Match | null {
    const save = this.p;
    const t = this.tok;
    let subject: A.Expr | null = null;
    let subjectError: PySyntaxError | null = null;
    try {
      this.next();
      subject = this.subjectExpr();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      subjectError = e;
    }
    if (!subject || !this.isOp(':') || this.peek().type !== 'NEWLINE') {
      const end = this.p;
      this.p = save;
      try { this.simpleStmts([]); } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        this.p = end;
        if (subject && this.tok.type === 'NEWLINE') this.raiseAt("expected ':'");
        // `match *x:`: a lone starred subject is reported where the subject ends
        if (subjectError && this.isOp('*', this.toks[save + 1])) throw subjectError;
        throw e;
      }
      this.p = save;
      return null;
    }
    const s = save;
    this.next();
    this.next();
    const ind = this.tok;
    if (ind.type !== 'INDENT') {
      const msg = `expected an indented block after 'match' statement on line ${t.lineno}`;
      if (ind.type === 'ENDMARKER') { const nl = this.prev; this.raise(msg, nl.lineno, nl.col, nl.lineno, -2, 'IndentationError'); }
      this.raise(msg, ind.lineno, ind.col, ind.end_lineno, ind.end_col, 'IndentationError');
    }
    this.next();
    const cases: A.MatchCase[] = [];
    do {
      if (!this.isKw('case')) this.invalid();
      cases.push(this.caseBlock());
    } while (this.tok.type !== 'DEDENT' && this.tok.type !== 'ENDMARKER');
    this.next();
    return this.fin(s, { kind: 'Match' as const, subject, cases });
  }

  /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
  private subjectExpr(): A.Expr {
    const s = this.start();
    const first = this.starNamedExpression();
    if (!this.isOp(',')) {
      if (first.kind === 'Starred') this.invalid();
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpr() && !this.isOp('*')) break;
      elts.push(this.starNamedExpression());
    }
    return this.fin(s, { kind: 'Tuple' as const, elts, ctx: 'Load' as A.ExprContext });
  }

  /** case_block: "case" patterns guard? ':' block */
  private caseBlock(): A.MatchCase {
    const t = this.next();
    const pattern = this.patterns();
    let guard: A.Expr | null = null;
    if (this.eatKw('if')) guard = this.namedExpression();
    if (!this.isOp(':')) {
      if (this.tok.type === 'NEWLINE') this.raiseAt("expected ':'");
      this.invalid();
    }
    this.next();
    const body = this.block(`'case' statement`, t);
    return { kind: 'match_case', pattern, guard, body };
  }

  /** patterns: open_sequence_pattern | pattern */
  private patterns(): A.Pattern {
    const s = this.start();
    const first = this.maybeStarPattern();
    if (!this.isOp(',')) {
      if (first.kind === 'MatchStar') this.invalid();
      return first;
    }
    const patterns = [first];
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.isKw('if')) break;
      patterns.push(this.maybeStarPattern());
    }
    return this.fin(s, { kind: 'MatchSequence' as const, patterns });
  }

  /** maybe_star_pattern: star_pattern | pattern */
  private maybeStarPattern(): A.Pattern {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const n = this.expectName();
      const name = n.value === '_' ? null : n.value;
      if (name !== null && (this.isOp('.') || this.isOp('(') || this.isOp('='))) this.invalid();
      return this.fin(s, { kind: 'MatchStar' as const, name });
    }
    return this.pattern();
  }

  /** pattern: or_pattern ['as' pattern_capture_target] (with invalid_as_pattern's messages) */
  private pattern(): A.Pattern {
    const s = this.start();
    const p = this.orPattern();
    if (!this.isKw('as')) return p;
    this.next();
    const t = this.tok;
    if (this.isKw('_')) this.raiseAt("cannot use '_' as a target");
    if (!this.isName()) {
      const save = this.p;
      let e: A.Expr | null = null;
      try { e = this.expression(); } catch (err) { if (!(err instanceof PySyntaxError)) throw err; }
      this.p = save;
      if (e) this.raiseNode('invalid pattern target', e);
      this.invalid();
    }
    this.next();
    if (this.isOp('.') || this.isOp('(') || this.isOp('=')) this.invalid();
    return this.fin(s, { kind: 'MatchAs' as const, pattern: p, name: t.value });
  }

  /** or_pattern: '|'.closed_pattern+ */
  private orPattern(): A.Pattern {
    const s = this.start();
    const first = this.closedPattern();
    if (!this.isOp('|')) return first;
    const patterns = [first];
    while (this.eatOp('|')) patterns.push(this.closedPattern());
    return this.fin(s, { kind: 'MatchOr' as const, patterns });
  }

  /** closed_pattern: literal, capture, wildcard, value, group, sequence, mapping or class pattern. */
  private closedPattern(): A.Pattern {
    const t = this.tok;
    const s = this.start();
    if (t.type === 'NUMBER' || this.isOp('-') || t.type === 'STRING') {
      return this.fin(s, { kind: 'MatchValue' as const, value: this.literalExpr() });
    }
    if (this.isKw('None') || this.isKw('True') || this.isKw('False')) {
      this.next();
      return this.fin(s, { kind: 'MatchSingleton' as const, value: t.value === 'None' ? null : t.value === 'True' });
    }
    if (this.isKw('_')) {
      this.next();
      return this.fin(s, { kind: 'MatchAs' as const, pattern: null, name: null });
    }
    if (this.isName()) {
      const nameOrAttr = this.nameOrAttr();
      if (this.isOp('(')) return this.classPattern(s, nameOrAttr);
      if (nameOrAttr.kind === 'Attribute') {
        if (this.isOp('=')) this.invalid();
        return this.fin(s, { kind: 'MatchValue' as const, value: nameOrAttr });
      }
      if (this.isOp('=')) this.invalid();
      return this.fin(s, { kind: 'MatchAs' as const, pattern: null, name: t.value });
    }
    if (this.isOp('(')) {
      this.next();
      this.level++;
      if (this.isOp(')')) { this.level--; this.next(); return this.fin(s, { kind: 'MatchSequence' as const, patterns: [] }); }
      const first = this.maybeStarPattern();
      if (this.isOp(')') && first.kind !== 'MatchStar') { this.level--; this.next(); return first; }
      if (!this.isOp(',')) this.invalid();
      const patterns = [first];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        patterns.push(this.maybeStarPattern());
      }
      this.level--;
      this.expectOp(')');
      return this.fin(s, { kind: 'MatchSequence' as const, patterns });
    }
    if (this.isOp('[')) {
      this.next();
      this.level++;
      const patterns: A.Pattern[] = [];
      while (!this.isOp(']')) {
        patterns.push(this.maybeStarPattern());
        if (!this.eatOp(',')) break;
      }
      this.level--;
      this.expectOp(']');
      return this.fin(s, { kind: 'MatchSequence' as const, patterns });
    }
    if (this.isOp('{')) return this.mappingPattern();
    return this.invalid();
  }

  /** name_or_attr: NAME ('.' NAME)* as a Name or Attribute load. */
  private nameOrAttr(): A.Expr {
    const s = this.start();
    const n = this.expectName();
    let e: A.Expr = this.fin(s, { kind: 'Name' as const, id: n.value, ctx: 'Load' as A.ExprContext });
    while (this.eatOp('.')) {
      const attr = this.expectName().value;
      e = this.fin(s, { kind: 'Attribute' as const, value: e, attr, ctx: 'Load' as A.ExprContext });
    }
    return e;
  }

  /**
   * literal_expr without the singletons: signed_number, complex_number (with
   * _PyPegen_ensure_real/_PyPegen_ensure_imaginary's messages) or strings.
   */
  private literalExpr(): A.Expr {
    const s = this.start();
    if (this.tok.type === 'STRING') {
      const run: Token[] = [];
      while (this.tok.type === 'STRING') run.push(this.next());
      return concatenateStrings(this.strings, run, this.tok);
    }
    const neg = this.isOp('-');
    if (neg) this.next();
    if (this.tok.type !== 'NUMBER') this.invalid();
    const nt = this.next();
    const num = this.fin(this.p - 1, { kind: 'Constant' as const, value: numberValue(nt.value) });
    const left: A.Expr = neg ? this.fin(s, { kind: 'UnaryOp' as const, op: 'USub' as A.UnaryOperator, operand: num }) : num;
    if (!this.isOp('+') && !this.isOp('-')) return left;
    if (typeof num.value === 'object' && num.value !== null && 'imag' in num.value) this.raiseNode('real number required in complex literal', num);
    const op: A.Operator = this.next().value === '+' ? 'Add' : 'Sub';
    if (this.tok.type !== 'NUMBER') this.invalid();
    const it = this.next();
    const right = this.fin(this.p - 1, { kind: 'Constant' as const, value: numberValue(it.value) });
    if (!(typeof right.value === 'object' && right.value !== null && 'imag' in right.value)) this.raiseNode('imaginary number required in complex literal', right);
    return this.fin(s, { kind: 'BinOp' as const, left, op, right });
  }

  /** mapping_pattern: '{' [items_pattern] [',' double_star_pattern] [','] '}' */
  private mappingPattern(): A.MatchMapping {
    const s = this.start();
    this.next();
    this.level++;
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        this.next();
        if (this.isKw('_') || !this.isName()) this.invalid();
        rest = this.next().value;
        if (this.isOp('.') || this.isOp('(') || this.isOp('=')) this.invalid();
        this.eatOp(',');
        break;
      }
      let key: A.Expr;
      const t = this.tok;
      if (t.type === 'NUMBER' || this.isOp('-') || t.type === 'STRING') key = this.literalExpr();
      else if (this.isKw('None') || this.isKw('True') || this.isKw('False')) {
        const ks = this.start();
        this.next();
        key = this.fin(ks, { kind: 'Constant' as const, value: t.value === 'None' ? null : t.value === 'True' });
      } else if (this.isName()) {
        key = this.nameOrAttr();
        if (key.kind !== 'Attribute') this.invalid();
      } else return this.invalid();
      this.expectOp(':');
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eatOp(',')) break;
    }
    this.level--;
    if (!this.isOp('}')) this.invalid();
    this.next();
    return this.fin(s, { kind: 'MatchMapping' as const, keys, patterns, rest });
  }

  /** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')' (invalid_class_pattern's message) */
  private classPattern(s: Loc, cls: A.Expr): A.MatchClass {
    this.next();
    this.level++;
    const patterns: A.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.Pattern[] = [];
    const isKwd = () => this.isName() && this.isOp('=', this.peek());
    while (!this.isOp(')')) {
      if (isKwd()) {
        kwd_attrs.push(this.next().value);
        this.next();
        kwd_patterns.push(this.pattern());
      } else if (kwd_attrs.length) {
        const first = this.pattern();
        let last = first;
        while (this.isOp(',') && !this.isOp(')', this.peek()) && !(this.isName(this.peek()) && this.isOp('=', this.peek(2)))) {
          const save = this.p;
          this.next();
          try { last = this.pattern(); } catch (e) { if (!(e instanceof PySyntaxError)) throw e; this.p = save; break; }
        }
        this.raiseNode('positional patterns follow keyword patterns', first, last);
      } else patterns.push(this.pattern());
      if (!this.eatOp(',')) break;
    }
    this.level--;
    this.expectOp(')');
    return this.fin(s, { kind: 'MatchClass' as const, cls, patterns, kwd_attrs, kwd_patterns });
  }

  // ------------------------------------------------------------------ parameters
  private parameters(closer: string, annotations: boolean): A.Arguments {
    const a: A.Arguments = { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let star = false, slash = false, bareStarTok: Token | null = null;
    const names: A.Arg[] = [];
    const param = (): A.Arg => {
      const s = this.start();
      const n = this.expectName();
      let annotation: A.Expr | null = null;
      if (annotations && this.eatOp(':')) annotation = this.expression();
      const arg = this.fin(s, { kind: 'arg' as const, arg: n.value, annotation });
      names.push(arg);
      return arg;
    };
    while (!this.isOp(closer)) {
      if (a.kwarg) {
        this.raiseAt('arguments cannot follow var-keyword argument');
      }
      if (this.isOp('/')) {
        const t = this.next();
        if (slash) this.raiseAt('/ may appear only once', t);
        if (star) this.raiseAt('/ must be ahead of *', t);
        if (!a.args.length) this.raiseAt('at least one argument must precede /', t);
        slash = true;
        a.posonlyargs = a.args; a.args = [];
      } else if (this.isOp('*')) {
        const t = this.next();
        if (star) this.raiseAt('* argument may appear only once', t);
        star = true;
        if (this.isOp(',') || this.isOp(closer)) {
          bareStarTok = t;
          if (this.isOp(closer) || this.isOp(closer, this.peek()) && this.isOp(',')) this.raiseAt('named arguments must follow bare *', t);
        } else {
          const s = this.start();
          const n = this.expectName();
          let annotation: A.Expr | null = null;
          if (annotations && this.eatOp(':')) annotation = this.isOp('*') ? this.starExpression() : this.expression();
          if (this.isOp('=')) this.raiseAt('var-positional argument cannot have default value');
          a.vararg = this.fin(s, { kind: 'arg' as const, arg: n.value, annotation });
          names.push(a.vararg);
        }
      } else if (this.isOp('**')) {
        this.next();
        a.kwarg = param();
        if (this.isOp('=')) this.raiseAt('var-keyword argument cannot have default value');
      } else {
        if (!this.isName()) this.invalid();
        const arg = param();
        let def: A.Expr | null = null;
        if (this.isOp('=')) {
          const eq = this.next();
          if (this.isOp(',') || this.isOp(closer) || this.tok.type === 'NEWLINE') this.raiseAt('expected default value expression', eq);
          def = this.expression();
        }
        if (star) { a.kwonlyargs.push(arg); a.kw_defaults.push(def); }
        else {
          a.args.push(arg);
          if (def) a.defaults.push(def);
          else if (a.defaults.length) this.raiseNode('parameter without a default follows parameter with a default', arg);
        }
      }
      if (!this.eatOp(',')) break;
    }
    if (bareStarTok && !a.kwonlyargs.length) this.raiseAt('named arguments must follow bare *', bareStarTok);
    if (!this.isOp(closer)) {
      this.invalid();
    }
    // symtable_add_def's check: on the mangled names (`__a` and `_C__a` are one parameter in
    // class C), naming the second parameter as written
    const seen = new Set<string>();
    for (const n of names) {
      const m = _Py_Mangle(this.className, n.arg);
      if (seen.has(m)) this.raiseNode(`duplicate argument '${n.arg}' in function definition`, n);
      seen.add(m);
    }
    return a;
  }

  // ------------------------------------------------------------------ expressions
  /** star_expressions: a tuple without parentheses when there is a comma. */
  starExpressions(): A.Expr {
    const s = this.start();
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpr() && !this.isOp('*')) break;
      elts.push(this.starExpression());
    }
    return this.fin(s, { kind: 'Tuple' as const, elts, ctx: 'Load' as A.ExprContext });
  }

  private starExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const value = this.bitwiseOr();
      return this.fin(s, { kind: 'Starred' as const, value, ctx: 'Load' as A.ExprContext });
    }
    return this.expression();
  }

  private starNamedExpression(): A.Expr {
    if (this.isOp('*')) return this.starExpression();
    return this.namedExpression();
  }

  /** named_expression: NAME ':=' expression | expression !':=' */
  namedExpression(): A.Expr {
    if (this.isName() && this.isOp(':=', this.peek())) {
      const s = this.start();
      const nt = this.next();
      this.next();
      const value = this.expression();
      const target = { kind: 'Name' as const, id: nt.value, ctx: 'Store' as A.ExprContext, lineno: nt.lineno, col_offset: nt.col, end_lineno: nt.end_lineno, end_col_offset: nt.end_col };
      return this.fin(s, { kind: 'NamedExpr' as const, target, value });
    }
    const e = this.expression();
    if (this.isOp(':=')) this.raiseNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    if (this.isOp('=') && this.level === 0 && e.kind === 'Name') {
      const save = this.p;
      this.next();
      let b: A.Expr | null = null;
      try { b = this.bitwiseOr(); } catch (err) { if (!(err instanceof PySyntaxError)) throw err; }
      const after = this.tok;
      this.p = save;
      if (b && !this.isOp('=', after) && !this.isOp(':=', after)) this.raiseNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
    }
    return e;
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  expression(): A.Expr {
    if (this.isKw('lambda')) return this.lambdef();
    const s = this.start();
    const body = this.disjunction();
    if (this.isKw('if')) {
      this.next();
      const test = this.disjunction();
      if (!this.isKw('else')) {
        // invalid_expression: disjunction 'if' disjunction !('else'|':')
        if (!this.isOp(':')) this.raiseNode("expected 'else' after 'if' expression", body, test);
        this.invalid();
      }
      this.next();
      const orelse = this.expression();
      return this.fin(s, { kind: 'IfExp' as const, test, body, orelse });
    }
    return body;
  }

  private lambdef(): A.Lambda {
    const s = this.start();
    this.next();
    const args = this.parameters(':', false);
    if (!this.isOp(':')) this.invalid();
    this.next();
    const body = this.expression();
    return this.fin(s, { kind: 'Lambda' as const, args, body });
  }

  private disjunction(): A.Expr {
    const s = this.start();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return this.fin(s, { kind: 'BoolOp' as const, op: 'Or' as A.BoolOperator, values });
  }

  private conjunction(): A.Expr {
    const s = this.start();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return this.fin(s, { kind: 'BoolOp' as const, op: 'And' as A.BoolOperator, values });
  }

  private inversion(): A.Expr {
    if (this.isKw('not')) {
      const s = this.start();
      this.next();
      const operand = this.inversion();
      return this.fin(s, { kind: 'UnaryOp' as const, op: 'Not' as A.UnaryOperator, operand });
    }
    return this.comparison();
  }

  private compareOp(): A.CmpOperator | null {
    const t = this.tok;
    if (t.type === 'OP' && COMPARE[t.value]) { this.next(); return COMPARE[t.value]; }
    if (this.isKw('in')) { this.next(); return 'In'; }
    if (this.isKw('not') && this.isKw('in', this.peek())) { this.next(); this.next(); return 'NotIn'; }
    if (this.isKw('is')) { this.next(); if (this.eatKw('not')) return 'IsNot'; return 'Is'; }
    return null;
  }

  private comparison(): A.Expr {
    const s = this.start();
    const left = this.bitwiseOr();
    const ops: A.CmpOperator[] = [];
    const comparators: A.Expr[] = [];
    for (let op = this.compareOp(); op; op = this.compareOp()) {
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    if (!ops.length) return left;
    return this.fin(s, { kind: 'Compare' as const, left, ops, comparators });
  }

  private binary(next: () => A.Expr, ops: Record<string, A.Operator>): A.Expr {
    const s = this.start();
    let left = next();
    while (this.tok.type === 'OP' && Object.prototype.hasOwnProperty.call(ops, this.tok.value)) {
      const op = ops[this.next().value];
      if ((ops === SUM_OPS || ops === TERM) && this.isKw('not')) this.notAfterOperator();
      const right = next();
      left = this.fin(s, { kind: 'BinOp' as const, left, op, right });
    }
    return left;
  }

  bitwiseOr = (): A.Expr => this.binary(this.bitwiseXor, OR_OPS);
  private bitwiseXor = (): A.Expr => this.binary(this.bitwiseAnd, XOR_OPS);
  private bitwiseAnd = (): A.Expr => this.binary(this.shiftExpr, AND_OPS);
  private shiftExpr = (): A.Expr => this.binary(this.sum, SHIFT_OPS);
  private sum = (): A.Expr => this.binary(this.term, SUM_OPS);
  private term = (): A.Expr => this.binary(this.factor, TERM);

  private factor = (): A.Expr => {
    const t = this.tok;
    if (t.type === 'OP' && (t.value === '+' || t.value === '-' || t.value === '~')) {
      const s = this.start();
      this.next();
      if (this.isKw('not')) this.notAfterOperator();
      const operand = this.factor();
      const op: A.UnaryOperator = t.value === '+' ? 'UAdd' : t.value === '-' ? 'USub' : 'Invert';
      return this.fin(s, { kind: 'UnaryOp' as const, op, operand });
    }
    return this.power();
  };

  /** 3.13+ invalid_arithmetic / invalid_factor: `a + not b`, `-not b` name the `not` and its operand. */
  private notAfterOperator(): void {
    if (grammarMinor < 13) return;
    const s = this.start();
    const at = this.p;
    this.next();
    let operand: A.Expr;
    try {
      operand = this.inversion();
    } catch (err) {
      // no operand after `not`: the generic error at the `not` stands
      if (!(err instanceof PySyntaxError) || err.msg !== 'invalid syntax') throw err;
      this.p = at;
      return;
    }
    this.raiseNode("'not' after an operator must be parenthesized", this.fin(s, { kind: 'UnaryOp' as const, op: 'Not' as A.UnaryOperator, operand }));
  }

  private power(): A.Expr {
    const s = this.start();
    const left = this.awaitPrimary();
    if (this.eatOp('**')) {
      const right = this.factor();
      return this.fin(s, { kind: 'BinOp' as const, left, op: 'Pow' as A.Operator, right });
    }
    return left;
  }

  private awaitPrimary(): A.Expr {
    if (this.isKw('await')) {
      const s = this.start();
      this.next();
      const value = this.primary();
      return this.fin(s, { kind: 'Await' as const, value });
    }
    return this.primary();
  }

  private primary(): A.Expr {
    const s = this.start();
    let e = this.atom();
    while (true) {
      if (this.isOp('.')) {
        this.next();
        const attr = this.expectName().value;
        e = this.fin(s, { kind: 'Attribute' as const, value: e, attr, ctx: 'Load' as A.ExprContext });
      } else if (this.isOp('(')) {
        this.next();
        this.level++;
        const [args, keywords] = this.callArgs();
        this.level--;
        this.expectOp(')');
        e = this.fin(s, { kind: 'Call' as const, func: e, args, keywords });
      } else if (this.isOp('[')) {
        this.next();
        this.level++;
        const slice = this.slices();
        this.level--;
        this.expectOp(']');
        e = this.fin(s, { kind: 'Subscript' as const, value: e, slice, ctx: 'Load' as A.ExprContext });
      } else return e;
    }
  }

  private slices(): A.Expr {
    const s = this.start();
    const first = this.slice();
    if (!this.isOp(',')) {
      if (first.kind === 'Starred') return this.fin(s, { kind: 'Tuple' as const, elts: [first], ctx: 'Load' as A.ExprContext });
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return this.fin(s, { kind: 'Tuple' as const, elts, ctx: 'Load' as A.ExprContext });
  }

  private slice(): A.Expr {
    const s = this.start();
    if (this.isOp('*')) return this.starExpression();
    let lower: A.Expr | null = null;
    if (!this.isOp(':')) {
      const at = this.p;
      lower = this.namedExpression();
      if (!this.isOp(':')) { this.checkComma(lower, at); return lower; }
      if (lower.kind === 'NamedExpr') this.invalid();
    }
    this.next();
    let upper: A.Expr | null = null, step: A.Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.expression();
    }
    return this.fin(s, { kind: 'Slice' as const, lower, upper, step });
  }

  /** Call arguments up to (not including) the closing parenthesis. */
  private callArgs(): [A.Expr[], A.Keyword[]] {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let seenKw = false, seenKwUnpack = false;
    while (!this.isOp(')')) {
      const s = this.start();
      if (this.isOp('*')) {
        const st = this.next();
        if (seenKwUnpack) this.raiseAt('iterable argument unpacking follows keyword argument unpacking', st);
        const value = this.expression();
        if (this.isOp('=')) this.starAssignError(st, 'iterable argument unpacking');
        args.push(this.fin(s, { kind: 'Starred' as const, value, ctx: 'Load' as A.ExprContext }));
      } else if (this.isOp('**')) {
        const st = this.next();
        const value = this.expression();
        if (this.isOp('=')) this.starAssignError(st, 'keyword argument unpacking');
        seenKwUnpack = true;
        keywords.push(this.fin(s, { kind: 'keyword' as const, arg: null, value }));
      } else if (this.tok.type === 'NAME' && this.isOp('=', this.peek())) {
        const nt = this.next();
        const eq = this.tok;
        if (KEYWORDS.has(nt.value)) {
          if (nt.value === 'True' || nt.value === 'False' || nt.value === 'None') {
            this.next();
            const v = this.expression();
            void v;
            this.raise(`cannot assign to ${nt.value}`, nt.lineno, nt.col, eq.end_lineno, eq.end_col);
          }
          this.invalid();
        }
        this.next();
        if (this.isOp(')') || this.isOp(',')) this.raise('expected argument value expression', nt.lineno, nt.col, eq.end_lineno, eq.end_col);
        const vat = this.p;
        const value = this.expression();
        if (this.isKw('for')) this.raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", nt.lineno, nt.col, eq.end_lineno, eq.end_col);
        this.checkComma(value, vat);
        if (keywords.some((k) => k.arg === nt.value)) this.raise(`keyword argument repeated: ${nt.value}`, nt.lineno, nt.col, value.end_lineno, value.end_col_offset);
        seenKw = true;
        keywords.push(this.fin(s, { kind: 'keyword' as const, arg: nt.value, value }));
      } else {
        const at = this.p;
        const e = this.namedExpression();
        if (this.isKw('for')) {
          const gen = this.comprehension('GeneratorExp', e, s);
          if (args.length || keywords.length || !this.isOp(')')) {
            if (!this.isOp(')') && !this.isOp(',')) this.invalid();
            this.raiseNode('Generator expression must be parenthesized', gen);
          }
          // sole argument: the generator spans the call's parentheses
          const open = this.toks[at - 1];
          const close = this.tok;
          Object.assign(gen, { lineno: open.lineno, col_offset: open.col, end_lineno: close.end_lineno, end_col_offset: close.end_col });
          args.push(gen);
          break;
        }
        if (this.isOp('=')) {
          this.raiseNode('expression cannot contain assignment, perhaps you meant "=="?', e, { ...e, end_lineno: this.tok.end_lineno, end_col_offset: this.tok.end_col });
        }
        if (seenKwUnpack) this.raiseAt('positional argument follows keyword argument unpacking', this.tok);
        if (seenKw) this.raiseAt('positional argument follows keyword argument', this.tok);
        this.checkComma(e, at);
        args.push(e);
      }
      if (!this.eatOp(',')) break;
    }
    if (!this.isOp(')')) this.invalid();
    return [args, keywords];
  }

  /** `f(*a = 1)` / `f(**a = 1)`: CPython's invalid_kwarg message over the whole `*a = 1`. */
  private starAssignError(st: Token, what: string): never {
    this.next();
    let end: Token = this.prev;
    try { this.expression(); end = this.prev; } catch (e) { if (!(e instanceof PySyntaxError)) throw e; }
    return this.raise(`cannot assign to ${what}`, st.lineno, st.col, end.end_lineno, end.end_col);
  }

  /** for_if_clauses after an element; builds the comprehension node. */
  private comprehension(kind: 'ListComp' | 'SetComp' | 'GeneratorExp', elt: A.Expr, s: Loc): A.ListComp | A.SetComp | A.GeneratorExp;
  private comprehension(kind: 'DictComp', elt: A.Expr, s: Loc, value: A.Expr): A.DictComp;
  private comprehension(kind: 'ListComp' | 'SetComp' | 'GeneratorExp' | 'DictComp', elt: A.Expr, s: Loc, value?: A.Expr): A.Expr {
    const generators = this.forIfClauses();
    if (elt.kind === 'Starred') {
      this.raiseNode(kind === 'DictComp' ? 'dict unpacking cannot be used in dict comprehension' : 'iterable unpacking cannot be used in comprehension', elt);
    }
    if (kind === 'DictComp') return this.fin(s, { kind, key: elt, value: value as A.Expr, generators });
    return this.fin(s, { kind, elt, generators });
  }

  private forIfClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    while (this.isKw('for') || (this.isKw('async') && this.isKw('for', this.peek()))) {
      if (this.isKw('async')) this.unsupported('`async for`', this.tok, this.peek());
      this.next();
      const target = this.starTargets();
      if (!this.isKw('in')) this.invalid();
      this.next();
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      gens.push({ kind: 'comprehension', target, iter, ifs, is_async: 0 });
    }
    return gens;
  }

  private yieldExpr(): A.Expr {
    const s = this.start();
    this.next();
    if (this.eatKw('from')) {
      const value = this.expression();
      return this.fin(s, { kind: 'YieldFrom' as const, value });
    }
    const end = this.atSimpleEnd() || this.isOp(')') || this.isOp('=') || this.isOp(']') || this.isOp('}');
    const value = end ? null : this.starExpressions();
    return this.fin(s, { kind: 'Yield' as const, value });
  }

  private atom(): A.Expr {
    const t = this.tok;
    const s = this.start();
    switch (t.type) {
      case 'NAME': {
        if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
          this.next();
          return this.fin(s, { kind: 'Constant' as const, value: t.value === 'None' ? null : t.value === 'True' });
        }
        if (KEYWORDS.has(t.value)) return this.invalid();
        this.next();
        if (this.tok.type === 'STRING' && this.tok.lineno === t.end_lineno && this.tok.col === t.end_col && /^[a-zA-Z]+$/.test(t.value)) {
          // e.g. `ur"x"`: an unknown string prefix
          this.invalid();
        }
        return this.fin(s, { kind: 'Name' as const, id: t.value, ctx: 'Load' as A.ExprContext });
      }
      case 'NUMBER': this.next(); return this.fin(s, { kind: 'Constant' as const, value: numberValue(t.value) });
      case 'STRING': {
        const run: Token[] = [];
        while (this.tok.type === 'STRING') run.push(this.next());
        return concatenateStrings(this.strings, run, this.tok);
      }
      case 'OP':
        switch (t.value) {
          case '...': this.next(); return this.fin(s, { kind: 'Constant' as const, value: { ellipsis: true } as A.EllipsisValue });
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.braceAtom();
          default: break;
        }
        break;
      default: break;
    }
    return this.invalid();
  }

  private parenAtom(): A.Expr {
    const s = this.start();
    this.next();
    this.level++;
    if (this.isOp(')')) {
      this.level--;
      this.next();
      return this.fin(s, { kind: 'Tuple' as const, elts: [], ctx: 'Load' as A.ExprContext });
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.level--;
      this.expectOp(')');
      return y;
    }
    const at = this.p;
    const first = this.starNamedExpression();
    if (this.isKw('for')) {
      const g = this.comprehension('GeneratorExp', first, s);
      this.level--;
      this.expectOp(')');
      return this.fin(s, g);
    }
    if (this.isOp(')')) {
      this.level--;
      this.next();
      if (first.kind === 'Starred') this.raiseNode('cannot use starred expression here', first);
      return first;
    }
    if (!this.isOp(',')) {
      this.checkComma(first, at);
      this.invalid();
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      const at2 = this.p;
      const e = this.starNamedExpression();
      elts.push(e);
      if (!this.isOp(',') && !this.isOp(')')) { this.checkComma(e, at2); this.invalid(); }
    }
    this.level--;
    this.expectOp(')');
    return this.fin(s, { kind: 'Tuple' as const, elts, ctx: 'Load' as A.ExprContext });
  }

  private listAtom(): A.Expr {
    const s = this.start();
    this.next();
    this.level++;
    const elts: A.Expr[] = [];
    if (!this.isOp(']')) {
      const at = this.p;
      const first = this.starNamedExpression();
      if (this.isKw('for')) {
        const c = this.comprehension('ListComp', first, s);
        this.level--;
        this.expectOp(']');
        return this.fin(s, c);
      }
      elts.push(first);
      if (!this.isOp(',') && !this.isOp(']')) { this.checkComma(first, at); this.invalid(); }
      while (this.eatOp(',')) {
        if (this.isOp(']')) break;
        const at2 = this.p;
        const e = this.starNamedExpression();
        elts.push(e);
        if (!this.isOp(',') && !this.isOp(']')) { this.checkComma(e, at2); this.invalid(); }
      }
    }
    this.level--;
    this.expectOp(']');
    return this.fin(s, { kind: 'List' as const, elts, ctx: 'Load' as A.ExprContext });
  }

  private braceAtom(): A.Expr {
    const s = this.start();
    this.next();
    this.level++;
    const done = <T extends object>(node: T) => { this.level--; this.expectOp('}'); return this.fin(s, node); };
    if (this.isOp('}')) return done({ kind: 'Dict' as const, keys: [], values: [] });
    // dict?
    let isDict = this.isOp('**');
    let firstKey: A.Expr | null = null;
    const at = this.p;
    if (!isDict) {
      firstKey = this.starNamedExpression();
      if (this.isOp(':') && firstKey.kind !== 'Starred') isDict = true;
    }
    if (isDict) {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      let first = true;
      let starTok: Token | null = null;
      while (true) {
        if (first && firstKey) {
          if (firstKey.kind === 'NamedExpr') this.invalid();
          const colon = this.expectOp(':');
          if (this.isOp('}') || this.isOp(',')) this.raiseAt("expression expected after dictionary key and ':'", colon);
          const vat = this.p;
          const v = this.expression();
          if (!this.isKw('for')) this.checkComma(v, vat);
          if (this.isKw('for')) return done(this.comprehension('DictComp', firstKey, s, v));
          keys.push(firstKey); values.push(v);
        } else if (this.isOp('**')) {
          starTok = this.next();
          keys.push(null); values.push(this.bitwiseOr());
        } else {
          const k = this.expression();
          if (!this.isOp(':')) this.invalid();
          const colon = this.next();
          if (this.isOp('}') || this.isOp(',')) this.raiseAt("expression expected after dictionary key and ':'", colon);
          const vat = this.p;
          keys.push(k); values.push(this.expression());
          this.checkComma(values[values.length - 1], vat);
        }
        first = false;
        if (this.isKw('for') && keys[keys.length - 1] === null && starTok) this.raiseAt('dict unpacking cannot be used in dict comprehension', starTok);
        if (!this.eatOp(',')) break;
        if (this.isOp('}')) break;
      }
      return done({ kind: 'Dict' as const, keys, values });
    }
    const first = firstKey as A.Expr;
    if (this.isKw('for')) return done(this.comprehension('SetComp', first, s));
    const elts = [first];
    if (!this.isOp(',') && !this.isOp('}')) { this.checkComma(first, at); this.invalid(); }
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      const at2 = this.p;
      const e = this.starNamedExpression();
      elts.push(e);
      if (!this.isOp(',') && !this.isOp('}')) { this.checkComma(e, at2); this.invalid(); }
    }
    return done({ kind: 'Set' as const, elts });
  }

  // ------------------------------------------------------------------ f-string fields
  private fstringField(from: number, to: number): { expr: A.Expr; stop: number } {
    const toks = tokenize(this.src, { lines: this.lines, from, to, fragment: true, fstringField: true });
    const end = toks[toks.length - 1];
    if (toks.length === 1) {
      const c = this.src[end.start];
      const what = c === '}' ? "'}'" : c === '!' ? "'!'" : c === ':' ? "':'" : c === '=' ? "'='" : null;
      if (what) this.strings.error(`f-string: valid expression required before ${what}`, end.start, end.start + 1);
      this.strings.error("f-string: expecting '}'", from - 1, from);
    }
    const sub = new Parser(this.src, toks, this.lines);
    sub.level = 1;
    sub.fstringField_ = true;
    const first = toks[0];
    if (sub.isKw('lambda')) this.raise('f-string: lambda expressions are not allowed without parentheses', first.lineno, first.col, end.lineno, end.col + 1);
    if (sub.isOp('**')) this.raise("f-string: expecting a valid expression after '{'", first.lineno, first.col, first.end_lineno, first.end_col);
    const at = sub.p;
    const expr = sub.isKw('yield') ? sub.yieldExpr() : sub.starExpressions();
    if (sub.tok.type !== 'ENDMARKER') { sub.checkComma(expr, at); sub.invalid(); }
    if (end.start >= to) this.strings.error("f-string: expecting '}'", from - 1, from);
    return { expr, stop: end.start };
  }
}

/** Value of a NUMBER token as CPython's ast stores it. */
export function numberValue(text: string): A.ConstantValue {
  const t = text.replace(/_/g, '');
  const last = t[t.length - 1];
  if (last === 'j' || last === 'J') return { imag: parseFloat(t.slice(0, -1)) } as A.ImagValue;
  if (/^0[xXoObB]/.test(t)) return BigInt(t.toLowerCase());
  if (/[.eE]/.test(t)) return parseFloat(t);
  return BigInt(t);
}
