// Runs each fixture in lib/pysim/fixtures through run() and compares with the output recorded
// from real CPython (fixtures/record.py): stdout, exit status and the last stderr line.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, createInterpreter } from './index';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const lastLine = (s: string) => s.split('\n').filter((l) => l.trim()).pop() ?? '';

describe('fixtures recorded from CPython 3.12', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.py') && x !== 'record.py')) {
    const rec = path.join(dir, f.replace(/\.py$/, '.out312.json'));
    if (!existsSync(rec)) continue;
    it(f, () => {
      const exp = JSON.parse(readFileSync(rec, 'utf8'));
      const r = run(readFileSync(path.join(dir, f), 'utf8'), { filename: f });
      expect(r.outcome).not.toBe('internal-error');
      expect(r.stdout).toBe(exp.stdout);
      expect(r.exitCode).toBe(exp.exitCode);
      expect(lastLine(r.stderr)).toBe(exp.stderrLast);
    });
  }
});

describe('compile-time warnings', () => {
  it("warns once about a comprehension's first iterable (it is compiled once, in the enclosing scope)", () => {
    const r = run('def g():\n    return [v for v in (1, 2)[{}]]\n', { filename: 'w.py' });
    const warnings = r.stderr.split('\n').filter((l) => l.includes('SyntaxWarning'));
    expect(warnings).toEqual(['w.py:2: SyntaxWarning: tuple indices must be integers or slices, not dict; perhaps you missed a comma?']);
  });
  it('names `is not` for `not a is <literal>`, which the AST optimizer inverts (3.11-3.13; 3.14 keeps `is`)', () => {
    // recorded from CPython 3.12.1 and 3.14.2 (Pyodide); the corpus compares only stderr's last line,
    // which is the source line here
    const src = 'x = 5\nprint(not x is 5)\n';
    const warning = (profile: '3.12' | '3.14') => run(src, { filename: 'w.py', profile }).stderr.split('\n').filter((l) => l.includes('SyntaxWarning'));
    expect(warning('3.12')).toEqual(['w.py:2: SyntaxWarning: "is not" with \'int\' literal. Did you mean "!="?']);
    expect(warning('3.14')).toEqual(['w.py:2: SyntaxWarning: "is" with \'int\' literal. Did you mean "=="?']);
  });
});

describe('run() outcomes', () => {
  it('says when the JS stack ran out before the recursion limit, and only then', () => {
    const atLimit = run('def f():\n    f()\nf()\n');
    expect(lastLine(atLimit.stderr)).toBe('RecursionError: maximum recursion depth exceeded');
    expect(atLimit.jsStackExhausted).toBeUndefined();
    const beyond = run('import sys\nsys.setrecursionlimit(10 ** 7)\ndef f():\n    f()\nf()\n');
    expect(lastLine(beyond.stderr)).toBe('RecursionError: maximum recursion depth exceeded');
    expect(beyond.jsStackExhausted).toBe(true);
  });
  it('runs normally after a run that exhausted the JS stack', () => {
    const deep = 'import sys\nsys.setrecursionlimit(10 ** 7)\ndef f(n):\n    return f(n + 1)\nf(0)\n';
    for (let i = 0; i < 3; i++) expect(lastLine(run(deep).stderr)).toBe('RecursionError: maximum recursion depth exceeded');
    const r = run('print(sum(range(10)))\n');
    expect(r.outcome).toBe('ok');
    expect(r.stdout).toBe('45\n');
  });
  it('reports a syntax error without running anything', () => {
    const r = run('print(1)\nx = = 2\n');
    expect(r.outcome).toBe('syntax-error');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(lastLine(r.stderr)).toBe('SyntaxError: invalid syntax');
  });
  it('reports yield in a lambda as unsupported, positioned', () => {
    const r = run('def g():\n    return 1\nf = lambda: (yield 1)\n');
    expect(r.outcome).toBe('syntax-error');
    expect(r.stderr).toContain('heaplab does not simulate `yield` yet');
    expect(r.error?.line).toBe(3);
  });
  it('prints a traceback for an uncaught exception', () => {
    const r = run('def f():\n    return 1/0\nf()\n');
    expect(r.outcome).toBe('exception');
    expect(r.stderr).toContain('Traceback (most recent call last):');
    expect(r.stderr).toContain('  File "main.py", line 3, in <module>');
    expect(lastLine(r.stderr)).toBe('ZeroDivisionError: division by zero');
  });
  it('a repr nested deeper than the stack allows is a RecursionError the program can catch', () => {
    const r = run('l = []\nfor i in range(20000):\n    l = [l]\ntry:\n    repr(l)\nexcept RecursionError as e:\n    print("caught", e)\nprint("after")\n', { maxSteps: 1e6 });
    expect(r.outcome).toBe('ok');
    expect(r.stdout).toBe('caught maximum recursion depth exceeded while getting the repr of an object\nafter\n');
  });
  it('stops at the step limit and keeps the output so far', () => {
    const r = run('print("a")\nwhile True:\n    pass\n', { maxSteps: 1000 });
    expect(r.outcome).toBe('step-limit');
    expect(r.stdout).toBe('a\n');
  });
  it('raises RecursionError at the limit and survives 990-deep recursion', () => {
    const r = run('def g(k):\n    if k == 0: return 0\n    return g(k-1) + 1\nprint(g(990))\ndef f(): f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)\n');
    expect(r.stdout).toBe('990\nmaximum recursion depth exceeded\n');
  });
  it('reports heap-limit', () => {
    const r = run('l = []\nwhile True:\n    l.append([0] * 100)\n', { maxHeapBytes: 1_000_000 });
    expect(r.outcome).toBe('heap-limit');
  });
  it('records a trace whose snapshots show refcounts', () => {
    const r = run('import sys\nx = []\ny = x\nprint(sys.getrefcount(x))\n', { trace: true });
    expect(r.trace).toBeDefined();
    const t = r.trace!;
    expect(t.deltas.length).toBe(4);
    const final = t.final!;
    const xs = Object.values(final.objects).filter((o) => o.type === 'list');
    expect(xs.length).toBe(1);
    expect(xs[0].refcount).toBe(2);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
  it('gives access to the final heap through createInterpreter', () => {
    const sim = createInterpreter();
    const r = sim.run('a = [1, 2]\nb = a\nclass C: pass\nc = C()\n');
    expect(r.outcome).toBe('ok');
    expect(sim.refcount(sim.lookup('a')!)).toBe(2);
    expect(sim.liveObjects('C').length).toBe(1);
    expect(sim.heapCheck()).toEqual([]);
  });
});
