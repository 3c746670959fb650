// Models Parser/string_parser.c and the f-string/concatenation parts of Parser/action_helpers.c
// (CPython 3.12): string literal decoding, implicit concatenation and f-string replacement fields.

import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from './ast';
import { PySyntaxError } from './errors';
import { SourceLines, type Token } from './tokenizer';

/** Parses the expression of an f-string replacement field spanning src[from, to). */
export type FieldParser = (from: number, to: number) => { expr: Expr; stop: number };

interface Piece { lit: true; value: string; s: number; e: number }
type Part = Piece | FormattedValue;

/** Converts absolute offsets to positions and raises positioned errors. */
export class StringContext {
  constructor(readonly src: string, readonly lines: SourceLines, readonly parseField: FieldParser) {}
  /** 1-based line and 0-based column of source offset `k`. */
  pos(k: number): [number, number] {
    const st = this.lines.starts;
    let lo = 0, hi = st.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (st[mid] <= k) lo = mid; else hi = mid - 1; }
    return [lo + 1, this.lines.cpCol(lo + 1, k - st[lo])];
  }
  span(s: number, e: number): Pos {
    const [l, c] = this.pos(s); const [el, ec] = this.pos(e);
    return { lineno: l, col_offset: c, end_lineno: el, end_col_offset: ec };
  }
  error(msg: string, s: number, e = s + 1): never {
    const [l, c] = this.pos(s); const [el, ec] = this.pos(e);
    throw new PySyntaxError('SyntaxError', msg, l, c + 1, el, ec + 1, this.lines.line(l));
  }
  unsupported(what: string, s: number, e: number): never {
    const [l, c] = this.pos(s); const [el, ec] = this.pos(e);
    throw new PySyntaxError('SyntaxError', `heaplab does not simulate ${what} yet`, l, c + 1, el, ec + 1, this.lines.line(l), true);
  }
}

/** Receives "invalid escape sequence" SyntaxWarnings while a parse() with onWarning runs. */
let escapeWarning: StringWarning | null = null;

/** A string-literal warning: the line where the literal's token starts, the line of the offending escape, the message. */
export type StringWarning = (tokenLine: number, escapeLine: number, message: string) => void;

/** Runs `fn` with `warn` receiving the string decoder's warnings; returns its result. */
export function withStringWarnings<T>(warn: StringWarning | null, fn: () => T): T {
  const prev = escapeWarning;
  escapeWarning = warn;
  try {
    return fn();
  } finally {
    escapeWarning = prev;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes the escape at src[k] (a backslash); returns [text, next index]. */
function decodeEscape(ctx: StringContext, k: number, bytes: boolean, lit: Literal): [string, number] {
  const tokStart = lit.bodyStart;
  const src = ctx.src;
  const c = src[k + 1];
  if (c === undefined) return ['\\', k + 1];
  if (c === '\r' && src[k + 2] === '\n') return ['', k + 3];
  if (c in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[c], k + 2];
  if (c >= '0' && c <= '7') {
    let j = k + 1, v = 0;
    while (j < k + 4 && src[j] >= '0' && src[j] <= '7') { v = v * 8 + (src.charCodeAt(j) - 48); j++; }
    return [String.fromCharCode(bytes ? v & 0xff : v), j];
  }
  const hexLen = c === 'x' ? 2 : !bytes && c === 'u' ? 4 : !bytes && c === 'U' ? 8 : 0;
  if (hexLen) {
    const h = src.slice(k + 2, k + 2 + hexLen);
    if (h.length < hexLen || !/^[0-9a-fA-F]+$/.test(h)) {
      const kind = bytes ? 'bytes: ' : '(unicode error) \'unicodeescape\' codec can\'t decode bytes in position ';
      const name = c === 'x' ? '\\xXX' : c === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
      const msg = bytes ? `(value error) invalid \\x escape at position ${k - tokStart}` : `${kind}${k - tokStart}-${k - tokStart + 1 + h.replace(/[^0-9a-fA-F].*$/, '').length}: truncated ${name} escape`;
      ctx.error(msg, lit.tok.start, lit.tok.start + lit.tok.value.length);
    }
    const v = parseInt(h, 16);
    if (v > 0x10ffff) ctx.error(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${k - tokStart}-${k - tokStart + 9}: illegal Unicode character`, lit.tok.start, lit.tok.start + lit.tok.value.length);
    return [String.fromCodePoint(v), k + 2 + hexLen];
  }
  if (!bytes && c === 'N') ctx.unsupported('`\\N{...}` escapes', k, k + 2);
  // warn_invalid_escape_sequence: 3.12/3.13 report the line where the string token starts, 3.14 the escape's own line
  if (escapeWarning !== null) escapeWarning(ctx.pos(lit.tok.start)[0], ctx.pos(k)[0], `invalid escape sequence '\\${c}'`);
  return ['\\' + c, k + 2];
}

interface Literal { prefix: string; bodyStart: number; bodyEnd: number; tok: Token }

function splitToken(tok: Token): Literal {
  const v = tok.value;
  let p = 0;
  while (v[p] !== '"' && v[p] !== "'") p++;
  const q = v[p];
  const ql = v.startsWith(q.repeat(3), p) && v.length - p >= 6 ? 3 : 1;
  return { prefix: v.slice(0, p).toLowerCase(), bodyStart: tok.start + p + ql, bodyEnd: tok.start + v.length - ql, tok };
}

/** Decodes a plain (non-f) literal body. */
function decodePlain(ctx: StringContext, lit: Literal, bytes: boolean): string {
  const src = ctx.src;
  if (lit.prefix.includes('r')) return src.slice(lit.bodyStart, lit.bodyEnd).replace(/\r\n/g, '\n');
  let out = '';
  let k = lit.bodyStart;
  while (k < lit.bodyEnd) {
    const bs = src.indexOf('\\', k);
    // the source's own CRLF line ends become \n; an escaped "\r\n" stays two characters
    if (bs < 0 || bs >= lit.bodyEnd) { out += src.slice(k, lit.bodyEnd).replace(/\r\n/g, '\n'); break; }
    out += src.slice(k, bs).replace(/\r\n/g, '\n');
    const [t, nk] = decodeEscape(ctx, bs, bytes, lit);
    out += t; k = nk;
  }
  return out;
}

/** Parses the body of one f-string (or a format spec) from `k`; stops at `end` or, in a spec, at `}`. */
function fstringBody(ctx: StringContext, k: number, end: number, raw: boolean, inSpec: boolean, out: Part[], L: Literal, depth = 0): number {
  const src = ctx.src;
  let lit = '';
  let litStart = k;
  const flush = (e: number) => {
    if (lit || e > litStart) out.push({ lit: true, value: lit, s: litStart, e });
    lit = '';
  };
  while (k < end) {
    const ch = src[k];
    if (ch === '{') {
      if (src[k + 1] === '{' && !inSpec) { lit += '{'; k += 2; continue; }
      flush(k);
      k = field(ctx, k, end, raw, out, L, depth);
      litStart = k;
      continue;
    }
    if (ch === '}') {
      if (inSpec) break;
      if (src[k + 1] === '}') { lit += '}'; k += 2; continue; }
      ctx.error("f-string: single '}' is not allowed", k, k);
    }
    if (ch === '\\' && !raw) {
      const [t, nk] = decodeEscape(ctx, k, false, L);
      lit += t; k = nk; continue;
    }
    if (ch === '\r' && src[k + 1] === '\n') { k++; continue; }
    lit += ch; k++;
  }
  flush(k);
  return k;
}

/** Parses one replacement field starting at the `{` at `k`; returns the index after its `}`. */
function field(ctx: StringContext, k: number, end: number, raw: boolean, out: Part[], lit: Literal, depth: number): number {
  const src = ctx.src;
  const open = k;
  const { expr, stop } = ctx.parseField(k + 1, end);
  let j = stop;
  let conversion = -1;
  let debug: Piece | null = null;
  if (src[j] === '=') {
    j++;
    while (src[j] === ' ' || src[j] === '\t' || src[j] === '\n' || src[j] === '\r') j++;
    debug = { lit: true, value: src.slice(k + 1, j), s: k + 1, e: j };
  }
  if (src[j] === '!') {
    const c = src[j + 1];
    if (j + 1 >= end || c === '}' || c === ':') ctx.error('f-string: missing conversion character', j + 1, j + 2);
    if (c === ' ' || c === '\t') ctx.error('f-string: conversion type must come right after the exclamanation mark', j + 1, j + 2);
    let w = j + 1;
    while (w < end && /[\p{L}\p{N}_]/u.test(src[w])) w++;
    const name = src.slice(j + 1, w);
    if (name !== 's' && name !== 'r' && name !== 'a') {
      ctx.error(`f-string: invalid conversion character '${name || c}': expected 's', 'r', or 'a'`, j + 1, (w > j + 1 ? w : j + 2));
    }
    conversion = name.charCodeAt(0);
    j = w;
    if (j >= end) ctx.error("f-string: expecting '}'", j - 1, j - 1);
    while (src[j] === ' ' || src[j] === '\t') j++;
    if (src[j] !== ':' && src[j] !== '}') ctx.error("f-string: expecting ':' or '}'", j, j + 1);
  }
  let spec: JoinedStr | null = null;
  if (src[j] === ':') {
    if (depth >= 2) ctx.error('f-string: expressions nested too deeply', j, j);
    const parts: Part[] = [];
    const se = fstringBody(ctx, j + 1, end, raw, true, parts, lit, depth + 1);
    const values = mergeParts(ctx, parts, true);
    spec = { kind: 'JoinedStr', values, ...ctx.span(j, se) };
    j = se;
  }
  if (src[j] !== '}') {
    if (j >= end) ctx.error("f-string: expecting '}'", open, open + 1);
    ctx.error("f-string: expecting '}'", j, j + 1);
  }
  j++;
  if (debug) {
    out.push(debug);
    if (conversion === -1 && !spec) conversion = 114;
  }
  out.push({ kind: 'FormattedValue', value: expr, conversion, format_spec: spec, ...ctx.span(open, j) });
  return j;
}

/** Merges adjacent literal pieces into Constants (dropping empty ones), as CPython does. */
function mergeParts(ctx: StringContext, parts: Part[], spec: boolean): (Constant | FormattedValue)[] {
  const values: (Constant | FormattedValue)[] = [];
  let cur: Piece | null = null;
  const flush = () => {
    if (cur && cur.value !== '') values.push({ kind: 'Constant', value: cur.value, ...ctx.span(cur.s, cur.e) });
    cur = null;
  };
  for (const p of parts) {
    if ('lit' in p) {
      if (cur) cur = { lit: true, value: cur.value + p.value, s: cur.s, e: p.e };
      else cur = { ...p };
    } else { flush(); values.push(p); }
  }
  flush();
  if (spec && values.length && values[values.length - 1].kind === 'FormattedValue') {
    const last = values[values.length - 1];
    values.push({ kind: 'Constant', value: '', lineno: last.end_lineno, col_offset: last.end_col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset });
  }
  return values;
}

/** Builds the Constant or JoinedStr for a run of adjacent STRING tokens (implicit concatenation). */
export function concatenateStrings(ctx: StringContext, toks: Token[], after: Token): Constant | JoinedStr {
  const lits = toks.map(splitToken);
  const first = toks[0], last = toks[toks.length - 1];
  const pos: Pos = { lineno: first.lineno, col_offset: first.col, end_lineno: last.end_lineno, end_col_offset: last.end_col };
  const nb = lits.filter((l) => l.prefix.includes('b')).length;
  if (nb && nb !== lits.length) {
    // CPython reports this at the token after the strings
    throw new PySyntaxError('SyntaxError', 'cannot mix bytes and nonbytes literals', after.lineno, after.col + 1, after.end_lineno, after.end_col + 1, ctx.lines.line(after.lineno));
  }
  if (nb) {
    let s = '', nonEmpty = 0;
    for (const l of lits) {
      if (/[^\u0000-\u007f]/u.test(ctx.src.slice(l.bodyStart, l.bodyEnd))) { // eslint-disable-line no-control-regex
        ctx.error('bytes can only contain ASCII literal characters', l.tok.start, l.tok.start + l.tok.value.length);
      }
      const body = decodePlain(ctx, l, true);
      if (body !== '') nonEmpty++;
      s += body;
    }
    const bytes = new Uint8Array(s.length);
    for (let k = 0; k < s.length; k++) bytes[k] = s.charCodeAt(k) & 0xff;
    const node: Constant = { kind: 'Constant', value: { bytes }, ...pos };
    if (nonEmpty === 1) node.bytesFromOneToken = lits.length === 1 ? 'alone' : 'concatenated';
    return node;
  }
  if (!lits.some((l) => l.prefix.includes('f'))) {
    const node: Constant = { kind: 'Constant', value: lits.map((l) => decodePlain(ctx, l, false)).join(''), ...pos };
    if (lits[0].tok.value[0] === 'u') node.strKind = 'u';
    return node;
  }
  const parts: Part[] = [];
  for (const l of lits) {
    if (l.prefix.includes('f')) fstringBody(ctx, l.bodyStart, l.bodyEnd, l.prefix.includes('r'), false, parts, l);
    else parts.push({ lit: true, value: decodePlain(ctx, l, false), s: l.tok.start, e: l.tok.start + l.tok.value.length });
  }
  return { kind: 'JoinedStr', values: mergeParts(ctx, parts, false), ...pos };
}
