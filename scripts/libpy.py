# Shared by the scripts that write CPython's Lib/*.py texts into lib/pysim/modules/*_py.ts
# (gen-lib-py.py, gen-functools-py.py, gen-random-py.py, gen-weakref-py.py).
from typing import Callable, Dict


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


def group_versions(texts):
    """The minor versions of `texts` ({minor: text}) grouped by identical text, in version order
    (the versions sharing a text are consecutive)."""
    groups = []
    for minor in sorted(texts):
        for g in groups:
            if texts[g[0]] == texts[minor]:
                g.append(minor)
                break
        else:
            groups.append([minor])
    return groups


def versioned_source(texts: Dict[int, str], const: str, doc: Callable[[str], str], fn: str) -> str:
    """TypeScript: a constant `<const>_3<minor>` per group of versions with the same text (its doc
    comment `doc(label)`, label "3.12, 3.13"), and `export function <fn>(minor)` choosing one."""
    groups = group_versions(texts)
    out = []
    for g in groups:
        label = ', '.join(f'3.{m}' for m in g)
        out.append(f"\n/** {doc(label)} */\nconst {const}_3{g[0]} = {template(texts[g[0]])};\n")
    cases = [f'  if (minor <= {g[-1]}) return {const}_3{g[0]};' for g in groups[:-1]]
    cases.append(f'  return {const}_3{groups[-1][0]};')
    # one text for every version: the parameter is kept for a uniform signature, unused
    param = 'minor' if len(groups) > 1 else '_minor'
    out.append(f"\n/** {doc('3.`minor`')} */\nexport function {fn}({param}: number): string {{\n" + '\n'.join(cases) + '\n}\n')
    return ''.join(out)
