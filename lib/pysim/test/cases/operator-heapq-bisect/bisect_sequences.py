# bisect works on any sequence with len() and indexing
import bisect

print(bisect.bisect(range(0, 100, 10), 35), bisect.bisect_left((1, 2, 2, 3), 2), bisect.bisect('aceg', 'd'))
class Squares:
    def __len__(self): return 10
    def __getitem__(self, i):
        print('get', i)
        return i * i
print(bisect.bisect_left(Squares(), 40))
print(bisect.bisect_right(Squares(), 40, key=lambda v: -v if False else v))
