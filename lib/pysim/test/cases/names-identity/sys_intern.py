import sys
parts = ['hello', 'world']
b = sys.intern('_'.join(parts))
a = 'hello_world'
print(a is b)
c = sys.intern('_'.join(parts))
print(c is b)
