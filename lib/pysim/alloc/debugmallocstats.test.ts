import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _PyDebugAllocatorStats, formatDebugMallocStats, parseDebugMallocStats, printone } from './debugmallocstats';
import { FreeLists, standardFreeListStats } from './freelist';
import { ARENA_SIZE, NUMBLOCKS, POOL_SIZE, PyMalloc } from './obmalloc';
import { ALLOC_PROFILES } from './profile';

// Recorded from the real interpreters by fixtures/record.sh (stderr of sys._debugmallocstats()).
const FIXTURES = join(__dirname, 'fixtures');
const recorded = readdirSync(FIXTURES).filter((f) => f.startsWith('debugmallocstats') && f.endsWith('.txt'));
/** Block names of the free-list lines, in order, with the counts and sizes dropped. */
const lineNames = (text: string): string[] =>
  text.split('\n').filter((l) => / free .*bytes each/.test(l)).map((l) => l.replace(/^ *\d+ /, '').replace(/ \* .*/, ''));

describe('_debugmallocstats format (against recorded CPython output)', () => {
  it('has fixtures for 3.11, 3.12 and 3.13', () => {
    expect(recorded.sort()).toEqual([
      'debugmallocstats.311.txt', 'debugmallocstats.312.txt', 'debugmallocstats.313.txt',
      'debugmallocstats_full.311.txt', 'debugmallocstats_full.312.txt', 'debugmallocstats_full.313.txt',
    ]);
  });

  for (const name of recorded) {
    it(`reproduces ${name} character for character from its figures`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const { figures, freeLists } = parseDebugMallocStats(text);
      expect(freeLists.length).toBeGreaterThanOrEqual(23);
      expect(formatDebugMallocStats(figures, freeLists)).toBe(text);
    });
  }

  it('prints the free-list lines CPython prints for full lists (capacities per version)', () => {
    for (const [v, file] of [['3.11', '311'], ['3.12', '312'], ['3.13', '313']] as const) {
      const text = readFileSync(join(FIXTURES, `debugmallocstats_full.${file}.txt`), 'utf8');
      const profile = ALLOC_PROFILES[v];
      const fl = new FreeLists(profile);
      const c = profile.freeLists;
      for (let i = 0; i < 1000; i++) { fl.floats.push(i); fl.lists.push(i); fl.dicts.push(i); fl.dictkeys.push(i); }
      for (const t of [fl.tupleList(1)!, fl.tupleList(20)!]) for (let i = 0; i < 3000; i++) t.push(i);
      expect(fl.floats.size).toBe(c.floats);
      const lines = fl.stats().map((s) => _PyDebugAllocatorStats(s.blockName, s.numBlocks, s.sizeofBlock));
      const wanted = lines.filter((l) => /PyFloat|PyList|PyDict|free (1|20)-sized/.test(l));
      expect(wanted.length).toBe(v === '3.13' ? 6 : 5);
      for (const l of wanted) expect(text).toContain(l);
      // The line order of _PyObject_DebugTypeStats matches too.
      expect(lineNames(lines.join(''))).toEqual(lineNames(text));
    }
  });

  it('prints the 3.14 free-list lines in the order Pyodide 3.14 prints them', () => {
    const text = readFileSync(join(FIXTURES, 'freelists.314-wasm32.txt'), 'utf8');
    const ours = new FreeLists(ALLOC_PROFILES['3.14']).stats().map((s) => _PyDebugAllocatorStats(s.blockName, s.numBlocks, s.sizeofBlock));
    expect(lineNames(ours.join(''))).toEqual(lineNames(text));
    expect(lineNames(text).length).toBe(24);
  });

  it('reproduces Pyodide 3.14 (wasm32) free-list lines character for character: 32-bit struct sizes', () => {
    const text = readFileSync(join(FIXTURES, 'freelists.314-wasm32.txt'), 'utf8');
    const { freeLists } = parseDebugMallocStats(text + '# arenas allocated total = 0\n# arenas allocated current = 0\n# arenas highwater mark = 0\n# bytes lost to arena alignment = 0\n# arena map mid nodes = 0\n# arena map bot nodes = 0\n');
    const n = (name: string): number => freeLists.find((f) => f.blockName === name)!.numBlocks;
    const counts = {
      dicts: n('free PyDictObject'), dictkeys: n('free PyDictKeysObject'), floats: n('free PyFloatObject'), lists: n('free PyListObject'),
      tuples: Array.from({ length: 20 }, (_, i) => n(`free ${i + 1}-sized PyTupleObject`)),
    };
    const ours = standardFreeListStats(ALLOC_PROFILES['3.14-wasm32'], counts).map((s) => _PyDebugAllocatorStats(s.blockName, s.numBlocks, s.sizeofBlock));
    expect(ours.join('')).toBe(text);
    // the 64-bit 3.14 build: 3.13's recorded sizes, plus 3.14's ob_hash word for every tuple
    const sizes313 = new Map(parseDebugMallocStats(readFileSync(join(FIXTURES, 'debugmallocstats_full.313.txt'), 'utf8')).freeLists.map((f) => [f.blockName, f.sizeofBlock]));
    for (const s of standardFreeListStats(ALLOC_PROFILES['3.14'], counts)) {
      expect(s.sizeofBlock).toBe(sizes313.get(s.blockName)! + (s.blockName.includes('Tuple') ? 8 : 0));
    }
  });
});

describe('printone', () => {
  it('pads the label to 35 columns and right-aligns the value with commas in 21', () => {
    const line = printone('Total', 2097152);
    expect(line).toBe('Total' + ' '.repeat(30) + '=' + ' '.repeat(12) + '2,097,152\n');
    expect(printone('x', 0).length).toBe(35 + 1 + 21 + 1);
  });
});

describe('_debugmallocstats of a modelled heap', () => {
  it('reports the modelled pools, arenas and free lists with consistent arithmetic', () => {
    const m = new PyMalloc();
    for (let i = 0; i < 10; i++) m.PyObject_Malloc(16);
    for (let i = 0; i < NUMBLOCKS(31) + 3; i++) m.PyObject_Malloc(512);
    const fl = standardFreeListStats(ALLOC_PROFILES['3.12'], { dicts: 2, dictkeys: 0, floats: 3, lists: 1, tuples: [5] });
    const text = m.debugmallocstats(fl);
    const lines = text.split('\n');
    expect(lines).toContain('    0     16           1              10          1011');
    expect(lines).toContain('   31    512           2              34            28');
    expect(lines).toContain('# arenas allocated current         =                    1');
    expect(lines).toContain('1 arenas * 1048576 bytes/arena     =            1,048,576');
    expect(lines).toContain('60 unused pools * 16384 bytes      =              983,040');
    expect(lines).toContain('# bytes lost to arena alignment    =               16,384');
    expect(lines).toContain('# bytes lost to pool headers       =                  144');
    expect(lines).toContain('           3 free PyFloatObjects * 24 bytes each =                   72');
    expect(lines).toContain('   5 free 1-sized PyTupleObjects * 32 bytes each =                  160');
    // The parts add up to the arena bytes, as CPython asserts.
    const { figures } = parseDebugMallocStats(text);
    expect(figures.narenas).toBe(1);
    const totals = lines.filter((l) => l.startsWith('Total')).map((l) => Number(l.split('=')[1]!.replace(/[ ,]/g, '')));
    expect(totals[0]).toBe(ARENA_SIZE);
    expect(totals[1]).toBe(262144 + 262144 + 131072);
    expect(formatDebugMallocStats(figures, fl)).toBe(text);
  });

  it('counts reclaimed arenas and the high-water mark', () => {
    const m = new PyMalloc(undefined, { poolAlignedArenas: true });
    const blocks: number[] = [];
    for (let i = 0; i < 64 * NUMBLOCKS(31) + 1; i++) blocks.push(m.PyObject_Malloc(512));
    m.PyObject_Free(blocks.pop()!); // arena 1 empty, but it is the last usable arena: kept
    for (const p of blocks) m.PyObject_Free(p); // arena 0 empty: released
    const text = m.debugmallocstats();
    expect(text).toContain('# arenas allocated total           =                    2\n');
    expect(text).toContain('# arenas reclaimed                 =                    1\n');
    expect(text).toContain('# arenas highwater mark            =                    2\n');
    expect(text).toContain('# bytes lost to arena alignment    =                    0\n');
    expect(text).toContain(`64 unused pools * ${POOL_SIZE} bytes      =            1,048,576\n`);
  });
});
