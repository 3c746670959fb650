# Argument errors name the function by its qualified name: A.m, outer.<locals>.inner, outer.<locals>.<lambda>.
class A:
    def m(self, x):
        pass
    class B:
        def n(self):
            pass
def outer():
    def inner(a, *, k):
        pass
    return inner, lambda y: y
inner, lam = outer()
for call in [lambda: A().m(), lambda: A().m(1, 2), lambda: A.B().n(3), lambda: inner(1), lambda: inner(1, 2, k=3), lambda: lam(), lambda: inner(1, k=2, z=3), lambda: A.m()]:
    try:
        call()
    except TypeError as e:
        print(e)
