from collections import namedtuple
P = namedtuple('P', 'x y')
print({P(1, 2)} == {P(1, 2)}, P(1, 2) in {(1, 2)}, (1, 2) in {P(1, 2): 1}, {(1, 2): 'a', P(1, 2): 'b'})
s = {P(1, 2), (1, 2), P(2, 1)}
print(len(s), sorted(s))
class B(bytes): pass
class F(frozenset): pass
print({B(b'a'): 1}[b'a'], {F([1]): 2}[frozenset([1])], b'a' in {B(b'a')})
class L(list): pass
try:
    {L(): 1}
except TypeError as e:
    print(e)
class E(Exception): pass
e = E()
print({e: 1}[e])
d = {}
d[P(3, 4)] = 1
d[(3, 4)] = 2
print(d)
print(P(1, [2]) == P(1, [2]), P(1, 2) < P(1, 3), {P(1, 2): "a"}[P(1, 2)], hash(P(5, 6)) == hash((5, 6)))
try:
    hash(P(1, []))
except TypeError as e:
    print(e)
