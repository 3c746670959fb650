// Models Objects/genobject.c (CPython 3.12): generator objects for generator expressions and
// generator functions. A generator owns its frame; next()/send()/throw()/close() resume it.
// Implemented with a JS generator over the compiled body (see gencompile.ts): a Python `yield`
// is a JS `yield` of a new reference, the value sent back comes in through `next(v)`, and an
// exception thrown into the generator comes in through `throw(PyRaise)`.
import { ObjectType, PyObject, PyObject_Free, PyObject_Init, PyRaise, PyType, Py_DECREF, RT, TypeType, VisitProc, _PyObject_GC_TRACK, _PyObject_GC_UNTRACK, staticAddr } from '../objects/object';
import { None } from '../objects/singletons';
import { PyUnicode_From } from '../objects/unicodeobject';
import { Frame, S } from './frame';
import { addTraceback, clearFrame, initCells, isStackOverflow } from './call';
import { GeneratorExitType, PyBaseException, RecursionErrorType, RuntimeErrorType, StopIterationType, ValueErrorType, newException, pyErr, typeError } from '../objects/exceptions';
import { defGetSet, defMethod } from '../objects/methodobject';
import { makeRaisable } from '../abstract';
import { True, False } from '../objects/longobject';
import type { CodeInfo } from '../objects/funcobject';
import { setFinalizeGeneratorOfFrame } from '../objects/frameobject';
import { gcObjects } from '../gc/gcmodule';

/**
 * The compiled body of a generator: yields new references, receives the sent value (a new
 * reference) as the result of each `yield`, and leaves a `return` value in `frame.retval`.
 */
export type GenRunner = (f: Frame) => Generator<PyObject, unknown, PyObject>;

/** A generator object. */
export class PyGen extends PyObject {
  declare it: Generator<PyObject, unknown, PyObject> | null;
  running = false;
  done = false;
  declare frame: Frame;
  /** Exceptions being handled by the suspended frame (gi_exc_state), owned by S.handled while it runs. */
  declare excState: PyObject[] | null;
  /** The sub-iterator of the `yield from` the frame is suspended in (gi_yieldfrom), borrowed from the frame's value stack. */
  declare yieldFrom: PyObject | null;
  constructor(frame: Frame) {
    super(GenType);
    this.it = null;
    this.frame = frame;
    this.excState = null;
    this.yieldFrom = null;
  }
}

/** The `generator` type. */
export const GenType = new PyType(TypeType, 'generator', ObjectType);
GenType.gc = true;
GenType.basicsize = 200;

/** sizeof(PyGenObject) with its frame: the object's words, then one per fast local and value-stack slot. */
function genSize(info: CodeInfo): number {
  return (RT.profile.sizes.generatorWords + info.nfast - (info.extraSlots ?? 0) + (info.stacksize ?? 0)) * RT.profile.pointerSize;
}
GenType.tp_getsizeof = (o) => genSize((o as PyGen).frame.code.info);
GenType.weakrefable = true;
staticAddr(GenType, 912);
GenType.tp_repr = (o) => `<generator object ${(o as PyGen).frame.code.info.qualname} at 0x${o.addr.toString(16)}>`;
GenType.tp_traverse = (o: PyObject, visit: VisitProc) => {
  const g = o as PyGen;
  const f = g.frame;
  // gen_traverse: gi_name and gi_qualname (not gc objects: gc.get_referents adds them), then
  // _PyFrame_Traverse: the frame object made for the suspended frame (frame_obj), the function,
  // the code (not gc either), the locals and the value stack; then gi_exc_state
  if (f.frameObj) visit(f.frameObj, 'gi_frame');
  if (f.func) visit(f.func, 'gi_frame.f_func');
  for (let i = 0; i < f.fast.length; i++) {
    const v = f.fast[i];
    if (v) visit(v, f.code.info.varnames[i] ?? `[${i}]`);
  }
  for (const v of f.vs) visit(v, 'stack');
  if (g.excState) for (const v of g.excState) visit(v, 'gi_exc_state');
};
GenType.tp_dealloc = (o) => {
  const g = o as PyGen;
  _PyObject_GC_UNTRACK(o);
  if (o.weakrefs) RT.clearWeakrefs(o);
  if (!g.done && !o.finalized) {
    // gen_dealloc -> PyObject_CallFinalizerFromDealloc -> _PyGen_Finalize: close the suspended frame
    _PyObject_GC_TRACK(o);
    o.ob_refcnt = 1;
    o.finalized = true;
    _PyGen_Finalize(g);
    if (--o.ob_refcnt !== 0) return; // resurrected
    _PyObject_GC_UNTRACK(o);
  }
  genClear(g);
  PyObject_Free(o);
};
GenType.tp_clear = (o) => genClear(o as PyGen);
GenType.tp_iter = (o) => {
  o.ob_refcnt++;
  return o;
};
GenType.tp_iternext = (o) => genSend(o as PyGen);

/** Marks the generator finished and releases its frame. */
function genClear(g: PyGen): void {
  g.done = true;
  g.it = null;
  g.yieldFrom = null;
  const ex = g.excState;
  g.excState = null;
  clearFrame(g.frame);
  if (ex) for (const e of ex) Py_DECREF(e);
}

/** _PyGen_Finalize: closes a suspended generator; errors are unraisable. */
export function _PyGen_Finalize(g: PyGen): void {
  if (g.done) return;
  try {
    Py_DECREF(gen_close(g));
  } catch (e) {
    if (e instanceof PyRaise) RT.writeUnraisable(e.exc, g);
    else throw e;
  }
}

// frame.clear() of a suspended generator's frame on 3.11/3.12 (frame_clear): _PyGen_Finalize of the
// generator that owns it, found among the tracked objects (a generator is tracked while it lives)
setFinalizeGeneratorOfFrame((f) => {
  for (const o of gcObjects(null)) {
    if (o instanceof PyGen && o.frame === f) {
      o.ob_refcnt++;
      try {
        _PyGen_Finalize(o);
      } finally {
        Py_DECREF(o);
      }
      return;
    }
  }
});

/** Creates the generator for a generator frame (new reference). */
export function makeGenerator(f: Frame): PyGen {
  const g = new PyGen(f);
  PyObject_Init(g, genSize(f.code.info));
  _PyObject_GC_TRACK(g);
  initCells(f);
  return g;
}

/** The generator whose frame is executing (innermost), or null. */
let current: PyGen | null = null;

/** The generator whose frame is executing now (the innermost one), or null. */
export function runningGen(): PyGen | null {
  return current;
}

/** The return value of the last gen_send_ex that finished its generator (a new reference), or null. */
let lastReturn: PyObject | null = null;

/** Takes the return value left by the last finished gen_send_ex (new reference; None if none). */
export function takeGenReturn(): PyObject {
  const r = lastReturn ?? None;
  lastReturn = null;
  return r;
}

/**
 * gen_send_ex: resumes the frame with `arg` (a new reference, the value of the paused `yield`)
 * or by raising `exc` (a new reference) at the paused `yield`. Returns the next yielded value
 * (new reference), or null when the generator returned (its value: takeGenReturn()).
 */
export function gen_send_ex(g: PyGen, arg: PyObject | null, exc: PyObject | null): PyObject | null {
  if (g.running) {
    if (arg) Py_DECREF(arg);
    if (exc) Py_DECREF(exc);
    throw pyErr(ValueErrorType, 'generator already executing');
  }
  if (g.done) {
    if (arg) Py_DECREF(arg);
    if (exc) throw new PyRaise(exc);
    lastReturn = null;
    return null;
  }
  const st = S;
  const f = g.frame;
  const fresh = !g.it;
  if (!g.it) {
    if (arg && arg !== None && !exc) {
      Py_DECREF(arg);
      throw typeError("can't send non-None value to a just-started generator");
    }
    g.it = (f.code.info.run as GenRunner)(f);
    // the first resumption runs from the top: the value of next()/send(None) goes nowhere
    if (arg) Py_DECREF(arg);
    arg = null;
  }
  if (st.depth >= st.recursionLimit) {
    if (arg) Py_DECREF(arg);
    if (exc) Py_DECREF(exc);
    throw pyErr(RecursionErrorType, 'maximum recursion depth exceeded');
  }
  st.depth++;
  f.back = st.frame;
  st.frame = f;
  g.running = true;
  const outer = current;
  current = g;
  const handledBase = st.handled.length;
  if (g.excState) {
    for (const e of g.excState) st.handled.push(e);
    g.excState = null;
  }
  try {
    if (!arg && !exc && !fresh) {
      arg = None;
      arg.ob_refcnt++;
    }
    const r = exc ? g.it.throw(new PyRaise(exc)) : g.it.next(arg as PyObject);
    if (r.done) {
      const rv = f.retval ?? None;
      f.retval = null;
      genClear(g);
      lastReturn = rv;
      return null;
    }
    // suspended: the exceptions its handlers are handling go with the frame
    if (st.handled.length > handledBase) g.excState = st.handled.splice(handledBase);
    return r.value;
  } catch (e) {
    st.handled.length = handledBase;
    let err = e;
    // the JS stack ran out before the recursion limit: a RecursionError the program can catch
    if (isStackOverflow(e)) err = pyErr(RecursionErrorType, 'maximum recursion depth exceeded');
    if (e instanceof PyRaise && e.exc.ob_type.isSubtype(StopIterationType)) {
      // PEP 479: a StopIteration escaping a generator becomes RuntimeError, made by gen_send_ex2
      // in the caller: the StopIteration (its cause) has the generator's traceback entry, the
      // RuntimeError starts with none
      addTraceback(e.exc, f);
      const re = newException(RuntimeErrorType, [PyUnicode_From('generator raised StopIteration')]);
      // _PyErr_FormatFromCause: __cause__ (so __suppress_context__) and __context__
      (re as PyBaseException).cause = e.exc;
      (re as PyBaseException).suppressContext = true;
      (re as PyBaseException).context = e.exc;
      e.exc.ob_refcnt++;
      err = new PyRaise(re);
    } else if (err instanceof PyRaise) {
      // the traceback's frame object takes over the frame when genClear clears it (take_ownership);
      // not for close()'s GeneratorExit passing straight through: gen_close's fast path closes a
      // generator paused outside any try block without raising, so its locals are cleared as usual
      if (err.exc !== closingExc) addTraceback(err.exc, f);
    }
    genClear(g);
    throw err;
  } finally {
    g.running = false;
    current = outer;
    st.frame = f.back;
    st.depth--;
  }
}

/** gen_iternext: the next value (new reference) or null when exhausted (the return value is dropped). */
export function genSend(g: PyGen): PyObject | null {
  const r = gen_send_ex(g, null, null);
  if (r === null && lastReturn !== null) {
    const rv = lastReturn;
    lastReturn = null;
    Py_DECREF(rv);
  }
  return r;
}

/** StopIteration carrying `value` (a new reference; None gives StopIteration()). */
function stopIteration(value: PyObject): PyRaise {
  if (value === None) return new PyRaise(newException(StopIterationType, []));
  return new PyRaise(newException(StopIterationType, [value]));
}

/** gen_send: send(value) (arg borrowed). Returns the next yielded value or raises StopIteration(return value). */
export function gen_send(g: PyGen, arg: PyObject): PyObject {
  arg.ob_refcnt++;
  const r = gen_send_ex(g, arg, null);
  if (r !== null) return r;
  throw stopIteration(takeGenReturn());
}

/** gen_throw: raises `exc` (a new reference, already an exception instance) at the paused yield. */
export function gen_throw(g: PyGen, exc: PyObject): PyObject {
  const r = gen_send_ex(g, null, exc);
  if (r !== null) return r;
  throw stopIteration(takeGenReturn());
}

/** The GeneratorExit the innermost running gen_close threw (compared by identity only), or null. */
let closingExc: PyObject | null = null;

/** gen_close: raises GeneratorExit at the paused yield. Returns a new reference (None, or 3.13+: the return value). */
export function gen_close(g: PyGen): PyObject {
  if (g.done) return None;
  if (!g.it) {
    // never started. 3.11 throws GeneratorExit into the new frame, which unwinds at once and
    // releases the arguments; 3.12+ only marks the frame completed (locals go with the generator).
    if (RT.profile.versionInfo[1] <= 11) genClear(g);
    else g.done = true;
    return None;
  }
  let r: PyObject | null;
  const outerClosing = closingExc;
  try {
    closingExc = newException(GeneratorExitType, []);
    r = gen_send_ex(g, null, closingExc);
  } catch (e) {
    if (e instanceof PyRaise && (e.exc.ob_type.isSubtype(GeneratorExitType) || e.exc.ob_type.isSubtype(StopIterationType))) {
      Py_DECREF(e.exc);
      return None;
    }
    throw e;
  } finally {
    closingExc = outerClosing;
  }
  if (r !== null) {
    Py_DECREF(r);
    throw pyErr(RuntimeErrorType, 'generator ignored GeneratorExit');
  }
  const rv = takeGenReturn();
  if (RT.profile.versionInfo[1] >= 13) return rv;
  Py_DECREF(rv);
  return None;
}

defMethod(GenType, 'send', (self, args) => {
  if (args.length !== 1) throw typeError(`generator.send() takes exactly one argument (${args.length} given)`);
  return gen_send(self as PyGen, args[0]);
});
defMethod(GenType, 'throw', (self, args) => {
  if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
  if (args.length > 1) throw typeError('heaplab does not simulate the 3-argument generator.throw() yet');
  return gen_throw(self as PyGen, makeRaisable(args[0]));
});
defMethod(GenType, 'close', (self) => gen_close(self as PyGen));
defMethod(GenType, '__next__', (self) => {
  // gen_iternext: a return value other than None travels in StopIteration.value
  const r = gen_send_ex(self as PyGen, null, null);
  if (r === null) throw stopIteration(takeGenReturn());
  return r;
});
defMethod(GenType, '__iter__', (self) => {
  self!.ob_refcnt++;
  return self!;
});
defGetSet(GenType, '__name__', (o) => PyUnicode_From((o as PyGen).frame.code.info.name));
defGetSet(GenType, '__qualname__', (o) => PyUnicode_From((o as PyGen).frame.code.info.qualname));
defGetSet(GenType, 'gi_running', (o) => {
  const b = (o as PyGen).running ? True : False;
  b.ob_refcnt++;
  return b;
});
defGetSet(GenType, 'gi_yieldfrom', (o) => {
  const r = (o as PyGen).yieldFrom ?? None;
  r.ob_refcnt++;
  return r;
});
defGetSet(GenType, 'gi_suspended', (o) => {
  const g = o as PyGen;
  const b = g.it && !g.done && !g.running ? True : False;
  b.ob_refcnt++;
  return b;
});
defGetSet(GenType, 'gi_code', (o) => {
  const c = (o as PyGen).frame.code;
  c.ob_refcnt++;
  return c;
});
