// Compiles the CLI (bin/heaplab's engine) ahead of time with esbuild, so `heaplab run` starts fast.
import { existsSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const entry = 'lib/cli/main.ts';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} not present yet, skipping`);
  process.exit(0);
}
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/heaplab-cli.mjs',
  sourcemap: 'linked',
  logLevel: 'warning',
});
