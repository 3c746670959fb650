// Public API of lib/content: load, validate and order lessons; compile their MDX.
export { loadLessons, parseLesson, findLesson, lessonNeighbours, defaultContentDir } from './lessons';
export type { Lesson, LessonNeighbours } from './lessons';
export { lessonFrontmatterSchema, courseSchema } from './schema';
export type { LessonFrontmatter, Course } from './schema';
export { ContentError } from './errors';
