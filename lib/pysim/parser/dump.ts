// Models Lib/ast.py's dump() (CPython 3.12): the text of ast.dump(node), optionally with positions.

import type { ConstantValue, Node } from './ast';

/** Field order of each node class, as in Parser/Python.asdl (CPython 3.12). */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list', 'type_params'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value', 'type_comment'],
  AugAssign: ['target', 'op', 'value'], AnnAssign: ['target', 'annotation', 'value', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment'], While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'], With: ['items', 'body', 'type_comment'], Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], TryStar: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg'], Import: ['names'],
  ImportFrom: ['module', 'names', 'level'], Global: ['names'], Nonlocal: ['names'], Expr: ['value'],
  Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec'],
  JoinedStr: ['values'], Constant: ['value', 'kind'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'], List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
  Match: ['subject', 'cases'], match_case: ['pattern', 'guard', 'body'],
  MatchValue: ['value'], MatchSingleton: ['value'], MatchSequence: ['patterns'], MatchMapping: ['keys', 'patterns', 'rest'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'], MatchStar: ['name'], MatchAs: ['pattern', 'name'],
  MatchOr: ['patterns'],
};
const HAS_POS = new Set(['comprehension', 'arguments', 'withitem', 'Module', 'match_case']);
/** Fields that always appear in the dump even when None. */
const REQUIRED_NONE = new Set(['Constant.value', 'MatchSingleton.value']);
const LEAF_ENUMS = new Set(['op', 'ctx']);

/** Python's repr() of a float. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Object.is(x, -0)) return '-0.0';
  const abs = Math.abs(x);
  let r: string;
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [m, e] = x.toExponential().split('e');
    const exp = parseInt(e, 10);
    r = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else {
    r = String(x);
    if (/e/.test(r)) r = x.toFixed(20).replace(/0+$/, '');
    if (!r.includes('.')) r += '.0';
  }
  return r;
}

/** Python's repr() of a str. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0xa0) || c === 0xad) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16).padStart(4, '0');
    else if (/[\p{Zl}\p{Zp}\p{Cc}\p{Cf}\p{Co}\p{Cn}]|[\p{Zs}]/u.test(ch) && ch !== ' ') {
      out += c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + q;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; if (c === 34) hasDouble = true; }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** Python's repr() of a Constant's value. */
export function constantRepr(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if ('bytes' in v) return bytesRepr(v.bytes);
  if ('ellipsis' in v) return 'Ellipsis';
  const r = floatRepr(v.imag);
  return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
}

/** Options of dump(). */
export interface DumpOptions { include_attributes?: boolean }

/** The text of CPython's `ast.dump(node)` (no indent). */
export function dump(node: Node, opts: DumpOptions = {}): string {
  const attrs = !!opts.include_attributes;
  const fmt = (v: unknown, field: string, parentKind: string): string => {
    if (v === null || v === undefined) return 'None';
    if (Array.isArray(v)) return '[' + v.map((x) => fmt(x, field, parentKind)).join(', ') + ']';
    if (typeof v === 'string') {
      if (LEAF_ENUMS.has(field) || (field === 'ops' && parentKind === 'Compare')) return `${v}()`;
      return strRepr(v);
    }
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (typeof v === 'boolean') return v ? 'True' : 'False';
    return one(v as Node);
  };
  const one = (n: Node): string => {
    const kind = n.kind;
    const rec = n as unknown as Record<string, unknown>;
    const parts: string[] = [];
    for (const f of FIELDS[kind] ?? []) {
      let v: unknown;
      if (f === 'type_ignores' || f === 'type_params') v = [];
      else if (f === 'type_comment') v = null;
      else if (f === 'kind' && kind === 'Constant') v = rec.strKind ?? null;
      else v = rec[f];
      if (kind === 'Constant' && f === 'value') { parts.push('value=' + constantRepr(v as ConstantValue)); continue; }
      if ((v === null || v === undefined) && !REQUIRED_NONE.has(`${kind}.${f}`)) continue;
      parts.push(`${f}=${fmt(v, f, kind)}`);
    }
    if (attrs && !HAS_POS.has(kind) && typeof rec.lineno === 'number') {
      parts.push(`lineno=${rec.lineno}`, `col_offset=${rec.col_offset}`, `end_lineno=${rec.end_lineno}`, `end_col_offset=${rec.end_col_offset}`);
    }
    return `${kind}(${parts.join(', ')})`;
  };
  return one(node);
}
