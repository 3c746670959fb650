// Models the calendar half of Modules/timemodule.c (CPython 3.11-3.14): time.struct_time, gmtime,
// localtime, mktime, asctime, ctime, strftime and the time zone constants. The C library under
// them (gmtime_r, localtime_r, mktime, strftime) is in timemodule_libc.ts and
// timemodule_strftime.ts, as glibc (native profiles) or Emscripten (wasm32) does it.
import { PyObject, PyRaise, Py_DECREF, RT, registerRuntimeMortal } from '../objects/object';
import { None } from '../objects/singletons';
import { PyLong_From } from '../objects/longobject';
import { PyFloat, PyFloat_FromDouble } from '../objects/floatobject';
import { PyStr, PyUnicode_From } from '../objects/unicodeobject';
import { PyTuple, PyTuple_New } from '../objects/tupleobject';
import { OSErrorType, overflowError, typeError, valueError } from '../objects/exceptions';
import { excNew } from '../objects/oserror';
import { PyNumber_Index } from '../abstract';
import { checkArgs } from '../objects/typemethods';
import { PyStructSequence, PyStructSequence_New, PyStructSequence_NewType } from '../objects/structseq';
import { INT_MAX, INT_MIN, LibcError, type Tm, initTimezone, isEmscripten, libcGmtime, libcLocaltime, libcMktime } from './timemodule_libc';
import { glibcStrftime, muslStrftime, setLibcTzname } from './timemodule_strftime';
import type { CFunc } from '../objects/object';

/** time.struct_time (struct_time_type_desc): nine items, tm_zone and tm_gmtoff by name only. */
export const StructTimeType = PyStructSequence_NewType({
  name: 'time.struct_time',
  doc: 'The time value as returned by gmtime(), localtime(), and strptime(), and\n'
    + ' accepted by asctime(), mktime() and strftime().  May be considered as a\n'
    + ' sequence of 9 integers.\n\n'
    + " Note that several fields' values are not the same as those defined by\n"
    + ' the C language standard for struct tm.  For example, the value of the\n'
    + ' field tm_year is the actual year, not year - 1900.  See individual\n'
    + " fields' descriptions for details.",
  fields: [
    { name: 'tm_year', doc: 'year, for example, 1993' },
    { name: 'tm_mon', doc: 'month of year, range [1, 12]' },
    { name: 'tm_mday', doc: 'day of month, range [1, 31]' },
    { name: 'tm_hour', doc: 'hours, range [0, 23]' },
    { name: 'tm_min', doc: 'minutes, range [0, 59]' },
    { name: 'tm_sec', doc: 'seconds, range [0, 61])' },
    { name: 'tm_wday', doc: 'day of week, range [0, 6], Monday is 0' },
    { name: 'tm_yday', doc: 'day of year, range [1, 366]' },
    { name: 'tm_isdst', doc: '1 if summer time is in effect, 0 if not, and -1 if unknown' },
    { name: 'tm_zone', doc: 'abbreviation of timezone name' },
    { name: 'tm_gmtoff', doc: 'offset from UTC in seconds' },
  ],
  nInSequence: 9,
  heapType: true,
});
// a heap type (state->struct_time_type): besides the time module's dict, CPython holds 16 references
// to it at start-up (17 from 3.13: its member and method descriptors, __new__, its MRO, the module
// state), so sys.getrefcount(time.struct_time) is 18 (19)
registerRuntimeMortal(StructTimeType, 0, (profile) => (profile.versionInfo[1] >= 13 ? 17 : 16));

/** The OSError a failing C call sets (PyErr_SetFromErrno). */
function oserror(e: LibcError): PyRaise {
  const args = [PyLong_From(e.errno), PyUnicode_From(e.strerror)];
  const exc = excNew(OSErrorType, args, null);
  for (const a of args) Py_DECREF(a);
  return new PyRaise(exc);
}

/** Runs a C library call, turning its failure into the OSError CPython raises. */
function libc<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof LibcError) throw oserror(e);
    throw e;
  }
}

/**
 * tmtotuple: a new struct_time (allocated first, then its ints in field order, then tm_zone and
 * tm_gmtoff), not tracked by the collector. 3.13+ computes tm_year + 1900 in a C int.
 */
function tmtotuple(p: Tm): PyStructSequence {
  const v = PyStructSequence_New(StructTimeType, [], []);
  const year = RT.profile.versionInfo[1] >= 13 ? (p.year + 1900) | 0 : p.year + 1900;
  for (const x of [year, p.mon + 1, p.mday, p.hour, p.min, p.sec, (p.wday + 6) % 7, p.yday + 1, p.isdst]) v.items.push(PyLong_From(x));
  v.hidden.push(PyUnicode_From(p.zone ?? ''), PyLong_From(p.gmtoff));
  return v;
}

/** time_t's range: a signed 64-bit count of seconds on every profile. */
const TIME_T_MIN = -(2n ** 63n), TIME_T_MAX = 2n ** 63n - 1n;

/**
 * _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR: a float (NaN refused) floored, or an integer
 * (through __index__); "timestamp out of range for platform time_t" outside time_t.
 */
export function _PyTime_ObjectToTime_t(o: PyObject): bigint {
  if (o instanceof PyFloat) {
    const d = o.v;
    if (Number.isNaN(d)) throw valueError('Invalid value NaN (not a number)');
    const f = Math.floor(d);
    if (!(f >= -(2 ** 63) && f < 2 ** 63)) throw overflowError('timestamp out of range for platform time_t');
    return BigInt(f);
  }
  const v = BigInt(PyNumber_Index(o));
  if (v < TIME_T_MIN || v > TIME_T_MAX) throw overflowError('timestamp out of range for platform time_t');
  return v;
}

/** parse_time_t_args ("|O:name"): the seconds given, or the current time when absent or None. */
function parse_time_t_args(name: string, args: PyObject[], kw: string[] | null, now: () => number): bigint {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
  const ot = args[0];
  if (ot === undefined || ot === None) return BigInt(Math.floor(now()));
  return _PyTime_ObjectToTime_t(ot);
}

/** The C long's width: 64 bits, 32 on wasm32. */
function longBits(): bigint {
  return BigInt(8 * RT.profile.pointerSize);
}

/** PyLong_AsLong (through __index__): "Python int too large to convert to C long". */
function PyLong_AsLong(o: PyObject): bigint {
  const v = BigInt(PyNumber_Index(o));
  const bits = longBits() - 1n;
  if (v >= 1n << bits || v < -(1n << bits)) throw overflowError('Python int too large to convert to C long');
  return v;
}

/** PyArg_Parse's "i": a C int, through PyLong_AsLong then the int range check. */
function argInt(o: PyObject): number {
  const v = PyLong_AsLong(o);
  if (v > BigInt(INT_MAX)) throw overflowError('signed integer is greater than maximum');
  if (v < BigInt(INT_MIN)) throw overflowError('signed integer is less than minimum');
  return Number(v);
}

/**
 * gettmarg: a tuple (or struct_time) of nine C ints into a struct tm ("Tuple or struct_time
 * argument required", `msg` for another length), tm_zone and tm_gmtoff from a struct_time.
 */
function gettmarg(args: PyObject, msg: string): Tm {
  if (!(args instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  if (args.items.length !== 9) throw typeError(msg);
  const [y, mon, mday, hour, min, sec, wday, yday, isdst] = args.items.map(argInt);
  if (y < INT_MIN + 1900) throw overflowError('year out of range');
  const p: Tm = { year: y - 1900, mon: mon - 1, mday, hour, min, sec, wday: (wday + 1) % 7, yday: yday - 1, isdst, gmtoff: 0, zone: null };
  if (args.ob_type === StructTimeType) {
    const [zone, gmtoff] = (args as PyStructSequence).hidden;
    if (zone !== None) {
      if (!(zone instanceof PyStr)) throw typeError('bad argument type for built-in operation');
      p.zone = zone.v;
    }
    if (gmtoff !== None) p.gmtoff = Number(PyLong_AsLong(gmtoff));
  }
  return p;
}

/** checktm: the ranges strftime() and asctime() need, 0 accepted for the month, day and day of year. */
function checktm(buf: Tm): void {
  if (buf.mon === -1) buf.mon = 0;
  else if (buf.mon < 0 || buf.mon > 11) throw valueError('month out of range');
  if (buf.mday === 0) buf.mday = 1;
  else if (buf.mday < 0 || buf.mday > 31) throw valueError('day of month out of range');
  if (buf.hour < 0 || buf.hour > 23) throw valueError('hour out of range');
  if (buf.min < 0 || buf.min > 59) throw valueError('minute out of range');
  if (buf.sec < 0 || buf.sec > 61) throw valueError('seconds out of range');
  if (buf.wday < 0) throw valueError('day of week out of range');
  if (buf.yday === -1) buf.yday = 0;
  else if (buf.yday < 0 || buf.yday > 365) throw valueError('day of year out of range');
}

const WDAY_NAME = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_NAME = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** _asctime: "%s %s%3d %.2d:%.2d:%.2d %d". */
function _asctime(t: Tm): PyObject {
  const two = (n: number) => String(n).padStart(2, '0');
  return PyUnicode_From(`${WDAY_NAME[t.wday]} ${MON_NAME[t.mon]}${String(t.mday).padStart(3, ' ')} ${two(t.hour)}:${two(t.min)}:${two(t.sec)} ${t.year + 1900}`);
}

/** strftime's format through the C library: glibc refuses an embedded NUL (wcsftime's string), 3.14 formats around it. */
function format_time(fmt: string, buf: Tm): string {
  const libc = isEmscripten() ? muslStrftime : glibcStrftime;
  if (RT.profile.versionInfo[1] >= 14) return fmt.split('\0').map((part) => libc(part, buf)).join('\0');
  if (fmt.includes('\0')) throw valueError('embedded null character');
  return libc(fmt, buf);
}

/** The calendar functions of the `time` module, reading the current time from `now` (seconds since the epoch). */
export function calendarFunctions(now: () => number): Record<string, CFunc> {
  const localNow = (): Tm => libc(() => libcLocaltime(BigInt(Math.floor(now()))));

  /** time_gmtime. */
  const time_gmtime: CFunc = (_self, args, kw) => {
    const when = parse_time_t_args('gmtime', args, kw, now);
    return tmtotuple(libc(() => libcGmtime(when)));
  };

  /** time_localtime. */
  const time_localtime: CFunc = (_self, args, kw) => {
    const when = parse_time_t_args('localtime', args, kw, now);
    return tmtotuple(libc(() => libcLocaltime(when)));
  };

  /** time_ctime: asctime(localtime(secs)). */
  const time_ctime: CFunc = (_self, args, kw) => {
    const tt = parse_time_t_args('ctime', args, kw, now);
    return _asctime(libc(() => libcLocaltime(tt)));
  };

  /** time_asctime (PyArg_UnpackTuple "asctime", 0, 1). */
  const time_asctime: CFunc = (_self, args, kw) => {
    if (kw && kw.length) throw typeError('asctime() takes no keyword arguments');
    checkArgs('asctime', args, 0, 1);
    let buf: Tm;
    if (args.length === 0) buf = localNow();
    else {
      buf = gettmarg(args[0], 'asctime(): illegal time tuple argument');
      checktm(buf);
    }
    return _asctime(buf);
  };

  /** time_mktime (METH_O): local time to seconds, as a float. */
  const time_mktime: CFunc = (_self, args, kw) => {
    if (kw && kw.length) throw typeError('time.mktime() takes no keyword arguments');
    checkArgs('time.mktime', args, 1, 1);
    const tm = gettmarg(args[0], 'mktime(): illegal time tuple argument');
    tm.wday = -1;
    const tt = libcMktime(tm);
    if (tt === null) throw overflowError('mktime argument out of range');
    return PyFloat_FromDouble(Number(tt));
  };

  /** time_strftime ("U|O:strftime"). */
  const time_strftime: CFunc = (_self, args, kw) => {
    if (kw && kw.length) throw typeError('strftime() takes no keyword arguments');
    if (args.length < 1) throw typeError(`strftime() takes at least 1 argument (${args.length} given)`);
    if (args.length > 2) throw typeError(`strftime() takes at most 2 arguments (${args.length} given)`);
    const format = args[0];
    if (!(format instanceof PyStr)) throw typeError(`strftime() argument 1 must be str, not ${format === None ? 'None' : format.ob_type.tp_name}`);
    let buf: Tm;
    if (args.length < 2) buf = localNow();
    else {
      buf = gettmarg(args[1], 'strftime(): illegal time tuple argument');
      checktm(buf);
    }
    // normalize tm_isdst to [-1, 1]
    if (buf.isdst < -1) buf.isdst = -1;
    else if (buf.isdst > 1) buf.isdst = 1;
    return PyUnicode_From(format_time(format.v, buf));
  };

  return { gmtime: time_gmtime, localtime: time_localtime, asctime: time_asctime, ctime: time_ctime, mktime: time_mktime, strftime: time_strftime };
}

/**
 * init_timezone's module constants for the current time: `timezone`, `altzone`, `daylight` (ints)
 * and `tzname` (a tuple of two new strs). New references.
 */
export function timezoneConstants(now: number): Record<string, PyObject> {
  const tz = initTimezone(now);
  setLibcTzname(tz.tzname);
  return {
    timezone: PyLong_From(tz.timezone),
    altzone: PyLong_From(tz.altzone),
    daylight: PyLong_From(tz.daylight),
    tzname: PyTuple_New([PyUnicode_From(tz.tzname[0]), PyUnicode_From(tz.tzname[1])]),
  };
}

