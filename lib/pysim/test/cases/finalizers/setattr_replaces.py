class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
class Holder:
    pass
h = Holder()
h.v = A(1)
h.v = A(2)
print('replaced')
del h.v
print('end')
