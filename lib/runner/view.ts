// Derived views of a trace for the playground: which objects to show, a stable slot per
// object, freed and unreachable objects per step, and each step's changes in words.
import type { FreeCause, GcCollectionRecord, HeapObjectSnapshot, Snapshot, SnapshotDelta, TraceEvent } from '@/lib/pysim/trace/types';

/** Types that are hidden unless the learner asks for built-in objects. */
const BUILTIN_TYPES = new Set(['builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor', 'getset_descriptor', 'member_descriptor', 'code', 'NoneType', 'bool', 'ellipsis', 'NotImplementedType']);

/** True for objects shown only with "show built-in objects": immortal, built-in, small cached ints. */
export function isBuiltinObject(o: HeapObjectSnapshot): boolean {
  if (o.immortal || BUILTIN_TYPES.has(o.type)) return true;
  if (o.type === 'int' && /^-?\d{1,3}$/.test(o.repr)) {
    const v = Number(o.repr);
    return v >= -5 && v <= 256;
  }
  return false;
}

/** Events of one step (events are sorted by step). */
export function eventsAt(events: readonly TraceEvent[], step: number): TraceEvent[] {
  let lo = 0,
    hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].step < step) lo = mid + 1;
    else hi = mid;
  }
  const out: TraceEvent[] = [];
  for (let i = lo; i < events.length && events[i].step === step; i++) out.push(events[i]);
  return out;
}

type FreeEvent = Extract<TraceEvent, { type: 'free' }>;

/** Grows with the trace: each object's free event, and the collection records by step. */
export class TraceIndex {
  readonly frees = new Map<number, FreeEvent>();
  readonly collectionsByStep = new Map<number, GcCollectionRecord[]>();
  private seenEvents = 0;
  private seenCollections = 0;

  /** Indexes what arrived since the last call. */
  update(events: readonly TraceEvent[], collections: readonly GcCollectionRecord[]): void {
    for (; this.seenEvents < events.length; this.seenEvents++) {
      const e = events[this.seenEvents];
      if (e.type === 'free') this.frees.set(e.obj, e);
    }
    for (; this.seenCollections < collections.length; this.seenCollections++) {
      const c = collections[this.seenCollections];
      const l = this.collectionsByStep.get(c.step);
      if (l) l.push(c);
      else this.collectionsByStep.set(c.step, [c]);
    }
  }
}

/** How long a hidden-but-alive object keeps its slot, in steps. */
const PENDING_STEPS = 1000;

/**
 * Stable layout: each shown object gets the lowest free slot when first seen and keeps it while
 * it lives (and one step after, for the fading ghost). An object that vanished from view without
 * being freed keeps its slot until it is freed (an unreachable cycle waiting for the collector).
 */
export class SlotLayout {
  readonly slot = new Map<number, number>();
  /** Largest slot index in use so far, plus one. */
  extent = 0;
  private free: number[] = [];
  private processed = 0;
  private live = new Set<number>();
  private releaseAt = new Map<number, number>();
  private pending = new Map<number, number>();
  private lastRecord = new Map<number, HeapObjectSnapshot>();
  /** Objects that left the view without being freed: id → step it left, with its last record. */
  readonly vanished = new Map<number, { step: number; record: HeapObjectSnapshot }>();

  /** Objects left out of the diagram (built-in, or held only by a class or by other left-out objects). */
  private hidden = new Set<number>();

  constructor(private showBuiltins: boolean) {}

  private isHidden(o: HeapObjectSnapshot): boolean {
    if (this.showBuiltins) return false;
    if (isBuiltinObject(o)) return true;
    // A class's own machinery (its __dict__, __mro__, __bases__ and what only they hold).
    return (
      o.referrers.length > 0 &&
      o.referrers.every((r) => {
        if (r.startsWith('type#')) return true;
        const m = /^[^#\s]+#(-?\d+)/.exec(r);
        return !!m && this.hidden.has(Number(m[1]));
      })
    );
  }

  private take(id: number): void {
    if (this.slot.has(id)) return;
    let s: number;
    if (this.free.length) {
      this.free.sort((a, b) => b - a);
      s = this.free.pop()!;
    } else s = this.extent++;
    this.slot.set(id, s);
  }

  /** Processes the deltas that arrived since the last call. */
  update(deltas: readonly SnapshotDelta[], index: TraceIndex): void {
    for (; this.processed < deltas.length; this.processed++) {
      const step = this.processed;
      for (const [id, at] of this.releaseAt)
        if (at <= step) {
          this.releaseAt.delete(id);
          if (!this.live.has(id)) this.free.push(this.slot.get(id)!);
        }
      for (const [id, since] of this.pending) {
        const f = index.frees.get(id);
        if ((f && f.step < step) || step - since > PENDING_STEPS) {
          this.pending.delete(id);
          this.releaseAt.set(id, step);
        }
      }
      const d = deltas[step];
      if (d.upserts)
        for (const o of d.upserts) {
          if (this.live.has(o.id)) {
            this.lastRecord.set(o.id, o);
            continue;
          }
          if (this.hidden.has(o.id)) continue;
          if (this.isHidden(o)) {
            this.hidden.add(o.id);
            continue;
          }
          this.lastRecord.set(o.id, o);
          this.vanished.delete(o.id);
          this.live.add(o.id);
          this.pending.delete(o.id);
          this.releaseAt.delete(o.id);
          this.take(o.id);
        }
      if (d.removed)
        for (const id of d.removed) {
          if (!this.live.delete(id)) continue;
          const rec = this.lastRecord.get(id);
          this.lastRecord.delete(id);
          const f = index.frees.get(id);
          if (f && f.step <= step) this.releaseAt.set(id, step + 1);
          else {
            this.pending.set(id, step);
            if (rec) this.vanished.set(id, { step, record: rec });
          }
        }
    }
  }
}

/** An object drawn although it is not visible from the frames at this step. */
export interface GhostObject {
  record: HeapObjectSnapshot;
  /** 'freed': freed during this step (cause given); 'unreachable': alive, unreachable, freed later by the collector. */
  kind: 'freed' | 'unreachable';
  cause?: FreeCause;
}

/** Objects removed from view during `step` that were freed meanwhile (the fading ghosts). */
export function freedAt(prev: Snapshot | null, cur: Snapshot, delta: SnapshotDelta, index: TraceIndex): GhostObject[] {
  if (!prev || !delta.removed) return [];
  const out: GhostObject[] = [];
  for (const id of delta.removed) {
    const rec = prev.objects[id];
    const f = index.frees.get(id);
    if (rec && f && f.step <= cur.step) out.push({ record: rec, kind: 'freed', cause: f.cause });
  }
  return out;
}

/** Sentence for a free cause. */
export function causeText(c: FreeCause): string {
  return c === 'refcount' ? 'refcount reached zero' : c === 'gc' ? 'collected by the gc' : 'memory taken back by a free list';
}

function label(o: { type: string; id: number }): string {
  return `${o.type} #${o.id}`;
}

/** The changes of one step in words ("list #3 refcount 1 → 2, held by global a, global b"). */
export function describeStep(prev: Snapshot | null, cur: Snapshot, events: readonly TraceEvent[]): string[] {
  const out: string[] = [];
  const freed = new Set<number>();
  for (const e of events) {
    if (e.type === 'free') freed.add(e.obj);
    if (e.type === 'call') out.push(`call ${e.name}()`);
    else if (e.type === 'return') out.push(`return from ${e.name}()`);
    else if (e.type === 'gc-start') out.push(`the collector starts on generation ${e.generation} (counts ${e.counts.join(', ')})`);
    else if (e.type === 'gc-stop') out.push(`the collector finished generation ${e.generation}: ${e.collected} unreachable object${e.collected === 1 ? '' : 's'} collected`);
    else if (e.type === 'exception') out.push(`${e.excType}: ${e.message}`);
  }
  for (const o of Object.values(cur.objects)) {
    const p = prev?.objects[o.id];
    const held = o.referrers.length ? `, held by ${o.referrers.join(', ')}` : '';
    if (!p) {
      if (o.immortal) continue;
      out.push(`${label(o)} ${o.repr} now visible at ${o.address}, refcount ${o.refcount}${held}`);
    } else if (p !== o && p.refcount !== o.refcount && !o.immortal) out.push(`${label(o)} refcount ${p.refcount} → ${o.refcount}${held}`);
    else if (p !== o && p.repr !== o.repr) out.push(`${label(o)} changed: ${o.repr}`);
  }
  if (prev)
    for (const p of Object.values(prev.objects)) {
      if (p.id in cur.objects) continue;
      const f = events.find((e): e is FreeEvent => e.type === 'free' && e.obj === p.id);
      if (f) out.push(`${label(p)} freed: ${causeText(f.cause)}`);
      else if (!p.immortal) out.push(`${label(p)} no longer reachable from any name`);
    }
  return out;
}

/** Objects alive but unreachable at `step` (they left the view without being freed, and the collector frees them later), and those the collector freed during `step`. */
export function unreachableAt(step: number, layout: SlotLayout, index: TraceIndex): GhostObject[] {
  const out: GhostObject[] = [];
  for (const [id, v] of layout.vanished) {
    if (v.step > step) continue;
    const f = index.frees.get(id);
    if (f && f.cause === 'gc' && f.step > step) out.push({ record: v.record, kind: 'unreachable' });
    else if (f && f.cause === 'gc' && f.step === step) out.push({ record: v.record, kind: 'freed', cause: 'gc' });
  }
  return out;
}
