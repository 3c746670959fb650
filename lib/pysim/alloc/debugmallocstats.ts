// Models _PyObject_DebugMallocStats, printone and _PyDebugAllocatorStats (Objects/obmalloc.c,
// CPython 3.12; the 3.11 and 3.13 output has the same format) — the text of sys._debugmallocstats().

/** The figures `_PyObject_DebugMallocStats` gathers by walking the arenas. */
export interface MallocStatsFigures {
  /** Per size class (32 entries): pools in use, blocks in use, free blocks in those pools. */
  numpools: readonly number[];
  numblocks: readonly number[];
  numfreeblocks: readonly number[];
  /** "ntimes_arena_allocated". */
  ntimesArenaAllocated: number;
  /** Arenas currently allocated. */
  narenas: number;
  /** "narenas_highwater". */
  narenasHighwater: number;
  /** Free pools, cached or not yet carved, summed over arenas. */
  numfreepools: number;
  /** POOL_SIZE for each arena whose base is not pool-aligned. */
  arenaAlignment: number;
  /** "arena_map_mid_count" and "arena_map_bot_count" (radix tree nodes). */
  arenaMapMidCount: number;
  arenaMapBotCount: number;
}

/** One free-list line: `_PyDebugAllocatorStats(out, blockName, numBlocks, sizeofBlock)`. */
export interface FreeListStat {
  /** E.g. "free PyFloatObject", "free 3-sized PyTupleObject" (CPython appends the "s"). */
  blockName: string;
  numBlocks: number;
  sizeofBlock: number;
}

const SMALL_REQUEST_THRESHOLD = 512;
const NUM_CLASSES = 32;
const POOL_SIZE = 16384;
const POOL_OVERHEAD = 48;
const ARENA_SIZE = 1048576;
const ARENA_MAP_ROOT_BYTES = 262144;
const ARENA_MAP_MID_BYTES = 262144;
const ARENA_MAP_BOT_BYTES = 131072;

/** Right-align (C's "%Nu" / "%Ns"). */
function pad(s: string | number, width: number): string {
  return String(s).padStart(width, ' ');
}

/**
 * `printone(out, msg, value)`: msg padded with spaces to 35 columns, '=', then the value with
 * thousands commas right-aligned in a 21-character field ("i = 22; buf[i--] = '\0';
 * buf[i--] = '\n'; ... while (i >= 0) buf[i--] = ' ';"), then a newline.
 */
export function printone(msg: string, value: number): string {
  const digits = Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return msg.padEnd(35, ' ') + '=' + pad(digits, 21) + '\n';
}

/**
 * `_PyDebugAllocatorStats`: "%d %ss * %zd bytes each" right-aligned by "%48s " and passed to
 * printone with num_blocks * sizeof_block.
 */
export function _PyDebugAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  const buf1 = `${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`;
  return printone(pad(buf1, 48) + ' ', numBlocks * sizeofBlock);
}

/**
 * The whole of `sys._debugmallocstats()`: `_PyObject_DebugMallocStats(stderr)`, then (sysmodule.c
 * "if (_PyObject_DebugMallocStats(stderr)) { fputc('\n', stderr); }") an empty line, then
 * `_PyObject_DebugTypeStats(stderr)`, whose lines the caller gives as `freeLists`.
 */
export function formatDebugMallocStats(f: MallocStatsFigures, freeLists: readonly FreeListStat[] = []): string {
  let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NUM_CLASSES} size classes.\n`;
  out += '\n';
  out += 'class   size   num pools   blocks in use  avail blocks\n' + '-----   ----   ---------   -------------  ------------\n';
  let allocatedBytes = 0;
  let availableBytes = 0;
  let poolHeaderBytes = 0;
  let quantization = 0;
  for (let i = 0; i < NUM_CLASSES; i++) {
    const p = f.numpools[i] ?? 0;
    const b = f.numblocks[i] ?? 0;
    const fr = f.numfreeblocks[i] ?? 0;
    const size = (i + 1) << 4;
    if (p === 0) continue;
    // "%5u %6u %11zu %15zu %13zu\n"
    out += `${pad(i, 5)} ${pad(size, 6)} ${pad(p, 11)} ${pad(b, 15)} ${pad(fr, 13)}\n`;
    allocatedBytes += b * size;
    availableBytes += fr * size;
    poolHeaderBytes += p * POOL_OVERHEAD;
    quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
  }
  out += '\n';
  out += printone('# arenas allocated total', f.ntimesArenaAllocated);
  out += printone('# arenas reclaimed', f.ntimesArenaAllocated - f.narenas);
  out += printone('# arenas highwater mark', f.narenasHighwater);
  out += printone('# arenas allocated current', f.narenas);
  out += printone(`${f.narenas} arenas * ${ARENA_SIZE} bytes/arena`, f.narenas * ARENA_SIZE);
  out += '\n';
  // "Account for what all of those arena bytes are being used for."
  let total = allocatedBytes + availableBytes;
  out += printone('# bytes in allocated blocks', allocatedBytes);
  out += printone('# bytes in available blocks', availableBytes);
  out += printone(`${f.numfreepools} unused pools * ${POOL_SIZE} bytes`, f.numfreepools * POOL_SIZE);
  total += f.numfreepools * POOL_SIZE;
  out += printone('# bytes lost to pool headers', poolHeaderBytes);
  out += printone('# bytes lost to quantization', quantization);
  out += printone('# bytes lost to arena alignment', f.arenaAlignment);
  total += poolHeaderBytes + quantization + f.arenaAlignment;
  out += printone('Total', total);
  // WITH_PYMALLOC_RADIX_TREE, USE_INTERIOR_NODES (64-bit builds)
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', f.arenaMapMidCount);
  out += printone('# arena map bot nodes', f.arenaMapBotCount);
  out += '\n';
  const mid = ARENA_MAP_MID_BYTES * f.arenaMapMidCount;
  const bot = ARENA_MAP_BOT_BYTES * f.arenaMapBotCount;
  out += printone('# bytes lost to arena map root', ARENA_MAP_ROOT_BYTES);
  out += printone('# bytes lost to arena map mid', mid);
  out += printone('# bytes lost to arena map bot', bot);
  out += printone('Total', ARENA_MAP_ROOT_BYTES + mid + bot);
  out += '\n';
  for (const s of freeLists) out += _PyDebugAllocatorStats(s.blockName, s.numBlocks, s.sizeofBlock);
  return out;
}

/**
 * Parse the pymalloc part of real `sys._debugmallocstats()` output back into figures (used by
 * the tests to check the formatter against recorded CPython output, and by tools).
 */
export function parseDebugMallocStats(text: string): { figures: MallocStatsFigures; freeLists: FreeListStat[] } {
  const numpools = new Array<number>(NUM_CLASSES).fill(0);
  const numblocks = new Array<number>(NUM_CLASSES).fill(0);
  const numfreeblocks = new Array<number>(NUM_CLASSES).fill(0);
  const num = (label: string): number => {
    const m = new RegExp('^' + label.replace(/[#*]/g, '\\$&') + ' *= *([\\d,]+)$', 'm').exec(text);
    if (!m) throw new Error(`parseDebugMallocStats: no line "${label}"`);
    return Number(m[1]!.replace(/,/g, ''));
  };
  for (const m of text.matchAll(/^ *(\d+) +(\d+) +(\d+) +(\d+) +(\d+)$/gm)) {
    const i = Number(m[1]);
    numpools[i] = Number(m[3]);
    numblocks[i] = Number(m[4]);
    numfreeblocks[i] = Number(m[5]);
  }
  const unused = /^(\d+) unused pools \*/m.exec(text);
  const freeLists: FreeListStat[] = [];
  for (const m of text.matchAll(/^ *(\d+) (.+)s \* (\d+) bytes each *=/gm)) {
    freeLists.push({ numBlocks: Number(m[1]), blockName: m[2]!, sizeofBlock: Number(m[3]) });
  }
  return {
    figures: {
      numpools,
      numblocks,
      numfreeblocks,
      ntimesArenaAllocated: num('# arenas allocated total'),
      narenas: num('# arenas allocated current'),
      narenasHighwater: num('# arenas highwater mark'),
      numfreepools: unused ? Number(unused[1]) : 0,
      arenaAlignment: num('# bytes lost to arena alignment'),
      arenaMapMidCount: num('# arena map mid nodes'),
      arenaMapBotCount: num('# arena map bot nodes'),
    },
    freeLists,
  };
}
