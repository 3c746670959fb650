# f(*x) / f(**x) with a non-iterable / non-mapping name the callable as module.qualname().
def g(*a):
    pass
class A:
    def m(self, *a):
        pass
for c in [lambda: g(*5), lambda: A().m(*5), lambda: print(*5), lambda: g(**5), lambda: len(*5), lambda: A.m(*None)]:
    try:
        c()
    except TypeError as e:
        print(e)
