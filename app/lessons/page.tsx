import type { Metadata } from 'next';
import { LessonList } from '@/components/course/LessonList';
import { loadLessons } from '@/lib/content';
import styles from './lessons.module.css';

export const metadata: Metadata = {
  title: 'Course',
  description: 'Every heaplab lesson, in order.',
};

export default function LessonsIndexPage() {
  const lessons = loadLessons();
  return (
    <div className={styles.indexPage}>
      <h1>The course</h1>
      <p className={styles.intro}>
        {lessons.length === 1 ? 'One lesson' : `${lessons.length} lessons`}, in order. Each builds on the one
        before it.
      </p>
      <LessonList lessons={lessons} />
    </div>
  );
}
