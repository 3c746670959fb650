import { describe, expect, it } from 'vitest';
import { run } from '../index';

const py = (src: string, profile: '3.12' | '3.14-wasm32' = '3.12') => run(src, { profile, filename: 'main.py' });

describe('timemodule: the clocks, sleep() and the calendar', () => {
  it('sleep() does not block: it moves the wall and monotonic clocks on, not the CPU clocks', () => {
    const started = performance.now();
    const r = py([
      'import time',
      't, m, w, c = time.perf_counter(), time.monotonic(), time.time(), time.process_time()',
      'time.sleep(3600)',
      'print(time.perf_counter() - t >= 3600, time.monotonic() - m >= 3600, time.time() - w >= 3600)',
      'print(time.process_time() - c < 3600, time.perf_counter_ns() - int(t * 1e9) >= 3600 * 10**9)',
    ].join('\n'));
    expect(r.stdout).toBe('True True True\nTrue True\n');
    // an hour asked for, returned at once (a generous bound: the run itself takes milliseconds)
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('each interpreter keeps its own slept time', () => {
    py('import time\ntime.sleep(10**6)\n');
    expect(py('import time\nprint(time.monotonic() < 10**6)\n').stdout).toBe('True\n');
  });

  it('strptime and get_clock_info say they are not simulated', () => {
    for (const name of ['strptime', 'get_clock_info']) {
      const r = py(`import time\ntime.${name}()\n`);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain(`NotImplementedError: heaplab does not simulate time.${name}() yet`);
    }
  });

  it('the calendar functions read the wall clock sleep() moves', () => {
    const r = py([
      'import time',
      'a = time.mktime(time.localtime())',
      'c = time.ctime()',
      'time.sleep(86400 * 3)',
      'b = time.mktime(time.localtime())',
      'print(86400 * 3 <= b - a <= 86400 * 3 + 1, time.ctime() != c, time.gmtime().tm_yday != time.gmtime(a).tm_yday or time.gmtime().tm_year != time.gmtime(a).tm_year)',
    ].join('\n'));
    expect(r.stdout).toBe('True True True\n');
  });

  it('gmtime follows the C library of the profile: glibc fails past an int year, Emscripten zeroes the fields', () => {
    const src = 'import time\ntry:\n    print(tuple(time.gmtime(67768036191676800)))\nexcept OSError as e:\n    print(e.errno, e.strerror)\n';
    expect(py(src).stdout).toBe('75 Value too large for defined data type\n');
    expect(py(src, '3.14-wasm32').stdout).toBe('(1900, 1, 0, 0, 0, 0, 6, 1, 0)\n');
  });

  it('wasm32 (Emscripten) has no thread_time, as under Pyodide', () => {
    expect(py('import time\nprint(hasattr(time, "thread_time"))\n').stdout).toBe('True\n');
    expect(py('import time\nprint(hasattr(time, "thread_time"), hasattr(time, "thread_time_ns"))\n', '3.14-wasm32').stdout).toBe('False False\n');
  });
});
