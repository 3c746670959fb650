import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ARENA_SIZE,
  INDEX2SIZE,
  NUMBLOCKS,
  POOL_OVERHEAD,
  POOL_SIZE,
  PyMalloc,
  sizeClassIndex,
  type AllocSnapshot,
} from './obmalloc';
import { ALLOC_PROFILES } from './profile';
import { NO_BASE, type PyObject } from '../objects/object';

/** Allocate n blocks of `nbytes`, returning their addresses. */
function many(m: PyMalloc, n: number, nbytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(m.PyObject_Malloc(nbytes, i));
  return out;
}

function arenaOfSnapshot(s: AllocSnapshot, index: number) {
  const a = s.arenas.find((x) => x.index === index);
  if (!a) throw new Error(`no arena ${index}`);
  return a;
}

describe('size classes', () => {
  it('maps 1..512 bytes to 32 classes of 16-byte steps', () => {
    expect(sizeClassIndex(1)).toBe(0);
    expect(sizeClassIndex(16)).toBe(0);
    expect(sizeClassIndex(17)).toBe(1);
    expect(sizeClassIndex(512)).toBe(31);
    expect(INDEX2SIZE(31)).toBe(512);
    expect(NUMBLOCKS(0)).toBe(1021); // (16384 - 48) / 16
    expect(NUMBLOCKS(31)).toBe(31);
  });
});

describe('PyMalloc blocks', () => {
  it('hands out the first block after the pool header, 16-byte aligned, at 0x7f.. addresses', () => {
    const m = new PyMalloc();
    const a = m.PyObject_Malloc(24);
    expect(a % 16).toBe(0);
    expect((a - POOL_OVERHEAD) % POOL_SIZE).toBe(0);
    expect(a.toString(16)).toMatch(/^7f[0-9a-f]{10}$/);
    expect(m.sizeClassOf(a)).toBe(1);
    expect(m.blockSizeOf(a)).toBe(32);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = new PyMalloc(undefined, { seed: 1 }).PyObject_Malloc(16);
    const b = new PyMalloc(undefined, { seed: 1 }).PyObject_Malloc(16);
    const c = new PyMalloc(undefined, { seed: 2 }).PyObject_Malloc(16);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('carves never-used blocks in address order and reuses freed blocks LIFO', () => {
    const m = new PyMalloc();
    const [a, b, c] = many(m, 3, 32);
    expect(b! - a!).toBe(32);
    expect(c! - b!).toBe(32);
    m.PyObject_Free(a!);
    m.PyObject_Free(c!);
    expect(m.PyObject_Malloc(20)).toBe(c); // last freed, first reused
    expect(m.PyObject_Malloc(30)).toBe(a);
    expect(m.PyObject_Malloc(32)).toBe(c! + 32); // then virgin memory again
  });

  it('puts different size classes in different pools', () => {
    const m = new PyMalloc();
    const a = m.PyObject_Malloc(16);
    const b = m.PyObject_Malloc(64);
    expect(b - a).toBe(POOL_SIZE);
  });

  it('switches to a new pool when one is full, and returns to a pool that gets a free block', () => {
    const m = new PyMalloc();
    const first = many(m, NUMBLOCKS(31), 512);
    const poolA = first[0]! - POOL_OVERHEAD;
    expect(first[30]).toBe(poolA + POOL_OVERHEAD + 30 * 512);
    const b0 = m.PyObject_Malloc(500);
    expect(b0).toBe(poolA + POOL_SIZE + POOL_OVERHEAD); // pool A is full: a new pool
    m.PyObject_Free(first[7]!);
    // insert_to_usedpool links the formerly full pool at the front of usedpools[31]
    expect(m.PyObject_Malloc(512)).toBe(first[7]);
    expect(m.PyObject_Malloc(512)).toBe(b0 + 512);
  });

  it('reuses an emptied pool for another size class (freepools, LIFO)', () => {
    const m = new PyMalloc();
    const a = many(m, 3, 100);
    const keep = m.PyObject_Malloc(16); // second pool
    for (const p of a) m.PyObject_Free(p);
    const s = m.snapshot();
    expect(s.arenas[0]!.pools[0]!.status).toBe('empty');
    const c = m.PyObject_Malloc(200); // takes the cached free pool, re-initialised for class 12
    expect(c).toBe(a[0]);
    expect(m.sizeClassOf(c)).toBe(12);
    expect(m.isLive(keep)).toBe(true);
  });

  it('keeps the free list of an emptied pool reused for the same class', () => {
    const m = new PyMalloc();
    const a = many(m, 4, 48);
    for (const p of [a[1]!, a[0]!, a[3]!, a[2]!]) m.PyObject_Free(p);
    // pool now empty; reused for class 2 with its freeblock list intact: a[2] was freed last
    expect(m.PyObject_Malloc(48)).toBe(a[2]);
    expect(m.PyObject_Malloc(48)).toBe(a[3]);
  });

  it('throws on a double free or a foreign address', () => {
    const m = new PyMalloc();
    const a = m.PyObject_Malloc(16);
    m.PyObject_Free(a);
    expect(() => m.PyObject_Free(a)).toThrow(/not a live block/);
    expect(() => m.PyObject_Free(a + 8)).toThrow(/not a live block/);
    expect(() => m.PyObject_Free(0x1234_5670)).toThrow(/not a live block/);
    m.PyObject_Free(0); // NULL: no effect
  });

  it('keeps owner ids per block', () => {
    const m = new PyMalloc();
    const a = m.PyObject_Malloc(16, 41);
    const b = m.PyObject_Malloc(700, 42);
    expect(m.ownerOf(a)).toBe(41);
    expect(m.ownerOf(b)).toBe(42);
    m.setOwner(a, 7);
    expect(m.ownerOf(a)).toBe(7);
    const s = m.snapshot();
    expect(s.arenas[0]!.pools[0]!.blocks[0]).toEqual({ address: a, used: true, owner: 7 });
    expect(s.system).toEqual([{ address: b, nbytes: 700, owner: 42 }]);
    const lite = m.snapshot({ blocks: false });
    expect(lite.arenas[0]!.pools[0]!.blocks).toEqual([]);
    expect(lite.arenas[0]!.pools[0]!.usedBlocks).toBe(1);
  });
});

describe('object allocation (mallocObject / freeObject)', () => {
  /** A stand-in for a PyObject: only the two address fields the allocator writes. */
  const obj = () => ({ blk: NO_BASE, off: 0 }) as unknown as PyObject;
  const addrOf = (o: PyObject) => o.blk.address + o.off;

  it('gives an object the block address plus its pre-header, and frees that block', () => {
    const heap = new PyMalloc();
    const a = obj();
    heap.mallocObject(a, 40, 16);
    const block = addrOf(a) - 16;
    expect(heap.isLive(block)).toBe(true);
    expect(heap.blockSizeOf(block)).toBe(48);
    heap.freeObject(a, 16);
    expect(heap.isLive(block)).toBe(false);
    // LIFO reuse: the next 48-byte block is the one just freed
    expect(heap.PyObject_Malloc(33)).toBe(block);
  });

  it("refuses to free an object's block twice", () => {
    const heap = new PyMalloc();
    const keep = heap.PyObject_Malloc(40);
    const a = obj();
    heap.mallocObject(a, 40, 16);
    heap.freeObject(a, 16);
    expect(() => heap.freeObject(a, 16)).toThrow(/not a live block/);
    expect(heap.isLive(keep)).toBe(true);
  });

  it('agrees with PyObject_Malloc for large requests (system allocator)', () => {
    const heap = new PyMalloc();
    const o = obj();
    heap.mallocObject(o, 4096, 0);
    expect(heap.sizeClassOf(addrOf(o))).toBe(-1);
    heap.freeObject(o, 0);
    expect(heap.isLive(addrOf(o))).toBe(false);
  });
});

describe('PyMalloc arenas', () => {
  it('loses one pool per arena when the base is not pool-aligned, none when it is', () => {
    const m = new PyMalloc();
    m.PyObject_Malloc(16);
    expect(m.snapshot().arenas[0]!.ntotalpools).toBe(63);
    const n = new PyMalloc(undefined, { poolAlignedArenas: true });
    const p = n.PyObject_Malloc(16);
    const arena = n.snapshot().arenas[0]!;
    expect(arena.ntotalpools).toBe(64);
    expect(arena.address % POOL_SIZE).toBe(0);
    expect(p).toBe(arena.address + POOL_OVERHEAD);
  });

  it('allocates from the fullest arena and releases empty arenas except the last usable one', () => {
    const m = new PyMalloc();
    const per = NUMBLOCKS(31);
    // Fill arena 0 (63 pools of 512-byte blocks), then put 3 pools in arena 1.
    const pools0: number[][] = [];
    for (let i = 0; i < 63; i++) pools0.push(many(m, per, 512));
    expect(m.narenas).toBe(1);
    const addr0 = arenaOfSnapshot(m.snapshot(), 0).address;
    const pools1: number[][] = [];
    for (let i = 0; i < 3; i++) pools1.push(many(m, per, 512));
    expect(m.narenas).toBe(2);
    const base1 = pools1[0]![0]! - POOL_OVERHEAD;
    expect(pools0[0]![0]! - POOL_OVERHEAD - base1).toBe(ARENA_SIZE); // mmap places the next arena just below
    let s = m.snapshot();
    expect(s.usableArenas).toEqual([1]); // arena 0 is full: not usable
    // Empty 5 pools of arena 0: it has 5 free pools, arena 1 has 60; arena 0 is fuller.
    for (const i of [10, 11, 12, 13, 14]) for (const p of pools0[i]!) m.PyObject_Free(p);
    s = m.snapshot();
    expect(s.usableArenas).toEqual([0, 1]);
    expect(arenaOfSnapshot(s, 0).nfreepools).toBe(5);
    expect(arenaOfSnapshot(s, 1).nfreepools).toBe(60);
    // A new pool comes from arena 0: its most recently freed pool.
    const q = m.PyObject_Malloc(16);
    expect(q - POOL_OVERHEAD).toBe(pools0[14]![0]! - POOL_OVERHEAD);
    m.PyObject_Free(q);
    // Empty arena 1 entirely: it is the last usable arena, so it is kept.
    for (const pool of pools1) for (const p of pool) m.PyObject_Free(p);
    s = m.snapshot();
    expect(m.narenas).toBe(2);
    expect(s.usableArenas).toEqual([0, 1]);
    expect(arenaOfSnapshot(s, 1).nfreepools).toBe(63);
    // Empty arena 0 too: it has a next arena in usable_arenas, so it is released (munmap).
    for (let i = 0; i < 63; i++) if (i < 10 || i > 14) for (const p of pools0[i]!) m.PyObject_Free(p);
    s = m.snapshot();
    expect(m.narenas).toBe(1);
    expect(s.totals).toMatchObject({ arenasAllocatedTotal: 2, arenasReclaimed: 1, arenasHighwater: 2, arenasCurrent: 1 });
    expect(s.arenas.map((a) => a.index)).toEqual([1]);
    // Arena 1 (all free) serves the next allocation from its cached pools: the pool freed last
    // (pools1[2]), whose free list still starts with the block freed last (index 30).
    const r = m.PyObject_Malloc(512);
    expect(r).toBe(pools1[2]![30]);
    // Filling arena 1 needs a new arena: arena object 0 and its old mmap slot are reused.
    for (let i = 0; i < 63 * per; i++) m.PyObject_Malloc(512);
    s = m.snapshot();
    expect(s.arenas.map((a) => a.index)).toEqual([0, 1]);
    expect(arenaOfSnapshot(s, 0).address).toBe(addr0);
  });

  it('slides an arena right when it gains more free pools than the next one (case 3)', () => {
    const m = new PyMalloc();
    const per = NUMBLOCKS(31);
    const pools: number[][][] = [[], [], []];
    for (let a = 0; a < 3; a++) for (let i = 0; i < (a < 2 ? 63 : 3); i++) pools[a]!.push(many(m, per, 512));
    const freePool = (a: number, i: number) => { for (const p of pools[a]![i]!) m.PyObject_Free(p); };
    freePool(1, 0);
    freePool(1, 1);
    expect(m.snapshot().usableArenas).toEqual([1, 2]);
    freePool(0, 0); // case 2: arena 0 had no free pool, goes to the head
    expect(m.snapshot().usableArenas).toEqual([0, 1, 2]);
    freePool(0, 1); // 2 free pools, as arena 1: stays (ties keep their order)
    expect(m.snapshot().usableArenas).toEqual([0, 1, 2]);
    freePool(0, 2); // 3 > 2: moves after the rightmost arena with 2
    const s = m.snapshot();
    expect(s.usableArenas).toEqual([1, 0, 2]);
    expect(s.usableArenas.map((i) => arenaOfSnapshot(s, i).nfreepools)).toEqual([2, 3, 60]);
    // The next new pool comes from the fullest arena: arena 1's most recently emptied pool.
    expect(m.PyObject_Malloc(16) - POOL_OVERHEAD).toBe(pools[1]![1]![0]! - POOL_OVERHEAD);
  });

  it('returns 0 (NULL) past the memory limit', () => {
    const m = new PyMalloc(undefined, { limitBytes: ARENA_SIZE });
    for (let i = 0; i < 63 * NUMBLOCKS(31); i++) expect(m.PyObject_Malloc(512)).not.toBe(0);
    expect(m.PyObject_Malloc(512)).toBe(0);
    expect(m.PyObject_Malloc(4096)).toBe(0);
  });
});

describe('system allocator', () => {
  it('serves 0 and > 512 bytes outside the arenas and reuses freed chunks LIFO by size', () => {
    const m = new PyMalloc();
    const small = m.PyObject_Malloc(512);
    const a = m.PyObject_Malloc(513);
    const b = m.PyObject_Malloc(600);
    const z = m.PyObject_Malloc(0);
    expect(m.sizeClassOf(small)).toBe(31);
    expect(m.sizeClassOf(a)).toBe(-1);
    expect(m.sizeClassOf(z)).toBe(-1);
    expect(a % 16).toBe(0);
    expect(a.toString(16)).toMatch(/^55[0-9a-f]{10}$/);
    expect(b).toBeGreaterThan(a);
    m.PyObject_Free(a);
    m.PyObject_Free(b);
    expect(m.PyObject_Malloc(520)).toBe(a); // same chunk size as 513
    expect(m.PyObject_Malloc(600)).toBe(b);
    expect(m._Py_GetAllocatedBlocks()).toBe(4);
  });
});

describe('PyObject_Realloc', () => {
  it('keeps a block that shrinks by less than 25% and moves otherwise', () => {
    const m = new PyMalloc();
    const p = m.PyObject_Malloc(64, 9);
    expect(m.PyObject_Realloc(p, 60)).toBe(p);
    expect(m.PyObject_Realloc(p, 49)).toBe(p); // 4*49 > 3*64
    const q = m.PyObject_Realloc(p, 48); // 4*48 == 3*64: copy to a smaller class
    expect(q).not.toBe(p);
    expect(m.isLive(p)).toBe(false);
    expect(m.ownerOf(q)).toBe(9);
    const r = m.PyObject_Realloc(q, 1000);
    expect(m.sizeClassOf(r)).toBe(-1);
    expect(m.PyObject_Realloc(r, 100)).toBe(r); // stays with the system allocator
  });
});

describe('allocator invariants (property)', () => {
  it('never hands out a live address twice and keeps counters consistent', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('malloc' as const), n: fc.oneof(fc.integer({ min: 1, max: 512 }), fc.integer({ min: 0, max: 2000 })) }),
      fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('burst' as const), n: fc.integer({ min: 1, max: 512 }), count: fc.integer({ min: 100, max: 6000 }) }),
      fc.record({ kind: fc.constant('freeMany' as const), pick: fc.nat(), count: fc.integer({ min: 50, max: 3000 }) }),
      fc.record({ kind: fc.constant('freeSlice' as const), pick: fc.nat(), from: fc.double({ min: 0, max: 1, noNaN: true }), frac: fc.double({ min: 0, max: 1, noNaN: true }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), fc.integer({ min: 0, max: 1000 }), (ops, seed) => {
        const m = new PyMalloc(ALLOC_PROFILES['3.12'], { seed });
        const live = new Map<number, { owner: number; small: boolean }>();
        const order: number[] = [];
        const bursts: number[][] = [];
        let owner = 0;
        const alloc = (n: number): number => {
          const p = m.PyObject_Malloc(n, ++owner);
          if (live.has(p)) throw new Error(`address ${p.toString(16)} handed out twice`);
          live.set(p, { owner, small: n >= 1 && n <= 512 });
          order.push(p);
          return p;
        };
        const freeAddr = (p: number) => {
          if (!live.has(p)) return;
          live.delete(p);
          m.PyObject_Free(p);
        };
        const freePick = (pick: number) => {
          while (order.length > 0) {
            const i = pick % order.length;
            const p = order[i]!;
            order[i] = order[order.length - 1]!;
            order.pop();
            if (live.has(p)) return freeAddr(p);
          }
        };
        for (const o of ops) {
          if (o.kind === 'malloc') alloc(o.n);
          else if (o.kind === 'burst') {
            const b: number[] = [];
            for (let k = 0; k < o.count; k++) b.push(alloc(o.n));
            bursts.push(b);
          } else if (o.kind === 'free') freePick(o.pick);
          else if (o.kind === 'freeSlice') {
            // Free a contiguous run of one burst: whole pools empty, arenas change rank.
            if (bursts.length === 0) continue;
            const b = bursts[o.pick % bursts.length]!;
            const start = Math.floor(o.from * b.length);
            for (const p of b.slice(start, start + Math.ceil(o.frac * b.length))) freeAddr(p);
          } else for (let k = 0; k < o.count; k++) freePick(o.pick + k * 7919);
        }
        expect(m._Py_GetAllocatedBlocks()).toBe(live.size);
        const s = m.snapshot();
        const usedInSnapshot = new Map<number, number>();
        for (const a of s.arenas) {
          let pools = 0;
          for (const pool of a.pools) {
            const used = pool.blocks.filter((b) => b.used);
            expect(used.length).toBe(pool.usedBlocks);
            if (pool.usedBlocks === 0) pools++;
            for (const b of used) usedInSnapshot.set(b.address, b.owner);
          }
          expect(a.nfreepools).toBe(pools + a.untouchedPools);
        }
        const smallLive = [...live].filter(([, v]) => v.small);
        expect(usedInSnapshot.size).toBe(smallLive.length);
        for (const [p, v] of smallLive) expect(usedInSnapshot.get(p)).toBe(v.owner);
        expect(s.totals.systemBlocks).toBe(live.size - smallLive.length);
        // usable_arenas sorted by nfreepools, fullest first
        const nf = s.usableArenas.map((i) => arenaOfSnapshot(s, i).nfreepools);
        for (let i = 1; i < nf.length; i++) expect(nf[i]!).toBeGreaterThanOrEqual(nf[i - 1]!);
        // at most one wholly free arena, and only as the last usable one
        const empty = s.arenas.filter((a) => a.nfreepools === a.ntotalpools);
        expect(empty.length).toBeLessThanOrEqual(1);
        if (empty.length === 1) expect(s.usableArenas[s.usableArenas.length - 1]).toBe(empty[0]!.index);
        // _debugmallocstats arithmetic: the parts add up to the arenas' bytes
        const f = m.mallocStatsFigures();
        let total = f.numfreepools * POOL_SIZE + f.arenaAlignment;
        for (let i = 0; i < 32; i++) {
          const size = INDEX2SIZE(i);
          total += (f.numblocks[i]! + f.numfreeblocks[i]!) * size + f.numpools[i]! * (POOL_OVERHEAD + ((POOL_SIZE - POOL_OVERHEAD) % size));
        }
        expect(total).toBe(f.narenas * ARENA_SIZE);
        expect(f.narenas).toBe(m.narenas);
      }),
      { numRuns: 60 },
    );
  });
});
