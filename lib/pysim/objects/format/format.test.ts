// Replays every CPython 3.12 fixture recorded by test/record.py and checks properties with fast-check.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { float_from_string, float_repr, format_float, PyFormatError, PyLong_FromString, round_float, str_split, str_len, unicode_repr, unicodectype } from './index';
import { GROUPS, loadCases, runCase } from './test/fixtures';

describe('CPython 3.12 fixtures', () => {
  for (const group of GROUPS) {
    it(`${group} matches CPython exactly`, () => {
      const cases = loadCases(group);
      expect(cases.length).toBeGreaterThan(1000);
      const mismatches: unknown[] = [];
      for (const c of cases) {
        const r = runCase(c);
        const want = c.err ? { err: c.err } : { out: c.out };
        if (JSON.stringify(r) !== JSON.stringify(want)) mismatches.push({ fn: c.fn, args: c.args, want, got: r });
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(mismatches.length).toBe(0);
    });
  }
});

describe('properties', () => {
  it('float_repr round-trips every double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(Object.is(float_from_string(float_repr(x)), x)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
  it('format(x, ".17g") round-trips and repr is never longer than 17 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(Number(format_float(x, '.17g')), x)).toBe(true);
        const digits = float_repr(x).replace(/e.*$/, '').replace(/[-.]/g, '').replace(/^0+/, '');
        expect(digits.length).toBeLessThanOrEqual(17);
      }),
      { numRuns: 5000 },
    );
  });
  it('round(x, n) equals the float of format(x, ".nf")', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 12 }), (x, n) => {
        expect(Object.is(round_float(x, n), Number(format_float(x, `.${n}f`)))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  it('int() parses what str() prints', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), (v) => {
        expect(PyLong_FromString(v.toString(), 10)).toBe(v);
        expect(PyLong_FromString(` ${v < 0n ? '-' : ''}0x${(v < 0n ? -v : v).toString(16)} `, 0)).toBe(v);
      }),
    );
  });
  it('split() pieces never contain whitespace and lengths count code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const p of str_split(s)) {
          expect(p.length).toBeGreaterThan(0);
          for (const ch of p) expect(unicodectype.Py_UNICODE_ISSPACE(ch.codePointAt(0)!)).toBe(false);
        }
        expect(str_len(s)).toBe(Array.from(s).length);
      }),
    );
  });
  it('errors are PyFormatError objects with CPython messages', () => {
    expect(() => PyLong_FromString('abc', 10)).toThrow(PyFormatError);
    try {
      PyLong_FromString('abc', 10);
    } catch (e) {
      expect(e).toMatchObject({ type: 'ValueError', message: "invalid literal for int() with base 10: 'abc'" });
    }
    expect(unicode_repr("it's")).toBe('"it\'s"');
  });
});
