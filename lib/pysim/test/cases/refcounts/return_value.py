import sys
def make():
    return []
x = make()
print(sys.getrefcount(x))
print(sys.getrefcount(make()))
