// The allocator as the trace shows it: blocks handed out or freed while the program ran,
// grouped into 16 KiB pools by size class, rebuilt from the trace's alloc/free events.
import type { TraceEvent } from '@/lib/pysim/trace/types';

/** Pool size of pymalloc (Objects/obmalloc.c POOL_SIZE). */
export const POOL_BYTES = 16 * 1024;
/** Arena size of pymalloc (ARENA_SIZE). */
export const ARENA_BYTES = 1024 * 1024;

/** One block in the memory view. */
export interface BlockView {
  address: number;
  /** Size class in bytes (16, 32, … 512). */
  blockSize: number;
  /** 'used' by object `owner`; 'free' back in pymalloc; 'cached' kept by a type's free list. */
  state: 'used' | 'free' | 'cached';
  owner: number;
  typeName: string;
  /** Order in which the block was last freed (larger = later). */
  freedSeq?: number;
}

/** A pool with the blocks the program touched. */
export interface PoolView {
  address: number;
  arena: number;
  blockSize: number;
  blocks: BlockView[];
}

/** The memory at one step. */
export interface MemoryView {
  pools: PoolView[];
  /** Per size class, the free blocks, most recently freed first (pymalloc hands that one out next). */
  freeLists: { blockSize: number; addresses: number[] }[];
  usedBlocks: number;
  usedBytes: number;
}

/** Steps between two checkpoints of MemoryCursor. */
const CHECKPOINT = 500;

interface State {
  step: number;
  next: number;
  blocks: Map<number, BlockView>;
  sizes: Map<number, number>;
}

function classOf(nbytes: number): number {
  return Math.max(16, (nbytes + 15) & ~15);
}

/** Rebuilds block states from alloc/free events, caching the last step for cheap forward steps. */
export class MemoryCursor {
  private st: State = { step: -1, next: 0, blocks: new Map(), sizes: new Map() };
  /** Copies of the state every CHECKPOINT steps, so stepping back replays few events. */
  private checkpoints: State[] = [];
  private cached: { next: number; view: MemoryView } | null = null;

  /** The memory view after the events of steps ≤ `step`. */
  at(events: readonly TraceEvent[], step: number): MemoryView {
    if (step < this.st.step) {
      let cp: State | undefined;
      for (let i = this.checkpoints.length - 1; i >= 0; i--)
        if (this.checkpoints[i].step <= step) {
          cp = this.checkpoints[i];
          break;
        }
      this.st = cp ? { ...cp, blocks: new Map(cp.blocks) } : { step: -1, next: 0, blocks: new Map(), sizes: new Map() };
    }
    const st = this.st;
    while (st.next < events.length && events[st.next].step <= step) {
      const e = events[st.next];
      const lastCp = this.checkpoints.length ? this.checkpoints[this.checkpoints.length - 1].step : -Infinity;
      if (e.step - lastCp >= CHECKPOINT && e.step > st.step) {
        // Checkpoint the state before the events of step e.step.
        this.checkpoints.push({ step: e.step - 1, next: st.next, blocks: new Map(st.blocks), sizes: st.sizes });
      }
      st.next++;
      if (e.type === 'alloc') {
        if (e.size <= 0 || e.size > 512) continue;
        const address = parseInt(e.address, 16);
        const blockSize = classOf(e.size);
        st.sizes.set(e.obj, blockSize);
        st.blocks.set(address, { address, blockSize, state: 'used', owner: e.obj, typeName: e.typeName });
      } else if (e.type === 'free') {
        const address = parseInt(e.address, 16);
        const b = st.blocks.get(address);
        if (!b || b.owner !== e.obj) continue;
        st.blocks.set(address, { ...b, state: e.cause === 'freelist' ? 'cached' : 'free', freedSeq: st.next });
      }
    }
    st.step = step;
    if (this.cached && this.cached.next === st.next) return this.cached.view;
    const view = this.view();
    this.cached = { next: st.next, view };
    return view;
  }

  private view(): MemoryView {
    const pools = new Map<number, PoolView>();
    const free = new Map<number, BlockView[]>();
    let usedBlocks = 0,
      usedBytes = 0;
    for (const b of this.st.blocks.values()) {
      const pa = Math.floor(b.address / POOL_BYTES) * POOL_BYTES;
      let p = pools.get(pa);
      if (!p) pools.set(pa, (p = { address: pa, arena: Math.floor(b.address / ARENA_BYTES) * ARENA_BYTES, blockSize: b.blockSize, blocks: [] }));
      p.blocks.push(b);
      if (b.state === 'used') {
        usedBlocks++;
        usedBytes += b.blockSize;
      } else if (b.state === 'free') {
        const l = free.get(b.blockSize);
        if (l) l.push(b);
        else free.set(b.blockSize, [b]);
      }
    }
    const list = [...pools.values()].sort((a, b) => a.address - b.address);
    for (const p of list) p.blocks.sort((a, b) => a.address - b.address);
    return {
      pools: list,
      freeLists: [...free.entries()].sort((a, b) => a[0] - b[0]).map(([blockSize, bs]) => ({ blockSize, addresses: bs.sort((a, b) => (b.freedSeq ?? 0) - (a.freedSeq ?? 0)).map((b) => b.address) })),
      usedBlocks,
      usedBytes,
    };
  }
}
