class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('exit del', self.n)
a = A(1); b = A(2)
a.b = b; b.a = a
print('end of main')
