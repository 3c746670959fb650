# the first non-str key in a str-keyed table resizes it (insertion_resize for used * 3)
import sys
d = {"x": 1, "y": 2}
print(sys.getsizeof(d))
d[2] = 0
print(sys.getsizeof(d))
e = {}
e |= {"a": 1}
e[(1, 2)] = 3
print(sys.getsizeof(e))
f = {"z": 1}
f.update({i: i for i in range(20)})
print(sys.getsizeof(f))
g = {"a": 1, "b": 2, "c": 3}
g[3.5] = 0
print(sys.getsizeof(g), list(g))
