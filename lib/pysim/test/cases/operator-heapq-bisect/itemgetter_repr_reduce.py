import operator, sys

g1 = operator.itemgetter(1)
g2 = operator.itemgetter('a', 'b')
g3 = operator.itemgetter((1, 2))
print(g1, g2, g3)
print(repr(operator.itemgetter(slice(None, 2))))
print(g1.__reduce__(), g2.__reduce__())
print(type(g1), type(g1).__name__, type(g1).__module__)
print(sys.getsizeof(g1) == sys.getsizeof(g2))
print(g2({'a': 1, 'b': 2, 'c': 3}), g3({(1, 2): 'pair'}))
try:
    class MyGetter(operator.itemgetter):
        pass
except TypeError as e:
    print(e)
