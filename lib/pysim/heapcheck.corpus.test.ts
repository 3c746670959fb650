// Every program of the fidelity corpus (lib/pysim/test/cases) must leave a consistent heap:
// no internal error, and heapCheck finds no refcount that differs from the named references.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from './index';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test', 'cases');
const cases: string[] = [];
if (existsSync(root)) {
  for (const t of readdirSync(root)) {
    const dir = path.join(root, t);
    for (const f of readdirSync(dir)) if (f.endsWith('.py')) cases.push(path.join(t, f));
  }
}

describe('heap invariants after every corpus program (3.12)', () => {
  it.each(cases.length ? cases : ['(no corpus)'])('%s', (c) => {
    if (!cases.length) return;
    const src = readFileSync(path.join(root, c), 'utf8');
    const sim = createInterpreter({ filename: path.basename(c) });
    const r = sim.run(src);
    expect(r.outcome, r.error?.stack).not.toBe('internal-error');
    if (r.outcome !== 'syntax-error') expect(sim.heapCheck()).toEqual([]);
    sim.finalize();
  });
});
