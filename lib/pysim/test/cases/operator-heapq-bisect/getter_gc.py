# itemgetter / attrgetter / methodcaller objects are tracked by the collector
import gc, operator

gc.collect()
class Node:
    pass
n = Node()
n.getter = operator.itemgetter(n)
n.caller = operator.methodcaller('f', n)
del n
print(gc.collect())
g = operator.attrgetter('a.b')
print(gc.is_tracked(g), g)
cycle = []
cycle.append(operator.attrgetter('x'))
cycle.append(operator.itemgetter(cycle))
del cycle
print(gc.collect())
