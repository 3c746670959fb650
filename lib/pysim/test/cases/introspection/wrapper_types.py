# type(), attributes, size and calls of slot wrappers (wrapper_descriptor) and bound ones (method-wrapper)
import sys, gc
x = [1]
w = x.__len__
print(type(w).__name__, type(list.__len__).__name__, type(list.append).__name__, type(x.append).__name__)
print(w(), list.__len__(x), int.__add__(2, 3), (2).__add__(3), callable(w), callable(int.__add__))
print(w.__self__ is x, w.__name__, w.__qualname__, list.__len__.__qualname__, list.__len__.__objclass__)
print(sys.getsizeof(w), gc.is_tracked(w), sys.getrefcount(x))
del w
print(sys.getrefcount(x))
class L(list):
    def __len__(self):
        return list.__len__(self) + 1
print(len(L([1, 2])), super(L, L([1])).__len__())
