import type { Metadata } from 'next';
import { Playground } from '@/components/playground/Playground';
import styles from './playground-page.module.css';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Write Python in the browser with a full code editor.',
};

export default function PlaygroundPage() {
  return (
    <div className={styles.page}>
      <h1>Playground</h1>
      <p className={styles.note}>
        Write Python here. The editor runs entirely in your browser; your code is never sent
        anywhere. Running programs and watching the heap change step by step (names, objects,
        reference counts) is the next piece of heaplab to arrive on this page; for now the
        playground is an editor only.
      </p>
      <Playground />
    </div>
  );
}
