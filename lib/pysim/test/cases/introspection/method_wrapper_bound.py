# a slot wrapper bound to an object is a method-wrapper; a tp_methods entry a builtin method
import sys
x = [1, 2]
o = object()
w = x.__len__
m = x.append
print(repr(w).split(' at ')[0], repr(m).split(' at ')[0])
print(repr(o.__eq__).split(' at ')[0], repr((5).__add__).split(' at ')[0])
print(repr(o.__sizeof__).split(' at ')[0])
print(w(), o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o), (5).__lt__(7))
print(sys.getsizeof(w), sys.getsizeof(m))
print(w.__self__ is x, m.__self__ is x, w.__name__, m.__name__)
print(sys.getrefcount(x))
