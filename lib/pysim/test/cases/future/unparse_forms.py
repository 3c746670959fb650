# How the compiler writes an annotation back as text (Python/ast_unparse.c): spacing, the
# parentheses operator priorities need, constants as their repr.
from __future__ import annotations

def g(x: a if b else c, y: (a, b), z: not a and b or c, w: [i for i in x if i], v: {1: 2, **d},
      u: f(*a, k=1, **m), t: x[1:2, ::3], s: 1 .real, r: 1.5e300 * 1e300, q: f'a{b!r:>{w}}{{c}}',
      o: a < b <= c is not d, n: ~a ** -b, l: lambda x, *y, z=1, **k: x, k: (a + b) * c - d / e,
      j: {1, 2}, i: (i for i in x), h: f(i for i in x), e: 2 ** 3 ** 4, d: (2 ** 3) ** 4,
      c: -(1), b: "it's", a: b'\x00a', aa: None | ..., ab: {k: v for k, v in x}, ac: 10**20) -> 3j:
    pass

for name, text in g.__annotations__.items():
    print(name, text)
