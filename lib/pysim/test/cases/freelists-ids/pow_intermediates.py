# long_pow multiplies left to right: each product is a new int that replaces the previous one,
# so the blocks the products take and free decide where the result of ** lands (and where a
# negation's copy of it lands), which id() reuse after `del` shows.
import sys
x = -(2 ** 70)
i = id(x)
del x
y = -(2 ** 70)
print(id(y) == i)
del y
a = 2 ** 64
i = id(a)
del a
b = 3 ** 41
print(id(b) == i)
n = 70
c = 2 ** n
i = id(c)
del c
d = 10 ** 20
print(id(d) == i, d)
e = 7 ** 3
i = id(e)
del e
f = 12345 * 2
print(id(f) == i, sys.getsizeof(2 ** 90), sys.getsizeof(2 ** 59))
g = [k ** 5 for k in range(30, 34)]
h = [k ** 9 for k in range(3)]
print(g, h, id(g[0]) == id(h[-1]))
