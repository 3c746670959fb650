import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError, contentErrorFromZod } from './errors';
import { courseSchema, lessonFrontmatterSchema, type LessonFrontmatter } from './schema';

/** One lesson file, validated, in its place in the course. */
export interface Lesson extends LessonFrontmatter {
  /** File name without `.mdx`; also the URL segment under /lessons/. */
  slug: string;
  /** 1-based position in content/course.json. */
  order: number;
  /** Path of the source file relative to the content root's parent (for messages). */
  file: string;
  /** MDX body without the frontmatter. */
  body: string;
}

/** Previous and next lessons around one lesson, in course order. */
export interface LessonNeighbours {
  previous: Pick<Lesson, 'slug' | 'title'> | null;
  next: Pick<Lesson, 'slug' | 'title'> | null;
}

/** Default content root: `<project>/content`. */
export const defaultContentDir = path.join(process.cwd(), 'content');

function relative(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function readCourse(contentDir: string): string[] {
  const file = path.join(contentDir, 'course.json');
  const shown = relative(file);
  if (!existsSync(file)) throw new ContentError(shown, 'is missing: it must list the lesson slugs in course order');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ContentError(shown, `is not valid JSON (${(err as Error).message})`);
  }
  const parsed = courseSchema.safeParse(raw);
  if (!parsed.success) throw contentErrorFromZod(shown, parsed.error);
  const seen = new Set<string>();
  parsed.data.lessons.forEach((slug, i) => {
    if (seen.has(slug)) throw new ContentError(shown, `lists "${slug}" twice`, `lessons.${i}`);
    seen.add(slug);
  });
  return parsed.data.lessons;
}

/** Parses and validates one lesson file's text. Throws ContentError naming the file and field. */
export function parseLesson(file: string, source: string, slug: string, order: number): Lesson {
  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsed = matter(source);
    data = parsed.data;
    body = parsed.content;
  } catch (err) {
    throw new ContentError(file, `has malformed frontmatter (${(err as Error).message.split('\n')[0]})`);
  }
  if (Object.keys(data).length === 0) {
    throw new ContentError(file, 'has no frontmatter: start the file with --- title: … summary: … ---');
  }
  const fm = lessonFrontmatterSchema.safeParse(data);
  if (!fm.success) throw contentErrorFromZod(file, fm.error);
  if (body.trim() === '') throw new ContentError(file, 'has an empty body');
  return { ...fm.data, slug, order, file, body };
}

/**
 * Loads every lesson in `<contentDir>/lessons/*.mdx`, validated, in the order of
 * `<contentDir>/course.json`. A lesson file missing from the course, or a course slug
 * without a file, is an error naming the file.
 */
export function loadLessons(contentDir: string = defaultContentDir): Lesson[] {
  const order = readCourse(contentDir);
  const lessonsDir = path.join(contentDir, 'lessons');
  const courseFile = relative(path.join(contentDir, 'course.json'));
  const files = existsSync(lessonsDir) ? readdirSync(lessonsDir).filter((f) => f.endsWith('.mdx')) : [];
  const slugs = new Set(files.map((f) => f.slice(0, -'.mdx'.length)));

  for (const slug of slugs) {
    if (!order.includes(slug)) {
      throw new ContentError(
        relative(path.join(lessonsDir, `${slug}.mdx`)),
        `is not listed in ${courseFile}: add "${slug}" to its "lessons" array`,
      );
    }
  }
  return order.map((slug, i) => {
    const file = path.join(lessonsDir, `${slug}.mdx`);
    if (!slugs.has(slug)) {
      throw new ContentError(courseFile, `lists "${slug}" but ${relative(file)} does not exist`, `lessons.${i}`);
    }
    return parseLesson(relative(file), readFileSync(file, 'utf8'), slug, i + 1);
  });
}

/** Finds one lesson by slug, or undefined. */
export function findLesson(lessons: readonly Lesson[], slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}

/** The lessons before and after `slug` in course order. */
export function lessonNeighbours(lessons: readonly Lesson[], slug: string): LessonNeighbours {
  const i = lessons.findIndex((l) => l.slug === slug);
  if (i < 0) return { previous: null, next: null };
  const pick = (l: Lesson | undefined) => (l ? { slug: l.slug, title: l.title } : null);
  return { previous: pick(lessons[i - 1]), next: pick(lessons[i + 1]) };
}
