// The version profiles: the registry, their shape, and that run() and the CLI select them.
import { describe, expect, it } from 'vitest';
import { PROFILES, getProfile, type ProfileName } from './index';
import { run } from '../index';
import { parseArgs } from '../../cli/main';

const NAMES = Object.keys(PROFILES) as ProfileName[];
/** The profiles the UI and the CLI offer (3.14-wasm32 only models the 3.14 oracle). */
const SHIPPED: ProfileName[] = ['3.11', '3.12', '3.13', '3.14'];

describe('profiles', () => {
  it('registers 3.11 to 3.14 and 3.14-wasm32, default 3.12', () => {
    expect([...NAMES].sort()).toEqual([...SHIPPED, '3.14-wasm32']);
    expect(getProfile().name).toBe('3.12');
    for (const n of NAMES) expect(getProfile(n).name).toBe(n);
    expect(() => getProfile('3.10' as ProfileName)).toThrow(/unknown profile/);
  });

  it('all have the same fields', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? shape(v).map((s) => `${k}.${s}`) : [k])).sort();
    const ref = shape(PROFILES['3.12']);
    for (const n of NAMES) expect(shape(PROFILES[n])).toEqual(ref);
  });

  it('only 3.14 (both builds) uses the incremental collector and borrowed local loads', () => {
    for (const n of NAMES) {
      expect(PROFILES[n].gcVariant === 'incremental').toBe(n.startsWith('3.14'));
      expect(PROFILES[n].borrowedLocalLoads).toBe(n.startsWith('3.14'));
      expect(PROFILES[n].gcStartupRootReachable).toBeLessThanOrEqual(PROFILES[n].gcStartupTracked);
    }
  });

  it('run() selects the profile (sys.version_info, gc thresholds, immortal refcount)', () => {
    const src = 'import sys, gc\nprint(tuple(sys.version_info)[:3], gc.get_threshold()[0], sys.getrefcount(None))\n';
    for (const n of NAMES) {
      const p = getProfile(n);
      const r = run(src, { profile: n });
      expect(r.stderr).toBe('');
      const refcnt = p.immortal ? p.immortalRefcnt : p.staticRefcnt;
      expect(r.stdout).toBe(`(${p.versionInfo.slice(0, 3).join(', ')}) ${p.gcThresholds[0]} ${refcnt}\n`);
    }
  });

  it("3.14-wasm32 is 3.14 with the fields of Pyodide's build only (32-bit, Emscripten's libc, FNV str hash, the flags it runs with)", () => {
    const w = PROFILES['3.14-wasm32'];
    const differ = Object.keys(w).filter((k) => JSON.stringify(w[k as keyof typeof w]) !== JSON.stringify(PROFILES['3.14'][k as keyof typeof w]));
    expect(differ.sort()).toEqual(['erange', 'errnoExceptions', 'hashAlgorithm', 'immortalRefcnt', 'implementation', 'name', 'platform', 'pointerSize', 'staticRefcnt', 'sysFlags', 'version']);
    expect(NAMES.filter((n) => PROFILES[n].pointerSize === 4)).toEqual(['3.14-wasm32']);
  });

  it('the CLI takes --python VERSION for every shipped profile', () => {
    for (const n of SHIPPED) {
      expect(parseArgs(['--python', n, 'x.py']).profile).toBe(n);
      expect(parseArgs([`--python=${n}`, 'x.py']).profile).toBe(n);
    }
    expect(parseArgs(['--python', '3.9', 'x.py']).error).toMatch(/unknown Python version/);
  });
});
