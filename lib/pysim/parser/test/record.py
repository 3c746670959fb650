"""Records CPython's ast.dump / SyntaxError for every snippet into fixtures.json.

Run with CPython 3.12:  $(pyenv prefix 3.12.1)/bin/python3 lib/pysim/parser/test/record.py
Snippets live in valid.txt and invalid.txt, separated by lines that read exactly '#---', and in
valid_lines.txt / invalid_lines.txt, one per line (the character U+23CE stands for a newline).
Snippets are ASCII: CPython counts col_offset in UTF-8 bytes, heaplab in characters, so a
non-ASCII snippet would differ by design (the recorder rejects them).
"""
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        text = f.read()
    parts = text.split('\n#---\n')
    out = []
    for p in parts:
        if not p.strip():
            continue
        if p.startswith('#!raw '):  # escape hatch: a JSON-encoded snippet on one line
            p = json.loads(p[len('#!raw '):].split('\n', 1)[0])
        assert p.isascii(), f'non-ASCII snippet: {p!r}'
        out.append(p)
    return out


def load_lines(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [l.replace('\u23ce', '\n') for l in f.read().split('\n') if l.strip() and not l.startswith('##')]


def main():
    assert sys.version_info[:2] == (3, 12), 'record with CPython 3.12'
    valid = []
    for src in load('valid.txt') + load_lines('valid_lines.txt'):
        tree = ast.parse(src)
        try:
            compile(src, '<string>', 'exec')
            compiles = True
        except SyntaxError:
            compiles = False
        valid.append({'src': src, 'dump': ast.dump(tree, include_attributes=True), 'compiles': compiles})
    invalid = []
    for src in load('invalid.txt') + load_lines('invalid_lines.txt'):
        phase = 'parse'
        try:
            ast.parse(src)
            phase = 'compile'
            compile(src, '<string>', 'exec')
        except SyntaxError as e:
            invalid.append({'src': src, 'phase': phase, 'type': type(e).__name__, 'msg': e.msg,
                            'lineno': e.lineno, 'offset': e.offset,
                            'end_lineno': e.end_lineno, 'end_offset': e.end_offset})
            continue
        raise SystemExit(f'snippet is valid: {src!r}')
    unsupported = []
    for src in load_lines('unsupported_lines.txt'):
        ast.parse(src)  # CPython accepts it
        unsupported.append({'src': src})
    with open(os.path.join(HERE, 'fixtures.json'), 'w', encoding='utf-8') as f:
        json.dump({'python': sys.version.split()[0], 'valid': valid, 'invalid': invalid,
                   'unsupported': unsupported}, f, indent=1)
    print(f'{len(valid)} valid, {len(invalid)} invalid')


main()
