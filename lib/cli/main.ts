// heaplab command line: `heaplab run [--python 3.12] [--json] FILE...`, `heaplab trace FILE`.
// Other commands (check-content, new-exercise) live in lib/cli/commands/ when present.
import './v8flags';
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { run, type ProfileName, type RunResult } from '../pysim/index';

const PROFILES = ['3.11', '3.12', '3.13', '3.14'];

/** Parses `--python X`, `--json` and file arguments in any order. */
export function parseArgs(argv: string[]): { profile: ProfileName; json: boolean; files: string[]; error?: string } {
  let profile: ProfileName = '3.12';
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--python' || a.startsWith('--python=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !PROFILES.includes(v)) return { profile, json, files, error: `unknown Python version '${v ?? ''}' (use one of ${PROFILES.join(', ')})` };
      profile = v as ProfileName;
    } else if (a.startsWith('--')) return { profile, json, files, error: `unknown option '${a}'` };
    else files.push(a);
  }
  return { profile, json, files };
}

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Stack for a program run again on a worker thread. Before V8 optimises the engine, each Python
 * call takes about 1 KiB of JavaScript stack, so the main thread's 984 KiB hold about 1 000
 * calls: CPython's recursion limit. 8 MiB holds several times the limit.
 */
const BIG_STACK_MB = 8;

/** A program run on a worker thread with a BIG_STACK_MB stack. */
function runOnBigStack(src: string, profile: ProfileName, file: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { rerun: { src, profile, file } }, resourceLimits: { stackSizeMb: BIG_STACK_MB } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * Runs one program in a fresh interpreter. Running out of JavaScript stack can raise a
 * RecursionError below CPython's limit, so such a run is repeated on a thread with a stack big
 * enough for the limit (the simulation is deterministic: only the stack differs).
 */
export async function runProgram(src: string, profile: ProfileName, file: string): Promise<RunResult> {
  const r = run(src, { profile, filename: file });
  if (!r.jsStackExhausted || !isMainThread) return r;
  return runOnBigStack(src, profile, file);
}

async function cmdRun(argv: string[]): Promise<number> {
  const { profile, json, files, error } = parseArgs(argv);
  if (error) {
    process.stderr.write(`heaplab run: ${error}\n`);
    return 2;
  }
  if (!files.length) {
    process.stderr.write('usage: heaplab run [--python 3.12] [--json] FILE...\n');
    return 2;
  }
  let status = 0;
  const records: { file: string; stdout: string; stderr: string; exitCode: number }[] = [];
  for (const file of files) {
    const src = readSource(file);
    if (src === null) {
      const msg = `python3: can't open file '${file}': [Errno 2] No such file or directory\n`;
      if (json) records.push({ file, stdout: '', stderr: msg, exitCode: 2 });
      else process.stderr.write(msg);
      status = 2;
      continue;
    }
    const r = await runProgram(src, profile, file);
    if (json) records.push({ file, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
    else {
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      if (r.outcome === 'internal-error' && r.error?.stack) process.stderr.write(r.error.stack + '\n');
    }
    if (r.exitCode !== 0) status = r.exitCode;
  }
  if (json) process.stdout.write(JSON.stringify(records, null, 2) + '\n');
  return status;
}

function cmdTrace(argv: string[]): number {
  const { profile, files, error } = parseArgs(argv);
  if (error || files.length !== 1) {
    process.stderr.write(`heaplab trace: ${error ?? 'expected exactly one FILE'}\nusage: heaplab trace [--python 3.12] FILE\n`);
    return 2;
  }
  const src = readSource(files[0]);
  if (src === null) {
    process.stderr.write(`heaplab trace: can't open file '${files[0]}'\n`);
    return 2;
  }
  const r = run(src, { profile, filename: files[0], trace: true });
  process.stdout.write(JSON.stringify(r.trace ?? null) + '\n');
  return r.exitCode;
}

const USAGE = `usage: heaplab <command> [options]

commands:
  run [--python 3.11|3.12|3.13|3.14] [--json] FILE...   run Python files on the simulated heap
  trace [--python VERSION] FILE                          print the JSON trace of a run
  check-content [DIR]                                    validate lessons and run their examples
`;

/** Entry point: returns the process exit status. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  if (cmd === 'run') return cmdRun(rest);
  if (cmd === 'trace') return cmdTrace(rest);
  if (cmd === 'check-content') return (await import('./commands/check-content')).cmdCheckContent(rest);
  process.stderr.write(`heaplab: unknown command '${cmd}'\n${USAGE}`);
  return 2;
}

const rerun = isMainThread ? null : (workerData as { rerun?: { src: string; profile: ProfileName; file: string } } | null)?.rerun;
if (rerun) parentPort!.postMessage(run(rerun.src, { profile: rerun.profile, filename: rerun.file }));
else main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`heaplab: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
