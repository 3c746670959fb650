import type { Metadata } from 'next';
import { Playground } from '@/components/playground/Playground';
import { preloadEditorChunks } from '@/components/editor/preloadEditorChunks';
import styles from './playground-page.module.css';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Run Python in the browser and watch names, objects, reference counts, the collector and the allocator change step by step.',
};

export default function PlaygroundPage() {
  // Monaco's chunks start downloading with the page's own scripts (see preloadEditorChunks).
  preloadEditorChunks('playground');
  return (
    <div className={styles.page}>
      <h1>Playground</h1>
      <p className={styles.note}>
        Write Python, press Run (Ctrl+Enter), then step through it: each step shows the names and
        objects on the heap, who holds each reference, the collector&apos;s generations and the
        allocator&apos;s pools. Everything runs in your browser; the link in the address bar
        reproduces your program.
      </p>
      <Playground syncUrl />
    </div>
  );
}
