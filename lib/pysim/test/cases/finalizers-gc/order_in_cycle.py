import gc
gc.collect()
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
items = [A(i) for i in range(3)]
for i in range(3):
    items[i].next = items[(i + 1) % 3]
del items
print('before collect')
print(gc.collect())
