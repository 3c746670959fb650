# property_traverse: fget, fset, fdel, the doc and the name __set_name__ gave it. Without a doc
# argument a property keeps its getter's __doc__ (3.11 keeps None too); .setter() takes the getter's again
import gc
def f(s):
    return 1
def g(s):
    "doc of g"
    return 2
class C:
    a = property(f)
    b = property(g)
for p in (property(), property(f), property(g), property(f, doc='x'), property(None, None, None, None), C.a, C.b, property(g).setter(f), property(g).getter(f)):
    print([type(x).__name__ for x in gc.get_referents(p)], p.__doc__)
print([x for x in gc.get_referents(C.b) if type(x) is str])
g.__doc__ = 'changed'
print(C.b.__doc__, property(g).__doc__)
