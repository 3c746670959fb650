# super() finds the base class's __init__, __repr__ and __eq__ before object's
class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"Base({self.v})"
    def __repr__(self):
        return "Base-repr"
    def __eq__(self, other):
        return True
    __hash__ = None
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def show(self):
        return "Child:" + super().show()
    def __repr__(self):
        return "Child/" + super().__repr__()
    def __eq__(self, other):
        return super().__eq__(other)
c = Child(1, 2)
print(c.show(), isinstance(c, Base), [k.__name__ for k in type(c).__mro__])
print(vars(c), repr(c), c == 5)
c.__dict__['z'] = 9
print(c.z, sorted(vars(c)))
class Grand(Child):
    def __init__(self):
        super().__init__(7, 8)
g = Grand()
print(vars(g), g.show(), repr(g))
