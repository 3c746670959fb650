import sys
class C:
    pass
print(sys.getrefcount(C))
c1 = C()
c2 = C()
print(sys.getrefcount(C))
del c1
print(sys.getrefcount(C))
