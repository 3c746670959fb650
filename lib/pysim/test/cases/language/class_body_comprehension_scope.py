# A comprehension in a class body does not see the class namespace: names come from an enclosing
# function's cells or the globals (the first iterable is evaluated in the class body itself).
def f():
    x = 1
    class K:
        x = 2
        c = [x for i in range(2)]
        d = [[x, j] for j in range(1) for k in [x]]
        e = list(x for i in range(1))
        g = x
    return K.c, K.d, K.e, K.g
print(f())
y = 'g'
class L:
    y = 'c'
    items = [y for _ in range(2)]
    n = [len(y) for y in ['abc']]
    m = sorted(w for w in [3, 1])
print(L.items, L.n, L.m, L.y)
class M:
    z = 5
    try:
        q = [z for _ in range(1)]
    except NameError as e:
        print('NameError:', e)
