import Link from 'next/link';
import type { LessonNeighbours } from '@/lib/content';
import styles from './course.module.css';

/** Previous / next links at the foot of a lesson. */
export function LessonPager({ previous, next }: LessonNeighbours) {
  return (
    <nav className={styles.pager} aria-label="Lesson navigation">
      {previous ? (
        <Link href={`/lessons/${previous.slug}`} className={styles.pagerLink} rel="prev">
          <span className={styles.pagerLabel}>← Previous</span>
          <span>{previous.title}</span>
        </Link>
      ) : (
        <Link href="/lessons" className={styles.pagerLink}>
          <span className={styles.pagerLabel}>← Course</span>
          <span>All lessons</span>
        </Link>
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}`} className={`${styles.pagerLink} ${styles.pagerNext}`} rel="next">
          <span className={styles.pagerLabel}>Next →</span>
          <span>{next.title}</span>
        </Link>
      ) : (
        <Link href="/playground" className={`${styles.pagerLink} ${styles.pagerNext}`}>
          <span className={styles.pagerLabel}>Try it →</span>
          <span>Open the playground</span>
        </Link>
      )}
    </nav>
  );
}
