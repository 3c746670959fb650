// Models Python/ast_unparse.c (CPython 3.12): an expression's source text as the compiler writes
// it back for `from __future__ import annotations`, with the fewest parentheses its priority needs.
import type * as A from '../parser/ast';
import { strRepr } from '../objects/unicodeobject';
import { float_repr } from '../objects/floatobject';
import { complexRepr } from '../objects/complexobject';
import { bytesRepr } from '../objects/bytesobject';

// Priority levels
const PR_TUPLE = 0;
const PR_TEST = 1; // 'if'-'else', 'lambda'
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Record<A.Operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};

const UNARYOP: Record<A.UnaryOperator, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};

const CMPOP: Record<A.CmpOperator, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** replace_inf_value: a float's or complex's `inf` written as `1e309` (1 + DBL_MAX_10_EXP). */
const replaceInf = (repr: string): string => repr.replaceAll('inf', '1e309');

/** append_ast_constant / append_repr: the repr of a constant. */
function constantRepr(v: A.ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return replaceInf(float_repr(v));
  if (typeof v === 'string') return strRepr(v);
  if ('bytes' in v) return bytesRepr(v.bytes);
  if ('imag' in v) return replaceInf(complexRepr(0, v.imag));
  return '...';
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function arg(a: A.Arg): string {
  return a.annotation ? `${a.arg}: ${expr(a.annotation, PR_TEST)}` : a.arg;
}

/** append_ast_args: a lambda's parameter list. */
function args(a: A.Arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((p, i) => {
    let s = arg(p);
    const di = i - positional.length + a.defaults.length;
    if (di >= 0) s += '=' + expr(a.defaults[di], PR_TEST);
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ', /';
    parts.push(s);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${arg(p)}=${expr(d, PR_TEST)}` : arg(p));
  });
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comprehensions(gens: A.Comprehension[]): string {
  return gens.map((g) => ` for ${expr(g.target, PR_TUPLE)} in ${expr(g.iter, PR_TEST + 1)}` + g.ifs.map((c) => ` if ${expr(c, PR_TEST + 1)}`).join('')).join('');
}

const escapeBraces = (s: string): string => s.replaceAll('{', '{{').replaceAll('}', '}}');

/** build_fstring_body: an f-string's parts, text with its braces doubled. */
function fstringBody(values: A.JoinedStr['values']): string {
  return values.map((v) => (v.kind === 'Constant' ? escapeBraces(v.value as string) : formattedValue(v))).join('');
}

/** append_formattedvalue: `{expr!r:spec}`, a space after the brace when the expression starts with one. */
function formattedValue(e: A.FormattedValue): string {
  const inner = expr(e.value, PR_TEST + 1);
  let s = (inner.startsWith('{') ? '{ ' : '{') + inner;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) s += ':' + fstringBody(e.format_spec.values);
  return s + '}';
}

/** append_ast_expr: `e` written at priority `level`. */
function expr(e: A.Expr, level: number): string {
  switch (e.kind) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOP[e.op];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, (positional ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level > PR_TEST, `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case 'Dict':
      return '{' + e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? `${expr(k, PR_TEST)}: ${expr(v, PR_TEST)}` : '**' + expr(v, PR_EXPR);
      }).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return `(${expr(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'ListComp':
      return `[${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${expr(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${expr(e.key, PR_TEST)}: ${expr(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'Yield':
      return e.value ? `(yield ${expr(e.value, PR_TEST)})` : '(yield)';
    case 'YieldFrom':
      return `(yield from ${expr(e.value, PR_TEST)})`;
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare':
      return paren(level > PR_CMP, expr(e.left, PR_CMP + 1) + e.ops.map((op, i) => CMPOP[op] + expr(e.comparators[i], PR_CMP + 1)).join(''));
    case 'Call': {
      const f = expr(e.func, PR_ATOM);
      // a single generator expression argument keeps its own parentheses only
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind === 'GeneratorExp') return f + expr(e.args[0], PR_TEST);
      const parts = e.args.map((a) => expr(a, PR_TEST));
      for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + expr(k.value, PR_TEST));
      return `${f}(${parts.join(', ')})`;
    }
    case 'Constant':
      return constantRepr(e.value);
    case 'JoinedStr':
      return 'f' + strRepr(fstringBody(e.values));
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      // an int needs a space before the dot
      const period = v.kind === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript':
      return `${expr(e.value, PR_ATOM)}[${expr(e.slice, PR_TUPLE)}]`;
    case 'Starred':
      return '*' + expr(e.value, PR_EXPR);
    case 'Slice':
      return (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '') + (e.step ? ':' + expr(e.step, PR_TEST) : '');
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(level > PR_TUPLE, e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'NamedExpr':
      return paren(level > PR_TUPLE, `${expr(e.target, PR_ATOM)}:=${expr(e.value, PR_ATOM)}`);
  }
}

/** _PyAST_ExprAsUnicode: an annotation's text, as `from __future__ import annotations` stores it. */
export function _PyAST_ExprAsUnicode(e: A.Expr): string {
  return expr(e, PR_TEST);
}
