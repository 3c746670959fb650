add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda t: (t[0], t[1])))
