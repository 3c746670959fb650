#!/usr/bin/env node
// `npm run test:e2e`: makes sure Chromium and a current static export exist, then runs
// Playwright. Extra arguments go to `playwright test` (e.g. a spec file or -g pattern).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { exportIsStale, runNextBuild } from './site-build.mjs';

const node = process.execPath;
const run = (args, env = {}) =>
  spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } }).status ?? 1;

if (run(['scripts/ensure-chromium.mjs']) !== 0) process.exit(1);
if (exportIsStale()) {
  console.log('e2e: out/ is missing or stale; running next build');
  const status = await runNextBuild();
  if (status !== 0) process.exit(status);
}
process.exit(run([path.join('node_modules', '@playwright/test', 'cli.js'), 'test', ...process.argv.slice(2)]));
