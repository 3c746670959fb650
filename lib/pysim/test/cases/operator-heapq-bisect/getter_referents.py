# What the collector sees inside the operator objects (gc.get_referents follows tp_traverse)
import gc, operator

print(gc.get_referents(operator.itemgetter(1, 2)))
print(gc.get_referents(operator.itemgetter('k')))
print(gc.get_referents(operator.attrgetter('a.b', 'c')))
print(gc.get_referents(operator.methodcaller('split', ',', maxsplit=1))[-2:])
g = operator.itemgetter([])
print(gc.is_tracked(g), len(gc.get_referents(g)))
