# slices compare as (start, stop, step) tuples; 3.12+ hash them (and hash None to a constant)
a = slice(1, 2)
b = slice(1, 2)
print(a == b, a is b, slice(1, 2, None) == slice(1, 2), slice(1, 3) < slice(1, 4), slice(2) > slice(1))
print(hash(None) == 0xFCA86420)
try:
    print(hash(a) == hash(b), hash(slice(1, 2)), {a: 1}.get(b))
except TypeError as e:
    print(e)
