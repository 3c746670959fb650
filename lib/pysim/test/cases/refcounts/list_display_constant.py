# A list display of three or more constants is built from one constant tuple that codegen makes
# (BUILD_LIST, LOAD_CONST, LIST_EXTEND): an equal tuple literal after it is that very tuple, which
# the parser arena does not hold (two-item displays are built item by item).
import sys
a = [1, 2, 3]
t = (1, 2, 3)
print(sys.getrefcount(t), sys.getsizeof(a))
c = [7, 8]
w = (7, 8)
print(sys.getrefcount(w))
def f():
    return ['x', 'y', 'z']
u = ('x', 'y', 'z')
print(sys.getrefcount(u), f() == list(u))
v = (4.5, -1, 'q')
b = [4.5, -1, 'q']
print(sys.getrefcount(v), b[0] is v[0])
