# Which new tuples the collector tracks: a tuple holding a builtin type or a tuple (even an
# untracked one) may be tracked; a class's __bases__ and __mro__; ints and strings only
import gc
gc.collect()
a = 1
b = 'x'
o = object
print("ints", gc.is_tracked((a, a)))
print("str", gc.is_tracked((b, b)))
print("type", gc.is_tracked((o, a)))
print("list of type", gc.is_tracked(tuple([o])))
inner = (a,)
print("nested", gc.is_tracked((inner, inner)))
class C:
    __slots__ = ('p', 'q')
print("bases", gc.is_tracked(C.__bases__), "mro", gc.is_tracked(C.__mro__))
print(C.__slots__)
