// `npm run bench`: runs allocation-heavy programs in the simulator (trace off) and in native
// CPython 3.12 when present, and prints wall times and the ratio per program (target: <= 3x).
// Also times a small snippet parsed and run in-process (target: < 20 ms).
// Each program runs in a fresh Node process of its own, as each runs in a fresh CPython process
// (and as the playground runs every program in a fresh Web Worker), so no program's run is slowed
// by the JIT state and the V8 heap the programs before it left. The simulator runs with the V8
// flags heaplab's Node entry points set (lib/cli/v8flags.ts); a second column times each program
// again in a process with V8's defaults, as in a browser.
// Usage: node scripts/bench.mjs [--runs N] [--only NAME] [--no-ops] [--no-floor] [--no-ui]
//          [--v8-defaults] (V8's default flags throughout)
//        node scripts/bench.mjs --program FILE [--runs N] [--v8-defaults]: one program, as JSON
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const dir = 'scripts/bench';
const v8Defaults = args.includes('--v8-defaults');
const programFile = args.includes('--program') ? args[args.indexOf('--program') + 1] : null;
// read by lib/cli/v8flags.ts when the bundle is imported
if (v8Defaults) process.env.HEAPLAB_V8_DEFAULTS = '1';

mkdirSync('.bench', { recursive: true });
const bundle = path.resolve('.bench/pysim-bench.mjs');
// a --program child imports the bundle its parent built
if (!programFile) {
  await build({
    entryPoints: [path.join(dir, 'entry.ts')], bundle: true, platform: 'node', format: 'esm',
    target: 'node20', outfile: bundle, logLevel: 'warning',
  });
}
const { run, parse, SIMULATOR_V8_FLAGS } = await import(pathToFileURL(bundle).href);

/** Path of native CPython 3.12, or null when pyenv does not have it. */
function cpython312() {
  try {
    const prefix = execFileSync('pyenv', ['prefix', '3.12.1'], { encoding: 'utf8' }).trim();
    const exe = path.join(prefix, 'bin', 'python3');
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

// Times exec(compile(...)) inside CPython, so interpreter start-up is not counted (the
// simulator's figure includes parsing too, so compile is included on both sides).
const TIMER = `import sys, time, io, contextlib
src = open(sys.argv[1]).read()
best = None
out = ''
for _ in range(int(sys.argv[2])):
    buf = io.StringIO()
    t = time.perf_counter()
    with contextlib.redirect_stdout(buf):
        exec(compile(src, sys.argv[1], 'exec'), {'__name__': '__main__'})
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
    out = buf.getvalue()
sys.stdout.write(repr(best) + '\\n' + out)
`;

function timeCPython(exe, file) {
  const text = execFileSync(exe, ['-c', TIMER, file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const nl = text.indexOf('\n');
  return { ms: Number(text.slice(0, nl)) * 1000, stdout: text.slice(nl + 1) };
}

// V8's collector pauses, as performance entries (delivered after the run that caused them).
const gcPauses = [];
new PerformanceObserver((list) => gcPauses.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
const gcFlush = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Best of `runs` simulator runs, with the V8 collector's pause time inside that best run. */
async function timeSimulator(source, file) {
  let best = Infinity;
  let bestGc = 0;
  let result;
  for (let i = 0; i < runs; i++) {
    gcPauses.length = 0;
    const t = performance.now();
    result = run(source, { filename: path.basename(file), trace: false, maxSteps: 1e9 });
    const t1 = performance.now();
    await gcFlush();
    if (t1 - t < best) {
      best = t1 - t;
      bestGc = gcPauses.filter((e) => e.startTime >= t && e.startTime < t1).reduce((a, e) => a + e.duration, 0);
    }
  }
  return { ms: best, gcMs: bestGc, result };
}

if (programFile) {
  const sim = await timeSimulator(readFileSync(programFile, 'utf8'), programFile);
  console.log(JSON.stringify({ ms: sim.ms, gcMs: sim.gcMs, stdout: sim.result.stdout, outcome: sim.result.outcome }));
  process.exit(0);
}

/**
 * Times one program in a fresh Node process (this script with --program), with heaplab's V8
 * flags or, with `defaults`, V8's own. Returns { ms, gcMs, stdout, outcome }.
 */
function timeInFreshProcess(file, defaults) {
  const childArgs = [fileURLToPath(import.meta.url), '--program', file, '--runs', String(runs), ...(defaults ? ['--v8-defaults'] : [])];
  const out = execFileSync(process.execPath, childArgs, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

const exe = cpython312();
const rows = [];
for (const name of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  if (only && !name.includes(only)) continue;
  const file = path.join(dir, name);
  const sim = timeInFreshProcess(file, v8Defaults);
  const simDefaults = v8Defaults ? null : timeInFreshProcess(file, true);
  const native = exe ? timeCPython(exe, file) : null;
  const same = native ? native.stdout === sim.stdout : null;
  rows.push({
    program: name.replace(/\.py$/, ''),
    sim: sim.ms,
    gc: sim.gcMs,
    cpython: native?.ms ?? null,
    ratio: native ? sim.ms / native.ms : null,
    simDefaults: simDefaults?.ms ?? null,
    ratioDefaults: simDefaults && native ? simDefaults.ms / native.ms : null,
    outcome: sim.outcome,
    same,
  });
}

// Single operations, 300 000 times each (scripts/bench/ops): where the per-operation cost lies.
const opsDir = path.join(dir, 'ops');
const opRows = [];
if (!args.includes('--no-ops') && !only && existsSync(opsDir)) {
  for (const name of readdirSync(opsDir).filter((f) => f.endsWith('.py')).sort()) {
    const file = path.join(opsDir, name);
    const sim = timeInFreshProcess(file, v8Defaults);
    const native = exe ? timeCPython(exe, file) : null;
    opRows.push({ program: name.replace(/\.py$/, ''), sim: sim.ms, cpython: native?.ms ?? null });
  }
}

// A small snippet, parsed and run in-process, after warm-up.
const SNIPPET = `import sys
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, sys.getrefcount(a))
class C:
    def __init__(self): self.me = self
c = C()
del c
`;
for (let i = 0; i < 20; i++) run(SNIPPET, { filename: 'snippet.py' });
const snippetTimes = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  run(SNIPPET, { filename: 'snippet.py' });
  snippetTimes.push(performance.now() - t);
}
snippetTimes.sort((a, b) => a - b);
const snippetMedian = snippetTimes[Math.floor(snippetTimes.length / 2)];

// Parser speed on a 200-line program (target: well under 5 ms after warm-up).
const CHUNK = [
  'class Node:', '    def __init__(self, value, children=None):', '        self.value = value',
  '        self.children = [c for c in (children or []) if c is not None]', '',
  'def walk(node, depth=0):', '    total = node.value * 2 ** depth', '    for child in node.children:',
  '        total += walk(child, depth + 1)', '    return total if total > 0 else -total', '',
  "print(f'{walk(Node(1, [Node(2), Node(3)]))=}', {'a': [1, 2, (3, 4)], **extra})", '',
].join('\n');
const BIG = Array.from({ length: 16 }, () => CHUNK).join('\n') + '\n';
for (let i = 0; i < 30; i++) parse(BIG);
let parseBest = Infinity;
for (let batch = 0; batch < 8; batch++) {
  const t = performance.now();
  for (let k = 0; k < 10; k++) parse(BIG);
  parseBest = Math.min(parseBest, (performance.now() - t) / 10);
}

const fmt = (n) => (n == null ? '—' : n.toFixed(1));
const ratio = (x) => (x == null ? '—' : x.toFixed(2) + '×');
console.log(`heaplab bench — simulator (profile 3.12, trace off) vs native CPython 3.12${exe ? '' : ' (not found)'}; best of ${runs}`);
console.log('each program and each single operation in a fresh process, on both sides');
console.log(v8Defaults ? 'V8 flags: the defaults (as in a browser)' : `V8 flags: ${SIMULATOR_V8_FLAGS.join(' ')} (as the CLI); "V8 defaults" columns: a browser's defaults`);
console.log('');
console.log('| program | simulator ms | of which V8 GC ms | CPython 3.12 ms | ratio | V8 defaults ms | ratio, V8 defaults | same stdout | outcome |');
console.log('|---|---:|---:|---:|---:|---:|---:|:---:|---|');
for (const r of rows) {
  console.log(`| ${r.program} | ${fmt(r.sim)} | ${fmt(r.gc)} | ${fmt(r.cpython)} | ${ratio(r.ratio)} | ${fmt(r.simDefaults)} | ${ratio(r.ratioDefaults)} | ${r.same == null ? '—' : r.same ? 'yes' : 'NO'} | ${r.outcome} |`);
}
if (opRows.length) {
  console.log('');
  console.log('Single operations, 300 000 times each (scripts/bench/ops; ns per turn, loop included):');
  console.log('');
  console.log('| operation | simulator ns | CPython 3.12 ns | ratio |');
  console.log('|---|---:|---:|---:|');
  for (const r of opRows) {
    const ns = (ms) => (ms == null ? '—' : ((ms * 1e6) / 300_000).toFixed(0));
    console.log(`| ${r.program} | ${ns(r.sim)} | ${ns(r.cpython)} | ${r.cpython == null ? '—' : (r.sim / r.cpython).toFixed(2) + '×'} |`);
  }
}
console.log('');
console.log(`small snippet (parse + run, in-process, median of 50): ${snippetMedian.toFixed(2)} ms (target < 20 ms)`);
console.log(`parse of a ${BIG.split('\n').length}-line program (best of 8 batches): ${parseBest.toFixed(2)} ms (target < 5 ms)`);
const over = rows.filter((r) => r.ratio != null && r.ratio > 3);
console.log(over.length ? `over the 3× target: ${over.map((r) => r.program).join(', ')}` : 'every ratio within the 3× target');

const floorBench = 'scripts/bench-floor.mjs';
if (existsSync(floorBench) && !args.includes('--no-floor')) {
  console.log('');
  await import(pathToFileURL(path.resolve(floorBench)).href);
}

const uiBench = 'scripts/bench-ui.mjs';
if (existsSync(uiBench) && !args.includes('--no-ui')) {
  console.log('');
  await import(pathToFileURL(path.resolve(uiBench)).href);
}
