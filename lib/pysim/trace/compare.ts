// Equality of trace records, field by field: what the recorder used to decide by comparing
// JSON.stringify of both sides, without building two strings per object and frame at every step
// (a deep recursion has hundreds of frames and objects in every snapshot).
import type { FrameSnapshot, GcSnapshot, HeapObjectSnapshot, RefEdge } from './types';

/** Same labels and targets in the same order. */
export function sameEdges(a: RefEdge[], b: RefEdge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].ref !== b[i].ref || a[i].label !== b[i].label) return false;
  return true;
}

/** Same strings in the same order. */
export function sameStrings(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Two records of one object are equal in every field. */
export function sameObject(a: HeapObjectSnapshot, b: HeapObjectSnapshot): boolean {
  return (
    a.id === b.id &&
    a.refcount === b.refcount &&
    a.address === b.address &&
    a.type === b.type &&
    a.repr === b.repr &&
    a.immortal === b.immortal &&
    a.generation === b.generation &&
    a.tracked === b.tracked &&
    a.size === b.size &&
    sameEdges(a.refs, b.refs) &&
    sameStrings(a.referrers, b.referrers)
  );
}

/** Two call stacks are equal: the same frames, lines and bindings. */
export function sameFrames(a: FrameSnapshot[], b: FrameSnapshot[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    if (x.id !== y.id || x.line !== y.line || x.name !== y.name || !sameEdges(x.bindings, y.bindings)) return false;
  }
  return true;
}

/** Two collector states are equal. */
export function sameGc(a: GcSnapshot, b: GcSnapshot): boolean {
  return (
    a.enabled === b.enabled &&
    a.counts[0] === b.counts[0] && a.counts[1] === b.counts[1] && a.counts[2] === b.counts[2] &&
    a.thresholds[0] === b.thresholds[0] && a.thresholds[1] === b.thresholds[1] && a.thresholds[2] === b.thresholds[2]
  );
}
