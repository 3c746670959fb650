# A slice assignment that leaves a list empty is _list_clear in list_ass_slice: the item array is
# freed (allocated 0, sys.getsizeof 56) even for a one-item list, which list_resize would keep;
# the items go from the last to the first.
import sys

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

v = [1]
v[:] = []
print(sys.getsizeof(v))
q = [D('q0')]
q[:] = q[1:]
print(sys.getsizeof(q))
w = [D('w0'), D('w1'), D('w2')]
w[0:3] = ()
print(sys.getsizeof(w))
r = [D('r0'), D('r1')]
r[:1] = []
print(sys.getsizeof(r), len(r))
r[0:1] = []
print(sys.getsizeof(r), r)
s = [1]
del s[:]
s.append(2)
print(sys.getsizeof(s))
