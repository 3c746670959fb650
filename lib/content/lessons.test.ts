import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { findLesson, lessonNeighbours, loadLessons, parseLesson } from './lessons';

const good = (title: string) => `---\ntitle: ${title}\nsummary: A summary long enough to pass.\n---\n\n# Body\n\nText.\n`;

/** Writes a throwaway content/ tree and returns its path. */
function contentTree(course: unknown, lessons: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'heaplab-content-'));
  mkdirSync(path.join(dir, 'lessons'));
  writeFileSync(path.join(dir, 'course.json'), typeof course === 'string' ? course : JSON.stringify(course));
  for (const [name, text] of Object.entries(lessons)) writeFileSync(path.join(dir, 'lessons', name), text);
  return dir;
}

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('loadLessons', () => {
  it('loads lessons in course.json order with 1-based order numbers', () => {
    const dir = contentTree({ lessons: ['second', 'first'] }, { 'first.mdx': good('First'), 'second.mdx': good('Second') });
    const lessons = loadLessons(dir);
    expect(lessons.map((l) => [l.slug, l.order, l.title])).toEqual([
      ['second', 1, 'Second'],
      ['first', 2, 'First'],
    ]);
    expect(lessons[0].body).toContain('# Body');
    expect(lessons[0].body).not.toContain('title:');
  });

  it('names the file and field when frontmatter is malformed', () => {
    const dir = contentTree({ lessons: ['a'] }, { 'a.mdx': '---\ntitle: 42\nsummary: A summary long enough.\n---\nBody\n' });
    const err = errorOf(() => loadLessons(dir));
    expect(err.file).toMatch(/lessons[/\\]a\.mdx$/);
    expect(err.field).toBe('title');
    expect(err.message).toContain('a.mdx');
    expect(err.message).toContain('"title"');
  });

  it('reports a missing required field', () => {
    const dir = contentTree({ lessons: ['a'] }, { 'a.mdx': '---\ntitle: Only a title\n---\nBody\n' });
    expect(errorOf(() => loadLessons(dir)).field).toBe('summary');
  });

  it('rejects unknown frontmatter keys, naming them', () => {
    const dir = contentTree({ lessons: ['a'] }, { 'a.mdx': '---\ntitle: Title\nsummary: A summary long enough.\nauthor: x\n---\nBody\n' });
    expect(errorOf(() => loadLessons(dir)).field).toBe('author');
  });

  it('rejects a lesson without frontmatter or with broken YAML', () => {
    const none = contentTree({ lessons: ['a'] }, { 'a.mdx': '# Just a body\n' });
    expect(errorOf(() => loadLessons(none)).message).toMatch(/no frontmatter/);
    const broken = contentTree({ lessons: ['a'] }, { 'a.mdx': '---\ntitle: [unclosed\n---\nBody\n' });
    expect(errorOf(() => loadLessons(broken)).message).toMatch(/malformed frontmatter/);
  });

  it('rejects a lesson file that course.json does not list, naming the file', () => {
    const dir = contentTree({ lessons: ['a'] }, { 'a.mdx': good('Alpha'), 'stray.mdx': good('Stray') });
    const err = errorOf(() => loadLessons(dir));
    expect(err.file).toMatch(/stray\.mdx$/);
    expect(err.message).toContain('course.json');
  });

  it('rejects a slug in course.json without a file, naming course.json and the entry', () => {
    const dir = contentTree({ lessons: ['a', 'ghost'] }, { 'a.mdx': good('Alpha') });
    const err = errorOf(() => loadLessons(dir));
    expect(err.file).toMatch(/course\.json$/);
    expect(err.field).toBe('lessons.1');
    expect(err.message).toContain('ghost.mdx');
  });

  it('rejects duplicate, non-kebab and malformed course entries', () => {
    expect(errorOf(() => loadLessons(contentTree({ lessons: ['a', 'a'] }, { 'a.mdx': good('Alpha') }))).field).toBe('lessons.1');
    expect(errorOf(() => loadLessons(contentTree({ lessons: ['Bad Slug'] }, {}))).field).toBe('lessons.0');
    expect(errorOf(() => loadLessons(contentTree('{ not json', {}))).message).toMatch(/not valid JSON/);
    expect(errorOf(() => loadLessons(contentTree({ lesson: [] }, {}))).file).toMatch(/course\.json$/);
  });
});

describe('parseLesson', () => {
  it('rejects an empty body', () => {
    expect(() => parseLesson('x.mdx', '---\ntitle: Title\nsummary: A summary long enough.\n---\n\n', 'x', 1)).toThrow(/empty body/);
  });
});

describe('navigation', () => {
  const dir = contentTree({ lessons: ['one', 'two', 'three'] }, { 'one.mdx': good('One'), 'two.mdx': good('Two'), 'three.mdx': good('Three') });
  const lessons = loadLessons(dir);

  it('finds lessons by slug', () => {
    expect(findLesson(lessons, 'two')?.title).toBe('Two');
    expect(findLesson(lessons, 'nope')).toBeUndefined();
  });

  it('gives previous and next in course order', () => {
    expect(lessonNeighbours(lessons, 'one')).toEqual({ previous: null, next: { slug: 'two', title: 'Two' } });
    expect(lessonNeighbours(lessons, 'two')).toEqual({ previous: { slug: 'one', title: 'One' }, next: { slug: 'three', title: 'Three' } });
    expect(lessonNeighbours(lessons, 'three')).toEqual({ previous: { slug: 'two', title: 'Two' }, next: null });
    expect(lessonNeighbours(lessons, 'nope')).toEqual({ previous: null, next: null });
  });
});

describe('the real course', () => {
  it('loads and validates every lesson in content/', () => {
    const lessons = loadLessons();
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons[0].slug).toBe('names-and-identity');
  });
});
