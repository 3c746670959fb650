# the sub-generator's exception passes through the delegating generator at its `yield from`
def readings():
    yield 10
    yield 20
    raise ValueError("sensor failed")
def averaged():
    total = yield from readings()
    return total
for v in averaged():
    print(v)
