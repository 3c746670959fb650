'use client';

import type { GcCollectionRecord, GcSnapshot, TraceEvent } from '@/lib/pysim/trace/types';
import styles from './panels.module.css';

/** The passes of a collection, in CPython's order (Modules/gcmodule.c). */
export const GC_PASSES = ['update_refs', 'subtract_refs', 'move_unreachable', 'finalize', 'delete_garbage'] as const;
/** One of GC_PASSES. */
export type GcPass = (typeof GC_PASSES)[number];

const PASS_TEXT: Record<GcPass, string> = {
  update_refs: 'copy each refcount into gc_refs',
  subtract_refs: 'subtract references from inside the generation',
  move_unreachable: 'objects still at gc_refs 0 and not reachable from one above 0 are unreachable',
  finalize: 'run __del__ of unreachable objects (PEP 442)',
  delete_garbage: 'clear the cycles: refcounts fall to zero and the objects are freed',
};

/** A finished collection (gc-start + gc-stop pair). */
export interface CollectionSummary {
  step: number;
  generation: number;
  collected: number;
}

/** Pairs gc-start/gc-stop events into collections. */
export function collectionsOf(events: readonly TraceEvent[]): CollectionSummary[] {
  const out: CollectionSummary[] = [];
  for (const e of events) if (e.type === 'gc-stop') out.push({ step: e.step, generation: e.generation, collected: e.collected });
  return out;
}

/** Props of the collector panel. */
export interface CollectorPanelProps {
  gc: GcSnapshot;
  collections: readonly CollectionSummary[];
  /** Collection records of the current step (the collector ran during the previous statement). */
  current: readonly GcCollectionRecord[];
  pass: GcPass;
  onPass: (p: GcPass) => void;
  onJump: (step: number) => void;
  step: number;
}

/** Generation counts against thresholds, the list of collections, and the passes of the current one. */
export function CollectorPanel({ gc, collections, current, pass, onPass, onJump, step }: CollectorPanelProps) {
  return (
    <section className={styles.panel} aria-labelledby="gc-heading" data-testid="collector-panel">
      <h3 id="gc-heading" className={styles.h}>
        Collector {gc.enabled ? '' : '(disabled)'}
      </h3>
      <ul className={styles.gens}>
        {gc.counts.map((c, g) => (
          <li key={g} data-gen={g}>
            <span className={styles.genName}>gen {g}</span>
            <meter min={0} max={gc.thresholds[g]} value={Math.min(c, gc.thresholds[g])} aria-label={`generation ${g} count ${c} of threshold ${gc.thresholds[g]}`} />
            <span className={styles.num}>
              {c} / {gc.thresholds[g]}
            </span>
          </li>
        ))}
      </ul>
      <h4 className={styles.h4}>Collections</h4>
      {collections.length === 0 ? (
        <p className={styles.muted}>No collection yet.</p>
      ) : (
        <ol className={styles.collections}>
          {collections.slice(-50).map((c, i) => (
            <li key={i}>
              <button type="button" onClick={() => onJump(c.step)} aria-current={c.step === step ? 'step' : undefined} data-gc-step={c.step}>
                step {c.step + 1}: gen {c.generation}, {c.collected} collected
              </button>
            </li>
          ))}
        </ol>
      )}
      {current.length ? (
        <div className={styles.passes} data-testid="gc-passes">
          <h4 className={styles.h4}>This step ran a collection of generation {current[0].generation}</h4>
          <p className={styles.muted}>
            {current[0].examined} tracked objects examined, {current[0].unreachable.length} unreachable. Pick a pass to see it on the heap:
          </p>
          <ol className={styles.passList}>
            {GC_PASSES.map((p) => (
              <li key={p}>
                <label>
                  <input type="radio" name="gc-pass" value={p} checked={pass === p} onChange={() => onPass(p)} />
                  <code>{p}</code>: {PASS_TEXT[p]}
                </label>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
