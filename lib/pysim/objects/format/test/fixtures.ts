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

/** A Python value of the str.format fixtures. */
type V =
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'list'; v: V[] }
  | { t: 'dict'; v: Record<string, V> };
const int = (v: number): V => ({ t: 'int', v: BigInt(v) });
const str = (v: string): V => ({ t: 'str', v });
const STR_FORMAT_ARGS: V[] = [
  int(10), str('ab'), { t: 'float', v: 3.5 }, { t: 'list', v: [int(10), int(20), int(30)] },
  { t: 'dict', v: { k: str('v'), 'key with space': str('sp') } },
];
const STR_FORMAT_KWARGS: Record<string, V> = {
  x: int(42), name: str('h\u00e9llo'), f: { t: 'float', v: -1.25 }, lst: { t: 'list', v: [int(1), int(2)] },
  d: { t: 'dict', v: { a: str('A') } }, w: int(8), p: int(3),
};
class HostError extends Error {
  constructor(public readonly type: string, message: string) {
    super(message);
  }
}
const tname = (o: V): string => o.t;
function vrepr(o: V): string {
  switch (o.t) {
    case 'int': return o.v.toString();
    case 'float': return F.float_repr(o.v);
    case 'str': return F.unicode_repr(o.v);
    case 'list': return '[' + o.v.map(vrepr).join(', ') + ']';
    case 'dict': return '{' + Object.entries(o.v).map(([k, x]) => `${F.unicode_repr(k)}: ${vrepr(x)}`).join(', ') + '}';
  }
}
const vstr = (o: V): string => (o.t === 'str' ? o.v : vrepr(o));
const host = (withArgs: boolean): F.StrFormatHost<V> => ({
  positional: withArgs ? (i) => STR_FORMAT_ARGS[i] : undefined,
  keyword: (k) => (Object.prototype.hasOwnProperty.call(STR_FORMAT_KWARGS, k) ? STR_FORMAT_KWARGS[k] : undefined),
  access: (o, acc) => {
    if (acc.kind === 'attr') {
      if ((o.t === 'int' || o.t === 'float') && acc.name === 'real') return o;
      if (o.t === 'int' && acc.name === 'imag') return int(0);
      if (o.t === 'float' && acc.name === 'imag') return { t: 'float', v: 0 };
      throw new HostError('AttributeError', `'${tname(o)}' object has no attribute '${acc.name}'`);
    }
    if (o.t === 'dict') {
      const k = acc.kind === 'key' ? acc.key : String(acc.kind === 'index' ? acc.index : '');
      if (acc.kind === 'key' && Object.prototype.hasOwnProperty.call(o.v, k)) return o.v[k];
      throw new HostError('KeyError', acc.kind === 'key' ? F.unicode_repr(k) : k);
    }
    if (o.t === 'list' || o.t === 'str') {
      if (acc.kind !== 'index') throw new HostError('TypeError', `${o.t === 'list' ? 'list' : 'string'} indices must be integers${o.t === 'list' ? ' or slices, not str' : ', not \'str\''}`);
      const items = o.t === 'list' ? o.v : Array.from(o.v).map(str);
      if (acc.index >= items.length) throw new HostError('IndexError', `${o.t === 'list' ? 'list' : 'string'} index out of range`);
      return items[acc.index];
    }
    throw new HostError('TypeError', `'${tname(o)}' object is not subscriptable`);
  },
  convert: (o, c) => str(c === 'r' ? vrepr(o) : c === 's' ? vstr(o) : F.ascii_from_repr(vrepr(o))),
  format: (o, spec) => {
    switch (o.t) {
      case 'int': return F.format_int(o.v, spec);
      case 'float': return F.format_float(o.v, spec);
      case 'str': return F.format_str(o.v, spec);
      default:
        if (spec === '') return vstr(o);
        throw new HostError('TypeError', `unsupported format string passed to ${o.t}.__format__`);
    }
  },
});

/** Run one case through our implementation; returns the same shape as the recorded result. */
export function runCase(c: Case): { out?: unknown; err?: [string, string] } {
  const a = c.args as never[];
  try {
    return { out: call(c.fn, a) };
  } catch (e) {
    if (e instanceof F.PyFormatError || e instanceof HostError) return { err: [e.type, e.message] };
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
    case 'str_format': return F.str_format(a[0], host(true));
    case 'str_format_map': return F.str_format(a[0], host(false));
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
  'unicode_repr', 'percent_format', 'str_methods', 'str_format',
];
