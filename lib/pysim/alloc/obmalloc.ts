// Models Objects/obmalloc.c (CPython 3.12, 64-bit build; 3.11 and 3.13 share this allocator)
//
// Quotes in comments are from Objects/obmalloc.c (python/cpython). Addresses are JS numbers,
// not bigints: user-space addresses on x86-64 fit in 47 bits, well under 2^53, and number
// arithmetic keeps PyObject_Malloc/PyObject_Free cheap (they run for every object).

import { DEFAULT_ALLOC_PROFILE, type AllocProfile } from './profile';
import { FixedBase, NO_BASE, type MemBase, type PyObject } from '../objects/object';
import { formatDebugMallocStats, type FreeListStat, type MallocStatsFigures } from './debugmallocstats';

/** "ALIGNMENT 16" on 64-bit builds since 3.8. */
export const ALIGNMENT = 16;
/** log2(ALIGNMENT). */
export const ALIGNMENT_SHIFT = 4;
/** "SMALL_REQUEST_THRESHOLD 512": larger requests go to the system allocator. */
export const SMALL_REQUEST_THRESHOLD = 512;
/** "NB_SMALL_SIZE_CLASSES (SMALL_REQUEST_THRESHOLD / ALIGNMENT)" = 32. */
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
/** "POOL_BITS 14": 16 KiB pools (3.10+ with WITH_PYMALLOC_RADIX_TREE). */
export const POOL_SIZE = 1 << 14;
/** "POOL_OVERHEAD _Py_SIZE_ROUND_UP(sizeof(struct pool_header), ALIGNMENT)" = 48 on 64-bit. */
export const POOL_OVERHEAD = 48;
/** "ARENA_BITS 20": 1 MiB arenas. */
export const ARENA_SIZE = 1 << 20;
/** "MAX_POOLS_IN_ARENA (ARENA_SIZE / POOL_SIZE)" = 64. */
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
/** "INITIAL_ARENA_OBJECTS 16": the arenas[] vector starts at 16 and doubles. */
export const INITIAL_ARENA_OBJECTS = 16;
const DUMMY_SIZE_IDX = 0xffff;

/** "INDEX2SIZE(I) (((uint)(I) + 1) << ALIGNMENT_SHIFT)". */
export function INDEX2SIZE(i: number): number {
  return (i + 1) << ALIGNMENT_SHIFT;
}

/** "NUMBLOCKS(I) ((uint)(POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(I))". */
export function NUMBLOCKS(i: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(i));
}

/** Size class of a request of 1..512 bytes: "(uint)(nbytes - 1) >> ALIGNMENT_SHIFT". */
export function sizeClassIndex(nbytes: number): number {
  return (nbytes - 1) >> ALIGNMENT_SHIFT;
}

// Radix tree geometry (64-bit, IGNORE_BITS 0): MAP_TOP_BITS = MAP_MID_BITS = 15, MAP_BOT_BITS = 14.
const MAP_MID_SHIFT = 2 ** (14 + 20); // address / this = (top, mid) key of a bottom node
const MAP_TOP_SHIFT = 2 ** (15 + 14 + 20); // address / this = top index of a mid node
/** sizeof(arena_map_root) = 2^15 pointers. */
export const ARENA_MAP_ROOT_BYTES = 2 ** 15 * 8;
/** sizeof(arena_map_mid_t) = 2^15 pointers. */
export const ARENA_MAP_MID_BYTES = 2 ** 15 * 8;
/** sizeof(arena_map_bot_t) = 2^14 arena_coverage_t of two int32. */
export const ARENA_MAP_BOT_BYTES = 2 ** 14 * 8;

/**
 * The word a free block keeps at its start is the next free block ("*(block **)p"); we keep it
 * in an Int16Array per arena, as a block index (-1 = NULL). A block in use holds USED instead,
 * which lets PyObject_Free catch double frees. Blocks past nextoffset were never handed out.
 */
const USED = -2;
const NO_OWNER = -1;
/** Reciprocals: multiplying by a power of two's inverse is exact and cheaper than dividing. */
const INV_POOL_SIZE = 1 / POOL_SIZE;
const INV_ARENA_SIZE = 1 / ARENA_SIZE;
/** Blocks per pool in the smallest class: the stride of the per-arena block arrays. */
const MAX_BLOCKS = Math.floor((POOL_SIZE - POOL_OVERHEAD) / ALIGNMENT);

/** "struct pool_header": one 16 KiB pool. Block lists hold block indices (-1 = NULL). */
class Pool implements MemBase {
  /** A pool is the base of the objects in its blocks (see PyObject.blk). */
  readonly pooled = true;
  /** 32-bit mix of the pool's address (identity hashing of the objects in it). */
  readonly hash32: number;
  /** "ref.count": number of allocated blocks. */
  ref_count = 0;
  /** "freeblock": head of the LIFO list of free blocks (an index, -1 = NULL). */
  freeblock = -1;
  nextpool: Pool;
  prevpool: Pool;
  /** "nextpool" while the pool is on its arena's freepools (a singly linked list). */
  nextfreepool: Pool | null = null;
  /** "szidx": size class index, DUMMY_SIZE_IDX for a pool never initialised. */
  szidx = DUMMY_SIZE_IDX;
  blocksize = 0;
  /** 1 / blocksize, to find a block index without a division. */
  invsize = 0;
  /** "nextoffset": bytes to virgin memory. */
  nextoffset = 0;
  /** "maxnextoffset": largest valid nextoffset. */
  maxnextoffset = 0;
  /** The arena's "next free block" words (see USED); this pool's blocks start at `off`. */
  next: Int16Array;
  /** Index of this pool's block 0 in `next` and `owner`. */
  off: number;

  constructor(
    /** Address of the pool header. */
    readonly address: number,
    /** "arenaindex": index of the arena object in arenas[]. */
    readonly arenaindex: number,
    arena: ArenaObject | null,
    poolIndex: number,
  ) {
    this.nextpool = this;
    this.prevpool = this;
    this.hash32 = (address | 0) ^ (Math.floor(address / 4294967296) | 0);
    this.next = arena === null ? EMPTY_I16 : arena.next;
    this.off = poolIndex * MAX_BLOCKS;
  }
}

const EMPTY_I16 = new Int16Array(0);

/** "struct arena_object": one 1 MiB arena (or an unused slot of arenas[] when address is 0). */
class ArenaObject {
  /** "address": base of the arena, 0 when this object has no arena. */
  address = 0;
  /** "pool_address": next pool to carve out (virgin memory). */
  pool_address = 0;
  /** "nfreepools": free pools, cached or not yet carved. */
  nfreepools = 0;
  /** "ntotalpools": 64, or 63 when the base is not pool-aligned. */
  ntotalpools = 0;
  /** "freepools": singly linked list (via nextpool) of empty pools. */
  freepools: Pool | null = null;
  nextarena: ArenaObject | null = null;
  prevarena: ArenaObject | null = null;
  /** First pool-aligned address in the arena. */
  firstPool = 0;
  /** Pools carved so far, in address order: pools[i] is at firstPool + i * POOL_SIZE. */
  pools: Pool[] = [];
  /** mmap slot this arena occupies (see PyMalloc.arenaSlotBase). */
  slot = -1;
  /**
   * Per-block words of all pools (pool i's block b at i * MAX_BLOCKS + b), made on first use.
   * 16 bits suffice (a pool has at most MAX_BLOCKS blocks), and a smaller array is less fresh
   * memory for the host to fault in as the simulated heap grows.
   */
  next: Int16Array = EMPTY_I16;

  constructor(readonly index: number) {}
}

/** Options that are not version differences: where addresses start, and a memory budget. */
export interface PyMallocOptions {
  /** Seed for the address layout (deterministic). Default 0x5eed. */
  seed?: number;
  /**
   * Force a pool-aligned arena base (64 pools per arena). By default the base is page- but not
   * pool-aligned, as mmap gives on the real interpreters we measured (3.11.7, 3.12.1, 3.13.0 all
   * print "# bytes lost to arena alignment = 16,384" per arena), so each arena has 63 pools.
   */
  poolAlignedArenas?: boolean;
  /** Refuse (return 0, i.e. NULL) allocations that would take arenas + system blocks past this. */
  limitBytes?: number;
}

/** One block in a snapshot. */
export interface BlockSnapshot {
  address: number;
  used: boolean;
  /** Owner id given to PyObject_Malloc (-1 for none or for a free block). */
  owner: number;
}

/** One carved pool in a snapshot. */
export interface PoolSnapshot {
  address: number;
  /** Size class index, or -1 for a pool that is empty and was never initialised. */
  szidx: number;
  blockSize: number;
  /** "used": on usedpools[]; "full": no free block; "empty": on the arena's freepools. */
  status: 'used' | 'full' | 'empty';
  usedBlocks: number;
  /** NUMBLOCKS - used (0 for an empty pool, as _debugmallocstats skips them). */
  availBlocks: number;
  /** Blocks handed out at least once (used or freed since), in address order. */
  blocks: BlockSnapshot[];
}

/** One arena in a snapshot. */
export interface ArenaSnapshot {
  index: number;
  address: number;
  ntotalpools: number;
  nfreepools: number;
  /** Pools never carved out yet. */
  untouchedPools: number;
  pools: PoolSnapshot[];
}

/** One live system-allocator block (requests of 0 or > 512 bytes). */
export interface SystemBlockSnapshot {
  address: number;
  nbytes: number;
  owner: number;
}

/** A plain, serialisable picture of the allocator for the UI. */
export interface AllocSnapshot {
  arenas: ArenaSnapshot[];
  /** Arena indices in usable_arenas order (fullest first). */
  usableArenas: number[];
  system: SystemBlockSnapshot[];
  totals: {
    arenasAllocatedTotal: number;
    arenasReclaimed: number;
    arenasHighwater: number;
    arenasCurrent: number;
    /** pymalloc blocks in use. */
    usedBlocks: number;
    usedBytes: number;
    availableBytes: number;
    freePools: number;
    systemBlocks: number;
    systemBytes: number;
    /** sys.getallocatedblocks(): pymalloc blocks + system blocks. */
    allocatedBlocks: number;
  };
}

interface SystemBlock {
  nbytes: number;
  chunk: number;
  owner: number;
}

/** A seeded PRNG (mulberry32) for the address layout. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Format an address as CPython's %p would ("0x7f3ac0012340"). */
export function hexAddress(addr: number): string {
  return '0x' + addr.toString(16);
}

/**
 * pymalloc plus the system allocator it falls back to. One instance is one interpreter's heap.
 * Hot paths (PyObject_Malloc, PyObject_Free) are O(1): pool lookup from an address is
 * arithmetic, like POOL_ADDR(p) and the arena map in obmalloc.c.
 */
export class PyMalloc {
  readonly profile: AllocProfile;

  // ---- obmalloc.c globals ------------------------------------------------------------------
  /** "arenas": vector of arena objects, maxarenas long. */
  private arenas: ArenaObject[] = [];
  private maxarenas = 0;
  private unused_arena_objects: ArenaObject | null = null;
  /** "usable_arenas": sorted by nfreepools, fullest (fewest free pools) first. */
  private usable_arenas: ArenaObject | null = null;
  /** "nfp2lasta[nfp]": the last arena in usable_arenas with nfp free pools. */
  private nfp2lasta: (ArenaObject | null)[] = new Array<ArenaObject | null>(MAX_POOLS_IN_ARENA + 1).fill(null);
  /** "usedpools": per size class, the header of a circular list of partly used pools. */
  private usedpools: Pool[] = [];
  private narenas_currently_allocated = 0;
  private ntimes_arena_allocated = 0;
  private narenas_highwater = 0;
  private raw_allocated_blocks = 0;
  private arena_map_mid = new Set<number>();
  private arena_map_bot = new Set<number>();

  // ---- address layout ------------------------------------------------------------------------
  /** mmap hands out 1 MiB slots top-down below this address: slot s at top - (s+1) MiB. */
  private readonly arenaTop: number;
  /** Arena occupying each mmap slot (null when unmapped). */
  private slots: (ArenaObject | null)[] = [];
  private readonly sysBase: number;
  private sysBrk: number;
  /** Freed system chunks by chunk size, reused LIFO. */
  private sysFree = new Map<number, number[]>();
  private sysLive = new Map<number, SystemBlock>();
  private sysBytes = 0;
  private readonly limitBytes: number;
  /** Owner ids of pymalloc blocks that were given one (most blocks have none: NO_OWNER). */
  private blockOwners = new Map<number, number>();
  /** Pool of the last block allocate_from_new_pool returned. */
  private newPool: Pool | null = null;
  /** The pool of the block pymalloc_alloc returned last. */
  private lastPool: Pool | null = null;

  /** Create an empty heap: no arena is allocated until the first small request. */
  constructor(profile: AllocProfile = DEFAULT_ALLOC_PROFILE, options: PyMallocOptions = {}) {
    this.profile = profile;
    for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
      const head = new Pool(-1, -1, null, 0);
      head.szidx = i;
      this.usedpools.push(head);
    }
    const rnd = mulberry32(options.seed ?? 0x5eed);
    // Arenas near 0x7f.., like mmap'd memory on x86-64 Linux; page-aligned, and (unless asked)
    // not pool-aligned: the page index within a 16 KiB pool is 1..3.
    const page = options.poolAlignedArenas ? 0 : 1 + Math.floor(rnd() * 3);
    this.arenaTop =
      0x7f00_0000_0000 + Math.floor(rnd() * 0xff) * 2 ** 32 + (0x800 + Math.floor(rnd() * 0x7ff)) * 2 ** 20 +
      Math.floor(rnd() * 63) * POOL_SIZE + page * 4096;
    // System malloc (brk heap) near 0x55.., like a PIE executable's heap.
    this.sysBase = 0x5500_0000_0000 + Math.floor(rnd() * 0xfff) * 2 ** 28 + Math.floor(rnd() * 0xff) * 4096;
    this.sysBrk = this.sysBase;
    this.limitBytes = options.limitBytes ?? Infinity;
  }

  // ---- public API ----------------------------------------------------------------------------

  /**
   * `_PyObject_Malloc`: a block for `nbytes` bytes. 1..512 bytes come from pymalloc, anything
   * else from the system allocator. `owner` is an opaque id kept with the block (for the UI):
   * any number, -1 meaning none (kept in a map beside the blocks, as few blocks have one).
   * Returns the address, or 0 (NULL) when `limitBytes` would be exceeded.
   */
  PyObject_Malloc(nbytes: number, owner: number = NO_OWNER): number {
    if (nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD) {
      const bp = this.pymalloc_alloc(nbytes, owner);
      if (bp < 0) return 0;
      const pool = this.lastPool!;
      return pool.address + POOL_OVERHEAD + bp * pool.blocksize;
    }
    // "ptr = PyMem_RawMalloc(nbytes); if (ptr != NULL) raw_allocated_blocks++;"
    const p = this.rawMalloc(nbytes, owner);
    if (p !== 0) this.raw_allocated_blocks++;
    return p;
  }

  /**
   * PyObject_Malloc for an object: places `o` at the new block's address plus `pre` (at `pre`
   * when the memory budget is exceeded). A pymalloc block is kept as its pool and the offset in
   * it, so no address arithmetic runs on this hot path or when the object is freed.
   */
  mallocObject(o: PyObject, nbytes: number, pre: number): void {
    if (nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD) {
      const bp = this.pymalloc_alloc(nbytes, NO_OWNER);
      if (bp < 0) {
        o.blk = NO_BASE;
        o.off = pre;
        return;
      }
      const pool = this.lastPool!;
      o.blk = pool;
      o.off = POOL_OVERHEAD + bp * pool.blocksize + pre;
      return;
    }
    const p = this.PyObject_Malloc(nbytes);
    o.blk = p === 0 ? NO_BASE : new FixedBase(p);
    o.off = pre;
  }

  /** PyObject_Free for an object placed by mallocObject (or at a fixed address), `pre` bytes into its block. */
  freeObject(o: PyObject, pre: number): void {
    const blk = o.blk;
    if (blk.pooled) {
      const pool = blk as Pool;
      const bp = ((o.off - pre - POOL_OVERHEAD) * pool.invsize + 0.5) | 0;
      if (pool.next[pool.off + bp] !== USED) throw new Error(`PyObject_Free: ${hexAddress(o.addr - pre)} is not a live block (double free?)`);
      this.pymalloc_free(pool, bp);
      if (this.blockOwners.size !== 0) this.blockOwners.delete(pool.address + o.off - pre);
      return;
    }
    this.PyObject_Free(blk.address + o.off - pre);
  }

  /**
   * pymalloc_alloc: a block of size class (nbytes - 1) >> ALIGNMENT_SHIFT. Returns the block
   * index in `this.lastPool`, or -1 when the memory budget is exceeded.
   */
  private pymalloc_alloc(nbytes: number, owner: number): number {
    // "uint size = (uint)(nbytes - 1) >> ALIGNMENT_SHIFT; poolp pool = usedpools[size + size];"
    const size = (nbytes - 1) >> ALIGNMENT_SHIFT;
    const head = this.usedpools[size]!;
    let pool = head.nextpool;
    let bp: number;
    if (pool !== head) {
      // "There is a used pool for this size class. Pick up the head block of its free list."
      ++pool.ref_count;
      bp = pool.freeblock;
      const next = pool.next[pool.off + bp]!;
      pool.freeblock = next;
      if (next === -1) {
        // "Reached the end of the free list, try to extend it."
        this.pymalloc_pool_extend(pool);
      }
    } else {
      bp = this.allocate_from_new_pool(size);
      if (bp < 0) return -1;
      pool = this.newPool!;
    }
    pool.next[pool.off + bp] = USED;
    if (owner !== NO_OWNER) this.blockOwners.set(pool.address + POOL_OVERHEAD + bp * pool.blocksize, owner);
    this.lastPool = pool;
    return bp;
  }

  /** `_PyObject_Free`: release a block. Freeing 0 (NULL) does nothing; a bad address throws. */
  PyObject_Free(p: number): void {
    if (p === 0) return;
    const ao = this.arenaOf(p);
    if (ao !== null) {
      const pool = ao.pools[Math.floor((p - ao.firstPool) * INV_POOL_SIZE)]; // POOL_ADDR(p)
      const bp = pool === undefined ? -1 : this.liveBlockIndex(pool, p);
      if (bp < 0) throw new Error(`PyObject_Free: ${hexAddress(p)} is not a live block (double free?)`);
      this.pymalloc_free(pool!, bp);
      if (this.blockOwners.size !== 0) this.blockOwners.delete(p);
      return;
    }
    // "pymalloc didn't allocate this address": PyMem_RawFree(p); raw_allocated_blocks--;
    this.rawFree(p);
    this.raw_allocated_blocks--;
  }

  /**
   * `_PyObject_Realloc` / `pymalloc_realloc`: keep the block when the new size fits and
   * "4 * nbytes > 3 * size" (shrinks by less than 25%); otherwise allocate, and free the old
   * block. System blocks stay with the system allocator. The owner id carries over.
   */
  PyObject_Realloc(p: number, nbytes: number): number {
    if (p === 0) return this.PyObject_Malloc(nbytes);
    const ao = this.arenaOf(p);
    if (ao !== null) {
      const { pool } = this.locate(ao, p, 'PyObject_Realloc');
      const size = pool.blocksize;
      if (nbytes <= size && 4 * nbytes > 3 * size) return p;
      const owner = this.blockOwners.get(p) ?? NO_OWNER;
      const q = this.PyObject_Malloc(nbytes, owner);
      if (q !== 0) this.PyObject_Free(p);
      return q;
    }
    const blk = this.sysLive.get(p);
    if (blk === undefined) throw new Error(`PyObject_Realloc: ${hexAddress(p)} is not a live block`);
    if (sysChunkSize(nbytes) <= blk.chunk) {
      this.sysBytes += nbytes - blk.nbytes;
      blk.nbytes = nbytes;
      return p;
    }
    const q = this.rawMalloc(nbytes, blk.owner);
    if (q !== 0) this.rawFree(p);
    return q;
  }

  /** PyMem_Malloc: the same allocator as PyObject_Malloc in a default (non-debug) build. */
  PyMem_Malloc(nbytes: number, owner: number = NO_OWNER): number {
    return this.PyObject_Malloc(nbytes, owner);
  }

  /** PyMem_Free: the same allocator as PyObject_Free in a default build. */
  PyMem_Free(p: number): void {
    this.PyObject_Free(p);
  }

  /** Size class index of a live block, or -1 for a system-allocator block. Throws if not live. */
  sizeClassOf(p: number): number {
    const ao = this.arenaOf(p);
    if (ao === null) {
      if (!this.sysLive.has(p)) throw new Error(`sizeClassOf: ${hexAddress(p)} is not a live block`);
      return -1;
    }
    return this.locate(ao, p, 'sizeClassOf').pool.szidx;
  }

  /** Usable size of a live block: the size class's block size, or the request for system blocks. */
  blockSizeOf(p: number): number {
    const c = this.sizeClassOf(p);
    return c >= 0 ? INDEX2SIZE(c) : this.sysLive.get(p)!.nbytes;
  }

  /** Owner id stored with a live block. */
  ownerOf(p: number): number {
    const ao = this.arenaOf(p);
    if (ao === null) {
      const blk = this.sysLive.get(p);
      if (blk === undefined) throw new Error(`ownerOf: ${hexAddress(p)} is not a live block`);
      return blk.owner;
    }
    this.locate(ao, p, 'ownerOf');
    return this.blockOwners.get(p) ?? NO_OWNER;
  }

  /** Change the owner id of a live block (e.g. when the id is known only after allocation). */
  setOwner(p: number, owner: number): void {
    const ao = this.arenaOf(p);
    if (ao === null) {
      const blk = this.sysLive.get(p);
      if (blk === undefined) throw new Error(`setOwner: ${hexAddress(p)} is not a live block`);
      blk.owner = owner;
      return;
    }
    this.locate(ao, p, 'setOwner');
    if (owner === NO_OWNER) this.blockOwners.delete(p);
    else this.blockOwners.set(p, owner);
  }

  /**
   * The word pymalloc_free left at the start of the free block `p` ("*(block **)p = lastfree"):
   * the address of the next block on its pool's freeblock list, or 0 (NULL) at the end of the
   * list. Null when `p` is not a free pymalloc block of a pool still in a mapped arena (a live
   * block, a system-allocator address, memory past the pool's nextoffset, a released arena).
   */
  freeBlockLink(p: number): number | null {
    const ao = this.arenaOf(p);
    if (ao === null || ao.address === 0) return null;
    const pool = ao.pools[Math.floor((p - ao.firstPool) * INV_POOL_SIZE)];
    if (pool === undefined || pool.szidx === DUMMY_SIZE_IDX) return null;
    const off = p - pool.address - POOL_OVERHEAD;
    const bp = (off * pool.invsize + 0.5) | 0;
    if (off < 0 || bp * pool.blocksize !== off || off >= pool.nextoffset - POOL_OVERHEAD) return null;
    const next = pool.next[pool.off + bp]!;
    if (next === USED) return null;
    return next === -1 ? 0 : pool.address + POOL_OVERHEAD + next * pool.blocksize;
  }

  /** Whether `p` is a block currently handed out (by pymalloc or the system allocator). */
  isLive(p: number): boolean {
    const ao = this.arenaOf(p);
    if (ao === null) return this.sysLive.has(p);
    const pool = ao.pools[Math.floor((p - ao.firstPool) * INV_POOL_SIZE)];
    return pool !== undefined && this.liveBlockIndex(pool, p) >= 0;
  }

  /** `_Py_GetAllocatedBlocks()`, i.e. sys.getallocatedblocks(). */
  _Py_GetAllocatedBlocks(): number {
    let n = this.raw_allocated_blocks;
    for (let i = 0; i < this.maxarenas; i++) {
      const ao = this.arenas[i]!;
      if (ao.address === 0) continue;
      for (const pool of ao.pools) n += pool.ref_count;
    }
    return n;
  }

  /** Arenas currently allocated (narenas_currently_allocated). */
  get narenas(): number {
    return this.narenas_currently_allocated;
  }

  /**
   * A plain, serialisable picture of every arena, pool and block, plus totals. With
   * `{ blocks: false }` the per-block lists are left empty (cheap, for large heaps).
   */
  snapshot(options: { blocks?: boolean } = {}): AllocSnapshot {
    const withBlocks = options.blocks !== false;
    const arenas: ArenaSnapshot[] = [];
    let usedBlocks = 0;
    let usedBytes = 0;
    let availableBytes = 0;
    let freePools = 0;
    for (let i = 0; i < this.maxarenas; i++) {
      const ao = this.arenas[i]!;
      if (ao.address === 0) continue;
      freePools += ao.nfreepools;
      const pools: PoolSnapshot[] = [];
      for (const pool of ao.pools) {
        const initialised = pool.szidx !== DUMMY_SIZE_IDX;
        const blocks: BlockSnapshot[] = [];
        if (initialised && withBlocks) {
          const carved = (pool.nextoffset - POOL_OVERHEAD) / pool.blocksize;
          for (let b = 0; b < carved; b++) {
            const used = pool.next[pool.off + b] === USED;
            const address = pool.address + POOL_OVERHEAD + b * pool.blocksize;
            blocks.push({ address, used, owner: used ? (this.blockOwners.get(address) ?? NO_OWNER) : NO_OWNER });
          }
        }
        const n = pool.ref_count;
        const avail = n === 0 ? 0 : NUMBLOCKS(pool.szidx) - n;
        usedBlocks += n;
        usedBytes += n * pool.blocksize;
        availableBytes += avail * pool.blocksize;
        pools.push({
          address: pool.address,
          szidx: initialised ? pool.szidx : -1,
          blockSize: initialised ? pool.blocksize : 0,
          status: n === 0 ? 'empty' : pool.freeblock === -1 ? 'full' : 'used',
          usedBlocks: n,
          availBlocks: avail,
          blocks,
        });
      }
      arenas.push({
        index: ao.index,
        address: ao.address,
        ntotalpools: ao.ntotalpools,
        nfreepools: ao.nfreepools,
        untouchedPools: ao.ntotalpools - ao.pools.length,
        pools,
      });
    }
    const usableArenas: number[] = [];
    for (let ao = this.usable_arenas; ao !== null; ao = ao.nextarena) usableArenas.push(ao.index);
    const system: SystemBlockSnapshot[] = [];
    for (const [address, blk] of this.sysLive) system.push({ address, nbytes: blk.nbytes, owner: blk.owner });
    system.sort((a, b) => a.address - b.address);
    return {
      arenas,
      usableArenas,
      system,
      totals: {
        arenasAllocatedTotal: this.ntimes_arena_allocated,
        arenasReclaimed: this.ntimes_arena_allocated - this.narenas_currently_allocated,
        arenasHighwater: this.narenas_highwater,
        arenasCurrent: this.narenas_currently_allocated,
        usedBlocks,
        usedBytes,
        availableBytes,
        freePools,
        systemBlocks: this.sysLive.size,
        systemBytes: this.sysBytes,
        allocatedBlocks: usedBlocks + this.raw_allocated_blocks,
      },
    };
  }

  /**
   * The figures `_PyObject_DebugMallocStats` computes, by the same walk over arenas[] and
   * their carved pools ("for (; base < arenas[i].pool_address; base += POOL_SIZE)").
   */
  mallocStatsFigures(): MallocStatsFigures {
    const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numfreeblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    let numfreepools = 0;
    let arenaAlignment = 0;
    let narenas = 0;
    for (let i = 0; i < this.maxarenas; i++) {
      const ao = this.arenas[i]!;
      if (ao.address === 0) continue;
      narenas += 1;
      numfreepools += ao.nfreepools;
      // "round up to pool alignment": if (base & POOL_SIZE_MASK) arena_alignment += POOL_SIZE;
      if (ao.address % POOL_SIZE !== 0) arenaAlignment += POOL_SIZE;
      for (const p of ao.pools) {
        if (p.ref_count === 0) continue; // "currently unused"
        const sz = p.szidx;
        ++numpools[sz];
        numblocks[sz]! += p.ref_count;
        numfreeblocks[sz]! += NUMBLOCKS(sz) - p.ref_count;
      }
    }
    return {
      numpools,
      numblocks,
      numfreeblocks,
      ntimesArenaAllocated: this.ntimes_arena_allocated,
      narenas,
      narenasHighwater: this.narenas_highwater,
      numfreepools,
      arenaAlignment,
      arenaMapMidCount: this.arena_map_mid.size,
      arenaMapBotCount: this.arena_map_bot.size,
    };
  }

  /**
   * The text `sys._debugmallocstats()` writes to stderr: `_PyObject_DebugMallocStats`, an empty
   * line, then the free-list lines the object allocators print (`_PyObject_DebugTypeStats`:
   * dicts, floats, lists, tuples), which the caller supplies (see standardFreeListStats).
   */
  debugmallocstats(freeLists: readonly FreeListStat[] = []): string {
    return formatDebugMallocStats(this.mallocStatsFigures(), freeLists);
  }

  // ---- obmalloc.c internals ------------------------------------------------------------------

  /**
   * "Called when freelist is exhausted. Extend the freelist if there is space for a block.
   * Otherwise, remove this pool from usedpools."
   */
  private pymalloc_pool_extend(pool: Pool): void {
    if (pool.nextoffset <= pool.maxnextoffset) {
      // "pool->freeblock = (block*)pool + pool->nextoffset; pool->nextoffset += INDEX2SIZE(size);
      //  *(block **)(pool->freeblock) = NULL;"
      const b = (pool.nextoffset - POOL_OVERHEAD) / pool.blocksize;
      pool.freeblock = b;
      pool.nextoffset += pool.blocksize;
      pool.next[pool.off + b] = -1;
      return;
    }
    // "Pool is full, unlink from used pools."
    const next = pool.nextpool;
    const prev = pool.prevpool;
    next.prevpool = prev;
    prev.nextpool = next;
  }

  /**
   * "called when pymalloc_alloc can not allocate a block from usedpool. This function takes
   * new pool and allocate a block from it." Returns the block index (pool in this.newPool),
   * or -1 when no arena can be had.
   */
  private allocate_from_new_pool(size: number): number {
    let ua = this.usable_arenas;
    if (ua === null) {
      // "No arena has a free pool: allocate a new arena."
      ua = this.new_arena();
      if (ua === null) return -1;
      this.usable_arenas = ua;
      ua.nextarena = ua.prevarena = null;
      this.nfp2lasta[ua.nfreepools] = ua;
    }
    // "This arena already had the smallest nfreepools value, so decreasing nfreepools doesn't
    //  change that, and we don't need to rearrange the usable_arenas list. However, if the
    //  arena becomes wholly allocated, we need to remove its arena_object from usable_arenas."
    if (this.nfp2lasta[ua.nfreepools] === ua) {
      // "It's the last of this size, so there won't be any."
      this.nfp2lasta[ua.nfreepools] = null;
    }
    // "If any free pools will remain, it will be the new smallest."
    if (ua.nfreepools > 1) this.nfp2lasta[ua.nfreepools - 1] = ua;

    // "Try to get a cached free pool."
    let pool = ua.freepools;
    if (pool !== null) {
      // "Unlink from cached pools."
      ua.freepools = pool.nextfreepool;
      pool.nextfreepool = null;
      ua.nfreepools--;
      if (ua.nfreepools === 0) {
        // "Wholly allocated: remove."
        this.usable_arenas = ua.nextarena;
        if (this.usable_arenas !== null) this.usable_arenas.prevarena = null;
      }
    } else {
      // "Carve off a new pool."
      pool = new Pool(ua.pool_address, ua.index, ua, ua.pools.length);
      ua.pools.push(pool);
      ua.pool_address += POOL_SIZE;
      --ua.nfreepools;
      if (ua.nfreepools === 0) {
        // "Unlink the arena: it is completely allocated."
        this.usable_arenas = ua.nextarena;
        if (this.usable_arenas !== null) this.usable_arenas.prevarena = null;
      }
    }

    // "Frontlink to used pools."
    const next = this.usedpools[size]!; // "== prev"
    pool.nextpool = next;
    pool.prevpool = next;
    next.nextpool = pool;
    next.prevpool = pool;
    pool.ref_count = 1;
    this.newPool = pool;
    if (pool.szidx === size) {
      // "Luckily, this pool last contained blocks of the same size class, so its header and
      //  free list are already initialized."
      const bp = pool.freeblock;
      pool.freeblock = pool.next[pool.off + bp]!;
      return bp;
    }
    // "Initialize the pool header, set up the free list to contain just the second block, and
    //  return the first block."
    pool.szidx = size;
    const bsize = INDEX2SIZE(size);
    pool.blocksize = bsize;
    pool.invsize = 1 / bsize;
    pool.nextoffset = POOL_OVERHEAD + (bsize << 1);
    pool.maxnextoffset = POOL_SIZE - bsize;
    pool.freeblock = 1;
    pool.next[pool.off + 1] = -1;
    return 0;
  }

  /** "Allocate a new arena. If we run out of memory, return NULL." */
  private new_arena(): ArenaObject | null {
    if (this.unused_arena_objects === null) {
      // "Double the number of arena objects on each allocation."
      const numarenas = this.maxarenas ? this.maxarenas << 1 : INITIAL_ARENA_OBJECTS;
      for (let i = this.maxarenas; i < numarenas; i++) this.arenas.push(new ArenaObject(i));
      for (let i = this.maxarenas; i < numarenas; i++) {
        this.arenas[i]!.nextarena = i < numarenas - 1 ? this.arenas[i + 1]! : null;
      }
      this.unused_arena_objects = this.arenas[this.maxarenas]!;
      this.maxarenas = numarenas;
    }
    if ((this.narenas_currently_allocated + 1) * ARENA_SIZE + this.sysBytes > this.limitBytes) return null;
    // "Take the next available arena object off the head of the list."
    const arenaobj = this.unused_arena_objects!;
    this.unused_arena_objects = arenaobj.nextarena;
    const address = this.mmapArena(arenaobj);
    this.arena_map_mark_used(address);
    arenaobj.address = address;
    ++this.narenas_currently_allocated;
    ++this.ntimes_arena_allocated;
    if (this.narenas_currently_allocated > this.narenas_highwater) {
      this.narenas_highwater = this.narenas_currently_allocated;
    }
    arenaobj.freepools = null;
    // "pool_address <- first pool-aligned address in the arena
    //  nfreepools <- number of whole pools that fit after alignment"
    arenaobj.pool_address = address;
    arenaobj.nfreepools = MAX_POOLS_IN_ARENA;
    const excess = address % POOL_SIZE;
    if (excess !== 0) {
      --arenaobj.nfreepools;
      arenaobj.pool_address += POOL_SIZE - excess;
    }
    arenaobj.ntotalpools = arenaobj.nfreepools;
    arenaobj.firstPool = arenaobj.pool_address;
    arenaobj.pools = [];
    if (arenaobj.next.length === 0) arenaobj.next = new Int16Array(MAX_POOLS_IN_ARENA * MAX_BLOCKS);
    return arenaobj;
  }

  /** "radix tree for tracking arena usage": count the mid and bottom nodes created. */
  private arena_map_mark_used(base: number): void {
    this.arena_map_get(base);
    // "arena_base address is not ideal (aligned to arena size) and so it potentially covers two
    //  MAP_BOT nodes."
    if (base % ARENA_SIZE !== 0) this.arena_map_get(base + ARENA_SIZE);
  }

  private arena_map_get(p: number): void {
    this.arena_map_mid.add(Math.floor(p / MAP_TOP_SHIFT));
    this.arena_map_bot.add(Math.floor(p / MAP_MID_SHIFT));
  }

  /**
   * Model of mmap(ARENA_SIZE): Linux places anonymous mappings top-down, so the first arena is
   * at the top and each new one just below; a hole left by munmap is refilled first (the
   * highest free slot).
   */
  private mmapArena(ao: ArenaObject): number {
    let s = this.slots.indexOf(null);
    if (s < 0) {
      s = this.slots.length;
      this.slots.push(null);
    }
    this.slots[s] = ao;
    ao.slot = s;
    return this.arenaSlotBase(s);
  }

  private arenaSlotBase(s: number): number {
    return this.arenaTop - (s + 1) * ARENA_SIZE;
  }

  /** The arena holding address p, or null: the arithmetic counterpart of address_in_range(). */
  private arenaOf(p: number): ArenaObject | null {
    const s = Math.floor((this.arenaTop - 1 - p) * INV_ARENA_SIZE);
    if (s < 0 || s >= this.slots.length) return null;
    return this.slots[s]!;
  }

  /** POOL_ADDR(p) and the block index of p; throws unless p is a live block. */
  private locate(ao: ArenaObject, p: number, who: string): { pool: Pool; bp: number } {
    const pool = ao.pools[Math.floor((p - ao.firstPool) * INV_POOL_SIZE)];
    const bp = pool === undefined ? -1 : this.liveBlockIndex(pool, p);
    if (bp < 0) throw new Error(`${who}: ${hexAddress(p)} is not a live block`);
    return { pool: pool!, bp };
  }

  /** Index of the block at p in pool if it is a block in use, else -1. */
  private liveBlockIndex(pool: Pool, p: number): number {
    if (pool.ref_count === 0) return -1;
    const off = p - pool.address - POOL_OVERHEAD; // an integer below POOL_SIZE when p is in pool
    const bp = (off * pool.invsize + 0.5) | 0;
    if (off < 0 || bp * pool.blocksize !== off || off >= pool.nextoffset - POOL_OVERHEAD) return -1;
    return pool.next[pool.off + bp] === USED ? bp : -1;
  }

  /** "Free a memory block allocated by pymalloc_alloc()." */
  private pymalloc_free(pl: Pool, bp: number): void {
    // "Link p to the start of the pool's freeblock list."
    const lastfree = pl.freeblock;
    pl.next[pl.off + bp] = lastfree;
    pl.freeblock = bp;
    pl.ref_count--;
    if (lastfree === -1) {
      // "Pool was full, so doesn't currently live in any list: link it to the front of the
      //  appropriate usedpools[] list. This mimics LRU pool usage for new allocations and
      //  targets optimal filling when several pools contain blocks of the same size class."
      this.insert_to_usedpool(pl);
      return;
    }
    // "pool isn't empty: leave it in usedpools"
    if (pl.ref_count !== 0) return;
    // "Pool is now empty: unlink from usedpools, and link to the front of freepools."
    this.insert_to_freepool(pl);
  }

  private insert_to_usedpool(pool: Pool): void {
    // "poolp next = usedpools[size + size]; poolp prev = next->prevpool;" — reading the
    // usedpools slot yields the header's nextpool, i.e. the first pool, so prev is the header.
    const next = this.usedpools[pool.szidx]!.nextpool;
    const prev = next.prevpool;
    // "insert pool before next:   prev <-> pool <-> next"
    pool.nextpool = next;
    pool.prevpool = prev;
    next.prevpool = pool;
    prev.nextpool = pool;
  }

  private insert_to_freepool(pool: Pool): void {
    const next = pool.nextpool;
    const prev = pool.prevpool;
    next.prevpool = prev;
    prev.nextpool = next;

    // "Link the pool to freepools. This is a singly-linked list, and pool->prevpool isn't used."
    const ao = this.arenas[pool.arenaindex]!;
    pool.nextfreepool = ao.freepools;
    pool.nextpool = pool;
    pool.prevpool = pool;
    ao.freepools = pool;
    let nf = ao.nfreepools;
    // "If this is the rightmost arena with this number of free pools, nfp2lasta[nf] needs to
    //  change. Caution: if nf is 0, there are no arenas in usable_arenas with that value."
    const lastnf = this.nfp2lasta[nf]!;
    if (lastnf === ao) {
      const p = ao.prevarena;
      this.nfp2lasta[nf] = p !== null && p.nfreepools === nf ? p : null;
    }
    ao.nfreepools = ++nf;

    // "1. If all the pools are free, return the arena to the system free(). Except if this is
    //     the last arena in the list, keep it to avoid thrashing: keeping one wholly free arena
    //     in the list avoids pathological cases where a simple loop would otherwise provoke
    //     needing to allocate and free an arena on every iteration. See bpo-37257."
    if (nf === ao.ntotalpools && ao.nextarena !== null) {
      // "Case 1. First unlink ao from usable_arenas."
      if (ao.prevarena === null) {
        this.usable_arenas = ao.nextarena;
      } else {
        ao.prevarena.nextarena = ao.nextarena;
      }
      ao.nextarena.prevarena = ao.prevarena;
      // "Record that this arena_object slot is available to be reused."
      ao.nextarena = this.unused_arena_objects;
      this.unused_arena_objects = ao;
      // "Free the entire arena." (munmap; the radix tree's nodes stay allocated)
      this.slots[ao.slot] = null;
      ao.slot = -1;
      ao.address = 0; // "mark unassociated"
      ao.freepools = null;
      ao.pools = [];
      --this.narenas_currently_allocated;
      return;
    }

    if (nf === 1) {
      // "Case 2. Put ao at the head of usable_arenas. Note that because ao->nfreepools was 0
      //  before, ao isn't currently on the usable_arenas list."
      ao.nextarena = this.usable_arenas;
      ao.prevarena = null;
      if (this.usable_arenas !== null) this.usable_arenas.prevarena = ao;
      this.usable_arenas = ao;
      if (this.nfp2lasta[1] === null) this.nfp2lasta[1] = ao;
      return;
    }

    // "If this arena is now out of order, we need to keep the list sorted. The list is kept
    //  sorted so that the "most full" arenas are used first, which allows the nearly empty
    //  arenas to be completely freed."
    if (this.nfp2lasta[nf] === null) this.nfp2lasta[nf] = ao;
    // "If this was the rightmost of the old size, it remains in place." (Case 4)
    if (ao === lastnf) return;

    // "Case 3: We have to move the arena towards the end of the list, because it has more free
    //  pools than the arena to its right. It needs to move to follow lastnf."
    if (ao.prevarena !== null) {
      ao.prevarena.nextarena = ao.nextarena;
    } else {
      this.usable_arenas = ao.nextarena;
    }
    ao.nextarena!.prevarena = ao.prevarena;
    // "And insert after lastnf."
    ao.prevarena = lastnf;
    ao.nextarena = lastnf.nextarena;
    if (ao.nextarena !== null) ao.nextarena.prevarena = ao;
    lastnf.nextarena = ao;
  }

  // ---- system allocator (glibc-like) ---------------------------------------------------------

  /**
   * malloc() for requests pymalloc declines (0 or > 512 bytes). Chunks are glibc-like: size =
   * max(32, round16(n + 8)), user pointer = chunk + 16 (16-byte aligned), carved from a brk heap
   * at 0x55…; freed chunks are reused LIFO by chunk size (like tcache).
   */
  private rawMalloc(nbytes: number, owner: number): number {
    const chunk = sysChunkSize(nbytes);
    let p: number;
    const stack = this.sysFree.get(chunk);
    if (stack !== undefined && stack.length > 0) {
      p = stack.pop()!;
    } else {
      if (this.narenas_currently_allocated * ARENA_SIZE + this.sysBytes + nbytes > this.limitBytes) return 0;
      p = this.sysBrk + 16;
      this.sysBrk += chunk;
    }
    this.sysLive.set(p, { nbytes, chunk, owner });
    this.sysBytes += nbytes;
    return p;
  }

  private rawFree(p: number): void {
    const blk = this.sysLive.get(p);
    if (blk === undefined) throw new Error(`PyObject_Free: ${hexAddress(p)} is not a live block (double free?)`);
    this.sysLive.delete(p);
    this.sysBytes -= blk.nbytes;
    let stack = this.sysFree.get(blk.chunk);
    if (stack === undefined) {
      stack = [];
      this.sysFree.set(blk.chunk, stack);
    }
    stack.push(p);
  }
}

/** glibc chunk size for a request: max(32, (n + 8 + 15) & ~15). */
function sysChunkSize(nbytes: number): number {
  return Math.max(32, Math.ceil((nbytes + 8) / 16) * 16);
}
