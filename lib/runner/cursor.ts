// Fast snapshot replay for the timeline: stepping forward by one applies a single delta to a
// shallow copy; any other jump starts from the nearest keyframe. Object records in a trace are
// never mutated, so snapshots share them (React can compare them by identity).
import type { Snapshot, SnapshotDelta } from '@/lib/pysim/trace/types';

/** The parts of a trace the cursor reads. */
export interface ReplaySource {
  deltas: SnapshotDelta[];
  keyframes: Snapshot[];
  keyframeInterval: number;
}

function apply(s: Snapshot, d: SnapshotDelta, step: number): Snapshot {
  const objects = d.upserts || d.removed ? { ...s.objects } : s.objects;
  if (d.upserts) for (const o of d.upserts) objects[o.id] = o;
  if (d.removed) for (const id of d.removed) delete objects[id];
  return {
    step,
    line: d.line,
    frames: d.frames ?? s.frames,
    objects,
    stdout: d.stdout ? s.stdout + d.stdout : s.stdout,
    stderr: d.stderr ? s.stderr + d.stderr : s.stderr,
    gc: d.gc ?? s.gc,
  };
}

/** Returns snapshots by step, caching the last one so single steps cost one delta. */
export class SnapshotCursor {
  private last: Snapshot | null = null;
  /** Recently built snapshots by step, so stepping back is as cheap as stepping forward. */
  private recent = new Map<number, Snapshot>();
  constructor(private src: ReplaySource) {}

  /** The snapshot at `step` (clamped to the recorded range); null when nothing is recorded. */
  at(step: number): Snapshot | null {
    const n = Math.min(this.src.deltas.length, this.src.keyframes.length * this.src.keyframeInterval);
    if (n === 0) return null;
    const k = Math.max(0, Math.min(step, n - 1));
    const last = this.last;
    if (last && last.step === k) return last;
    const hit = this.recent.get(k);
    if (hit) {
      this.last = hit;
      return hit;
    }
    let s: Snapshot;
    if (last && last.step < k && k - last.step <= this.src.keyframeInterval) {
      s = last;
      for (let i = last.step + 1; i <= k; i++) s = apply(s, this.src.deltas[i], i);
    } else {
      const kf = this.src.keyframes[Math.floor(k / this.src.keyframeInterval)];
      s = kf;
      for (let i = kf.step + 1; i <= k; i++) s = apply(s, this.src.deltas[i], i);
    }
    this.last = s;
    this.recent.set(k, s);
    if (this.recent.size > 256) this.recent.delete(this.recent.keys().next().value!);
    return s;
  }

  /** Number of steps that can be shown (deltas whose keyframe has arrived). */
  get length(): number {
    return Math.min(this.src.deltas.length, this.src.keyframes.length * this.src.keyframeInterval);
  }
}
