// The dk_indices half of Objects/dictobject.c's PyDictKeysObject, for the simulator's own lookups:
// an open-addressing table from a key's primitive value (dictobject.ts's primKey: a str's value,
// an int's value, an identity object) to the index of its entry, probed as lookdict probes
// (perturb, i = i*5 + perturb + 1). It only finds entries fast; the sizes sys.getsizeof reports
// come from the dict's modelled log2, not from this table. A JS Map did the same job at several
// times the cost for int keys (hashing, growth and deletion in V8's OrderedHashMap).

/** Slot value of a deleted entry (DKIX_DUMMY); 0 is an empty slot (DKIX_EMPTY), n > 0 is entry n - 1. */
const DUMMY = -1;

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

/** A 32-bit hash of a primitive key: its value for ints, a mix of its characters for str. */
export function primHash(p: unknown): number {
  if (typeof p === 'number') {
    const s = p | 0;
    if (s === p) return s;
    // a large int, typically an id() (an address, a multiple of 16): mix its bits, or the
    // probes would start only at slots that are multiples of 16
    if (Number.isInteger(p)) return mix32((p | 0) ^ (Math.floor(p / 4294967296) | 0));
    f64[0] = p;
    return i32[0] ^ i32[1];
  }
  if (typeof p === 'string') return strHash(p);
  if (typeof p === 'bigint') return Number(BigInt.asIntN(32, p)) ^ Number(BigInt.asIntN(32, p >> 32n));
  // an identity key (a PyObject): its address, which stays the same while it lives
  const o = p as { blk: { hash32: number }; off: number };
  return mix32(o.off ^ o.blk.hash32);
}

/** A 32-bit finaliser (xor-shift, multiply, xor-shift): every input bit moves the low bits. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}

/** Hash of a string from its length and at most its first and last 16 characters (keys stay cheap to hash). */
function strHash(s: string): number {
  const n = s.length;
  let h = n | 0;
  if (n <= 32) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < 16; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let i = n - 16; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h;
}

/**
 * An index from primitive keys to entry indices. `prims` (the dict's primitive key per entry,
 * undefined for deleted or slow entries) is passed to each call: the table stores entry indices
 * only, as dk_indices does, and compares keys through it.
 */
export class PrimIndex {
  /** Entry index + 1 per slot; 0 empty, DUMMY deleted. Length is a power of two. */
  slots: Int32Array;
  /** Slots not empty (entries and dummies): the table grows before it is two-thirds full. */
  fill: number;

  constructor(minEntries: number) {
    let size = 16;
    while (size * 2 < minEntries * 3) size *= 2;
    this.slots = new Int32Array(size);
    this.fill = 0;
  }

  /** An index of every primitive key in `prims` (entries whose key is gone or slow are skipped). */
  static build(prims: unknown[], keys: unknown[]): PrimIndex {
    const ix = new PrimIndex(prims.length + 1);
    for (let i = 0; i < prims.length; i++) if (prims[i] !== undefined && keys[i] !== null) ix.insertNew(prims[i], i);
    return ix;
  }

  /** Entry index of key `p`, or -1. */
  get(prims: unknown[], p: unknown): number {
    const s = this.slotOf(prims, p);
    return s < 0 ? -1 : this.slots[s] - 1;
  }

  /** The slot holding key `p` (lookdict's probe sequence), or -1. */
  private slotOf(prims: unknown[], p: unknown): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const h = primHash(p);
    let i = h & mask;
    let perturb = h >>> 0;
    for (;;) {
      const e = slots[i];
      if (e === 0) return -1;
      if (e > 0 && prims[e - 1] === p) return i;
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** Records that entry `j` holds key `p` (not already in the table). */
  add(prims: unknown[], p: unknown, j: number): void {
    if ((this.fill + 1) * 3 >= this.slots.length * 2) this.rebuild(prims);
    this.insertNew(p, j);
  }

  /** Forgets key `p` (its slot becomes a dummy, as in delitem_common). */
  remove(prims: unknown[], p: unknown): void {
    const s = this.slotOf(prims, p);
    if (s >= 0) this.slots[s] = DUMMY;
  }

  /** Puts entry `j` (key `p`) in the first free slot of its probe sequence. */
  private insertNew(p: unknown, j: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    const h = primHash(p);
    let i = h & mask;
    let perturb = h >>> 0;
    for (;;) {
      const e = slots[i];
      if (e === 0) {
        this.fill++;
        break;
      }
      if (e === DUMMY) break;
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    slots[i] = j + 1;
  }

  /** Rebuilds the table without dummies, sized for its live entries and one more. */
  private rebuild(prims: unknown[]): void {
    const old = this.slots;
    let live = 0;
    for (let s = 0; s < old.length; s++) if (old[s] > 0) live++;
    let size = 16;
    while (size * 2 <= (live + 1) * 3) size *= 2;
    this.slots = new Int32Array(size);
    this.fill = 0;
    for (let s = 0; s < old.length; s++) {
      const e = old[s];
      if (e > 0) this.insertNew(prims[e - 1], e - 1);
    }
  }
}
