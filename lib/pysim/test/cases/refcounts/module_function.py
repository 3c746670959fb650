import sys
def f():
    pass
print(sys.getrefcount(f))
h = f
print(sys.getrefcount(f))
