'use client';

import dynamic from 'next/dynamic';
import { Component, useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { editor } from 'monaco-editor/editor';
import { EditorFallback } from './EditorFallback';
import type { CodeEditorProps } from './types';
import styles from './editor.module.css';

/**
 * Lazy Monaco: its JavaScript is fetched only on pages that render a CodeEditor and never
 * runs during the static build (ssr: false). It is imported once the page is hydrated, so the
 * plain editor and the rest of the page become interactive first. The download itself starts
 * earlier: pages preload Monaco's chunks from their HTML (preloadEditorChunks.ts), and Chromium
 * parses a preloaded script off the main thread while it arrives. (Importing at module
 * evaluation instead was measured too: it only lets Monaco's main-thread evaluation, 0.7 s and
 * more on 2 cores, run before hydration and delay the whole page.)
 */
const MonacoLayer = dynamic(() => import('./MonacoEditor'), { ssr: false, loading: () => null });

const noSubscription = () => () => {};

/** If Monaco cannot load (a failed chunk download), the plain editor simply stays in charge. */
class KeepPlainOnError extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

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
      {hydrated ? (
        <KeepPlainOnError>
          <MonacoLayer {...props} height={height} onReady={setMonaco} visible={monaco !== null} />
        </KeepPlainOnError>
      ) : null}
    </div>
  );
}

export type { CodeEditorProps } from './types';
