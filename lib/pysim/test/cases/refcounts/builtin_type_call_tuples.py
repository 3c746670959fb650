# Calling a builtin type without a vectorcall goes through _PyObject_MakeTpCall, which packs the
# positional arguments into a tuple (and keywords into a dict): bytes and bytearray on every
# version, str and int up to 3.12, slice on 3.11. The first call after a full collection (which
# empties the tuple free list) counts that tuple in gc.get_count().
import gc
def d(f):
    gc.collect()
    c = gc.get_count()[0]
    r = f()
    return gc.get_count()[0] - c
base = d(lambda: None)
tests = {
    'bytes': lambda: bytes(b"ab"), 'bytearray': lambda: bytearray(b"ab"), 'bytearray()': lambda: bytearray(),
    'str': lambda: str(5), 'str2': lambda: str(b"a", "ascii"), 'int': lambda: int("5"), 'int2': lambda: int("5", 10),
    'float': lambda: float("1.5"), 'complex': lambda: complex(1), 'bool': lambda: bool(1),
    'tuple': lambda: tuple("ab"), 'object': lambda: object(), 'slice': lambda: slice(3), 'range': lambda: range(3),
    'enumerate': lambda: enumerate("a"), 'reversed': lambda: reversed("ab"), 'zip': lambda: zip("a"), 'map': lambda: map(str, "a"),
    'filter': lambda: filter(None, "a"), 'frozenset': lambda: frozenset("ab"), 'set': lambda: set("ab"), 'list': lambda: list("ab"),
    'dict': lambda: dict(a=1), 'type': lambda: type(1), 'property': lambda: property(len),
}
for k, f in tests.items():
    print(k, d(f) - base)
data = [bytearray(b"xy") for _ in range(3)]
print(sum(len(x) for x in data))
# a class called with keywords: slot_tp_init hands them to __init__ as a stack and a tuple of names
class C:
    def __init__(self, a=0, b=0):
        self.a = a
print('C(a=1)', d(lambda: C(a=1)) - base, 'C(1, b=2)', d(lambda: C(1, b=2)) - base, 'C(1)', d(lambda: C(1)) - base)
