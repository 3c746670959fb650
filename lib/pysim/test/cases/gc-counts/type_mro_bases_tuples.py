# type.__mro__ and type.__bases__ return the type's own tp_mro and tp_bases tuples (no new tuple:
# no gc allocation, the same object each time); a builtin type's were made at start-up
import gc
class C:
    pass
class D(C):
    pass
gc.collect()
c = [None] * 6
c[0] = gc.get_count()
x = C.__mro__
c[1] = gc.get_count()
x = D.__bases__
c[2] = gc.get_count()
x = int.__mro__
c[3] = gc.get_count()
x = bool.__bases__
c[4] = gc.get_count()
x = type.__mro__
c[5] = gc.get_count()
print([t[0] for t in c])
print(D.__mro__ is D.__mro__, D.__bases__ is D.__bases__, int.__mro__ is int.__mro__, bool.__bases__ is bool.__bases__)
print(D.__mro__, bool.__bases__)
