class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
l = [A(i) for i in range(5)]
l[1:3] = []
print('sliced')
l[0] = None
print('end')
