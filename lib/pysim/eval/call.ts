// Models Python/ceval.c's frame entry and exit (CPython 3.12): _PyEvalFramePushAndInit,
// initialize_locals (argument binding and its TypeError messages), recursion limit, frame clearing.
import { PyObject, PyRaise, Py_DECREF, Py_XDECREF, RT } from '../objects/object';
import { None } from '../objects/singletons';
import { PyTuple, PyTuple_New, EmptyTuple } from '../objects/tupleobject';
import { PyDict, PyDict_New, dictGetStr, insertdict } from '../objects/dictobject';
import { PyUnicode_Intern } from '../objects/unicodeobject';
import { PyCell_New, PyFunction } from '../objects/funcobject';
import { PyBaseException, PyBaseExceptionGroup, RecursionErrorType, newException, pyErr, typeError, type TbEntry } from '../objects/exceptions';
import type { Pos } from '../parser/ast';
import { PyUnicode_From } from '../objects/unicodeobject';
import { Frame, S } from './frame';
import { _PyFrame_GetFrameObject, clearFrameObject } from '../objects/frameobject';
import { tb_create_raw } from '../objects/traceback';
import { makeGenerator } from './genobject';

/** The compiled body: returns a status (0 normal, 3 return). */
export type CodeRunner = (f: Frame) => number;

/**
 * PyTraceBack_Here: the traceback entry for frame `f`, at its current line, added once per frame
 * the exception passes through: when it reaches a handler in `f` (caught there or not) or leaves `f`.
 * A `raise` statement adds one whatever the chain holds (`always`): RAISE_VARARGS goes through
 * ceval's error label, so `raise e` in an except block gives its frame a second entry.
 */
export function addTraceback(exc: PyObject, f: Frame, always = false, at: Pos | null = null): void {
  if (exc instanceof PyBaseException) {
    // the position of the instruction that raised in `f` (tb_lasti), taken by this frame's entry
    const pos = at ?? exc.lasti;
    exc.lasti = null;
    const tb = exc.traceback;
    if (!always && tb !== null && tb.entry.frame === f.serial) return;
    // re-raised by this frame's try/except* (RERAISE adds no entry)
    if (!always && exc instanceof PyBaseExceptionGroup && exc.reraiseFrame === f.serial) {
      exc.reraiseFrame = -1;
      return;
    }
    // the frame object first (_PyFrame_GetFrameObject), then the entry in front of the chain
    const fo = _PyFrame_GetFrameObject(f);
    const entry: TbEntry = pos === null
      ? { filename: f.code.info.filename, lineno: f.lineno, name: f.code.info.name, frame: f.serial }
      : { filename: f.code.info.filename, lineno: pos.lineno, name: f.code.info.name, frame: f.serial, col: pos.col_offset, endCol: pos.end_col_offset, endLineno: pos.end_lineno };
    exc.traceback = tb_create_raw(tb, fo, entry);
  }
}

/** Releases everything a frame owns: fast locals in slot order, then the value stack. */
export function clearFrame(f: Frame): void {
  // a frame object still referenced (by a traceback) takes over the frame's data
  if (f.frameObj !== null) clearFrameObject(f);
  const fast = f.fast;
  if (RT.profile.frameClearReverse) {
    // 3.14's _PyFrame_ClearLocals closes the locals from the last to the first; a borrowed
    // argument (PyStackRef without a reference) is only dropped
    const borrowed = f.borrowed;
    f.borrowed = 0;
    for (let i = fast.length - 1; i >= 0; i--) {
      const v = fast[i];
      if (v !== null) {
        fast[i] = null;
        if (i < 31 && borrowed & (1 << i)) continue;
        Py_DECREF(v);
      }
    }
  }
  for (let i = 0; i < fast.length; i++) {
    const v = fast[i];
    if (v !== null) {
      fast[i] = null;
      Py_DECREF(v);
    }
  }
  const vs = f.vs;
  while (vs.length) Py_DECREF(vs.pop()!);
  // _PyFrame_ClearExceptCode: frame->f_locals after the locals, before the function
  const snap = f.localsSnapshot;
  if (snap !== null) {
    f.localsSnapshot = null;
    Py_DECREF(snap);
  }
  const fn = f.func;
  if (fn) {
    f.func = null;
    Py_DECREF(fn);
  }
}

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

function missingArgs(qual: string, names: string[], kind: string): PyRaise {
  let list: string;
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) list = q[0];
  else if (q.length === 2) list = `${q[0]} and ${q[1]}`;
  else list = `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  return typeError(`${qual}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}

const NO_DEFAULTS: PyObject[] = [];

/**
 * Binds call arguments to the new frame's parameter slots. The arguments are `alen` values of
 * `all` from index `a0`: positional values followed by keyword values named in `kwnames`. With
 * `steal` the references are transferred.
 */
function bindArgs(func: PyFunction, f: Frame, all: PyObject[], a0: number, alen: number, kwnames: string[] | null, steal: boolean): void {
  const info = func.code.info;
  const fast = f.fast;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = alen - nkw;
  const argc = info.argcount;
  const qual = func.qualname;
  const inc = steal ? 0 : 1;
  // owned by the frame so far: positional arguments [0, consumed), keyword values [npos, npos + kwDone)
  let consumed = 0;
  let kwDone = 0;
  try {
    // positional
    const n = Math.min(npos, argc);
    for (let i = 0; i < n; i++) {
      const o = all[a0 + i];
      o.ob_refcnt += inc;
      fast[i] = o;
    }
    consumed = n;
    let kwdict: PyDict | null = null;
    const kwIndex = argc + info.kwonlyargcount + (info.varargs ? 1 : 0);
    if (info.varkw) {
      kwdict = PyDict_New();
      fast[kwIndex] = kwdict;
    }
    if (info.varargs) {
      const extra: PyObject[] = [];
      for (let i = argc; i < npos; i++) {
        const o = all[a0 + i];
        o.ob_refcnt += inc;
        extra.push(o);
      }
      consumed = npos;
      fast[argc + info.kwonlyargcount] = extra.length ? PyTuple_New(extra) : EmptyTuple;
    }
    // too many positional arguments: initialize_locals reports it after the keywords, whose own
    // errors (unexpected, multiple values) come first
    // keywords
    for (let j = 0; j < nkw; j++) {
      const name = kwnames![j];
      const v = all[a0 + npos + j];
      const idx = info.paramNames.indexOf(name);
      if (idx >= info.posonlyargcount && idx < argc + info.kwonlyargcount) {
        if (fast[idx] !== null) throw typeError(`${qual}() got multiple values for argument '${name}'`);
        v.ob_refcnt += inc;
        fast[idx] = v;
      } else if (kwdict) {
        if (dictGetStr(kwdict, name) !== null) throw typeError(`${qual}() got multiple values for keyword argument '${name}'`);
        v.ob_refcnt += inc;
        insertdict(kwdict, PyUnicode_Intern(name), v);
      } else {
        // positional_only_passed_as_keyword: every positional-only name given as a keyword
        const posonly = info.paramNames.slice(0, info.posonlyargcount).filter((p) => kwnames!.includes(p));
        if (posonly.length) throw typeError(`${qual}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
        throw typeError(`${qual}() got an unexpected keyword argument '${name}'`);
      }
      kwDone = j + 1;
    }
    consumed = alen;
    if (!info.varargs && npos > argc) {
      // too_many_positional: the keyword-only parameters given count apart
      const ndef = func.defaults ? func.defaults.items.length : 0;
      const given = npos;
      let kwGiven = 0;
      for (let i = argc; i < argc + info.kwonlyargcount; i++) if (fast[i] !== null) kwGiven++;
      if (steal) for (let i = argc; i < npos; i++) Py_DECREF(all[a0 + i]);
      const takes = ndef ? `from ${argc - ndef} to ${argc}` : `${argc}`;
      const kwPart = kwGiven ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')})` : '';
      if (kwPart) throw typeError(`${qual}() takes ${takes} positional argument${argc === 1 && !ndef ? '' : 's'} but ${given}${kwPart} were given`);
      throw typeError(`${qual}() takes ${takes} positional argument${argc === 1 && !ndef ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
    }
    // defaults
    const defs = func.defaults ? func.defaults.items : NO_DEFAULTS;
    const firstDef = argc - defs.length;
    let missing: string[] | null = null;
    for (let i = 0; i < argc; i++) {
      if (fast[i] === null) {
        if (i >= firstDef) {
          const d = defs[i - firstDef];
          d.ob_refcnt++;
          fast[i] = d;
        } else (missing ??= []).push(info.paramNames[i]);
      }
    }
    if (missing !== null) throw missingArgs(qual, missing, 'positional');
    let kwmissing: string[] | null = null;
    for (let i = argc; i < argc + info.kwonlyargcount; i++) {
      if (fast[i] === null) {
        const name = info.paramNames[i];
        const d = func.kwdefaults ? dictGetStr(func.kwdefaults, name) : null;
        if (d) {
          d.ob_refcnt++;
          fast[i] = d;
        } else (kwmissing ??= []).push(name);
      }
    }
    if (kwmissing !== null) throw missingArgs(qual, kwmissing, 'keyword-only');
  } catch (e) {
    // what the frame does not own yet (clearFrame releases the rest)
    if (steal) {
      for (let i = consumed; i < npos; i++) Py_DECREF(all[a0 + i]);
      for (let i = Math.max(consumed, npos + kwDone); i < alen; i++) Py_DECREF(all[a0 + i]);
    }
    throw e;
  }
}

let borrowMaskForNextCall = 0;
let afterBindForNextCall: (() => void) | null = null;

/**
 * CALL_FUNCTION_EX on 3.12+ (_PyEvalFramePushAndInit_Ex): `release` drops the call's argument
 * tuple and keyword dict once the next callPython has bound its frame, before the body runs.
 */
export function setAfterBind(release: () => void): void {
  afterBindForNextCall = release;
}

/**
 * 3.14: the next callPython receives positional arguments `mask` (bit i: argument i) as borrowed
 * references; the caller guarantees they land in fast slots i (see canBorrowArgs).
 */
export function setBorrowedArgs(mask: number): void {
  borrowMaskForNextCall = mask;
}

/** True when positional arguments of `func` can stay borrowed in its frame (plain positional binding, no generator). */
export function canBorrowArgs(func: PyFunction, nargs: number, kwnames: string[] | null): boolean {
  const info = func.code.info;
  return !info.isGenexp && !kwnames && nargs <= info.argcount && nargs < 31;
}

/** Calls a Python function. Returns a new reference. */
export function callPython(func: PyFunction, args: PyObject[], kwnames: string[] | null, steal: boolean): PyObject {
  return callPythonArgs(func, args, 0, args.length, kwnames, steal, -1);
}

/**
 * Calls a Python function with the `alen` arguments of `all` from index `a0`. With `cutTo` >= 0,
 * `all` is the caller's value stack: the new frame takes over the argument references (no array
 * in between) and the stack is cut back to `cutTo`, the callable's slot (the caller keeps its
 * reference to the callable). One JS frame per Python call: deep recursion must reach CPython's
 * limit before the JS stack runs out. Returns a new reference.
 */
export function callPythonArgs(func: PyFunction, all: PyObject[], a0: number, alen: number, kwnames: string[] | null, steal: boolean, cutTo: number): PyObject {
  const f = takeFrame(func);
  func.ob_refcnt++;
  if (borrowMaskForNextCall) {
    // 3.14: arguments passed as borrowed stack references stay borrowed in the callee's slots
    f.borrowed = borrowMaskForNextCall;
    borrowMaskForNextCall = 0;
  }
  const afterBind = afterBindForNextCall;
  afterBindForNextCall = null;
  const info = func.code.info;
  const argc = info.argcount;
  const defs = func.defaults;
  if (kwnames === null && info.kwonlyargcount === 0 && !info.varargs && !info.varkw && (alen === argc || (alen < argc && defs !== null && alen >= argc - defs.items.length))) {
    // positional arguments only, the rest from the defaults: bindArgs without its checks (nothing can fail)
    const fast = f.fast;
    for (let i = 0; i < alen; i++) {
      const o = all[a0 + i];
      if (!steal) o.ob_refcnt++;
      fast[i] = o;
    }
    if (alen < argc) {
      const items = defs!.items, firstDef = argc - items.length;
      for (let i = alen; i < argc; i++) {
        const d = items[i - firstDef];
        d.ob_refcnt++;
        fast[i] = d;
      }
    }
  } else {
    try {
      bindArgs(func, f, all, a0, alen, kwnames, steal);
    } catch (e) {
      if (cutTo >= 0) while (all.length > cutTo) all.pop();
      clearFrame(f);
      if (afterBind) afterBind();
      throw e;
    }
  }
  if (cutTo >= 0) while (all.length > cutTo) all.pop();
  if (afterBind) afterBind();
  if (info.isGenexp) return makeGenerator(f);
  // runFrame, inlined to keep the JS stack shallow per Python call
  const st = S;
  if (st.depth >= st.recursionLimit) {
    clearFrame(f);
    throw pyErr(RecursionErrorType, 'maximum recursion depth exceeded');
  }
  st.depth++;
  f.back = st.frame;
  st.frame = f;
  f.lineno = info.firstlineno;
  try {
    if (info.cellSlots.length !== 0 || info.freeSlots.length !== 0) initCells(f);
    if (st.onCall) st.onCall(f, 'call');
    if (RT.gcPending) RT.runPendingGC();
    (info.run as CodeRunner)(f);
    const r = f.retval ?? None;
    f.retval = null;
    if (st.onCall) st.onCall(f, 'return');
    return r;
  } catch (e) {
    throw frameError(e, f);
  } finally {
    st.frame = f.back;
    st.depth--;
    clearFrame(f);
    releaseFrame(f);
  }
}

// JS Frame objects of finished calls, by number of fast slots, for the next call to reuse (a
// heaplab artifact, not CPython's: its frames live on a per-thread data stack). A frame is
// released only by the call that made it, after clearFrame left its slots null and its value stack
// empty; a generator's frame never is, and a frame object that takes over a finished frame's slots
// (take_ownership) leaves the frame a fresh array, so nothing still reads a released frame.
const framePool: Frame[][] = [];
const FRAME_POOL_MAX = 16;

/** A cleared frame for a call of `func`, reused from the pool when one of the right size is free. */
function takeFrame(func: PyFunction): Frame {
  const nfast = func.code.info.nfast;
  const pool = framePool[nfast];
  const f = pool !== undefined ? pool.pop() : undefined;
  if (f === undefined) return new Frame(func.code, func.globals, null, S.frame, func, nfast, ++S.serial);
  f.code = func.code;
  f.globals = func.globals;
  f.back = S.frame;
  f.func = func;
  f.lineno = 0;
  f.serial = ++S.serial;
  return f;
}

/** Returns a finished call's cleared frame to the pool. */
function releaseFrame(f: Frame): void {
  const nfast = f.fast.length;
  const pool = framePool[nfast] ?? (framePool[nfast] = []);
  if (pool.length < FRAME_POOL_MAX) {
    f.back = null;
    f.locals = null;
    f.retval = null;
    f.borrowed = 0;
    pool.push(f);
  }
}

/** Adds the frame's traceback entry; turns a JS stack overflow into RecursionError. */
function frameError(e: unknown, f: Frame): unknown {
  if (e instanceof PyRaise) addTraceback(e.exc, f);
  else if (isStackOverflow(e)) {
    const r = pyErr(RecursionErrorType, 'maximum recursion depth exceeded');
    addTraceback(r.exc, f);
    return r;
  }
  return e;
}

/** Copies cells into a new frame: own cells wrap their parameter values, free cells come from the closure. */
export function initCells(f: Frame): void {
  const info = f.code.info;
  const fast = f.fast;
  for (const c of info.cellSlots) {
    // a borrowed argument becomes a strong reference when MAKE_CELL stores it in a cell
    if (c.fromParam >= 0 && c.slot < 31 && f.borrowed & (1 << c.slot)) {
      f.borrowed &= ~(1 << c.slot);
      fast[c.slot]!.ob_refcnt++;
    }
    fast[c.slot] = PyCell_New(c.fromParam >= 0 ? fast[c.slot] : null);
  }
  const fn = f.func;
  if (info.freeSlots.length && fn && fn.closure) {
    const cl = (fn.closure as PyTuple).items;
    for (let i = 0; i < info.freeSlots.length; i++) {
      const c = cl[i];
      c.ob_refcnt++;
      fast[info.freeSlots[i]] = c;
    }
  }
}

/** Pushes `f`, runs its code and pops it. Returns the (new) return value. */
export function runFrame(f: Frame): PyObject {
  const st = S;
  if (st.depth >= st.recursionLimit) {
    clearFrame(f);
    throw pyErr(RecursionErrorType, 'maximum recursion depth exceeded');
  }
  st.depth++;
  f.back = st.frame;
  st.frame = f;
  f.lineno = f.code.info.firstlineno;
  try {
    initCells(f);
    if (st.onCall) st.onCall(f, 'call');
    if (RT.gcPending) RT.runPendingGC();
    (f.code.info.run as CodeRunner)(f);
    const r = f.retval ?? None;
    f.retval = null;
    if (st.onCall) st.onCall(f, 'return');
    return r;
  } catch (e) {
    throw frameError(e, f);
  } finally {
    st.frame = f.back;
    st.depth--;
    clearFrame(f);
  }
}

/** Whether V8's stack ran out (and became a RecursionError) since the flag was last cleared. */
export const jsStack = { exhausted: false };

/**
 * True for the host's stack overflow (and notes it in `jsStack`): V8's and JavaScriptCore's
 * RangeError "Maximum call stack size exceeded", SpiderMonkey's InternalError "too much
 * recursion". Plain string tests: a regular expression compiled this close to the stack's end
 * fails to compile ("Invalid regular expression: … Maximum call stack size exceeded") and V8
 * then keeps failing it in every later run.
 */
export function isStackOverflow(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const m = e.message;
  const overflow = (e instanceof RangeError && (m.includes('call stack') || m.includes('Call stack'))) || (e.name === 'InternalError' && m.includes('too much recursion'));
  if (overflow) jsStack.exhausted = true;
  return overflow;
}

export { PyUnicode_From, newException, Py_XDECREF };
