// Models Objects/stringlib/unicode_format.h (CPython 3.12): str.format / str.format_map driver
// (MarkupIterator, parse_field, field_name_split, FieldNameIterator, auto-numbering).

import { raise } from './errors';
import { unicode_repr } from './unicode_repr';
import { decimalDigitValue } from './unicodectype';

/** One step after the first part of a field name: `.name`, `[int]` or `[key]`. */
export type FieldAccessor = { kind: 'attr'; name: string } | { kind: 'index'; index: number } | { kind: 'key'; key: string };

/**
 * What str.format needs from the interpreter, for values of its own type T. Each callback may
 * throw the interpreter's own exceptions (AttributeError, TypeError from __format__, ...).
 */
export interface StrFormatHost<T> {
  /** args[i], or undefined when out of range. Omit for str.format_map (positional fields are then an error). */
  positional?: (index: number) => T | undefined;
  /** kwargs[name] / mapping[name], or undefined when missing (→ KeyError). */
  keyword: (name: string) => T | undefined;
  /** getattr(obj, name), obj[int] or obj[str]. */
  access: (obj: T, acc: FieldAccessor) => T;
  /** !r, !s or !a conversion. */
  convert: (obj: T, conversion: 'r' | 's' | 'a') => T;
  /** format(obj, spec) (the spec has nested fields already expanded). */
  format: (obj: T, spec: string) => string;
}

type AutoState = 'init' | 'auto' | 'manual';
interface AutoNumber {
  state: AutoState;
  next: number;
}

/** get_integer on a substring: -1 unless all characters are decimal digits. */
function get_integer(s: string[]): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const c of s) {
    const d = decimalDigitValue(c.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > 0x7fffffffffffffffn) raise('ValueError', 'Too many decimal digits in format string');
  }
  return Number(acc);
}

function get_field_object<T>(name: string[], host: StrFormatHost<T>, auto: AutoNumber | null): T {
  // field_name_split
  let i = 0;
  while (i < name.length && name[i] !== '[' && name[i] !== '.') i++;
  const first = name.slice(0, i);
  let index = get_integer(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto) {
    if (auto.state === 'init' && numeric) auto.state = empty ? 'auto' : 'manual';
    if (numeric) {
      if (auto.state === 'manual' && empty)
        raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      if (auto.state === 'auto' && !empty)
        raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = auto.next++;
  }
  let obj: T;
  if (index === -1) {
    const key = first.join('');
    const v = host.keyword(key);
    if (v === undefined) raise('KeyError', unicode_repr(key), key);
    obj = v;
  } else {
    if (!host.positional) raise('ValueError', 'Format string contains positional fields');
    const v = host.positional(index);
    if (v === undefined) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    obj = v;
  }
  // FieldNameIterator
  while (i < name.length) {
    const c = name[i++];
    let part: string[];
    let acc: FieldAccessor;
    if (c === '.') {
      const s = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(s, i);
      acc = { kind: 'attr', name: part.join('') };
    } else if (c === '[') {
      const s = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) raise('ValueError', "Missing ']' in format string");
      part = name.slice(s, i);
      i++;
      const idx = get_integer(part);
      acc = idx === -1 ? { kind: 'key', key: part.join('') } : { kind: 'index', index: idx };
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.length === 0) raise('ValueError', 'Empty attribute in format string');
    obj = host.access(obj, acc);
  }
  return obj;
}

function build_string<T>(fmt: string[], host: StrFormatHost<T>, depth: number, auto: AutoNumber | null): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  let out = '';
  let pos = 0;
  const end = fmt.length;
  while (pos < end) {
    // MarkupIterator_next
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = fmt[pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === '}' && markup && (atEnd || fmt[pos] !== '}')) raise('ValueError', "Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) raise('ValueError', "Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    out += fmt.slice(start, start + len).join('');
    if (!markup) continue;
    // parse_field
    const nameStart = pos;
    let ch = '';
    let stopped = false;
    while (pos < end) {
      ch = fmt[pos++];
      if (ch === '{') raise('ValueError', "unexpected '{' in field name");
      if (ch === '[') {
        while (pos < end && fmt[pos] !== ']') pos++;
        continue;
      }
      if (ch === '}' || ch === ':' || ch === '!') {
        stopped = true;
        break;
      }
    }
    const fieldName = fmt.slice(nameStart, stopped ? pos - 1 : pos);
    let conversion = '';
    let spec: string[] = [];
    let expand = false;
    if (stopped && (ch === '!' || ch === ':')) {
      let needSpec = true;
      if (ch === '!') {
        if (pos >= end) raise('ValueError', 'end of string while looking for conversion specifier');
        conversion = fmt[pos++];
        if (pos < end) {
          const c2 = fmt[pos++];
          if (c2 === '}') needSpec = false;
          else if (c2 !== ':') raise('ValueError', "expected ':' after conversion specifier");
        }
      }
      if (needSpec) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const c3 = fmt[pos++];
          if (c3 === '{') {
            expand = true;
            count++;
          } else if (c3 === '}') {
            count--;
            if (count === 0) {
              spec = fmt.slice(specStart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) raise('ValueError', "unmatched '{' in format spec");
      }
    } else if (!stopped || ch !== '}') {
      raise('ValueError', "expected '}' before end of string");
    }
    // output_markup
    let obj = get_field_object(fieldName, host, auto);
    if (conversion !== '') {
      if (conversion === 'r' || conversion === 's' || conversion === 'a') obj = host.convert(obj, conversion);
      else {
        const cc = conversion.codePointAt(0)!;
        raise(
          'ValueError',
          cc > 32 && cc < 127 ? `Unknown conversion specifier ${conversion}` : `Unknown conversion specifier \\x${cc.toString(16)}`,
        );
      }
    }
    const specStr = expand ? build_string(spec, host, depth - 1, auto) : spec.join('');
    out += host.format(obj, specStr);
  }
  return out;
}

/** str.format(*args, **kwargs) / str.format_map(mapping) (do_string_format): the host resolves and formats values. */
export function str_format<T>(fmt: string, host: StrFormatHost<T>): string {
  return build_string(Array.from(fmt), host, 2, { state: 'init', next: 0 });
}
