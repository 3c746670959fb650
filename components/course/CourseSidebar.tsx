import Link from 'next/link';
import type { Lesson } from '@/lib/content';
import styles from './course.module.css';

/** Side navigation listing every lesson, marking the current one. */
export function CourseSidebar({ lessons, current }: { lessons: readonly Pick<Lesson, 'slug' | 'title'>[]; current: string }) {
  return (
    <nav className={styles.sidebar} aria-label="Course">
      <p className={styles.sidebarTitle}>
        <Link href="/lessons">Course</Link>
      </p>
      <ol>
        {lessons.map((l) => (
          <li key={l.slug}>
            <Link href={`/lessons/${l.slug}`} aria-current={l.slug === current ? 'page' : undefined}>
              {l.title}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
