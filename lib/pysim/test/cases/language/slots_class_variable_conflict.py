# a slot name (mangled) that is also a class attribute is a ValueError
try:
    class A:
        __slots__ = ('x', 'y')
        y = 1
except ValueError as e:
    print('ValueError:', e)
try:
    class B:
        __slots__ = ('__p',)
        __p = 2
except ValueError as e:
    print('ValueError:', e)
try:
    type('C', (), {'__slots__': ('z',), 'z': None})
except ValueError as e:
    print('ValueError:', e)
class D:
    __slots__ = ('__dict__', 'v')
    def v2(self):
        return 1
print(sorted(k for k in D.__dict__ if not k.startswith('__')))
class E:
    __slots__ = ('a',)
    y = 1
raise ValueError('end') if False else TypeError(E.__slots__)
