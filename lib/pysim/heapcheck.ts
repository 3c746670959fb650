// heaplab's heap invariant checker (no CPython counterpart): every mortal object's ob_refcnt must
// equal the number of references we can name (tp_traverse edges plus roots).
import { atexitReferences } from './modules/atexitmodule';
import { PyObject, PyType, traverseLabels, isImmortal, runtimeMortalRoots } from './objects/object';
import { PyDict } from './objects/dictobject';
import { PyStr } from './objects/unicodeobject';
import { gcObjects } from './gc/gcmodule';
import type { Interpreter } from './pythonrun';

/** One broken invariant. */
export interface HeapProblem {
  kind: 'negative-refcount' | 'refcount-mismatch' | 'freed-referenced';
  type: string;
  address: string;
  refcount: number;
  named: number;
  owners: string[];
}

/** Roots the interpreter holds outside any Python object: each entry is one strong reference. */
export function interpreterRoots(interp: Interpreter): { obj: PyObject; owner: string }[] {
  const roots: { obj: PyObject; owner: string }[] = [];
  for (const [name, m] of interp.st.modules) roots.push({ obj: m, owner: `sys.modules['${name}']` });
  roots.push({ obj: interp.builtins, owner: 'interpreter builtins' });
  for (const [m, n] of interp.startupRefs) for (let i = 0; i < n; i++) roots.push({ obj: m, owner: 'start-up imports' });
  for (const o of interp.arena) roots.push({ obj: o, owner: 'arena' });
  for (const o of interp.gc.garbage) roots.push({ obj: o, owner: 'gc.garbage' });
  roots.push(...atexitReferences(interp.rt));
  let f = interp.st.frame;
  while (f) {
    for (let i = 0; i < f.fast.length; i++) {
      const v = f.fast[i];
      if (v) roots.push({ obj: v, owner: `frame ${f.code.info.name}: ${f.code.info.varnames[i] ?? i}` });
    }
    for (const v of f.vs) roots.push({ obj: v, owner: `frame ${f.code.info.name}: stack` });
    if (f.func) roots.push({ obj: f.func, owner: `frame ${f.code.info.name}: f_func` });
    roots.push({ obj: f.code, owner: `frame ${f.code.info.name}: f_code` });
    if (f.frameObj) roots.push({ obj: f.frameObj, owner: `frame ${f.code.info.name}: frame_obj` });
    if (f.localsSnapshot) roots.push({ obj: f.localsSnapshot, owner: `frame ${f.code.info.name}: f_locals` });
    f = f.back;
  }
  for (const e of interp.st.handled) roots.push({ obj: e, owner: 'handled exception' });
  for (const [t, d] of interp.rt.staticSubclasses) roots.push({ obj: d, owner: `${t.name}.__subclasses__` });
  for (const [k, o] of interp.rt.lazyObjects) roots.push({ obj: o, owner: `interpreter ${k}` });
  for (const { o, n } of runtimeMortalRoots(interp.profile)) for (let i = 0; i < n; i++) roots.push({ obj: o, owner: 'a static type\'s namespace' });
  return roots;
}

/**
 * Every live object reachable from the interpreter's roots or tracked by the collector, through
 * tp_traverse (static types' own namespaces are not walked). Used by ctypes to find the object at
 * an address.
 */
export function* reachableObjects(interp: Interpreter): Generator<PyObject> {
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  const add = (o: PyObject) => {
    if (!seen.has(o)) {
      seen.add(o);
      stack.push(o);
    }
  };
  for (const r of interpreterRoots(interp)) add(r.obj);
  for (const o of gcObjects(null)) add(o);
  while (stack.length) {
    const o = stack.pop()!;
    yield o;
    if (o instanceof PyType && !o.heap) continue;
    o.ob_type.tp_traverse?.(o, (c) => add(c));
  }
}

/**
 * Verifies the heap invariants at a quiescent point (no Python code running): no negative counts,
 * no freed object still referenced, and ob_refcnt equal to the named references for every mortal
 * object reachable from the roots or tracked by the collector.
 */
export function heapCheck(interp: Interpreter): HeapProblem[] {
  const problems: HeapProblem[] = [];
  const incoming = new Map<PyObject, string[]>();
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  const add = (o: PyObject, owner: string) => {
    let l = incoming.get(o);
    if (!l) incoming.set(o, (l = []));
    l.push(owner);
    if (!seen.has(o)) {
      seen.add(o);
      stack.push(o);
    }
  };
  for (const r of interpreterRoots(interp)) add(r.obj, r.owner);
  interp.enter();
  traverseLabels.on = true;
  try {
    for (const o of gcObjects(null)) {
      if (!seen.has(o)) {
        seen.add(o);
        stack.push(o);
      }
    }
    while (stack.length) {
      const o = stack.pop()!;
      const owner = `${o.ob_type.name}@0x${o.addr.toString(16)}`;
      if (o instanceof PyType && !o.heap) continue;
      o.ob_type.tp_traverse?.(o, (c, label) => add(c, owner + label));
    }
    // read while this interpreter is active: the mortal objects of static types' namespaces keep a count per runtime
    for (const o of seen) {
      if (isImmortal(o)) continue;
      const owners = incoming.get(o) ?? [];
      const base = { type: o.ob_type.name, address: '0x' + o.addr.toString(16), refcount: o.ob_refcnt, named: owners.length, owners };
      if ((o as { dead?: boolean }).dead) problems.push({ kind: 'freed-referenced', ...base });
      else if (o.ob_refcnt < 0) problems.push({ kind: 'negative-refcount', ...base });
      else if (o.ob_refcnt !== owners.length && !(o instanceof PyDict && o.embedded)) problems.push({ kind: 'refcount-mismatch', ...base });
    }
  } finally {
    traverseLabels.on = false;
    interp.leave();
  }
  void PyStr;
  return problems;
}
