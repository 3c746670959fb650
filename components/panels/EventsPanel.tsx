'use client';

import styles from './panels.module.css';

/** The current step in words: the statement and what it changed. */
export function EventsPanel({ code, lines }: { code: string; lines: readonly string[] }) {
  return (
    <section className={styles.panel} aria-labelledby="events-heading" data-testid="events-panel">
      <h3 id="events-heading" className={styles.h}>
        What happened
      </h3>
      <p className={styles.stmt}>
        <code>{code || '—'}</code>
      </p>
      {lines.length ? (
        <ul className={styles.events} aria-live="polite">
          {lines.slice(0, 40).map((l, i) => (
            <li key={i}>{l}</li>
          ))}
          {lines.length > 40 ? <li>… and {lines.length - 40} more changes</li> : null}
        </ul>
      ) : (
        <p className={styles.muted}>No visible change.</p>
      )}
    </section>
  );
}
