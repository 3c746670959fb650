# An itemgetter holds a reference to the key it was made with
import operator, sys

key = ('year', 'month')
print(sys.getrefcount(key))
g = operator.itemgetter(key)
print(sys.getrefcount(key))
g2 = operator.itemgetter(key, key)
print(sys.getrefcount(key))
del g
print(sys.getrefcount(key))
del g2
print(sys.getrefcount(key))
d = {key: 'x'}
val = [1, 2]
d2 = {'k': val}
print(sys.getrefcount(val))
r = operator.itemgetter('k')(d2)
print(r is val, sys.getrefcount(val))
