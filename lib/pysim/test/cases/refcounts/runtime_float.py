import sys
x = float('2.5')
print(sys.getrefcount(x))
y = int('1000')
print(sys.getrefcount(y))
