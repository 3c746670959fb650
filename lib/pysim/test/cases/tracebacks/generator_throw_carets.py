# an exception thrown into a suspended generator is raised at its yield (and at the yield from)
def inner():
    x = yield 1
    print("inner got", x)
    return x
def outer():
    r = yield from inner()
    yield r
g = outer()
print(next(g))
g.throw(ValueError("into inner"))
