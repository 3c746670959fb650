// The fidelity corpus as Vitest tests: one test per (case, profile), named `3.12 refcounts/list_alias`.
// Each runs the program through the simulator and compares stdout, exit status and the last
// non-empty stderr line with what real CPython recorded (`npm run oracle`). A case on the
// skiplist must still mismatch: once it passes, the test fails until the entry is removed.
// The 3.14 records (Pyodide, wasm32) are checked with the `3.14-wasm32` profile; the 64-bit
// `3.14` profile's sizes are checked against the 3.13 records where the structs did not change.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../index';
import {
  CORPUS_PROFILES,
  SIZES_314_64BIT,
  judge,
  listCases,
  loadRecord,
  loadSkiplist,
  runAndCompare,
  staleSkiplistEntries,
  type RunFn,
} from './corpus';

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const cases = listCases(casesDir);
const skiplist = loadSkiplist(casesDir);
const runFn: RunFn = (source, options) => run(source, options);

describe('fidelity corpus', () => {
  it('has cases and a well-formed skiplist', () => {
    expect(cases.length).toBeGreaterThan(300);
    expect(staleSkiplistEntries(skiplist, cases)).toEqual([]);
  });

  for (const profile of CORPUS_PROFILES) {
    for (const c of cases) {
      it(`${profile} ${c.id}`, () => {
        const v = judge(runFn, c, profile, skiplist);
        switch (v.status) {
          case 'match':
            return;
          case 'missing-record':
            throw new Error(`no recorded output for ${profile}: run npm run oracle -- --only ${profile} ${path.relative(process.cwd(), c.file)}`);
          case 'mismatch':
            throw new Error(`${profile} ${c.id} differs from CPython:\n${v.diffs.join('\n')}`);
          case 'skipped':
            return; // a known mismatch, with its reason in skiplist.json
          case 'skip-now-passes':
            throw new Error(`skiplist entry ${profile} ${c.id} now passes, remove it (reason was: ${v.reason})`);
        }
      });
    }
  }
});

describe('3.14 (64-bit) sizes against the 3.13 records', () => {
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const id of SIZES_314_64BIT.same) {
    it(`3.14 ${id} equals 3.13 (struct unchanged)`, () => {
      const c = byId.get(id)!;
      expect(runAndCompare(runFn, c, '3.14', loadRecord(c, '3.13')!)).toEqual([]);
    });
  }
  for (const id of SIZES_314_64BIT.changed) {
    it(`3.14 ${id} differs from 3.13 (struct changed in 3.14)`, () => {
      const c = byId.get(id)!;
      expect(runAndCompare(runFn, c, '3.14', loadRecord(c, '3.13')!)).not.toEqual([]);
      // and the same program on the 3.13 profile still matches its record
      expect(runAndCompare(runFn, c, '3.13', loadRecord(c, '3.13')!)).toEqual([]);
    });
  }
});
