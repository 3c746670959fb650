from collections import deque

a = deque([1, 2, 3])
b = a
c = a.copy()
print(a is b, a is c, id(a) == id(b), id(a) == id(c))
x = [10]
d = deque([x])
print(d[0] is x, d.pop() is x)
print(id(deque()) == id(deque()))
first = deque()
addr = id(first)
del first
second = deque()
print(id(second) == addr)
