import gc
gc.collect()


class A:
    pass


a = A()
b = [a, 1, "s"]
c = {"k": a}
d = (a, 2)
refs = gc.get_referrers(a)
print(len(refs), any(r is b for r in refs), any(r is c for r in refs), any(r is d for r in refs))
print(sorted(type(r).__name__ for r in refs))
print(any(r is globals() for r in refs))
print(len(gc.get_referrers()))
x = []
x.append(x)
print(sum(r is x for r in gc.get_referrers(x)), len(gc.get_referrers(x)))
print(len(gc.get_referrers(a, x)))
