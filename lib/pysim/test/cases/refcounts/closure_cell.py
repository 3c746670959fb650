import sys
def make():
    x = []
    def inner():
        return x
    return inner, x
f, v = make()
print(sys.getrefcount(v))
del f
print(sys.getrefcount(v))
