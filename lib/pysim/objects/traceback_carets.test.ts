// The caret formatter against real CPython: traceback_carets.fixtures.json holds, per version, what
// CPython printed under the innermost entry of a snippet's traceback and that entry's position
// (recorded by `node scripts/caret-fixtures.mjs`, never edited by hand).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEntrySource, type CaretPos } from './traceback_carets';

interface Fixture {
  source: string;
  pos: CaretPos;
  expected: string[];
}

const fixtures = JSON.parse(readFileSync(path.join(__dirname, 'traceback_carets.fixtures.json'), 'utf8')) as Record<string, Fixture[]>;

describe('traceback caret lines', () => {
  for (const [version, cases] of Object.entries(fixtures)) {
    const style = Number(version.split('.')[1]) >= 13 ? 'py' : 'c';
    for (const c of cases) {
      it(`${version} ${JSON.stringify(c.source)}`, () => {
        const text = formatEntrySource(style, c.source.split('\n'), c.pos.lineno, c.pos);
        expect(text.split('\n').slice(0, -1)).toEqual(c.expected);
      });
    }
  }
  it('prints only the stripped line when the position is unknown', () => {
    expect(formatEntrySource('c', ['  x = 1'], 1, null)).toBe('    x = 1\n');
    expect(formatEntrySource('py', ['  x = 1'], 1, null)).toBe('    x = 1\n');
  });
});
