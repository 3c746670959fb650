a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b)
print(a.issubset({1, 2, 3, 4}), {1}.isdisjoint({2}))
a.discard(9)
a.add(0)
print(sorted(a))
