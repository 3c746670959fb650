# A call with keyword arguments keeps their names as one constant tuple (KW_NAMES's operand,
# 3.13+ CALL_KW's), made while the call is compiled and merged with any equal constant after it:
# t is then that tuple, which the parser arena does not hold.
import sys
d = dict(a=1, b=2)
t = ('a', 'b')
print(sys.getrefcount(t), len(d))
def f(**kw):
    return kw
u = ('x', 'y')
f(x=1, y=2)
print(sys.getrefcount(u))
def g():
    return f(p=1, q=2), ('p', 'q')
r = g()[1]
print(sys.getrefcount(r))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta, flag=True):
    pass
m = ('metaclass', 'flag')
print(sys.getrefcount(m))
