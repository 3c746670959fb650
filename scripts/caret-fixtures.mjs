#!/usr/bin/env node
// Records lib/pysim/objects/traceback_carets.fixtures.json from real CPython (3.11.7, 3.12.1,
// 3.13.0 native; 3.14's Lib/traceback.py prints carets as 3.13's does): for each snippet below, the
// source and caret lines CPython prints under the innermost traceback entry when the snippet runs
// as a script, and that entry's position (co_positions at tb_lasti, columns as characters).
// traceback_carets.test.ts feeds the positions to the simulator's formatter and expects the lines.
//
// Usage: node scripts/caret-fixtures.mjs

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from './oracle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'lib/pysim/objects/traceback_carets.fixtures.json');
const NATIVE = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };

/** Programs whose last line(s) raise at module level: one traceback entry each. */
const SNIPPETS = [
  'x = 1 + "a"',
  'x = (1 +\n     "a")',
  'd = {"a": {}}\nv = d["a"]["b"]',
  'v = [1][0][0]',
  'print(len(5))',
  'len(5)',
  '1 / 0',
  'x = None\nx.y',
  'x = None\nprint(x.y.z)',
  'a = 1; b = a + "s"; c = 2',
  'f = lambda: 1\nf(1,\n  2,\n  3)',
  'print((lambda: 1)(\n  1, 2))',
  'x = ( 1 ) + "a"',
  'x = 1 // "a"',
  'd = {}\nd[ "k" ]',
  'v = {}\nv = v["a"\n  ]',
  'x = 10\ny = (x\n  + "a")',
  'x = "é" + 1',
  'if True:\n    x = 1 + "a"',
  'import math\nmath.floor("a")',
  'def f(a):\n    return a\nf(1, 2)',
  'x = [1]\nx[5] = 2',
  'a, b = [1, 2, 3]',
  'x = 1\nx += "a"',
  'assert 1 > 2',
  'for v in 5:\n    pass',
];

const PROGRAM = String.raw`
import json, os, subprocess, sys, tempfile
snippets = json.load(sys.stdin)
out = []
for src in snippets:
    with tempfile.TemporaryDirectory() as d:
        fn = os.path.join(d, "snippet.py")
        with open(fn, "w", encoding="utf-8") as fh:
            fh.write(src + "\n")
        err = subprocess.run([sys.executable, "-X", "utf8", fn], capture_output=True, text=True, encoding="utf-8").stderr
        lines = err.splitlines()
        starts = [i for i, l in enumerate(lines) if l.startswith('  File "')]
        body = lines[starts[-1] + 1:-1]
        try:
            exec(compile(src + "\n", fn, "exec"), {"__name__": "__main__"})
            pos = None
        except BaseException as e:
            tb = e.__traceback__
            while tb.tb_next is not None:
                tb = tb.tb_next
            p = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
            src_lines = src.split("\n")
            ch = lambda ln, col: len(src_lines[ln - 1].encode("utf-8")[:col].decode("utf-8", "replace"))
            pos = {"lineno": p[0], "end_lineno": p[1], "col": ch(p[0], p[2]), "end_col": ch(p[1], p[3])}
        out.append({"source": src, "pos": pos, "expected": body})
print(json.dumps(out))
`;

const fixtures = {};
for (const [profile, version] of Object.entries(NATIVE)) {
  const python = path.join(execFileSync('pyenv', ['prefix', version], { encoding: 'utf8' }).trim(), 'bin/python3');
  const res = execFileSync(python, ['-X', 'utf8', '-c', PROGRAM], { input: JSON.stringify(SNIPPETS), env: cleanEnv(), encoding: 'utf8' });
  fixtures[profile] = JSON.parse(res);
}
writeFileSync(OUT, JSON.stringify(fixtures, null, 2) + '\n');
console.log(`wrote ${path.relative(ROOT, OUT)}: ${SNIPPETS.length} snippets × ${Object.keys(NATIVE).length} versions`);
