# a __dict__ or __weakref__ slot the base already has, or listed twice
def make(base, slots):
    try:
        class C(base):
            __slots__ = slots
        print('ok', C.__slots__)
    except TypeError as e:
        print('TypeError:', e)
class Plain:
    pass
class Slotted:
    __slots__ = ('a',)
class WithDict:
    __slots__ = ('__dict__',)
make(object, ('__dict__', '__weakref__'))
make(object, ('__dict__', '__dict__'))
make(object, ('__weakref__', 'w', '__weakref__'))
make(Plain, ('__dict__',))
make(Plain, ('__weakref__',))
make(Slotted, ('__dict__', '__weakref__'))
make(WithDict, ('__dict__',))
make(WithDict, ('__weakref__',))
make(Exception, ('__dict__',))
