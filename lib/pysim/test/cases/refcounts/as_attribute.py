import sys
class C:
    pass
x = []
c = C()
c.a = x
c.b = x
print(sys.getrefcount(x))
del c
print(sys.getrefcount(x))
