class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
d = {'x': A(1), 'y': A(2)}
d.pop('x')
print('popped')
d['y'] = 0
print('end')
