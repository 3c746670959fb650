// The machine's floor under the simulator's figures (printed by `npm run bench`, or alone with
// `node scripts/bench-floor.mjs`): what fresh memory and long-lived JavaScript objects cost here,
// next to what a long-lived CPython object costs. Every simulated object that stays alive is at
// least one JavaScript object, so a program that keeps N objects alive pays N times the "kept"
// figure before any interpretation happens.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const N = 300_000;
const PAGE = 4096;

/** Best of `reps` timings of `fn`, in ms. */
function best(reps, fn) {
  let b = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    b = Math.min(b, performance.now() - t);
  }
  return b;
}

/** A 7-field object: about the size of a simulated int (PyLong). */
class Seven {
  constructor(i) {
    this.a = 1;
    this.b = 2;
    this.c = 3;
    this.d = 4;
    this.e = 5;
    this.f = null;
    this.g = i;
  }
}

// First touch of fresh memory: a new 64 MiB buffer, one write per 4 KiB page.
const MIB = 64;
const touchMs = best(3, () => {
  const b = new Uint8Array(new ArrayBuffer(MIB * 1024 * 1024));
  for (let i = 0; i < b.length; i += PAGE) b[i] = 1;
});

// Results go to a property so that neither the optimiser nor the linter sees a dead store.
const sink = { v: null };
const garbageMs = best(5, () => {
  for (let i = 0; i < N; i++) sink.v = new Seven(i);
});
const keptMs = best(5, () => {
  const keep = [];
  for (let i = 0; i < N; i++) keep.push(new Seven(i));
  sink.v = keep;
});
sink.v = null;

/** ns per kept object in native CPython 3.12 (`[object() for _ in range(N)]`), or null. */
function cpythonKept() {
  try {
    const prefix = execFileSync('pyenv', ['prefix', '3.12.1'], { encoding: 'utf8' }).trim();
    const exe = path.join(prefix, 'bin', 'python3');
    if (!existsSync(exe)) return null;
    const code = `import time\nb = 1e9\nfor _ in range(5):\n    t = time.perf_counter(); keep = [object() for _ in range(${N})]; b = min(b, time.perf_counter() - t); del keep\nprint(b * 1e9 / ${N})`;
    return Number(execFileSync(exe, ['-c', code], { encoding: 'utf8' }));
  } catch {
    return null;
  }
}
const cpy = cpythonKept();

const ns = (ms) => ((ms * 1e6) / N).toFixed(0);
console.log('machine floor (best of 3–5, this process):');
console.log(`- fresh memory, first touch: ${((touchMs * 1e6) / ((MIB * 1024 * 1024) / PAGE) / 1000).toFixed(1)} µs per 4 KiB page (${((MIB / touchMs) * 1000).toFixed(0)} MiB/s)`);
console.log(`- a 7-field JS object that dies young: ${ns(garbageMs)} ns; one kept alive (${N.toLocaleString('en')} in an array): ${ns(keptMs)} ns`);
if (cpy != null) console.log(`- a CPython 3.12 object kept alive ([object() for _ in range(${N})]): ${cpy.toFixed(0)} ns`);
