// heaplab's simulator API: run Python source like `python3 file.py` on a simulated CPython heap.
import { PyObject, PyType, RT, resetDeallocState, isImmortal } from './objects/object';
import { PyStr } from './objects/unicodeobject';
import { dictGetStr, dictItems } from './objects/dictobject';
import { resetReprGuard } from './abstract';
import { Interpreter, type ExecOutcome } from './pythonrun';
import { heapCheck, type HeapProblem } from './heapcheck';
import { TraceRecorder } from './trace/recorder';
import { gcObjects } from './gc/gcmodule';
import { jsStack } from './eval/call';
import type { Trace } from './trace/types';
import type { ProfileName } from './profiles/types';

export type { ProfileName } from './profiles/types';
export type { Trace } from './trace/types';
export type { HeapProblem } from './heapcheck';
export { heapCheck } from './heapcheck';
export { snapshotAt } from './trace/replay';

/** Options of run(). */
export interface RunOptions {
  profile?: ProfileName;
  /** Default 'main.py'. */
  filename?: string;
  trace?: boolean;
  /** Default 10 000 000. */
  maxSteps?: number;
  maxHeapBytes?: number;
  /** Cap on recorded trace steps (default 20 000). */
  maxTraceSteps?: number;
}

/** Result of run(): never a thrown JS error. */
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  outcome: 'ok' | 'exception' | 'syntax-error' | 'step-limit' | 'heap-limit' | 'internal-error';
  error?: { type: string; message: string; line?: number; col?: number; stack?: string };
  trace?: Trace;
  steps: number;
  /**
   * Set when the host's JavaScript stack ran out during the run (the program saw a RecursionError
   * that may have come before CPython's recursion limit): a host with a larger stack can run the
   * program again (the CLI does, on a worker thread).
   */
  jsStackExhausted?: true;
}

/** A live object as the grader sees it. */
export interface LiveObjectInfo {
  id: number;
  address: number;
  type: string;
  refcount: number;
  tracked: boolean;
  generation: number | null;
}

/** A simulated interpreter whose final heap state can be inspected. */
export interface SimInterpreter {
  /** Runs source as __main__ of a script file (module teardown is separate: finalize()). */
  run(source: string): RunResult;
  /** Runs interpreter shutdown (clears __main__, last collection); output is appended. */
  finalize(): { stdout: string; stderr: string };
  /** Names bound in __main__ with their objects. */
  globals(): Map<string, PyObject>;
  /** The object bound to a global name, or undefined. */
  lookup(name: string): PyObject | undefined;
  /** sys.getrefcount-style count (immortal objects report the profile's value). */
  refcount(o: PyObject): number;
  /** Tracked objects per generation (0, 1, 2). */
  generations(): PyObject[][];
  /** Live tracked objects, optionally of one type name. */
  liveObjects(typeName?: string): LiveObjectInfo[];
  /** Heap invariant check. */
  heapCheck(): HeapProblem[];
  /** The underlying interpreter (advanced use). */
  readonly interp: Interpreter;
}

function outcomeOf(o: ExecOutcome): RunResult['outcome'] {
  if (o.kind === 'exit') return o.exitCode === 0 ? 'ok' : 'exception';
  return o.kind;
}

/** Creates an interpreter (fresh state) for the given options. */
export function createInterpreter(options: RunOptions = {}): SimInterpreter {
  const interp = new Interpreter({ profile: options.profile, filename: options.filename, maxSteps: options.maxSteps, maxHeapBytes: options.maxHeapBytes });
  let recorder: TraceRecorder | null = null;
  if (options.trace) {
    recorder = new TraceRecorder(interp, 100, options.maxTraceSteps ?? 20_000);
    recorder.install();
  }
  const api: SimInterpreter = {
    interp,
    run(source: string): RunResult {
      let out: ExecOutcome;
      jsStack.exhausted = false;
      try {
        out = interp.exec(source);
      } catch (e) {
        return internalError(interp, e);
      }
      const { stdout, stderr } = interp.output();
      const r: RunResult = { stdout, stderr, exitCode: out.exitCode, outcome: outcomeOf(out), steps: interp.st.steps };
      if (out.error) r.error = out.error;
      if (jsStack.exhausted) r.jsStackExhausted = true;
      if (recorder) r.trace = recorder.finish(source, interp.filename);
      return r;
    },
    finalize() {
      interp.finalize();
      return interp.output();
    },
    globals() {
      const m = new Map<string, PyObject>();
      for (const [k, v] of dictItems(interp.main.dict)) m.set((k as PyStr).v, v);
      return m;
    },
    lookup(name: string) {
      return dictGetStr(interp.main.dict, name) ?? undefined;
    },
    refcount(o: PyObject) {
      const count = () => (isImmortal(o) ? interp.profile.immortalRefcnt : o.ob_refcnt);
      if (RT === interp.rt) return count();
      // read while entered: the mortal objects of static types' namespaces keep a count per interpreter
      interp.enter();
      try {
        return count();
      } finally {
        interp.leave();
      }
    },
    generations() {
      interp.enter();
      try {
        return [gcObjects(0), gcObjects(1), gcObjects(2)];
      } finally {
        interp.leave();
      }
    },
    liveObjects(typeName?: string) {
      interp.enter();
      try {
        return gcObjects(null)
          .filter((o) => !typeName || o.ob_type.name === typeName)
          .map((o) => ({ id: o.serial, address: o.addr, type: o.ob_type.name, refcount: api.refcount(o), tracked: true, generation: o.gc_gen }));
      } finally {
        interp.leave();
      }
    },
    heapCheck() {
      return heapCheck(interp);
    },
  };
  return api;
}

function internalError(interp: Interpreter, e: unknown): RunResult {
  try {
    interp.leave();
  } catch {
    /* ignore */
  }
  resetDeallocState();
  resetReprGuard();
  const err = e instanceof Error ? e : new Error(String(e));
  let stdout = '', stderr = '';
  try {
    ({ stdout, stderr } = interp.output());
  } catch {
    /* ignore */
  }
  return {
    stdout,
    stderr: stderr + `heaplab internal error: ${err.message}\n`,
    exitCode: 1,
    outcome: 'internal-error',
    error: { type: 'InternalError', message: err.message, stack: err.stack },
    steps: interp.st.steps,
  };
}

/** Runs `source` like `python3 FILE` (including interpreter shutdown). Never throws. */
export function run(source: string, options: RunOptions = {}): RunResult {
  let sim: SimInterpreter;
  try {
    sim = createInterpreter(options);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { stdout: '', stderr: `heaplab internal error: ${err.message}\n`, exitCode: 1, outcome: 'internal-error', error: { type: 'InternalError', message: err.message, stack: err.stack }, steps: 0 };
  }
  const r = sim.run(source);
  if (r.outcome === 'internal-error' || r.outcome === 'syntax-error') return r;
  try {
    const { stdout, stderr } = sim.finalize();
    r.stdout = stdout;
    r.stderr = stderr;
    if (jsStack.exhausted) r.jsStackExhausted = true;
  } catch (e) {
    return internalError(sim.interp, e);
  }
  return r;
}

void PyType;
void RT;
