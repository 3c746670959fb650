# s += t on a local str: once specialized (3.12+), the string grows in place when no one
# else holds it and its hash is not computed, keeping its id while its block has room.
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
        s += piece
        same += id(s) == before
    return same, len(s), sys.getsizeof(s), sys.getrefcount(s)
print(grow('', 'x', 20))
print(grow('a', 'b', 20))
print(grow('a', 'é', 10))
print(grow('é', 'a', 10))
print(grow('€', 'é', 10))
print(grow('x', '😀', 5))
print(grow('ab', 'cd', 20, alias=True))
print(grow('ab', 'cd', 20, hashit=True))
def other():
    s = 'start'
    t = s
    s += 'x'
    return s, t, s is t
print(other())
def loop_list():
    parts = ''
    for w in ['alpha', 'beta', 'gamma']:
        parts += w
        parts += ' '
    return parts, sys.getsizeof(parts)
print(loop_list())
def not_local():
    global G
    G = 'g'
    for i in range(5):
        G += 'h'
    return G
print(not_local())
