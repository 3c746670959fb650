#!/usr/bin/env node
// Runs the fidelity corpus (lib/pysim/test/cases) through the simulator and prints, per profile
// and per topic, how many cases match the recorded CPython output, how many are skipped (known
// mismatches on lib/pysim/test/skiplist.json) and how many fail. The 3.14 records come from
// Pyodide (wasm32) and are checked with the `3.14-wasm32` profile; the 64-bit `3.14` profile's
// sizes are checked against the 3.13 records (lib/pysim/test/corpus.ts SIZES_314_64BIT).
//
// Usage: node scripts/fidelity.mjs [--json] [--failures] [--only 3.12[,3.13]]
//
// The TypeScript (lib/pysim/test/fidelity-report.ts and the simulator it imports) is bundled
// with esbuild into a temporary .mjs, then imported: Node 20 cannot run TypeScript itself.
// Exit status: 0 when nothing fails, 1 otherwise.

import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROFILES = ['3.11', '3.12', '3.13', '3.14'];

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const showFailures = argv.includes('--failures');
const onlyAt = argv.indexOf('--only');
const profiles = onlyAt >= 0 ? argv[onlyAt + 1].split(',') : PROFILES;
for (const p of profiles) {
  if (!PROFILES.includes(p)) {
    console.error(`unknown profile ${p}; use ${PROFILES.join(', ')}`);
    process.exit(2);
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'heaplab-fidelity-'));
const outfile = path.join(tmp, 'fidelity.mjs');
try {
  await build({
    entryPoints: [path.join(ROOT, 'lib/pysim/test/fidelity-report.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  const { buildReport, formatReport } = await import(pathToFileURL(outfile).href);
  const report = buildReport(path.join(ROOT, 'lib/pysim/test/cases'), profiles);
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report, showFailures));
  const failing = Object.values(report.profiles).reduce((n, t) => n + t.failing, 0) + (report.sizes314x64?.failures.length ?? 0);
  process.exitCode = failing ? 1 : 0;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
