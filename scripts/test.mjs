#!/usr/bin/env node
// `npm test`: every check, in order, then a per-suite summary and one closing line
// `N passed, N failed` (Vitest + Playwright test counts; a failed step without tests counts 1).
// Only a failed build stops the run early (e2e needs the built site); everything else runs on.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { nextBin } from './site-build.mjs';

const RESULTS = 'test-results';
const VITEST_JSON = path.join(RESULTS, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(RESULTS, 'playwright.json');
mkdirSync(RESULTS, { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// CI logs are plain text: no ANSI colours.
if (process.env.CI) {
  delete env.FORCE_COLOR;
  env.NO_COLOR = '1';
}
/** @type {{ name: string, status: 'passed' | 'failed' | 'skipped', passed: number, failed: number, seconds: number, note?: string }[]} */
const suites = [];

function step(name, args, extraEnv = {}) {
  console.log(`\n━━ ${name}: ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(args[0], args.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, ...extraEnv } });
  const seconds = (Date.now() - t0) / 1000;
  const ok = r.status === 0;
  console.log(`━━ ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${seconds.toFixed(1)} s`);
  return { ok, seconds };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A step whose only result is its exit status: counts as one check. */
function plainStep(name, args) {
  const { ok, seconds } = step(name, args);
  suites.push({ name, status: ok ? 'passed' : 'failed', passed: 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

const node = process.execPath;
const bin = (pkg, rel) => path.join('node_modules', pkg, rel);

// 1. Type check and lint.
plainStep('typecheck', [node, bin('typescript', 'bin/tsc'), '--noEmit']);
plainStep('lint', [node, bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.']);

// 2. Unit and corpus tests (Vitest): console reporter plus JSON to a file.
{
  const name = 'vitest';
  const { ok, seconds } = step(name, [
    node, bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`,
  ]);
  const json = readJson(VITEST_JSON);
  const passed = json?.numPassedTests ?? 0;
  let failed = json?.numFailedTests ?? 0;
  // A file that fails to load has no failed tests but fails the run: count it.
  if (!ok && failed === 0) failed = Math.max(1, json?.numFailedTestSuites ?? 0);
  suites.push({ name, status: ok ? 'passed' : 'failed', passed, failed, seconds });
}

// 3. Content checks (the heaplab CLI), when the CLI exists.
if (existsSync('bin/heaplab')) {
  plainStep('check-content', [node, 'bin/heaplab', 'check-content']);
} else {
  console.log('\n━━ check-content: skipped (bin/heaplab does not exist yet)');
  suites.push({ name: 'check-content', status: 'skipped', passed: 0, failed: 0, seconds: 0, note: 'bin/heaplab not present' });
}

// 4. Production build (static export to out/). Without it, e2e cannot run.
const built = plainStep('build', [node, nextBin, 'build']);

// 5. Chromium, then Playwright against the export.
if (!built) {
  suites.push({ name: 'e2e', status: 'skipped', passed: 0, failed: 0, seconds: 0, note: 'build failed' });
} else if (plainStep('chromium', [node, 'scripts/ensure-chromium.mjs'])) {
  const name = 'e2e';
  const { ok, seconds } = step(name, [node, bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
  });
  const stats = readJson(PLAYWRIGHT_JSON)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  let failed = stats?.unexpected ?? 0;
  if (!ok && failed === 0) failed = 1;
  suites.push({ name, status: ok ? 'passed' : 'failed', passed, failed, seconds });
} else {
  suites.push({ name: 'e2e', status: 'skipped', passed: 0, failed: 0, seconds: 0, note: 'no Chromium' });
}

// Summary.
console.log('\n━━ Summary');
for (const s of suites) {
  const counts = ['vitest', 'e2e'].includes(s.name) && s.status !== 'skipped' ? `  ${s.passed} passed, ${s.failed} failed` : '';
  const note = s.note ? ` (${s.note})` : '';
  console.log(`  ${s.status.padEnd(7)} ${s.name.padEnd(14)}${counts}${note}  ${s.seconds.toFixed(1)} s`);
}
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
