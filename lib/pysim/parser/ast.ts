// Models Parser/Python.asdl (CPython 3.12): the node types of the `ast` module, for the subset
// heaplab simulates. Field names are CPython's, so `ast.dump` output can be compared directly.
// The discriminant is `kind` (CPython's class name), because `type` is a field of ExceptHandler.

/** Source position of a node: 1-based lines, 0-based columns counted in characters (code points). */
export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Expression context, as in CPython's `ast.Load/Store/Del`. */
export type ExprContext = 'Load' | 'Store' | 'Del';

/** Binary operators (`ast.operator`). */
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';

/** Unary operators (`ast.unaryop`). */
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';

/** Comparison operators (`ast.cmpop`). */
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** Boolean operators (`ast.boolop`). */
export type BoolOperator = 'And' | 'Or';

/** Literal `bytes` value carried by a Constant. */
export interface BytesValue { bytes: Uint8Array }
/** The `...` literal. */
export interface EllipsisValue { ellipsis: true }
/** An imaginary literal such as `2j` (value is the imaginary part). */
export interface ImagValue { imag: number }

/**
 * Value of a Constant node: `null` is None, `boolean` is bool, `bigint` is int (always bigint in
 * the AST, whatever its size), `number` is float, `string` is str.
 */
export type ConstantValue = null | boolean | bigint | number | string | BytesValue | EllipsisValue | ImagValue;

// ---------------------------------------------------------------- module

/** A parsed file (`ast.Module`). */
export interface Module { kind: 'Module'; body: Stmt[] }

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Pos {
  kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Pos {
  kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: 0 | 1;
}
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
/** `try: … except* T: …` (3.11+): every handler has a type. */
export interface TryStar extends Pos {
  kind: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }
/** `match subject:` with its `case` blocks (3.10+). */
export interface Match extends Pos { kind: 'Match'; subject: Expr; cases: MatchCase[] }

/** Any statement node. */
export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With
  | Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue | Match;

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { kind: 'Await'; value: Expr }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** `conversion` is -1 (none), 115 (`!s`), 114 (`!r`) or 97 (`!a`), as in CPython. */
export interface FormattedValue extends Pos {
  kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Pos {
  kind: 'Constant'; value: ConstantValue;
  /** CPython's `Constant.kind`: 'u' for a `u"..."` literal, absent otherwise. */
  strKind?: 'u';
  /**
   * A bytes literal whose value is the object one of its tokens made (its other tokens, if any,
   * are empty): `_PyPegen_concatenate_strings` (3.12+) starts from `b''` and `PyBytes_Concat`
   * returns that token's object itself, which the parser arena then holds a second time
   * ('alone' when the literal is that one token, 'concatenated' when empty tokens are beside it).
   */
  bytesFromOneToken?: 'alone' | 'concatenated';
  /**
   * A constant the compiler made rather than the parser (an annotation's text under `from
   * __future__ import annotations`): the parser arena does not hold it.
   */
  fromCompiler?: true;
}
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

/** Any expression node. */
export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------- helper nodes

/** One `for … in … if …` clause of a comprehension. */
export interface Comprehension { kind: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 }
/** `except T as name:` clause. */
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
/** A function's parameter list (`ast.arguments`). */
export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last `defaults.length` positional parameters. */
  defaults: Expr[];
}
/** One parameter. */
export interface Arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null }
/** `name=value` in a call, or `**value` when `arg` is null. */
export interface Keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr }
/** `name as asname` in an import. */
export interface Alias extends Pos { kind: 'alias'; name: string; asname: string | null }
/** One `expr as target` of a with statement. */
export interface WithItem { kind: 'withitem'; context_expr: Expr; optional_vars: Expr | null }

/** One `case pattern [if guard]: body` of a match statement (`ast.match_case`, no position). */
export interface MatchCase { kind: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---------------------------------------------------------------- patterns (`ast.pattern`)

/** A literal (Constant, or a signed/complex number as UnaryOp/BinOp) or a dotted name (Attribute). */
export interface MatchValue extends Pos { kind: 'MatchValue'; value: Expr }
/** `None`, `True` or `False`, compared with `is`. */
export interface MatchSingleton extends Pos { kind: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Pos { kind: 'MatchSequence'; patterns: Pattern[] }
/** `{k: p, ..., **rest}`; `rest` is null without `**`. */
export interface MatchMapping extends Pos { kind: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  kind: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
/** `*name` in a sequence pattern; `name` is null for `*_`. */
export interface MatchStar extends Pos { kind: 'MatchStar'; name: string | null }
/** `p as name`, a capture (`pattern` null) or the wildcard `_` (both null). */
export interface MatchAs extends Pos { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { kind: 'MatchOr'; patterns: Pattern[] }

/** Any pattern node. */
export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

/** Every node kind, for exhaustive visitors. */
export type Node = Module | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem | MatchCase | Pattern;
