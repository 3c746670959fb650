// `heaplab check-content`: proves the course content. Every lesson file is validated (frontmatter,
// course order), and every runnable example (a ```python block followed by its recorded
// "Output (CPython X.Y)" block) runs on the simulator for each version named, and must print
// exactly what real CPython printed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, loadLessons } from '../../content/index';
import { bodyLineOffset, extractExamples, type LessonExample } from '../../content/examples';
import { run, type ProfileName } from '../../pysim/index';

const PROFILES: readonly string[] = ['3.11', '3.12', '3.13', '3.14'];

/** Every runnable example of every lesson, in course order. Throws ContentError on a malformed lesson. */
export function collectLessonExamples(contentDir: string): LessonExample[] {
  const examples: LessonExample[] = [];
  for (const lesson of loadLessons(contentDir)) {
    const source = readFileSync(path.resolve(lesson.file), 'utf8');
    examples.push(...extractExamples(lesson.file, lesson.body, bodyLineOffset(source, lesson.body)));
  }
  return examples;
}

/** First differing line of two outputs, for a short message. */
function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `line ${i + 1}: expected ${JSON.stringify(e[i] ?? '')}, simulator printed ${JSON.stringify(a[i] ?? '')}`;
  }
  return 'outputs differ';
}

/** Runs the command; returns the exit status. */
export function cmdCheckContent(argv: string[]): number {
  const contentDir = path.resolve(argv.find((a) => !a.startsWith('--')) ?? 'content');
  let examples: LessonExample[];
  try {
    examples = collectLessonExamples(contentDir);
  } catch (err) {
    if (err instanceof ContentError) {
      process.stderr.write(`check-content: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  let failures = 0;
  let runs = 0;
  for (const ex of examples) {
    if (ex.versions.length === 0) {
      process.stderr.write(`${ex.file}:${ex.outputLine}: the output block of ${ex.title} names no CPython version (title="Output (CPython 3.12)")\n`);
      failures++;
      continue;
    }
    for (const version of ex.versions) {
      if (!PROFILES.includes(version)) {
        process.stderr.write(`${ex.file}:${ex.outputLine}: ${ex.title}: heaplab has no profile for CPython ${version}\n`);
        failures++;
        continue;
      }
      runs++;
      const r = run(ex.code, { profile: version as ProfileName, filename: ex.title });
      if (r.stdout !== ex.expected || r.outcome === 'internal-error') {
        failures++;
        process.stderr.write(`${ex.file}:${ex.line}: ${ex.title} on ${version}: ${firstDifference(ex.expected, r.stdout)}\n`);
        if (r.stderr) process.stderr.write(r.stderr.replace(/^/gm, '    '));
      }
    }
  }
  const lessons = new Set(examples.map((e) => e.file)).size;
  process.stdout.write(`check-content: ${examples.length} examples in ${lessons} lessons, ${runs} runs, ${failures} failing\n`);
  return failures ? 1 : 0;
}
