# __del__ order at exit when a gc.collect() ran in the middle: the objects it moved to the oldest
# generation are finalized before the newer ones, each group in the order the collections left it
# (list items last to first).
import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
x = D(1)
items = [D(2), D(3), D(4)]
y = D(5)
gc.collect()
z = D(6)
later = [D(7), D(8)]
print('main done')
