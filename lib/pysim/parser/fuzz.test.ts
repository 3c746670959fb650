// Fuzz: random token soups and mutated valid programs never make parse() throw anything but
// PySyntaxError (the simulator must never crash on learner input).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixtures from './test/fixtures.json';
import { parse, PySyntaxError } from './index';

const TOKENS = [
  'x', 'y', 'f', 'print', 'match', 'case', 'type', '_', 'None', 'True', 'if', 'else', 'elif', 'for', 'in', 'while',
  'def', 'class', 'return', 'lambda', 'yield', 'from', 'import', 'as', 'with', 'try', 'except', 'finally', 'raise',
  'not', 'and', 'or', 'is', 'async', 'await', 'del', 'global', 'nonlocal', 'pass', 'assert',
  '0', '1.5', '0x1f', '1_0', '1j', '1e', '0b', '07', "'s'", '"s"', "'''t'''", "f'{x}'", "f'{x!r:>{y}}'", "f'{", "b'\\x'",
  "r'\\'", "'\\N{X}'", "'", '"', '(', ')', '[', ']', '{', '}', ':', ';', ',', '.', '...', '=', '==', ':=', '+', '-', '*',
  '**', '/', '//', '%', '@', '|', '&', '^', '~', '<', '>', '<=', '>=', '!=', '<<', '>>', '+=', '->', '\\', '#c',
  '\n', '\n    ', '\n\t', '    ', '\r\n', '$', '?', '!', '\u00e9', '\u20ac', '\u00a0', '\0',
];

function check(src: string): void {
  try {
    parse(src);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw new Error(`non-PySyntaxError for ${JSON.stringify(src)}: ${String(e)}`);
    expect(Number.isInteger(e.lineno) && e.lineno >= 1).toBe(true);
    expect(Number.isInteger(e.offset)).toBe(true);
    expect(typeof e.msg).toBe('string');
  }
}

describe('parse() only ever throws PySyntaxError', () => {
  it('random token soups', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 40 }), (toks, seps) => {
        check(toks.map((t, k) => t + (seps[k] ?? ' ')).join(''));
      }),
      { numRuns: 4000 },
    );
  });

  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => check(s)), { numRuns: 3000 });
  });

  const programs = fixtures.valid.map((v) => v.src);
  it('mutated valid programs (delete, insert, duplicate, swap)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...programs), fc.nat(), fc.nat(), fc.constantFrom(...TOKENS), fc.integer({ min: 0, max: 3 }),
        (src, a, b, tok, op) => {
          const i = a % (src.length + 1), j = b % (src.length + 1);
          const [lo, hi] = i < j ? [i, j] : [j, i];
          let m: string;
          if (op === 0) m = src.slice(0, lo) + src.slice(hi);
          else if (op === 1) m = src.slice(0, i) + tok + src.slice(i);
          else if (op === 2) m = src.slice(0, hi) + src.slice(lo, hi) + src.slice(hi);
          else m = src.slice(0, lo) + src.slice(hi) + src.slice(lo, hi);
          check(m);
        },
      ),
      { numRuns: 6000 },
    );
  });

  it('deep nesting', () => {
    for (const n of [50, 199, 200, 201, 1000, 5000]) {
      check('('.repeat(n) + ')'.repeat(n));
      check('x = ' + '['.repeat(n) + ']'.repeat(n));
      check('x = ' + '-'.repeat(n) + '1');
      check('x = ' + 'not '.repeat(n) + 'x');
      check('x = ' + 'a.'.repeat(n) + 'b');
      check("f'" + '{x:'.repeat(Math.min(n, 50)) + "'");
      check('if x:\n' + Array.from({ length: Math.min(n, 300) }, (_, k) => ' '.repeat(k + 1) + 'if x:\n').join(''));
    }
  });
});
