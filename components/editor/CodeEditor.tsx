'use client';

import dynamic from 'next/dynamic';
import { useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { editor } from 'monaco-editor/editor';
import { EditorFallback } from './EditorFallback';
import type { CodeEditorProps } from './types';
import styles from './editor.module.css';

// Start fetching Monaco as soon as this module runs in the browser, i.e. while the page's own
// scripts start up, instead of when React reaches the editor after hydration. The promise is
// the one next/dynamic below gets back (same module); a failed load surfaces there.
if (typeof window !== 'undefined') import('./MonacoEditor').catch(() => {});

/**
 * Lazy Monaco: its JavaScript is fetched only on pages that render a CodeEditor and never
 * runs during the static build (ssr: false).
 */
const MonacoLayer = dynamic(() => import('./MonacoEditor'), { ssr: false, loading: () => null });

const noSubscription = () => () => {};

/** What the plain textarea held when Monaco replaced it. */
interface PlainState {
  value: string;
  start: number;
  end: number;
  backward: boolean;
  focused: boolean;
  scrollTop: number;
  scrollLeft: number;
}

/**
 * A Python code editor. The page's HTML holds a plain <textarea> with the code (read-only
 * until the page is hydrated, then a working editor: typing, Ctrl/Cmd+Enter to run). Monaco
 * (bundled locally) loads meanwhile and takes over in place, keeping the text, the selection,
 * the scroll position and the focus. `data-editor-state` on the frame says which is live:
 * 'loading' (static HTML), 'plain' (textarea), 'ready' (Monaco).
 */
export function CodeEditor(props: CodeEditorProps) {
  const { value, onChange, ariaLabel, height = 320, readOnly, onRun } = props;
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [monaco, setMonaco] = useState<editor.IStandaloneCodeEditor | null>(null);
  const plain = useRef<PlainState | null>(null);

  // The textarea's state is read as React detaches it, while it is still in the document
  // (and still focused, if it was).
  const plainRef = useCallback((el: HTMLTextAreaElement | null) => {
    if (!el) return;
    return () => {
      plain.current = {
        value: el.value,
        start: el.selectionStart,
        end: el.selectionEnd,
        backward: el.selectionDirection === 'backward',
        focused: document.activeElement === el,
        scrollTop: el.scrollTop,
        scrollLeft: el.scrollLeft,
      };
    };
  }, []);

  useLayoutEffect(() => {
    const p = plain.current;
    const model = monaco?.getModel();
    if (!monaco || !p || !model) return;
    plain.current = null;
    if (model.getValue() !== p.value) monaco.setValue(p.value);
    const a = model.getPositionAt(p.backward ? p.end : p.start);
    const b = model.getPositionAt(p.backward ? p.start : p.end);
    monaco.setSelection({ selectionStartLineNumber: a.lineNumber, selectionStartColumn: a.column, positionLineNumber: b.lineNumber, positionColumn: b.column });
    monaco.setScrollPosition({ scrollTop: p.scrollTop, scrollLeft: p.scrollLeft }, 1 /* ScrollType.Immediate */);
    if (p.focused) monaco.focus();
  }, [monaco]);

  const state = monaco ? 'ready' : hydrated ? 'plain' : 'loading';
  return (
    <div className={styles.frame} style={{ height }} data-editor-state={state}>
      {monaco ? null : (
        <EditorFallback
          value={value}
          ariaLabel={ariaLabel}
          editable={hydrated}
          readOnly={readOnly}
          onChange={onChange}
          onRun={onRun}
          textareaRef={plainRef}
        />
      )}
      {hydrated ? <MonacoLayer {...props} height={height} onReady={setMonaco} visible={monaco !== null} /> : null}
    </div>
  );
}

export type { CodeEditorProps } from './types';
