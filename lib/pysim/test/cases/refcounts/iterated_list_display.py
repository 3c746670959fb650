# `for x in [...]`, comprehensions over a display and `in [...]` iterate a tuple: the
# optimizer turns the list display into a (constant) tuple, a set display into a frozenset.
import sys
for s in ['hello_qz', 'qz_1']:
    print(s, sys.getrefcount(s))
for n in [1000, 2000, 3000]:
    print(n, sys.getrefcount(n))
for t in {'only_qz'}:
    print(t, sys.getrefcount(t))
print([sys.getrefcount(c) for c in [4000, 5000]])
word = 'needle'
print(word in ['needle', 'hay'], word not in ('x', 'y'), 5000 in {5000, 6000})
v = [1]
for item in [v, v]:
    print(sys.getrefcount(v))
def squares():
    total = 0
    for k in [7000, 8000]:
        yield sys.getrefcount(k)
print(list(squares()))
