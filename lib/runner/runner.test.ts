import { describe, expect, test } from 'vitest';
import { run, snapshotAt } from '@/lib/pysim';
import type { Trace } from '@/lib/pysim/trace/types';
import { SnapshotCursor } from './cursor';
import { MemoryCursor } from './memory';
import { SlotLayout, TraceIndex, describeStep, eventsAt, freedAt, unreachableAt } from './view';

const PROGRAM = `import gc
class Node: pass
a = Node()
b = Node()
a.other = b
b.other = a
x = [1, 2, 3]
y = x
del a, b
n = gc.collect()
t = [x]
del t
for i in range(400):
    z = [i, i]
print(n)
`;

function traceOf(src: string): Trace {
  const r = run(src, { profile: '3.12', trace: true });
  expect(r.outcome).toBe('ok');
  return r.trace!;
}

describe('lib/runner view model', () => {
  const trace = traceOf(PROGRAM);
  const lineOf = (text: string) => PROGRAM.split('\n').indexOf(text) + 1;

  test('the cursor gives snapshotAt() for every step, in any order', () => {
    const cursor = new SnapshotCursor(trace);
    const n = trace.deltas.length;
    expect(cursor.length).toBe(n);
    const order = [...Array(n).keys(), ...[...Array(n).keys()].reverse(), 0, n - 1, 5, 250, 3, 101, 99, 100];
    for (const k of order) expect(cursor.at(k)).toEqual(snapshotAt(trace, Math.min(k, n - 1)));
  });

  test('slots are stable while an object lives and are reused after it is freed', () => {
    const index = new TraceIndex();
    index.update(trace.events, trace.collections ?? []);
    const layout = new SlotLayout(false);
    layout.update(trace.deltas, index);
    const cursor = new SnapshotCursor(trace);
    const seen = new Map<number, number>();
    for (let k = 0; k < trace.deltas.length; k++) {
      const s = cursor.at(k)!;
      const used = new Set<number>();
      for (const o of Object.values(s.objects)) {
        const slot = layout.slot.get(o.id);
        if (slot === undefined) continue;
        if (seen.has(o.id)) expect(slot).toBe(seen.get(o.id));
        seen.set(o.id, slot);
        expect(used.has(slot)).toBe(false); // two live objects never share a slot
        used.add(slot);
      }
    }
    // 400 short-lived lists in a loop reuse a handful of slots.
    expect(layout.extent).toBeLessThan(40);
  });

  test('the cycle is unreachable after del and freed by the collector, with words for each step', () => {
    const index = new TraceIndex();
    index.update(trace.events, trace.collections ?? []);
    const layout = new SlotLayout(false);
    layout.update(trace.deltas, index);
    const cursor = new SnapshotCursor(trace);
    const kDel = trace.deltas.findIndex((d) => d.line === lineOf('del a, b'));
    const before = cursor.at(kDel)!;
    const ids = before.frames[0].bindings.filter((b) => b.label === 'a' || b.label === 'b').map((b) => b.ref);
    const after = unreachableAt(kDel + 1, layout, index);
    expect(after.filter((g) => g.kind === 'unreachable').map((g) => g.record.id).sort()).toEqual([...ids].sort());
    const stop = trace.events.find((e) => e.type === 'gc-stop')!;
    const freed = unreachableAt(stop.step, layout, index);
    expect(freed.filter((g) => g.kind === 'freed' && g.cause === 'gc').map((g) => g.record.id).sort()).toEqual([...ids].sort());
    const rec = trace.collections!.find((c) => c.step === stop.step)!;
    for (const id of ids) expect(rec.unreachable).toContain(id);

    const kY = trace.deltas.findIndex((d) => d.line === lineOf('y = x'));
    const xId = before.frames[0].bindings.find((b) => b.label === 'x')!.ref;
    const words = describeStep(cursor.at(kY)!, cursor.at(kY + 1)!, eventsAt(trace.events, kY + 1));
    expect(words).toContain(`list #${xId} refcount 1 → 2, held by global x, global y`);

    const kT = trace.deltas.findIndex((d) => d.line === lineOf('del t'));
    const ghosts = freedAt(cursor.at(kT)!, cursor.at(kT + 1)!, trace.deltas[kT + 1], index);
    expect(ghosts.map((g) => g.record.type)).toEqual(['list']);
  });

  test('the memory view is the same whether reached forward or backward', () => {
    const fwd = new MemoryCursor();
    const views = [];
    for (let k = 0; k < trace.deltas.length; k++) views.push(JSON.stringify(fwd.at(trace.events, k)));
    const back = new MemoryCursor();
    back.at(trace.events, trace.deltas.length - 1);
    for (let k = trace.deltas.length - 1; k >= 0; k -= 7) expect(JSON.stringify(back.at(trace.events, k))).toBe(views[k]);
    const last = fwd.at(trace.events, trace.deltas.length - 1);
    expect(last.usedBlocks).toBeGreaterThan(0);
    for (const p of last.pools) for (const b of p.blocks) expect(b.blockSize).toBe(p.blockSize);
  });
});
