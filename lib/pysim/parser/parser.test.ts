// Compares heaplab's parser with CPython 3.12 on the recorded fixture corpus (test/fixtures.json,
// written by test/record.py from the real interpreter).

import { describe, expect, it } from 'vitest';
import fixtures from './test/fixtures.json';
import { compileCheck, dump, parse, PySyntaxError } from './index';

interface Invalid { src: string; phase: string; type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number }

/** Known differences from CPython, each with a reason. Keep this list short. */
const SKIP_VALID = new Map<string, string>([
  ["f'{x:{{}}>10}'", 'CPython emits an empty Constant before a replacement field that opens a format spec with `{{`'],
]);
const SKIP_INVALID = new Map<string, string>([
  ['for x in y, for: pass', 'we report "expected \':\'" at `for`; CPython backtracks to "invalid syntax" there'],
  ["x = f'{a!r'", "we point at the closing quote, CPython at the conversion character"],
]);

function errorOf(src: string, fn: (s: string) => unknown = parse): string {
  try {
    fn(src);
    return 'no error';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return `non-PySyntaxError: ${String(e)}`;
    return `${e.type}|${e.msg}|${e.lineno}|${e.offset}|${e.end_lineno}|${e.end_offset}`;
  }
}

describe('valid snippets: ast.dump(include_attributes=True) matches CPython 3.12', () => {
  const cases = fixtures.valid.filter((v) => !SKIP_VALID.has(v.src));
  it.each(cases.map((v) => [v.src, v.dump]))('%j', (src, expected) => {
    expect(dump(parse(src), { include_attributes: true })).toBe(expected);
  });
});

describe('invalid snippets: SyntaxError type, message and position match CPython 3.12', () => {
  const parsePhase = (fixtures.invalid as Invalid[]).filter((v) => v.phase === 'parse' && !SKIP_INVALID.has(v.src));
  it.each(parsePhase.map((v) => [v.src, v]))('%j', (src, v) => {
    const e = v as Invalid;
    expect(errorOf(src as string)).toBe(`${e.type}|${e.msg}|${e.lineno}|${e.offset}|${e.end_lineno}|${e.end_offset}`);
  });

  // Errors CPython raises after parsing (symtable/compiler): parse() either leaves them to
  // compileCheck() or raises exactly CPython's error; compileCheck() raises exactly CPython's error.
  const compilePhase = (fixtures.invalid as Invalid[]).filter((v) => v.phase === 'compile');
  it.each(compilePhase.map((v) => [v.src, v]))('compile-phase %j', (src, v) => {
    const e = v as Invalid;
    const expected = `${e.type}|${e.msg}|${e.lineno}|${e.offset}|${e.end_lineno}|${e.end_offset}`;
    const got = errorOf(src as string);
    if (got !== 'no error') expect(got).toBe(expected);
    expect(errorOf(src as string, compileCheck)).toBe(expected);
  });

  it('compileCheck accepts every valid snippet CPython compiles', () => {
    for (const v of fixtures.valid) if (v.compiles) expect(errorOf(v.src, compileCheck)).toBe('no error');
  });

  it('skips nothing it should not', () => {
    for (const src of SKIP_INVALID.keys()) expect(errorOf(src)).not.toBe('no error');
    for (const src of SKIP_VALID.keys()) expect(() => parse(src)).not.toThrow();
  });
});

describe('unsupported syntax CPython accepts', () => {
  it.each(fixtures.unsupported.map((u) => [u.src]))('%j', (src) => {
    let err: unknown = null;
    try { parse(src); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(PySyntaxError);
    const e = err as PySyntaxError;
    expect(e.unsupported).toBe(true);
    expect(e.msg).toMatch(/^heaplab does not simulate .+ yet$/);
    expect(e.lineno).toBeGreaterThanOrEqual(1);
    expect(e.offset).toBeGreaterThanOrEqual(1);
  });

  it('names the construct', () => {
    expect.assertions(2);
    try { parse('async def f():\n    pass\n'); } catch (e) {
      expect((e as PySyntaxError).msg).toBe('heaplab does not simulate `async def` yet');
      expect([(e as PySyntaxError).lineno, (e as PySyntaxError).offset]).toEqual([1, 1]);
    }
  });
});

describe('api', () => {
  it('counts columns in characters (code points), as ast.ts documents', () => {
    // CPython counts UTF-8 bytes here (the recorded corpus is ASCII, where both agree)
    const m = parse('x = "\u{1F40D}\u{1F40D}" + f"{y}\u00e9"; z');
    const assign = m.body[0] as import('./ast').Assign;
    expect(assign.value.end_col_offset).toBe(18);
    expect((m.body[1] as import('./ast').ExprStmt).col_offset).toBe(20);
    expect.assertions(3);
    try { parse('x = "\u{1F40D}" $'); } catch (e) { expect([(e as PySyntaxError).offset, (e as PySyntaxError).end_offset]).toEqual([9, 10]); }
  });

  it('dump without attributes is ast.dump(node)', () => {
    expect(dump(parse('x = 1'))).toBe("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  });
  it('gives the source line with an error', () => {
    expect.assertions(2);
    try { parse('x = 1\nif x\n  pass\n'); } catch (e) {
      expect((e as PySyntaxError).text).toBe('if x');
      expect((e as PySyntaxError).msg).toBe("expected ':'");
    }
  });
});
