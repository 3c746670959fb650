# yield inside boolean operators and conditional expressions (short-circuit order kept).
def g():
    a = (yield 'a1') or (yield 'a2')
    b = (yield 'b1') and (yield 'b2')
    c = (yield 'c-then') if (yield 'c-test') else (yield 'c-else')
    d = 0 or [] or (yield 'd')
    yield [a, b, c, d]
for sends in ([0, 'x', 1, 'y', True, 'then', 'dd'], ['first', 0, False, 'else', 'dd']):
    gen = g()
    out = [next(gen)]
    for s in sends:
        try:
            out.append(gen.send(s))
        except StopIteration:
            break
    print(out)
