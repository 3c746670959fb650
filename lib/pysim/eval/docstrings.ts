// Models the docstring handling of Python/compile.c (CPython 3.11-3.14): a module's or class's
// docstring is stored as `__doc__` by the body itself (compiler_body: the string, then
// STORE_NAME __doc__), and from 3.13 every docstring is cleaned first (_PyCompile_CleanDoc).
// Function docstrings stay the first constant; compile.ts reads them from the (cleaned) AST.
import type * as A from '../parser/ast';

/** The docstring node of a body (its first statement is a plain string expression), or null. */
export function docstringOf(body: A.Stmt[]): A.Constant | null {
  const first = body[0];
  if (!first || first.kind !== 'Expr' || first.value.kind !== 'Constant' || typeof first.value.value !== 'string') return null;
  return first.value;
}

/** str.expandtabs(8). */
function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/**
 * _PyCompile_CleanDoc (3.13): tabs expanded, the first line's leading spaces removed, and from
 * the other lines the smallest indentation of those that are not blank.
 */
export function cleanDoc(doc: string): string {
  const lines = expandTabs(doc).split('\n');
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    let n = 0;
    while (n < l.length && l[n] === ' ') n++;
    if (n < l.length) margin = Math.min(margin, n);
  }
  if (margin === Infinity) margin = 0;
  const out = [lines[0].replace(/^ +/, '')];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    let n = 0;
    while (n < margin && l[n] === ' ') n++;
    out.push(l.slice(n));
  }
  return out.join('\n');
}

/**
 * Rewrites a module's AST the way the compiler treats docstrings: in module and class bodies the
 * docstring becomes `__doc__ = "..."` (same position), and with `clean` every docstring
 * (modules, classes, functions) is cleaned. Runs before the symbol table is built.
 */
export function applyDocstrings(mod: A.Module, clean: boolean): void {
  rewriteBody(mod.body, true, clean);
}

function rewriteBody(body: A.Stmt[], storesDoc: boolean, clean: boolean): void {
  const doc = docstringOf(body);
  if (doc !== null) {
    if (clean) doc.value = cleanDoc(doc.value as string);
    if (storesDoc) {
      const st = body[0];
      const target: A.Name = { kind: 'Name', id: '__doc__', ctx: 'Store', lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset };
      body[0] = { kind: 'Assign', targets: [target], value: doc, lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset };
    }
  }
  for (const st of body) {
    switch (st.kind) {
      case 'FunctionDef': rewriteBody(st.body, false, clean); break;
      case 'ClassDef': rewriteBody(st.body, true, clean); break;
      case 'If': case 'For': case 'While':
        rewriteBody(st.body, false, clean);
        rewriteBody(st.orelse, false, clean);
        break;
      case 'With': rewriteBody(st.body, false, clean); break;
      case 'Match': for (const c of st.cases) rewriteBody(c.body, false, clean); break;
      case 'Try': case 'TryStar':
        rewriteBody(st.body, false, clean);
        for (const h of st.handlers) rewriteBody(h.body, false, clean);
        rewriteBody(st.orelse, false, clean);
        rewriteBody(st.finalbody, false, clean);
        break;
    }
  }
}
