# A methodcaller keeps its arguments alive
import operator, sys, gc

arg = [1, 2, 3]
print(sys.getrefcount(arg))
mc = operator.methodcaller('count', arg)
print(sys.getrefcount(arg))
print(mc([arg, arg, 0]))
print(sys.getrefcount(arg))
kw = {'x': 1}
mc2 = operator.methodcaller('f', key=arg)
print(sys.getrefcount(arg))
del mc, mc2
print(sys.getrefcount(arg))
print(gc.is_tracked(operator.methodcaller('strip')), gc.is_tracked(operator.itemgetter(0)), gc.is_tracked(operator.attrgetter('a')))
