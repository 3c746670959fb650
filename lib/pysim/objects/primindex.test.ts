import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FixedBase } from './object';
import { PrimIndex, primHash } from './primindex';

/** A dict's entry arrays as dictobject.ts keeps them: prims per entry, undefined once deleted. */
class Entries {
  prims: unknown[] = [];
  keys: unknown[] = [];
  ix = new PrimIndex(0);
  add(p: unknown): void {
    this.prims.push(p);
    this.keys.push(p);
    this.ix.add(this.prims, p, this.prims.length - 1);
  }
  remove(p: unknown): void {
    const j = this.ix.get(this.prims, p);
    this.ix.remove(this.prims, p);
    this.prims[j] = undefined;
    this.keys[j] = null;
  }
}

const base = new FixedBase(0x7f4a_1234_0000);
const objA = { blk: base, off: 48 };
const objB = { blk: base, off: 64 };
const key = fc.oneof(
  fc.integer({ min: -50, max: 50 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 40 }),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  fc.constantFrom(objA, objB, -0, 2 ** 53 - 1, -(2 ** 40), 1.5),
);

describe('PrimIndex', () => {
  it('finds every live key and no deleted one, through growth and deletions (against a Map)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), key), { maxLength: 400 }), (ops) => {
      const e = new Entries();
      const model = new Map<unknown, number>();
      for (const [del, p] of ops) {
        const i = e.ix.get(e.prims, p);
        expect(i).toBe(model.get(p) ?? -1);
        if (del && i >= 0) {
          e.remove(p);
          model.delete(p);
        } else if (i < 0) {
          e.add(p);
          model.set(p, e.prims.length - 1);
        }
      }
      for (const [p, j] of model) expect(e.ix.get(e.prims, p)).toBe(j);
      const rebuilt = PrimIndex.build(e.prims, e.keys);
      for (const [p, j] of model) expect(rebuilt.get(e.prims, p)).toBe(j);
    }), { numRuns: 300 });
  });

  it('keeps 100 000 sequential int keys and finds them after deleting half', () => {
    const e = new Entries();
    for (let i = 0; i < 100_000; i++) e.add(i);
    for (let i = 0; i < 100_000; i += 2) e.remove(i);
    for (let i = 0; i < 100_000; i++) expect(e.ix.get(e.prims, i)).toBe(i % 2 ? i : -1);
    expect(e.ix.slots.length).toBeLessThanOrEqual(262_144);
  });

  it('hashes equal keys alike: -0 and 0, and an int-valued double and its int', () => {
    expect(primHash(-0)).toBe(primHash(0));
    expect(primHash(2 ** 40)).toBe(primHash(Number('1099511627776')));
    expect(primHash('abc')).toBe(primHash(['a', 'b', 'c'].join('')));
    expect(primHash(2n ** 70n)).toBe(primHash(BigInt('1180591620717411303424')));
  });
});
