'use client';

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import { EditorFallback } from './EditorFallback';
import type { CodeEditorProps } from './types';

// next/dynamic's loading component gets no props; it reads the editor's props from here.
const PendingProps = createContext<CodeEditorProps | null>(null);

function PendingFallback() {
  const props = useContext(PendingProps);
  return props ? <EditorFallback value={props.value} height={props.height} ariaLabel={props.ariaLabel} /> : null;
}

/**
 * Lazy Monaco: the editor's JavaScript is fetched only on pages that render a CodeEditor,
 * and never runs during the static build (ssr: false). Until it arrives, a <pre> of the same
 * size shows the code; that <pre> is also what the exported HTML contains.
 */
const LazyMonaco = dynamic(() => import('./MonacoEditor'), {
  ssr: false,
  loading: PendingFallback,
});

/** A Python code editor (Monaco, bundled locally) with a static fallback while loading. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <PendingProps.Provider value={props}>
      <LazyMonaco {...props} />
    </PendingProps.Provider>
  );
}

export type { CodeEditorProps } from './types';
