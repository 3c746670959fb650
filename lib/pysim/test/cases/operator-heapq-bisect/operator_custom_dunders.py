# operator functions dispatch to the same special methods the operators use
import operator

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        print('__add__')
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        print('__radd__')
        return Money(self.cents + other)
    def __iadd__(self, other):
        print('__iadd__')
        self.cents += other.cents
        return self
    def __neg__(self):
        return Money(-self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __getitem__(self, i):
        return str(self.cents)[i]
    def __contains__(self, d):
        return d in str(self.cents)
    def __repr__(self):
        return f'Money({self.cents})'

a, b = Money(150), Money(275)
print(operator.add(a, b), operator.add(5, a))
c = a
print(operator.iadd(a, b) is c, a)
print(operator.neg(a), operator.lt(a, b), operator.gt(a, b))
print(operator.getitem(a, 0), operator.contains(a, '4'), operator.countOf(a, '2'))
print(sorted([b, a, Money(3)]), operator.index.__name__)
