# instance dicts beside __slots__; a non-str key or a 30th name makes the dict combined
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i) for i in range(5)]
ss = [S(i, i) for i in range(5)]
print(sys.getsizeof(ps[0]), sys.getsizeof(ps[0].__dict__), sys.getsizeof(ss[0]), hasattr(ss[0], '__dict__'))
print([sys.getsizeof(p.__dict__) for p in ps])
q = P(1, 2)
print(sys.getsizeof(q.__dict__))
q.__dict__[5] = 1
print(sys.getsizeof(q.__dict__))
r = P(1, 2)
r.__dict__.clear()
print(sys.getsizeof(r.__dict__), r.__dict__)
many = [P(i, i) for i in range(40)]
print(sys.getsizeof(many[-1].__dict__), sys.getsizeof(many[0].__dict__))
