import sys
class C:
    def count(self):
        return sys.getrefcount(self)
c = C()
print(c.count())
print(sys.getrefcount(c))
