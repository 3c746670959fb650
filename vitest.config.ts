import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';
import { SIMULATOR_V8_FLAGS } from './lib/cli/v8flags';

/**
 * V8 stack for the test processes, in KiB: 4000, or half the OS stack limit when that is smaller
 * (V8 must stop before the thread's real stack does).
 */
function testStackKiB(): number {
  let limit = Infinity;
  try {
    const out = execSync('ulimit -s', { shell: '/bin/sh', encoding: 'utf8' }).trim();
    if (/^\d+$/.test(out)) limit = Number(out);
  } catch {
    /* no shell: keep the default */
  }
  return Math.max(984, Math.min(4000, Math.floor(limit / 2)));
}

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Test files run in child processes with a JS stack several times V8's default 984 KiB (as
    // the CLI's re-run thread has): unoptimised engine code fills 984 KiB at about 1 000 Python
    // calls, and the corpus's programs that recurse to CPython's limit must not depend on how
    // warm the JIT is. The V8 flag is the CLI's (lib/cli/v8flags.ts), so tests run the engine as it runs there.
    execArgv: [`--stack-size=${testStackKiB()}`, ...SIMULATOR_V8_FLAGS],
  },
});
