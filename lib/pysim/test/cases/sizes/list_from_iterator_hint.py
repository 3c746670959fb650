# list(iterator) preallocates from the iterator's __length_hint__ (PyObject_LengthHint in list_extend)
import sys
l = [1, 3, 5]
t = (1, 2, 3, 4, 5)
d = {i: i for i in range(7)}
s = set(range(9))
class Seq:
    def __getitem__(self, i):
        if i < 6: return i
        raise IndexError
class SeqLen(Seq):
    def __len__(self): return 6
class Hinted:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def __length_hint__(self): return 30
class BadHint(Hinted):
    def __length_hint__(self): return NotImplemented
def gen():
    yield from l
for name, it in [("iter list", iter(l)), ("reversed list", reversed(l)), ("iter tuple", iter(t)), ("reversed tuple", reversed(t)),
                 ("iter str", iter("hello")), ("reversed str", reversed("hello")), ("iter range", iter(range(5))), ("reversed range", reversed(range(10))),
                 ("iter dict", iter(d)), ("values", iter(d.values())), ("items", iter(d.items())), ("iter set", iter(s)), ("iter bytes", iter(b"abc")),
                 ("seq", iter(Seq())), ("seqlen", iter(SeqLen())), ("hinted", Hinted()), ("badhint", BadHint()), ("gen", gen()),
                 ("map", map(str, l)), ("zip", zip(l, l)), ("enumerate", enumerate(l)), ("filter", filter(None, l))]:
    print(name, sys.getsizeof(list(it)))
it = iter(list(range(20)))
next(it); next(it)
print("part", sys.getsizeof(list(it)))
x = [0, 0]
x.extend(iter(range(10)))
print("extend", sys.getsizeof(x))
print("star", sys.getsizeof([*iter(l)]), sys.getsizeof([*reversed(t)]))
print("sorted", sys.getsizeof(sorted(iter(l))), sys.getsizeof(sorted(reversed(t))))
