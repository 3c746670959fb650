// The fidelity corpus: programs under test/cases/<topic>/<name>.py, the outputs real CPython
// recorded beside them (<name>.out311 … .out314, written by `npm run oracle`), and the skiplist
// of known, reasoned mismatches (test/skiplist.json). Shared by corpus.test.ts (Vitest) and
// scripts/fidelity.mjs (a plain Node report), so both judge a case the same way.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProfileName } from '../profiles/types';
import { lastLine, tracebackFrames, tracebackText } from '../../../scripts/stderr-record.mjs';

/** Profiles the corpus is recorded for, in order. */
export const CORPUS_PROFILES = ['3.11', '3.12', '3.13', '3.14'] as const;

/** One of the corpus profiles. */
export type CorpusProfile = (typeof CORPUS_PROFILES)[number];

/**
 * The simulator profile that models each corpus profile's oracle. The 3.14 records come from
 * Pyodide, a 32-bit (wasm32) build, so they are checked with `3.14-wasm32`; the shipped 64-bit
 * `3.14` profile is checked by SIZES_314_64BIT below.
 */
export const ORACLE_PROFILE: Readonly<Record<CorpusProfile, ProfileName>> = {
  '3.11': '3.11',
  '3.12': '3.12',
  '3.13': '3.13',
  '3.14': '3.14-wasm32',
};

/**
 * The 64-bit 3.14 profile has no oracle of its own, so its sizes are checked against the 3.13
 * (64-bit) records. `same`: cases whose objects have the same C structs in 3.14 as in 3.13 — the
 * Pyodide 3.14.2 sizes of these cases equal the 3.13 layouts evaluated with 4-byte words.
 * `changed`: cases that show a struct 3.14 changed, which must differ from 3.13: PyTupleObject
 * gained the cached `ob_hash` (Pyodide: tuple.__basicsize__ 16 = PyObject_VAR_HEAD + one word)
 * and PyFunctionObject gained `func_annotate` (PEP 649; Pyodide: function.__basicsize__ 76 = 18
 * words + func_version).
 */
export const SIZES_314_64BIT: { same: readonly string[]; changed: readonly string[] } = {
  same: [
    'sizes/bytes_sizes', 'sizes/dict_from_keys', 'sizes/dict_insert_growth', 'sizes/float_none_complex',
    'sizes/getsizeof_default', 'sizes/instance_sizes', 'sizes/int_sizes', 'sizes/list_append_growth',
    'sizes/list_comprehension', 'sizes/list_extend_growth', 'sizes/list_literal_vs_append', 'sizes/list_shrink',
    'sizes/range_and_slice', 'sizes/set_growth', 'sizes/str_sizes', 'sizes/struct_layouts',
  ],
  changed: ['sizes/empty_containers', 'sizes/function_sizes', 'sizes/tuple_sizes', 'language/getsizeof_common'],
};

/** A corpus program: its id is `<topic>/<name>`. */
export interface CorpusCase {
  id: string;
  topic: string;
  name: string;
  file: string;
  source: string;
}

/** What the oracle recorded for one case and profile. */
export interface OracleRecord {
  stdout: string;
  exitCode: number;
  stderrLast: string;
  /** Recorded when stderr held a traceback: its `  File "name.py", line N, in f` lines. */
  tracebackFrames?: string[];
  /** Recorded when stderr held a traceback: every line of its traceback block(s), carets included (see tracebackText). */
  traceback?: string[];
}

/** The part of the simulator's result the corpus compares. */
export interface SimOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The simulator's entry point, as lib/pysim/index.ts exports it. */
export type RunFn = (
  source: string,
  options: { profile?: ProfileName; filename?: string },
) => SimOutput;

/** skiplist.json: profile -> case id -> one-line reason. */
export type Skiplist = Partial<Record<CorpusProfile, Record<string, string>>>;

/** How one (case, profile) pair came out. */
export type Verdict =
  | { status: 'match' }
  | { status: 'mismatch'; diffs: string[] }
  | { status: 'missing-record' }
  | { status: 'skipped'; reason: string; diffs: string[] }
  | { status: 'skip-now-passes'; reason: string };

/** The corpus folder below the repository root `root`. */
export function defaultCasesDir(root: string): string {
  return path.join(root, 'lib/pysim/test/cases');
}

/** Every corpus program below `casesDir`, sorted by id. */
export function listCases(casesDir: string): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (const topic of readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.py')) continue;
      const name = f.slice(0, -3);
      const file = path.join(dir, f);
      out.push({ id: `${topic}/${name}`, topic, name, file, source: readFileSync(file, 'utf8') });
    }
  }
  return out;
}

/** The recorded output of `c` for `profile`, or null when `npm run oracle` has not recorded it. */
export function loadRecord(c: CorpusCase, profile: CorpusProfile): OracleRecord | null {
  const f = c.file.replace(/\.py$/, `.out${profile.replace('.', '')}`);
  if (!existsSync(f)) return null;
  return JSON.parse(readFileSync(f, 'utf8')) as OracleRecord;
}

/** Reads skiplist.json beside the cases folder ({} when absent). */
export function loadSkiplist(casesDir: string): Skiplist {
  const f = path.join(path.dirname(casesDir), 'skiplist.json');
  if (!existsSync(f)) return {};
  return JSON.parse(readFileSync(f, 'utf8')) as Skiplist;
}

/** Last non-empty line of a stderr text ("" if none), as the oracle records it. */
export const lastNonEmptyLine = lastLine;

/** Differences between the simulator's output and the record; empty when they agree. */
export function compareOutput(actual: SimOutput, expected: OracleRecord): string[] {
  const diffs: string[] = [];
  if (actual.stdout !== expected.stdout) {
    diffs.push(`stdout differs:\n${firstDifference(expected.stdout, actual.stdout)}`);
  }
  if (actual.exitCode !== expected.exitCode) {
    diffs.push(`exit status: expected ${expected.exitCode}, got ${actual.exitCode}`);
  }
  const last = lastNonEmptyLine(actual.stderr);
  if (last !== expected.stderrLast) {
    diffs.push(`last stderr line: expected ${JSON.stringify(expected.stderrLast)}, got ${JSON.stringify(last)}`);
  }
  if (expected.tracebackFrames) {
    const frames = tracebackFrames(actual.stderr);
    if (frames.join('\n') !== expected.tracebackFrames.join('\n')) {
      diffs.push(`traceback frames differ:\n${firstDifference(expected.tracebackFrames.join('\n'), frames.join('\n'))}`);
    }
  }
  if (expected.traceback) {
    const tb = tracebackText(actual.stderr);
    if (tb.join('\n') !== expected.traceback.join('\n')) {
      diffs.push(`traceback differs:\n${firstDifference(expected.traceback.join('\n'), tb.join('\n'))}`);
    }
  }
  return diffs;
}


/** A short report of the first differing stdout line. */
export function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `  line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end>')}\n  line ${i + 1}:      got ${JSON.stringify(a[i] ?? '<end>')}`;
    }
  }
  return '  (identical lines; trailing newline differs)';
}

/** Runs `c` on the simulator profile `simProfile` and returns its differences from `record`. */
export function runAndCompare(run: RunFn, c: CorpusCase, simProfile: ProfileName, record: OracleRecord): string[] {
  try {
    const result = run(c.source, { profile: simProfile, filename: `${c.name}.py` });
    return compareOutput(result, record);
  } catch (e) {
    // run() must never throw; treat a throw as a mismatch that names the fault.
    return [`run() threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`];
  }
}

/** Runs one case on the profile that models `profile`'s oracle and judges it against its record and the skiplist. */
export function judge(run: RunFn, c: CorpusCase, profile: CorpusProfile, skiplist: Skiplist): Verdict {
  const record = loadRecord(c, profile);
  if (!record) return { status: 'missing-record' };
  const diffs = runAndCompare(run, c, ORACLE_PROFILE[profile], record);
  const reason = skiplist[profile]?.[c.id];
  if (reason !== undefined) {
    return diffs.length ? { status: 'skipped', reason, diffs } : { status: 'skip-now-passes', reason };
  }
  return diffs.length ? { status: 'mismatch', diffs } : { status: 'match' };
}

/** Skiplist entries that name no existing case or an unknown profile. */
export function staleSkiplistEntries(skiplist: Skiplist, cases: CorpusCase[]): string[] {
  const ids = new Set(cases.map((c) => c.id));
  const bad: string[] = [];
  for (const [profile, entries] of Object.entries(skiplist)) {
    if (!(CORPUS_PROFILES as readonly string[]).includes(profile)) bad.push(`unknown profile ${profile}`);
    for (const [id, reason] of Object.entries(entries ?? {})) {
      if (!ids.has(id)) bad.push(`${profile} ${id}: no such case`);
      if (typeof reason !== 'string' || reason.trim() === '') bad.push(`${profile} ${id}: empty reason`);
    }
  }
  return bad;
}
