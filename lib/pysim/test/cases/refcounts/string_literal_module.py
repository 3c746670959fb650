import sys
s = 'some text with spaces'
print(sys.getrefcount(s))
t = ''.join(['a', 'b', 'c', 'd'])
print(sys.getrefcount(t))
