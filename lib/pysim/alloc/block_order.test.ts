import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POOL_OVERHEAD, POOL_SIZE, PyMalloc } from './obmalloc';

// fixtures/block_order.py runs a 512-byte workload through the real PyObject_Malloc and
// PyObject_Free (ctypes) and records each allocation as [pool label, block index]. On every
// version the interpreter itself takes block 0 of the first new pool between the drain and the
// workload (the recordings start at [0, 1]), so the model allocates one block first too.
function workload(): number[][] {
  const m = new PyMalloc();
  m.PyObject_Malloc(512); // the interpreter's block
  const N = 31 * 4;
  const arr = new Float64Array(N);
  const labels = new Map<number, number>();
  const out: number[][] = [];
  const alloc = (i: number) => {
    const a = m.PyObject_Malloc(512);
    arr[i] = a;
    const pool = a - (a % POOL_SIZE);
    if (!labels.has(pool)) labels.set(pool, labels.size);
    out.push([labels.get(pool)!, (a - pool - POOL_OVERHEAD) / 512]);
  };
  for (let i = 0; i < N; i++) alloc(i);
  const third: number[] = [];
  for (let i = 0; i < 31; i += 3) third.push(i);
  for (const i of third) m.PyObject_Free(arr[i]!);
  for (let i = 62; i < 93; i++) m.PyObject_Free(arr[i]!);
  m.PyObject_Free(arr[40]!);
  for (const i of [...third, 62, 63, 64, 40]) alloc(i);
  return out;
}

describe('block order vs the real allocator', () => {
  for (const v of ['311', '312', '313']) {
    it(`matches CPython ${v[0]}.${v.slice(1)} block for block (LIFO free lists, front-linked pools)`, () => {
      const real = JSON.parse(readFileSync(join(__dirname, 'fixtures', `block_order.${v}.json`), 'utf8')) as number[][];
      expect(real.length).toBe(139);
      expect(workload()).toEqual(real);
    });
  }
});
