// Models _Py_Mangle (Python/compile.c, CPython 3.12): private name mangling. The symbol table
// (symtable.ts) and the compiler (compile.ts) call it with the innermost enclosing class's name
// (CPython's `st_private` / `u_private`, our `Scope.private`) for every variable, parameter,
// attribute and import name they compile; type_new calls it for `__slots__` entries.

/**
 * `_Py_Mangle(privateobj, ident)`: inside class `privateobj`, `__spam` becomes `_privateobj__spam`
 * with the class name's leading underscores stripped. Unchanged: no enclosing class (null), a name
 * not starting with two underscores, a dunder name (ending with two underscores), a dotted import
 * name, and every name inside a class whose name is all underscores.
 */
export function _Py_Mangle(privateobj: string | null, ident: string): string {
  if (privateobj === null || ident.charCodeAt(0) !== 95 || ident.charCodeAt(1) !== 95) return ident;
  const n = ident.length;
  if ((ident.charCodeAt(n - 1) === 95 && ident.charCodeAt(n - 2) === 95) || ident.includes('.')) return ident;
  let i = 0;
  while (privateobj.charCodeAt(i) === 95) i++;
  if (i === privateobj.length) return ident;
  return '_' + privateobj.slice(i) + ident;
}
