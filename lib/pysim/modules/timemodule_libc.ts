// The C library under Modules/timemodule.c: gmtime_r, localtime_r, mktime and the time zone that
// init_timezone reads, as glibc does them on the native profiles (3.11-3.13, x86_64 Linux) and as
// Emscripten does them on the wasm32 profile (3.14 under Pyodide: JavaScript's Date underneath).
// Local time is the host's time zone, read through JavaScript's Date.
import { RT } from '../objects/object';

/** struct tm: C's fields (tm_year counts from 1900, tm_mon from 0, tm_wday from Sunday, tm_yday from 0). */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  gmtoff: number;
  /** tm_zone, or null when the C struct's pointer is NULL (a plain tuple given to strftime). */
  zone: string | null;
}

/** Whether the running profile's C library is Emscripten's (JavaScript Date based). */
export function isEmscripten(): boolean {
  return RT.profile.platform === 'emscripten';
}

/** INT_MAX of a C int (32 bits on every profile). */
export const INT_MAX = 2147483647;
/** INT_MIN of a C int. */
export const INT_MIN = -2147483648;

/** Days from 1970-01-01 to the given proleptic Gregorian date (month 1-12; Howard Hinnant's days_from_civil). */
function daysFromCivil(y: bigint, m: bigint, d: bigint): bigint {
  const yy = m <= 2n ? y - 1n : y;
  const era = (yy >= 0n ? yy : yy - 399n) / 400n;
  const yoe = yy - era * 400n;
  const mp = (m + 9n) % 12n;
  const doy = (153n * mp + 2n) / 5n + d - 1n;
  const doe = yoe * 365n + yoe / 4n - yoe / 100n + doy;
  return era * 146097n + doe - 719468n;
}

/** The civil date of a day count from 1970-01-01 (civil_from_days): [year, month 1-12, day]. */
function civilFromDays(z0: bigint): [bigint, number, number] {
  const z = z0 + 719468n;
  const era = (z >= 0n ? z : z - 146096n) / 146097n;
  const doe = z - era * 146097n;
  const yoe = (doe - doe / 1460n + doe / 36524n - doe / 146096n) / 365n;
  const y = yoe + era * 400n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const d = Number(doy - (153n * mp + 2n) / 5n + 1n);
  const m = Number(mp < 10n ? mp + 3n : mp - 9n);
  return [m <= 2 ? y + 1n : y, m, d];
}

/** Whether a year is a leap year of the proleptic Gregorian calendar. */
function isLeap(y: bigint): boolean {
  return y % 4n === 0n && (y % 100n !== 0n || y % 400n === 0n);
}

/** Floor division and remainder of BigInts. */
function floorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** __secs_to_tm / __offtime: UTC broken-down time of `t` seconds, tm_year unbounded. */
function secsToTm(t: bigint): { year: bigint; tm: Omit<Tm, 'year'> } {
  const [days, rem] = floorDivMod(t, 86400n);
  const [y, m, d] = civilFromDays(days);
  const r = Number(rem);
  const wday = Number(floorDivMod(days + 4n, 7n)[1]);
  const yday = Number(days - daysFromCivil(y, 1n, 1n));
  return { year: y - 1900n, tm: { mon: m - 1, mday: d, hour: Math.floor(r / 3600), min: Math.floor(r / 60) % 60, sec: r % 60, wday, yday, isdst: 0, gmtoff: 0, zone: null } };
}

/** An OSError's errno and message, thrown by the caller as OSError (gmtime_r failing with EOVERFLOW). */
export class LibcError {
  constructor(public errno: number, public strerror: string) {}
}
const EOVERFLOW = new LibcError(75, 'Value too large for defined data type');

/** glibc's __offtime: fails with EOVERFLOW when tm_year does not fit an int. */
function glibcOfftime(t: bigint, offset: number, zone: string, isdst: number): Tm {
  const { year, tm } = secsToTm(t + BigInt(offset));
  if (year > BigInt(INT_MAX) || year < BigInt(INT_MIN)) throw EOVERFLOW;
  return { year: Number(year), ...tm, gmtoff: offset, zone, isdst };
}

/** The host's offset from UTC in seconds at `t` (JavaScript's Date, clamped to its range). */
function hostOffsetAt(t: number): number {
  const ms = Math.max(-8.64e15, Math.min(8.64e15, t * 1000));
  return -new Date(ms).getTimezoneOffset() * 60;
}

/** Whether the host keeps summer time in the year around `t`, and whether `t` falls in it. */
function hostIsDst(t: number): number {
  const ms = Math.max(-8.64e15, Math.min(8.64e15, t * 1000));
  const y = new Date(ms).getFullYear();
  const jan = new Date(y, 0, 1).getTimezoneOffset();
  const jul = new Date(y, 6, 1).getTimezoneOffset();
  return jan !== jul && new Date(ms).getTimezoneOffset() === Math.min(jan, jul) ? 1 : 0;
}

/** The host zone's IANA name (read once), or '' if the runtime does not say. */
let hostZone: string | null = null;
function hostZoneName(): string {
  if (hostZone === null) {
    try {
      hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
    } catch {
      hostZone = '';
    }
  }
  return hostZone;
}

/** Locales whose short zone names are the tz database's abbreviations for some zones (EST, CET, IST, AEST, SAST, JST). */
const ABBREV_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-ZA', 'ja-JP'];

/**
 * glibc's tm_zone for the host at `t`, the tz database's abbreviation: "UTC" for UTC, else the
 * first of the JavaScript runtime's short names that is an abbreviation rather than an offset
 * ("CET", not "GMT+1"), else the offset as the tz database writes it when a zone has no
 * abbreviation ("-03", "+0530").
 */
function glibcZoneAbbrev(t: number, offset: number): string {
  const name = hostZoneName();
  if (offset === 0 && (name === 'UTC' || name === 'Etc/UTC' || name === '')) return 'UTC';
  const date = new Date(Math.max(-8.64e15, Math.min(8.64e15, t * 1000)));
  for (const locale of ABBREV_LOCALES) {
    try {
      const part = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
      if (part && !/^(GMT|UTC)[+-−]/.test(part.value)) return part.value;
    } catch {
      break;
    }
  }
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = Math.floor(abs / 60) % 60;
  return `${offset < 0 ? '-' : '+'}${hh}${mm ? String(mm).padStart(2, '0') : ''}`;
}

/** HEAP32 stores of Emscripten's JavaScript: NaN and fractions become C ints. */
const i32 = (v: number): number => v | 0;

/**
 * Emscripten's _gmtime_js: Date's UTC fields, tm_yday counted from Date.UTC(year, 0, 1) (which
 * maps years 0-99 to 1900-1999), every field 0 when the time is outside Date's range; the C side
 * sets tm_zone "GMT".
 */
function emscriptenGmtime(t: bigint): Tm {
  const date = new Date(Number(t) * 1000);
  const start = Date.UTC(date.getUTCFullYear(), 0, 1, 0, 0, 0, 0);
  return {
    sec: i32(date.getUTCSeconds()), min: i32(date.getUTCMinutes()), hour: i32(date.getUTCHours()),
    mday: i32(date.getUTCDate()), mon: i32(date.getUTCMonth()), year: i32(date.getUTCFullYear() - 1900),
    wday: i32(date.getUTCDay()), yday: i32((date.getTime() - start) / 86400000), isdst: 0, gmtoff: 0, zone: 'GMT',
  };
}

/** Emscripten's tzname entry for an offset in minutes west of UTC ("UTC-0000", "UTC+0100"): extractZone. */
function emscriptenZoneName(minutesWest: number): string {
  const sign = minutesWest >= 0 ? '-' : '+';
  const abs = Math.abs(minutesWest);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Emscripten's tzname, from January's and July's offsets of the current year (_tzset_js). */
function emscriptenTzname(): [string, string] {
  const year = new Date().getFullYear();
  const winter = new Date(year, 0, 1).getTimezoneOffset();
  const summer = new Date(year, 6, 1).getTimezoneOffset();
  const w = emscriptenZoneName(winter), s = emscriptenZoneName(summer);
  return summer < winter ? [w, s] : [s, w];
}

/** ydayFromDate: the day of the year of a local Date. */
function ydayFromDate(date: Date): number {
  const y = date.getFullYear();
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const cum = leap ? [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335] : [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return cum[date.getMonth()] + date.getDate() - 1;
}

/** Emscripten's _localtime_js, with tm_zone = tzname[tm_isdst] as its localtime_r sets it. */
function emscriptenLocaltime(t: bigint): Tm {
  const date = new Date(Number(t) * 1000);
  const fy = date.getFullYear();
  const summer = new Date(fy, 6, 1).getTimezoneOffset();
  const winter = new Date(fy, 0, 1).getTimezoneOffset();
  const isdst = summer !== winter && date.getTimezoneOffset() === Math.min(winter, summer) ? 1 : 0;
  return {
    sec: i32(date.getSeconds()), min: i32(date.getMinutes()), hour: i32(date.getHours()),
    mday: i32(date.getDate()), mon: i32(date.getMonth()), year: i32(fy - 1900), wday: i32(date.getDay()),
    yday: i32(ydayFromDate(date)), gmtoff: i32(-date.getTimezoneOffset() * 60), isdst, zone: emscriptenTzname()[isdst],
  };
}

/** gmtime_r of the running profile's C library (throws LibcError when it fails). */
export function libcGmtime(t: bigint): Tm {
  if (isEmscripten()) return emscriptenGmtime(t);
  return glibcOfftime(t, 0, 'GMT', 0);
}

/** localtime_r of the running profile's C library, in the host's time zone (throws LibcError when it fails). */
export function libcLocaltime(t: bigint): Tm {
  if (isEmscripten()) return emscriptenLocaltime(t);
  const secs = Number(t);
  const off = hostOffsetAt(secs);
  return glibcOfftime(t, off, glibcZoneAbbrev(secs, off), hostIsDst(secs));
}

/** What mktime() returned: the time, or null for (time_t)-1 with tm_wday left at -1 (an error). */
export type MktimeResult = bigint | number | null;

/**
 * mktime of the running profile's C library for the fields gettmarg filled: glibc normalizes them
 * (a 13th month is next January) and fails when the result's year does not fit an int; Emscripten's
 * _mktime_js builds a local Date (years 0-99 mean 1900-1999) and returns -1 for an invalid one.
 */
export function libcMktime(tm: Tm): MktimeResult {
  if (isEmscripten()) {
    const date = new Date(tm.year + 1900, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, 0);
    const ms = date.getTime();
    if (Number.isNaN(ms)) return -1;
    const summer = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
    const winter = new Date(date.getFullYear(), 0, 1).getTimezoneOffset();
    const dstOffset = Math.min(winter, summer);
    const guessed = date.getTimezoneOffset();
    if (tm.isdst >= 0 && (tm.isdst > 0) !== (dstOffset === guessed)) {
      const trueOffset = tm.isdst > 0 ? dstOffset : Math.max(winter, summer);
      date.setTime(ms + (trueOffset - guessed) * 60000);
    }
    return Math.trunc(date.getTime() / 1000);
  }
  // the fields read as UTC, normalized as mktime does (a 13th month is next January)
  const local = tmToSecs(tm);
  // the host's offset at that moment (twice: the offset can change across the guess)
  let off = hostOffsetAt(Number(local));
  off = hostOffsetAt(Number(local) - off);
  let t = local - BigInt(off);
  if (tm.isdst >= 0 && (tm.isdst !== 0) !== (hostIsDst(Number(t)) !== 0)) t = glibcOtherDst(local, t, tm.isdst);
  const year = secsToTm(t + BigInt(off)).year;
  if (year > BigInt(INT_MAX) || year < BigInt(INT_MIN)) return null;
  return t;
}

/**
 * __mktime_internal when tm_isdst asks for the other kind of time than the zone keeps then: the
 * UTC offset of the nearest time (601200-second strides, up to about 8.5 years away) that is of
 * the kind asked, else one hour of summer time assumed (so asking a zone without summer time for
 * it is an hour earlier).
 */
function glibcOtherDst(local: bigint, t: bigint, isdst: number): bigint {
  const stride = 601200, deltaBound = 536454000 / 2 + stride;
  for (let delta = stride; delta < deltaBound; delta += stride) {
    for (const direction of [-1, 1]) {
      const ot = Number(t) + delta * direction;
      if ((hostIsDst(ot) !== 0) === (isdst !== 0)) return local - BigInt(hostOffsetAt(ot));
    }
  }
  // t += 60 * 60 * dst_difference, dst_difference = (isdst == 0) - (tm.tm_isdst == 0)
  return t + BigInt(3600 * (isdst === 0 ? 1 : -1));
}

/** The zone names and offsets init_timezone reads: timezone, altzone, daylight, tzname. */
export interface TimezoneInfo {
  timezone: number;
  altzone: number;
  daylight: number;
  tzname: [string, string];
}

/**
 * init_timezone without HAVE_DECL_TZNAME (glibc and Emscripten builds alike): local time at the
 * start of the current year and half a year on gives the two zones; the more western one is
 * standard time.
 */
export function initTimezone(now: number): TimezoneInfo {
  const YEAR = (365 * 24 + 6) * 3600;
  let t = BigInt(Math.trunc(now / YEAR) * YEAR);
  const jan = libcLocaltime(t);
  t += BigInt(YEAR / 2);
  const jul = libcLocaltime(t);
  const janzone = -jan.gmtoff, julyzone = -jul.gmtoff;
  const janname = (jan.zone ?? '   ').slice(0, 9), julyname = (jul.zone ?? '   ').slice(0, 9);
  const daylight = janzone !== julyzone ? 1 : 0;
  if (janzone < julyzone) return { timezone: julyzone, altzone: janzone, daylight, tzname: [julyname, janname] };
  return { timezone: janzone, altzone: julyzone, daylight, tzname: [janname, julyname] };
}

/** Whether a year (tm_year + 1900) is a leap year; for strftime's week numbers. */
export function isLeapYear(y: number): boolean {
  return isLeap(BigInt(y));
}

/** Seconds since the epoch of a tm read as UTC, fields out of range carried over (musl's __tm_to_secs). */
export function tmToSecs(tm: Tm): bigint {
  const [dy, mon] = floorDivMod(BigInt(tm.mon), 12n);
  const y = BigInt(tm.year) + 1900n + dy;
  return (daysFromCivil(y, mon + 1n, 1n) + BigInt(tm.mday) - 1n) * 86400n + BigInt(tm.hour) * 3600n + BigInt(tm.min) * 60n + BigInt(tm.sec);
}

