// Dev tool: print match rates and the first mismatches per fixture group (npx tsx is not needed; run via vitest).
import { GROUPS, loadCases, runCase } from './fixtures';
for (const g of GROUPS) {
  const cases = loadCases(g);
  let ok = 0;
  const bad: string[] = [];
  const byFn = new Map<string, number>();
  for (const c of cases) {
    const r = runCase(c);
    if (JSON.stringify(r.out ?? null) === JSON.stringify(c.out ?? null) && JSON.stringify(r.err ?? null) === JSON.stringify(c.err ?? null)) ok++;
    else {
      byFn.set(c.fn, (byFn.get(c.fn) ?? 0) + 1);
      if (bad.length < 12) bad.push(JSON.stringify({ fn: c.fn, args: c.args, want: c.out ?? c.err, got: r.out ?? r.err }).slice(0, 400));
    }
  }
  console.log(`${g}: ${ok}/${cases.length}`, JSON.stringify([...byFn]));
  for (const b of bad) console.log('   ', b);
}
