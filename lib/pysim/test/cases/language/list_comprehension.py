print([x * x for x in range(6) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x % 3 for x in range(10)}, {k: len(k) for k in ('a', 'bb')})
print(list(x + 1 for x in [1, 2]))
