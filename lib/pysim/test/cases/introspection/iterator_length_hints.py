# Which iterator types have __length_hint__, their type names (str_ascii_iterator against str_iterator,
# bytearray_iterator), and what the hints say: a long range, an exhausted range, a __getitem__
# sequence with and without __len__ (NotImplemented), a reversed list.
import collections, itertools
objs = {
 'list': iter([]), 'listrev': reversed([]), 'tuple': iter(()), 'stra': iter("a"), 'stru': iter("é"), 'bytes': iter(b""), 'bytearray': iter(bytearray()),
 'dictk': iter({}), 'dictv': iter({}.values()), 'dicti': iter({}.items()), 'dictrk': reversed({}), 'set': iter(set()), 'reversed': reversed((1,)),
 'range': iter(range(1)), 'longrange': iter(range(2**70)), 'deque': iter(collections.deque()), 'dequerev': reversed(collections.deque()),
 'odict': iter(collections.OrderedDict()), 'repeat': itertools.repeat(1, 2), 'enumerate': enumerate([]), 'map': map(str, []), 'zip': zip(), 'filter': filter(None, []),
 'callable': iter(int, 1), 'seqiter': iter(type('S', (), {'__getitem__': lambda s, i: 1})()),
}
for k, v in objs.items():
    print(k, type(v).__name__, hasattr(v, '__length_hint__'))
it = iter(range(2**70, 2**70+5)); next(it); print(it.__length_hint__())
it=iter(range(3)); print(it.__length_hint__(), list(it), it.__length_hint__())
class Q:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
q = iter(Q()); print(q.__length_hint__())
class L(Q):
    def __len__(self): return 3
l = iter(L()); next(l); print(l.__length_hint__())
r = reversed([1,2,3]); next(r); print(r.__length_hint__())
