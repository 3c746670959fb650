// Models Python/suggestions.c (3.11, 3.12) and traceback.py's _compute_suggestion_error (3.13+):
// the ". Did you mean: 'print'?" that an uncaught NameError or AttributeError gets when its
// traceback is printed, and 3.12+'s "Did you forget to import 'sys'?" for standard-library names.
import { PyObject, RT } from '../objects/object';
import { PyDict, dictItems } from '../objects/dictobject';
import { PyStr } from '../objects/unicodeobject';
import { PyBaseException, AttributeErrorType, ImportErrorType, NameErrorType } from '../objects/exceptions';
import { STDLIB_MODULE_NAMES } from './stdlib_module_names';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/**
 * What an uncaught NameError or AttributeError needs for its suggestion, taken when it was raised
 * (CPython reads the innermost traceback frame when it prints): the missing name and, for a
 * NameError, the frame's local names, the bound ones, `self`, and the globals and builtins; for an
 * AttributeError, the object (not a reference: it is used only while it is still alive).
 */
export interface SuggestionContext {
  name: string;
  varnames?: string[];
  /** 3.13+'s frame.f_locals: the bound fast locals' names, or the names of a locals dict. */
  boundLocals?: string[];
  locals?: PyDict;
  self?: PyObject | null;
  globals?: PyDict;
  builtins?: PyDict;
  obj?: PyObject;
}

/** substitution_cost: 0 for the same byte, CASE_COST for a case flip, else MOVE_COST. */
function substitution_cost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance with CPython's costs, trimming and early exits; > maxCost means "too far". */
export function levenshtein_distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a.charCodeAt(as) === b.charCodeAt(bs)) { as++; bs++; }
  while (as < ae && bs < be && a.charCodeAt(ae - 1) === b.charCodeAt(be - 1)) { ae--; be--; }
  let aSize = ae - as, bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  let A = a.slice(as, ae), B = b.slice(bs, be);
  if (bSize < aSize) {
    [A, B] = [B, A];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < aSize; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = B.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitution_cost(code, A.charCodeAt(i));
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate within a third of the characters, or null. */
export function calculate_suggestions(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best = Infinity;
  let suggestion: string | null = null;
  for (const item of dir) {
    if (item === name) continue;
    let max = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    max = Math.min(max, best - 1);
    const d = levenshtein_distance(name, item, max);
    if (d > max) continue;
    if (suggestion === null || d < best) {
      suggestion = item;
      best = d;
    }
  }
  return suggestion;
}

function dictNames(d: PyDict | undefined): string[] {
  if (!d) return [];
  const out: string[] = [];
  for (const [k] of dictItems(d)) if (k instanceof PyStr) out.push(k.v);
  return out;
}

/** The minor version the running profile models (11, 12, 13, 14). */
function minor(): number {
  return RT.profile.versionInfo[1];
}

/** The name suggested for a NameError, per version (3.12+: `self.x` when self has that attribute). */
function nameSuggestion(c: SuggestionContext, hasAttr: (o: PyObject, n: string) => boolean): string | null {
  const m = minor();
  const selfAlive = c.self != null && c.self.ob_refcnt > 0;
  if (m >= 13) {
    if (selfAlive && hasAttr(c.self!, c.name)) return `self.${c.name}`;
    const d = [...(c.boundLocals ?? []), ...dictNames(c.locals), ...dictNames(c.globals), ...dictNames(c.builtins)];
    return calculate_suggestions(d, c.name);
  }
  const varnames = c.varnames ?? [];
  if (m >= 12 && varnames.includes('self') && selfAlive && hasAttr(c.self!, c.name)) return `self.${c.name}`;
  return calculate_suggestions(varnames, c.name) ?? calculate_suggestions(dictNames(c.globals), c.name) ?? calculate_suggestions(dictNames(c.builtins), c.name);
}

/** The candidates for an AttributeError: dir(obj), and on 3.13+ without _names unless the name has one. */
function attributeSuggestion(c: SuggestionContext, dir: (o: PyObject) => string[] | null): string | null {
  const obj = c.obj;
  if (obj === undefined || obj.ob_refcnt <= 0) return null;
  let d = dir(obj);
  if (d === null) return null;
  if (minor() >= 13 && c.name[0] !== '_') d = d.filter((x) => x[0] !== '_');
  return calculate_suggestions(d, c.name);
}

/**
 * The text the traceback display adds after an uncaught exception's message, or ''. 3.11 and
 * 3.12 offer it for exactly NameError and AttributeError (and 3.12 ImportError), 3.13+ for their
 * subclasses too.
 */
export function suggestionTrailer(exc: PyObject, hasAttr: (o: PyObject, n: string) => boolean, dir: (o: PyObject) => string[] | null): string {
  if (!(exc instanceof PyBaseException) || exc.suggest === null) return '';
  const t = exc.ob_type, m = minor();
  const isName = m >= 13 ? t.isSubtype(NameErrorType) : t === NameErrorType;
  const isAttr = m >= 13 ? t.isSubtype(AttributeErrorType) : t === AttributeErrorType;
  const c = exc.suggest;
  const q = (s: string) => `'${s}'`;
  // 3.12+: `from module import nmae` (offer_suggestions_for_import_error: dir() of the module)
  const isImport = m >= 12 && (m >= 13 ? t.isSubtype(ImportErrorType) : t === ImportErrorType);
  if (isAttr || isImport) {
    const s = attributeSuggestion(c, dir);
    return s === null ? '' : `. Did you mean: ${q(s)}?`;
  }
  if (!isName) return '';
  const s = nameSuggestion(c, hasAttr);
  const stdlib = m >= 12 && (STDLIB_MODULE_NAMES[`3.${Math.min(m, 14)}`] ?? '').split(' ').includes(c.name);
  if (!stdlib) return s === null ? '' : `. Did you mean: ${q(s)}?`;
  return s === null ? `. Did you forget to import ${q(c.name)}?` : `. Did you mean: ${q(s)}? Or did you forget to import ${q(c.name)}?`;
}
