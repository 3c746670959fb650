#!/usr/bin/env node
// `npm start`: builds the static site when out/ is missing or stale, then serves it.
// PORT (default 3000) and HOST (default 127.0.0.1) are respected. Needs only node_modules.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { exportIsStale, runNextBuild } from './site-build.mjs';
import { serve } from './serve-static.mjs';

// The CLI is compiled on `npm ci` (postinstall); rebuild it if it is missing.
if (existsSync('lib/cli/main.ts') && !existsSync('dist/heaplab-cli.mjs')) {
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}

if (exportIsStale()) {
  console.log('heaplab: building the static site (next build) ...');
  const status = await runNextBuild();
  if (status !== 0) {
    console.error('heaplab: next build failed; nothing to serve.');
    process.exit(status);
  }
} else {
  console.log('heaplab: out/ is up to date, skipping the build.');
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
try {
  const { url } = await serve('out', { port, host });
  console.log(`heaplab is running at ${url}  (Ctrl+C to stop)`);
} catch (err) {
  console.error(`heaplab: cannot listen on ${host}:${port}: ${err.message}. Set PORT to use another port.`);
  process.exit(1);
}
