class C:
    def m(self):
        pass
c = C()
print(id(c.m) == id(c.m), c.m is c.m, c.m == c.m)
