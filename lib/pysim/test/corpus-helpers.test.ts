// Tests for the corpus helpers (corpus.ts): how a (case, profile) pair is judged, independent of
// the simulator, using a fake run() and a temporary corpus folder.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareOutput,
  judge,
  lastNonEmptyLine,
  listCases,
  loadSkiplist,
  staleSkiplistEntries,
  type RunFn,
} from './corpus';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'heaplab-corpus-'));
const casesDir = path.join(tmp, 'cases');
mkdirSync(path.join(casesDir, 'demo'), { recursive: true });
writeFileSync(path.join(casesDir, 'demo/hello.py'), "print('hi')\n");
writeFileSync(
  path.join(casesDir, 'demo/hello.out312'),
  JSON.stringify({ stdout: 'hi\n', exitCode: 0, stderrLast: '' }),
);
writeFileSync(
  path.join(casesDir, 'demo/hello.out311'),
  JSON.stringify({ stdout: 'hi\n', exitCode: 0, stderrLast: '' }),
);
writeFileSync(
  path.join(tmp, 'skiplist.json'),
  JSON.stringify({ '3.11': { 'demo/hello': 'pretend 3.11 differs' } }),
);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const good: RunFn = () => ({ stdout: 'hi\n', stderr: '', exitCode: 0 });
const bad: RunFn = () => ({ stdout: 'ho\n', stderr: 'Traceback\nValueError: x\n\n', exitCode: 1 });
const throwing: RunFn = () => {
  throw new Error('internal');
};

describe('corpus helpers', () => {
  const cases = listCases(casesDir);
  const skiplist = loadSkiplist(casesDir);

  it('lists cases with topic/name ids', () => {
    expect(cases.map((c) => c.id)).toEqual(['demo/hello']);
    expect(cases[0].source).toBe("print('hi')\n");
  });

  it('takes the last non-empty stderr line', () => {
    expect(lastNonEmptyLine('a\nb\n\n  \n')).toBe('b');
    expect(lastNonEmptyLine('')).toBe('');
  });

  it('reports stdout, exit status and stderr differences', () => {
    const diffs = compareOutput(bad(cases[0].source, {}), { stdout: 'hi\n', exitCode: 0, stderrLast: '' });
    expect(diffs).toHaveLength(3);
    expect(diffs[0]).toContain('line 1');
    expect(diffs[2]).toContain('ValueError: x');
  });

  it('judges match, mismatch, missing record and run() throwing', () => {
    expect(judge(good, cases[0], '3.12', skiplist).status).toBe('match');
    expect(judge(bad, cases[0], '3.12', skiplist).status).toBe('mismatch');
    expect(judge(good, cases[0], '3.13', skiplist).status).toBe('missing-record');
    const v = judge(throwing, cases[0], '3.12', skiplist);
    expect(v.status === 'mismatch' && v.diffs[0]).toContain('run() threw');
  });

  it('expects a skiplisted case to mismatch, and flags it once it passes', () => {
    expect(judge(bad, cases[0], '3.11', skiplist).status).toBe('skipped');
    expect(judge(good, cases[0], '3.11', skiplist).status).toBe('skip-now-passes');
  });

  it('finds skiplist entries naming missing cases or profiles', () => {
    expect(staleSkiplistEntries(skiplist, cases)).toEqual([]);
    expect(staleSkiplistEntries({ '3.12': { 'demo/nope': 'x' } }, cases)).toEqual(['3.12 demo/nope: no such case']);
  });
});
