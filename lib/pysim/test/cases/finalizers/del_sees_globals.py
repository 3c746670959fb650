class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n, 'counter', counter)
counter = 0
a = A(1)
counter = 5
del a
counter = 7
b = A(2)
