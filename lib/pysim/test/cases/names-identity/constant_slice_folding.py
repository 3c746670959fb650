# 3.14's optimizer folds a constant sliced by constant bounds into one constant, merged with an
# equal literal of the file: the slice is the literal's object. 3.11-3.13 slice at run time.
import sys

b = 'el'
a = 'hello'[1:3]
print(a == b, a is b)
u = (2, 3)
t = (1, 2, 3, 4)[1:3]
print(t == u, t is u)
c = 'hello world'[::2]
d = b'abcd'[1:]
print(c, d, sys.getrefcount(d))

def f():
    return 'world'[1:4]

print(f(), f() is f())
n = 'hello'[1:]
print(n, sys.getrefcount(n))
i = 2
print('hello'[1:i] is 'hello'[1:i])
