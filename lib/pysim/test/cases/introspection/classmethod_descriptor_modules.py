# classmethod_descriptors of the C types in collections and itertools, and the class they bind to
import collections, itertools
def masked(o):
    r = repr(o)
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + ' at 0x?>'

OD = collections.OrderedDict
for t, name in ((OD, 'fromkeys'), (itertools.chain, 'from_iterable'), (collections.deque, '__class_getitem__'),
                (collections.defaultdict, '__class_getitem__'), (enumerate, '__class_getitem__')):
    d = t.__dict__[name]
    b = getattr(t, name)
    print(type(d).__name__, d, masked(b), b.__self__ is t, b.__qualname__)
print('__class_getitem__' in OD.__dict__, OD.__class_getitem__.__qualname__, OD[int, str])
print(type(OD.fromkeys('ab')).__name__, list(itertools.chain.from_iterable(['ab', 'c'])))
class L(list):
    pass
for c in (list, L, OD, collections.deque):
    try:
        c.__class_getitem__(1, 2)
    except TypeError as e:
        print(e)
try:
    OD.__dict__['fromkeys'](dict, 'a')
except TypeError as e:
    print(e)
