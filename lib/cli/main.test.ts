// The CLI as a person runs it (bin/heaplab over the bundle `npm ci` builds).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DEEP = 'def g(k):\n    if k == 0:\n        return 0\n    return g(k - 1) + 1\nprint(g(990))\n';

describe.skipIf(!existsSync('dist/heaplab-cli.mjs'))('heaplab run', () => {
  it('runs a program to depth 990 (under CPython 3.12\'s limit of 1000) even when the main thread\'s stack is small', () => {
    // A 300 KiB main-thread stack overflows long before depth 990: the CLI must notice the
    // exhausted JS stack and run the program again on its big-stack thread.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'heaplab-cli-')), 'deep.py');
    writeFileSync(file, DEEP);
    const out = execFileSync(process.execPath, ['--stack-size=300', 'bin/heaplab', 'run', file], { encoding: 'utf8' });
    expect(out).toBe('990\n');
  });
});
