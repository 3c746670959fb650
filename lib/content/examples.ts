// Finds the runnable examples in a lesson: a ```python block immediately followed (blank lines
// allowed) by a ```text block titled "Output (CPython 3.12)" — or several versions, "Output
// (CPython 3.11, 3.12)". Those outputs are recorded from real CPython by
// `npm run oracle -- --lessons`, and `heaplab check-content` proves the simulator prints them.

/** One runnable lesson example and the output real CPython printed for it. */
export interface LessonExample {
  /** Lesson file, for messages. */
  file: string;
  /** 1-based line of the ```python fence in the file body. */
  line: number;
  /** The block's title="…", or `example N`. */
  title: string;
  /** Python source. */
  code: string;
  /** Expected stdout, exactly as shown (ends with a newline when not empty). */
  expected: string;
  /** CPython versions named in the output block's title, e.g. ['3.12']. */
  versions: string[];
  /** 1-based line of the output block's opening fence (rewritten by the lesson oracle). */
  outputLine: number;
}

interface Fence {
  info: string;
  start: number; // index of the opening fence line
  end: number; // index of the closing fence line
  body: string;
}

const TITLE = /title="([^"]*)"/;

function fences(lines: string[]): Fence[] {
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const ticks = open[1];
    let j = i + 1;
    while (j < lines.length && !(lines[j].startsWith(ticks) && lines[j].trim() === ticks)) j++;
    out.push({ info: open[2].trim(), start: i, end: j, body: lines.slice(i + 1, j).join('\n') });
    i = j;
  }
  return out;
}

/** Extracts every python-with-output example of an MDX body. `lineOffset` maps body lines to file lines. */
export function extractExamples(file: string, body: string, lineOffset = 0): LessonExample[] {
  const lines = body.split('\n');
  const all = fences(lines);
  const examples: LessonExample[] = [];
  for (let k = 0; k + 1 < all.length; k++) {
    const code = all[k];
    const out = all[k + 1];
    if (!/^python\b/.test(code.info) || !/^text\b/.test(out.info)) continue;
    const between = lines.slice(code.end + 1, out.start);
    if (between.some((l) => l.trim() !== '')) continue;
    const outTitle = TITLE.exec(out.info)?.[1] ?? '';
    if (!/^Output\b/.test(outTitle)) continue;
    const versions = outTitle.match(/3\.\d+/g) ?? [];
    examples.push({
      file,
      line: code.start + 1 + lineOffset,
      title: TITLE.exec(code.info)?.[1] ?? `example ${examples.length + 1}`,
      code: code.body + '\n',
      expected: out.body === '' ? '' : out.body + '\n',
      versions,
      outputLine: out.start + 1 + lineOffset,
    });
  }
  return examples;
}

/** Number of lines before the body in a file whose body was cut from `source` (frontmatter). */
export function bodyLineOffset(source: string, body: string): number {
  const at = source.indexOf(body);
  return at <= 0 ? 0 : source.slice(0, at).split('\n').length - 1;
}
