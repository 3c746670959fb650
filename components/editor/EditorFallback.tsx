import type { CodeEditorProps } from './types';
import styles from './editor.module.css';

/**
 * What shows while Monaco loads (and what the static HTML contains): the same code, in a
 * <pre> of the same height, so the page does not jump when the editor arrives.
 */
export function EditorFallback({ value, height = 320, ariaLabel }: Pick<CodeEditorProps, 'value' | 'height' | 'ariaLabel'>) {
  return (
    <div className={styles.frame} style={{ height }} data-editor-state="loading">
      <pre className={styles.fallback} aria-label={`${ariaLabel} (loading editor)`}>
        <code>{value}</code>
      </pre>
    </div>
  );
}
