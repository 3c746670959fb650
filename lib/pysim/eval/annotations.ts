// Models the function-annotation parts of Python/compile.c: compiler_visit_annotations
// (3.11-3.13: a tuple of name/value pairs built when the `def` runs) and, for 3.14 (PEP 649),
// the `__annotate__` function codegen_annotations makes instead.
import type * as A from '../parser/ast';
import type { Frame } from './frame';
import { Py_DECREF } from '../objects/object';
import { PyLong_From } from '../objects/longobject';
import { NotImplementedErrorType, pyErr } from '../objects/exceptions';
import { PyObject_RichCompareBool } from '../abstract';
import { PyDict, PyDict_New, dictGetStr, insertdict } from '../objects/dictobject';
import { PyUnicode_Intern } from '../objects/unicodeobject';
import { _Py_Mangle } from './mangle';

/** One annotated parameter (or `return`): the name the dict key gets (mangled), and the annotation. */
export interface AnnotationItem {
  name: string;
  annotation: A.Expr;
}

/**
 * The annotations of a `def` in compiler_visit_annotations' order: the positional parameters,
 * then the positional-only ones, `*args`, the keyword-only ones, `**kwargs`, and `return`.
 * `privateName` is the class the `def` is in (its parameter names are mangled).
 */
export function annotationItems(node: A.FunctionDef, privateName: string | null): AnnotationItem[] {
  const a = node.args;
  const out: AnnotationItem[] = [];
  const add = (p: A.Arg | null) => {
    if (p && p.annotation) out.push({ name: _Py_Mangle(privateName, p.arg), annotation: p.annotation });
  };
  for (const p of a.args) add(p);
  for (const p of a.posonlyargs) add(p);
  add(a.vararg);
  for (const p of a.kwonlyargs) add(p);
  add(a.kwarg);
  if (node.returns) out.push({ name: 'return', annotation: node.returns });
  return out;
}

const annotateCache = new WeakMap<A.FunctionDef | A.ClassDef, A.Lambda | null>();

/** The annotated simple names of class `className`'s body (the `x: T` of find_ann's statements, mangled), in order. */
export function classAnnotationItems(body: A.Stmt[], className: string, out: AnnotationItem[] = []): AnnotationItem[] {
  for (const st of body) {
    switch (st.kind) {
      case 'AnnAssign':
        if (st.simple && st.target.kind === 'Name') out.push({ name: _Py_Mangle(className, st.target.id), annotation: st.annotation });
        break;
      case 'For': case 'While': case 'If': classAnnotationItems(st.body, className, out); classAnnotationItems(st.orelse, className, out); break;
      case 'With': classAnnotationItems(st.body, className, out); break;
      case 'Match': for (const c of st.cases) classAnnotationItems(c.body, className, out); break;
      case 'Try': case 'TryStar':
        classAnnotationItems(st.body, className, out);
        for (const h of st.handlers) classAnnotationItems(h.body, className, out);
        classAnnotationItems(st.orelse, className, out);
        classAnnotationItems(st.finalbody, className, out);
        break;
    }
  }
  return out;
}

/**
 * 3.14's `__annotate__(format)` for a `def` or a class body, as a lambda returning the
 * annotations dict display (`lambda format: {'x': int, 'return': str}`), or null without
 * annotations. The same node every time, so the symbol table's scope for it is found again by the
 * compiler. (A class's annotation scope also sees the class namespace; this lambda does not.)
 * `privateName`: the class a `def` is in, or the class itself (the keys are mangled names).
 */
export function annotateLambda(node: A.FunctionDef | A.ClassDef, privateName: string | null): A.Lambda | null {
  if (annotateCache.has(node)) return annotateCache.get(node)!;
  const items = node.kind === 'FunctionDef' ? annotationItems(node, privateName) : classAnnotationItems(node.body, node.name);
  let lam: A.Lambda | null = null;
  if (items.length) {
    const pos = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.lineno, end_col_offset: node.col_offset };
    const key = (s: string): A.Expr => ({ kind: 'Constant', value: s, ...pos }) as A.Expr;
    const body: A.Dict = { kind: 'Dict', keys: items.map((i) => key(i.name)), values: items.map((i) => i.annotation), ...pos };
    const format: A.Arg = { kind: 'arg', arg: 'format', annotation: null, ...pos };
    const args: A.Arguments = { kind: 'arguments', posonlyargs: [format], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    lam = { kind: 'Lambda', args, body, ...pos };
  }
  annotateCache.set(node, lam);
  return lam;
}

/**
 * 3.14's `__annotate__` prologue before the dict display: `if format > VALUE_WITH_FAKE_GLOBALS (2):
 * raise NotImplementedError` (the other formats are left to annotationlib).
 */
export function annotateBody(run: (f: Frame) => number): (f: Frame) => number {
  return (f) => {
    const two = PyLong_From(2);
    let gt: boolean;
    try {
      gt = PyObject_RichCompareBool(f.fast[0]!, two, 'Gt');
    } finally {
      Py_DECREF(two);
    }
    if (gt) throw pyErr(NotImplementedErrorType);
    return run(f);
  };
}

/** find_ann: whether a module or class body holds an annotated assignment (not counting nested defs and classes). */
export function findAnn(body: A.Stmt[]): boolean {
  for (const st of body) {
    switch (st.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With':
        if (findAnn(st.body)) return true;
        break;
      case 'Match':
        if (st.cases.some((c) => findAnn(c.body))) return true;
        break;
      case 'Try': case 'TryStar':
        if (findAnn(st.body) || st.handlers.some((h) => findAnn(h.body)) || findAnn(st.orelse) || findAnn(st.finalbody)) return true;
        break;
    }
  }
  return false;
}

/** SETUP_ANNOTATIONS: a namespace without `__annotations__` gets an empty dict there. */
export function SETUP_ANNOTATIONS(ns: PyDict): void {
  if (dictGetStr(ns, '__annotations__') === null) insertdict(ns, PyUnicode_Intern('__annotations__'), PyDict_New());
}
