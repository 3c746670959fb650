class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
d = {k: A(k) for k in 'abc'}
d.clear()
print('cleared')
