# Shared by the scripts that write CPython's Lib/*.py texts into lib/pysim/modules/*_py.ts
# (gen-lib-py.py, gen-functools-py.py, gen-random-py.py, gen-weakref-py.py).


def template(src):
    """`src` as a JavaScript template literal."""
    return '`' + src.replace('\\', '\\\\').replace('`', '\\`').replace('${', '\\${') + '`'


def comment_out(src, lines):
    """`src` with each of `lines` (whole lines, at most once each) made a comment: same line count."""
    n = src.count('\n')
    for line in lines:
        if line in src:
            assert src.count(line) == 1, line
            src = src.replace(line, '# heaplab: ' + line.rstrip('\n') + '  (defined before this file runs)\n')
    assert src.count('\n') == n
    return src
