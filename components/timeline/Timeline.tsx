'use client';

import type { KeyboardEvent } from 'react';
import styles from './timeline.module.css';

/** Props of the step timeline. */
export interface TimelineProps {
  step: number;
  /** Number of recorded steps (0 when nothing ran yet). */
  length: number;
  line: number;
  onStep: (step: number) => void;
  /** Step numbers of collections (marked on the scrubber). */
  marks?: readonly number[];
}

/** Step controls: first / back / forward / last buttons, a scrubber, and ←/→/Home/End keys. */
export function Timeline({ step, length, line, onStep, marks }: TimelineProps) {
  const last = Math.max(0, length - 1);
  const go = (s: number) => onStep(Math.max(0, Math.min(last, s)));
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).tagName === 'INPUT') return; // the range input handles its own keys
    const k = e.key;
    if (k === 'ArrowRight') go(step + 1);
    else if (k === 'ArrowLeft') go(step - 1);
    else if (k === 'Home') go(0);
    else if (k === 'End') go(last);
    else if (k === 'PageDown') go(step + 10);
    else if (k === 'PageUp') go(step - 10);
    else return;
    e.preventDefault();
  };
  const disabled = length === 0;
  return (
    <div className={styles.timeline} role="group" aria-label="Timeline" tabIndex={0} onKeyDown={onKey} data-testid="timeline">
      <div className={styles.buttons}>
        <button type="button" onClick={() => go(0)} disabled={disabled || step === 0} aria-label="First step" title="First step (Home)">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><path d="M2 2h2v10H2zM12 2v10L5 7z" fill="currentColor" /></svg>
        </button>
        <button type="button" onClick={() => go(step - 1)} disabled={disabled || step === 0} aria-label="Step back" title="Step back (←)">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><path d="M11 2v10L3 7z" fill="currentColor" /></svg>
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={disabled || step >= last} aria-label="Step forward" title="Step forward (→)">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><path d="M3 2v10l8-5z" fill="currentColor" /></svg>
        </button>
        <button type="button" onClick={() => go(last)} disabled={disabled || step >= last} aria-label="Last step" title="Last step (End)">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><path d="M10 2h2v10h-2zM2 2v10l7-5z" fill="currentColor" /></svg>
        </button>
      </div>
      <div className={styles.scrub}>
        <input
          type="range"
          min={0}
          max={last}
          value={Math.min(step, last)}
          disabled={disabled}
          onChange={(e) => go(Number(e.target.value))}
          aria-label="Step"
          aria-valuetext={`step ${step + 1} of ${length}, line ${line}`}
        />
        {marks && length > 1 ? (
          <div className={styles.marks} aria-hidden="true">
            {marks.slice(0, 200).map((m, i) => (
              <span key={i} className={styles.mark} style={{ left: `${(m / last) * 100}%` }} />
            ))}
          </div>
        ) : null}
      </div>
      <output className={styles.pos} aria-live="polite" data-testid="step-pos">
        {disabled ? 'no steps yet' : `step ${step + 1} / ${length} · line ${line}`}
      </output>
    </div>
  );
}
