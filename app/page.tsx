import Link from 'next/link';
import { LessonList } from '@/components/course/LessonList';
import { loadLessons } from '@/lib/content';
import styles from './page.module.css';

export default function HomePage() {
  const lessons = loadLessons();
  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <div>
          <p className={styles.eyebrow}>A course on CPython memory</p>
          <h1 id="home-title" className={styles.title}>
            See what Python does with your objects.
          </h1>
          <p className={styles.lead}>
            heaplab is a self-paced tutorial on how CPython manages memory: names and objects,
            reference counts, the cyclic garbage collector and the small-object allocator. Read
            a lesson, run Python in the page, and watch the heap, with the numbers real
            CPython prints.
          </p>
          <div className={styles.actions}>
            <Link href={`/lessons/${lessons[0].slug}`} className={styles.primary}>
              Start the course
            </Link>
            <Link href="/playground" className={styles.secondary}>
              Open the playground
            </Link>
          </div>
        </div>
        <figure className={styles.demo}>
          <pre aria-label="Example Python program and its output">
            <code>{`a = 257\nb = 257\nprint(a is b)   # True\n\nc = int('257')\nd = int('257')\nprint(c is d)   # False`}</code>
          </pre>
          <figcaption>
            Same value, different answers. The first lesson explains why, and what <code>is</code> really
            compares.
          </figcaption>
        </figure>
      </section>

      <section className={styles.features} aria-label="What heaplab offers">
        <div className={styles.feature}>
          <h2>Lessons you can run</h2>
          <p>Short lessons whose every example output was recorded from real CPython 3.12.</p>
        </div>
        <div className={styles.feature}>
          <h2>An editor in the page</h2>
          <p>Write Python in a full code editor, right in your browser. Nothing is sent to a server.</p>
        </div>
        <div className={styles.feature}>
          <h2>Exact numbers</h2>
          <p>Reference counts, ids, sizes and collector results that match CPython, not approximations.</p>
        </div>
      </section>

      <section className={styles.course} aria-labelledby="course-title">
        <h2 id="course-title">The course</h2>
        <LessonList lessons={lessons} />
      </section>
    </>
  );
}
