// Compiles the CLI (bin/heaplab's engine) ahead of time with esbuild, so `heaplab run` starts fast.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const entry = 'lib/cli/main.ts';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} not present yet, skipping`);
  process.exit(0);
}
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Code splitting keeps `heaplab run` light: commands load their own chunk on demand.
  splitting: true,
  outdir: 'dist',
  entryNames: 'heaplab-cli',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies (gray-matter) call require() on Node built-ins.
  banner: { js: "import { createRequire as __heaplabCreateRequire } from 'node:module'; const require = __heaplabCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
