def gen(n):
    for i in range(n):
        yield i * 2
    return 'done'
g = gen(3)
print(list(g))
def outer():
    r = yield from gen(2)
    print('inner returned', r)
print(list(outer()))
