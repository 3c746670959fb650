import { z } from 'zod';

/** Frontmatter every lesson file must carry (YAML between `---` lines). */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(3, 'must be at least 3 characters'),
    summary: z.string().trim().min(10, 'must be at least 10 characters').max(240, 'must be at most 240 characters'),
  })
  .strict();

/** Validated lesson frontmatter. */
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** content/course.json: the course order, as a list of lesson slugs. */
export const courseSchema = z
  .object({
    lessons: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug')).min(1),
  })
  .strict();

/** Validated course file. */
export type Course = z.infer<typeof courseSchema>;
