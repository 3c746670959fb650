// The fidelity report behind `node scripts/fidelity.mjs`: runs the whole corpus through the
// simulator on every profile and tallies matching, skipped (on the skiplist) and failing cases,
// per profile and per topic. Kept free of Vitest so a plain Node bundle can run it.

import '../../cli/v8flags';
import { run } from '../index';
import {
  CORPUS_PROFILES,
  ORACLE_PROFILE,
  SIZES_314_64BIT,
  judge,
  listCases,
  loadRecord,
  loadSkiplist,
  runAndCompare,
  type CorpusProfile,
  type RunFn,
  type Verdict,
} from './corpus';

/** Counts for one profile, or one topic within a profile. */
export interface Tally {
  cases: number;
  matching: number;
  skipped: number;
  failing: number;
  /** Failing includes these: cases without a recorded output, and skiplist entries that now pass. */
  missingRecord: number;
  skipNowPasses: number;
}

/** The whole report, as `--json` prints it. */
export interface FidelityReport {
  profiles: Record<string, Tally & { topics: Record<string, Tally> }>;
  failures: Record<string, string[]>;
  /** The 64-bit 3.14 profile against the 3.13 records (SIZES_314_64BIT); null when 3.14 is not reported. */
  sizes314x64: { cases: number; matching: number; failures: string[] } | null;
  ms: number;
}

function emptyTally(): Tally {
  return { cases: 0, matching: 0, skipped: 0, failing: 0, missingRecord: 0, skipNowPasses: 0 };
}

function add(t: Tally, v: Verdict): void {
  t.cases++;
  if (v.status === 'match') t.matching++;
  else if (v.status === 'skipped') t.skipped++;
  else {
    t.failing++;
    if (v.status === 'missing-record') t.missingRecord++;
    if (v.status === 'skip-now-passes') t.skipNowPasses++;
  }
}

/** Runs the corpus below `casesDir` on `profiles` (default: all) and returns the report. */
export function buildReport(casesDir: string, profiles: readonly CorpusProfile[] = CORPUS_PROFILES): FidelityReport {
  const t0 = Date.now();
  const cases = listCases(casesDir);
  const skiplist = loadSkiplist(casesDir);
  const runFn: RunFn = (source, options) => run(source, options);
  const report: FidelityReport = { profiles: {}, failures: {}, sizes314x64: null, ms: 0 };
  for (const profile of profiles) {
    const p = { ...emptyTally(), topics: {} as Record<string, Tally> };
    const failures: string[] = [];
    for (const c of cases) {
      const v = judge(runFn, c, profile, skiplist);
      add(p, v);
      add((p.topics[c.topic] ??= emptyTally()), v);
      if (v.status === 'mismatch') failures.push(`${c.id}: ${v.diffs[0].split('\n').join(' | ')}`);
      if (v.status === 'missing-record') failures.push(`${c.id}: no recorded output (npm run oracle)`);
      if (v.status === 'skip-now-passes') failures.push(`${c.id}: on the skiplist but now passes, remove it`);
    }
    report.profiles[profile] = p;
    report.failures[profile] = failures;
  }
  if (profiles.includes('3.14')) {
    // the shipped 64-bit 3.14 profile: equal to the 3.13 records where the structs did not change, different where they did
    const s = { cases: 0, matching: 0, failures: [] as string[] };
    for (const c of cases) {
      const same = SIZES_314_64BIT.same.includes(c.id);
      if (!same && !SIZES_314_64BIT.changed.includes(c.id)) continue;
      const record = loadRecord(c, '3.13');
      s.cases++;
      const diffs = record ? runAndCompare(runFn, c, '3.14', record) : ['no 3.13 record'];
      if (same ? diffs.length === 0 : record !== null && diffs.length > 0) s.matching++;
      else s.failures.push(`${c.id}: ${same ? diffs[0].split('\n').join(' | ') : 'equals the 3.13 record, but its struct changed in 3.14'}`);
    }
    report.sizes314x64 = s;
  }
  report.ms = Date.now() - t0;
  return report;
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}

/** The report as the plain-text tables the README quotes. */
export function formatReport(r: FidelityReport, showFailures: boolean): string {
  const lines: string[] = [];
  const row = (label: string, t: Tally) =>
    `${label.padEnd(18)} ${String(t.cases).padStart(5)} ${String(t.matching).padStart(8)} ${String(t.skipped).padStart(7)} ${String(t.failing).padStart(7)} ${pct(t.matching, t.cases).padStart(7)}`;
  const header = `${'profile'.padEnd(18)} ${'cases'.padStart(5)} ${'matching'.padStart(8)} ${'skipped'.padStart(7)} ${'failing'.padStart(7)} ${'match'.padStart(7)}`;
  lines.push('Fidelity corpus: simulator vs recorded CPython output', '', header);
  const label = (p: string): string => {
    const sim = ORACLE_PROFILE[p as CorpusProfile];
    return sim && sim !== p ? `${p} (${sim})` : p;
  };
  for (const [profile, t] of Object.entries(r.profiles)) lines.push(row(label(profile), t));
  const s = r.sizes314x64;
  if (s) {
    lines.push('', `3.14 64-bit profile, sizes vs the 3.13 records (equal where the struct is unchanged, different where 3.14 changed it): ${s.matching}/${s.cases}`);
    for (const f of s.failures) lines.push(`  ${f}`);
  }
  for (const [profile, t] of Object.entries(r.profiles)) {
    lines.push('', `Per topic, ${label(profile)}:`, header.replace('profile', 'topic  '));
    for (const [topic, tt] of Object.entries(t.topics).sort()) lines.push(row(topic, tt));
    const extra: string[] = [];
    if (t.missingRecord) extra.push(`${t.missingRecord} without recorded output`);
    if (t.skipNowPasses) extra.push(`${t.skipNowPasses} skiplist entries now pass`);
    if (extra.length) lines.push(`(failing includes ${extra.join(', ')})`);
    if (showFailures && r.failures[profile].length) {
      lines.push(`Failing on ${profile}:`);
      for (const f of r.failures[profile]) lines.push(`  ${f}`);
    }
  }
  lines.push('', `(${(r.ms / 1000).toFixed(1)} s)`);
  return lines.join('\n');
}
