'use client';

// The Monaco editor, bundled locally (no CDN). This module touches `window` when imported,
// so it is only ever loaded through next/dynamic with ssr: false (see CodeEditor.tsx).
import Editor, { loader, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/python/register';
// The Python tokenizer, in this chunk: without it Monaco fetches it as a separate chunk only
// after the editor exists, one more round trip before the code is coloured.
import 'monaco-editor/languages/definitions/python/python.js';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { effectiveScheme, subscribeScheme } from '@/components/site/theme';
import type { MonacoLayerProps } from './types';
import styles from './editor.module.css';

self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module' }),
};
loader.config({ monaco });

// Monaco's stock themes miss WCAG AA contrast for comments and dimmed line numbers; these
// two keep their look and fix those colours.
monaco.editor.defineTheme('heaplab-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editorLineNumber.dimmedForeground': '#237893' },
});
monaco.editor.defineTheme('heaplab-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7fae6a' }],
  colors: { 'editorLineNumber.dimmedForeground': '#858585' },
});

const BASE_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  fontSize: 14,
  lineHeight: 21,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 4,
  insertSpaces: true,
  renderLineHighlight: 'line',
  padding: { top: 12, bottom: 12 },
  fixedOverflowWidgets: true,
  quickSuggestions: false,
  // The EditContext input path drops keystrokes under load in Chromium; the textarea
  // path does not (seen in e2e on a busy 2-core machine).
  editContext: false,
  wordBasedSuggestions: 'off',
};

/**
 * Monaco with heaplab's defaults, laid over CodeEditor's plain textarea and hidden until it
 * has taken over (`visible`). Use CodeEditor instead, which lazy-loads this.
 */
export default function MonacoEditor({
  value,
  onChange,
  language = 'python',
  ariaLabel,
  height = 320,
  readOnly = false,
  onRun,
  onReady,
  visible,
}: MonacoLayerProps) {
  const scheme = useSyncExternalStore(subscribeScheme, effectiveScheme, () => 'light' as const);
  // Keep the latest callbacks in refs so what is registered once at mount calls them.
  const onRunRef = useRef(onRun);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onRunRef.current = onRun;
    onReadyRef.current = onReady;
  }, [onRun, onReady]);

  const options = useMemo(() => ({ ...BASE_OPTIONS, ariaLabel, readOnly }), [ariaLabel, readOnly]);

  const handleMount: OnMount = (editor, m) => {
    editor.addAction({
      id: 'heaplab.run',
      label: 'Run',
      keybindings: [m.KeyMod.CtrlCmd | m.KeyCode.Enter],
      run: (ed) => onRunRef.current?.(ed.getValue()),
    });
    onReadyRef.current(editor);
  };

  return (
    <div className={styles.monaco} style={visible ? undefined : { visibility: 'hidden' }} aria-hidden={visible ? undefined : true}>
      <Editor
        value={value}
        language={language}
        theme={scheme === 'dark' ? 'heaplab-dark' : 'heaplab-light'}
        height={height - 2}
        loading={null}
        onChange={(v) => onChange?.(v ?? '')}
        onMount={handleMount}
        options={options}
      />
    </div>
  );
}
