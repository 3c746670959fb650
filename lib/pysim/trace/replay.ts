// Rebuilds the snapshot at any step of a trace (keyframe + deltas). See FORMAT.md.
import type { Snapshot, SnapshotDelta, Trace } from './types';

/** Applies one delta to a snapshot (in place) and returns it. */
export function applyDelta(s: Snapshot, d: SnapshotDelta, step: number): Snapshot {
  s.step = step;
  s.line = d.line;
  if (d.frames) s.frames = d.frames;
  if (d.upserts) for (const o of d.upserts) s.objects[o.id] = o;
  if (d.removed) for (const id of d.removed) delete s.objects[id];
  if (d.stdout) s.stdout += d.stdout;
  if (d.stderr) s.stderr += d.stderr;
  if (d.gc) s.gc = d.gc;
  return s;
}

/** The snapshot at `step` (0 ≤ step < trace.deltas.length). */
export function snapshotAt(trace: Trace, step: number): Snapshot {
  if (step < 0 || step >= trace.deltas.length) throw new RangeError(`step ${step} out of range`);
  const k = Math.floor(step / trace.keyframeInterval);
  const kf = trace.keyframes[k];
  const s: Snapshot = JSON.parse(JSON.stringify(kf));
  for (let i = kf.step + 1; i <= step; i++) applyDelta(s, trace.deltas[i], i);
  return s;
}
