import type { KeyboardEvent, Ref } from 'react';
import styles from './editor.module.css';

/** Props of the plain editor shown until Monaco takes over. */
export interface EditorFallbackProps {
  value: string;
  ariaLabel: string;
  /** False in the static HTML and during hydration: the text can be read and selected, not typed. */
  editable: boolean;
  readOnly?: boolean;
  onChange?: (value: string) => void;
  onRun?: (value: string) => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/**
 * The editor before Monaco arrives (and what the static HTML contains): a plain <textarea>
 * with Monaco's metrics, so nothing shifts when Monaco takes over. Once the page is hydrated
 * it is a real editor: typing updates the program and Ctrl/Cmd+Enter runs it.
 */
export function EditorFallback({ value, ariaLabel, editable, readOnly = false, onChange, onRun, textareaRef }: EditorFallbackProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onRun) {
      e.preventDefault();
      onRun(e.currentTarget.value);
    }
  };
  return (
    <textarea
      ref={textareaRef}
      className={styles.plain}
      value={value}
      readOnly={readOnly || !editable || !onChange}
      onChange={(e) => onChange?.(e.target.value)}
      onKeyDown={onKeyDown}
      aria-label={ariaLabel}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
      data-testid="plain-editor"
    />
  );
}
