// What a corpus record keeps of a run's stderr, shared by the oracle (scripts/oracle.mjs), which
// records CPython's, and the corpus tests (lib/pysim/test/corpus.ts), which read the simulator's.

/** A `  File "..."` line with the path cut to the file name. */
function cutPath(line) {
  return line.replace(/^ {2}File "(?:[^"]*\/)?([^"/]*)"/, '  File "$1"');
}

/** Last non-empty line of a stderr text, "" if none. */
export function lastLine(text) {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

/** The `  File "...", line N, in name` lines of the tracebacks in a stderr text, paths cut to file names. */
export function tracebackFrames(text) {
  return text.split('\n').filter((l) => l.startsWith('  File "')).map(cutPath);
}

/** The lines print_exception_recursive writes between chained tracebacks. */
const CHAIN_LINES = [
  'During handling of the above exception, another exception occurred:',
  'The above exception was the direct cause of the following exception:',
];

/** The first line of an exception group's traceback (print_exception_group / TracebackException.format). */
const GROUP_HEADER = '  + Exception Group Traceback (most recent call last):';

/** A `File "..."` line inside an exception group's `| ` gutters with the path cut to the file name. */
function cutGroupPath(line) {
  return line.replace(/^( *\| {3}File ")(?:[^"]*\/)?([^"/]*")/, '$1$2');
}

/**
 * Every line of the traceback blocks of a stderr text: a block is a `Traceback (most recent call
 * last):` line, the indented lines after it (entries, source lines, carets) and the exception line
 * that ends it, and the lines joining chained tracebacks; `  File "..."` paths are cut to file names.
 * An exception group's block is its `  + Exception Group Traceback …` line and every indented line
 * after it (the `| ` gutters, the `+---` frames, the sub-exceptions' tracebacks).
 */
export function tracebackText(text) {
  const out = [];
  let inBlock = false;
  let inGroup = false;
  for (const raw of text.split('\n')) {
    const l = raw.replace(/\r$/, '');
    if (inGroup) {
      if (l.startsWith(' ')) {
        out.push(cutGroupPath(l));
        continue;
      }
      inGroup = false;
    }
    if (CHAIN_LINES.includes(l)) out.push(l);
    else if (l === GROUP_HEADER) {
      inGroup = true;
      out.push(l);
    } else if (l === 'Traceback (most recent call last):') {
      inBlock = true;
      out.push(l);
    } else if (inBlock) {
      out.push(cutPath(l));
      if (!l.startsWith(' ')) inBlock = false;
    }
  }
  return out;
}
