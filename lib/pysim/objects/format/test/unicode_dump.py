"""Dump CPython 3.12's per-code-point character data (used by gen_unicode_tables.mjs).

Writes JSON to stdout: for each predicate, sorted [start, end] ranges where it is true, and the
single-character upper/lower/title mappings that differ from the identity.
"""
import json
import sys
import unicodedata

PREDS = {
    'printable': str.isprintable, 'alpha': str.isalpha, 'decimal': str.isdecimal, 'digit': str.isdigit,
    'numeric': str.isnumeric, 'upper': str.isupper, 'lower': str.islower, 'space': str.isspace,
    'xid_start': lambda c: c != '_' and c.isidentifier(), 'xid_continue': lambda c: ('a' + c).isidentifier(),
    'cn': lambda c: unicodedata.category(c) == 'Cn', 'title_cat': lambda c: unicodedata.category(c) == 'Lt',
}


def ranges(pred):
    out = []
    start = None
    for cp in range(0x110000):
        v = pred(chr(cp))
        if v and start is None:
            start = cp
        elif not v and start is not None:
            out.append([start, cp - 1])
            start = None
    if start is not None:
        out.append([start, 0x10FFFF])
    return out


data = {'unidata_version': unicodedata.unidata_version, 'python': sys.version.split()[0]}
for name, pred in PREDS.items():
    data[name] = ranges(pred)
maps = {'upper': {}, 'lower': {}, 'title': {}, 'casefold': {}}
for cp in range(0x110000):
    c = chr(cp)
    for m in maps:
        r = getattr(c, m)()
        if r != c:
            maps[m][cp] = r
data['maps'] = maps
json.dump(data, sys.stdout, ensure_ascii=True)
