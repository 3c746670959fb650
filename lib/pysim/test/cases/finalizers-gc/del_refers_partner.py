import gc
gc.collect()
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n, 'partner', self.partner.n)
a = A('x'); b = A('y')
a.partner = b; b.partner = a
del a, b
print(gc.collect())
