# A call's `*x` that is not iterable: alone, the call's check names the callee; among other
# arguments, LIST_EXTEND raises its own message, for Python functions, builtins and classes alike.
def f(*a):
    return a
class C:
    def __init__(self, *a):
        self.a = a
for call in (lambda: f(*5), lambda: f(1, *5), lambda: print(*5), lambda: print(1, *5),
             lambda: max(*5), lambda: max(0, *5), lambda: C(*5), lambda: C(1, *5),
             lambda: set(*5), lambda: list(1, *None), lambda: f(*[1], *2)):
    try:
        call()
    except TypeError as e:
        print(e)
print(f(*(1, 2)), max(*[3, 1], 2), C(0, *'ab').a)
