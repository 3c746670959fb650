// Character data from the JS engine's Unicode tables (\p{...}, toUpperCase), before the
// corrections of unicodetype_db.ts bring it to CPython 3.12's Unicode 15.0. Internal module.

const ch = (c: number): string => String.fromCodePoint(c);
const re = (r: RegExp) => (c: number): boolean => r.test(ch(c));

/** Engine predicates keyed like unicodetype_db.ts's FLIPS. */
export const JS_PREDICATES: Record<string, (c: number) => boolean> = {
  printable: (c) => c === 32 || (!(c >= 0xd800 && c <= 0xdfff) && !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch(c))),
  alpha: re(/\p{L}/u),
  decimal: re(/\p{Nd}/u),
  digit: (c) => /\p{Nd}/u.test(ch(c)) || /\p{No}/u.test(ch(c)),
  numeric: re(/[\p{Nd}\p{Nl}\p{No}]/u),
  upper: re(/\p{Uppercase}/u),
  lower: re(/\p{Lowercase}/u),
  space: (c) => (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c === 0x85 || c === 0x2028 || c === 0x2029 || /\p{Zs}/u.test(ch(c)),
  xid_start: re(/\p{XID_Start}/u),
  xid_continue: re(/\p{XID_Continue}/u),
  cn: (c) => !(c >= 0xd800 && c <= 0xdfff) && /\p{Cn}/u.test(ch(c)),
  title_cat: re(/\p{Lt}/u),
};

/** Engine full case mappings of one code point. */
export const JS_MAPS: Record<'upper' | 'lower' | 'title' | 'casefold', (c: number) => string> = {
  upper: (c) => ch(c).toUpperCase(),
  lower: (c) => ch(c).toLowerCase(),
  casefold: (c) => ch(c).toLowerCase(),
  title: (c) => {
    const u = Array.from(ch(c).toUpperCase());
    return u.length <= 1 ? u.join('') : u[0] + u.slice(1).join('').toLowerCase();
  },
};
