import sys, gc
from collections import namedtuple, Counter
c = Counter({'a': 1, 'b': 'x'})
print(repr(c))
c = Counter({'a': 1, 'b': None, 'c': 2})
print(c)
Big = namedtuple('Big', ['f%d' % i for i in range(300)])
b = Big(*range(300))
print(b.f299, len(Big._fields), sys.getsizeof(b))
print(Big._make(x for x in range(300)).f7)
print(Counter('aaa').most_common(10), Counter().most_common(2))
nan = float('nan')
print(Counter([nan, nan]), Counter([1, 1.0, True]))
C2 = Counter(a=1)
C2 += Counter()
print(C2, Counter(a=-1) + Counter())
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % self.v
print(Counter([K(1), K(1), K(2)]))
