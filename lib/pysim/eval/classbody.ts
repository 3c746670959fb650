// Models the class-body additions of Python/compile.c in CPython 3.13+ (compiler_class_body):
// `__firstlineno__` (the `class` statement's line) is stored right after `__qualname__`, and
// `__static_attributes__` (the sorted names assigned as `self.<name>` in the class's functions)
// at the end of the body.
import type * as A from '../parser/ast';

/**
 * The names the 3.13 compiler collects for a class's `__static_attributes__`: every attribute
 * stored through a name `self` anywhere inside the class body, nested functions and lambdas
 * included, but not inside a nested class (it collects its own). Augmented assignments and `del`
 * do not count (the compiler does not visit their target as a store). Sorted, without repeats.
 */
export function staticAttributes(cls: A.ClassDef): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const n = node as { kind?: string };
    switch (n.kind) {
      case 'ClassDef': {
        // a nested class: its decorators, bases and keywords run in this scope, its body is its own
        const c = node as A.ClassDef;
        visit(c.decorator_list);
        visit(c.bases);
        visit(c.keywords);
        return;
      }
      case 'AugAssign':
        visit((node as A.AugAssign).value);
        return;
      case 'Delete':
        return;
      case 'Attribute': {
        const a = node as A.Attribute;
        if (a.ctx === 'Store' && a.value.kind === 'Name' && a.value.id === 'self') names.add(a.attr);
        visit(a.value);
        return;
      }
    }
    for (const key of Object.keys(node)) {
      const v = (node as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(cls.body);
  return [...names].sort();
}
