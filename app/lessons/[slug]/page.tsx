import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CourseSidebar } from '@/components/course/CourseSidebar';
import { LessonPager } from '@/components/course/LessonPager';
import { mdxComponents } from '@/components/mdx/registry';
import { findLesson, lessonNeighbours, loadLessons } from '@/lib/content';
import { compileMdx } from '@/lib/content/mdx';
import styles from '../lessons.module.css';

type Params = { slug: string };

/** Only the lessons in content/ exist; any other slug is a 404 in the static export. */
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return loadLessons().map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug } = await params;
  const lesson = findLesson(loadLessons(), slug);
  if (!lesson) return {};
  return { title: lesson.title, description: lesson.summary };
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const lessons = loadLessons();
  const lesson = findLesson(lessons, slug);
  if (!lesson) notFound();
  const Content = await compileMdx(lesson.body, lesson.file);
  return (
    <div className={styles.layout}>
      <aside className={styles.aside}>
        <CourseSidebar lessons={lessons} current={lesson.slug} />
      </aside>
      <article className={styles.article}>
        <p className={styles.kicker}>
          Lesson {lesson.order} of {lessons.length}
        </p>
        <h1>{lesson.title}</h1>
        <p className={styles.summary}>{lesson.summary}</p>
        <Content components={mdxComponents} />
        <LessonPager {...lessonNeighbours(lessons, lesson.slug)} />
      </article>
    </div>
  );
}
