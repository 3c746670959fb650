from collections import OrderedDict

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
d = {"y": 2, "x": 1}
print(a == b, a != b, a == d, d == b, dict(a) == dict(b))
b.move_to_end("y")
print(a == b, b)
print(a | {"z": 3}, {"w": 0} | a, type({"w": 0} | a).__name__)
a |= {"q": 9}
print(a)
try:
    a < b
except TypeError as e:
    print(e)
