// Models the source lines and position markers (`^^^^`, `~~~^~~~`) of a traceback entry:
// Python/traceback.c's tb_displayline (CPython 3.11 and 3.12, printed from C) and
// Lib/traceback.py's StackSummary.format_frame_summary (CPython 3.13 and 3.14).
import type * as A from '../parser/ast';
import { parse } from '../parser/index';

/** Where an entry's instruction sits in the source: 1-based lines, 0-based character columns. */
export interface CaretPos {
  lineno: number;
  end_lineno: number;
  col: number;
  end_col: number;
}

/** Which printer a version uses: 'c' (3.11, 3.12: Python/traceback.c), 'py' (3.13+: Lib/traceback.py). */
export type CaretStyle = 'c' | 'py';

/** The source text (and marker lines) printed under `  File "…", line N, in f` for one entry. */
export function formatEntrySource(style: CaretStyle, lines: readonly string[], lineno: number, pos: CaretPos | null): string {
  return style === 'c' ? tb_displayline(lines, lineno, pos) : format_frame_summary(lines, lineno, pos);
}

// ------------------------------------------------------------------ Python/traceback.c (3.11, 3.12)

const isWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

/** A segment's one statement, or null when it does not parse to exactly one (the parser's errors included). */
function parseOne(text: string): A.Stmt | null {
  try {
    const mod = parse(text, '<traceback>');
    return mod.body.length === 1 ? mod.body[0] : null;
  } catch {
    return null;
  }
}

/** extract_anchors_from_line: [left_end, right_start, primary, secondary] for a BinOp or Subscript segment. */
export function extract_anchors_from_line(segment: string): [number, number, string, string] | null {
  const st = parseOne(segment);
  if (st === null || st.kind !== 'Expr') return null;
  const expr = st.value;
  if (expr.kind === 'BinOp') {
    let left = -1, right = -1, primary = '^', secondary = '^';
    for (let i = expr.left.end_col_offset; i < expr.right.col_offset; i++) {
      if (isWs(segment[i])) continue;
      left = i;
      right = i + 1;
      // a two-character operator (e.g. //)
      if (i + 1 < expr.right.col_offset && !isWs(segment[i + 1])) right++;
      // keep going if the current char is a ')'
      if (i + 1 < expr.right.col_offset && segment[i] === ')') continue;
      primary = '~';
      secondary = '^';
      break;
    }
    return [left, right, primary, secondary];
  }
  if (expr.kind === 'Subscript') {
    let left = expr.value.end_col_offset;
    let right = expr.slice.end_col_offset + 1;
    const n = segment.length;
    while (left < n && segment[left] !== '[') left++;
    while (right < n && segment[right] !== ']') right++;
    if (right < n) right++;
    return [left, right, '~', '^'];
  }
  return null;
}

/** tb_displayline's source part: the stripped line, then the carets unless they would span the whole line. */
function tb_displayline(lines: readonly string[], lineno: number, pos: CaretPos | null): string {
  const raw = lines[lineno - 1];
  if (raw === undefined) return '';
  const line = raw.replace(/[\s]+$/, '');
  let indent = 0;
  while (indent < line.length && isWs(line[indent])) indent++;
  if (indent === line.length) return '';
  let out = '    ' + line.slice(indent) + '\n';
  if (pos === null || pos.lineno !== lineno) return out;
  const start = pos.col;
  let end = pos.end_col;
  let leftEnd = -1, rightStart = -1, primary = '^', secondary = '^';
  if (pos.lineno === pos.end_lineno) {
    const a = extract_anchors_from_line(line.slice(start, end));
    if (a !== null) {
      leftEnd = a[0] + start;
      rightStart = a[1] + start;
      primary = a[2];
      secondary = a[3];
    }
  } else {
    // a multi-line instruction is highlighted up to the line's last non-whitespace character
    end = line.length;
  }
  // elide the indicators if the primary character spans the whole (stripped) line
  const special = leftEnd !== -1 || rightStart !== -1;
  if (end - start === line.length - indent && !special) return out;
  let carets = '';
  for (let offset = indent - 4 + 1; offset <= end; offset++) {
    if (offset <= start) carets += ' ';
    else if (special && leftEnd < offset && offset <= rightStart) carets += secondary;
    else carets += primary;
  }
  out += carets + '\n';
  return out;
}

// ------------------------------------------------------------------ Lib/traceback.py (3.13, 3.14)

/** textwrap.dedent: removes the whitespace prefix common to the non-blank lines; blank lines become empty. */
export function dedent(text: string): string {
  const ls = text.split('\n');
  let margin: string | null = null;
  for (const l of ls) {
    if (l.trim() === '') continue;
    const ind = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = ind;
    else {
      let i = 0;
      while (i < margin.length && i < ind.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return ls.map((l) => (l.trim() === '' ? '' : l.slice(margin?.length ?? 0))).join('\n');
}

interface Anchors {
  left_end_lineno: number;
  left_end_offset: number;
  right_start_lineno: number;
  right_start_offset: number;
  primary_char: string;
  secondary_char: string;
}

/** Lib/traceback.py's assert, inside `with suppress(Exception)`. */
class AnchorFailure extends Error {}

/** _extract_caret_anchors_from_line_segment: the operator of a BinOp, the brackets of a Subscript or Call. */
export function _extract_caret_anchors_from_line_segment(segment: string): Anchors | null {
  const st = parseOne(`(\n${segment}\n)`);
  if (st === null || st.kind !== 'Expr') return null;
  const lines = segment.split(/\r\n|\r|\n/);
  if (segment.endsWith('\n')) lines.pop();
  const next_valid_char = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno].length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < lines[lineno].length)) throw new AnchorFailure();
    return [lineno, col];
  };
  const increment = (lineno: number, col: number) => next_valid_char(lineno, col + 1);
  const nextline = (lineno: number) => next_valid_char(lineno + 1, 0);
  const increment_until = (lineno: number, col: number, stop: (c: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[lineno][col];
      if (ch === '\\' || ch === '#') [lineno, col] = nextline(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else break;
    }
    return [lineno, col];
  };
  const setup_positions = (e: A.Expr, force_valid = true): [number, number] => {
    const lineno = e.end_lineno - 2;
    const col = e.end_col_offset;
    return force_valid ? next_valid_char(lineno, col) : [lineno, col];
  };
  const mk = (l1: number, c1: number, l2: number, c2: number): Anchors => ({
    left_end_lineno: l1, left_end_offset: c1, right_start_lineno: l2, right_start_offset: c2, primary_char: '~', secondary_char: '^',
  });
  const expr = st.value;
  try {
    if (expr.kind === 'BinOp') {
      let [lineno, col] = setup_positions(expr.left);
      [lineno, col] = increment_until(lineno, col, (x) => !/\s/.test(x) && x !== ')');
      let right_col = col + 1;
      const ch = lines[lineno][right_col];
      if (
        right_col < lines[lineno].length &&
        (expr.right.lineno - 2 > lineno || right_col < expr.right.col_offset) &&
        !/\s/.test(ch) && ch !== '\\' && ch !== '#'
      ) right_col++;
      return mk(lineno, col, lineno, right_col);
    }
    if (expr.kind === 'Subscript' || expr.kind === 'Call') {
      const [l1, c1] = setup_positions(expr.kind === 'Subscript' ? expr.value : expr.func);
      const [left_lineno, left_col] = increment_until(l1, c1, (x) => x === (expr.kind === 'Subscript' ? '[' : '('));
      const [right_lineno, right_col] = setup_positions(expr, false);
      return mk(left_lineno, left_col, right_lineno, right_col);
    }
  } catch (e) {
    if (e instanceof AnchorFailure || e instanceof TypeError) return null;
    throw e;
  }
  return null;
}

/** StackSummary._should_show_carets. */
function _should_show_carets(start: number, end: number, all_lines: string[], anchors: Anchors | null): boolean {
  const st = parseOne(all_lines.join('\n'));
  // ast.parse of the lines: `return f(...)` or `name = f(...)` spanning all of them shows no carets
  let value: A.Expr | null = null;
  if (st !== null) {
    if (st.kind === 'Return' && st.value?.kind === 'Call' && st.value.func.kind === 'Name') value = st.value;
    if (st.kind === 'Assign' && st.value.kind === 'Call' && st.targets.length === 1 && st.targets[0].kind === 'Name') value = st.value;
  }
  if (value !== null && value.lineno === 1 && value.end_lineno === all_lines.length && value.col_offset === start && value.end_col_offset === end) return false;
  if (anchors) return true;
  return all_lines[0].slice(0, start).trim() !== '' || all_lines[all_lines.length - 1].slice(end).trimEnd() !== '';
}

/** StackSummary.format_frame_summary's source part (no colour, no locals). */
function format_frame_summary(lines: readonly string[], lineno: number, pos: CaretPos | null): string {
  const endLineno = pos !== null && pos.lineno === lineno ? pos.end_lineno : lineno;
  const orig: string[] = [];
  for (let l = lineno; l <= endLineno; l++) orig.push((lines[l - 1] ?? '').trimEnd());
  const original = orig.join('\n') + '\n';
  const dedented = dedent(original);
  if (dedented.trim() === '') return '';
  if (pos === null || pos.lineno !== lineno) return '    ' + orig[0].trim() + '\n';
  const first_line = orig[0];
  const last_line = orig[endLineno - lineno];
  const all_lines = dedented.split('\n').slice(0, endLineno - lineno + 1);
  const dedent_characters = first_line.length - all_lines[0].length;
  const start = Math.max(0, Math.min(pos.col, first_line.length) - dedent_characters);
  const end = Math.max(0, Math.min(pos.end_col, last_line.length) - dedent_characters);
  let segment = all_lines.join('\n');
  segment = segment.slice(start, segment.length - (all_lines[all_lines.length - 1].length - end));
  const anchors = _extract_caret_anchors_from_line_segment(segment);
  const show = _should_show_carets(start, end, all_lines, anchors);
  const significant = new Set<number>([0, all_lines.length - 1]);
  let leftEnd = 0, rightStart = 0, primary = '^', secondary = '^';
  if (anchors) {
    leftEnd = anchors.left_end_offset + (anchors.left_end_lineno === 0 ? start : 0);
    rightStart = anchors.right_start_offset + (anchors.right_start_lineno === 0 ? start : 0);
    primary = anchors.primary_char;
    secondary = anchors.secondary_char;
    for (const l of [anchors.left_end_lineno, anchors.right_start_lineno]) for (let k = l - 1; k <= l + 1; k++) significant.add(k);
  }
  significant.delete(-1);
  significant.delete(all_lines.length);
  const result: string[] = [];
  const output_line = (ln: number) => {
    const text = all_lines[ln];
    result.push(text + '\n');
    if (!show) return;
    const spaces = text.length - text.trimStart().length;
    const n = ln === all_lines.length - 1 ? end : text.length;
    let carets = '';
    for (let col = 0; col < n; col++) {
      if (col < spaces || (ln === 0 && col < start)) carets += ' ';
      else if (
        anchors &&
        (ln > anchors.left_end_lineno || (ln === anchors.left_end_lineno && col >= leftEnd)) &&
        (ln < anchors.right_start_lineno || (ln === anchors.right_start_lineno && col < rightStart))
      ) carets += secondary;
      else carets += primary;
    }
    result.push(carets + '\n');
  };
  const sig = [...significant].sort((a, b) => a - b);
  sig.forEach((ln, i) => {
    if (i) {
      const diff = ln - sig[i - 1];
      if (diff === 2) output_line(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    output_line(ln);
  });
  // textwrap.indent(textwrap.dedent(...), '    ', lambda line: True)
  const body = dedent(result.join(''));
  return body.split('\n').slice(0, -1).map((l) => '    ' + l + '\n').join('');
}
