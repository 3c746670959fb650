// The page's side of the simulator worker: starts a run, gathers the streamed trace, and stops
// the worker on request or when the time budget runs out (keeping what was streamed).
import type { GcCollectionRecord, Snapshot, SnapshotDelta, TraceEvent } from '@/lib/pysim/trace/types';
import type { ProfileName, RunResult } from '@/lib/pysim';
import type { RunBudgets, RunRequest, RunnerPort } from './protocol';
import { InPageRunner } from './inpage';

/** Default budgets: 100 000 recorded steps, 5 million executed, 256 MB of simulated heap. */
export const DEFAULT_BUDGETS: RunBudgets = { maxSteps: 5_000_000, maxTraceSteps: 100_000, maxHeapBytes: 256 * 1024 * 1024 };

/** Default wall-clock budget of a run in milliseconds. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

/** Where a run is. */
export type RunStatus = 'running' | 'done' | 'stopped' | 'timeout' | 'crashed';

/** The trace as it arrives from the worker (arrays grow; never mutate their items). */
export interface LiveTrace {
  deltas: SnapshotDelta[];
  keyframes: Snapshot[];
  keyframeInterval: number;
  events: TraceEvent[];
  collections: GcCollectionRecord[];
  final: Snapshot | null;
  truncated: boolean;
  /** Statements executed so far. */
  steps: number;
  status: RunStatus;
  result: Omit<RunResult, 'trace'> | null;
  /** Incremented on every change (for React). */
  version: number;
  /** Where the program runs: a Web Worker, or the page's own thread (deeper stack; see inpage.ts). */
  thread: 'worker' | 'page';
  /** Milliseconds the program itself ran where it ran (0 until it finished). */
  runMs: number;
}

/** Options of startRun(). */
export interface StartOptions {
  source: string;
  profile: ProfileName;
  budgets?: Partial<RunBudgets>;
  timeBudgetMs?: number;
  /** Called after every chunk and at the end. */
  onUpdate: (t: LiveTrace) => void;
  /** 'page' runs the program on the page's own thread instead of a Web Worker. */
  thread?: 'worker' | 'page';
  /** Creates the worker (tests may inject one). */
  createWorker?: () => RunnerPort;
}

/** A running program: `trace` fills as chunks arrive; `stop()` terminates the worker. */
export interface RunHandle {
  trace: LiveTrace;
  stop(): void;
}

function defaultWorker(): RunnerPort {
  return new Worker(new URL('./pysim.worker.ts', import.meta.url), { type: 'module' }) as unknown as RunnerPort;
}

/** Starts the program in a fresh worker (or on the page's thread when `thread` is 'page'). */
export function startRun(opts: StartOptions): RunHandle {
  const thread = opts.thread ?? 'worker';
  const worker = opts.createWorker ? opts.createWorker() : thread === 'page' ? new InPageRunner() : defaultWorker();
  const trace: LiveTrace = {
    deltas: [],
    keyframes: [],
    keyframeInterval: 100,
    events: [],
    collections: [],
    final: null,
    truncated: false,
    steps: 0,
    status: 'running',
    result: null,
    version: 0,
    thread,
    runMs: 0,
  };
  const end = (status: RunStatus) => {
    if (trace.status !== 'running') return;
    clearTimeout(timer);
    worker.terminate();
    trace.status = status;
    trace.version++;
    opts.onUpdate(trace);
  };
  const timer = setTimeout(() => end('timeout'), opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  worker.onmessage = (e) => {
    const m = e.data;
    if (trace.status !== 'running') return;
    if (m.type === 'chunk') {
      for (const d of m.deltas) trace.deltas.push(d);
      for (const k of m.keyframes) trace.keyframes.push(k);
      for (const ev of m.events) trace.events.push(ev);
      for (const c of m.collections) trace.collections.push(c);
      trace.keyframeInterval = m.keyframeInterval;
      trace.steps = m.steps;
      trace.version++;
      opts.onUpdate(trace);
    } else {
      trace.final = m.final;
      trace.truncated = m.truncated;
      trace.runMs = m.runMs;
      trace.result = m.result;
      trace.steps = m.result.steps;
      end('done');
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    end('crashed');
  };
  const req: RunRequest = { type: 'run', source: opts.source, profile: opts.profile, budgets: { ...DEFAULT_BUDGETS, ...opts.budgets } };
  worker.postMessage(req);
  return { trace, stop: () => end('stopped') };
}
