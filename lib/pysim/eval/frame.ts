// Models Include/internal/pycore_frame.h + the interpreter state of Python/pystate.c (CPython 3.12):
// frames (fast locals, value stack), and the interpreter-wide state the evaluator uses.
import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dictobject';
import type { PyCode, PyFunction } from '../objects/funcobject';
import type { Profile } from '../profiles/types';
import type { PyFrameObject } from '../objects/frameobject';

/** An executing frame. Everything in `fast` and `vs` is an owned reference. */
export class Frame {
  declare fast: (PyObject | null)[];
  /** The value stack: temporaries that must be released if an exception unwinds the frame. */
  declare vs: PyObject[];
  declare lineno: number;
  declare retval: PyObject | null;
  declare serial: number;
  declare code: PyCode;
  declare globals: PyDict;
  /** Namespace of module/class bodies (module: the globals dict). */
  declare locals: PyDict | null;
  declare back: Frame | null;
  declare func: PyFunction | null;
  /** 3.14: bit i set when fast slot i holds a borrowed reference (LOAD_FAST_BORROW passed as an argument): never decref'd. */
  declare borrowed: number;
  /** The frame object made for this frame (owned: frame->frame_obj), or null. */
  declare frameObj: PyFrameObject | null;
  /** 3.11/3.12 function frames: the dict locals() / f_locals fill (frame->f_locals, owned), or null. */
  declare fLocals: PyDict | null;
  constructor(code: PyCode, globals: PyDict, locals: PyDict | null, back: Frame | null, func: PyFunction | null, nfast: number, serial: number) {
    this.code = code;
    this.globals = globals;
    this.locals = locals;
    this.back = back;
    this.func = func;
    this.fast = new Array(nfast).fill(null);
    this.vs = [];
    this.lineno = 0;
    this.retval = null;
    this.serial = serial;
    this.borrowed = 0;
    this.frameObj = null;
    this.fLocals = null;
  }
}

/** Output sink for print and sys.stdout/sys.stderr. */
export interface OutStreams {
  out: string[];
  err: string[];
}

/** Interpreter-wide evaluator state (PyThreadState + PyInterpreterState, simplified). */
export interface EvalState {
  profile: Profile;
  filename: string;
  sourceLines: string[];
  frame: Frame | null;
  depth: number;
  recursionLimit: number;
  steps: number;
  maxSteps: number;
  builtins: PyDict;
  /** sys.modules equivalents by name. */
  modules: Map<string, PyObject>;
  streams: OutStreams;
  /** Exceptions currently being handled (sys.exc_info stack), owned. */
  handled: PyObject[];
  serial: number;
  /** Called at every line event when tracing. */
  onLine: ((f: Frame) => void) | null;
  onCall: ((f: Frame, kind: 'call' | 'return') => void) | null;
}

/** The running evaluator state. */
export let S: EvalState = null as unknown as EvalState;
/** Makes `s` the running evaluator state. */
export function setEvalState(s: EvalState): EvalState {
  const prev = S;
  S = s;
  return prev;
}
