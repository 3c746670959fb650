import { describe, expect, it } from 'vitest';
import { FreeList, FreeLists } from './freelist';
import { ALLOC_PROFILES } from './profile';

describe('FreeList', () => {
  it('is a bounded LIFO stack', () => {
    const fl = new FreeList('floats', 3);
    expect(fl.pop()).toBeUndefined();
    expect(fl.push(10)).toBe(true);
    expect(fl.push(20)).toBe(true);
    expect(fl.push(30)).toBe(true);
    expect(fl.push(40)).toBe(false); // full: the caller frees 40 itself
    expect(fl.size).toBe(3);
    expect(fl.pop()).toBe(30);
    expect(fl.pop()).toBe(20);
    expect(fl.size).toBe(1);
  });

  it('clear empties it and returns entries most recent first', () => {
    const fl = new FreeList('lists', 80);
    for (const x of [1, 2, 3]) fl.push(x);
    expect(fl.clear()).toEqual([3, 2, 1]);
    expect(fl.size).toBe(0);
    expect(fl.push(4)).toBe(true);
  });

  it('a capacity of 0 keeps nothing', () => {
    expect(new FreeList('ints', 0).push(1)).toBe(false);
  });
});

describe('FreeLists per profile', () => {
  it('sizes the lists as CPython 3.11–3.14 do', () => {
    for (const v of ['3.11', '3.12', '3.13', '3.14'] as const) {
      const f = new FreeLists(ALLOC_PROFILES[v]);
      expect([f.floats.capacity, f.lists.capacity, f.dicts.capacity, f.dictkeys.capacity]).toEqual([100, 80, 80, 80]);
      expect(f.tuples.length).toBe(20);
      expect(f.tupleList(20)!.capacity).toBe(2000);
      expect(f.tupleList(21)).toBeUndefined();
      expect(f.tupleList(0)).toBeUndefined();
      expect(f.ints.capacity).toBe(v === '3.14' ? 100 : 0);
    }
  });

  it('clearAll returns every entry and empties every list', () => {
    const f = new FreeLists(ALLOC_PROFILES['3.14']);
    f.floats.push(1);
    f.tupleList(2)!.push(2);
    f.lists.push(3);
    f.ints.push(4);
    expect(f.clearAll()).toEqual([2, 1, 3, 4]);
    expect(f.floats.size + f.lists.size + f.ints.size + f.tupleList(2)!.size).toBe(0);
  });
});
