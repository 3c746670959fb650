# A proxy whose referent died: every use raises ReferenceError; its callback got the proxy itself
import weakref
import sys


class Node:
    def __init__(self, name):
        self.name = name

    def __len__(self):
        return 1


seen = []
n = Node("a")
p = weakref.proxy(n, lambda wr: seen.append(type(wr).__name__))
print(p.name, sys.getrefcount(n), weakref.getweakrefcount(n))
del n
print(seen, len(seen))
for label, use in [("attr", lambda: p.name), ("str", lambda: str(p)), ("len", lambda: len(p)),
                   ("bool", lambda: bool(p)), ("eq", lambda: p == 1), ("add", lambda: p + 1),
                   ("setattr", lambda: setattr(p, "x", 1)), ("iter", lambda: iter(p)),
                   ("isinstance", lambda: isinstance(p, Node)), ("in", lambda: 1 in p)]:
    try:
        use()
        print(label, "worked")
    except ReferenceError as e:
        print(label, "ReferenceError:", e)
print("<weakproxy at" in repr(p), type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
