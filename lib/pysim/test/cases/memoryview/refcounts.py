# memoryview refcounts: the exporter is held once by the managed buffer, however many views share it
# (slices, memoryview(m), toreadonly()); the last release() or del drops it.
import sys
b = b'zero-copy views'
base = sys.getrefcount(b)
m = memoryview(b)
print(sys.getrefcount(b) - base, sys.getrefcount(m), m.obj is b)
s = m[5:9]
t = memoryview(m)
r = m.toreadonly()
c = m.cast('c')
print(sys.getrefcount(b) - base, sys.getrefcount(m), s.obj is b, t.obj is b, c.obj is b)
m.release()
print(sys.getrefcount(b) - base, repr(m).split(' at ')[0], repr(s).split(' at ')[0])
s.release(); t.release(); r.release()
print(sys.getrefcount(b) - base)
c.release()
print(sys.getrefcount(b) - base)
m2 = memoryview(b)
s2 = m2[1:]
del m2
print(sys.getrefcount(b) - base, s2.tobytes())
del s2
print(sys.getrefcount(b) - base)
with memoryview(bytearray(b'abc')) as v:
    ba = v.obj
    print(sys.getrefcount(ba), v[0])
print(sys.getrefcount(ba), repr(v).split(' at ')[0])
m = memoryview(b)
m.release()
m.release()
print(m == m, m == memoryview(b), sys.getrefcount(b) - base)
