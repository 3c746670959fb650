# The AST optimizer folds `+` and `*` of constant tuples, and the compiler merges
# the result with an equal tuple constant of the same file.
import sys
s = ('a', 'b') + ('c',)
t = ('a', 'b', 'c')
print(s is t)
u = (1, 2) * 2
print(u is (1, 2, 1, 2)[:], sys.getrefcount(u))
z = (1, (2, 3)) + ((2, 3),)
print(z[1] is z[2])
def f():
    return ('x',) * 3
print(f() is f(), f() == ('x', 'x', 'x'))
c = 0 + 2j
print(c is 2j.conjugate().conjugate(), c == 2j)
