# gc.get_count() after class statements: the first class after a full collection (empty free
# lists), __slots__ in its forms (the ht_slots tuple, the sorted list), builtin bases
import gc

def delta(before):
    return gc.get_count()[0] - before

gc.collect()
b = gc.get_count()[0]
class A:
    pass
print("A", delta(b))
b = gc.get_count()[0]
class S:
    __slots__ = 'a'
print("S", delta(b))
b = gc.get_count()[0]
class S2:
    __slots__ = ['x', 'y']
print("S2", delta(b))
b = gc.get_count()[0]
class S3:
    __slots__ = ('__dict__', 'z')
print("S3", delta(b))
b = gc.get_count()[0]
class E(Exception):
    pass
print("E", delta(b))
b = gc.get_count()[0]
class L(list):
    pass
print("L", delta(b))
b = gc.get_count()[0]
class D(dict):
    pass
print("D", delta(b))
