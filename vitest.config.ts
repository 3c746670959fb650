import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
    // warm the JIT is.
    execArgv: ['--stack-size=4000'],
  },
});
