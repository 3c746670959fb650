# Nested functions, lambdas and comprehensions inside a class use the class's mangled names.
class C:
    def outer(self, __n):
        __acc = []

        def add(__v):
            nonlocal __acc
            __acc = __acc + [__v * __n]
            return __acc

        twice = lambda __w: add(__w) and add(__w)
        twice(1)
        squares = [__i * __i for __i in range(__n)]
        gen = sum(__j for __j in range(__n))
        return __acc, squares, gen, add, twice


acc, squares, gen, add, twice = C().outer(3)
print(acc, squares, gen)
print(C.outer.__code__.co_varnames, C.outer.__code__.co_cellvars)
print(add.__code__.co_varnames, add.__code__.co_freevars)
print(twice.__code__.co_varnames, twice.__code__.co_freevars)
print(add.__qualname__, twice.__qualname__)
print([c.cell_contents for c in add.__closure__])
