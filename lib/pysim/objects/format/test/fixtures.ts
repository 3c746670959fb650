// Replays the CPython fixtures recorded by record.py against our implementation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as F from '../index';
import type { FormatArg, PercentArgs } from '../index';

/** One recorded case: a function name, its JSON-encoded arguments, and CPython's result or error. */
export interface Case {
  fn: string;
  args: unknown[];
  out?: unknown;
  err?: [string, string];
}

/** Load fixtures/<group>.json. */
export function loadCases(group: string): Case[] {
  const p = join(__dirname, 'fixtures', group + '.json');
  return (JSON.parse(readFileSync(p, 'utf8')) as { cases: Case[] }).cases;
}

/** Decode a float written as its Python repr. */
export function decF(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}
/** Decode an int written as Python hex(). */
export function decI(s: string): bigint {
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}
/** Python hex() of a bigint. */
const hexOf = (v: bigint): string => (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));

type Enc = Record<string, unknown>;
function decArg(a: Enc): FormatArg {
  switch (a.kind) {
    case 'int':
      return { kind: 'int', v: decI(a.v as string), str: a.str as string | undefined, repr: a.repr as string | undefined, typeName: a.typeName as string | undefined };
    case 'float':
      return { kind: 'float', v: decF(a.v as string) };
    case 'str':
      return { kind: 'str', v: a.v as string };
    default:
      return { kind: 'obj', typeName: a.typeName as string, str: a.str as string, repr: a.repr as string };
  }
}
function decArgs(a: unknown): PercentArgs {
  if (Array.isArray(a)) return a.map((x) => decArg(x as Enc));
  const e = a as Enc;
  if (e.kind === 'mapping') {
    const items = e.items as Record<string, Enc>;
    return {
      kind: 'mapping',
      self: decArg(e.self as Enc),
      get: (k: string) => (Object.prototype.hasOwnProperty.call(items, k) ? decArg(items[k]) : undefined),
    };
  }
  return decArg(e);
}

/** Run one case through our implementation; returns the same shape as the recorded result. */
export function runCase(c: Case): { out?: unknown; err?: [string, string] } {
  const a = c.args as never[];
  try {
    return { out: call(c.fn, a) };
  } catch (e) {
    if (e instanceof F.PyFormatError) return { err: [e.type, e.message] };
    return { err: ['JSError', String(e)] };
  }
}

function call(fn: string, a: never[]): unknown {
  switch (fn) {
    case 'float_repr': return F.float_repr(decF(a[0]));
    case 'format_float': return F.format_float(decF(a[0]), a[1]);
    case 'format_int': return F.format_int(decI(a[0]), a[1], a[2]);
    case 'format_str': return F.format_str(a[0], a[1]);
    case 'round_float': {
      const r = F.round_float(decF(a[0]), a[1]);
      return typeof r === 'bigint' ? r.toString() : F.float_repr(r);
    }
    case 'round_int': return F.round_int(decI(a[0]), a[1]).toString();
    case 'int_from_string': return hexOf(F.PyLong_FromString(a[0], a[1]));
    case 'int_to_base': return F.int_to_base(decI(a[0]), a[1]);
    case 'int_to_decimal': return F.int_to_decimal(decI(a[0]));
    case 'float_from_string': return F.float_repr(F.float_from_string(a[0]));
    case 'unicode_repr': return F.unicode_repr(a[0]);
    case 'unicode_ascii': return F.unicode_ascii(a[0]);
    case 'percent_format': return F.percent_format(a[0], decArgs(a[1]));
    default: {
      const f = (F as unknown as Record<string, (...x: unknown[]) => unknown>)[fn];
      if (typeof f !== 'function') throw new Error(`no function ${fn}`);
      return f(...a);
    }
  }
}

/** All fixture groups written by record.py. */
export const GROUPS = [
  'float_repr', 'format_float', 'format_int', 'format_str', 'round', 'int', 'float_from_string',
  'unicode_repr', 'percent_format', 'str_methods',
];
