// Models Modules/timemodule.c and the argument conversion of Python/pytime.c (CPython 3.12): the
// clocks and sleep() here, the calendar functions (struct_time, gmtime, localtime, mktime, asctime,
// ctime, strftime, the time zone constants) in timemodule_calendar.ts. CPython's start-up has
// already imported `time` (site needs it), so the module is made with the interpreter's start-up
// objects and `import time` only binds it. strptime (Lib/_strptime.py, regular expressions) and
// get_clock_info are not simulated: they raise NotImplementedError saying so.
//
// heaplab runs a program to the end at once and lets the learner step through it afterwards, so
// sleep() does not block: it moves the clocks it affects (time, time_ns, monotonic, perf_counter)
// forward by the time asked, as if the program had waited. The calendar functions read the same
// wall clock, so ctime() after a sleep() is that much later.
import { PyObject, Py_DECREF, RT } from '../objects/object';
import { None } from '../objects/singletons';
import { PyLong_From } from '../objects/longobject';
import { PyFloat, PyFloat_FromDouble } from '../objects/floatobject';
import { NotImplementedErrorType, overflowError, pyErr, typeError, valueError } from '../objects/exceptions';
import { PyNumber_Index } from '../abstract';
import { checkArgs } from '../objects/typemethods';
import { makeModuleWithFunctions, noArgsFunction } from './moduletools';
import type { CFunc } from '../objects/object';
import type { PyModule } from '../objects/moduleobject';
import { PyUnicode_Intern } from '../objects/unicodeobject';
import { insertdict } from '../objects/dictobject';
import { StructTimeType, calendarFunctions, timezoneConstants } from './timemodule_calendar';

/** Seconds each interpreter's sleep() calls have added to its wall and monotonic clocks. */
const slept = new WeakMap<object, number>();

/** Milliseconds since an arbitrary origin (a monotonic clock), in Node and in a Web Worker. */
const nowMs = (): number => performance.now();

/** The wall clock in seconds since the epoch, without sleeps. */
const wallSeconds = (): number => (performance.timeOrigin + nowMs()) / 1000;

/** What this interpreter's sleep() calls have added, in seconds. */
const sleptSeconds = (): number => slept.get(RT) ?? 0;

/** _PyTime_t's range: a signed 64-bit count of nanoseconds. */
const PYTIME_MAX = (1n << 63n) - 1n;

/** pytime_overflow's message (3.13 renamed the C type). */
function pytimeOverflow(): never {
  throw overflowError(`timestamp too large to convert to C ${RT.profile.versionInfo[1] >= 13 ? 'PyTime_t' : '_PyTime_t'}`);
}

/**
 * _PyTime_FromSecondsObject: a float (NaN refused, outside _PyTime_t "out of range for platform
 * time_t") or an integer through PyLong_AsLongLong (__index__ accepted), as nanoseconds.
 */
export function _PyTime_FromSecondsObject(o: PyObject): number {
  if (o instanceof PyFloat) {
    const d = o.v;
    if (Number.isNaN(d)) throw valueError('Invalid value NaN (not a number)');
    const ns = d * 1e9;
    if (!(ns >= -(2 ** 63) && ns < 2 ** 63)) throw overflowError('timestamp out of range for platform time_t');
    return ns;
  }
  // 3.14 names both accepted types
  const v = BigInt(PyNumber_Index(o, RT.profile.versionInfo[1] >= 14 ? `'${o.ob_type.tp_name}' object cannot be interpreted as an integer or float` : undefined));
  if (v > PYTIME_MAX || v < -PYTIME_MAX - 1n) pytimeOverflow();
  const ns = v * 1_000_000_000n;
  if (ns > PYTIME_MAX || ns < -PYTIME_MAX - 1n) pytimeOverflow();
  return Number(ns);
}


/** A clock read as float seconds and as int nanoseconds (the `_ns` variant). */
function clockPair(name: string, seconds: () => number): Record<string, CFunc> {
  return {
    [name]: noArgsFunction('time', name, () => PyFloat_FromDouble(seconds())),
    [`${name}_ns`]: noArgsFunction('time', `${name}_ns`, () => PyLong_From(BigInt(Math.round(seconds() * 1e6)) * 1000n)),
  };
}

/** time_sleep: validates the length as CPython does, then advances the clocks instead of blocking. */
const time_sleep: CFunc = (_self, args, kw) => {
  if (kw && kw.length) throw typeError('time.sleep() takes no keyword arguments');
  checkArgs('time.sleep', args, 1, 1);
  const ns = _PyTime_FromSecondsObject(args[0]);
  if (ns < 0) throw valueError('sleep length must be non-negative');
  slept.set(RT, sleptSeconds() + ns / 1e9);
  return None;
};

/** The functions heaplab does not simulate: strptime needs Lib/_strptime.py (regular expressions). */
const NOT_SIMULATED = ['strptime', 'get_clock_info'];

function notSimulated(name: string): CFunc {
  return () => {
    throw pyErr(NotImplementedErrorType, `heaplab does not simulate time.${name}() yet`);
  };
}

/** Builds the `time` module (its functions are mortal objects, as PyModule_AddFunctions makes them). */
export function makeTimeModule(): PyModule {
  const wall = () => wallSeconds() + sleptSeconds();
  const attrs: Record<string, CFunc | PyObject> = {
    ...clockPair('time', wall),
    ...clockPair('monotonic', () => nowMs() / 1000 + sleptSeconds()),
    ...clockPair('perf_counter', () => nowMs() / 1000 + sleptSeconds()),
    // CPU time does not pass while sleeping
    ...clockPair('process_time', () => nowMs() / 1000),
    sleep: time_sleep,
  };
  // Emscripten has no CLOCK_THREAD_CPUTIME_ID, so the wasm32 build has no thread_time
  if (RT.profile.platform !== 'emscripten') Object.assign(attrs, clockPair('thread_time', () => nowMs() / 1000));
  for (const name of NOT_SIMULATED) attrs[name] = notSimulated(name);
  Object.assign(attrs, calendarFunctions(wall));
  // time_tzset: Emscripten has no working tzset(), so the wasm32 build has none
  let module: PyModule | null = null;
  if (RT.profile.platform !== 'emscripten') attrs.tzset = noArgsFunction('time', 'tzset', () => {
    if (module) setTimezoneConstants(module, wall());
    return None;
  });
  const made = timezoneConstants(wall());
  Object.assign(attrs, made, { _STRUCT_TM_ITEMS: PyLong_From(11), struct_time: StructTimeType });
  module = makeModuleWithFunctions('time', attrs);
  for (const v of Object.values(made)) Py_DECREF(v);
  return module;
}

/** init_timezone again (time.tzset()): new `timezone`, `altzone`, `daylight` and `tzname` in the module. */
function setTimezoneConstants(m: PyModule, now: number): void {
  // insertdict steals the key and the value, and releases the old value
  for (const [k, v] of Object.entries(timezoneConstants(now))) insertdict(m.dict, PyUnicode_Intern(k), v);
}
