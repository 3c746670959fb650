# s = s + t on a local str: the BINARY_OP before STORE_FAST s specializes (3.12+) to the same
# in-place append as s += t, so the string can keep its id; s = t + s and s = s + a + b do not.
import sys
def grow(start, piece, n, alias=False, hashit=False):
    s = start
    same = 0
    keep = None
    for i in range(n):
        if alias:
            keep = s
        if hashit:
            hash(s)
        before = id(s)
        s = s + piece
        same += id(s) == before
    return same, len(s), sys.getsizeof(s), sys.getrefcount(s)
print(grow('', 'x', 20))
print(grow('a', 'é', 10))
print(grow('ab', 'cd', 20, alias=True))
print(grow('ab', 'cd', 20, hashit=True))
def prepend(n):
    s, t, same = 'x', 'y', 0
    for i in range(n):
        before = id(s)
        s = t + s
        same += id(s) == before
    return same, s
print(prepend(10))
def two_pieces(n):
    s, same = 'a', 0
    for i in range(n):
        before = id(s)
        s = s + 'b' + 'c'
        same += id(s) == before
    return same, len(s)
print(two_pieces(10))
def in_generator(n):
    s = 'g'
    for i in range(n):
        before = id(s)
        s = s + 'h'
        yield id(s) == before
print(sum(in_generator(15)))
def captured():
    s = 'c'
    def inner():
        return s
    same = 0
    for i in range(10):
        before = id(s)
        s = s + 'd'
        same += id(s) == before
    return same, inner()
print(captured())
G = 'm'
same = 0
for i in range(10):
    before = id(G)
    G = G + 'n'
    same += id(G) == before
print(same, G)
def bad():
    s = 'a'
    s = s + 1
bad()
