#!/usr/bin/env node
// Records what real CPython prints for every program of the fidelity corpus
// (lib/pysim/test/cases/<topic>/<name>.py) into <name>.out311 / .out312 / .out313 / .out314.
//
// Usage: npm run oracle -- [--only 3.12[,3.13]] [--jobs 2] [paths...]
//   paths: case files or folders (default: the whole corpus).
//
// Each record is JSON: { "stdout": "...", "exitCode": 0, "stderrLast": "..." } where stderrLast is
// the last non-empty line of stderr ("" if none). When stderr holds a traceback, the record also
// has "tracebackFrames": its `  File "...", line N, in name` lines, the path cut to the file name,
// and "traceback": every line of its traceback block(s) (entries, source lines, caret lines, the
// exception line), paths cut the same way.
//
// 3.11 / 3.12 / 3.13: the native interpreters from pyenv, `python3 -X utf8 <file>` with the case's
// folder as cwd, PYTHONHASHSEED=0 and no other PYTHON* variables.
//
// 3.14: the npm package `pyodide` (CPython 3.14.2, wasm32), a fresh Pyodide instance per case
// (worker processes take batches of cases, two workers at a time). The file is written into Pyodide's file system and run with the C API
// PyRun_SimpleFileExFlags (what `python3 file.py` uses), so the module runs as __main__ with its
// real file name, and the parser arena stays alive while the module code runs, exactly as for a
// native script. Pyodide runs with the `inspect` flag, so PyErr_Print never exits on SystemExit;
// a sys.excepthook installed before the run turns SystemExit into the exit status the way
// Py_Exit would as a shell sees it (None -> 0, int -> its low 8 bits, anything else printed to
// stderr -> 1), and an uncaught KeyboardInterrupt into Py_RunMain's 130 (death by SIGINT). After
// the run every reference to __main__ is dropped (sys.modules, Pyodide's own) and one
// gc.collect() runs: the module's dict is then kept alive only by cycles, so __del__ methods and
// generator finalizers at exit run inside that collection, in collector order, as at native shutdown.

import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { lastLine, tracebackFrames, tracebackText } from './stderr-record.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES = path.join(ROOT, 'lib/pysim/test/cases');
const NATIVE = { '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const ALL = ['3.11', '3.12', '3.13', '3.14'];
const NATIVE_TIMEOUT_MS = 60_000;
const PYODIDE_TIMEOUT_MS = 120_000;
const BATCH = 15; // cases per Pyodide worker process (each case still gets a fresh instance)

/** The record of one run: stdout, exit status, last stderr line, and the traceback frames and text if any. */
function makeRecord(stdout, exitCode, stderr) {
  const frames = tracebackFrames(stderr);
  const rec = { stdout, exitCode, stderrLast: lastLine(stderr) };
  if (frames.length) rec.tracebackFrames = frames;
  const tb = tracebackText(stderr);
  if (tb.length) rec.traceback = tb;
  return rec;
}

function listCases(targets) {
  const out = [];
  const walk = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) walk(path.join(p, e));
    } else if (p.endsWith('.py')) out.push(path.resolve(p));
  };
  for (const t of targets.length ? targets : [CASES]) walk(t);
  return out;
}

/** The environment the native interpreters run in: this one without PYTHON* variables, hash seed 0. */
export function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  env.PYTHONHASHSEED = '0';
  return env;
}

function runProcess(cmd, args, opts, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        // a shell reports death by signal N as status 128 + N (SIGINT: 130, an uncaught KeyboardInterrupt)
        code: code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1),
        timedOut,
      });
    });
  });
}

function pyenvPrefix(version) {
  return execFileSync('bash', ['-lc', `pyenv prefix ${version}`], { encoding: 'utf8' }).trim();
}

async function recordNative(file, profile, prefix) {
  const r = await runProcess(path.join(prefix, 'bin/python3'), ['-X', 'utf8', path.basename(file)],
    { cwd: path.dirname(file), env: cleanEnv() }, NATIVE_TIMEOUT_MS);
  if (r.timedOut) throw new Error(`${profile} timed out on ${file}`);
  return makeRecord(r.stdout, r.code, r.stderr);
}

/**
 * Runs a batch of files in one child Node process; the child loads a FRESH Pyodide instance for
 * every file (a new wasm instance and memory: nothing is shared between cases except V8's
 * compiled-code cache, which is what makes batching faster than one process per case).
 */
async function recordPyodideBatch(files) {
  const r = await runProcess(process.execPath, [fileURLToPath(import.meta.url), '--pyodide-batch', ...files],
    { cwd: ROOT, env: process.env }, PYODIDE_TIMEOUT_MS * files.length);
  const records = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const { file, record } = JSON.parse(line);
    records.set(file, record);
  }
  if (r.timedOut || r.code !== 0) {
    console.error(`  pyodide worker ${r.timedOut ? 'timed out' : `exited ${r.code}`}: ${r.stderr.slice(-2000)}`);
  }
  return records;
}

/** Runs one file in a fresh Pyodide instance and returns its record. */
async function pyodideOne(loadPyodide, file) {
  let out = '';
  let err = '';
  const dOut = new TextDecoder();
  const dErr = new TextDecoder();
  const py = await loadPyodide({ env: { PYTHONHASHSEED: '0', HOME: '/home/pyodide' } });
  py.setStdout({ write: (b) => { out += dOut.decode(b, { stream: true }); return b.length; } });
  py.setStderr({ write: (b) => { err += dErr.decode(b, { stream: true }); return b.length; } });
  const m = py._module;
  const dir = '/home/pyodide/case';
  const name = path.basename(file);
  py.FS.mkdirTree(dir);
  py.FS.writeFile(`${dir}/${name}`, readFileSync(file));
  // Set cwd, sys.argv and the SystemExit hook from a throw-away namespace, not __main__.
  const scratch = () => py.toPy({});
  py.runPython(`
import os, sys
os.chdir(${JSON.stringify(dir)})
sys.argv = [${JSON.stringify(name)}]
sys.path[0:0] = [${JSON.stringify(dir)}]
def _heaplab_hook(tp, value, tb, _orig=sys.__excepthook__):
    if issubclass(tp, SystemExit):
        code = value.code
        if code is None:
            sys._heaplab_exit = 0
        elif isinstance(code, int):
            # exit((int)code): a shell sees the low 8 bits (256 -> 0, -1 -> 255)
            sys._heaplab_exit = code & 0xff if -2**31 <= code < 2**31 else 255
        else:
            print(code, file=sys.stderr)
            sys._heaplab_exit = 1
        return
    # Py_RunMain ends an uncaught KeyboardInterrupt by SIGINT (status 130)
    sys._heaplab_exit = 130 if issubclass(tp, KeyboardInterrupt) else 1
    _orig(tp, value, tb)
sys.excepthook = _heaplab_hook
sys._heaplab_exit = None
del _heaplab_hook
`, { globals: scratch() });
  const pathPtr = m.stringToNewUTF8(`${dir}/${name}`);
  const modePtr = m.stringToNewUTF8('rb');
  const fp = m._fopen(pathPtr, modePtr);
  if (!fp) throw new Error('fopen failed in Pyodide FS');
  // PyRun_SimpleFileExFlags(FILE *fp, const char *filename, int closeit, PyCompilerFlags *flags)
  const rc = m._PyRun_SimpleFileExFlags(fp, m.stringToNewUTF8(name), 1, 0);
  // The exit status, and stdout flushed before shutdown.
  const exitCode = py.runPython(`
import sys, gc
code = sys._heaplab_exit
if code is None:
    code = 1 if ${rc} != 0 else 0
sys.excepthook = sys.__excepthook__
try:
    sys.stdout.flush()
except Exception:
    pass
code
`, { globals: scratch() });
  // Interpreter shutdown, as native 3.11-3.13 are observed to do it: once __main__ leaves
  // sys.modules, its module dict is only kept alive by cycles (dict -> class -> function ->
  // __globals__ -> dict), so the collector finalizes every object with __del__ in collector order
  // while the globals are still intact, then clears them. Pyodide holds extra references to
  // __main__ (pyodide._state, its JS `globals` proxy); drop them all, then collect.
  const scratch2 = scratch();
  py.globals.destroy();
  py.runPython(`
import sys, gc, builtins
# finalize_modules_delete_special: the last exception (its traceback holds __main__'s frame)
for _n in ('last_exc', 'last_type', 'last_value', 'last_traceback'):
    setattr(sys, _n, None)
builtins._ = None
def _drop_main():
    mod = sys.modules['__main__']
    for r in gc.get_referrers(mod):
        if isinstance(r, dict) and r is not globals():
            for k in [k for k, v in r.items() if v is mod]:
                del r[k]
_drop_main()
del _drop_main
gc.collect()
sys.stdout.flush()
sys.stderr.flush()
`, { globals: scratch2 });
  return makeRecord(out, exitCode, err);
}

async function pool(items, jobs, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  });
  await Promise.all(workers);
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--pyodide-batch') {
    const { loadPyodide } = await import('pyodide');
    for (const file of argv.slice(1)) {
      try {
        const record = await pyodideOne(loadPyodide, file);
        process.stdout.write(`${JSON.stringify({ file, record })}\n`);
      } catch (e) {
        process.stderr.write(`${file}: ${e?.stack ?? e}\n`);
      }
    }
    return;
  }
  let only = ALL;
  let jobs = 2;
  const targets = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only = argv[++i].split(',');
    else if (argv[i] === '--jobs') jobs = Number(argv[++i]);
    else targets.push(argv[i]);
  }
  for (const p of only) if (!ALL.includes(p)) throw new Error(`unknown profile ${p}; use ${ALL.join(', ')}`);
  const files = listCases(targets);
  console.log(`oracle: ${files.length} case(s), profiles ${only.join(', ')}`);
  const summary = [];
  for (const profile of only) {
    const t0 = Date.now();
    const prefix = profile === '3.14' ? null : pyenvPrefix(NATIVE[profile]);
    let changed = 0;
    let failed = 0;
    const exits = {};
    const save = (file, rec) => {
      const outFile = file.replace(/\.py$/, `.out${profile.replace('.', '')}`);
      const text = `${JSON.stringify(rec, null, 2)}\n`;
      if (!existsSync(outFile) || readFileSync(outFile, 'utf8') !== text) changed++;
      writeFileSync(outFile, text);
      exits[rec.exitCode] = (exits[rec.exitCode] ?? 0) + 1;
    };
    if (!prefix) {
      const batches = [];
      for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
      let done = 0;
      await pool(batches, jobs, async (batch) => {
        const records = await recordPyodideBatch(batch);
        for (const file of batch) {
          const rec = records.get(file);
          if (rec) save(file, rec);
          else {
            failed++;
            console.error(`  ${path.relative(CASES, file)} [3.14]: no record from the Pyodide worker`);
          }
        }
        done += batch.length;
        console.log(`  3.14: ${done}/${files.length} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
      });
    }
    await pool(prefix ? files : [], jobs, async (file) => {
      try {
        const rec = await recordNative(file, profile, prefix);
        save(file, rec);
      } catch (e) {
        failed++;
        console.error(`  ${path.relative(CASES, file)} [${profile}]: ${e.message}`);
      }
    });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    summary.push({ profile, cases: files.length, changed, failed, secs, exits });
    console.log(`  ${profile}: ${files.length} recorded in ${secs}s, ${changed} changed, ${failed} failed, exit codes ${JSON.stringify(exits)}`);
  }
  console.log('summary:');
  for (const s of summary) console.log(`  ${s.profile}  cases ${s.cases}  changed ${s.changed}  failed ${s.failed}  ${s.secs}s`);
  if (summary.some((s) => s.failed)) process.exitCode = 1;
}

// run only as a script (calibrate-startup.mjs imports cleanEnv)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
