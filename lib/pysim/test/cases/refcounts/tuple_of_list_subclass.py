# tuple() copies an exact list directly, but iterates a list subclass like any iterable: its
# __iter__ runs, then its __len__ gives the length hint
import sys
class Tracked(list):
    def __len__(self):
        print('len', sys.getrefcount(self))
        return 0
    def __iter__(self):
        print('iter', sys.getrefcount(self))
        return iter([1, 2])
t = Tracked()
print(tuple(t))
print(tuple([3, 4]))
