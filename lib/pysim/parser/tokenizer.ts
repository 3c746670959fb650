// Models Parser/tokenizer.c (CPython 3.12): source text to tokens, with INDENT/DEDENT, implicit
// line joining inside brackets, backslash continuation and CPython's tokenizer error messages.
// Columns are counted in characters (code points); CPython counts UTF-8 bytes, equal for ASCII.

import { PySyntaxError } from './errors';

/** Token categories (a subset of Lib/token.py; f-strings are one STRING token). */
export type TokType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'ERRORTOKEN';

/** One token with its 1-based line and 0-based column span. */
export interface Token {
  type: TokType;
  value: string;
  lineno: number;
  col: number;
  end_lineno: number;
  end_col: number;
  /** Source offset of the token start (for strings, used by the f-string parser). */
  start: number;
  /** For ERRORTOKEN: the error the tokenizer raised here (raised when the parser reaches it). */
  error?: PySyntaxError;
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=',
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '//', '/=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~', '!',
];

const OPS3 = new Set(OPERATORS.filter((o) => o.length === 3));
const OPS2 = new Set(OPERATORS.filter((o) => o.length === 2));
const OPS1 = new Set(OPERATORS.filter((o) => o.length === 1));
const OP_CHARS = new Set(OPERATORS.map((o) => o[0]));

const OPEN: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Keywords after which a number may be followed without a space (CPython 3.12 accepts `1if x else y`). */
const NUMBER_SUFFIX_KEYWORDS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

/** Whether `c` may start an identifier. */
export function isIdStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (c > '\x7f' && /[\p{L}\p{Nl}]/u.test(c));
}
/** Whether `c` may continue an identifier. */
export function isIdChar(c: string): boolean {
  return isIdStart(c) || (c >= '0' && c <= '9') || (c > '\x7f' && /[\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(c));
}

const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;

/** Source split into lines, shared by the tokenizer and the error helpers. */
export class SourceLines {
  readonly starts: number[] = [0];
  /** Whether the source has characters outside the BMP (UTF-16 columns then differ from characters). */
  readonly astral: boolean;
  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.starts.push(i + 1);
    this.astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(src);
  }
  /** Converts a UTF-16 column on 1-based line `n` to a column in characters (code points). */
  cpCol(n: number, unitCol: number): number {
    if (!this.astral || unitCol <= 0) return unitCol;
    const s = this.starts[n - 1] ?? 0;
    let c = 0;
    for (let k = 0; k < unitCol; k++, c++) {
      const u = this.src.charCodeAt(s + k);
      if (u >= 0xd800 && u <= 0xdbff && k + 1 < unitCol) k++;
    }
    return c;
  }
  /** The text of 1-based line `n` without its newline. */
  line(n: number): string {
    const s = this.starts[n - 1];
    if (s === undefined) return '';
    const e = n < this.starts.length ? this.starts[n] - 1 : this.src.length;
    return this.src.slice(s, e).replace(/\r$/, '');
  }
}

/** Options for tokenizing a fragment (f-string replacement fields). */
export interface TokenizeOptions {
  /** 1-based line of the first character. */
  lineno?: number;
  /** 0-based column of the first character. */
  col?: number;
  /** Treat the whole input as inside brackets: no NEWLINE/INDENT/DEDENT. */
  fragment?: boolean;
  /** Lines of the complete file, for error texts. */
  lines?: SourceLines;
  /** Tokenize only src[from, to) (absolute offsets are kept in `start`). */
  from?: number;
  to?: number;
  /** f-string replacement field: stop at `}` `!` `:` `=` `:=` outside brackets. */
  fstringField?: boolean;
  /**
   * End the token list with an ERRORTOKEN instead of throwing: CPython's tokenizer is lazy, so a
   * parser error before the tokenizer error wins.
   */
  deferErrors?: boolean;
}

/** Tokenize `src`; tokenizer errors are thrown, or deferred into an ERRORTOKEN (see options). */
export function tokenize(src: string, opts: TokenizeOptions = {}): Token[] {
  const toks: Token[] = [];
  const lines = opts.lines ?? new SourceLines(src);
  try {
    tokenizeInto(src, { ...opts, lines }, toks);
    if (lines.astral) {
      for (const t of toks) { t.col = lines.cpCol(t.lineno, t.col); t.end_col = lines.cpCol(t.end_lineno, t.end_col); }
    }
    return toks;
  } catch (e) {
    if (lines.astral) {
      for (const t of toks) { t.col = lines.cpCol(t.lineno, t.col); t.end_col = lines.cpCol(t.end_lineno, t.end_col); }
    }
    if (!(e instanceof PySyntaxError) || !opts.deferErrors) throw e;
    toks.push({ type: 'ERRORTOKEN', value: '', lineno: e.lineno, col: e.offset - 1, end_lineno: e.lineno, end_col: e.offset, start: -1, error: e });
    return toks;
  }
}

function tokenizeInto(src: string, opts: TokenizeOptions, toks: Token[]): Token[] {
  const lines = opts.lines ?? new SourceLines(src);
  const fragment = !!opts.fragment;
  let i = opts.from ?? 0;
  let line = opts.lineno ?? 1;
  let lineStart = -(opts.col ?? 0); // column = i - lineStart
  if (opts.from !== undefined) {
    let lo = 0, hi = lines.starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lines.starts[mid] <= i) lo = mid; else hi = mid - 1; }
    line = lo + 1; lineStart = lines.starts[lo];
  }
  const n = opts.to ?? src.length;
  const fstringField = !!opts.fstringField;
  const indents: number[] = [0];
  const altIndents: number[] = [0];
  const parens: { ch: string; line: number; col: number }[] = [];
  let atLineStart = !fragment;
  let contLine = false; // previous line ended with a backslash

  const err = (msg: string, l: number, c: number, el = l, ec = c + 1, type: PySyntaxError['type'] = 'SyntaxError'): never => {
    throw new PySyntaxError(type, msg, l, lines.cpCol(l, c) + 1, el, ec > 0 ? lines.cpCol(el, ec - 1) + 1 : ec, lines.line(l));
  };
  const push = (type: TokType, value: string, sl: number, sc: number, start: number) => {
    toks.push({ type, value, lineno: sl, col: sc, end_lineno: line, end_col: i - lineStart, start });
  };
  const newline = () => { line++; lineStart = i; };

  while (true) {
    if (atLineStart) {
      atLineStart = false;
      // measure indentation
      let col = 0, alt = 0, j = i;
      for (; j < n; j++) {
        const c = src[j];
        if (c === ' ') { col++; alt++; }
        else if (c === '\t') { col = (Math.floor(col / 8) + 1) * 8; alt++; }
        else if (c === '\f') { col = 0; alt = 0; }
        else break;
      }
      const c = src[j];
      if (j >= n || c === '\n' || c === '#' || c === '\r') {
        // blank line: no indentation processing
        i = j;
      } else if (!contLine) {
        i = j;
        const top = indents[indents.length - 1];
        if (col > top) {
          if (alt <= altIndents[altIndents.length - 1]) err('inconsistent use of tabs and spaces in indentation', line, 0, line, 0, 'TabError');
          if (indents.length >= 100) err('too many levels of indentation', line, j - lineStart, line, -1, 'IndentationError');
          indents.push(col); altIndents.push(alt);
          toks.push({ type: 'INDENT', value: src.slice(lineStart < 0 ? 0 : lineStart, j), lineno: line, col: 0, end_lineno: line, end_col: j - lineStart, start: j });
        } else if (col < top) {
          while (indents.length > 1 && col < indents[indents.length - 1]) {
            indents.pop(); altIndents.pop();
            toks.push({ type: 'DEDENT', value: '', lineno: line, col: j - lineStart, end_lineno: line, end_col: j - lineStart, start: j });
          }
          if (col !== indents[indents.length - 1]) err('unindent does not match any outer indentation level', line, lines.line(line).length, line, -1, 'IndentationError');
          if (alt !== altIndents[altIndents.length - 1]) err('inconsistent use of tabs and spaces in indentation', line, 0, line, 0, 'TabError');
        } else if (alt !== altIndents[altIndents.length - 1]) {
          err('inconsistent use of tabs and spaces in indentation', line, 0, line, 0, 'TabError');
        }
      } else {
        i = j;
      }
      contLine = false;
    }
    if (i >= n) break;
    const c = src[i];
    const sc = i - lineStart;
    if (c === ' ' || c === '\t' || c === '\f') { i++; continue; }
    if (c === '#') { while (i < n && src[i] !== '\n') i++; continue; }
    if (c === '\r' && src[i + 1] === '\n') { i++; continue; }
    if (c === '\n' || c === '\r') {
      const last = toks[toks.length - 1];
      const blank = !last || last.type === 'NEWLINE' || last.type === 'INDENT' || last.type === 'DEDENT';
      if (!fragment && parens.length === 0 && !blank) {
        i++;
        toks.push({ type: 'NEWLINE', value: '\n', lineno: line, col: sc, end_lineno: line, end_col: sc + 1, start: i - 1 });
      } else i++;
      newline();
      if (!fragment && parens.length === 0) atLineStart = true;
      continue;
    }
    if (c === '\\') {
      let j = i + 1;
      if (src[j] === '\r') j++;
      if (src[j] !== '\n') {
        if (j >= n) err('unexpected EOF while parsing', line, sc + 1, line, -1);
        err('unexpected character after line continuation character', line, sc + 1, line, 0);
      }
      i = j + 1;
      newline();
      if (i >= n) err('unexpected EOF while parsing', line, 0);
      if (!fragment && parens.length === 0) { atLineStart = true; contLine = true; }
      continue;
    }
    // identifiers and string prefixes
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdChar(src[j])) j++;
      const word = src.slice(i, j);
      if ((src[j] === '"' || src[j] === "'") && STRING_PREFIX.test(word)) {
        const sl = line;
        i = scanString(j, word.toLowerCase(), line, sc);
        push('STRING', src.slice(j - word.length, i), sl, sc, j - word.length);
        continue;
      }
      i = j;
      push('NAME', word, line, sc, i - word.length);
      continue;
    }
    if (c === '"' || c === "'") {
      const s = i, sl = line;
      i = scanString(i, '', line, sc);
      push('STRING', src.slice(s, i), sl, sc, s);
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && src[i + 1] >= '0' && src[i + 1] <= '9')) {
      const s = i;
      i = scanNumber(i, sc);
      push('NUMBER', src.slice(s, i), line, sc, s);
      continue;
    }
    // operators
    let op = '';
    if (OP_CHARS.has(c)) {
      const three = src.substr(i, 3);
      if (OPS3.has(three)) op = three;
      else if (OPS2.has(three.slice(0, 2))) op = three.slice(0, 2);
      else if (OPS1.has(c)) op = c;
    }
    if (!op) {
      const cp = src.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      if (cp < 32 || cp === 0x7f || (cp >= 0x80 && cp <= 0xa0) || /\p{C}|\p{Z}/u.test(ch)) err(`invalid non-printable character U+${hex}`, line, sc);
      if (c === '$' || c === '?' || c === '`') err('invalid syntax', line, sc, line, sc + 2);
      err(`invalid character '${ch}' (U+${hex})`, line, sc);
    }
    if (fstringField && parens.length === 0 && (op === '}' || op === '!' || op === ':' || op === '=' || op === ':=')) break;
    if (op === '(' || op === '[' || op === '{') {
      if (parens.length >= 200) err('too many nested parentheses', line, sc);
      parens.push({ ch: op, line, col: sc });
    } else if (op === ')' || op === ']' || op === '}') {
      const top = parens.pop();
      if (!top) err(`${fstringField ? 'f-string: ' : ''}unmatched '${op}'`, line, sc, line, sc + 1);
      else if (top.ch !== OPEN[op]) {
        const where = top.line !== line ? ` on line ${top.line}` : '';
        err(`closing parenthesis '${op}' does not match opening parenthesis '${top.ch}'${where}`, line, sc, line, sc + 1);
      }
    }
    i += op.length;
    push('OP', op, line, sc, i - op.length);
  }
  if (fragment) {
    toks.push({ type: 'ENDMARKER', value: '', lineno: line, col: i - lineStart, end_lineno: line, end_col: i - lineStart, start: i });
    return toks;
  }
  if (parens.length) {
    const p = parens[parens.length - 1];
    err(`'${p.ch}' was never closed`, p.line, p.col, p.line, 0);
  }
  const last = toks[toks.length - 1];
  if (last && last.type !== 'NEWLINE' && last.type !== 'DEDENT' && last.type !== 'INDENT') {
    const col = i - lineStart;
    toks.push({ type: 'NEWLINE', value: '', lineno: line, col, end_lineno: line, end_col: col + 1, start: i });
  }
  // DEDENT and ENDMARKER go on the line after the last one
  const endLine = src.length && src[n - 1] !== '\n' ? line + 1 : line;
  while (indents.length > 1) {
    indents.pop();
    toks.push({ type: 'DEDENT', value: '', lineno: endLine, col: 0, end_lineno: endLine, end_col: 0, start: n });
  }
  toks.push({ type: 'ENDMARKER', value: '', lineno: endLine, col: 0, end_lineno: endLine, end_col: 0, start: n });
  return toks;

  // ---- helpers (hoisted; they share i/line/lineStart through closures)

  /** Scan a string literal whose opening quote is at `q`; returns the index after its end. */
  function scanString(q: number, prefix: string, sl: number, scol: number): number {
    const quote = src[q];
    const triple = src[q + 1] === quote && src[q + 2] === quote;
    const isF = prefix.includes('f');
    let j = q + (triple ? 3 : 1);
    const unterminated = (): never => {
      // a string that runs into EOF just after a newline is detected on the line before
      const at = j >= n && line > sl && src[n - 1] === '\n' ? line - 1 : line;
      if (triple) err(`unterminated triple-quoted string literal (detected at line ${at})`, sl, scol, sl, scol + 1);
      return err(`unterminated string literal (detected at line ${at})`, sl, scol, sl, scol + 1);
    };
    const fields: { brackets: string[]; inSpec: boolean; line: number; col: number }[] = [];
    while (true) {
      if (j >= n) { i = j; return unterminated(); }
      const ch = src[j];
      const top = fields[fields.length - 1];
      if (ch === '\n' || ch === '\r') {
        if (!triple) { i = j; return unterminated(); }
        j++; if (ch === '\r' && src[j] === '\n') j++;
        i = j; newline(); continue;
      }
      if (top && !top.inSpec) {
        if (ch === '"' || ch === "'") {
          let k = j;
          while (k > q && /[rRbBuUfF]/.test(src[k - 1])) k--;
          const pfx = src.slice(k, j);
          const ok = STRING_PREFIX.test(pfx) && !isIdChar(src[k - 1] ?? ' ');
          const qcol = j - lineStart, qline = line, saveStart = lineStart;
          try {
            j = scanString(j, ok ? pfx.toLowerCase() : '', line, j - lineStart);
          } catch (e) {
            if (ch === quote && (!triple || src.startsWith(quote.repeat(3), j))) {
              line = qline; lineStart = saveStart;
              err("f-string: expecting '}'", qline, qcol, qline, qcol + 1);
            }
            throw e;
          }
          continue;
        }
        const col = j - lineStart;
        if (ch === '(' || ch === '[' || ch === '{') top.brackets.push(ch);
        else if (ch === ')' || ch === ']' || ch === '}') {
          const open = top.brackets.pop();
          if (open === undefined) {
            if (ch === '}') fields.pop();
            else err(`f-string: unmatched '${ch}'`, line, col, line, col + 1);
          } else if (open !== OPEN[ch]) {
            err(`closing parenthesis '${ch}' does not match opening parenthesis '${open}'`, line, col, line, col + 1);
          }
        } else if (ch === ':' && top.brackets.length === 0) top.inSpec = true;
        else if (ch === '#' && !triple) err("'{' was never closed", top.line, top.col, top.line, 0);
        j++;
        continue;
      }
      if (ch === '\\') {
        if (src[j + 1] === '\n') { j += 2; i = j; newline(); continue; }
        if (src[j + 1] === '\r' && src[j + 2] === '\n') { j += 3; i = j; newline(); continue; }
        j += src[j + 1] === undefined ? 1 : 2; continue;
      }
      if (isF) {
        if (ch === '{') {
          if (src[j + 1] === '{' && !top) { j += 2; continue; }
          fields.push({ brackets: [], inSpec: false, line, col: j - lineStart }); j++; continue;
        }
        if (ch === '}') {
          if (top) { fields.pop(); j++; continue; }
          j += src[j + 1] === '}' ? 2 : 1; continue;
        }
      }
      if (ch === quote && (!triple || (src[j + 1] === quote && src[j + 2] === quote))) {
        if (top) err("f-string: expecting '}', or format specs", line, j - lineStart, line, j - lineStart + 2);
        return j + (triple ? 3 : 1);
      }
      j++;
    }
  }

  /** Scan a numeric literal starting at `i`; returns the index after it. */
  function scanNumber(s: number, scol: number): number {
    // fast path: plain decimal digits followed by a delimiter
    let f = s;
    while (f < n && src.charCodeAt(f) >= 48 && src.charCodeAt(f) <= 57) f++;
    const nc = f < n ? src[f] : ' ';
    if (f > s && (src[s] !== '0' || f === s + 1) && !isIdChar(nc) && nc !== '.' && nc !== '_') return f;
    const rest = src.slice(s, s + 400);
    let m: RegExpMatchArray | null;
    let j: number;
    let kind = 'decimal';
    if ((m = /^0[xX](?:_?[0-9a-fA-F])+/.exec(rest))) { j = s + m[0].length; kind = 'hexadecimal'; }
    else if ((m = /^0[oO](?:_?[0-7])+/.exec(rest))) { j = s + m[0].length; kind = 'octal'; }
    else if ((m = /^0[bB](?:_?[01])+/.exec(rest))) { j = s + m[0].length; kind = 'binary'; }
    else if (/^0[xXoObB]/.test(rest)) {
      const k = rest[1].toLowerCase() === 'x' ? 'hexadecimal' : rest[1].toLowerCase() === 'o' ? 'octal' : 'binary';
      const d = rest[2];
      if (d === '_') err(`invalid ${k} literal`, line, scol + 2, line, scol + 3);
      if (d !== undefined && /[0-9]/.test(d) && k !== 'hexadecimal') err(`invalid digit '${d}' in ${k} literal`, line, scol + 2, line, scol + 3);
      if (d !== undefined && /[0-9]/.test(d) && k !== 'hexadecimal') err(`invalid digit '${d}' in ${k} literal`, line, scol + 2, line, scol + 3);
      return err(`invalid ${k} literal`, line, scol + 1, line, scol + 2);
    } else {
      m = /^(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/.exec(rest);
      if (!m) return err('invalid decimal literal', line, scol);
      j = s + m[0].length;
      const txt = m[0];
      if (/^0_?\d/.test(txt) && !/[.eEjJ]/.test(txt) && /[1-9]/.test(txt)) {
        err('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', line, scol, line, scol + txt.search(/[1-9]/) + 1);
      }
      if (/[jJ]$/.test(txt)) kind = 'imaginary';
    }
    const after = src[j] ?? '';
    if ((kind === 'binary' || kind === 'octal') && /[0-9]/.test(after)) err(`invalid digit '${after}' in ${kind} literal`, line, j - lineStart, line, j - lineStart + 1);
    if (after === '_' || (after !== '' && isIdChar(after))) {
      const word = /^[A-Za-z_]+/.exec(src.slice(j))?.[0] ?? '';
      if (!NUMBER_SUFFIX_KEYWORDS.some((k) => word.startsWith(k))) {
        // CPython reports the column just after what it consumed (a '_' or an exponent's 'e[+-]')
        let c = j;
        if (after === '_') c++;
        else if ((after === 'e' || after === 'E') && kind === 'decimal' && (src[j + 1] === '+' || src[j + 1] === '-')) c += 2;
        err(`invalid ${kind} literal`, line, c - 1 - lineStart, line, c - lineStart);
      }
    }
    return j;
  }
}
