class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('exit del', self.n)
first = A(1)
second = A(2)
third = A(3)
print('main done')
