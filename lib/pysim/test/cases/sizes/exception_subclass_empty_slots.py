# An exception subclass with __slots__ = () adds no __weakref__ slot:
# its instances are the size of the base exception's.
import sys


class Plain(Exception):
    pass


class NoSlots(Exception):
    __slots__ = ()


class WeakOnly(ValueError):
    __slots__ = ('__weakref__',)


for cls in (Exception, Plain, NoSlots, WeakOnly, ValueError):
    e = cls('x')
    print(cls.__name__, sys.getsizeof(e), cls.__weakrefoffset__ != 0, hasattr(e, '__dict__'))
