#!/usr/bin/env node
// Records what real CPython prints for every runnable lesson example (a ```python block followed
// by its "Output (CPython X.Y)" block) and checks or rewrites that output block.
//
// Usage: node scripts/oracle-lessons.mjs [--write]
//   without --write: reports examples whose shown output differs from real CPython (exit 1)
//   with --write:    rewrites the output blocks with what CPython printed
// Native interpreters only (3.11 / 3.12 / 3.13 from pyenv); an example that names 3.14 is
// reported as not checked here. When a block names several versions they must all agree.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const NATIVE = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const write = process.argv.includes('--write');

const tmp = mkdtempSync(path.join(tmpdir(), 'heaplab-lessons-'));
const entry = path.join(tmp, 'entry.mjs');
await build({
  stdin: {
    contents: "export { collectLessonExamples } from './lib/cli/commands/check-content';",
    resolveDir: process.cwd(), loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'warning',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const { collectLessonExamples } = await import(pathToFileURL(entry).href);

function python(version) {
  const prefix = execFileSync('pyenv', ['prefix', NATIVE[version]], { encoding: 'utf8' }).trim();
  return path.join(prefix, 'bin', 'python3');
}

const examples = collectLessonExamples(path.resolve('content'));
const rewrites = new Map(); // file -> [{ outputLine, stdout }]
let differing = 0;
for (const ex of examples) {
  const outputs = new Set();
  for (const v of ex.versions) {
    if (!NATIVE[v]) {
      console.log(`${ex.file}:${ex.line}: ${ex.title}: CPython ${v} is not checked by this script`);
      continue;
    }
    const file = path.join(tmp, ex.title.endsWith('.py') ? ex.title : 'example.py');
    writeFileSync(file, ex.code);
    const r = spawnSync(python(v), ['-X', 'utf8', file], { cwd: tmp, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
    outputs.add(r.stdout);
  }
  if (outputs.size > 1) {
    console.log(`${ex.file}:${ex.line}: ${ex.title}: the versions named (${ex.versions.join(', ')}) print different output; split the block`);
    differing++;
    continue;
  }
  const [stdout] = [...outputs];
  if (stdout === undefined || stdout === ex.expected) continue;
  differing++;
  console.log(`${ex.file}:${ex.line}: ${ex.title}: shown output differs from CPython${write ? ' (rewritten)' : ''}`);
  if (!rewrites.has(ex.file)) rewrites.set(ex.file, []);
  rewrites.get(ex.file).push({ outputLine: ex.outputLine, stdout });
}

if (write) {
  for (const [file, list] of rewrites) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const { outputLine, stdout } of list.sort((a, b) => b.outputLine - a.outputLine)) {
      let end = outputLine; // index of the closing fence (outputLine is 1-based opening fence)
      while (end < lines.length && lines[end].trim() !== '```') end++;
      lines.splice(outputLine, end - outputLine, ...stdout.replace(/\n$/, '').split('\n'));
    }
    writeFileSync(file, lines.join('\n'));
  }
}
console.log(`lesson oracle: ${examples.length} examples, ${differing} ${write ? 'rewritten or in conflict' : 'differing from CPython'}`);
process.exitCode = differing && !write ? 1 : 0;
