# Setting or deleting an attribute the object cannot store: a class attribute on a
# __slots__ instance is read-only, a getset descriptor without a setter is not writable.
class C:
    __slots__ = ('y',)
    x = 1
    def m(self):
        pass
c = C()
for name in ['x', 'm', 'y', 'z', '__doc__']:
    try:
        setattr(c, name, 5)
        print(name, 'ok')
    except AttributeError as e:
        print(name, e)
for obj, name in [(object(), 'x'), (object(), '__doc__'), ('abc', 'upper'), ([], 'append'), (5, 'real'), (5, 'foo'), ({}, 'keys')]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print(type(obj).__name__, name, e)
    try:
        delattr(obj, name)
    except AttributeError as e:
        print('del', type(obj).__name__, name, e)
