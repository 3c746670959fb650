from collections import deque

d = deque([1, 2, 3])
print(d.__len__(), d.__getitem__(1), d.__contains__(2), d.__repr__())
print(d.__add__(deque([4])), d.__mul__(2), d.__rmul__(2))
d.__setitem__(0, 9)
d.__delitem__(1)
print(d, d.__eq__(deque([9, 3])), d.__lt__([1]))
print(d.__iadd__([5]), d.__imul__(2))
print(deque.__len__, deque.__init__, deque.append, deque.maxlen)
for bad in [lambda: d.__len__(1), lambda: d.__mul__("a"), lambda: d.__add__([1])]:
    try:
        bad()
    except TypeError as e:
        print(e)

class Hundreds(deque):
    def __getitem__(self, i):
        return super().__getitem__(i) * 100
    def __len__(self):
        return super().__len__() + 1000
h = Hundreds([1, 2])
print(h[0], len(h), h.__len__(), list(h))
