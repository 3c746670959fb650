# The container dunders called directly: in-place ones mutate and return the object, the set and dict
# operators answer NotImplemented for other types, __reversed__ and __getnewargs__
a = [1, 2]
b = a.__iadd__([3])
print(b is a, a, a.__imul__(2) is a, a)
print(list(a.__reversed__()), type(a.__reversed__()).__name__, list(range(4).__reversed__()))
s = {1, 2}
print(s.__and__({2, 3}), s.__or__([9]), s.__isub__({1}) is s, s, frozenset({1}).__rxor__({1, 2}))
d = {"a": 1}
print(d.__or__({"b": 2}), d.__or__([("b", 2)]), d.__ior__([("c", 3)]) is d, d)
print(range(0).__bool__(), range(3).__contains__(2), range(10).__getitem__(slice(2, 8, 3)), list(range(3).__iter__()))
print("%s-%d".__mod__(("x", 4)), "x".__rmod__(3), (1, 2).__getnewargs__(), "hi".__getnewargs__(), b"q".__getnewargs__())
t = (1, 2)
print(t.__getnewargs__()[0] is t, bytearray(b"ab").__add__(b"c"), bytearray(b"ab").__mul__(2))
print(b"xy".__bytes__(), (2 + 3j).__getnewargs__())
