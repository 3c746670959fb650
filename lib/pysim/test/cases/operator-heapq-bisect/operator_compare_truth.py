import operator

print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1.0), operator.gt(3, 1), operator.ge(1, 3))
print(operator.eq([1], [1]), operator.lt((1, 2), (1, 3)), operator.lt({1}, {1, 2}))
print(operator.not_(0), operator.not_([]), operator.truth('x'), operator.truth(0.0))
a = [1]
b = [1]
print(operator.is_(a, a), operator.is_(a, b), operator.is_not(a, b), operator.is_(None, None))
class Weird:
    def __eq__(self, other):
        return 'always'
    def __lt__(self, other):
        return NotImplemented
print(operator.eq(Weird(), 1), operator.__eq__(1, Weird()))
try:
    operator.lt(Weird(), 1)
except TypeError as e:
    print(e)
