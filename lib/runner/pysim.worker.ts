// The simulator's Web Worker: runs a program with lib/pysim and streams its trace to the page
// in chunks, so a run that is stopped (worker terminated) keeps everything sent so far.
import { createInterpreter } from '@/lib/pysim';
import { TraceRecorder } from '@/lib/pysim/trace/recorder';
import type { RunDone, RunRequest, TraceChunk } from './protocol';

/** Steps per chunk at most, and the longest wait between two chunks. */
const CHUNK_STEPS = 2000;
const CHUNK_MS = 80;

function runProgram(req: RunRequest): void {
  const post = (m: TraceChunk | RunDone) => (self as unknown as Worker).postMessage(m);
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
  post({ type: 'done', result: r, final, truncated: rec.truncated });
}

self.onmessage = (e: MessageEvent<RunRequest>) => {
  if (e.data.type === 'run') runProgram(e.data);
};
