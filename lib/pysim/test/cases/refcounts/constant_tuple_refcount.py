# A tuple of constants is one constant: co_consts holds it, and on 3.11-3.13 the parser arena too
# while module code runs (the AST optimizer made it); 3.14 folds it later, in the CFG optimizer.
import sys

u = (2, 3)
print(sys.getrefcount(u))
v = (2, 3)
print(u is v, sys.getrefcount(u))
w = ((2, 3), 'x')
print(w[0] is u, sys.getrefcount(u), sys.getrefcount(w))

def f():
    return (2, 3)

print(f() is u, sys.getrefcount(u))
