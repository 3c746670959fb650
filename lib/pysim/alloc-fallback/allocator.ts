// A simplified model of Objects/obmalloc.c used until the full pymalloc model is wired in:
// 16-byte size classes up to 512 bytes, 16 KiB pools in 1 MiB arenas, LIFO reuse of freed blocks.

/** What the object layer needs from an allocator: addresses as JS numbers (< 2**53). */
export interface Allocator {
  malloc(nbytes: number): number;
  free(addr: number, nbytes: number): void;
}

const POOL = 16 * 1024;
const ARENA = 1024 * 1024;
const POOL_HEADER = 48;

/** Fallback pymalloc-like allocator with per-class LIFO free lists. */
export class FallbackAllocator implements Allocator {
  private freeBlocks: number[][] = [];
  private poolNext: number[] = [];
  private poolEnd: number[] = [];
  private arenaNext: number;
  private arenaEnd: number;
  private bigNext: number;
  private bigFree = new Map<number, number[]>();

  constructor(base = 0x7f3a5c000000) {
    this.arenaNext = base;
    this.arenaEnd = base + ARENA;
    this.bigNext = 0x55d4e8a00000;
    for (let i = 0; i < 32; i++) { this.freeBlocks.push([]); this.poolNext.push(0); this.poolEnd.push(0); }
  }

  malloc(nbytes: number): number {
    if (nbytes <= 0 || nbytes > 512) {
      const sz = Math.max(16, (nbytes + 15) & ~15);
      const fl = this.bigFree.get(sz);
      if (fl && fl.length) return fl.pop()!;
      const a = this.bigNext;
      this.bigNext += sz + 16;
      return a;
    }
    const idx = (nbytes - 1) >> 4;
    const fl = this.freeBlocks[idx];
    if (fl.length) return fl.pop()!;
    const size = (idx + 1) << 4;
    if (this.poolNext[idx] + size > this.poolEnd[idx]) {
      if (this.arenaNext + POOL > this.arenaEnd) {
        this.arenaNext = this.arenaEnd + 0x100000 * 3;
        this.arenaEnd = this.arenaNext + ARENA;
      }
      this.poolNext[idx] = this.arenaNext + POOL_HEADER;
      this.poolEnd[idx] = this.arenaNext + POOL;
      this.arenaNext += POOL;
    }
    const a = this.poolNext[idx];
    this.poolNext[idx] += size;
    return a;
  }

  free(addr: number, nbytes: number): void {
    if (nbytes <= 0 || nbytes > 512) {
      const sz = Math.max(16, (nbytes + 15) & ~15);
      let fl = this.bigFree.get(sz);
      if (!fl) this.bigFree.set(sz, (fl = []));
      fl.push(addr);
      return;
    }
    this.freeBlocks[(nbytes - 1) >> 4].push(addr);
  }
}
