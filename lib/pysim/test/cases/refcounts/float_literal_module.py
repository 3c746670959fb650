import sys
x = 3.14
print(sys.getrefcount(x))
