import Link from 'next/link';
import type { Lesson } from '@/lib/content';
import styles from './course.module.css';

/** The course as an ordered list of lesson cards. */
export function LessonList({ lessons }: { lessons: readonly Pick<Lesson, 'slug' | 'title' | 'summary' | 'order'>[] }) {
  return (
    <ol className={styles.list}>
      {lessons.map((l) => (
        <li key={l.slug} className={styles.card}>
          <span className={styles.number} aria-hidden="true">
            {String(l.order).padStart(2, '0')}
          </span>
          <div>
            <h3 className={styles.cardTitle}>
              <Link href={`/lessons/${l.slug}`}>{l.title}</Link>
            </h3>
            <p className={styles.summary}>{l.summary}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
