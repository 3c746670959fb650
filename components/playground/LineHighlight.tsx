'use client';

import { useEffect, useRef } from 'react';
import styles from './playground.module.css';

type Monaco = typeof import('monaco-editor/editor');
type Collection = ReturnType<ReturnType<Monaco['editor']['getEditors']>[number]['createDecorationsCollection']>;

/**
 * Highlights `line` in the Monaco editor inside `container` (a decoration plus a gutter marker)
 * and scrolls it into view. Monaco is a singleton module, so this finds the editor the
 * CodeEditor mounted without needing a handle from it.
 */
export function LineHighlight({ container, line }: { container: HTMLElement | null; line: number | null }) {
  const coll = useRef<Collection | null>(null);
  useEffect(() => {
    if (!container) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const apply = (m: Monaco) => {
      if (cancelled) return;
      const ed = m.editor.getEditors().find((e) => container.contains(e.getContainerDomNode()));
      if (!ed) {
        // The editor is still mounting: try again shortly.
        if (++tries < 40) timer = setTimeout(() => apply(m), 250);
        return;
      }
      if (!coll.current) coll.current = ed.createDecorationsCollection();
      if (line && line > 0) {
        coll.current.set([
          {
            range: new m.Range(line, 1, line, 1),
            options: { isWholeLine: true, className: styles.execLine, linesDecorationsClassName: styles.execGutter, stickiness: 1 },
          },
        ]);
        ed.revealLineInCenterIfOutsideViewport(line);
      } else coll.current.clear();
    };
    void import('monaco-editor/editor').then(apply);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [container, line]);
  return null;
}
