// Micro-benchmark of the pymalloc model: node lib/pysim/alloc/bench.mjs
// Bundles index.ts with esbuild in memory, then times the hot paths (best wall time per
// operation; a malloc+free pair is one operation in the pair loops, two in the 1e6 loops).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false });
const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
const { PyMalloc } = mod;

/** Best of 5 runs (after a warm-up): the machine may be shared with other jobs. */
function time(label, ops, fn) {
  fn();
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  console.log(`${label.padEnd(56)} ${(best / ops).toFixed(1).padStart(7)} ns/op`);
}

const N = 1_000_000;
time('malloc(32) + free, pool stays in use (hot path)', N, () => {
  const m = new PyMalloc();
  m.PyObject_Malloc(32); // keeps the pool from emptying
  for (let i = 0; i < N; i++) m.PyObject_Free(m.PyObject_Malloc(32, i));
});

time('malloc(32) + free, pool empties each time (slow path)', N, () => {
  const m = new PyMalloc();
  for (let i = 0; i < N; i++) m.PyObject_Free(m.PyObject_Malloc(32, i));
});

time('1e6 x malloc(16..512), then free all (LIFO order)', 2_000_000, () => {
  const m = new PyMalloc();
  const a = new Float64Array(1_000_000);
  for (let i = 0; i < a.length; i++) a[i] = m.PyObject_Malloc(16 + (i % 8) * 56, i);
  for (let i = a.length - 1; i >= 0; i--) m.PyObject_Free(a[i]);
});

time('1e6 x malloc(56), then free all (random order)', 2_000_000, () => {
  const m = new PyMalloc();
  const a = new Float64Array(1_000_000);
  for (let i = 0; i < a.length; i++) a[i] = m.PyObject_Malloc(56, i);
  let s = 12345;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    const t = a[i]; a[i] = a[j]; a[j] = t;
  }
  for (let i = 0; i < a.length; i++) m.PyObject_Free(a[i]);
});

time('system allocator: malloc(1000) + free', N, () => {
  const m = new PyMalloc();
  for (let i = 0; i < N; i++) m.PyObject_Free(m.PyObject_Malloc(1000, i));
});

// Load-robust figure: best of many 1000-operation batches (a quiet moment is enough).
{
  const m = new PyMalloc();
  m.PyObject_Malloc(32);
  const K = 1000;
  const a = new Float64Array(K);
  let bm = Infinity;
  let bf = Infinity;
  for (let r = 0; r < 20000; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < K; i++) a[i] = m.PyObject_Malloc(32, i);
    const t1 = process.hrtime.bigint();
    for (let i = K - 1; i >= 0; i--) m.PyObject_Free(a[i]);
    const t2 = process.hrtime.bigint();
    bm = Math.min(bm, Number(t1 - t0));
    bf = Math.min(bf, Number(t2 - t1));
  }
  console.log(`${'best 1000-op batch: PyObject_Malloc(32)'.padEnd(56)} ${(bm / K).toFixed(1).padStart(7)} ns/op`);
  console.log(`${'best 1000-op batch: PyObject_Free'.padEnd(56)} ${(bf / K).toFixed(1).padStart(7)} ns/op`);
}
