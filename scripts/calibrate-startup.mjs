#!/usr/bin/env node
// Measures the profile parameters that stand for the interpreter's own start-up (site, codecs,
// the import system), which heaplab does not simulate:
// - `startupFreeLists`: the objects start-up leaves on the free lists, read from
//   sys._debugmallocstats() at a script's first line; heaplab puts as many there before a program
//   runs, so the program's first lists, dicts, floats and tuples reuse them as in CPython;
// - `startupPoolBlocks`: the pymalloc blocks in use per size class at a script's first line;
//   heaplab allocates as many (less its own start-up objects) before a program runs, so pools
//   fill, empty and get reused as CPython's do;
// - `startupAllocatedBlocks`: the memory blocks CPython has allocated at a script's first line
//   beyond the ones heaplab's own start-up (with those free lists) makes; heaplab adds it to
//   sys.getallocatedblocks(), so the counts a program prints are in CPython's range and small-int
//   caching treats them as CPython does.
// Run it again after changing startupFreeLists or startupPoolBlocks: the last figure depends on them.
//
// Usage: node scripts/calibrate-startup.mjs   (needs the native interpreters of scripts/oracle.mjs)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cleanEnv } from './oracle.mjs';

const NATIVE = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const SOURCE = 'import sys\nprint(sys.getallocatedblocks())\n';

mkdirSync('.bench', { recursive: true });
const bundle = path.resolve('.bench/calibrate.mjs');
await build({ entryPoints: ['scripts/bench/entry.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'warning' });
const { run, getProfile } = await import(pathToFileURL(bundle).href);

/** The pymalloc blocks in use per size class in a _debugmallocstats() report (index: size class). */
function poolBlocks(report) {
  const blocks = new Array(32).fill(0);
  for (const m of report.matchAll(/^\s+(\d+)\s+\d+\s+\d+\s+(\d+)\s+\d+$/gm)) blocks[Number(m[1])] = Number(m[2]);
  return blocks;
}

/** The free-list counts of a _debugmallocstats() report. */
function freeLists(report) {
  const count = (name) => Number((report.match(new RegExp(`(\\d+) free ${name} `)) ?? [0, 0])[1]);
  const tuple = [];
  for (const m of report.matchAll(/(\d+) free (\d+)-sized PyTupleObjects/g)) tuple[Number(m[2]) - 1] = Number(m[1]);
  return { dict: count('PyDictObjects'), float: count('PyFloatObjects'), list: count('PyListObjects'), tuple: Array.from(tuple, (n) => n ?? 0) };
}

const dir = mkdtempSync(path.join(tmpdir(), 'heaplab-calibrate-'));
writeFileSync(path.join(dir, 'blocks.py'), SOURCE);
writeFileSync(path.join(dir, 'stats.py'), 'import sys\nsys._debugmallocstats()\n');
for (const [profile, version] of Object.entries(NATIVE)) {
  const prefix = execFileSync('bash', ['-lc', `pyenv prefix ${version}`], { encoding: 'utf8' }).trim();
  const stats = spawnSync(path.join(prefix, 'bin/python3'), ['-X', 'utf8', 'stats.py'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' }).stderr;
  console.log(`${profile}: startupFreeLists: ${JSON.stringify(freeLists(stats)).replace(/"/g, '')},`);
  console.log(`${profile}: startupPoolBlocks: ${JSON.stringify(poolBlocks(stats))},`);
  const real = Number(execFileSync(path.join(prefix, 'bin/python3'), ['-X', 'utf8', 'blocks.py'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' }));
  const simulated = Number(run(SOURCE, { profile, filename: 'blocks.py' }).stdout) - getProfile(profile).startupAllocatedBlocks;
  console.log(`${profile}: CPython ${real}, heaplab's own ${simulated}: startupAllocatedBlocks = ${real - simulated}`);
}
