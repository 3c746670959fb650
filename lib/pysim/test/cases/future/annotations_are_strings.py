"""With `from __future__ import annotations` (PEP 563) every annotation is kept as its source text:
names need not exist yet, and nothing in an annotation runs."""
from __future__ import annotations
import sys

class Node:
    value: int
    next: Node | None = None
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

def f(a: list[int], b: dict[str, tuple[int, ...]] = {}, *args: "str", c: Callable[[int], str] = None, **kw: undefined) -> -1 ** 2:
    pass

print(Node.__annotations__)
print(Node.__init__.__annotations__)
print(f.__annotations__)
# 3.14 (PEP 649) still gives a def an __annotate__ function (returning the strings), a class none
print(type(getattr(f, '__annotate__', None)).__name__, getattr(Node, '__annotate__', 'no __annotate__'))
x: undefined_name = 5
y: list[undefined]
print(__annotations__, x, 'y' in globals())
ann = f.__annotations__['a']
print(type(ann).__name__, sys.getrefcount(ann))
