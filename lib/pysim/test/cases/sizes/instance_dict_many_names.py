# shared keys hold up to 29 names per class; the 30th makes a combined dict
import sys
def mk(n, name='K'):
    ns = {}
    src = "def __init__(self):\n" + "".join(f"    self.a{i} = {i}\n" for i in range(n)) + ("    pass\n" if n == 0 else "")
    exec(src, ns)
    return type(name, (), {'__init__': ns['__init__']})
out = []
for n in [0, 1, 2, 5, 10, 20, 29, 30, 31, 40]:
    K = mk(n)
    o = K()
    out.append((n, sys.getsizeof(o.__dict__)))
print(out)
K = mk(3)
a = K(); b = K()
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))
class M:
    pass
m = M(); m.x = 1; m.y = 2
m2 = M(); m2.y = 1; m2.x = 2
print(sys.getsizeof(m.__dict__), sys.getsizeof(m2.__dict__))
d = m.__dict__
m.z = 3
print(sys.getsizeof(d))
del m.x
print(sys.getsizeof(d))
