import sys
class C:
    def m(self):
        pass
c = C()
print(sys.getrefcount(c))
bm = c.m
print(sys.getrefcount(c))
del bm
print(sys.getrefcount(c))
