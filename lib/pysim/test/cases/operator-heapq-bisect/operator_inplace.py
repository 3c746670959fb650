# The in-place functions mutate mutable objects and rebind nothing
import operator, sys

a = [1, 2]
b = operator.iadd(a, [3])
print(a, b, a is b)
s = 'ab'
t = operator.iadd(s, 'c')
print(s, t, s is t)
n = operator.imul(5, 3)
print(n)
l = [0]
print(operator.imul(l, 3) is l, l)
st = {1, 2}
print(operator.ior(st, {3}) is st, st, operator.iand(st, {1, 3}), operator.isub(st, {1}))
print(operator.iconcat([1], (2, 3)), operator.ipow(2, 5), operator.ifloordiv(7, 2), operator.itruediv(7, 2))
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.imod(7, 4), operator.ixor(6, 3), operator.isub(9, 4))
x = [9]
print(sys.getrefcount(x))
r = operator.iadd(x, [])
print(sys.getrefcount(x))
