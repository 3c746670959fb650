# A bytes literal of one non-empty token is held twice by the parser arena on 3.12+
# (_PyPegen_concatenate_strings concatenates onto b'', which returns the token's own object;
# 3.14 does so only when empty tokens stand beside it); two non-empty tokens make a new object.
import sys
a = b'abc'
print(sys.getrefcount(a))
b = b'xyz' b''
print(sys.getrefcount(b))
c = b'ab' b'cd'
print(sys.getrefcount(c))
e = b'' rb'raw'
print(sys.getrefcount(e))
d = b'abc'
print(a is d, sys.getrefcount(a))
def f():
    return b'inner'
print(sys.getrefcount(f()))
t = (b'tup',)
print(sys.getrefcount(t[0]))
del a, d
print(sys.getrefcount(f()))
