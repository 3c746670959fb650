# An identifier-like str literal is interned in place: the parser's object becomes the interned
# string, shared by the arena and co_consts (counted where interned strings are mortal).
import sys
s = "hello"
print(sys.getrefcount(s))
t = "hello world"
print(sys.getrefcount(t))
def f():
    u = "hello"
    return sys.getrefcount(u)
print(f())
print(sys.getrefcount("hello"), sys.getrefcount("hello world"))
w = "spam_and_eggs"
x = "spam_and_eggs"
print(w is x, sys.getrefcount(w))
