# contextlib: a @contextmanager generator releases its resource when the block ends, even on an
# exception; suppress swallows only the listed exceptions; ExitStack unwinds in reverse order.
import sys
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
print(sys.getrefcount(contextlib))

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("close", self.name)

@contextmanager
def opened(name):
    r = Resource(name)
    print("open", name)
    try:
        yield r
    finally:
        r.close()

with opened("a") as r:
    print("using", r.name, sys.getrefcount(r))
print(sys.getrefcount(r))
try:
    with opened("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, type(e.__context__))
print(opened.__name__, opened.__wrapped__.__name__)

with suppress(KeyError, IndexError):
    {}["missing"]
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

with closing(Resource("c")) as c:
    print("inside", c.name)
with nullcontext(5) as n:
    print(n)

with ExitStack() as stack:
    for name in "xyz":
        stack.enter_context(opened(name))
    stack.callback(print, "callback")
print("stack done")

