'use client';

import { useState } from 'react';
import { CodeEditor } from '@/components/editor/CodeEditor';
import styles from './playground.module.css';

/** The program the playground opens with: the aliasing example from the first lesson. */
export const PLAYGROUND_STARTER = `# Two names, one list: assignment never copies.
a = [1, 2, 3]
b = a
b.append(4)
print(a)          # [1, 2, 3, 4]
print(a is b)     # True

# Equal values, separate objects.
c = [1, 2, 3, 4]
print(a == c, a is c)   # True False
`;

/**
 * The playground container: an editor holding the learner's program. The simulator's run
 * button, output and heap view attach here (they receive `code`).
 */
export function Playground() {
  const [code, setCode] = useState(PLAYGROUND_STARTER);
  const lines = code.split('\n').length;
  return (
    <section className={styles.playground} aria-labelledby="editor-heading">
      <div className={styles.toolbar}>
        <h2 id="editor-heading" className={styles.heading}>
          main.py
        </h2>
        <p className={styles.meta} aria-live="polite">
          {lines} {lines === 1 ? 'line' : 'lines'}
        </p>
      </div>
      <CodeEditor value={code} onChange={setCode} ariaLabel="Python program" height={360} />
    </section>
  );
}
