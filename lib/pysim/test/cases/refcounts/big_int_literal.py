import sys
x = 12345678901234567890
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
