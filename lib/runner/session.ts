// One run of a program with its trace streamed in chunks: the body of the simulator's Web Worker
// (lib/runner/pysim.worker.ts), also used on the page's own thread (lib/runner/inpage.ts).
import { createInterpreter, run } from '@/lib/pysim';
import { TraceRecorder } from '@/lib/pysim/trace/recorder';
import type { RunDone, RunRequest, TraceChunk } from './protocol';

/** Steps per chunk at most, and the longest wait between two chunks. */
const CHUNK_STEPS = 2000;
const CHUNK_MS = 80;

/**
 * Runs `req` with lib/pysim and hands its trace to `post` in chunks while it runs, then a last
 * `done` message: what the Web Worker does, and what the page does itself when it runs a program
 * again on its own thread (whose stack is deeper: see lib/runner/inpage.ts).
 */
export function runAndStream(req: RunRequest, post: (m: TraceChunk | RunDone) => void): void {
  const started = Date.now();
  const sim = createInterpreter({ profile: req.profile, maxSteps: req.budgets.maxSteps, maxHeapBytes: req.budgets.maxHeapBytes });
  const rec = new TraceRecorder(sim.interp, 100, req.budgets.maxTraceSteps);
  rec.install();
  const sent = { deltas: 0, keyframes: 0, events: 0, collections: 0 };
  let lastFlush = Date.now();
  const flush = () => {
    lastFlush = Date.now();
    if (sent.deltas === rec.deltas.length && sent.events === rec.events.length) return;
    const chunk: TraceChunk = {
      type: 'chunk',
      deltas: rec.deltas.slice(sent.deltas),
      keyframes: rec.keyframes.slice(sent.keyframes),
      events: rec.events.slice(sent.events),
      collections: rec.collections.slice(sent.collections),
      keyframeInterval: rec.keyframeInterval,
      steps: sim.interp.st.steps,
    };
    sent.deltas = rec.deltas.length;
    sent.keyframes = rec.keyframes.length;
    sent.events = rec.events.length;
    sent.collections = rec.collections.length;
    post(chunk);
  };
  const onLine = sim.interp.st.onLine!;
  let n = 0;
  sim.interp.st.onLine = (f) => {
    onLine(f);
    if ((++n & 63) === 0 && (rec.deltas.length - sent.deltas >= CHUNK_STEPS || Date.now() - lastFlush >= CHUNK_MS)) flush();
  };
  // One more step when the module returns, so the last statement's effect has a step too.
  const onCall = sim.interp.st.onCall!;
  sim.interp.st.onCall = (f, kind) => {
    onCall(f, kind);
    if (kind === 'return' && f.code.info.isModule && !f.back) rec.recordStep(f);
  };
  const r = sim.run(req.source);
  // Interpreter shutdown frees everything; its events would bury the program's last step.
  const programEvents = rec.events.length;
  const final = rec.finish(req.source, sim.interp.filename).final ?? null;
  if (r.outcome !== 'internal-error' && r.outcome !== 'syntax-error') {
    try {
      const out = sim.finalize();
      r.stdout = out.stdout;
      r.stderr = out.stderr;
    } catch {
      /* shutdown errors keep the program's own output */
    }
  }
  rec.events.length = programEvents;
  flush();
  delete r.trace;
  post({ type: 'done', result: r, final, truncated: rec.truncated, runMs: Date.now() - started });
}

/** Recursive calls of the shapes learners write (functions, methods, arithmetic on the result). */
const WARM_UP_PROGRAM = `class C:
    def m(self, k):
        if k == 0:
            return 0
        return self.m(k - 1) + 1
def g(k):
    if k == 0:
        return 0
    return g(k - 1) + 1
for i in range(3):
    g(150)
    C().m(150)
`;

/**
 * Runs a small recursive program `times` times (trace off: a few milliseconds each), so that the
 * JavaScript engine has optimised the simulator's call path before a real run: optimised frames
 * are smaller, so the run after it holds deeper recursion (in Node, a first traced run's depth
 * goes from about 1 070 to 1 160 nested calls after ten of these).
 */
export function warmUp(times: number): void {
  for (let i = 0; i < times; i++) run(WARM_UP_PROGRAM, { maxSteps: 1_000_000 });
}
