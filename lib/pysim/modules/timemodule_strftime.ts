// strftime() of the C library under time.strftime (Modules/timemodule.c calls wcsftime/strftime):
// glibc's __strftime_internal in the C locale on the native profiles (3.11-3.13), musl's
// strftime_l as Emscripten builds it on the wasm32 profile (3.14 under Pyodide).
import type { Tm } from './timemodule_libc';
import { isLeapYear, libcMktime, tmToSecs } from './timemodule_libc';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** C's truncating remainder. */
const cmod = (a: number, b: number): number => a % b;
/** C's truncating division. */
const cdiv = (a: number, b: number): number => Math.trunc(a / b);

/** glibc's iso_week_days: the days since the Monday starting the ISO week-numbering year's first week. */
function iso_week_days(yday: number, wday: number): number {
  const bigEnoughMultipleOf7 = (Math.trunc(366 / 7) + 2) * 7;
  return yday - cmod(yday - wday + 4 + bigEnoughMultipleOf7, 7) + 4 - 1;
}

/** The ISO 8601 week-numbering year and week of a tm (glibc's %G/%g/%V). */
function isoYearWeek(tm: Tm): [number, number] {
  let year = tm.year + 1900;
  let days = iso_week_days(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = iso_week_days(tm.yday + (365 + (isLeapYear(year) ? 1 : 0)), tm.wday);
  } else {
    const d = iso_week_days(tm.yday - (365 + (isLeapYear(year) ? 1 : 0)), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, cdiv(days, 7) + 1];
}

/** One conversion's flags as glibc reads them. */
interface GlibcFlags {
  pad: string;
  upcase: boolean;
  changeCase: boolean;
  width: number;
}

/** glibc's DO_NUMBER: at least `digits` digits (the width if larger), padded with zeros or spaces, or not at all with `-`. */
function glibcNumber(v: number | bigint, digits: number, fl: GlibcFlags, spacePad = false): string {
  const neg = v < 0;
  const body = (neg ? -BigInt(v) : BigInt(v)).toString();
  const pad = fl.pad === '' && spacePad ? '_' : fl.pad;
  if (pad === '-') return (neg ? '-' : '') + body;
  const total = Math.max(digits, fl.width);
  const padding = total - body.length - (neg ? 1 : 0);
  if (padding <= 0) return (neg ? '-' : '') + body;
  if (pad === '_') return ' '.repeat(padding) + (neg ? '-' : '') + body;
  return (neg ? '-' : '') + '0'.repeat(padding) + body;
}

/** glibc's cpy/add of a string: padded on the left to the width (zeros with the `0` flag). */
function glibcString(s: string, fl: GlibcFlags, lower = false): string {
  let out = fl.upcase ? s.toUpperCase() : lower ? s.toLowerCase() : s;
  if (fl.width > out.length) out = (fl.pad === '0' ? '0' : ' ').repeat(fl.width - out.length) + out;
  return out;
}

/** The conversions that accept glibc's E and O modifiers. */
const E_OK = new Set(['c', 'C', 'x', 'X', 'y', 'Y']);
const O_OK = new Set(['d', 'e', 'H', 'I', 'k', 'l', 'm', 'M', 'S', 'U', 'u', 'V', 'W', 'w', 'y']);

/** glibc's strftime in the C locale (%s through mktime, in the host's zone). */
export function glibcStrftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const start = i;
    const fl: GlibcFlags = { pad: '', upcase: false, changeCase: false, width: 0 };
    for (;;) {
      const c = fmt[i + 1];
      if (c === '_' || c === '-' || c === '0') fl.pad = c;
      else if (c === '^') fl.upcase = true;
      else if (c === '#') fl.changeCase = true;
      else break;
      i++;
    }
    while (fmt[i + 1] >= '0' && fmt[i + 1] <= '9') fl.width = fl.width * 10 + Number(fmt[++i]);
    let modifier = '';
    if (fmt[i + 1] === 'E' || fmt[i + 1] === 'O') modifier = fmt[++i];
    // a '%' ending the format: `--f`, then bad_format copies the '%'
    const conv = i + 1 < fmt.length ? fmt[++i] : '';
    const bad = () => glibcString(fmt.slice(start, i + 1), fl);
    if ((modifier === 'E' && !E_OK.has(conv)) || (modifier === 'O' && !O_OK.has(conv))) {
      out += bad();
      continue;
    }
    const sub = (f: string) => {
      const s = glibcStrftime(f, tm);
      return glibcString(fl.upcase ? s.toUpperCase() : s, { ...fl, upcase: false });
    };
    const name = (s: string) => glibcString(s, fl.changeCase ? { ...fl, upcase: true } : fl);
    switch (conv) {
      case '%': out += glibcString('%', fl); break;
      case 'n': out += glibcString('\n', fl); break;
      case 't': out += glibcString('\t', fl); break;
      case 'a': out += name(DAYS[tm.wday].slice(0, 3)); break;
      case 'A': out += name(DAYS[tm.wday]); break;
      case 'b': case 'h': out += name(MONTHS[tm.mon].slice(0, 3)); break;
      case 'B': out += name(MONTHS[tm.mon]); break;
      case 'c': out += sub('%a %b %e %H:%M:%S %Y'); break;
      case 'x': case 'D': out += sub('%m/%d/%y'); break;
      case 'X': case 'T': out += sub('%H:%M:%S'); break;
      case 'r': out += sub('%I:%M:%S %p'); break;
      case 'R': out += sub('%H:%M'); break;
      case 'F': out += sub('%Y-%m-%d'); break;
      case 'C': {
        const year = tm.year + 1900;
        out += glibcNumber(cdiv(year, 100) - (cmod(year, 100) < 0 ? 1 : 0), 1, fl);
        break;
      }
      case 'd': out += glibcNumber(tm.mday, 2, fl); break;
      case 'e': out += glibcNumber(tm.mday, 2, fl, true); break;
      case 'H': out += glibcNumber(tm.hour, 2, fl); break;
      case 'k': out += glibcNumber(tm.hour, 2, fl, true); break;
      case 'I': out += glibcNumber(hour12(tm.hour), 2, fl); break;
      case 'l': out += glibcNumber(hour12(tm.hour), 2, fl, true); break;
      case 'j': out += glibcNumber(tm.yday + 1, 3, fl); break;
      case 'm': out += glibcNumber(tm.mon + 1, 2, fl); break;
      case 'M': out += glibcNumber(tm.min, 2, fl); break;
      case 'S': out += glibcNumber(tm.sec, 2, fl); break;
      case 'p': out += glibcString(tm.hour >= 12 ? 'PM' : 'AM', fl, fl.changeCase); break;
      case 'P': out += glibcString(tm.hour >= 12 ? 'pm' : 'am', fl); break;
      case 's': {
        const t = libcMktime(tm);
        out += glibcNumber(t === null ? -1 : t, 1, fl);
        break;
      }
      case 'u': out += glibcNumber(cmod(tm.wday - 1 + 7, 7) + 1, 1, fl); break;
      case 'w': out += glibcNumber(tm.wday, 1, fl); break;
      case 'U': out += glibcNumber(cdiv(tm.yday - tm.wday + 7, 7), 2, fl); break;
      case 'W': out += glibcNumber(cdiv(tm.yday - cmod(tm.wday - 1 + 7, 7) + 7, 7), 2, fl); break;
      case 'V': out += glibcNumber(isoYearWeek(tm)[1], 2, fl); break;
      case 'G': out += glibcNumber(isoYearWeek(tm)[0], 1, fl); break;
      case 'g': out += glibcNumber(cmod(cmod(isoYearWeek(tm)[0], 100) + 100, 100), 2, fl); break;
      case 'y': out += glibcNumber(cmod(cmod(tm.year, 100) + 100, 100), 2, fl); break;
      case 'Y': out += glibcNumber(tm.year + 1900, 1, fl); break;
      case 'z': {
        if (tm.isdst < 0) break;
        let diff = tm.gmtoff;
        const sign = diff < 0 ? '-' : '+';
        diff = cdiv(Math.abs(diff), 60);
        // the sign is added on its own, padded to the width too
        out += glibcString(sign, fl) + glibcNumber(cdiv(diff, 60) * 100 + cmod(diff, 60), 4, fl);
        break;
      }
      case 'Z': {
        // glibc falls back on tzname[tm_isdst != 0] when the struct names no zone (the host's: "UTC")
        const zone = tm.zone !== null && tm.zone !== '' ? tm.zone : tm.isdst >= 0 ? hostTzname[tm.isdst !== 0 ? 1 : 0] : '';
        out += glibcString(zone, fl, fl.changeCase);
        break;
      }
      default:
        out += bad();
    }
  }
  return out;
}

/** The 12-hour clock's hour. */
function hour12(h: number): number {
  if (h === 0) return 12;
  return h > 12 ? h - 12 : h;
}

/** The C library's tzname, which glibc's %Z falls back on (set by the time module from init_timezone's figures). */
let hostTzname: [string, string] = ['UTC', 'UTC'];
/** Sets the tzname glibc's %Z falls back on. */
export function setLibcTzname(names: [string, string]): void {
  hostTzname = names;
}

/** musl's week_num: the ISO week of a tm. */
function week_num(tm: Tm): number {
  const u = (x: number) => x >>> 0;
  let val = Math.floor(u(tm.yday + 7 - u(tm.wday + 6) % 7) / 7);
  if (u(tm.wday + 371 - tm.yday - 2) % 7 <= 2) val++;
  if (!val) {
    val = 52;
    const dec31 = u(tm.wday + 7 - tm.yday - 1) % 7;
    if (dec31 === 4 || (dec31 === 5 && isLeapYear(1900 + (tm.year % 400) - 1))) val++;
  } else if (val === 53) {
    const jan1 = u(tm.wday + 371 - tm.yday) % 7;
    if (jan1 !== 4 && (jan1 !== 3 || !isLeapYear(tm.year + 1900))) val = 1;
  }
  return val;
}

/** musl's __strftime_fmt_1: one conversion, or null for one it does not know (the whole call then fails). */
function muslFmt1(f: string, tm: Tm, pad: string): string | null {
  let val: bigint;
  let width = 2;
  let defPad = '0';
  switch (f) {
    case 'a': return DAYS[tm.wday]?.slice(0, 3) ?? '-';
    case 'A': return DAYS[tm.wday] ?? '-';
    case 'h': case 'b': return MONTHS[tm.mon]?.slice(0, 3) ?? '-';
    case 'B': return MONTHS[tm.mon] ?? '-';
    case 'c': return muslStrftime('%a %b %e %T %Y', tm);
    case 'C': val = (1900n + BigInt(tm.year)) / 100n; break;
    case 'e': defPad = '_'; val = BigInt(tm.mday); break;
    case 'd': val = BigInt(tm.mday); break;
    case 'D': case 'x': return muslStrftime('%m/%d/%y', tm);
    case 'F': return muslStrftime('%Y-%m-%d', tm);
    case 'g': case 'G': {
      val = BigInt(tm.year) + 1900n;
      if (tm.yday < 3 && week_num(tm) !== 1) val--;
      else if (tm.yday > 360 && week_num(tm) === 1) val++;
      if (f === 'g') val %= 100n;
      else width = 4;
      break;
    }
    case 'H': val = BigInt(tm.hour); break;
    case 'I': val = BigInt(hour12(tm.hour)); break;
    case 'j': val = BigInt(tm.yday + 1); width = 3; break;
    case 'm': val = BigInt(tm.mon + 1); break;
    case 'M': val = BigInt(tm.min); break;
    case 'n': return '\n';
    case 'p': return tm.hour >= 12 ? 'PM' : 'AM';
    case 'r': return muslStrftime('%I:%M:%S %p', tm);
    case 'R': return muslStrftime('%H:%M', tm);
    case 's': val = tmToSecs(tm) - BigInt(tm.gmtoff); width = 1; break;
    case 'S': val = BigInt(tm.sec); break;
    case 't': return '\t';
    case 'T': case 'X': return muslStrftime('%H:%M:%S', tm);
    case 'u': val = BigInt(tm.wday ? tm.wday : 7); width = 1; break;
    case 'U': val = BigInt(Math.floor(((tm.yday + 7 - tm.wday) >>> 0) / 7)); break;
    case 'W': val = BigInt(Math.floor(((tm.yday + 7 - ((tm.wday + 6) >>> 0) % 7) >>> 0) / 7)); break;
    case 'V': val = BigInt(week_num(tm)); break;
    case 'w': val = BigInt(tm.wday); width = 1; break;
    case 'y': {
      val = (BigInt(tm.year) + 1900n) % 100n;
      if (val < 0n) val = -val;
      break;
    }
    case 'Y': {
      val = BigInt(tm.year) + 1900n;
      if (val >= 10000n) return `+${val}`;
      width = 4;
      break;
    }
    case 'z': {
      if (tm.isdst < 0) return '';
      const v = cdiv(tm.gmtoff, 3600) * 100 + cdiv(cmod(tm.gmtoff, 3600), 60);
      return (v < 0 ? '-' : '+') + String(Math.abs(v)).padStart(4, '0');
    }
    case 'Z':
      // Emscripten's tm_zone: what the struct holds; none makes the conversion fail
      if (tm.isdst < 0) return '';
      return tm.zone;
    case '%': return '%';
    default: return null;
  }
  const neg = val < 0n;
  const digits = (neg ? -val : val).toString();
  switch (pad || defPad) {
    case '-': return (neg ? '-' : '') + digits;
    case '_': return (neg ? '-' + digits : digits).padStart(width, ' ');
    default: return (neg ? '-' : '') + digits.padStart(width - (neg ? 1 : 0), '0');
  }
}

/** musl's strftime_l in the C locale: '' when a conversion fails (strftime returns 0). */
export function muslStrftime(fmt: string, tm: Tm): string {
  return muslStrftimeOrNull(fmt, tm) ?? '';
}

/** musl's strftime_l: the text, or null when a conversion fails. */
function muslStrftimeOrNull(fmt: string, tm: Tm): string | null {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    if (fmt[i] !== '%') {
      out += fmt[i++];
      continue;
    }
    i++;
    let pad = '';
    if (fmt[i] === '-' || fmt[i] === '_' || fmt[i] === '0') pad = fmt[i++];
    const plus = fmt[i] === '+';
    if (plus) i++;
    const wStart = i;
    let width = 0;
    while (fmt[i] >= '0' && fmt[i] <= '9') width = width * 10 + Number(fmt[i++]);
    const p = fmt[i];
    if (p === 'C' || p === 'F' || p === 'G' || p === 'Y') {
      if (!width && i !== wStart) width = 1;
    } else width = 0;
    if (fmt[i] === 'E' || fmt[i] === 'O') i++;
    const f = i < fmt.length ? fmt[i] : '\0';
    i++;
    const r = muslFmt1(f, tm, pad);
    if (r === null) return null;
    let t = r;
    if (width) {
      if (t[0] === '+' || t[0] === '-') t = t.slice(1);
      while (t[0] === '0' && t[1] >= '0' && t[1] <= '9') t = t.slice(1);
      let k = t.length;
      if (width < k) width = k;
      let d = 0;
      while (t[d] >= '0' && t[d] <= '9') d++;
      if (tm.year < -1900) {
        out += '-';
        width--;
      } else if (plus && d + (width - k) >= (p === 'C' ? 3 : 5)) {
        out += '+';
        width--;
      }
      for (; width > k; width--) out += '0';
      k = t.length;
    }
    out += t;
  }
  return out;
}
