# The attributes and slot wrappers of property, staticmethod, classmethod, super and method descriptors
class C:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    x = property(getx, setx)
    y = property(getx)
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def k(cls):
        return cls.__name__
class D(C):
    pass
c = D()
p = C.__dict__["x"]
print(p.fget is C.getx, p.fset is C.setx, p.fdel, p.__isabstractmethod__)
p.__set__(c, 5)
print(c.x, p.__get__(c), p.__get__(None, D) is p)
for call in [lambda: C.__dict__["y"].__set__(c, 1), lambda: p.__delete__(c), lambda: setattr(p, "fget", None), lambda: p.__set__(c)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
sm, cm = C.__dict__["s"], C.__dict__["k"]
print(sm.__get__(c)(4), sm.__get__(None, C) is C.s, sm(5), sm.__call__(6), sm.__isabstractmethod__)
print(cm.__get__(c)(), cm.__get__(None, D)(), cm.__isabstractmethod__, sm.__dict__, cm.__dict__)
sm.note = 1
print(sm.__dict__, sm.note)
for call in [lambda: sm.__get__(), lambda: sm.__get__(None), lambda: sm.__get__(None, None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
sup = super(D, c)
print(sup.__self__ is c, sup.__self_class__, sup.__thisclass__, sup.__get__(c) is sup)
u = super(D)
print(u, u.__self__, u.__self_class__, u.__thisclass__)
b = u.__get__(c)
print(b.__self__ is c, b.k(), super(D, D).__self__, super(D, D).__self_class__)
m = list.append
l = []
m.__get__(l)(1)
m.__call__(l, 2)
print(l, m.__get__(None, list) is m, type(m.__get__(l)).__name__)
for call in [lambda: m.__get__(1), lambda: m.__call__(1, 2), lambda: u.__get__(None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
