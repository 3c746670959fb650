import sys, gc
class Base:
    def __init__(self, v):
        self.v = v
        print("in base", sys.getrefcount(self))
    def __repr__(self):
        return "Base-repr"
class Child(Base):
    def __init__(self, v):
        print("in child", sys.getrefcount(self))
        super().__init__(v)
        s = super()
        print("super obj", sys.getrefcount(self))
        del s
        print(super().__repr__(), repr(super()) [:13])
c = Child(1)
print(sys.getrefcount(c), c.v)
print(gc.get_count()[0] >= 0)
