// Shared helpers for start.mjs, e2e.mjs and test.mjs: is the static export current, and build it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

/** Files and folders whose changes make out/ stale. */
export const SITE_SOURCES = [
  'app', 'components', 'content', 'lib', 'public', 'mdx-components.tsx', 'next.config.mjs', 'package.json', 'tsconfig.json',
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when out/index.html is missing or older than any site source. */
export function exportIsStale(root = process.cwd()) {
  const marker = path.join(root, 'out', 'index.html');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SITE_SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/** The local `next` binary (no global install or network needed). */
export const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

/**
 * Runs `next build` (Turbopack) with telemetry off; resolves with the exit status.
 * SIGINT/SIGTERM sent to this process are passed on, so no orphaned build is left behind.
 */
export function runNextBuild() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
