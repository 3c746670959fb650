// Models Python/future.c (CPython 3.12): the `from __future__ import …` statements that open a
// module, read before the symbol table is built, and what `annotations` makes of the annotations.
import type * as A from '../parser/ast';
import { PySyntaxError } from '../parser/errors';
import { _PyAST_ExprAsUnicode } from './ast_unparse';
import { RT } from '../objects/object';

/** The future features a module asked for (`_PyFutureFeatures`). */
export interface FutureFeatures {
  /** CO_FUTURE_ANNOTATIONS: annotations are kept as their source text (PEP 563). */
  annotations: boolean;
  /** The last future statement of the module's opening ones (ff_location); null without any. */
  location: A.ImportFrom | null;
}

/** Lib/__future__.py's all_feature_names: the features the compiler accepts. */
const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** A SyntaxError at the statement's start (PyErr_SyntaxLocationObject: one caret). */
function errorAt(s: A.ImportFrom, msg: string, unsupported = false): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, s.lineno, s.col_offset + 1, s.lineno, s.col_offset + 1, '', unsupported);
}

/** future_check_features: the features one statement names. */
function future_check_features(ff: FutureFeatures, s: A.ImportFrom): void {
  for (const { name } of s.names) {
    if (FEATURES.has(name)) {
      if (name === 'annotations') ff.annotations = true;
      // PEP 401's `<>` for `!=`: the tokenizer would have to change with it
      else if (name === 'barry_as_FLUFL') throw errorAt(s, 'heaplab does not simulate `from __future__ import barry_as_FLUFL` yet', true);
    } else if (name === 'braces') throw errorAt(s, 'not a chance');
    else throw errorAt(s, `future feature ${name} is not defined`);
  }
}

/** Whether the module body opens with a docstring (_PyAST_GetDocString). */
function hasDocString(body: A.Stmt[]): boolean {
  const s = body[0];
  return s !== undefined && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string';
}

/**
 * _PyFuture_FromAST / future_parse: the future statements a module starts with (only a docstring
 * and other future statements may come before one). A later one is the compiler's error
 * (futureImportMisplaced).
 */
export function _PyFuture_FromAST(mod: A.Module): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, location: null };
  const body = mod.body;
  for (let i = hasDocString(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (s.kind !== 'ImportFrom' || s.module !== '__future__') break;
    future_check_features(ff, s);
    ff.location = s;
  }
  return ff;
}

/**
 * compiler_from_import's check: a `from __future__ import` after the module's opening ones is a
 * SyntaxError over the whole statement (location_is_after the last accepted one).
 */
export function futureImportMisplaced(s: A.ImportFrom, ff: FutureFeatures | undefined): PySyntaxError | null {
  if (s.module !== '__future__') return null;
  const loc = ff?.location ?? null;
  const after = loc === null || s.lineno > loc.lineno || (s.lineno === loc.lineno && s.col_offset > loc.col_offset);
  if (!after) return null;
  return new PySyntaxError('SyntaxError', 'from __future__ imports must occur at the beginning of the file', s.lineno, s.col_offset + 1, s.end_lineno, s.end_col_offset + 1, '');
}

const NOT_IN_ANNOTATION: Partial<Record<A.Expr['kind'], string>> = {
  Yield: 'yield expression', YieldFrom: 'yield expression', Await: 'await expression', NamedExpr: 'named expression',
};

/**
 * The first yield, await or `:=` of an annotation, outside any lambda in it: symtable.c refuses
 * them in an annotation block ("yield expression cannot be used within an annotation").
 */
function forbiddenInAnnotation(node: unknown): A.Expr | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const hit = forbiddenInAnnotation(n);
      if (hit) return hit;
    }
    return null;
  }
  if (node === null || typeof node !== 'object' || !('kind' in node)) return null;
  const e = node as A.Expr;
  if (NOT_IN_ANNOTATION[e.kind]) return e;
  if (e.kind === 'Lambda' || e.kind === 'Constant') return null;
  for (const child of Object.values(e)) {
    if (child !== null && typeof child === 'object') {
      const hit = forbiddenInAnnotation(child);
      if (hit) return hit;
    }
  }
  return null;
}

/** compiler_visit_annexpr's constant: the annotation replaced by its source text. */
function annexpr(e: A.Expr): A.Constant {
  const bad = forbiddenInAnnotation(e);
  // 3.11: "'yield expression' can not be used within an annotation"
  const what = NOT_IN_ANNOTATION[bad?.kind ?? 'Yield']!;
  const msg = RT.profile.versionInfo[1] <= 11 ? `'${what}' can not be used within an annotation` : `${what} cannot be used within an annotation`;
  if (bad) throw new PySyntaxError('SyntaxError', msg, bad.lineno, bad.col_offset + 1, bad.end_lineno, bad.end_col_offset + 1, '');
  return { kind: 'Constant', value: _PyAST_ExprAsUnicode(e), fromCompiler: true, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

function stringifyArgs(a: A.Arguments): void {
  for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
    if (p && p.annotation) p.annotation = annexpr(p.annotation);
  }
}

/**
 * Under `from __future__ import annotations`, every annotation of the module's defs and annotated
 * assignments becomes the constant string the compiler loads in its place (the symbol table then
 * sees no names in them, as CPython's annotation blocks bind none in the enclosing scope).
 */
export function stringifyAnnotations(body: A.Stmt[]): void {
  for (const s of body) {
    switch (s.kind) {
      case 'FunctionDef':
        stringifyArgs(s.args);
        if (s.returns) s.returns = annexpr(s.returns);
        stringifyAnnotations(s.body);
        break;
      case 'ClassDef':
        stringifyAnnotations(s.body);
        break;
      case 'AnnAssign':
        s.annotation = annexpr(s.annotation);
        break;
      case 'For': case 'While': case 'If':
        stringifyAnnotations(s.body);
        stringifyAnnotations(s.orelse);
        break;
      case 'With':
        stringifyAnnotations(s.body);
        break;
      case 'Try': case 'TryStar':
        stringifyAnnotations(s.body);
        for (const h of s.handlers) stringifyAnnotations(h.body);
        stringifyAnnotations(s.orelse);
        stringifyAnnotations(s.finalbody);
        break;
      case 'Match':
        for (const c of s.cases) stringifyAnnotations(c.body);
        break;
    }
  }
}
