import sys
def f():
    a = []
    print(sys.getrefcount(a))
    b = a
    print(sys.getrefcount(a))
f()
