// Messages between the playground page and the simulator's Web Worker (lib/runner/pysim.worker.ts).
import type { GcCollectionRecord, Snapshot, SnapshotDelta, TraceEvent } from '@/lib/pysim/trace/types';
import type { ProfileName, RunResult } from '@/lib/pysim';

/** Budgets of one run. */
export interface RunBudgets {
  /** Statements executed before the run stops with outcome 'step-limit'. */
  maxSteps: number;
  /** Steps recorded in the trace (later steps still run but are not recorded). */
  maxTraceSteps: number;
  /** Simulated heap size before the run stops with outcome 'heap-limit'. */
  maxHeapBytes: number;
}

/** Page → worker: run a program. */
export interface RunRequest {
  type: 'run';
  source: string;
  profile: ProfileName;
  budgets: RunBudgets;
}

/** Worker → page: the next piece of the trace (sent while the program runs). */
export interface TraceChunk {
  type: 'chunk';
  deltas: SnapshotDelta[];
  keyframes: Snapshot[];
  events: TraceEvent[];
  collections: GcCollectionRecord[];
  keyframeInterval: number;
  /** Statements executed so far. */
  steps: number;
}

/** Worker → page: the run ended (after its last chunk). */
export interface RunDone {
  type: 'done';
  result: Omit<RunResult, 'trace'>;
  final: Snapshot | null;
  truncated: boolean;
  /** Milliseconds the run took where it ran (without starting the worker or loading the simulator). */
  runMs: number;
}

/** Any message the worker sends. */
export type WorkerMessage = TraceChunk | RunDone;

/**
 * What runs a program for the page: a Web Worker (lib/runner/pysim.worker.ts) or the page's own
 * thread (lib/runner/inpage.ts). The members of `Worker` that lib/runner/client.ts uses.
 */
export interface RunnerPort {
  onmessage: ((e: { data: WorkerMessage }) => void) | null;
  onerror: ((e: { preventDefault(): void }) => void) | null;
  postMessage(req: RunRequest): void;
  terminate(): void;
}
