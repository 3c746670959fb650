import type { editor } from 'monaco-editor/editor';

/** Props of the reusable code editor (components/editor/CodeEditor.tsx). */
export interface CodeEditorProps {
  /** The code shown; the editor is controlled by this value. */
  value: string;
  /** Called with the new text on every edit. Omit together with readOnly for a viewer. */
  onChange?: (value: string) => void;
  /** Language for highlighting. Only Python is registered. */
  language?: 'python';
  /** Accessible name of the editor's text area. */
  ariaLabel: string;
  /** Height in CSS pixels (the fallback has the same height). Default 320. */
  height?: number;
  /** Makes the editor read-only. */
  readOnly?: boolean;
  /** Called on Ctrl+Enter / Cmd+Enter with the current text. */
  onRun?: (value: string) => void;
}

/** Props of the Monaco layer (MonacoEditor.tsx): the editor's props plus the take-over hook. */
export interface MonacoLayerProps extends CodeEditorProps {
  /** Called once Monaco's editor exists (still hidden) so CodeEditor can hand over to it. */
  onReady: (ed: editor.IStandaloneCodeEditor) => void;
  /** False while the plain textarea is still the visible editor. */
  visible: boolean;
}
