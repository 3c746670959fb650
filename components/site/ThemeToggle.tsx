'use client';

import { useSyncExternalStore } from 'react';
import { readPreference, subscribeScheme, writePreference, type ThemePreference } from './theme';
import styles from './site.module.css';

const NEXT: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const ICON: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles the colour theme: system → light → dark. Renders "System" on the server. */
export function ThemeToggle() {
  const pref = useSyncExternalStore<ThemePreference>(subscribeScheme, readPreference, () => 'system');
  return (
    <button
      type="button"
      className={styles.themeToggle}
      onClick={() => writePreference(NEXT[pref])}
      aria-label={`Colour theme: ${LABEL[pref]}. Switch to ${LABEL[NEXT[pref]]}.`}
      title={`Theme: ${LABEL[pref]}`}
    >
      <span aria-hidden="true">{ICON[pref]}</span>
      <span className={styles.themeLabel}>{LABEL[pref]}</span>
    </button>
  );
}
