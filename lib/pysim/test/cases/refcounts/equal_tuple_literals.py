# equal constant tuples are merged into one; the second literal's own tuple, left in the parser
# arena, holds the objects of its own literals, not the merged ones
import sys
t0 = (257, 258)
u0 = (257, 258)
i1 = 257
print(sys.getrefcount(i1), t0 is u0, t0[0] is i1)
x = 300
v0 = ((300, 'a b'), 2.5)
w0 = ((300, 'a b'), 2.5)
print(sys.getrefcount(x), sys.getrefcount(v0[0][1]), v0 is w0)
