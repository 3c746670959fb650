// The fidelity report behind `node scripts/fidelity.mjs`: runs the whole corpus through the
// simulator on every profile and tallies matching, skipped (on the skiplist) and failing cases,
// per profile and per topic. Kept free of Vitest so a plain Node bundle can run it.

import { run } from '../index';
import {
  CORPUS_PROFILES,
  judge,
  listCases,
  loadSkiplist,
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
  const report: FidelityReport = { profiles: {}, failures: {}, ms: 0 };
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
  for (const [profile, t] of Object.entries(r.profiles)) lines.push(row(profile, t));
  for (const [profile, t] of Object.entries(r.profiles)) {
    lines.push('', `Per topic, ${profile}:`, header.replace('profile', 'topic  '));
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
